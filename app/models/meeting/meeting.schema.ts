// Form and search-param schemas of meetings, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null. The rules that need the
// database (themes that are still in use, existing people and organisations) live in
// meeting.server.ts.
import { z } from 'zod'
import { FOLLOW_UP_DESCRIPTION_MAX } from '~/models/follow-up/follow-up.schema.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { checkbox, idList, optionalDate, optionalText, requiredText } from '~/utils/validation.ts'
import { MEETING_KINDS, MEETING_OUTPUT_KINDS, MEETING_STATUSES } from './meeting-kinds.ts'
import { readMeetingTimes } from './meeting-times.ts'

export const MEETING_TITLE_MAX = 200
export const MEETING_LOCATION_MAX = 200
export const MEETING_DESCRIPTION_MAX = 4000
export const MEETING_CANCEL_REASON_MAX = 1000
export const AGENDA_TITLE_MAX = 200
export const AGENDA_PRESENTER_MAX = 120
// How many agenda items one meeting can have (empty rows are ignored).
export const AGENDA_ROWS_MAX = 40
export const MINUTES_MAX = 50_000
export const TIP_MAX = 500
export const OUTPUT_TITLE_MAX = 200
export const OUTPUT_BODY_MAX = 50_000
const ID_MAX = 64

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// Returns a repeated form field as a list of strings ([] when absent), keeping order and
// empty values, so that the rows of parallel fields stay aligned.
const asStrings = (value: unknown) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item) =>
    typeof item === 'string' ? item : '',
  )

// An optional id from a select; empty means none.
export const optionalId = z
  .preprocess(
    blankToUndefined,
    z.string().trim().max(ID_MAX, { error: 'validation.unknownReference' }).optional(),
  )
  .transform((value) => value ?? null)

// A required id from a hidden field or a select.
const requiredId = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(ID_MAX, { error: 'validation.unknownReference' })

export type AgendaItemInput = { title: string; presenter: string | null; themeId: string | null }

// Returns the field name of the messages of agenda row `index`.
export const agendaField = (index: number) => `agenda${index}`

// Returns the agenda from the form's rows (four parallel repeated fields: number, title,
// presenter, theme), in the order of the numbers (rows without a number keep their place),
// with the form row of each item, and a message per row that is not right. A row without
// title, presenter and theme is empty and ignored.
export function readAgendaRows(raw: {
  positions: unknown
  titles: unknown
  presenters: unknown
  themeIds: unknown
}) {
  const positions = asStrings(raw.positions)
  const titles = asStrings(raw.titles)
  const presenters = asStrings(raw.presenters)
  const themeIds = asStrings(raw.themeIds)
  const items: (AgendaItemInput & { row: number; order: number })[] = []
  const issues: { path: string[]; message: string }[] = []
  const count = Math.max(titles.length, presenters.length, themeIds.length)
  for (let row = 0; row < count; row++) {
    const title = titles[row]?.trim() ?? ''
    const presenter = presenters[row]?.trim() || null
    const themeId = themeIds[row]?.trim() || null
    const positionText = positions[row]?.trim() ?? ''
    const issue = (message: string) => issues.push({ path: [agendaField(row)], message })
    if (!title && !presenter && !themeId) continue
    if (row >= AGENDA_ROWS_MAX) issue(messageRef('meeting.agendaTooMany', { max: AGENDA_ROWS_MAX }))
    else if (!title) issue('meeting.agendaTitleRequired')
    else if (title.length > AGENDA_TITLE_MAX)
      issue(messageRef('validation.tooLong', { max: AGENDA_TITLE_MAX }))
    else if (presenter && presenter.length > AGENDA_PRESENTER_MAX) {
      issue(messageRef('validation.tooLong', { max: AGENDA_PRESENTER_MAX }))
    } else if (themeId && themeId.length > ID_MAX) issue('validation.unknownReference')
    else if (positionText && !/^\d{1,3}$/.test(positionText)) issue('meeting.agendaPositionInvalid')
    else items.push({ title, presenter, themeId, row, order: positionText ? Number(positionText) : row + 1 })
  }
  items.sort((a, b) => a.order - b.order || a.row - b.row)
  return { items: items.map(({ order: _order, ...item }) => item), issues }
}

type Issue = { code: 'custom'; path: string[]; message: string }
type Ctx = { addIssue: (issue: Issue) => void }

type RawMeeting = {
  date?: unknown
  startTime?: unknown
  endTime?: unknown
  agendaPosition?: unknown
  agendaTitle?: unknown
  agendaPresenter?: unknown
  agendaThemeId?: unknown
}

const agendaOf = (value: RawMeeting) =>
  readAgendaRows({
    positions: value.agendaPosition,
    titles: value.agendaTitle,
    presenters: value.agendaPresenter,
    themeIds: value.agendaThemeId,
  })

