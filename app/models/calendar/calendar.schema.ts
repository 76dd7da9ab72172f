// The agenda's view from the URL (/agenda?maand=2026-11&weergave=lijst&acties=iedereen); a
// value that makes no sense falls back to its default, never to an error.
import { z } from 'zod'
import { type CalendarMonth, currentMonth, parseMonth } from './calendar-grid.ts'

export const CALENDAR_VIEWS = ['maand', 'lijst'] as const
export type CalendarView = (typeof CALENDAR_VIEWS)[number]

export const FOLLOW_UP_SCOPES = ['mijn', 'iedereen'] as const
export type FollowUpScopeParam = (typeof FOLLOW_UP_SCOPES)[number]

export const CalendarQuerySchema = z.object({
  weergave: z.enum(CALENDAR_VIEWS).catch('maand').default('maand'),
  // Kept when it is not a month (cut short), so that the page can say it fell back.
  maand: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value?.slice(0, 20)),
  acties: z.enum(FOLLOW_UP_SCOPES).catch('mijn').default('mijn'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type CalendarQuery = z.output<typeof CalendarQuerySchema>

// Returns the month the URL asks for, or the current month when it asks for none or for
// something that is not a month the agenda shows.
export function requestedMonth(query: CalendarQuery, now: Date = new Date()): CalendarMonth {
  return parseMonth(query.maand) ?? currentMonth(now)
}

// Returns whether the URL asks for a month that does not exist or that the agenda does not
// show ("2026-13", "abc", "99999-01"); an empty or absent month is no question.
export function isUnknownMonth(query: CalendarQuery) {
  const asked = query.maand?.trim()
  return Boolean(asked) && parseMonth(asked) === null
}
