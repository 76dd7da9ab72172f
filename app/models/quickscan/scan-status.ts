// The rules of a scan's life (CONCEPT → OPEN → CLOSED → DISCUSSED → COMPLETED, and CLOSED
// back to OPEN while the period lasts) and of when respondents can answer. Pure, so the
// scan page, the invitation page and the questionnaire share them.
import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import { SCAN_STATUSES, type ScanStatus } from './quickscan-constants.ts'

// The explicit status changes, each a button on the scan page.
export const SCAN_TRANSITIONS = ['open', 'close', 'reopen', 'discuss', 'complete'] as const
export type ScanTransition = (typeof SCAN_TRANSITIONS)[number]

export const TRANSITION_STEPS: Record<ScanTransition, { from: ScanStatus; to: ScanStatus }> = {
  open: { from: 'CONCEPT', to: 'OPEN' },
  close: { from: 'OPEN', to: 'CLOSED' },
  reopen: { from: 'CLOSED', to: 'OPEN' },
  discuss: { from: 'CLOSED', to: 'DISCUSSED' },
  complete: { from: 'DISCUSSED', to: 'COMPLETED' },
}

export type ScanState = {
  status: string
  opensOn: Date | string
  closesOn: Date | string
}

// Returns true when `value` is one of the scan statuses.
export function isScanStatus(value: unknown): value is ScanStatus {
  return typeof value === 'string' && (SCAN_STATUSES as readonly string[]).includes(value)
}

// Returns true when `value` names a status change.
export function isScanTransition(value: unknown): value is ScanTransition {
  return typeof value === 'string' && (SCAN_TRANSITIONS as readonly string[]).includes(value)
}

const time = (date: Date | string) => new Date(date).getTime()

// Returns true when respondents can answer on `today` (a date-only value: midnight UTC of the
// Dutch day): the scan is OPEN and today lies from opensOn through closesOn.
export function isAnswerable(scan: ScanState, today: Date) {
  return (
    scan.status === 'OPEN' && time(scan.opensOn) <= today.getTime() && today.getTime() <= time(scan.closesOn)
  )
}

// Returns true when invitations can be added or renewed: while the scan is being prepared
// or is open. After closing nobody new can answer, so new links would only disappoint.
export function canInvite(status: string) {
  return status === 'CONCEPT' || status === 'OPEN'
}

// Returns why `transition` is not possible for the scan on `today`, or null when it is.
// Opening needs at least one invitation (an open scan nobody can answer is a mistake, and
// invitations can still be added while it is open) and a closing day not yet past;
// re-opening is only possible until the closing day.
// Completing needs every action of the plan gereed or vervallen (the plan page's rule).
export function transitionRefusal(
  transition: ScanTransition,
  scan: ScanState & { invitationCount: number; unfinishedActionCount?: number },
  today: Date,
): MessageKey | null {
  const step = TRANSITION_STEPS[transition]
  if (scan.status !== step.from) return 'quickscan.transition.wrongStatus'
  if (transition === 'complete' && (scan.unfinishedActionCount ?? 0) > 0) {
    return 'quickscan.transition.openActions'
  }
  if (transition === 'open') {
    if (scan.invitationCount === 0) return 'quickscan.transition.noInvitations'
    if (time(scan.closesOn) < today.getTime()) return 'quickscan.transition.periodOver'
  }
  if (transition === 'reopen' && time(scan.closesOn) < today.getTime()) {
    return 'quickscan.transition.periodOver'
  }
  return null
}

// Returns the status changes that start from the scan's status (possible or not; the page
// shows why a button is not available).
export function transitionsFrom(status: string): ScanTransition[] {
  return SCAN_TRANSITIONS.filter((transition) => TRANSITION_STEPS[transition].from === status)
}

// Returns the Dutch label of a scan status; an unknown status as stored.
export function scanStatusLabel(status: string) {
  const key = `quickscan.status.${status}`
  return isMessageKey(key) ? t(key) : status
}

// Returns the badge tone of a status: open asks for attention, completed is done.
export function scanStatusTone(status: string): 'success' | 'warning' | 'neutral' {
  if (status === 'OPEN') return 'warning'
  if (status === 'COMPLETED') return 'success'
  return 'neutral'
}

// Returns the options of a status filter, in the order of the scan's life.
export function scanStatusOptions() {
  return SCAN_STATUSES.map((status) => ({ value: status, label: scanStatusLabel(status) }))
}
