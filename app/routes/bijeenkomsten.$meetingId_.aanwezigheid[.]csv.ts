import type { LoaderFunctionArgs } from '@remix-run/node'
import { meetingAttendance } from '~/models/meeting/attendance.server.ts'
import { getInvitationMeeting } from '~/models/meeting/invitation.server.ts'
import { attendanceStatusLabel } from '~/models/meeting/meeting-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type CsvRow, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

// The attendance list of one meeting as CSV: everyone invited or walking in, by organisation
// and name, with their status. Contact details stay out.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const meeting = await getInvitationMeeting(requireParam(params, 'meetingId'))
  invariantResponse(meeting, 404)
  const attendance = await meetingAttendance(meeting.id)
  const rows = attendance.rows.map(
    (row): CsvRow => [
      row.personName,
      row.organisationName ?? t('attendance.ownBehalf'),
      attendanceStatusLabel(row.status),
      row.walkIn,
      row.invitedAt,
    ],
  )
  return csvResponse({
    filename: csvFilename(`${t('attendance.export.filename')} ${meeting.title}`, meeting.startsAt),
    header: [
      t('attendance.export.name'),
      t('attendance.export.organisation'),
      t('attendance.export.status'),
      t('attendance.export.walkIn'),
      t('attendance.export.invitedOn'),
    ],
    rows,
  })
}
