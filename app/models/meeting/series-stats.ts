// Attendance statistics over the meetings of a series: people present and councils
// represented per held meeting, their averages, and the councils that stopped coming.

export type MeetingFacts = {
  id: string
  startsAt: Date
  status: string
  /// One entry per person marked present, with the organisation they represented.
  present: { organisationId: string | null; organisationName: string | null }[]
}

export type HeldMeeting = { id: string; startsAt: Date; people: number; councils: number }

export type MissedCouncil = { id: string; name: string; lastAttended: Date }

export type SeriesStatistics = {
  held: HeldMeeting[]
  averagePeople: number | null
  averageCouncils: number | null
  /// N: how many of the latest held meetings a council must have missed.
  threshold: number
  /// Councils that came to an earlier held meeting but to none of the last N; null when
  /// there are not more than N held meetings (nothing earlier to compare with).
  missed: MissedCouncil[] | null
}

// Returns true when a meeting counts as held: marked so, or in the past (not cancelled)
// with someone present.
export function isHeld(meeting: MeetingFacts, now: Date) {
  if (meeting.status === 'HELD') return true
  return meeting.status !== 'CANCELLED' && meeting.startsAt < now && meeting.present.length > 0
}

// Returns the organisations represented by someone present, by id.
function councilsOf(meeting: MeetingFacts) {
  const councils = new Map<string, string>()
  for (const person of meeting.present) {
    if (person.organisationId) councils.set(person.organisationId, person.organisationName ?? '')
  }
  return councils
}

const average = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

// Returns the statistics of a series' meetings (in any order) as of `now`, with N =
// `threshold` for "missed the last N meetings".
export function seriesStatistics(
  meetings: MeetingFacts[],
  { now, threshold }: { now: Date; threshold: number },
): SeriesStatistics {
  const held = meetings
    .filter((meeting) => isHeld(meeting, now))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  const rows = held.map((meeting) => ({
    id: meeting.id,
    startsAt: meeting.startsAt,
    people: meeting.present.length,
    councils: councilsOf(meeting).size,
  }))
  let missed: MissedCouncil[] | null = null
  if (held.length > threshold) {
    const recent = new Set(held.slice(-threshold).flatMap((meeting) => [...councilsOf(meeting).keys()]))
    const earlier = new Map<string, MissedCouncil>()
    for (const meeting of held.slice(0, -threshold)) {
      for (const [id, name] of councilsOf(meeting)) {
        if (!recent.has(id)) earlier.set(id, { id, name, lastAttended: meeting.startsAt })
      }
    }
    missed = [...earlier.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  }
  return {
    held: rows,
    averagePeople: average(rows.map((row) => row.people)),
    averageCouncils: average(rows.map((row) => row.councils)),
    threshold,
    missed,
  }
}
