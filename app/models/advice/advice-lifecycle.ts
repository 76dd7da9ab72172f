// The lifecycle rules of an advice, without a database. An advice moves one step at a time
// through ADVICE_STATUSES: a requested advice starts at RECEIVED (the request came in), the
// others at IN_PREPARATION; then ADOPTED (adoptedOn) → SENT (sentOn, not before adoptedOn) →
// RESPONDED (responseOn not before sentOn, with an outcome) → CLOSED. One exception: an
// advice that was never sent may be closed early (request withdrawn, advice dropped), but
// only with a note saying why. Dates are date-only values (midnight UTC of the day).
import { formatDateOnly } from '~/utils/dates.ts'
import { type MessageKey, messageRef, t } from '~/utils/i18n/index.ts'
import {
  ADVICE_STATUSES,
  ADVICE_TYPES,
  type AdviceStatus,
  type AdviceType,
  RESPONSE_OUTCOMES,
  type ResponseOutcome,
} from './advice-types.ts'

const DAY_MS = 86_400_000

// Returns true when `value` is one of the advice statuses.
export function isAdviceStatus(value: unknown): value is AdviceStatus {
  return typeof value === 'string' && (ADVICE_STATUSES as readonly string[]).includes(value)
}

// Returns true when `value` is one of the advice types.
export function isAdviceType(value: unknown): value is AdviceType {
  return typeof value === 'string' && (ADVICE_TYPES as readonly string[]).includes(value)
}

// Returns true when `value` is one of the outcomes of a response.
export function isResponseOutcome(value: unknown): value is ResponseOutcome {
  return typeof value === 'string' && (RESPONSE_OUTCOMES as readonly string[]).includes(value)
}

// Returns the position of a status in the lifecycle (0 for RECEIVED).
export function statusIndex(status: AdviceStatus) {
  return ADVICE_STATUSES.indexOf(status)
}

// Returns the status a new advice of `type` starts in.
export function initialStatus(type: AdviceType): AdviceStatus {
  return type === 'REQUESTED' ? 'RECEIVED' : 'IN_PREPARATION'
}

// Returns the status that follows `current`, or null after the last one.
export function nextStatus(current: AdviceStatus): AdviceStatus | null {
  return ADVICE_STATUSES[statusIndex(current) + 1] ?? null
}

// Returns the statuses an advice of `type` passes through (RECEIVED only for a requested one).
export function lifecycleOf(type: string): readonly AdviceStatus[] {
  return type === 'REQUESTED' ? ADVICE_STATUSES : ADVICE_STATUSES.filter((status) => status !== 'RECEIVED')
}

// Returns true for the statuses before sending: the advice is still being made.
export function isBeforeSent(status: AdviceStatus) {
  return status === 'RECEIVED' || status === 'IN_PREPARATION' || status === 'ADOPTED'
}

// Returns true when closing from `from` skips steps, so it needs a note saying why.
export function closesEarly(from: AdviceStatus) {
  return isBeforeSent(from)
}

export type MoveVerdict =
  | { ok: true }
  | { ok: false; reason: 'same' | 'skip' | 'backward' | 'closed'; next: AdviceStatus | null }

// Returns whether an advice may move from `from` to `to`, and if not why and what the
// allowed next step is.
export function checkMove(from: AdviceStatus, to: AdviceStatus): MoveVerdict {
  const next = nextStatus(from)
  if (from === 'CLOSED') return { ok: false, reason: 'closed', next }
  if (to === next || (to === 'CLOSED' && closesEarly(from))) return { ok: true }
  if (to === from) return { ok: false, reason: 'same', next }
  return { ok: false, reason: statusIndex(to) < statusIndex(from) ? 'backward' : 'skip', next }
}

// Returns true when an advice may move from `from` to `to`.
export function canMove(from: AdviceStatus, to: AdviceStatus) {
  return checkMove(from, to).ok
}

const statusLabel = (status: AdviceStatus) => t(`adviceStatus.${status}`)

// Returns the message reference for a step the lifecycle refuses, naming the next step; null
// when the step is allowed.
export function moveMessage(from: AdviceStatus, to: AdviceStatus) {
  const verdict = checkMove(from, to)
  if (verdict.ok) return null
  if (verdict.reason === 'closed') return 'advice.lifecycle.closed'
  return messageRef(`advice.lifecycle.${verdict.reason}`, {
    to: statusLabel(to),
    next: verdict.next ? statusLabel(verdict.next) : '',
  })
}

