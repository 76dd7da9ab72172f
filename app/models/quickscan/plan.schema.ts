// Form and search-param schemas of the goede gesprek and the plan van aanpak, shared by the
// routes. Errors are message references (app/utils/i18n); empty optional fields become null.
// The rules that need the database (a topic of this scan's questionnaire, an existing person
// or organisation) live in conversation.server.ts and plan.server.ts.
import { z } from 'zod'
import { messageRef } from '~/utils/i18n/index.ts'
import { optionalDate, optionalText, requiredText } from '~/utils/validation.ts'
import { parseOwnerKey, parseTopicKey } from './plan-helpers.ts'
import { ACTION_STATUSES, OPEN_ANSWER_MAX } from './quickscan-constants.ts'

export const ACTION_TITLE_MAX = 200
export const ACTION_DESCRIPTION_MAX = 2000
export const PARTICIPANTS_MAX = 1000
export const CONVERSATION_NOTES_MAX = 10_000
export const TOPIC_NOTE_MAX = OPEN_ANSWER_MAX
const ID_MAX = 64

// The form fields of the notes per topic are named after the topic: "note:item:A1".
export const TOPIC_NOTE_PREFIX = 'note:'

// Returns the form field of the note on a topic ("note:dimension:C").
export const topicNoteField = (topicKey: string) => `${TOPIC_NOTE_PREFIX}${topicKey}`

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// A required id from a hidden field.
const requiredId = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(ID_MAX, { error: 'validation.unknownReference' })

// The version a form was opened with (0: the record did not exist yet).
const version = z.coerce
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .min(0, { error: 'validation.invalid' })

// An optional topic ("dimension:A" or "item:A1"); anything else is refused.
const optionalTopic = z
  .preprocess(blankToUndefined, z.string().max(60, { error: 'validation.choice' }).optional())
  .transform((value, ctx) => {
    if (value === undefined) return null
    const topic = parseTopicKey(value)
    if (!topic) ctx.addIssue({ code: 'custom', message: 'validation.choice' })
    return topic
  })

// An optional owner ("person:<id>" or "organisation:<id>"); anything else is refused.
const optionalOwner = z
  .preprocess(blankToUndefined, z.string().max(100, { error: 'validation.choice' }).optional())
  .transform((value, ctx) => {
    if (value === undefined) return null
    const owner = parseOwnerKey(value)
    if (!owner) ctx.addIssue({ code: 'custom', message: 'validation.choice' })
    return owner
  })

// A required calendar day from an <input type="date">.
const requiredDate = optionalDate.transform((value, ctx) => {
  if (value === null) {
    ctx.addIssue({ code: 'custom', message: 'validation.required' })
    return z.NEVER
  }
  return value
})

// Puts a message on a topic's note that is too long or names no topic, and on the extra
// topic when its note has none.
function checkTopicNotes(input: Record<string, unknown>, ctx: z.RefinementCtx) {
  const extraNote = input.extraNote
  if (typeof extraNote === 'string' && extraNote.trim() !== '' && !input.extraTopic) {
    ctx.addIssue({ code: 'custom', path: ['extraTopic'], message: 'quickscanPlan.conversation.chooseTopic' })
  }
  for (const [field, note] of Object.entries(input)) {
    if (!field.startsWith(TOPIC_NOTE_PREFIX)) continue
    if (!parseTopicKey(field.slice(TOPIC_NOTE_PREFIX.length)) || typeof note !== 'string') {
      ctx.addIssue({ code: 'custom', path: [field], message: 'validation.choice' })
    } else if (note.trim().length > TOPIC_NOTE_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: messageRef('validation.tooLong', { max: TOPIC_NOTE_MAX }),
      })
    }
  }
}

const actionStatus = z.enum(ACTION_STATUSES, { error: 'validation.choice' })

// An action of the plan: what, explained, about which topic, by whom, by when, how far.
const actionFields = {
  title: requiredText(ACTION_TITLE_MAX),
  description: optionalText(ACTION_DESCRIPTION_MAX),
  topic: optionalTopic,
  owner: optionalOwner,
  dueOn: optionalDate,
  status: z.preprocess((value) => blankToUndefined(value) ?? 'OPEN', actionStatus),
}

export const ActionCreateSchema = z.object(actionFields)
export type ActionFields = z.output<typeof ActionCreateSchema>

export const ActionUpdateSchema = z.object({ ...actionFields, actionId: requiredId, version })

// One tap on a status button.
export const ActionStatusSchema = z.object({ actionId: requiredId, status: actionStatus })

export const ActionIdSchema = z.object({ actionId: requiredId })

// The goede gesprek: when, who was there (names and roles, no client data), what was said in
// general, and per topic. Notes come from the fields "note:<topic>", plus one topic chosen
// from a select with its note ("extraTopic", "extraNote").
export const ConversationSchema = z
  .looseObject({
    heldOn: requiredDate,
    participants: requiredText(PARTICIPANTS_MAX),
    notes: optionalText(CONVERSATION_NOTES_MAX),
    extraTopic: optionalTopic,
    extraNote: optionalText(TOPIC_NOTE_MAX),
    version,
  })
  // Also when other fields failed, so that the user sees every problem at once.
  .superRefine(checkTopicNotes, { when: () => true })
  .transform((value) => {
    const topicNotes = new Map<string, string>()
    for (const [field, note] of Object.entries(value)) {
      if (!field.startsWith(TOPIC_NOTE_PREFIX) || typeof note !== 'string' || note.trim() === '') continue
      topicNotes.set(field.slice(TOPIC_NOTE_PREFIX.length), note.trim())
    }
    if (value.extraTopic && value.extraNote) {
      const key = `${value.extraTopic.kind}:${value.extraTopic.code}`
      const before = topicNotes.get(key)
      topicNotes.set(key, before ? `${before}\n\n${value.extraNote}` : value.extraNote)
    }
    return {
      heldOn: value.heldOn,
      participants: value.participants,
      notes: value.notes,
      version: value.version,
      topicNotes: [...topicNotes].flatMap(([key, note]) => {
        const topic = parseTopicKey(key)
        return topic ? [{ topic, note }] : []
      }),
    }
  })
export type ConversationInput = z.output<typeof ConversationSchema>

const fallback = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined)

// The filters of the actions CSV (?scan=…&gemeente=…&status=…); a bad value is ignored.
export const ActionExportQuerySchema = z.object({
  scan: fallback(z.string().trim().min(1).max(ID_MAX)),
  gemeente: fallback(z.string().trim().min(1).max(ID_MAX)),
  status: fallback(actionStatus),
})
export type ActionExportQuery = z.output<typeof ActionExportQuerySchema>
