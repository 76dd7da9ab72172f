import { prisma } from '~/utils/db.server.ts'
import { ATTENDANCE_STATUSES, ATTENDED, type AttendanceStatus } from './meeting-kinds.ts'

export type AttendanceRow = {
  invitationId: string
  personId: string
  personName: string
  email: string | null
  organisationId: string | null
  organisationName: string | null
  status: AttendanceStatus
  walkIn: boolean
}

export type MeetingAttendance = {
  rows: AttendanceRow[]
  /// How many invitations have each status.
  counts: Record<AttendanceStatus, number>
  /// People marked present.
  present: number
  /// Distinct organisations represented by someone present, by name.
  councilsPresent: { id: string; name: string }[]
}

// Returns everyone invited to (or walking in at) a meeting with their status, ordered by
// organisation and name, with the counts a meeting page and the statistics show.
export async function meetingAttendance(meetingId: string): Promise<MeetingAttendance> {
  const invitations = await prisma.invitation.findMany({
    where: { meetingId },
    select: {
      id: true,
      status: true,
      walkIn: true,
      person: { select: { id: true, name: true, email: true } },
      organisation: { select: { id: true, name: true } },
    },
  })
  const rows: AttendanceRow[] = invitations
    .map((invitation) => ({
      invitationId: invitation.id,
      personId: invitation.person.id,
      personName: invitation.person.name,
      email: invitation.person.email,
      organisationId: invitation.organisation?.id ?? null,
      organisationName: invitation.organisation?.name ?? null,
      status: invitation.status as AttendanceStatus,
      walkIn: invitation.walkIn,
    }))
    .sort(
      (a, b) =>
        (a.organisationName ?? '\uffff').localeCompare(b.organisationName ?? '\uffff', 'nl') ||
        a.personName.localeCompare(b.personName, 'nl'),
    )
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >
  const councils = new Map<string, string>()
  for (const row of rows) {
    counts[row.status] += 1
    if (row.status === ATTENDED && row.organisationId && row.organisationName) {
      councils.set(row.organisationId, row.organisationName)
    }
  }
  return {
    rows,
    counts,
    present: counts[ATTENDED],
    councilsPresent: [...councils]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }
}
