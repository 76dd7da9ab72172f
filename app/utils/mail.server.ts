import { createTransport } from 'nodemailer'

// The mail transport. With SMTP_URL set (smtp://user:pass@host:587, smtps://… for TLS on
// connect) mail goes out over SMTP through nodemailer; without it Raadnet sends nothing and
// keeps every message in the outbox (/beheer/uitgaande-berichten), so an installation
// without a mail server works as is.

export const DEFAULT_MAIL_FROM = 'Raadnet <noreply@raadnet.local>'

// Short timeouts: a mail server that is down or unreachable fails the attempt within
// seconds instead of keeping a coordinator's request waiting.
const CONNECTION_TIMEOUT_MS = 5_000
const GREETING_TIMEOUT_MS = 5_000
const SOCKET_TIMEOUT_MS = 15_000

export type OutgoingMail = {
  to: { address: string; name?: string | null }
  subject: string
  text: string
  /// An iCalendar invitation or cancellation, sent as a text/calendar part and an .ics file.
  ics?: { content: string; method: string; filename: string } | null
}

// Returns the SMTP URL in force, or null when mail stays in the outbox. Read on every call,
// so a changed environment (and a test) takes effect without a restart.
export function smtpUrl(): string | null {
  const value = process.env.SMTP_URL?.trim()
  return value ? value : null
}

// Returns true when messages are sent over SMTP rather than kept in the outbox.
export function isSmtpConfigured() {
  return smtpUrl() !== null
}

// Returns the sender address of every message.
export function mailFrom() {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM
}

// Returns the sender as name and address ("Raadnet <noreply@…>" → both parts; a bare
// address is its own name).
export function mailSender() {
  const from = mailFrom()
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (!match) return { name: from, email: from }
  const email = (match[2] ?? '').trim()
  return { name: (match[1] ?? '').trim() || email, email }
}

let cached: { url: string; transport: ReturnType<typeof newTransport> } | undefined

function newTransport(url: string) {
  return createTransport({
    url,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  })
}

function transportFor(url: string) {
  if (cached?.url !== url) {
    cached?.transport.close()
    cached = { url, transport: newTransport(url) }
  }
  return cached.transport
}

// Sends one message over SMTP. Throws when SMTP is not configured or the server refuses or
// cannot be reached; the caller (the outbox) records the error.
export async function sendMail(mail: OutgoingMail) {
  const url = smtpUrl()
  if (!url) throw new Error('SMTP_URL is not set')
  await transportFor(url).sendMail({
    from: mailFrom(),
    to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
    subject: mail.subject,
    text: mail.text,
    ...(mail.ics
      ? { icalEvent: { method: mail.ics.method, filename: mail.ics.filename, content: mail.ics.content } }
      : {}),
  })
}
