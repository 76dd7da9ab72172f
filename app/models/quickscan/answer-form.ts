// The questionnaire as a respondent walks through it: the steps (an introduction about
// anonymity, the background questions, one step per dimension, a review), the draft that
// keeps answers between steps, and reading one step's form. Pure, so every rule about what
// counts as an answer is tested without a database.
import { messageRef } from '~/utils/i18n/index.ts'
import {
  BACKGROUND_EXPERIENCE,
  BACKGROUND_ROLES,
  BACKGROUND_YEARS,
  type ItemKind,
  LIKERT_MAX,
  LIKERT_MIN,
  OPEN_ANSWER_MAX,
  type RespondentGroup,
} from './quickscan-constants.ts'

export type AnswerItem = { id: string; code: string; kind: ItemKind; text: string; choices: string[] }
export type AnswerDimension = { id: string; code: string; name: string; items: AnswerItem[] }

// One answer as the draft keeps it. A number is a point of the scale (LIKERT) or the
// 1-based position of a choice (LADDER: `value` now, `desired` desired); null is "weet ik
// niet / n.v.t." — an answer all the same. A missing key is no answer yet.
export type DraftAnswer = { value?: number | null; desired?: number | null; text?: string }
export type Background = { role?: string; years?: string; experience?: string }
export type Draft = { background: Background; answers: Record<string, DraftAnswer> }

// The value a form sends for "weet ik niet / n.v.t.".
export const DONT_KNOW = 'dk'

export type Step =
  | { kind: 'intro' }
  | { kind: 'background' }
  | { kind: 'dimension'; dimension: AnswerDimension }
  | { kind: 'review' }

// Returns the steps of a questionnaire in order (shown 1-based: "Stap 3 van 9").
export function answerSteps(dimensions: AnswerDimension[]): Step[] {
  return [
    { kind: 'intro' },
    { kind: 'background' },
    ...dimensions.map((dimension) => ({ kind: 'dimension' as const, dimension })),
    { kind: 'review' },
  ]
}

// Returns the 1-based step number in a URL's "stap", kept within the questionnaire; the
// first step when it is missing or not a number.
export function stepNumber(raw: string | null | undefined, stepCount: number) {
  const number = raw && /^\d{1,3}$/.test(raw) ? Number(raw) : 1
  return Math.min(Math.max(number, 1), stepCount)
}

// Returns the form field names of an item: one per question it asks.
export function itemFields(item: AnswerItem) {
  if (item.kind === 'LADDER') return [`now-${item.id}`, `desired-${item.id}`]
  if (item.kind === 'OPEN') return [`text-${item.id}`]
  return [`item-${item.id}`]
}

// Returns the field names of the background questions for a group.
export function backgroundFields(group: RespondentGroup) {
  return group === 'COUNCIL' ? ['role', 'years', 'experience'] : ['role', 'years']
}

// Returns the choices of a background question for a group.
export function backgroundChoices(field: string, group: RespondentGroup): readonly string[] {
  if (field === 'role') return BACKGROUND_ROLES[group]
  if (field === 'years') return BACKGROUND_YEARS
  if (field === 'experience' && group === 'COUNCIL') return BACKGROUND_EXPERIENCE
  return []
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPoint = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99)

// Returns the draft stored with an invitation; an empty one when there is none or it is
// not readable. Only the known shape survives, so a damaged draft cannot break the form.
export function parseDraft(stored: string | null | undefined): Draft {
  const draft: Draft = { background: {}, answers: {} }
  if (!stored) return draft
  let parsed: unknown
  try {
    parsed = JSON.parse(stored)
  } catch {
    return draft
  }
  if (!isPlainObject(parsed)) return draft
  if (isPlainObject(parsed.background)) {
    for (const field of ['role', 'years', 'experience'] as const) {
      const value = parsed.background[field]
      if (typeof value === 'string' && value.length <= 40) draft.background[field] = value
    }
  }
  if (isPlainObject(parsed.answers)) {
    for (const [itemId, raw] of Object.entries(parsed.answers)) {
      if (!isPlainObject(raw) || itemId.length > 64) continue
      const answer: DraftAnswer = {}
      if ('value' in raw && isPoint(raw.value)) answer.value = raw.value
      if ('desired' in raw && isPoint(raw.desired)) answer.desired = raw.desired
      if (typeof raw.text === 'string' && raw.text.length <= OPEN_ANSWER_MAX) answer.text = raw.text
      draft.answers[itemId] = answer
    }
  }
  return draft
}

