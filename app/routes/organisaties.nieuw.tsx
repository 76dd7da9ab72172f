import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { OrganisationForm } from '~/components/organisation-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { OrganisationFormSchema } from '~/models/organisation/organisation.schema.ts'
import { createOrganisation, getOrganisationFormOptions } from '~/models/organisation/organisation.server.ts'
import { organisationFormOptions } from '~/models/organisation/organisation-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('organisation.new')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  return { options: organisationFormOptions(await getOrganisationFormOptions()) }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, OrganisationFormSchema)
  if (!form.success)
    return data({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  const result = await createOrganisation({ input: form.value, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid')
      for (const refusal of result.refusals) errors[refusal.field] = [refusal.message]
    return data({ errors, ...submittedValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/organisaties/${result.organisationId}`, {
    type: 'success',
    message: t('organisation.created', { name: form.value.name }),
  })
}

export default function NewOrganisation() {
  const { options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('organisation.new')} />
      <OrganisationForm
        options={options}
        submitted={{
          values: actionData?.values ?? { type: 'CLIENT_COUNCIL_WI' },
          lists: actionData?.lists ?? {},
        }}
        errors={actionData?.errors as FieldErrors | undefined}
        submitLabel={t('organisation.create')}
        cancelTo="/organisaties"
      />
    </>
  )
}
