import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import {
  AttendanceChecklistRow,
  AttendanceCounts,
  NewWalkInForm,
} from '~/components/attendance-checklist.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  type AttendanceWriteResult,
  addNewWalkIn,
  addWalkIn,
  attendanceRefusal,
  listWalkInOptions,
  meetingAttendance,
  setAttendanceStatus,
} from '~/models/meeting/attendance.server.ts'
import { AttendanceStatusSchema, NewWalkInSchema, WalkInSchema } from '~/models/meeting/invitation.schema.ts'
import { getInvitationMeeting } from '~/models/meeting/invitation.server.ts'
import { ATTENDANCE_STATUSES } from '~/models/meeting/meeting-kinds.ts'
import { attendanceStatusLabel } from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { compareNames } from '~/models/person/membership-roles.ts'
import { matchesAllWords } from '~/models/person/search-text.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${t('attendance.title', { title: loaderData?.meeting.title ?? '' })} · ${t('app.name')}` },
]

type WalkInPerson = { id: string; name: string; organisations: { id: string; name: string }[] }

// Returns the options of the walk-in picker: by organisation (someone in two organisations
// under both, people without one last) and by name within each, the label naming all of a
// person's organisations to tell namesakes apart.
function walkInPersonOptions(people: WalkInPerson[]) {
  const none = t('attendance.walkIn.noOrganisation')
  return people
    .flatMap((person) => {
      const label = person.organisations.length
        ? `${person.name} (${person.organisations.map((organisation) => organisation.name).join(', ')})`
        : person.name
      const groups = person.organisations.length ? person.organisations.map((item) => item.name) : [null]
      return groups.map((group) => ({ value: person.id, label, name: person.name, group }))
    })
    .sort((a, b) => compareNames(a.group ?? '\uffff', b.group ?? '\uffff') || compareNames(a.name, b.name))
    .map(({ value, label, group }) => ({ value, label, group: group ?? none }))
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The door checklist is a worker's tool; a lezer sees the attendance on the meeting page.
  await requireUser(request, { role: 'opbouwwerker' })
  const meeting = await getInvitationMeeting(requireParam(params, 'meetingId'))
  invariantResponse(meeting, 404)
  const refusal = attendanceRefusal(meeting)
  const canEdit = !refusal
  const search = new URL(request.url).searchParams.get('zoek')?.trim() ?? ''
  const [attendance, walkInOptions] = await Promise.all([
    meetingAttendance(meeting.id),
    canEdit ? listWalkInOptions({ meetingId: meeting.id }) : null,
  ])
  return {
    meeting: { id: meeting.id, title: meeting.title, location: meeting.location },
    when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    refusal,
    search,
    rows: attendance.rows.filter((row) =>
      matchesAllWords(`${row.personName} ${row.organisationName ?? ''}`, search),
    ),
    total: attendance.rows.length,
    present: attendance.present,
    councilsPresent: attendance.councilsPresent.length,
    counts: ATTENDANCE_STATUSES.map((status) => ({
      value: status,
      label: `${attendanceStatusLabel(status)}: ${attendance.counts[status]}`,
    })),
    statuses: ATTENDANCE_STATUSES.map((status) => ({ value: status, label: attendanceStatusLabel(status) })),
    walkIn: walkInOptions
      ? {
          people: walkInPersonOptions(walkInOptions.people),
          organisations: walkInOptions.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          })),
        }
      : null,
    canEdit,
  }
}

