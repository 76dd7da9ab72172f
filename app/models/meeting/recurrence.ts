// The recurrence of a meeting series: which calendar days a rule produces, and the UTC
// moments of the meetings on those days. Days are "yyyy-MM-dd" strings (a Dutch calendar
// day); times are local wall-clock times "HH:mm" in Europe/Amsterdam, so 19:30 stays 19:30
// on both sides of a DST change. Stored as JSON in MeetingSeries.rule (see SeriesRule).
import { TZDate } from '@date-fns/tz'
import { addDays, addMonths, format, getISODay, lastDayOfMonth } from 'date-fns'
import { existingMoment } from './meeting-times.ts'

export const FREQUENCIES = ['MONTHLY', 'TIMES_PER_YEAR', 'WEEKLY'] as const
export type Frequency = (typeof FREQUENCIES)[number]

// Which weekday of the month: the first to the fourth, or the last (-1).
export const NTHS = [1, 2, 3, 4, -1] as const
export type Nth = (typeof NTHS)[number]

// ISO weekdays: 1 is Monday, 7 is Sunday.
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
export type Weekday = (typeof WEEKDAYS)[number]

// "N times a year" spreads the meetings evenly, so N divides twelve months.
export const TIMES_PER_YEAR = [1, 2, 3, 4, 6, 12] as const
export type TimesPerYear = (typeof TIMES_PER_YEAR)[number]

export const MAX_MONTH_INTERVAL = 12
export const MAX_WEEK_INTERVAL = 52
// More than this many meetings in one go is almost certainly a typing error.
export const MAX_OCCURRENCES = 100

export type RecurrencePattern =
  | { frequency: 'MONTHLY'; interval: number; nth: Nth; weekday: Weekday }
  | { frequency: 'TIMES_PER_YEAR'; timesPerYear: TimesPerYear }
  | { frequency: 'WEEKLY'; interval: number }

// A series ends on a day (inclusive) or after a number of meetings; never open-ended.
export type SeriesEnd = { until: string } | { count: number }

// What MeetingSeries.rule holds: the pattern, the day it started from (the anchor that fixes
// which months or weeks are "on"), and the last day generated so far, so that extending
// continues after it even when the last dates were left out.
export type SeriesRule = { pattern: RecurrencePattern; startDate: string; generatedUntil: string }

export type Occurrence = { day: string; startsAt: Date; endsAt: Date }

export type RecurrenceProblem =
  | { reason: 'tooMany'; end: 'until' | 'count' }
  | { reason: 'untilBeforeStart' }
  | { reason: 'noDates' }
  | { reason: 'tooLate'; latest: string }
  | { reason: 'endNotAfterStart' }
  | { reason: 'timeDoesNotExist'; field: 'startTime' | 'endTime'; day: string; time: string }

// Returns the Date of a calendar day at midnight UTC, for calendar arithmetic that no time
// zone can shift.
function utcDay(day: string) {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return new TZDate(year, month - 1, date, 'UTC')
}

// Returns a calendar day as "yyyy-MM-dd".
function dayString(date: Date) {
  return format(date, 'yyyy-MM-dd')
}

// Returns the `nth` `weekday` of the month that `monthDate` lies in (nth -1: the last one).
export function nthWeekdayOfMonth(monthDate: Date, nth: Nth, weekday: Weekday): string {
  const first = new TZDate(monthDate.getFullYear(), monthDate.getMonth(), 1, 'UTC')
  if (nth === -1) {
    const last = lastDayOfMonth(first)
    return dayString(addDays(last, -((getISODay(last) - weekday + 7) % 7)))
  }
  const firstMatch = addDays(first, (weekday - getISODay(first) + 7) % 7)
  return dayString(addDays(firstMatch, (nth - 1) * 7))
}

// Returns which weekday of its month `day` is: its ISO weekday and whether it is the
// first … fourth, or the last (a fifth occurrence counts as the last).
export function nthWeekdayOf(day: string): { nth: Nth; weekday: Weekday } {
  const date = utcDay(day)
  const nth = Math.ceil(date.getDate() / 7)
  return { nth: nth >= 5 ? -1 : (nth as Nth), weekday: getISODay(date) as Weekday }
}