// Returns the draft as stored (JSON).
export function serializeDraft(draft: Draft) {
  return JSON.stringify(draft)
}

// Returns open-answer text as stored: plain text with line breaks, without other control
// characters and without spaces around it. Markup is kept as the characters typed; it is
// shown escaped, never as HTML.
export function normaliseOpenText(text: string) {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .trim()
  )
}

type Fields = Record<string, string | undefined>

export type StepReading = {
  /// Answers read from the form, to merge into the draft (only those given and valid).
  answers: Record<string, DraftAnswer>
  background: Background
  /// Field name → message reference, for answers that are missing or too long.
  errors: Record<string, string>
  /// True when a value lies outside the scale or the choices: the whole step is refused.
  invalid: boolean
}

// Returns the 1-based choice a form value names (or null for "weet ik niet"), or undefined
// when the value is not one of `count` choices.
function readPoint(raw: string, min: number, max: number): number | null | undefined {
  if (raw === DONT_KNOW) return null
  if (!/^\d{1,2}$/.test(raw)) return undefined
  const value = Number(raw)
  return value >= min && value <= max ? value : undefined
}

// Reads the answers of one dimension step. Every LIKERT item and both questions of a LADDER
// item need an answer ("weet ik niet" is one); an open answer is optional but may be at most
// OPEN_ANSWER_MAX characters. Fields of items outside this dimension are ignored.
export function readDimensionStep(dimension: AnswerDimension, fields: Fields): StepReading {
  const reading: StepReading = { answers: {}, background: {}, errors: {}, invalid: false }
  for (const item of dimension.items) {
    if (item.kind === 'OPEN') {
      const field = `text-${item.id}`
      const raw = fields[field]
      if (raw === undefined) continue
      const text = normaliseOpenText(raw)
      if (text.length > OPEN_ANSWER_MAX) {
        reading.errors[field] = messageRef('quickscan.answer.textTooLong', {
          max: OPEN_ANSWER_MAX,
          count: text.length,
        })
        continue
      }
      reading.answers[item.id] = { text }
      continue
    }
    const max = item.kind === 'LADDER' ? item.choices.length : LIKERT_MAX
    const min = item.kind === 'LADDER' ? 1 : LIKERT_MIN
    const answer: DraftAnswer = {}
    for (const field of itemFields(item)) {
      const raw = fields[field]
      const key = field.startsWith('desired-') ? 'desired' : 'value'
      if (raw === undefined || raw === '') {
        reading.errors[field] = 'quickscan.answer.missing'
        continue
      }
      const point = readPoint(raw, min, max)
      if (point === undefined) reading.invalid = true
      else answer[key] = point
    }
    if (Object.keys(answer).length > 0) reading.answers[item.id] = answer
  }
  return reading
}

// Reads the background step: role and years are required, experience (council members only)
// is optional. A value that is not one of the choices refuses the step.
export function readBackgroundStep(group: RespondentGroup, fields: Fields): StepReading {
  const reading: StepReading = { answers: {}, background: {}, errors: {}, invalid: false }
  for (const field of ['role', 'years', 'experience'] as const) {
    const raw = fields[field]
    const choices = backgroundChoices(field, group)
    if (raw === undefined || raw === '') {
      // These questions have no "weet ik niet": the message must not point to it.
      if (field !== 'experience') reading.errors[field] = 'quickscan.answer.missingChoice'
      continue
    }
    if (!choices.includes(raw)) reading.invalid = true
    else reading.background[field] = raw
  }
  return reading
}

// Returns the draft with a step's answers merged in: answers of that step that are now
// missing are removed, so that the draft says what the form showed.
export function mergeStep(draft: Draft, step: Step, reading: StepReading): Draft {
  if (step.kind === 'background') {
    return { ...draft, background: reading.background }
  }
  if (step.kind !== 'dimension') return draft
  const answers = { ...draft.answers }
  for (const item of step.dimension.items) {
    const read = reading.answers[item.id]
    if (read) answers[item.id] = read
    else if (item.kind !== 'OPEN') delete answers[item.id]
    else if (reading.errors[`text-${item.id}`] === undefined) delete answers[item.id]
  }
  return { ...draft, answers }
}

