import { describe, expect, it } from 'vitest'
import {
  type OrganisationInvitationRow,
  organisationStatus,
  summariseOrganisationAttendance,
} from './attendance-summary.ts'

const row = (
  meetingId: string,
  startsAt: string,
  status: OrganisationInvitationRow['status'],
  meetingStatus = 'HELD',
): OrganisationInvitationRow => ({
  meetingId,
  title: `Bijeenkomst ${meetingId}`,
  kind: 'EXCHANGE',
  startsAt: new Date(startsAt),
  meetingStatus,
  status,
})

describe('an organisation at a meeting', () => {
  it('counts as present when one of its people was present', () => {
    expect(organisationStatus(['ABSENT', 'PRESENT', 'INVITED'])).toBe('PRESENT')
    expect(organisationStatus(['INVITED', 'EXCUSED'])).toBe('EXCUSED')
    expect(organisationStatus(['ABSENT', 'INVITED'])).toBe('ABSENT')
    expect(organisationStatus([])).toBe('INVITED')
  })
})

describe("an organisation's attendance over the years", () => {
  const now = new Date('2026-06-15T10:00:00Z')
  const rows = [
    // Last year: two meetings, attended one.
    row('a', '2025-03-20T18:30:00Z', 'PRESENT'),
    row('a', '2025-03-20T18:30:00Z', 'ABSENT'),
    row('b', '2025-11-20T18:30:00Z', 'EXCUSED'),
    // New Year's Eve 23:30 UTC is already 1 January in Amsterdam: this year.
    row('c', '2025-12-31T23:30:00Z', 'PRESENT'),
    row('d', '2026-05-21T17:30:00Z', 'PRESENT'),
    row('d', '2026-05-21T17:30:00Z', 'PRESENT'),
    row('e', '2026-04-16T17:30:00Z', 'ABSENT'),
    // Cancelled meetings do not count; upcoming ones are not in the year yet.
    row('f', '2026-02-19T18:30:00Z', 'INVITED', 'CANCELLED'),
    row('g', '2026-09-17T17:30:00Z', 'REGISTERED', 'PLANNED'),
  ]

  it('counts the meetings and those attended per Dutch calendar year', () => {
    const summary = summariseOrganisationAttendance(rows, { now })
    expect(summary.thisYear).toEqual({ year: 2026, meetings: 3, attended: 2 })
    expect(summary.lastYear).toEqual({ year: 2025, meetings: 2, attended: 1 })
  })

  it('lists the latest meetings newest first with the people present, and the next ones', () => {
    const summary = summariseOrganisationAttendance(rows, { now, recentCount: 3 })
    expect(summary.recent.map((meeting) => [meeting.meetingId, meeting.status, meeting.present])).toEqual([
      ['d', 'PRESENT', 2],
      ['e', 'ABSENT', 0],
      ['c', 'PRESENT', 1],
    ])
    expect(summary.upcoming.map((meeting) => [meeting.meetingId, meeting.status])).toEqual([
      ['g', 'REGISTERED'],
    ])
  })
})
