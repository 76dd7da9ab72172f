// The days the dashboard counts with, in Dutch time (docs/decisions/003). Moments (when an
// activity happened) are UTC instants; date-only values (deadlines, "sent on") are
// midnight UTC of their calendar day.
import { TZDate } from '@date-fns/tz'
import { addWeeks, endOfDay, format, startOfDay, subMonths } from 'date-fns'
import { nl } from 'date-fns/locale'
import { TIME_ZONE } from '~/utils/dates.ts'

// Returns the last moment of today in the Netherlands: what happened up to it, happened.
export function endOfDutchDay(now: Date) {
  return new Date(endOfDay(new TZDate(now, TIME_ZONE)).getTime())
}

// Returns the first moment of the Dutch calendar day `months` months before today: a council
// with no activity since then has had no contact for `months` months.
export function noContactSince(now: Date, months: number) {
  return new Date(startOfDay(subMonths(new TZDate(now, TIME_ZONE), months)).getTime())
}

// Returns the last moment of the Dutch calendar day `weeks` weeks from today: what starts up
// to it, starts within the coming `weeks` weeks.
export function endOfWeeksAhead(now: Date, weeks: number) {
  return new Date(endOfDay(addWeeks(new TZDate(now, TIME_ZONE), weeks)).getTime())
}

// Returns the Dutch calendar day of a moment, as "26 november 2026".
export function formatDutchDay(moment: Date | string) {
  return format(new TZDate(new Date(moment), TIME_ZONE), 'd MMMM yyyy', { locale: nl })
}
