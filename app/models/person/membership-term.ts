// Pure rules about a membership's term (start and end date). Date-only values are stored
// as midnight UTC of their calendar day (docs/decisions/003-dates-and-times.md).
import { TZDate } from '@date-fns/tz'
import { TIME_ZONE } from '~/utils/dates.ts'

export type Term = { startDate: Date | null; endDate: Date | null }
export type TermStatus = 'current' | 'upcoming' | 'past'

// Returns the calendar day of `moment` in the Netherlands, as a date-only value.
export function calendarDay(moment: Date = new Date()) {
  const local = new TZDate(moment, TIME_ZONE)
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()))
}

// Returns a date-only value as an <input type="date"> value ("2026-03-01"), or '' for none.
export function toDateInputValue(date: Date | string | null | undefined) {
  return date ? new Date(date).toISOString().slice(0, 10) : ''
}

// Returns whether a term has ended before `day`, starts after it, or includes it (both
// ends count as part of the term).
export function termStatus(term: Term, day: Date): TermStatus {
  if (term.endDate && term.endDate.getTime() < day.getTime()) return 'past'
  if (term.startDate && term.startDate.getTime() > day.getTime()) return 'upcoming'
  return 'current'
}

// Returns true when the end date lies before the start date (a missing end never does).
export function endsBeforeStart(term: Term) {
  return term.startDate !== null && term.endDate !== null && term.endDate.getTime() < term.startDate.getTime()
}

// Returns true when two terms share at least one day; an open end runs on forever.
export function termsOverlap(a: Term, b: Term) {
  const startsBeforeOtherEnds = (x: Term, y: Term) =>
    x.startDate === null || y.endDate === null || x.startDate.getTime() <= y.endDate.getTime()
  return startsBeforeOtherEnds(a, b) && startsBeforeOtherEnds(b, a)
}

// Returns the memberships that have not ended on `day` (current and upcoming, the earliest
// start first) and the ended ones (the most recently ended first).
export function splitMemberships<M extends Term>(memberships: M[], day: Date) {
  const time = (date: Date | null, open: number) => date?.getTime() ?? open
  const current = memberships
    .filter((membership) => termStatus(membership, day) !== 'past')
    .sort((a, b) => time(a.startDate, Number.NEGATIVE_INFINITY) - time(b.startDate, Number.NEGATIVE_INFINITY))
  const past = memberships
    .filter((membership) => termStatus(membership, day) === 'past')
    .sort((a, b) => time(b.endDate, 0) - time(a.endDate, 0))
  return { current, past }
}