// Puts the messages of the day, the times and the agenda rows on their fields; it also
// runs when other fields failed, so the user sees every problem at once.
function checkTimesAndAgenda(value: RawMeeting, ctx: Ctx) {
  const times = readMeetingTimes(value)
  if (!times.ok) {
    for (const issue of times.issues) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message })
    }
  }
  for (const issue of agendaOf(value).issues) ctx.addIssue({ code: 'custom', ...issue })
}

// Returns the parsed form with its start and end moments and its agenda in order (and the
// form row each agenda item came from, so that a refusal shows beside it).
function withTimesAndAgenda<T extends RawMeeting>(value: T, ctx: Ctx) {
  const {
    date: _date,
    startTime: _startTime,
    endTime: _endTime,
    agendaPosition: _position,
    agendaTitle: _title,
    agendaPresenter: _presenter,
    agendaThemeId: _theme,
    ...fields
  } = value
  const times = readMeetingTimes(value)
  if (!times.ok) {
    ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.date' })
    return z.NEVER
  }
  const { items } = agendaOf(value)
  return {
    ...fields,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    agenda: items.map(({ row: _row, ...item }) => item),
    agendaRows: items.map((item) => item.row),
  }
}

const meetingFields = z.object({
  kind: z.enum(MEETING_KINDS, { error: 'meeting.chooseKind' }),
  title: requiredText(MEETING_TITLE_MAX),
  date: z.unknown().optional(),
  startTime: z.unknown().optional(),
  endTime: z.unknown().optional(),
  location: optionalText(MEETING_LOCATION_MAX),
  description: optionalText(MEETING_DESCRIPTION_MAX),
  status: z.enum(MEETING_STATUSES, { error: 'validation.choice' }),
  themeIds: idList,
  organiserIds: idList,
  partnerIds: idList,
  agendaPosition: z.unknown().optional(),
  agendaTitle: z.unknown().optional(),
  agendaPresenter: z.unknown().optional(),
  agendaThemeId: z.unknown().optional(),
})

export const MeetingCreateSchema = meetingFields
  .superRefine(checkTimesAndAgenda, { when: () => true })
  .transform(withTimesAndAgenda)

export const MeetingUpdateSchema = meetingFields
  .extend({
    version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
  })
  .superRefine(checkTimesAndAgenda, { when: () => true })
  .transform(withTimesAndAgenda)

export type MeetingCreateInput = z.output<typeof MeetingCreateSchema>
export type MeetingUpdateInput = z.output<typeof MeetingUpdateSchema>

export const CancelSchema = z.object({ cancelReason: optionalText(MEETING_CANCEL_REASON_MAX) })

// The minutes, with the fingerprint of the minutes the form was opened with, so that a
// save does not overwrite what someone else wrote meanwhile.
export const MinutesSchema = z.object({
  minutes: optionalText(MINUTES_MAX),
  minutesBase: z.string().max(128).optional().default(''),
  markHeld: checkbox,
})

export const TipSchema = z.object({ text: requiredText(TIP_MAX), themeId: optionalId })

export const JointActionSchema = z.object({
  description: requiredText(FOLLOW_UP_DESCRIPTION_MAX),
  assigneeId: requiredId,
  ownerOrganisationId: optionalId,
  dueDate: optionalDate,
})

export const OutputSchema = z.object({
  kind: z.enum(MEETING_OUTPUT_KINDS, { error: 'validation.choice' }),
  title: requiredText(OUTPUT_TITLE_MAX),
  body: optionalText(OUTPUT_BODY_MAX),
})

export const ItemIdSchema = z.object({ itemId: requiredId })

export const FollowUpDoneSchema = z.object({
  followUpId: requiredId,
  done: z.enum(['true', 'false'], { error: 'validation.invalid' }).transform((value) => value === 'true'),
})

// A calendar day "yyyy-mm-dd" from the URL, or undefined.
const dayParam = z
  .string()
  .refine((day) => parseDateOnly(day) !== null)
  .optional()
  .catch(undefined)

const idParam = z.string().trim().min(1).max(ID_MAX).optional().catch(undefined)

// "komend" (the default): meetings that have not ended, soonest first; "voorbij": those
// that ended, latest first; "alle": every meeting in date order.
export const MEETING_VIEWS = ['komend', 'voorbij', 'alle'] as const
export type MeetingView = (typeof MEETING_VIEWS)[number]

// The overview's filters from the URL; a value that makes no sense falls back to "all".
export const MeetingListQuerySchema = z.object({
  weergave: z.enum(MEETING_VIEWS).catch('komend').default('komend'),
  soort: z.enum(MEETING_KINDS).optional().catch(undefined),
  status: z.enum(MEETING_STATUSES).optional().catch(undefined),
  thema: idParam,
  van: dayParam,
  tot: dayParam,
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type MeetingListQuery = z.output<typeof MeetingListQuerySchema>
