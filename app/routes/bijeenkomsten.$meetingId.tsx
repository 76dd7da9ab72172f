import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { LinkedDocuments } from '~/components/document-list.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { MeetingRecord } from '~/components/meeting-record.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ActionBox, Detail, Section } from '~/components/ui/detail-page.tsx'
import { TextAreaField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listLinkedDocuments } from '~/models/documents/document.server.ts'
import { linkedDocumentItem } from '~/models/documents/document-options.ts'
import { attendanceRefusal, meetingAttendance } from '~/models/meeting/attendance.server.ts'
import { invitationRefusal } from '~/models/meeting/invitation.server.ts'
import { CancelSchema, MEETING_CANCEL_REASON_MAX } from '~/models/meeting/meeting.schema.ts'
import { cancelMeeting, getMeeting } from '~/models/meeting/meeting.server.ts'
import { ATTENDANCE_STATUSES } from '~/models/meeting/meeting-kinds.ts'
import {
  attendanceStatusLabel,
  meetingKindLabel,
  meetingRecordView,
  meetingStatusLabel,
  meetingStatusTone,
} from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { themeLabel } from '~/models/theme/theme-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? loaderData.meeting.title
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('meeting.listTitle')
    } · ${t('app.name')}`,
  },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const meetingId = requireParam(params, 'meetingId')
  const meeting = await getMeeting({ meetingId })
  invariantResponse(meeting, 404)
  const [attendance, documents] = await Promise.all([
    meetingAttendance(meetingId),
    listLinkedDocuments({ meetingId }),
  ])
  return {
    meeting,
    documents: documents.map(linkedDocumentItem),
    record: meetingRecordView(meeting),
    attendance: {
      invited: attendance.rows.length,
      present: attendance.present,
      walkIns: attendance.rows.filter((row) => row.walkIn).length,
      organisations: attendance.councilsPresent,
      counts: ATTENDANCE_STATUSES.map((status) => ({
        status,
        label: attendanceStatusLabel(status),
        count: attendance.counts[status],
      })),
    },
    canPlan: hasRole(user.role, 'coordinator'),
    canRecord: hasRole(user.role, 'opbouwwerker'),
    // Links only to pages that take this meeting: no inviting once it was cancelled or has
    // begun, no attendance once cancelled. The minutes stay available.
    canInvite: hasRole(user.role, 'coordinator') && !invitationRefusal(meeting),
    canTakeAttendance: hasRole(user.role, 'opbouwwerker') && !attendanceRefusal(meeting),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const meetingId = requireParam(params, 'meetingId')
  const formData = await request.formData()
  invariantResponse(formData.get('intent') === 'cancel', 400)
  const reply = (errors: FieldErrors) => data({ errors, ...submittedValues(formData) }, { status: 400 })
  const form = parseForm(formData, CancelSchema)
  if (!form.success) return reply(form.errors)
  const result = await cancelMeeting({ meetingId, cancelReason: form.value.cancelReason, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason !== 'notFound', 404)
    // A second submit or an old tab: the cancel form is gone from the page, so say it in a toast.
    if (result.refusals.some((refusal) => refusal.message === 'meeting.alreadyCancelled')) {
      return redirectWithToast(request, `/bijeenkomsten/${meetingId}`, {
        type: 'info',
        message: t('meeting.alreadyCancelled'),
      })
    }
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  return redirectWithToast(request, `/bijeenkomsten/${meetingId}`, {
    type: 'success',
    message: t(result.notified ? 'meeting.cancelledNotified' : 'meeting.cancelled'),
  })
}

const linkClass = 'text-brand-700 underline'

export default function MeetingPage() {
  const { meeting, record, attendance, documents, canPlan, canRecord, canInvite, canTakeAttendance } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const cancellable = meeting.status === 'PLANNED' || meeting.status === 'CONFIRMED'
  return (
    <>
      <PageHeader
        title={meeting.title}
        intro={
          <>
            {meetingKindLabel(meeting.kind)} ·{' '}
            <Badge tone={meetingStatusTone(meeting.status)}>{meetingStatusLabel(meeting.status)}</Badge>
          </>
        }
        actions={
          <>
            {canRecord ? (
              <Link to={`/bijeenkomsten/${meeting.id}/verslag`} className={buttonClass('secondary')}>
                {t('meeting.reportLink')}
              </Link>
            ) : null}
            {canPlan ? (
              <Link to={`/bijeenkomsten/${meeting.id}/bewerken`} className={buttonClass('primary')}>
                {t('meeting.edit')}
              </Link>
            ) : null}
          </>
        }
      />

      {meeting.status === 'CANCELLED' ? (
        <p className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
          {meeting.cancelReason
            ? t('meeting.cancelledBecause', { reason: meeting.cancelReason })
            : t('meeting.cancelledNoReason')}
        </p>
      ) : null}
      {meeting.dateWarning ? (
        <p className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t('meeting.dateWarning', { warning: meeting.dateWarning })}
        </p>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="details" title={t('meeting.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('meeting.when')}>{formatMeetingWhen(meeting.startsAt, meeting.endsAt)}</Detail>
              <Detail label={t('meeting.location')}>{meeting.location}</Detail>
              {meeting.series ? (
                <Detail label={t('meeting.series')}>
                  <Link to={`/bijeenkomsten/reeksen/${meeting.series.id}`} className={linkClass}>
                    {t('meeting.partOfSeries', { title: meeting.series.title })}
                  </Link>
                </Detail>
              ) : null}
              <Detail label={t('meeting.themes')}>
                {meeting.themes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {meeting.themes.map((theme) => (
                      <li key={theme.id}>
                        <Link
                          to={`/themas/${theme.id}`}
                          className="inline-block rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                        >
                          {themeLabel(theme)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              <Detail label={t('meeting.organisers')}>
                {meeting.organisers.length > 0
                  ? meeting.organisers.map((user) => user.name).join(', ')
                  : null}
              </Detail>
              <Detail label={t('meeting.partners')}>
                {meeting.partners.length > 0 ? (
                  <ul>
                    {meeting.partners.map((organisation) => (
                      <li key={organisation.id}>
                        <Link to={`/organisaties/${organisation.id}`} className={linkClass}>
                          {organisation.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              <Detail label={t('meeting.description')}>
                {meeting.description ? <p className="whitespace-pre-line">{meeting.description}</p> : null}
              </Detail>
              <Detail label={t('meeting.createdBy')}>{meeting.createdBy.name}</Detail>
            </dl>
            <p>
              {/* A file download: a plain link, not a client-side navigation. */}
              <a href={`/bijeenkomsten/${meeting.id}/bijeenkomst.ics`} className={linkClass}>
                {t('meeting.downloadIcs')}
              </a>
            </p>
          </Section>

          <Section id="agenda" title={t('meeting.agenda')}>
            {meeting.agendaItems.length > 0 ? (
              <ol className="list-decimal space-y-2 pl-6">
                {meeting.agendaItems.map((item) => (
                  <li key={item.id}>
                    <span className="font-medium">{item.title}</span>
                    {item.presenter || item.theme ? (
                      <span className="block text-sm text-slate-700">
                        {[
                          item.presenter ? t('meeting.agendaBy', { name: item.presenter }) : null,
                          item.theme ? themeLabel(item.theme) : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="text-slate-700">{t('meeting.agendaEmpty')}</p>
            )}
          </Section>

          <MeetingRecord record={record} />

          <LinkedDocuments
            documents={documents}
            addHref={canRecord ? `/documenten/nieuw?bijeenkomst=${meeting.id}` : null}
          />
        </div>

        <aside className="space-y-6" aria-label={t('meeting.attendance')}>
          <Section id="attendance" title={t('meeting.attendance')}>
            {attendance.invited === 0 ? (
              <p className="text-slate-700">{t('meeting.attendanceNone')}</p>
            ) : (
              <>
                <p className="font-medium">
                  {t('meeting.attendancePresent', { count: attendance.present })}
                  {attendance.walkIns > 0 ? (
                    <span className="block text-sm font-normal text-slate-700">
                      {t('meeting.attendanceWalkIns', { count: attendance.walkIns })}
                    </span>
                  ) : null}
                </p>
                <p>{t('meeting.attendanceOrganisations', { count: attendance.organisations.length })}</p>
                {attendance.organisations.length > 0 ? (
                  <ul className="list-disc pl-5 text-sm">
                    {attendance.organisations.map((organisation) => (
                      <li key={organisation.id}>
                        <Link to={`/organisaties/${organisation.id}`} className={linkClass}>
                          {organisation.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <table className="w-full text-left text-sm">
                  <caption className="text-left font-medium text-slate-700">
                    {t('meeting.attendancePerStatus')}
                  </caption>
                  <tbody>
                    {attendance.counts.map((row) => (
                      <tr key={row.status} className="border-b border-slate-200">
                        <th scope="row" className="py-1 pr-4 font-normal">
                          {row.label}
                        </th>
                        <td className="py-1 text-right">{row.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
            <p className="flex flex-wrap gap-3">
              {canInvite ? (
                <Link to={`/bijeenkomsten/${meeting.id}/uitnodigen`} className={buttonClass('secondary')}>
                  {t('meeting.invite')}
                </Link>
              ) : null}
              {canTakeAttendance ? (
                <Link to={`/bijeenkomsten/${meeting.id}/aanwezigheid`} className={buttonClass('secondary')}>
                  {t('meeting.registerAttendance')}
                </Link>
              ) : null}
            </p>
          </Section>

          {canPlan && cancellable ? (
            <ActionBox
              title={t('meeting.cancelTitle')}
              intro={t('meeting.cancelIntro')}
              errors={actionData?.errors}
            >
              <TextAreaField
                label={t('meeting.cancelReason')}
                name="cancelReason"
                rows={3}
                maxLength={MEETING_CANCEL_REASON_MAX}
                defaultValue={actionData?.values.cancelReason ?? ''}
                errors={actionData?.errors.cancelReason}
              />
              <Button name="intent" value="cancel" variant="danger">
                {t('meeting.cancelSubmit')}
              </Button>
            </ActionBox>
          ) : null}
        </aside>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
