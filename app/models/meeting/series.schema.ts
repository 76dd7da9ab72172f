// Form schemas of meeting series: the plan of a new series (pattern, start, end, times) and
// the extension of an existing one. Errors are message references (app/utils/i18n); the
// dates themselves are generated from the rule (recurrence.ts), never taken from the form.
import { z } from 'zod'
import { normaliseTime } from '~/models/activity/occurred-at.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { optionalText, requiredText } from '~/utils/validation.ts'
import { MEETING_KINDS } from './meeting-kinds.ts'
import { MEETING_EARLIEST_DAY } from './meeting-times.ts'
import {
  FREQUENCIES,
  MAX_MONTH_INTERVAL,
  MAX_OCCURRENCES,
  MAX_WEEK_INTERVAL,
  type Nth,
  type RecurrencePattern,
  type SeriesEnd,
  TIMES_PER_YEAR,
  type TimesPerYear,
  type Weekday,
} from './recurrence.ts'

export const SERIES_TITLE_MAX = 200
export const SERIES_LOCATION_MAX = 200
export const SERIES_DESCRIPTION_MAX = 4000

// What happens to a date on a public holiday or in the summer holiday: it is shown with a
// warning and included (flag), or shown with a warning and left out unless ticked (skip).
export const HOLIDAY_POLICIES = ['flag', 'skip'] as const
export type HolidayPolicy = (typeof HOLIDAY_POLICIES)[number]

// The form's values for "nth": first to fourth, or last.
export const NTH_VALUES = ['1', '2', '3', '4', 'last'] as const

// The steps of the two-step forms: show the dates, go back to the form, save.
export const SERIES_INTENTS = ['preview', 'edit', 'save'] as const
export type SeriesIntent = (typeof SERIES_INTENTS)[number]

type Issue = { code: 'custom'; path: string[]; message: string }
type Ctx = { addIssue: (issue: Issue) => void }

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// Returns a whole number typed in a field, or null when it is empty; NaN when it is no
// whole number (so that the refinement can name it).
const wholeNumber = z.preprocess(blankToUndefined, z.string().trim().optional()).transform((value) => {
  if (value === undefined) return null
  return /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN
})

const optionalString = z.preprocess(blankToUndefined, z.string().trim().max(20).optional())

// A calendar day "yyyy-mm-dd" kept as text; an empty field is null, an impossible one an error.
const day = (required: boolean) =>
  z.preprocess(blankToUndefined, z.string().trim().max(20).optional()).transform((value, ctx) => {
    if (value === undefined) {
      if (required) ctx.addIssue({ code: 'custom', message: 'validation.required' })
      return null
    }
    if (!parseDateOnly(value)) ctx.addIssue({ code: 'custom', message: 'validation.date' })
    else if (value < MEETING_EARLIEST_DAY) ctx.addIssue({ code: 'custom', message: 'series.dateTooEarly' })
    return value
  })

// A time of day "HH:mm" from an <input type="time">.
const time = z.preprocess(blankToUndefined, z.string().optional()).transform((value, ctx) => {
  if (value === undefined) {
    ctx.addIssue({ code: 'custom', message: 'validation.required' })
    return ''
  }
  const normalised = normaliseTime(value)
  if (!normalised) ctx.addIssue({ code: 'custom', message: 'series.timeInvalid' })
  return normalised ?? ''
})

// The end of a series: a day or a number of meetings, exactly one of the two.
const endFields = {
  untilDate: day(false),
  count: wholeNumber,
  holidayPolicy: z.enum(HOLIDAY_POLICIES, { error: 'validation.choice' }),
}

// Puts the messages about the end on its fields: none given, both given, a count that is no
// whole number of at least one, or more meetings than a series may have.
function checkEnd(value: { untilDate: string | null; count: number | null }, ctx: Ctx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (value.untilDate === null && value.count === null) issue('untilDate', 'series.endMissing')
  else if (value.untilDate !== null && value.count !== null) issue('count', 'series.endTwice')
  else if (value.count !== null && (!Number.isInteger(value.count) || value.count < 1)) {
    issue('count', 'series.countInvalid')
  } else if (value.count !== null && value.count > MAX_OCCURRENCES) {
    issue('count', messageRef('series.tooMany', { max: MAX_OCCURRENCES }))
  }
}

// Returns the end of a series from the checked fields.
const endOf = (value: { untilDate: string | null; count: number | null }): SeriesEnd =>
  value.untilDate !== null ? { until: value.untilDate } : { count: value.count ?? 1 }

