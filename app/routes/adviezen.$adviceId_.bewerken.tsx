import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { AdviceUpdateSchema } from '~/models/advice/advice.schema.ts'
import {
  type AdviceDetail,
  getAdvice,
  getAdviceFormOptions,
  updateAdvice,
} from '~/models/advice/advice.server.ts'
import { addresseeText, adviceFormOptions, adviceTypeLabel } from '~/models/advice/advice-options.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { dayInputValue } from '~/models/signal/signal-dates.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { AdviceForm } from './adviezen.nieuw.tsx'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${loaderData ? t('advice.editTitle', { title: loaderData.advice.title }) : t('advice.edit')} · ${t('app.name')}`,
  },
]

// After a 409 the form must get the new version and snapshot, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

type EditableField =
  | 'type'
  | 'title'
  | 'summary'
  | 'body'
  | 'councils'
  | 'addressees'
  | 'themes'
  | 'supporter'
  | 'requestReceivedOn'
  | 'deadline'
  | 'signals'
  | 'activities'

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  type: 'advice.type',
  title: 'advice.title',
  summary: 'advice.summary',
  body: 'advice.body',
  councils: 'advice.councilsLegend',
  addressees: 'advice.addressees',
  themes: 'advice.themes',
  supporter: 'advice.supporter',
  requestReceivedOn: 'advice.requestReceivedOn',
  deadline: 'advice.deadline',
  signals: 'advice.signals',
  activities: 'advice.activities',
}

const optionalDay = (date: Date | null) => (date ? formatDateOnly(date) : '')

// Returns a short fingerprint of a long text (its length and a hash), so that the snapshot
// in the form stays small and a change of the text is still noticed.
function fingerprint(text: string | null) {
  if (!text) return ''
  let hash = 5381
  for (let index = 0; index < text.length; index++) hash = (hash * 33 + text.charCodeAt(index)) >>> 0
  return `${text.length}:${hash.toString(36)}`
}

// Returns the advice as the user reads it, for telling what changed meanwhile. The long
// texts are fingerprints: a conflict names them as changed without quoting them.
function snapshot(advice: AdviceDetail): Record<EditableField, string> {
  return {
    type: adviceTypeLabel(advice.type),
    title: advice.title,
    summary: fingerprint(advice.summary),
    body: fingerprint(advice.body),
    councils: advice.councils.map((council) => council.name).join(', '),
    addressees: advice.addressees.map(addresseeText).join(', '),
    themes: advice.themes.map((theme) => theme.name).join(', '),
    supporter: advice.supporter?.name ?? '',
    requestReceivedOn: optionalDay(advice.requestReceivedOn),
    deadline: optionalDay(advice.deadline),
    signals: advice.signals.map((signal) => signal.title).join(', '),
    activities: advice.activities.map((activity) => activity.summary).join(', '),
  }
}

// Returns the form's values for a stored advice.
function formValues(advice: AdviceDetail): SubmittedValues {
  return {
    values: {
      type: advice.type,
      title: advice.title,
      summary: advice.summary ?? '',
      body: advice.body ?? '',
      supporterId: advice.supporter?.id ?? '',
      requestReceivedOn: advice.requestReceivedOn ? dayInputValue(advice.requestReceivedOn) : '',
      deadline: advice.deadline ? dayInputValue(advice.deadline) : '',
    },
    lists: {
      councilIds: advice.councils.map((council) => council.id),
      themeIds: advice.themes.map((theme) => theme.id),
      signalIds: advice.signals.map((signal) => signal.id),
      activityIds: advice.activities.map((activity) => activity.id),
      addresseeKind: advice.addressees.map((addressee) => addressee.kind),
      addresseeMunicipalityId: advice.addressees.map((addressee) => addressee.municipality?.id ?? ''),
      addresseeLabel: advice.addressees.map((addressee) => addressee.label ?? ''),
    },
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const advice = await getAdvice({ adviceId: requireParam(params, 'adviceId') })
  invariantResponse(advice, 404)
  const councilIds = advice.councils.map((council) => council.id)
  const choices = await getAdviceFormOptions({
    councilIds,
    keepCouncilIds: councilIds,
    keepMunicipalityIds: advice.addressees.flatMap((addressee) => addressee.municipality?.id ?? []),
    keepThemeIds: advice.themes.map((theme) => theme.id),
    keepSupporterId: advice.supporter?.id ?? null,
    keepSignalIds: advice.signals.map((signal) => signal.id),
    keepActivityIds: advice.activities.map((activity) => activity.id),
  })
  return {
    advice: { id: advice.id, title: advice.title, version: advice.version },
    base: encodeSnapshot(snapshot(advice)),
    current: formValues(advice),
    options: adviceFormOptions(choices),
  }
}

type ActionReply = SubmittedValues & {
  errors: FieldErrors
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const adviceId = requireParam(params, 'adviceId')
  const formData = await request.formData()
  const form = parseForm(formData, AdviceUpdateSchema)
  if (!form.success) {
    return data<ActionReply>({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  }
  const { adviceResponseWeeks: responseWeeks } = await getSettings()
  const result = await updateAdvice({ adviceId, ...form.value, actorId: user.id, responseWeeks })
  if (result.ok) {
    return redirectWithToast(request, `/adviezen/${adviceId}`, {
      type: 'success',
      message: t('advice.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    // Someone else saved first: show what they changed, keep this user's input, and let the
    // next save overwrite the new version deliberately.
    const advice = await getAdvice({ adviceId })
    invariantResponse(advice, 404)
    const current = snapshot(advice)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => {
      const long = change.field === 'body' || change.field === 'summary'
      return {
        label: t(FIELD_LABELS[change.field as EditableField]),
        before: long && change.before ? t('advice.conflictTextBefore') : change.before,
        after: long && change.after ? t('advice.conflictTextAfter') : change.after,
      }
    })
    return data<ActionReply>(
      {
        errors: {},
        ...submittedValues(formData),
        conflict: { changes, version: advice.version, base: encodeSnapshot(current) },
      },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
  return data<ActionReply>({ errors, ...submittedValues(formData) }, { status: 400 })
}

export default function EditAdvice() {
  const { advice, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader title={t('advice.editTitle', { title: advice.title })} intro={t('advice.editIntro')} />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <AdviceForm
        // After a conflict the form starts again from the user's input on the new version.
        key={conflict?.version ?? advice.version}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={conflict ? undefined : actionData?.errors}
        submitLabel={t('advice.save')}
        cancelTo={`/adviezen/${advice.id}`}
        hidden={{ version: String(conflict?.version ?? advice.version), base: conflict?.base ?? base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
