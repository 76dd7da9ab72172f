// Labels and choices of the series pages, in Dutch through the catalog.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'
import { TIME_ZONE } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import {
  FREQUENCIES,
  type Nth,
  nthWeekdayOf,
  type SeriesRule,
  TIMES_PER_YEAR,
  WEEKDAYS,
} from './recurrence.ts'
import { HOLIDAY_POLICIES, NTH_VALUES } from './series.schema.ts'
import type { PlannedDate } from './series-plan.ts'

const key = (text: string) => text as MessageKey

// Returns the Dutch word for the nth weekday of a month ("derde", "laatste").
const nthLabel = (nth: Nth | string) => t(key(`series.nth.${nth === -1 ? 'last' : nth}`))

// Returns the Dutch name of an ISO weekday ("donderdag").
const weekdayLabel = (weekday: number | string) => t(key(`series.weekday.${weekday}`))

// Returns the choices of the series form.
export function seriesFormOptions() {
  return {
    frequencies: FREQUENCIES.map((value) => ({ value, label: t(key(`series.frequency.${value}`)) })),
    nths: NTH_VALUES.map((value) => ({ value, label: nthLabel(value) })),
    weekdays: WEEKDAYS.map((value) => ({ value: String(value), label: weekdayLabel(value) })),
    timesPerYear: TIMES_PER_YEAR.map((count) => ({
      value: String(count),
      label: count === 1 ? t('series.timesPerYearOptionOne') : t('series.timesPerYearOption', { count }),
    })),
    holidayPolicies: HOLIDAY_POLICIES.map((value) => ({
      value,
      label: t(key(`series.holidayPolicy.${value}`)),
    })),
  }
}

export type SeriesFormOptions = ReturnType<typeof seriesFormOptions>

// Returns a rule in words: "Elke 2 maanden op de derde donderdag", "6 keer per jaar, op de
// derde donderdag", "Elke week op dinsdag".
export function describeRule(rule: SeriesRule | null): string {
  if (!rule) return t('series.describeUnknown')
  const { pattern } = rule
  switch (pattern.frequency) {
    case 'MONTHLY':
      return t(pattern.interval === 1 ? 'series.describe.MONTHLY.one' : 'series.describe.MONTHLY', {
        interval: pattern.interval,
        nth: nthLabel(pattern.nth),
        weekday: weekdayLabel(pattern.weekday),
      })
    case 'TIMES_PER_YEAR': {
      const { nth, weekday } = nthWeekdayOf(rule.startDate)
      return t('series.describe.TIMES_PER_YEAR', {
        count: pattern.timesPerYear,
        nth: nthLabel(nth),
        weekday: weekdayLabel(weekday),
      })
    }
    case 'WEEKLY':
      return t(pattern.interval === 1 ? 'series.describe.WEEKLY.one' : 'series.describe.WEEKLY', {
        interval: pattern.interval,
        weekday: weekdayLabel(nthWeekdayOf(rule.startDate).weekday),
      })
  }
}

// Returns "19:30–21:30".
export const timeRange = (startTime: string, endTime: string) =>
  t('series.timeRange', { start: startTime, end: endTime })

// Returns the parts of a moment as the review table shows them: "15 januari 2027",
// "donderdag", "19:30".
export function dateParts(moment: Date | string) {
  const local = new TZDate(new Date(moment), TIME_ZONE)
  return {
    date: format(local, 'd MMMM yyyy', { locale: nl }),
    weekday: format(local, 'EEEE', { locale: nl }),
    time: format(local, 'HH:mm'),
  }
}

// Returns the Dutch day of a moment with its weekday: "donderdag 21 januari 2027".
export function formatDay(moment: Date | string) {
  const { weekday, date } = dateParts(moment)
  return `${weekday} ${date}`
}

// Returns a number as Dutch text with at most one decimal ("12,5"), or a dash for none.
export function formatAverage(value: number | null) {
  if (value === null) return t('common.notSet')
  return value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
}

// Returns the rows of the review step: each date in Dutch with its warning, ticked as the
// user left it (`include`), or as suggested when the dates are shown for the first time.
export function reviewRows(dates: PlannedDate[], include: string[] | null) {
  const ticked = include ? new Set(include) : null
  return dates.map((date) => {
    const start = dateParts(date.startsAt)
    return {
      day: date.day,
      date: start.date,
      weekday: start.weekday,
      time: timeRange(start.time, dateParts(date.endsAt).time),
      warning: date.warning,
      checked: ticked ? ticked.has(date.day) : date.suggested,
    }
  })
}
