import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'

// The life of a stored e-mail: kept in the outbox (no mail server), waiting to be sent,
// sent, or failed (with the error, ready for a retry).
export const OUTBOX_STATUSES = ['OUTBOX', 'QUEUED', 'SENT', 'FAILED'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

// Statuses a delivery may pick up: waiting, or tried without success. A message kept in the
// outbox while there was no mail server is not sent later: it may be long out of date.
export const RETRYABLE_STATUSES: readonly OutboxStatus[] = ['QUEUED', 'FAILED']

// Returns true when `value` is one of the outbox statuses.
export function isOutboxStatus(value: unknown): value is OutboxStatus {
  return typeof value === 'string' && (OUTBOX_STATUSES as readonly string[]).includes(value)
}

// Returns true when a message with `status` may be retried.
export function isRetryable(status: string) {
  return (RETRYABLE_STATUSES as readonly string[]).includes(status)
}

// Returns the Dutch label of an outbox status.
export function outboxStatusLabel(status: string) {
  return isOutboxStatus(status) ? t(`outbox.status.${status}` as MessageKey) : status
}

// Returns the badge tone of an outbox status: sent is a success, failed asks for attention.
export function outboxStatusTone(status: string): 'success' | 'warning' | 'neutral' {
  if (status === 'SENT') return 'success'
  if (status === 'FAILED') return 'warning'
  return 'neutral'
}

// Returns the Dutch label of a kind of mail; an unknown kind as stored.
export function mailKindLabel(kind: string) {
  const key = `mailKind.${kind}`
  return isMessageKey(key) ? t(key) : kind
}
