// Calendar days of the signals loop. Dates such as "received on" and "forwarded on" are
// date-only values, stored as midnight UTC of that day (docs/decisions/003).
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { TIME_ZONE } from '~/utils/dates.ts'

const DAY_MS = 86_400_000

// Returns today's calendar day in the Netherlands as a date-only value.
export function calendarDay(now: Date = new Date()) {
  return new Date(`${format(new TZDate(now, TIME_ZONE), 'yyyy-MM-dd')}T00:00:00.000Z`)
}

// Returns a date-only value as an <input type="date"> shows it ("2026-03-14").
export function dayInputValue(day: Date) {
  return day.toISOString().slice(0, 10)
}

// Returns the calendar day `days` days before `day`.
export function daysBefore(day: Date, days: number) {
  return new Date(day.getTime() - days * DAY_MS)
}

// Returns how many whole weeks lie between two calendar days (0 when `to` is earlier).
export function weeksBetween(from: Date, to: Date) {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / (7 * DAY_MS)))
}
