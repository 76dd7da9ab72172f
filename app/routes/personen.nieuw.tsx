import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listOrganisationChoices } from '~/models/person/membership.server.ts'
import { membershipRoleOptions } from '~/models/person/membership-roles.ts'
import { PERSON_NAME_MAX, PERSON_NOTES_MAX, PersonCreateSchema } from '~/models/person/person.schema.ts'
import { createPerson } from '~/models/person/person.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('people.new')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const organisations = await listOrganisationChoices()
  // The organisation page links here with ?organisatie=<id> ("Lid toevoegen").
  const wanted = new URL(request.url).searchParams.get('organisatie')
  const preselected = organisations.find((organisation) => organisation.id === wanted)?.id ?? ''
  return { organisations: organisations.map(({ id, name }) => ({ id, name })), preselected }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, PersonCreateSchema)
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await createPerson({ ...form.value, actorId: user.id })
  if (!result.ok) {
    const message: MessageKey =
      result.reason === 'unknownOrganisation' ? 'validation.unknownReference' : 'people.organisationInactive'
    const errors: FieldErrors = { organisationId: [message] }
    return data({ errors, values: formValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/personen/${result.person.id}`, {
    type: 'success',
    message: t('people.created', { name: result.person.name }),
  })
}

export default function NewPerson() {
  const { organisations, preselected } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors: FieldErrors | undefined = actionData?.errors
  const values: Record<string, string> = actionData?.values ?? {}
  return (
    <>
      <PageHeader title={t('people.new')} />
      <Form method="post" className="max-w-lg space-y-4" noValidate>
        <ErrorSummary errors={errors} />
        <TextField
          label={t('people.name')}
          name="name"
          required
          maxLength={PERSON_NAME_MAX}
          autoComplete="off"
          defaultValue={values.name}
          errors={errors?.name}
        />
        <TextField
          label={t('people.email')}
          name="email"
          type="email"
          autoComplete="off"
          defaultValue={values.email}
          errors={errors?.email}
        />
        <TextField
          label={t('people.phone')}
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={values.phone}
          errors={errors?.phone}
        />
        <TextAreaField
          label={t('people.notes')}
          name="notes"
          rows={6}
          maxLength={PERSON_NOTES_MAX}
          hint={t('people.notesHint')}
          defaultValue={values.notes}
          errors={errors?.notes}
        />
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t('people.firstMembership')}</legend>
          <p className="text-sm text-slate-600">{t('people.firstMembershipHint')}</p>
          <SelectField
            label={t('people.organisation')}
            name="organisationId"
            defaultValue={values.organisationId ?? preselected}
            options={[
              { value: '', label: t('people.noMembershipPlaceholder') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
            errors={errors?.organisationId}
          />
          <SelectField
            label={t('people.role')}
            name="role"
            defaultValue={values.role ?? ''}
            options={[{ value: '', label: t('people.chooseRolePlaceholder') }, ...membershipRoleOptions()]}
            errors={errors?.role}
          />
          <TextField
            label={t('people.startDate')}
            name="startDate"
            type="date"
            defaultValue={values.startDate}
            errors={errors?.startDate}
          />
        </fieldset>
        <div className="flex gap-3">
          <Button>{t('people.createSubmit')}</Button>
          <Link to="/personen" className={buttonClass('secondary')}>
            {t('people.cancel')}
          </Link>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
