// The activity forms and the log's filters. Messages are catalog references; the rules
// that need the database (links to existing, active records) live in activity.server.ts.
import { z } from 'zod'
import { FOLLOW_UP_DESCRIPTION_MAX } from '~/models/follow-up/follow-up.schema.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import type { MessageKey } from '~/utils/i18n/index.ts'
import { idList, optionalChoice, optionalDate, optionalText, requiredText } from '~/utils/validation.ts'
import {
  ACTIVITY_KINDS,
  ACTIVITY_SUBTYPES,
  type ActivityKind,
  isActivityKind,
  PARTICIPATION_FORMS,
  type ParticipationForm,
} from './activity-kinds.ts'
import { dayOutOfRange, localMoment, normaliseTime } from './occurred-at.ts'
import { parseTimeSpent } from './time-spent.ts'

export const SUMMARY_MAX = 200
export const NOTES_MAX = 4000

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// An optional id from a select; empty means none.
const optionalId = z
  .preprocess(
    blankToUndefined,
    z.string().trim().max(64, { error: 'validation.unknownReference' }).optional(),
  )
  .transform((value) => value ?? null)

// The day an activity happened, from an <input type="date">: required, from 1990 up to a
// year from today.
const activityDay = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .transform((value, ctx) => {
    const day = parseDateOnly(value)
    if (!day) {
      ctx.addIssue({ code: 'custom', message: 'validation.date' })
      return z.NEVER
    }
    const range = dayOutOfRange(day)
    if (range === 'tooEarly') ctx.addIssue({ code: 'custom', message: 'activity.dateTooEarly' })
    if (range === 'tooLate') ctx.addIssue({ code: 'custom', message: 'activity.dateTooLate' })
    return day
  })

// An optional time of day from an <input type="time"> ("14:30").
const optionalTime = z
  .preprocess(blankToUndefined, z.string().max(10, { error: 'activity.timeInvalid' }).optional())
  .transform((value, ctx) => {
    if (value === undefined) return null
    const time = normaliseTime(value)
    if (!time) ctx.addIssue({ code: 'custom', message: 'activity.timeInvalid' })
    return time
  })

const TIME_SPENT_MESSAGES: Record<'invalid' | 'negative' | 'tooLong', MessageKey> = {
  invalid: 'activity.timeSpentInvalid',
  negative: 'activity.timeSpentNegative',
  tooLong: 'activity.timeSpentTooLong',
}

// "Tijdsbesteding": hours and minutes or decimal hours, as minutes (null when empty).
const timeSpent = z
  .preprocess(blankToUndefined, z.string().max(20, { error: 'activity.timeSpentInvalid' }).optional())
  .transform((value, ctx) => {
    const result = parseTimeSpent(value ?? '')
    if (result.ok) return result.minutes
    ctx.addIssue({ code: 'custom', message: TIME_SPENT_MESSAGES[result.reason] })
    return null
  })

const activityFields = {
  kind: z.enum(ACTIVITY_KINDS, { error: 'validation.choice' }),
  subtype: optionalText(60),
  occurredOn: activityDay,
  occurredTime: optionalTime,
  summary: requiredText(SUMMARY_MAX),
  notes: optionalText(NOTES_MAX),
  timeSpent,
  participationForm: optionalChoice(PARTICIPATION_FORMS),
  organisationIds: idList,
  visitedIds: idList,
  personIds: idList,
  themeIds: idList,
  findings: optionalText(NOTES_MAX),
  followUpQuestions: optionalText(NOTES_MAX),
}

const followUpFields = {
  followUpDescription: optionalText(FOLLOW_UP_DESCRIPTION_MAX),
  followUpDueDate: optionalDate,
  followUpAssigneeId: optionalId,
}

type Issue = { code: 'custom'; path: string[]; message: string }
type Context = { addIssue: (issue: Issue) => void }

// Returns a submitted value as a list (a field that failed to parse may still be raw).
const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' && value !== '' ? [value] : []
const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

// The rules between fields: a subtype only from the kind's own list (required for contacts
// and support), visited sites and findings only for a werkbezoek. They also run when other
// fields failed, so the user sees every problem at once.
function checkKindRules(value: Record<string, unknown>, ctx: Context) {
  if (!isActivityKind(value.kind)) return
  const subtypes = ACTIVITY_SUBTYPES[value.kind]
  const subtype = typeof value.subtype === 'string' ? value.subtype.trim() : ''
  if (subtypes.length > 0 && subtype === '') {
    ctx.addIssue({ code: 'custom', path: ['subtype'], message: 'activity.subtypeRequired' })
  } else if (subtype !== '' && !subtypes.includes(subtype)) {
    ctx.addIssue({ code: 'custom', path: ['subtype'], message: 'activity.subtypeNotForKind' })
  }
  if (value.kind === 'SITE_VISIT') {
    const involved = new Set(asList(value.organisationIds))
    if (asList(value.visitedIds).some((id) => involved.has(id))) {
      ctx.addIssue({ code: 'custom', path: ['visitedIds'], message: 'activity.visitedAlsoInvolved' })
    }
    return
  }
  if (asList(value.visitedIds).length > 0) {
    ctx.addIssue({ code: 'custom', path: ['visitedIds'], message: 'activity.onlyForSiteVisit' })
  }
  for (const field of ['findings', 'followUpQuestions']) {
    if (filled(value[field])) {
      ctx.addIssue({ code: 'custom', path: [field], message: 'activity.onlyForSiteVisit' })
    }
  }
}

