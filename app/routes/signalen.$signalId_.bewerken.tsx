import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { SignalUpdateSchema } from '~/models/signal/signal.schema.ts'
import {
  getSignal,
  getSignalFormOptions,
  type SignalDetail,
  updateSignal,
} from '~/models/signal/signal.server.ts'
import { dayInputValue } from '~/models/signal/signal-dates.ts'
import { signalFormOptions } from '~/models/signal/signal-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { SignalForm } from './signalen.nieuw.tsx'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${loaderData ? t('signal.editTitle', { title: loaderData.signal.title }) : t('signal.edit')} · ${t('app.name')}`,
  },
]

type EditableField = 'receivedOn' | 'municipality' | 'title' | 'description' | 'themes'

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  receivedOn: 'signal.receivedOn',
  municipality: 'signal.municipality',
  title: 'signal.title',
  description: 'signal.description',
  themes: 'signal.themes',
}

// Returns the signal as the user reads it, for telling what changed meanwhile.
function snapshot(signal: SignalDetail): Record<EditableField, string> {
  return {
    receivedOn: formatDateOnly(signal.receivedOn),
    municipality: signal.municipality?.name ?? '',
    title: signal.title,
    description: signal.description,
    themes: signal.themes.map((theme) => theme.name).join(', '),
  }
}

// Returns the form's values for a stored signal.
function formValues(signal: SignalDetail): SubmittedValues {
  return {
    values: {
      receivedOn: dayInputValue(signal.receivedOn),
      municipalityId: signal.municipality?.id ?? '',
      title: signal.title,
      description: signal.description,
    },
    lists: { themeIds: signal.themes.map((theme) => theme.id) },
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const signal = await getSignal({ signalId: requireParam(params, 'signalId') })
  invariantResponse(signal, 404)
  const options = await getSignalFormOptions({
    keepMunicipalityIds: signal.municipality ? [signal.municipality.id] : [],
    keepThemeIds: signal.themes.map((theme) => theme.id),
  })
  return {
    signal: { id: signal.id, title: signal.title, version: signal.version, source: signal.source.name },
    base: encodeSnapshot(snapshot(signal)),
    current: formValues(signal),
    options: signalFormOptions(options),
  }
}

type ActionReply = SubmittedValues & {
  errors: FieldErrors
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const signalId = requireParam(params, 'signalId')
  const formData = await request.formData()
  const form = parseForm(formData, SignalUpdateSchema)
  if (!form.success) {
    return data<ActionReply>({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  }
  const result = await updateSignal({ signalId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/signalen/${signalId}`, {
      type: 'success',
      message: t('signal.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    // Someone else saved first: show what they changed, keep this user's input, and let the
    // next save overwrite the new version deliberately.
    const signal = await getSignal({ signalId })
    invariantResponse(signal, 404)
    const current = snapshot(signal)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
      label: t(FIELD_LABELS[change.field as EditableField]),
      before: change.before,
      after: change.after,
    }))
    return data<ActionReply>(
      {
        errors: {},
        ...submittedValues(formData),
        conflict: { changes, version: signal.version, base: encodeSnapshot(current) },
      },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
  return data<ActionReply>({ errors, ...submittedValues(formData) }, { status: 400 })
}

export default function EditSignal() {
  const { signal, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader
        title={t('signal.editTitle', { title: signal.title })}
        intro={t('signal.editIntro', { source: signal.source })}
      />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <SignalForm
        // After a conflict the form starts again from the user's input on the new version.
        key={conflict?.version ?? signal.version}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={conflict ? undefined : actionData?.errors}
        withSource={false}
        submitLabel={t('signal.save')}
        cancelTo={`/signalen/${signal.id}`}
        hidden={{ version: String(conflict?.version ?? signal.version), base: conflict?.base ?? base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
