// The month grid of the agenda: weeks of seven Dutch calendar days, Monday first. Days are
// plain calendar days ("2026-11-05"), so the grid never shifts with the server's time zone
// or a DST change; which day a meeting falls on is decided in Dutch time (localParts).
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'
import { localParts } from '~/models/activity/occurred-at.ts'

/** A calendar month; `month` runs from 1 (January) to 12. */
export type CalendarMonth = { year: number; month: number }

/** One cell of the grid. */
export type GridDay = {
  /** The calendar day, "2026-11-05". */
  day: string
  /** The day of the month, 5. */
  date: number
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean
}

// The months the agenda shows; anything else in the URL falls back to the current month.
export const EARLIEST_YEAR = 1990
export const LATEST_YEAR = 2100

const DAY_MS = 86_400_000

// Returns the calendar day "yyyy-mm-dd" of a UTC midnight timestamp.
function dayOf(time: number) {
  return new Date(time).toISOString().slice(0, 10)
}

// Returns the month written as "2026-11", or null when it is not a month between
// EARLIEST_YEAR and LATEST_YEAR.
export function parseMonth(value: string | null | undefined): CalendarMonth | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '')
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12) return null
  return { year, month }
}

// Returns the month that `now` falls in, in Dutch time.
export function currentMonth(now: Date = new Date()): CalendarMonth {
  const [year = '', month = ''] = localParts(now).day.split('-')
  return { year: Number(year), month: Number(month) }
}

// Returns the month as the URL writes it: "2026-11".
export function monthKey({ year, month }: CalendarMonth) {
  return `${year}-${String(month).padStart(2, '0')}`
}

// Returns the month `delta` months after `month` (before, when negative).
export function shiftMonth({ year, month }: CalendarMonth, delta: number): CalendarMonth {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

// Returns true when the agenda may show `month` (within EARLIEST_YEAR … LATEST_YEAR).
export function isShownMonth({ year }: CalendarMonth) {
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR
}

// Returns the weekday of a UTC midnight timestamp, 0 for Monday to 6 for Sunday.
function mondayBasedWeekday(time: number) {
  return (new Date(time).getUTCDay() + 6) % 7
}

// Returns the weeks of the month's grid: from the Monday on or before the 1st to the
// Sunday on or after the last day, seven days a week (four to six weeks).
export function monthWeeks({ year, month }: CalendarMonth): GridDay[][] {
  const first = Date.UTC(year, month - 1, 1)
  const last = Date.UTC(year, month, 0)
  const start = first - mondayBasedWeekday(first) * DAY_MS
  const end = last + (6 - mondayBasedWeekday(last)) * DAY_MS
  const weeks: GridDay[][] = []
  for (let time = start; time <= end; time += DAY_MS) {
    if (mondayBasedWeekday(time) === 0) weeks.push([])
    weeks.at(-1)?.push({
      day: dayOf(time),
      date: new Date(time).getUTCDate(),
      inMonth: time >= first && time <= last,
    })
  }
  return weeks
}

// Returns the first day of the grid and the day after its last day ("2026-10-26",
// "2026-12-07"): the span whose meetings and follow-ups the month view shows.
export function gridSpan(month: CalendarMonth) {
  const weeks = monthWeeks(month)
  const lastDay = weeks.at(-1)?.at(-1)?.day ?? monthKey(month)
  return {
    from: weeks[0]?.[0]?.day ?? monthKey(month),
    to: dayOf(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS),
  }
}

// A date for Dutch names: the calendar day at noon in the process's own zone, so format()
// names the same day whatever that zone is.
function namingDate(day: string) {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number)
  return new Date(year, month - 1, date, 12)
}

// Returns the month's Dutch name and year: "november 2026".
export function monthTitle({ year, month }: CalendarMonth) {
  return format(namingDate(`${monthKey({ year, month })}-01`), 'LLLL yyyy', { locale: nl })
}

// Returns the Dutch names of the weekdays, Monday first: { long: 'maandag', short: 'ma' }.
export function weekdayNames() {
  // 5 January 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const date = namingDate(`2026-01-${String(5 + index).padStart(2, '0')}`)
    return { long: format(date, 'EEEE', { locale: nl }), short: format(date, 'EEEEEE', { locale: nl }) }
  })
}

// Returns a calendar day as a heading: "donderdag 5 november 2026".
export function dayTitle(day: string) {
  return format(namingDate(day), 'EEEE d MMMM yyyy', { locale: nl })
}
