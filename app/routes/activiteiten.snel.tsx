import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { QuickContactForm } from '~/components/quick-contact-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { QuickContactSchema } from '~/models/activity/activity.schema.ts'
import { createActivity, getQuickContactOptions } from '~/models/activity/activity.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { safeRedirect } from '~/utils/redirect.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('quickContact.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  // A viewer sees the page (it is linked from the header) but not the form.
  if (!hasRole(user.role, 'opbouwwerker')) {
    return { canRecord: false, organisations: [], people: [], defaults: {}, redirectTo: '/activiteiten' }
  }
  const search = new URL(request.url).searchParams
  const { organisations, people } = await getQuickContactOptions()
  const organisationId = organisations.find(
    (organisation) => organisation.id === search.get('organisatie'),
  )?.id
  const personId = people.find((person) => person.id === search.get('persoon'))?.id
  return {
    canRecord: true,
    organisations,
    people,
    defaults: { organisationId, personId },
    redirectTo: safeRedirect(search.get('redirectTo'), '/activiteiten'),
  }
}

// Returns the quick form's field for a refusal of the activity model.
const QUICK_FIELDS: Record<string, string> = { organisationIds: 'organisationId', personIds: 'personId' }

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, QuickContactSchema)
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await createActivity({ input: form.value, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid') {
      for (const refusal of result.refusals) errors[QUICK_FIELDS[refusal.field] ?? 'form'] = [refusal.message]
    }
    return data({ errors, values: submittedValues(formData).values }, { status: 400 })
  }
  // Back to where the form was (a local path only); otherwise to the new activity.
  const to = safeRedirect(formData.get('redirectTo'), `/activiteiten/${result.activityId}`)
  return redirectWithToast(request, to, { type: 'success', message: t('quickContact.saved') })
}

export default function QuickContact() {
  const { canRecord, organisations, people, defaults, redirectTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('quickContact.title')} intro={t('quickContact.intro')} />
      {canRecord ? (
        <div className="max-w-2xl">
          <QuickContactForm
            organisations={organisations}
            people={people}
            defaults={defaults}
            redirectTo={redirectTo}
            values={actionData?.values}
            errors={actionData?.errors}
          />
        </div>
      ) : (
        <p className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-4">
          {t('quickContact.readOnly')}
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