// Returns the calendar day `weeks` weeks after `day`.
export function addWeeks(day: Date, weeks: number) {
  return new Date(day.getTime() + weeks * 7 * DAY_MS)
}

// Returns the number of calendar days from `from` to `to` (negative when `to` is earlier).
export function daysBetween(from: Date, to: Date) {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS)
}

// Returns the usual deadline of a requested advice: the day the request came in plus the
// council's own term (or the default term) in weeks.
export function defaultDeadline(requestReceivedOn: Date, termWeeks: number) {
  return addWeeks(requestReceivedOn, termWeeks)
}

// Returns true when a requested advice that is not yet sent has passed its deadline.
export function isDeadlineOverdue(advice: { status: string; deadline: Date | null }, today: Date) {
  return (
    advice.deadline !== null &&
    isAdviceStatus(advice.status) &&
    isBeforeSent(advice.status) &&
    advice.deadline.getTime() < today.getTime()
  )
}

// Returns the first day on which "no response" may be recorded: `weeks` weeks after sending.
export function noResponseFrom(sentOn: Date, weeks: number) {
  return addWeeks(sentOn, weeks)
}

export type StepRefusal = { field: string; message: string }

export type StepInput = {
  to: AdviceStatus
  advice: {
    status: AdviceStatus
    requestReceivedOn: Date | null
    adoptedOn: Date | null
    sentOn: Date | null
  }
  /** The date of the step: adopted on, sent on, or the date of the response. */
  on?: Date | null
  outcome?: ResponseOutcome | null
  reasoning?: string | null
  note?: string | null
  /** Today's calendar day in the Netherlands. */
  today: Date
  /** After how many weeks without a response "no response" may be recorded. */
  responseWeeks: number
}

// Returns every reason a step may not be taken, as field messages (message references):
// first whether the lifecycle allows it at all, then the dates and values the step needs.
export function checkStep(input: StepInput): StepRefusal[] {
  const { to, advice, today } = input
  const refused = moveMessage(advice.status, to)
  if (refused) return [{ field: 'form', message: refused }]
  const on = input.on ?? null
  const refusals: StepRefusal[] = []
  const dated = (field: string, earliest: Date | null, message: MessageKey) => {
    if (on === null) refusals.push({ field, message: 'validation.required' })
    else if (on.getTime() > today.getTime()) refusals.push({ field, message: 'advice.dateInFuture' })
    else if (earliest && on.getTime() < earliest.getTime()) {
      refusals.push({ field, message: messageRef(message, { date: formatDateOnly(earliest) }) })
    }
  }
  switch (to) {
    case 'ADOPTED':
      dated('adoptedOn', advice.requestReceivedOn, 'advice.adoptedBeforeRequest')
      break
    case 'SENT':
      dated('sentOn', advice.adoptedOn, 'advice.sentBeforeAdopted')
      break
    case 'RESPONDED': {
      const outcome = input.outcome ?? null
      if (on === null) {
        refusals.push({
          field: 'responseOn',
          message: outcome ? 'advice.outcomeWithoutDate' : 'validation.required',
        })
      } else dated('responseOn', advice.sentOn, 'advice.responseBeforeSent')
      if (outcome === null) refusals.push({ field: 'responseOutcome', message: 'advice.outcomeRequired' })
      if (outcome === 'NO_RESPONSE') {
        if (input.reasoning?.trim()) {
          refusals.push({ field: 'responseReasoning', message: 'advice.noResponseWithReasoning' })
        }
        const from = advice.sentOn ? noResponseFrom(advice.sentOn, input.responseWeeks) : null
        if (from && on && on.getTime() < from.getTime()) {
          refusals.push({
            field: 'responseOutcome',
            message: messageRef('advice.noResponseTooEarly', {
              weeks: input.responseWeeks,
              date: formatDateOnly(from),
            }),
          })
        }
      }
      break
    }
    case 'CLOSED':
      if (closesEarly(advice.status) && !input.note?.trim()) {
        refusals.push({ field: 'note', message: 'advice.closeNoteRequired' })
      }
      break
    default:
      break
  }
  return refusals
}
