import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ScanForm, SHOW_COUNCILS } from '~/components/quickscan-scan-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { calendarDay, toDateInputValue } from '~/models/person/membership-term.ts'
import { ScanCreateSchema } from '~/models/quickscan/scan.schema.ts'
import { createScan, getScanFormOptions } from '~/models/quickscan/scan.server.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('quickscan.newTitle')} · ${t('app.name')}` }]

const DAY_MS = 86_400_000
// A new scan is open for three weeks from today unless the user chooses otherwise.
const DEFAULT_DAYS_OPEN = 21

// Returns a form text value, or null when it is empty or not text.
const textOf = (value: FormDataEntryValue | null) =>
  typeof value === 'string' && value.trim() ? value.trim() : null

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  // "?gemeente=…" starts the form with a municipality (from its page, or a link).
  const municipalityId = new URL(request.url).searchParams.get('gemeente')?.trim() || null
  const [options, settings] = await Promise.all([getScanFormOptions({ municipalityId }), getSettings()])
  const today = calendarDay()
  const known = municipalityId && options.municipalities.some((option) => option.value === municipalityId)
  const initial: SubmittedValues = {
    values: {
      municipalityId: known ? municipalityId : '',
      questionnaireId: options.questionnaires[0]?.value ?? '',
      opensOn: toDateInputValue(today),
      closesOn: toDateInputValue(new Date(today.getTime() + DEFAULT_DAYS_OPEN * DAY_MS)),
      minGroupSize: String(settings.quickScanMinGroupSize),
      // The one who creates it supports it, unless told otherwise.
      supporterId: options.supporters.some((option) => option.value === user.id) ? user.id : '',
    },
    lists: {},
  }
  return { options: known ? options : { ...options, councils: null }, initial }
}

type Reply = SubmittedValues & {
  errors: FieldErrors
  councils: Awaited<ReturnType<typeof getScanFormOptions>>['councils']
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const submitted = submittedValues(formData)
  const municipalityId = textOf(formData.get('municipalityId'))
  const councilsOf = async () => (await getScanFormOptions({ municipalityId })).councils
  if (formData.get('intent') === SHOW_COUNCILS) {
    return data<Reply>({ errors: {}, ...submitted, councils: await councilsOf() })
  }
  const form = parseForm(formData, ScanCreateSchema)
  if (!form.success) {
    return data<Reply>({ errors: form.errors, ...submitted, councils: await councilsOf() }, { status: 400 })
  }
  const result = await createScan({ ...form.value, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid')
      for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data<Reply>({ errors, ...submitted, councils: await councilsOf() }, { status: 400 })
  }
  return redirectWithToast(request, `/quickscans/${result.scanId}`, {
    type: 'success',
    message: t('quickscan.created'),
  })
}

export default function NewQuickScan() {
  const { options, initial } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('quickscan.newTitle')} intro={t('quickscan.newIntro')} />
      <ScanForm
        // Showing another municipality's councils gives a new form with the same input.
        key={
          actionData
            ? `${actionData.values.municipalityId ?? ''}-${JSON.stringify(actionData.errors)}`
            : 'new'
        }
        options={actionData ? { ...options, councils: actionData.councils } : options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors}
        submitLabel={t('quickscan.form.create')}
        cancelTo="/quickscans"
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
