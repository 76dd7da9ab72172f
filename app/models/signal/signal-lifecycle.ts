// The lifecycle rule of a signal: it moves forward one step at a time through
// SIGNAL_STATUSES (NEW → FORWARDED → IN_PROGRESS → PROCESSED → FED_BACK → CLOSED).
// The one exception: a signal may be closed from any open status (e.g. "niet bruikbaar"),
// but then a note saying why is required (see `closeNeedsNote`).
import { SIGNAL_STATUSES, type SignalStatus } from './signal-statuses.ts'

// Returns true when `value` is one of the signal statuses.
export function isSignalStatus(value: unknown): value is SignalStatus {
  return typeof value === 'string' && (SIGNAL_STATUSES as readonly string[]).includes(value)
}

// Returns the position of a status in the lifecycle (0 for NEW).
export function statusIndex(status: SignalStatus) {
  return SIGNAL_STATUSES.indexOf(status)
}

// Returns the status that follows `current`, or null after the last one.
export function nextStatus(current: SignalStatus): SignalStatus | null {
  return SIGNAL_STATUSES[statusIndex(current) + 1] ?? null
}

export type MoveVerdict =
  | { ok: true }
  | { ok: false; reason: 'same' | 'skip' | 'backward' | 'closed'; next: SignalStatus | null }

// Returns whether a signal may move from `from` to `to`, and if not why and what the
// allowed next step is.
export function checkMove(from: SignalStatus, to: SignalStatus): MoveVerdict {
  const next = nextStatus(from)
  if (from === 'CLOSED') return { ok: false, reason: 'closed', next }
  if (to === next || to === 'CLOSED') return { ok: true }
  if (to === from) return { ok: false, reason: 'same', next }
  return { ok: false, reason: statusIndex(to) < statusIndex(from) ? 'backward' : 'skip', next }
}

// Returns true when a signal may move from `from` to `to`.
export function canMove(from: SignalStatus, to: SignalStatus) {
  return checkMove(from, to).ok
}

// Returns true when closing from `from` skips steps, so the closing note is required.
export function closeNeedsNote(from: SignalStatus) {
  return from !== 'FED_BACK'
}

// Returns true for the statuses in which a signal still needs work (not fed back or closed).
export function isOpenStatus(status: SignalStatus) {
  return status !== 'FED_BACK' && status !== 'CLOSED'
}

export const OPEN_STATUSES = SIGNAL_STATUSES.filter(isOpenStatus)