// Returns the pattern as "every `interval` months on the nth weekday" or "every
// `interval` weeks on the weekday", taking what the pattern leaves open from the start day.
function normalised(pattern: RecurrencePattern, startDate: string) {
  switch (pattern.frequency) {
    case 'MONTHLY':
      return {
        unit: 'month' as const,
        interval: pattern.interval,
        nth: pattern.nth,
        weekday: pattern.weekday,
      }
    case 'TIMES_PER_YEAR':
      return { unit: 'month' as const, interval: 12 / pattern.timesPerYear, ...nthWeekdayOf(startDate) }
    case 'WEEKLY':
      return { unit: 'week' as const, interval: pattern.interval }
  }
}

// Returns the days of the pattern from `startDate` on, in order, without end. Monthly
// patterns count months from the start day's month; weekly ones weeks from the start day.
export function* patternDays(pattern: RecurrencePattern, startDate: string): Generator<string> {
  const rule = normalised(pattern, startDate)
  const start = utcDay(startDate)
  for (let step = 0; ; step++) {
    if (rule.unit === 'week') {
      yield dayString(addDays(start, step * 7 * rule.interval))
      continue
    }
    const day = nthWeekdayOfMonth(addMonths(start, step * rule.interval), rule.nth, rule.weekday)
    if (day >= startDate) yield day
  }
}

// Returns the days of the pattern after `after` (exclusive; all from the start when null)
// up to the end, or the problem with the end: more than MAX_OCCURRENCES days, an end
// before the start, or no day at all.
export function seriesDays({
  pattern,
  startDate,
  end,
  after = null,
}: {
  pattern: RecurrencePattern
  startDate: string
  end: SeriesEnd
  after?: string | null
}): { ok: true; days: string[] } | { ok: false; problem: RecurrenceProblem } {
  if ('count' in end && end.count > MAX_OCCURRENCES) {
    return { ok: false, problem: { reason: 'tooMany', end: 'count' } }
  }
  if ('until' in end && end.until < startDate) return { ok: false, problem: { reason: 'untilBeforeStart' } }
  const days: string[] = []
  for (const day of patternDays(pattern, startDate)) {
    if (after !== null && day <= after) continue
    if ('until' in end && day > end.until) break
    days.push(day)
    if ('count' in end && days.length === end.count) break
    if (days.length > MAX_OCCURRENCES) return { ok: false, problem: { reason: 'tooMany', end: 'until' } }
  }
  if (days.length === 0) return { ok: false, problem: { reason: 'noDates' } }
  return { ok: true, days }
}

// Returns the meetings of a series: its days with their start and end moments, or the first
// problem (the end, a day after `latest`, an end time not after the start time, a time that a DST change skips on
// one of the days). A time that occurs twice (02:30 on the last Sunday of October) is the
// second one, in winter time.
export function generateOccurrences({
  pattern,
  startDate,
  end,
  startTime,
  endTime,
  after = null,
  latest = null,
}: {
  pattern: RecurrencePattern
  startDate: string
  end: SeriesEnd
  startTime: string
  endTime: string
  after?: string | null
  /// The last day a meeting may be planned on.
  latest?: string | null
}): { ok: true; occurrences: Occurrence[] } | { ok: false; problem: RecurrenceProblem } {
  if (endTime <= startTime) return { ok: false, problem: { reason: 'endNotAfterStart' } }
  const days = seriesDays({ pattern, startDate, end, after })
  if (!days.ok) return days
  if (latest !== null && days.days.some((day) => day > latest)) {
    return { ok: false, problem: { reason: 'tooLate', latest } }
  }
  const occurrences: Occurrence[] = []
  for (const day of days.days) {
    const date = utcDay(day)
    const startsAt = existingMoment(date, startTime)
    if (!startsAt)
      return { ok: false, problem: { reason: 'timeDoesNotExist', field: 'startTime', day, time: startTime } }
    const endsAt = existingMoment(date, endTime)
    if (!endsAt)
      return { ok: false, problem: { reason: 'timeDoesNotExist', field: 'endTime', day, time: endTime } }
    occurrences.push({ day, startsAt, endsAt })
  }
  return { ok: true, occurrences }
}

// Returns the last day of the calendar year after the year of `day`: the default end when a
// series is extended into the next year.
export function endOfNextYear(day: string) {
  return `${Number(day.slice(0, 4)) + 1}-12-31`
}
