// The outbox: every e-mail Raadnet sends is stored first (OutboxMessage), then delivered.
// Without SMTP_URL a message stays with status OUTBOX and is only viewable; with SMTP_URL it
// is QUEUED, delivered at once, and kept as SENT or FAILED with the error, ready for a retry.
import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import { newId } from '~/utils/ids.server.ts'
import { isSmtpConfigured, sendMail } from '~/utils/mail.server.ts'
import { isOutboxStatus, OUTBOX_STATUSES, type OutboxStatus, RETRYABLE_STATUSES } from './outbox-statuses.ts'

export const OUTBOX_PAGE_SIZE = 25

// The longest error text kept; SMTP servers can answer at length.
const ERROR_MAX = 1000

export type NewMessage = {
  kind: string
  toAddress: string
  toName?: string | null
  subject: string
  text: string
  icsContent?: string | null
  icsMethod?: string | null
  meetingId?: string | null
  createdById?: string | null
}

export type DeliveryResult = { sent: number; failed: number; kept: number }

// Stores `messages` (in `tx` when given, so they commit with the change they announce):
// QUEUED when SMTP is configured, else OUTBOX. Returns their ids in the same order.
export async function storeMessages(messages: NewMessage[], tx: Prisma.TransactionClient = prisma) {
  const status: OutboxStatus = isSmtpConfigured() ? 'QUEUED' : 'OUTBOX'
  const rows = messages.map((message) => ({
    id: newId(),
    kind: message.kind,
    toAddress: message.toAddress,
    toName: message.toName ?? null,
    subject: message.subject,
    text: message.text,
    icsContent: message.icsContent ?? null,
    icsMethod: message.icsMethod ?? null,
    meetingId: message.meetingId ?? null,
    createdById: message.createdById ?? null,
    status,
  }))
  await tx.outboxMessage.createMany({ data: rows })
  return rows.map((row) => row.id)
}

// A personal quick-scan link is a key to someone's questionnaire: once the mail is
// delivered, the stored copy keeps the message but not the key.
const PERSONAL_LINK = /\/vragenlijst\/[A-Za-z0-9_-]+/g
export const REDACTED_LINK = '/vragenlijst/[verwijderd na verzenden]'

// Returns `text` without personal questionnaire links.
export function redactPersonalLinks(text: string) {
  return text.replace(PERSONAL_LINK, REDACTED_LINK)
}

// Returns the error of a failed attempt as one line of text to show.
function errorText(error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim().slice(0, ERROR_MAX) || 'Unknown error'
}

// Errors that say the mail server cannot be used at all (unreachable, refusing the login,
// TLS): after one of these the other messages of the same run are not tried, so that a down
// server costs one timeout, not one per message.
const SERVER_ERRORS = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EAUTH',
  'ENOAUTH',
  'ETLS',
  'ECONFIG',
])

// Returns true when `error` is about the server rather than this one message.
function isServerError(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && SERVER_ERRORS.has(code)
}

// Tries to deliver the messages with `ids` that are not sent yet, one by one, and records
// each attempt. Never throws for a mail problem: a failure leaves the message FAILED with
// the error. Without SMTP nothing is attempted (the messages stay where they are).
export async function deliverMessages(ids: string[]): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, kept: 0 }
  if (ids.length === 0) return result
  const messages = await prisma.outboxMessage.findMany({
    where: { id: { in: ids }, status: { in: [...RETRYABLE_STATUSES] } },
    orderBy: { createdAt: 'asc' },
  })
  if (!isSmtpConfigured()) {
    result.kept = messages.length
    return result
  }
  let serverDown: string | null = null
  for (const message of messages) {
    const attemptAt = new Date()
    let error: string | null = serverDown
    if (!error) {
      try {
        await sendMail({
          to: { address: message.toAddress, name: message.toName },
          subject: message.subject,
          text: message.text,
          ics:
            message.icsContent && message.icsMethod
              ? {
                  content: message.icsContent,
                  method: message.icsMethod,
                  filename: message.icsMethod === 'CANCEL' ? 'afgelast.ics' : 'uitnodiging.ics',
                }
              : null,
        })
      } catch (thrown) {
        error = errorText(thrown)
        if (isServerError(thrown)) serverDown = error
      }
    }
    await prisma.outboxMessage.update({
      where: { id: message.id },
      data: error
        ? { status: 'FAILED', error, attempts: { increment: 1 }, lastAttemptAt: attemptAt }
        : {
            status: 'SENT',
            text: redactPersonalLinks(message.text),
            error: null,
            attempts: { increment: 1 },
            lastAttemptAt: attemptAt,
            sentAt: new Date(),
          },
    })
    if (error) result.failed += 1
    else result.sent += 1
  }
  return result
}

// Retries one message; null when it does not exist. Sent messages are left alone.
export async function retryMessage(id: string): Promise<DeliveryResult | null> {
  const exists = await prisma.outboxMessage.findUnique({ where: { id }, select: { id: true } })
  if (!exists) return null
  return deliverMessages([id])
}

// Retries every message that failed or still waits.
export async function retryUnsentMessages(): Promise<DeliveryResult> {
  const waiting = await prisma.outboxMessage.findMany({
    where: { status: { in: [...RETRYABLE_STATUSES] } },
    select: { id: true },
  })
  return deliverMessages(waiting.map((message) => message.id))
}

// Returns one page of messages, newest first, optionally of one status, with the total.
export async function listMessages({ status, page }: { status?: OutboxStatus | null; page: number }) {
  const where: Prisma.OutboxMessageWhereInput = status ? { status } : {}
  const [total, messages, byStatus] = await Promise.all([
    prisma.outboxMessage.count({ where }),
    prisma.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (Math.max(1, page) - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        kind: true,
        toAddress: true,
        toName: true,
        subject: true,
        status: true,
        error: true,
        attempts: true,
        sentAt: true,
      },
    }),
    prisma.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } }),
  ])
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>
  for (const row of byStatus) if (isOutboxStatus(row.status)) counts[row.status] = row._count._all
  return {
    messages,
    total,
    counts,
    pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)),
  }
}

// Returns one message with everything stored about it, or null.
export function getMessage(id: string) {
  return prisma.outboxMessage.findUnique({
    where: { id },
    include: {
      meeting: { select: { id: true, title: true } },
      createdBy: { select: { id: true, name: true } },
    },
  })
}
