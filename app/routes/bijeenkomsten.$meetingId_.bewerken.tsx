import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { MeetingForm, MORE_AGENDA_ROWS, moreAgendaRows } from '~/components/meeting-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { MeetingUpdateSchema } from '~/models/meeting/meeting.schema.ts'
import {
  getMeeting,
  getMeetingFormOptions,
  type MeetingDetail,
  meetingExists,
  textFingerprint,
  updateMeeting,
} from '~/models/meeting/meeting.server.ts'
import { meetingFormOptions, meetingKindLabel, meetingStatusLabel } from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen, meetingTimeInputs } from '~/models/meeting/meeting-times.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

// An unknown meeting is titled like every page that is not found.
export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('meeting.editTitle', { title: loaderData.meeting.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('meeting.edit')
    } · ${t('app.name')}`,
  },
]

// After a 409 the form must get the new version and snapshot, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

// The labels of the fields a conflict message can name.
const FIELD_LABELS = {
  kind: 'meeting.kind',
  title: 'meeting.title',
  when: 'meeting.when',
  location: 'meeting.location',
  description: 'meeting.description',
  status: 'meeting.status',
  themes: 'meeting.themes',
  organisers: 'meeting.organisers',
  partners: 'meeting.partners',
  agenda: 'meeting.agenda',
} as const satisfies Record<string, MessageKey>

type EditableField = keyof typeof FIELD_LABELS

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')

// Returns the meeting as the user reads it, for telling what changed meanwhile. The
// description is named as changed without quoting it.
function snapshot(meeting: MeetingDetail): Record<EditableField, string> {
  return {
    kind: meetingKindLabel(meeting.kind),
    title: meeting.title,
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    location: meeting.location ?? '',
    description: textFingerprint(meeting.description),
    status: meetingStatusLabel(meeting.status),
    themes: names(meeting.themes),
    organisers: names(meeting.organisers),
    partners: names(meeting.partners),
    agenda: meeting.agendaItems.map((item) => item.title).join(', '),
  }
}

// Returns the form's values for a stored meeting.
function formValues(meeting: MeetingDetail): SubmittedValues {
  return {
    values: {
      kind: meeting.kind,
      title: meeting.title,
      ...meetingTimeInputs(meeting),
      location: meeting.location ?? '',
      description: meeting.description ?? '',
      status: meeting.status,
    },
    lists: {
      themeIds: meeting.themes.map((theme) => theme.id),
      organiserIds: meeting.organisers.map((user) => user.id),
      partnerIds: meeting.partners.map((organisation) => organisation.id),
      agendaPosition: meeting.agendaItems.map((item) => String(item.position)),
      agendaTitle: meeting.agendaItems.map((item) => item.title),
      agendaPresenter: meeting.agendaItems.map((item) => item.presenter ?? ''),
      agendaThemeId: meeting.agendaItems.map((item) => item.theme?.id ?? ''),
    },
  }
}

// Returns the form's choices for a meeting: what a new one is offered, plus the retired
// themes, departed organisers and inactive partners it has already.
async function optionsFor(meeting: MeetingDetail) {
  const choices = await getMeetingFormOptions({
    keepThemeIds: [
      ...meeting.themes.map((theme) => theme.id),
      ...meeting.agendaItems.flatMap((item) => item.theme?.id ?? []),
    ],
    keepOrganiserIds: meeting.organisers.map((user) => user.id),
    keepPartnerIds: meeting.partners.map((organisation) => organisation.id),
  })
  return meetingFormOptions({ ...choices, status: meeting.status })
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'coordinator' })
  const meeting = await getMeeting({ meetingId: requireParam(params, 'meetingId') })
  invariantResponse(meeting, 404)
  return {
    meeting: { id: meeting.id, title: meeting.title, version: meeting.version },
    base: encodeSnapshot(snapshot(meeting)),
    current: formValues(meeting),
    options: await optionsFor(meeting),
  }
}

type ActionReply = SubmittedValues & {
  errors: FieldErrors
  agendaRows?: number
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const meetingId = requireParam(params, 'meetingId')
  // An unknown meeting is 404 whatever was sent, not a form with messages.
  invariantResponse(await meetingExists({ meetingId }), 404)
  const formData = await request.formData()
  const submitted = submittedValues(formData)
  if (formData.get('intent') === MORE_AGENDA_ROWS) {
    return data<ActionReply>({ errors: {}, ...submitted, agendaRows: moreAgendaRows(submitted.lists) })
  }
  const form = parseForm(formData, MeetingUpdateSchema)
  if (!form.success) return data<ActionReply>({ errors: form.errors, ...submitted }, { status: 400 })
  const result = await updateMeeting({ meetingId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/bijeenkomsten/${meetingId}`, {
      type: 'success',
      message: t(result.notified ? 'meeting.savedNotified' : 'meeting.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    // Someone else saved first: show what they changed, keep this user's input, and let the
    // next save overwrite the new version deliberately.
    const meeting = await getMeeting({ meetingId })
    invariantResponse(meeting, 404)
    const current = snapshot(meeting)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => {
      const long = change.field === 'description'
      return {
        label: t(FIELD_LABELS[change.field as EditableField]),
        before: long && change.before ? t('meeting.conflictTextBefore') : change.before,
        after: long && change.after ? t('meeting.conflictTextAfter') : change.after,
      }
    })
    return data<ActionReply>(
      {
        errors: {},
        ...submitted,
        conflict: { changes, version: meeting.version, base: encodeSnapshot(current) },
      },
      { status: 409 },
    )
  }
  const errors: FieldErrors = {}
  for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
  return data<ActionReply>({ errors, ...submitted }, { status: 400 })
}

export default function EditMeeting() {
  const { meeting, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  return (
    <>
      <PageHeader title={t('meeting.editTitle', { title: meeting.title })} intro={t('meeting.editIntro')} />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <MeetingForm
        // After a conflict the form starts again from the user's input on the new version.
        key={`${conflict?.version ?? meeting.version}-${actionData?.agendaRows ?? 0}`}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={conflict ? undefined : actionData?.errors}
        agendaRows={actionData?.agendaRows}
        submitLabel={t('meeting.save')}
        cancelTo={`/bijeenkomsten/${meeting.id}`}
        hidden={{ version: String(conflict?.version ?? meeting.version), base: conflict?.base ?? base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
