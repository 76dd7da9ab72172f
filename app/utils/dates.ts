import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'

// Every time in Raadnet is shown in the Netherlands' time zone, whatever the server's zone.
export const TIME_ZONE = 'Europe/Amsterdam'

// Returns `date` as "26 november 2026 om 14:05" in Dutch time.
export function formatDateTime(date: Date | string) {
  return format(new TZDate(new Date(date), TIME_ZONE), "d MMMM yyyy 'om' HH:mm", { locale: nl })
}

// Returns a date-only value (stored as midnight UTC of that calendar day) as "31 december 2018".
export function formatDateOnly(date: Date | string) {
  return format(new TZDate(new Date(date), 'UTC'), 'd MMMM yyyy', { locale: nl })
}

// Returns the calendar day "yyyy-mm-dd" as the Date we store for date-only values.
export function parseDateOnly(day: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) return null
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null
}
