import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { MeetingForm, MORE_AGENDA_ROWS, moreAgendaRows } from '~/components/meeting-form.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { MeetingCreateSchema } from '~/models/meeting/meeting.schema.ts'
import { createMeeting, getMeetingFormOptions } from '~/models/meeting/meeting.server.ts'
import { meetingFormOptions } from '~/models/meeting/meeting-options.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('meeting.new')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const [choices, settings] = await Promise.all([getMeetingFormOptions(), getSettings()])
  const initial: SubmittedValues = {
    values: { kind: '', status: 'PLANNED', location: settings.meetingDefaultLocation },
    // The one planning it organises it, unless told otherwise.
    lists: {
      organiserIds: choices.organisers.some((organiser) => organiser.id === user.id) ? [user.id] : [],
    },
  }
  return { options: meetingFormOptions({ ...choices, status: null }), initial }
}

type Reply = SubmittedValues & { errors: FieldErrors; agendaRows?: number }

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const formData = await request.formData()
  const submitted = submittedValues(formData)
  if (formData.get('intent') === MORE_AGENDA_ROWS) {
    return data<Reply>({ errors: {}, ...submitted, agendaRows: moreAgendaRows(submitted.lists) })
  }
  const form = parseForm(formData, MeetingCreateSchema)
  if (!form.success) return data<Reply>({ errors: form.errors, ...submitted }, { status: 400 })
  const result = await createMeeting({ ...form.value, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid')
      for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data<Reply>({ errors, ...submitted }, { status: 400 })
  }
  return redirectWithToast(request, `/bijeenkomsten/${result.meetingId}`, {
    type: 'success',
    message: t('meeting.created', { title: form.value.title }),
  })
}

export default function NewMeeting() {
  const { options, initial } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('meeting.new')} intro={t('meeting.newIntro')} />
      <MeetingForm
        // "More rows" gives a new form with the same input and more empty rows.
        key={actionData?.agendaRows ?? 0}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors}
        agendaRows={actionData?.agendaRows}
        submitLabel={t('meeting.create')}
        cancelTo="/bijeenkomsten"
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