type Reply = { intent: string; errors: FieldErrors; values: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const meetingId = requireParam(params, 'meetingId')
  const meeting = await getInvitationMeeting(meetingId)
  invariantResponse(meeting, 404)
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors) =>
    data<Reply>({ intent, errors, values: submittedValues(formData).values }, { status: 400 })
  const here = `/bijeenkomsten/${meetingId}/aanwezigheid`
  // Returns the reply for a refused write: field messages, or 404 when the row is gone.
  const refused = (result: Exclude<AttendanceWriteResult, { ok: true }>) => {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }

  switch (intent) {
    case 'status': {
      const form = parseForm(formData, AttendanceStatusSchema)
      if (!form.success) return reply(form.errors)
      const result = await setAttendanceStatus({ meetingId, ...form.value })
      if (!result.ok) return refused(result)
      // With JavaScript the row saved through a fetcher: stay on the page, the counts reload.
      if (formData.get('stay')) return { intent, ok: true }
      return redirectWithToast(request, `${here}#row-${form.value.invitationId}`, {
        type: 'success',
        message: t('attendance.statusSaved', { status: attendanceStatusLabel(form.value.status) }),
      })
    }
    case 'walk-in': {
      const form = parseForm(formData, WalkInSchema)
      if (!form.success) return reply(form.errors)
      const result = await addWalkIn({ meetingId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return redirectWithToast(request, here, { type: 'success', message: t('attendance.walkIn.added') })
    }
    case 'walk-in-new': {
      const form = parseForm(formData, NewWalkInSchema)
      if (!form.success) return reply(form.errors)
      const result = await addNewWalkIn({ meetingId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return redirectWithToast(request, here, {
        type: 'success',
        message: t('attendance.walkIn.newAdded', { name: form.value.name }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

export default function AttendanceAtTheDoor() {
  const loaderData = useLoaderData<typeof loader>()
  const { meeting, when, refusal, search, rows, total, present, councilsPresent, counts, statuses } =
    loaderData
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const replyTo = (intent: string) =>
    actionData && 'errors' in actionData && actionData.intent === intent ? actionData : null
  const walkInReply = replyTo('walk-in')
  const newWalkInReply = replyTo('walk-in-new')
  const errors = walkInReply?.errors ?? {}
  return (
    <>
      <PageHeader
        title={t('attendance.title', { title: meeting.title })}
        intro={[when, meeting.location].filter(Boolean).join(' · ')}
        actions={
          <Link to={`/bijeenkomsten/${meeting.id}`} className={buttonClass('secondary')}>
            {t('attendance.backToMeeting')}
          </Link>
        }
      />
      <div className="space-y-6">
        {refusal ? (
          <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
            {t(refusal)}
          </p>
        ) : null}
        <AttendanceCounts present={present} total={total} councils={councilsPresent} counts={counts} />

        {total > 0 ? (
          <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
            <div className="min-w-0 flex-1">
              <TextField label={t('attendance.search')} name="zoek" type="search" defaultValue={search} />
            </div>
            <Button variant="secondary" className="min-h-11">
              {t('attendance.searchButton')}
            </Button>
            {search ? (
              <Link
                to={`/bijeenkomsten/${meeting.id}/aanwezigheid`}
                className={`${buttonClass('link')} min-h-11`}
              >
                {t('attendance.showAll')}
              </Link>
            ) : null}
          </Form>
        ) : null}

        <section aria-labelledby="checklist" className="space-y-2">
          <h2 id="checklist" className="text-lg font-semibold">
            {t('attendance.checklist')}
          </h2>
          {total === 0 ? (
            <p>{t('attendance.nobodyInvited')}</p>
          ) : rows.length === 0 ? (
            <p>{t('attendance.noMatch')}</p>
          ) : (
            <ul className="space-y-2">
              {rows.map((row) => (
                <AttendanceChecklistRow
                  key={row.invitationId}
                  row={row}
                  statuses={statuses}
                  canEdit={loaderData.canEdit}
                />
              ))}
            </ul>
          )}
        </section>

        {loaderData.walkIn ? (
          <section aria-labelledby="walk-in" className="space-y-3 rounded-md border border-slate-300 p-4">
            <h2 id="walk-in" className="text-lg font-semibold">
              {t('attendance.walkIn.title')}
            </h2>
            <p className="text-sm text-slate-700">{t('attendance.walkIn.intro')}</p>
            <Form method="post" className="space-y-3" aria-labelledby="walk-in-existing" noValidate>
              <h3 id="walk-in-existing" className="font-semibold">
                {t('attendance.walkIn.existingTitle')}
              </h3>
              <input type="hidden" name="intent" value="walk-in" />
              <ErrorSummary errors={errors} />
              <SelectField
                label={t('attendance.walkIn.person')}
                hint={t('attendance.walkIn.personHint')}
                name="personId"
                required
                defaultValue={walkInReply?.values.personId ?? ''}
                errors={errors.personId}
                options={[
                  { value: '', label: t('attendance.walkIn.choosePersonOption') },
                  ...loaderData.walkIn.people,
                ]}
              />
              <SelectField
                label={t('attendance.walkIn.organisation')}
                hint={t('attendance.walkIn.organisationHint')}
                name="organisationId"
                defaultValue={walkInReply?.values.organisationId ?? ''}
                errors={errors.organisationId}
                options={[
                  { value: '', label: t('attendance.ownBehalf') },
                  ...loaderData.walkIn.organisations,
                ]}
              />
              <Button className="min-h-11" disabled={navigation.state === 'submitting'}>
                {t('attendance.walkIn.submit')}
              </Button>
            </Form>
            <hr className="border-slate-300" />
            <NewWalkInForm
              organisations={loaderData.walkIn.organisations}
              values={newWalkInReply?.values ?? {}}
              errors={newWalkInReply?.errors ?? {}}
              submitting={navigation.state === 'submitting'}
            />
          </section>
        ) : null}

        <p>
          <a href={`/bijeenkomsten/${meeting.id}/aanwezigheid.csv`} className="text-brand-700 underline">
            {t('attendance.exportLink')}
          </a>
        </p>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
