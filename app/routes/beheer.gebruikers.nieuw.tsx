import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { roleOptions } from '~/models/user/role-options.ts'
import { UserCreateSchema } from '~/models/user/user.schema.ts'
import { createUser } from '~/models/user/user.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const { user: actor } = await requireUser(request, { role: 'beheerder' })
  const formData = await request.formData()
  const form = parseForm(formData, UserCreateSchema)
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await createUser({ ...form.value, actorId: actor.id })
  if (!result.ok) {
    return data(
      { errors: { email: ['validation.emailTaken'] }, values: { ...form.value, password: '' } },
      { status: 400 },
    )
  }
  return redirectWithToast(request, '/beheer/gebruikers', {
    type: 'success',
    message: t('admin.userCreated', { name: result.user.name }),
  })
}

export default function NewUser() {
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors as Record<string, string[]> | undefined
  const values: Record<string, string> = actionData?.values ?? {}
  return (
    <>
      <PageHeader title={t('admin.newUser')} />
      <Form method="post" className="max-w-lg space-y-4" noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('admin.name')}
          name="name"
          required
          maxLength={120}
          defaultValue={values.name}
          errors={errors?.name}
        />
        <TextField
          label={t('admin.email')}
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={values.email}
          errors={errors?.email}
        />
        <SelectField
          label={t('admin.role')}
          name="role"
          required
          defaultValue={values.role ?? 'opbouwwerker'}
          options={roleOptions()}
          errors={errors?.role}
        />
        <TextField
          label={t('admin.password')}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint={t('admin.passwordHint')}
          errors={errors?.password}
        />
        <div className="flex gap-3">
          <Button>{t('admin.create')}</Button>
          <Link to="/beheer/gebruikers" className={buttonClass('secondary')}>
            {t('admin.cancel')}
          </Link>
        </div>
      </Form>
    </>
  )
}
