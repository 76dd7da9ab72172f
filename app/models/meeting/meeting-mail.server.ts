// The e-mail about a meeting to the people invited to it: an invitation, an update or a
// cancellation, in plain Dutch text with the meeting as an iCalendar attachment (REQUEST
// for invitations and updates, CANCEL for cancellations; the same UID and SEQUENCE as the
// download and the feed, so calendar apps update the event they already have).
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'
import { deliverMessages, type NewMessage, storeMessages } from '~/models/mail/outbox.server.ts'
import { TIME_ZONE } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { buildCalendar, type IcsMethod } from '~/utils/ics.server.ts'
import { mailSender } from '~/utils/mail.server.ts'
import type { MailKind } from './meeting-kinds.ts'
import { formatMeetingWhen } from './meeting-times.ts'

export type NotifyInput = {
  meetingId: string
  kind: MailKind
  actorId: string
  /// Only these people (their invitations to this meeting); everyone invited when absent.
  personIds?: string[]
}

export type NotifyResult = {
  /// Messages stored (and, with SMTP, handed to delivery).
  queued: number
  /// Invited people without an e-mail address: invited all the same, but no mail.
  withoutEmail: { personId: string; name: string }[]
  /// Messages whose delivery failed (kept as FAILED with the error, for a retry).
  failed: number
}

// What an e-mail, the invitation page and the checklist show of a meeting.
export const meetingSummarySelect = {
  id: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  status: true,
} as const

const METHOD: Record<MailKind, IcsMethod> = {
  MEETING_INVITATION: 'REQUEST',
  MEETING_UPDATE: 'REQUEST',
  MEETING_CANCELLATION: 'CANCEL',
}

type MailMeeting = {
  kind: string
  title: string
  startsAt: Date
  endsAt: Date
  location: string | null
  description: string | null
  cancelReason: string | null
  agendaItems: { position: number; title: string; presenter: string | null }[]
}

// Returns the subject and text of the mail of `kind` about `meeting` to `name`.
export function composeMeetingMail({
  kind,
  meeting,
  name,
  senderName,
}: {
  kind: MailKind
  meeting: MailMeeting
  name: string
  senderName: string
}) {
  const when = `${formatMeetingWhen(meeting.startsAt, meeting.endsAt)} ${t('mail.hours')}`
  const params = {
    title: meeting.title,
    kind: t(`meetingKind.${meeting.kind}` as MessageKey),
    date: format(new TZDate(meeting.startsAt, TIME_ZONE), 'd MMMM yyyy', { locale: nl }),
    when,
  }
  const lines = [t('mail.greeting', { name }), '', t(`mail.intro.${kind}` as MessageKey, params)]
  if (kind === 'MEETING_CANCELLATION' && meeting.cancelReason) {
    lines.push('', t('mail.cancelReason', { reason: meeting.cancelReason }))
  }
  lines.push('', `${t('mail.when')}: ${when}`)
  if (meeting.location) lines.push(`${t('mail.where')}: ${meeting.location}`)
  if (kind !== 'MEETING_CANCELLATION') {
    const agenda = [...meeting.agendaItems].sort((a, b) => a.position - b.position)
    if (agenda.length > 0) {
      lines.push('', `${t('mail.agenda')}:`)
      agenda.forEach((item, index) => {
        lines.push(`${index + 1}. ${item.title}${item.presenter ? ` (${item.presenter})` : ''}`)
      })
    }
    if (meeting.description) lines.push('', meeting.description)
  }
  lines.push(
    '',
    t(kind === 'MEETING_CANCELLATION' ? 'mail.icsCancelHint' : 'mail.icsHint'),
    '',
    t('mail.closing'),
    senderName,
  )
  return { subject: t(`mail.subject.${kind}` as MessageKey, params), text: lines.join('\n') }
}

// Stores a mail of `kind` for every invited person (or `personIds`) with an e-mail address
// and delivers them when SMTP is configured. Never throws for a mail problem: a failed
// delivery is kept as FAILED and counted; the caller's own change is committed already.
export async function notifyInvitees(input: NotifyInput): Promise<NotifyResult> {
  const result: NotifyResult = { queued: 0, withoutEmail: [], failed: 0 }
  if (input.personIds && input.personIds.length === 0) return result
  const meeting = await prisma.meeting.findUnique({
    where: { id: input.meetingId },
    select: {
      ...meetingSummarySelect,
      description: true,
      cancelReason: true,
      sequence: true,
      updatedAt: true,
      agendaItems: { select: { position: true, title: true, presenter: true } },
      invitations: {
        where: input.personIds ? { personId: { in: input.personIds } } : {},
        select: { person: { select: { id: true, name: true, email: true } } },
      },
    },
  })
  if (!meeting) return result
  const actor = await prisma.user.findUnique({ where: { id: input.actorId }, select: { name: true } })
  const senderName = actor?.name ?? t('app.name')

  const method = METHOD[input.kind]
  const agendaText = [...meeting.agendaItems]
    .sort((a, b) => a.position - b.position)
    .map((item, index) => `${index + 1}. ${item.title}`)
    .join('\n')
  const icsContent = buildCalendar({
    name: meeting.title,
    method,
    // RFC 5546: a REQUEST or CANCEL names its organiser; some mail programs only offer
    // "accept" when it does.
    organizer: mailSender(),
    events: [
      {
        id: meeting.id,
        title: meeting.title,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        location: meeting.location,
        description: [meeting.description, agendaText].filter(Boolean).join('\n\n') || null,
        sequence: meeting.sequence,
        cancelled: input.kind === 'MEETING_CANCELLATION',
        tentative: meeting.status === 'PLANNED',
        updatedAt: meeting.updatedAt,
      },
    ],
  })

  const messages: NewMessage[] = []
  const people = meeting.invitations
    .map((invitation) => invitation.person)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  for (const person of people) {
    const address = person.email?.trim()
    if (!address) {
      result.withoutEmail.push({ personId: person.id, name: person.name })
      continue
    }
    const { subject, text } = composeMeetingMail({
      kind: input.kind,
      meeting,
      name: person.name,
      senderName,
    })
    messages.push({
      kind: input.kind,
      toAddress: address,
      toName: person.name,
      subject,
      text,
      icsContent,
      icsMethod: method,
      meetingId: meeting.id,
      createdById: input.actorId,
    })
  }
  const ids = await storeMessages(messages)
  result.queued = ids.length
  const delivery = await deliverMessages(ids)
  result.failed = delivery.failed
  return result
}