// Returns true when a draft answer answers every question of a required item.
function isComplete(item: AnswerItem, answer: DraftAnswer | undefined) {
  if (item.kind === 'OPEN') return true
  if (!answer || answer.value === undefined) return false
  return item.kind !== 'LADDER' || answer.desired !== undefined
}

export type MissingStep = { step: number; name: string; count: number }

// Returns, per step that lacks a required answer, its 1-based number, its name (the
// dimension; '' for the background) and how many answers it lacks. Empty: ready to send.
export function missingAnswers(draft: Draft, dimensions: AnswerDimension[], group: RespondentGroup) {
  const missing: MissingStep[] = []
  const background = ['role', 'years'].filter(
    (field) => !backgroundChoices(field, group).includes(draft.background[field as 'role' | 'years'] ?? ''),
  ).length
  if (background > 0) missing.push({ step: 2, name: '', count: background })
  dimensions.forEach((dimension, index) => {
    const count = dimension.items.filter((item) => !isComplete(item, draft.answers[item.id])).length
    if (count > 0) missing.push({ step: index + 3, name: dimension.name, count })
  })
  return missing
}

// Returns the answer rows of a complete draft as they are stored: one per LIKERT and LADDER
// item, and one per open answer with text. Values outside the scale never get here: the
// draft only holds values a step accepted, and they are checked again against the items.
export function responseAnswers(draft: Draft, dimensions: AnswerDimension[]) {
  const rows: { itemId: string; value: number | null; desiredValue: number | null; text: string | null }[] =
    []
  for (const item of dimensions.flatMap((dimension) => dimension.items)) {
    const answer = draft.answers[item.id]
    if (item.kind === 'OPEN') {
      const text = answer?.text ? normaliseOpenText(answer.text) : ''
      if (text && text.length <= OPEN_ANSWER_MAX) {
        rows.push({ itemId: item.id, value: null, desiredValue: null, text })
      }
      continue
    }
    if (!answer || answer.value === undefined) continue
    const max = item.kind === 'LADDER' ? item.choices.length : LIKERT_MAX
    const min = item.kind === 'LADDER' ? 1 : LIKERT_MIN
    const within = (point: number | null | undefined) =>
      point === null || point === undefined || (point >= min && point <= max)
    if (!within(answer.value) || !within(answer.desired)) continue
    rows.push({
      itemId: item.id,
      value: answer.value,
      desiredValue: item.kind === 'LADDER' ? (answer.desired ?? null) : null,
      text: null,
    })
  }
  return rows
}

// Returns the background as stored with the response (JSON): only known answers.
export function responseBackground(draft: Draft, group: RespondentGroup) {
  const background: Background = {}
  for (const field of backgroundFields(group) as (keyof Background)[]) {
    const value = draft.background[field]
    if (value && backgroundChoices(field, group).includes(value)) background[field] = value
  }
  return JSON.stringify(background)
}

// Returns the form values of a step from the draft (what the radio buttons and text boxes
// start with).
export function stepValues(draft: Draft, step: Step): Record<string, string> {
  const values: Record<string, string> = {}
  const point = (value: number | null | undefined) =>
    value === undefined ? undefined : value === null ? DONT_KNOW : String(value)
  if (step.kind === 'background') {
    for (const [field, value] of Object.entries(draft.background)) if (value) values[field] = value
  }
  if (step.kind === 'dimension') {
    for (const item of step.dimension.items) {
      const answer = draft.answers[item.id]
      if (!answer) continue
      if (item.kind === 'OPEN') {
        if (answer.text) values[`text-${item.id}`] = answer.text
        continue
      }
      const now = point(answer.value)
      if (now !== undefined) values[itemFields(item)[0] ?? ''] = now
      const desired = point(answer.desired)
      if (item.kind === 'LADDER' && desired !== undefined) values[`desired-${item.id}`] = desired
    }
  }
  return values
}
