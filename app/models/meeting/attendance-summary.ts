// Attendance of one organisation over meetings: pure rules, tested without a database.
import { TZDate } from '@date-fns/tz'
import { TIME_ZONE } from '~/utils/dates.ts'
import type { AttendanceStatus } from './meeting-kinds.ts'

// How an organisation took part in a meeting when its people differ: the most telling answer
// wins — someone present, else registered, excused, absent, and only then "invited".
const PRECEDENCE: readonly AttendanceStatus[] = ['PRESENT', 'REGISTERED', 'EXCUSED', 'ABSENT', 'INVITED']

// Returns the status of an organisation at a meeting from the statuses of its people.
export function organisationStatus(statuses: readonly AttendanceStatus[]): AttendanceStatus {
  return PRECEDENCE.find((status) => statuses.includes(status)) ?? 'INVITED'
}

export type OrganisationInvitationRow = {
  meetingId: string
  title: string
  kind: string
  startsAt: Date
  meetingStatus: string
  status: AttendanceStatus
}

export type OrganisationMeeting = {
  meetingId: string
  title: string
  kind: string
  startsAt: Date
  status: AttendanceStatus
  /// The organisation's people marked present.
  present: number
}

export type YearAttendance = {
  year: number
  /// Meetings of that year (begun, not cancelled) the organisation was invited to or came to.
  meetings: number
  /// Of those, the meetings where someone of the organisation was present.
  attended: number
}

export type OrganisationAttendance = {
  thisYear: YearAttendance
  lastYear: YearAttendance
  /// The latest meetings that have begun, newest first.
  recent: OrganisationMeeting[]
  /// Meetings still to come, soonest first.
  upcoming: OrganisationMeeting[]
}

// Returns the calendar year of `moment` in the Netherlands.
const localYear = (moment: Date) => new TZDate(moment, TIME_ZONE).getFullYear()

// Returns an organisation's attendance from its invitations (one row per invited person):
// meetings and meetings attended this and last year (Dutch calendar years), the `recentCount`
// latest meetings with the organisation's status and the next `upcomingCount`. Cancelled
// meetings do not count.
export function summariseOrganisationAttendance(
  rows: readonly OrganisationInvitationRow[],
  { now = new Date(), recentCount = 5, upcomingCount = 3 } = {},
): OrganisationAttendance {
  const meetings = new Map<string, OrganisationMeeting & { statuses: AttendanceStatus[] }>()
  for (const row of rows) {
    if (row.meetingStatus === 'CANCELLED') continue
    const meeting = meetings.get(row.meetingId) ?? {
      meetingId: row.meetingId,
      title: row.title,
      kind: row.kind,
      startsAt: row.startsAt,
      status: 'INVITED' as AttendanceStatus,
      present: 0,
      statuses: [],
    }
    meeting.statuses.push(row.status)
    if (row.status === 'PRESENT') meeting.present += 1
    meetings.set(row.meetingId, meeting)
  }
  const all = [...meetings.values()].map(({ statuses, ...meeting }) => ({
    ...meeting,
    status: organisationStatus(statuses),
  }))
  const begun = all
    .filter((meeting) => meeting.startsAt.getTime() <= now.getTime())
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())
  const year = localYear(now)
  const inYear = (wanted: number): YearAttendance => {
    const ofYear = begun.filter((meeting) => localYear(meeting.startsAt) === wanted)
    return {
      year: wanted,
      meetings: ofYear.length,
      attended: ofYear.filter((meeting) => meeting.status === 'PRESENT').length,
    }
  }
  return {
    thisYear: inYear(year),
    lastYear: inYear(year - 1),
    recent: begun.slice(0, recentCount),
    upcoming: all
      .filter((meeting) => meeting.startsAt.getTime() > now.getTime())
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .slice(0, upcomingCount),
  }
}