const planFields = z.object({
  title: requiredText(SERIES_TITLE_MAX),
  kind: z.enum(MEETING_KINDS, { error: 'validation.choice' }),
  frequency: z.enum(FREQUENCIES, { error: 'series.chooseFrequency' }),
  monthInterval: wholeNumber,
  nth: optionalString,
  weekday: optionalString,
  timesPerYear: optionalString,
  weekInterval: wholeNumber,
  startDate: day(true),
  startTime: time,
  endTime: time,
  location: optionalText(SERIES_LOCATION_MAX),
  description: optionalText(SERIES_DESCRIPTION_MAX),
  ...endFields,
})

type PlanFields = z.output<typeof planFields>

const inRange = (value: number | null, max: number): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= max

// Returns the pattern the form describes, or null when a field it needs is missing or wrong.
function patternOf(value: PlanFields): RecurrencePattern | null {
  switch (value.frequency) {
    case 'MONTHLY': {
      const nth = value.nth === 'last' ? -1 : Number(value.nth)
      const weekday = Number(value.weekday)
      if (!inRange(value.monthInterval, MAX_MONTH_INTERVAL)) return null
      if (![1, 2, 3, 4, -1].includes(nth) || !(weekday >= 1 && weekday <= 7)) return null
      return {
        frequency: 'MONTHLY',
        interval: value.monthInterval,
        nth: nth as Nth,
        weekday: weekday as Weekday,
      }
    }
    case 'TIMES_PER_YEAR': {
      const times = Number(value.timesPerYear)
      if (!(TIMES_PER_YEAR as readonly number[]).includes(times)) return null
      return { frequency: 'TIMES_PER_YEAR', timesPerYear: times as TimesPerYear }
    }
    case 'WEEKLY':
      return inRange(value.weekInterval, MAX_WEEK_INTERVAL)
        ? { frequency: 'WEEKLY', interval: value.weekInterval }
        : null
  }
}

// Puts a message on each field the chosen frequency needs and that is missing or wrong.
function checkPattern(value: PlanFields, ctx: Ctx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (value.frequency === 'MONTHLY') {
    if (!inRange(value.monthInterval, MAX_MONTH_INTERVAL)) {
      issue('monthInterval', messageRef('series.monthIntervalInvalid', { max: MAX_MONTH_INTERVAL }))
    }
    if (!(NTH_VALUES as readonly (string | undefined)[]).includes(value.nth)) issue('nth', 'series.chooseNth')
    if (!['1', '2', '3', '4', '5', '6', '7'].includes(value.weekday ?? ''))
      issue('weekday', 'series.chooseWeekday')
  } else if (value.frequency === 'TIMES_PER_YEAR' && !patternOf(value)) {
    issue('timesPerYear', 'series.chooseTimesPerYear')
  } else if (value.frequency === 'WEEKLY' && !patternOf(value)) {
    issue('weekInterval', messageRef('series.weekIntervalInvalid', { max: MAX_WEEK_INTERVAL }))
  }
}

export const SeriesPlanSchema = planFields
  .superRefine(
    (value, ctx) => {
      checkPattern(value, ctx)
      checkEnd(value, ctx)
      if (value.startDate && value.untilDate && value.untilDate < value.startDate) {
        ctx.addIssue({ code: 'custom', path: ['untilDate'], message: 'series.untilBeforeStart' })
      }
      if (value.startTime && value.endTime && value.endTime <= value.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'series.endNotAfterStart' })
      }
    },
    { when: () => true },
  )
  .transform((value) => ({
    title: value.title,
    kind: value.kind,
    location: value.location,
    description: value.description,
    // The refinement above made sure that these are all there.
    pattern: patternOf(value) as RecurrencePattern,
    startDate: value.startDate ?? '',
    end: endOf(value),
    startTime: value.startTime,
    endTime: value.endTime,
    holidayPolicy: value.holidayPolicy,
  }))

export type SeriesPlan = z.output<typeof SeriesPlanSchema>

const version = z.coerce
  .number({ error: 'validation.invalid' })
  .int()
  .positive({ error: 'validation.invalid' })

export const SeriesExtendSchema = z
  .object({ ...endFields, version })
  .superRefine(checkEnd, { when: () => true })
  .transform((value) => ({ end: endOf(value), holidayPolicy: value.holidayPolicy, version: value.version }))

export type SeriesExtension = z.output<typeof SeriesExtendSchema>

// The days ticked in the review step ("yyyy-mm-dd"); anything else is dropped, and the model
// only keeps days that the rule itself produces.
export const IncludedDaysSchema = z.object({
  intent: z.enum(SERIES_INTENTS).catch('preview'),
  include: z
    .preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string()),
    )
    .transform((days) => [...new Set(days.filter((item) => parseDateOnly(item) !== null))]),
})

export const SeriesUpdateSchema = z.object({
  title: requiredText(SERIES_TITLE_MAX),
  location: optionalText(SERIES_LOCATION_MAX),
  description: optionalText(SERIES_DESCRIPTION_MAX),
  version,
})

export type SeriesUpdate = z.output<typeof SeriesUpdateSchema>