// A first follow-up is optional, but a due date or assignee without a description is not.
function checkFollowUpRules(value: Record<string, unknown>, ctx: Context) {
  if (filled(value.followUpDescription)) {
    if (!filled(value.followUpAssigneeId)) {
      ctx.addIssue({ code: 'custom', path: ['followUpAssigneeId'], message: 'validation.required' })
    }
  } else if (value.followUpDueDate) {
    ctx.addIssue({ code: 'custom', path: ['followUpDescription'], message: 'followUp.descriptionMissing' })
  }
}

const always = { when: () => true }

export type ActivityInput = {
  kind: ActivityKind
  subtype: string | null
  occurredAt: Date
  summary: string
  notes: string | null
  minutesSpent: number | null
  participationForm: ParticipationForm | null
  organisationIds: string[]
  visitedIds: string[]
  personIds: string[]
  themeIds: string[]
  findings: string | null
  followUpQuestions: string | null
}

type ParsedFields = z.output<z.ZodObject<typeof activityFields>>

// Returns the activity as the model stores it from the parsed form fields.
function toInput(fields: ParsedFields): ActivityInput {
  return {
    kind: fields.kind,
    subtype: fields.subtype,
    occurredAt: localMoment(fields.occurredOn, fields.occurredTime),
    summary: fields.summary,
    notes: fields.notes,
    minutesSpent: fields.timeSpent,
    participationForm: fields.participationForm,
    organisationIds: fields.organisationIds,
    visitedIds: fields.visitedIds,
    personIds: fields.personIds,
    themeIds: fields.themeIds,
    findings: fields.findings,
    followUpQuestions: fields.followUpQuestions,
  }
}

export type FirstFollowUp = { description: string; dueDate: Date | null; assigneeId: string }

// The full form of a new activity, with an optional first follow-up.
export const ActivityCreateSchema = z
  .object({ ...activityFields, ...followUpFields })
  .superRefine(checkKindRules, always)
  .superRefine(checkFollowUpRules, always)
  .transform((value) => ({
    activity: toInput(value),
    followUp:
      value.followUpDescription && value.followUpAssigneeId
        ? ({
            description: value.followUpDescription,
            dueDate: value.followUpDueDate,
            assigneeId: value.followUpAssigneeId,
          } satisfies FirstFollowUp)
        : null,
  }))

// The edit form: the same fields and the version the user started from.
export const ActivityUpdateSchema = z
  .object({
    ...activityFields,
    version: z.coerce.number().int().positive({ error: 'validation.invalid' }),
  })
  .superRefine(checkKindRules, always)
  .transform(({ version, ...value }) => ({ activity: toInput(value), version }))

// The quick contact form: with whom, how, when and about what.
export const QuickContactSchema = z
  .object({
    organisationId: optionalId,
    personId: optionalId,
    subtype: z.enum(ACTIVITY_SUBTYPES.CONTACT as [string, ...string[]], { error: 'validation.choice' }),
    occurredOn: activityDay,
    summary: requiredText(SUMMARY_MAX),
  })
  .superRefine((value, ctx) => {
    if (!filled(value.organisationId) && !filled(value.personId)) {
      ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'quickContact.whoMissing' })
    }
  }, always)
  .transform(
    (value): ActivityInput => ({
      kind: 'CONTACT',
      subtype: value.subtype,
      occurredAt: localMoment(value.occurredOn, null),
      summary: value.summary,
      notes: null,
      minutesSpent: null,
      participationForm: null,
      organisationIds: value.organisationId ? [value.organisationId] : [],
      visitedIds: [],
      personIds: value.personId ? [value.personId] : [],
      themeIds: [],
      findings: null,
      followUpQuestions: null,
    }),
  )

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => parseDateOnly(value) !== null)
  .optional()
  .catch(undefined)
const id = z.string().trim().min(1).max(64).optional().catch(undefined)

// The log's filters from the URL; a value that makes no sense falls back to "no filter".
export const ActivityListQuerySchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  soort: z.enum(ACTIVITY_KINDS).optional().catch(undefined),
  organisatie: id,
  persoon: id,
  thema: id,
  auteur: id,
  van: day,
  tot: day,
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type ActivityListQuery = z.output<typeof ActivityListQuerySchema>
