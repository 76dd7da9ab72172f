import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { PasswordChangeSchema } from '~/models/user/user.schema.ts'
import { changeOwnPassword } from '~/models/user/user.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  return null
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, sessionId } = await requireUser(request, { role: 'lezer' })
  const form = parseForm(await request.formData(), PasswordChangeSchema)
  if (!form.success) return data({ errors: form.errors }, { status: 400 })
  const changed = await changeOwnPassword({
    userId: user.id,
    currentPassword: form.value.currentPassword,
    newPassword: form.value.newPassword,
    keepSessionId: sessionId,
  })
  if (!changed)
    return data({ errors: { currentPassword: ['account.currentPasswordWrong'] } }, { status: 400 })
  return redirectWithToast(request, '/', { type: 'success', message: t('account.passwordChanged') })
}

export default function ChangePassword() {
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors as Record<string, string[]> | undefined
  return (
    <>
      <PageHeader title={t('account.passwordTitle')} />
      <Form method="post" className="max-w-md space-y-4" noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('account.currentPassword')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors?.currentPassword}
        />
        <TextField
          label={t('account.newPassword')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={t('account.newPasswordHint')}
          errors={errors?.newPassword}
        />
        <TextField
          label={t('account.confirmPassword')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors?.confirmPassword}
        />
        <Button>{t('account.passwordSubmit')}</Button>
      </Form>
    </>
  )
}
