// Pure rules of the goede gesprek and the plan van aanpak (issue 7 part 7): how a topic (a
// dimension or an item) and an owner (a person or an organisation) travel through a form,
// which scan statuses allow them, and how actions are counted, ordered and followed up.
import {
  ACTION_STATUSES,
  type ActionStatus,
  CLOSED_ACTION_STATUSES,
  type ScanStatus,
} from './quickscan-constants.ts'

// The scan statuses in which the goede gesprek and the plan can be recorded: once the
// answers are in (the photo exists), and also after the plan was completed (a late note).
export const PLAN_STATUSES: readonly ScanStatus[] = ['CLOSED', 'DISCUSSED', 'COMPLETED']

// Returns true when a scan with `status` has a goede gesprek and a plan to record.
export function isPlanStatus(status: string) {
  return (PLAN_STATUSES as readonly string[]).includes(status)
}

// Returns true when `value` is one of the action statuses.
export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value)
}

// Returns true when an action with `status` is finished (gereed or vervallen): its
// follow-up is done.
export function isClosedActionStatus(status: string) {
  return (CLOSED_ACTION_STATUSES as readonly string[]).includes(status)
}

/** A topic of the goede gesprek or of an action: a whole dimension, or one item (by code). */
export type TopicRef = { kind: 'dimension'; code: string } | { kind: 'item'; code: string }

// Returns the form value of a topic: "dimension:A" or "item:A1".
export function topicKey(topic: TopicRef) {
  return `${topic.kind}:${topic.code}`
}

// Returns the topic a form value names, or null when it names none.
export function parseTopicKey(value: string): TopicRef | null {
  const match = /^(dimension|item):(.{1,40})$/.exec(value.trim())
  if (!match?.[2]) return null
  return { kind: match[1] === 'dimension' ? 'dimension' : 'item', code: match[2] }
}

/** Who carries an action out: a person or an organisation (by id). */
export type OwnerRef = { kind: 'person'; id: string } | { kind: 'organisation'; id: string }

// Returns the form value of an owner: "person:<id>" or "organisation:<id>".
export function ownerKey(owner: OwnerRef) {
  return `${owner.kind}:${owner.id}`
}

// Returns the owner a form value names, or null when it names none.
export function parseOwnerKey(value: string): OwnerRef | null {
  const match = /^(person|organisation):([\w-]{1,64})$/.exec(value.trim())
  if (!match?.[2]) return null
  return { kind: match[1] === 'person' ? 'person' : 'organisation', id: match[2] }
}

// Returns the description of an action's follow-up, as Mijn acties and the agenda show it.
export function followUpDescription(municipalityName: string, title: string) {
  return `Quickscan ${municipalityName}: ${title}`
}

// Returns true when an action that is still to do was due before `today` (a date-only
// value: midnight UTC of the Dutch day).
export function isActionOverdue(action: { status: string; dueOn: Date | null }, today: Date) {
  return (
    !isClosedActionStatus(action.status) && action.dueOn !== null && action.dueOn.getTime() < today.getTime()
  )
}

// Returns how many actions have each status (every status present, zero when none).
export function countByStatus(actions: readonly { status: string }[]) {
  const counts = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<
    ActionStatus,
    number
  >
  for (const action of actions) if (isActionStatus(action.status)) counts[action.status] += 1
  return counts
}

type Orderable = { status: string; dueOn: Date | null; createdAt: Date }

// Compares actions for the plan: by status in the order of the plan's life (open, bezig,
// gereed, vervallen), then the earliest due date first (undated last), then the oldest.
export function compareActions(a: Orderable, b: Orderable) {
  const rank = (status: string) => {
    const index = (ACTION_STATUSES as readonly string[]).indexOf(status)
    return index < 0 ? ACTION_STATUSES.length : index
  }
  if (rank(a.status) !== rank(b.status)) return rank(a.status) - rank(b.status)
  const dueA = a.dueOn?.getTime() ?? Number.POSITIVE_INFINITY
  const dueB = b.dueOn?.getTime() ?? Number.POSITIVE_INFINITY
  if (dueA !== dueB) return dueA < dueB ? -1 : 1
  return a.createdAt.getTime() - b.createdAt.getTime()
}

// Returns true when a scan can be completed ("Afronden"): the goede gesprek is recorded
// (DISCUSSED) and no action is still open or in progress.
export function canCompleteScan(status: string, actions: readonly { status: string }[]) {
  return status === 'DISCUSSED' && actions.every((action) => isClosedActionStatus(action.status))
}

// Returns the scan status after an action became `actionStatus`: a completed scan whose
// plan has work again goes back to DISCUSSED; any other status stays.
export function scanStatusAfterAction(scanStatus: string, actionStatus: string) {
  return scanStatus === 'COMPLETED' && !isClosedActionStatus(actionStatus) ? 'DISCUSSED' : scanStatus
}

// Returns the scan status after the goede gesprek was saved: CLOSED becomes DISCUSSED.
export function scanStatusAfterConversation(scanStatus: string) {
  return scanStatus === 'CLOSED' ? 'DISCUSSED' : scanStatus
}
