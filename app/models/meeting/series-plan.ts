// The dates a series plan proposes for review, the rule as stored in MeetingSeries.rule, and
// the Dutch messages of what can be wrong with a plan.
import { z } from 'zod'
import type { SummerHolidayRegion } from '~/models/settings/settings.ts'
import { formatDateOnly, parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { dateWarnings, dateWarningText } from './holidays.ts'
import { MEETING_YEARS_AHEAD } from './meeting-times.ts'
import {
  FREQUENCIES,
  MAX_MONTH_INTERVAL,
  MAX_OCCURRENCES,
  MAX_WEEK_INTERVAL,
  NTHS,
  type Occurrence,
  type RecurrenceProblem,
  type SeriesRule,
  TIMES_PER_YEAR,
  WEEKDAYS,
} from './recurrence.ts'
import type { HolidayPolicy } from './series.schema.ts'

// One generated date as the review step shows it: why it deserves a second look, and
// whether it is ticked to begin with.
export type PlannedDate = Occurrence & { warning: string | null; suggested: boolean }

// Returns the occurrences with their warnings for `region`; with the "skip" policy a date
// with a warning starts unticked.
export function planDates(
  occurrences: Occurrence[],
  region: SummerHolidayRegion,
  policy: HolidayPolicy,
): PlannedDate[] {
  return occurrences.map((occurrence) => {
    const warning = dateWarningText(dateWarnings(occurrence.day, region))
    return { ...occurrence, warning, suggested: policy === 'flag' || warning === null }
  })
}

// Returns the days of `planned` that were ticked, in date order. A ticked day the plan does
// not produce is ignored: the dates always come from the rule, never from the form.
export function chosenDates(planned: PlannedDate[], include: string[]) {
  const ticked = new Set(include)
  return planned.filter((date) => ticked.has(date.day))
}

// Returns the last day a series may reach: MEETING_YEARS_AHEAD years after today.
export function latestPlannableDay(today: string) {
  return `${Number(today.slice(0, 4)) + MEETING_YEARS_AHEAD}${today.slice(4)}`
}

const dayText = z.string().refine((value) => parseDateOnly(value) !== null)
const count = (max: number) => z.number().int().min(1).max(max)

const RuleSchema = z.object({
  pattern: z.discriminatedUnion('frequency', [
    z.object({
      frequency: z.literal(FREQUENCIES[0]),
      interval: count(MAX_MONTH_INTERVAL),
      nth: z.literal(NTHS),
      weekday: z.literal(WEEKDAYS),
    }),
    z.object({
      frequency: z.literal(FREQUENCIES[1]),
      timesPerYear: z.literal(TIMES_PER_YEAR),
    }),
    z.object({ frequency: z.literal(FREQUENCIES[2]), interval: count(MAX_WEEK_INTERVAL) }),
  ]),
  startDate: dayText,
  generatedUntil: dayText,
})

// Returns the text stored in MeetingSeries.rule.
export function encodeRule(rule: SeriesRule) {
  return JSON.stringify(rule)
}

// Returns the rule stored in MeetingSeries.rule, or null when it is not one this version
// understands (then the series can be read but not extended).
export function decodeRule(raw: string): SeriesRule | null {
  try {
    const parsed = RuleSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export type PlanRefusal = { field: string; message: string }

// Returns the form field and message reference of a problem with a generated plan.
export function planProblem(problem: RecurrenceProblem, end: 'until' | 'count'): PlanRefusal {
  const endField = end === 'until' ? 'untilDate' : 'count'
  switch (problem.reason) {
    case 'tooMany':
      return {
        field: problem.end === 'until' ? 'untilDate' : 'count',
        message: messageRef('series.tooMany', { max: MAX_OCCURRENCES }),
      }
    case 'untilBeforeStart':
      return { field: 'untilDate', message: 'series.untilBeforeStart' }
    case 'noDates':
      return { field: endField, message: 'series.noDates' }
    case 'tooLate':
      return {
        field: endField,
        message: messageRef('series.tooLate', {
          date: formatDateOnly(`${problem.latest}T00:00:00Z`),
          years: MEETING_YEARS_AHEAD,
        }),
      }
    case 'endNotAfterStart':
      return { field: 'endTime', message: 'series.endNotAfterStart' }
    case 'timeDoesNotExist':
      return {
        field: problem.field,
        message: messageRef('series.timeSkipped', {
          time: problem.time,
          date: formatDateOnly(`${problem.day}T00:00:00Z`),
        }),
      }
  }
}

// Returns the refusals as the form shows them: the first message per field.
export function refusalErrors(refusals: PlanRefusal[]) {
  const errors: Record<string, string[]> = {}
  for (const refusal of refusals) errors[refusal.field] ??= [refusal.message]
  return errors
}

// Returns the fields of step 1 that the review step carries along as hidden inputs: all
// submitted values except the step's own (the intent and the ticked days).
export function carriedValues(values: Record<string, string>) {
  const { intent: _intent, include: _include, ...rest } = values
  return rest
}
