// When an activity happened: a Dutch calendar day and an optional time of day, stored as
// one UTC moment (docs/decisions/003-dates-and-times.md). Without a time it is noon.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { parseDateOnly, TIME_ZONE } from '~/utils/dates.ts'

export const DEFAULT_TIME = '12:00'
// The earliest day an activity may be recorded for.
export const EARLIEST_DAY = '1990-01-01'

// Returns the UTC moment of `time` ("14:30"; noon when null) on the Dutch calendar day
// `day` (a date-only value). A time that the spring-forward skips (02:30 on the last
// Sunday of March) counts as the same moment as an hour later.
export function localMoment(day: Date, time: string | null): Date {
  const [hours = 12, minutes = 0] = (time ?? DEFAULT_TIME).split(':').map(Number)
  const local = new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    hours,
    minutes,
    TIME_ZONE,
  )
  return new Date(local.getTime())
}

// Returns the last moment (a millisecond before midnight) of the Dutch calendar day `day`:
// the inclusive end of a period of whole days.
export function endOfLocalDay(day: Date): Date {
  const next = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1))
  return new Date(localMoment(next, '00:00').getTime() - 1)
}

// Returns the Dutch calendar day ("2026-03-29") and time ("14:30") of a moment, as the
// date and time inputs show them.
export function localParts(moment: Date | string) {
  const local = new TZDate(new Date(moment), TIME_ZONE)
  return { day: format(local, 'yyyy-MM-dd'), time: format(local, 'HH:mm') }
}

// Returns today's Dutch calendar day as an <input type="date"> value.
export function todayInputValue(now: Date = new Date()) {
  return localParts(now).day
}

// Returns today's Dutch calendar day as a date-only value (midnight UTC of that day).
export function localToday(now: Date = new Date()) {
  return parseDateOnly(todayInputValue(now)) ?? now
}

// Returns why an activity may not be recorded on `day` (a date-only value): before
// 1990, or more than a year after today; null when the day is fine.
export function dayOutOfRange(day: Date, now: Date = new Date()): 'tooEarly' | 'tooLate' | null {
  if (day.getTime() < (parseDateOnly(EARLIEST_DAY)?.getTime() ?? 0)) return 'tooEarly'
  const today = localToday(now)
  const latest = Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate())
  return day.getTime() > latest ? 'tooLate' : null
}

// Returns a time of day from an <input type="time"> ("9:05", "09:05", "09:05:00") as
// "09:05", or null when it is not one.
export function normaliseTime(input: string) {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(input.trim())
  return match ? `${match[1]?.padStart(2, '0')}:${match[2]}` : null
}
