import { createServer, type Socket } from 'node:net'
import ICAL from 'ical.js'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it } from 'vitest'
import {
  deliverMessages,
  listMessages,
  REDACTED_LINK,
  retryMessage,
  storeMessages,
} from '~/models/mail/outbox.server.ts'
import { notifyInvitees } from '~/models/meeting/meeting-mail.server.ts'
import { loader as outboxLoader } from '~/routes/beheer.uitgaande-berichten._index.tsx'
import {
  action as messageAction,
  loader as messageLoader,
} from '~/routes/beheer.uitgaande-berichten.$messageId.tsx'
import { prisma } from '~/utils/db.server.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

const HOUR = 3_600_000

// A meeting next month (19:30–21:30 Amsterdam time in winter: 18:30–20:30 UTC) with two
// invited people, one of them without an e-mail address.
async function meetingWithInvitations(actorId: string, { title = 'Uitwisseling februari' } = {}) {
  const startsAt = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 1, 19, 18, 30))
  const meeting = await prisma.meeting.create({
    data: {
      kind: 'EXCHANGE',
      title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      location: 'Leeuwarden, Provinciehuis',
      createdById: actorId,
      sequence: 2,
      agendaItems: {
        create: [
          { position: 1, title: 'Opening en mededelingen' },
          { position: 2, title: 'Armoedebeleid', presenter: 'Hanneke de Vries' },
        ],
      },
    },
  })
  const council = await prisma.organisation.create({
    data: { name: 'Cliëntenraad Testdorp', type: 'CLIENT_COUNCIL_WI' },
  })
  const anna = await prisma.person.create({ data: { name: 'Anna Jansen', email: 'anna@example.org' } })
  const bert = await prisma.person.create({ data: { name: 'Bert Zonder Mail' } })
  for (const person of [anna, bert]) {
    await prisma.invitation.create({
      data: { meetingId: meeting.id, personId: person.id, organisationId: council.id, invitedAt: new Date() },
    })
  }
  return { meeting, anna, bert }
}

// Starts a real SMTP server on a free local port that keeps every message it receives and
// refuses the recipients in `refuse`.
async function startSmtpServer(port = 0, { refuse = [] as string[] } = {}) {
  const received: ParsedMail[] = []
  const recipients: string[][] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refuse.includes(address.address) ? new Error('550 Mailbox unavailable') : null)
    },
    onData(stream, session, callback) {
      recipients.push(session.envelope.rcptTo.map((rcpt) => rcpt.address))
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address()
  const boundPort = typeof address === 'object' && address ? address.port : port
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { port: boundPort, received, recipients, stop }
}

// Returns a TCP port that nothing listens on (it was free a moment ago).
function closedPort() {
  return new Promise<number>((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

// Starts a TCP server that hangs up on every connection, and counts them.
async function startHangUpServer() {
  const sockets: Socket[] = []
  const server = createServer((socket) => {
    sockets.push(socket)
    socket.destroy()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return { port, connections: () => sockets.length, stop }
}

const stops: (() => Promise<void>)[] = []

afterEach(async () => {
  delete process.env.SMTP_URL
  delete process.env.MAIL_FROM
  await Promise.all(stops.splice(0).map((stop) => stop()))
})

describe('mail without a mail server (the outbox)', () => {
  it('stores an invitation for everyone with an address, sends nothing, and lists who has no address', async () => {
    const { user } = await signedIn('coordinator')
    const { meeting, bert } = await meetingWithInvitations(user.id)

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_INVITATION',
      actorId: user.id,
    })

    expect(result).toEqual({
      queued: 1,
      failed: 0,
      withoutEmail: [{ personId: bert.id, name: 'Bert Zonder Mail' }],
    })
    const [message, ...others] = await prisma.outboxMessage.findMany({ where: { meetingId: meeting.id } })
    expect(others).toEqual([])
    expect(message).toMatchObject({
      status: 'OUTBOX',
      attempts: 0,
      sentAt: null,
      toAddress: 'anna@example.org',
      toName: 'Anna Jansen',
      kind: 'MEETING_INVITATION',
      icsMethod: 'REQUEST',
    })
    expect(message?.subject).toBe(
      `Uitnodiging: Uitwisseling februari op 19 februari ${meeting.startsAt.getUTCFullYear()}`,
    )
    // Dutch date and Amsterdam time (19:30, not the stored 18:30 UTC), location and agenda.
    expect(message?.text).toContain('Beste Anna Jansen,')
    expect(message?.text).toMatch(/Wanneer: \w+dag 19 februari \d{4}, 19:30–21:30 uur/)
    expect(message?.text).toContain('Waar: Leeuwarden, Provinciehuis')
    expect(message?.text).toContain('2. Armoedebeleid (Hanneke de Vries)')
    expect(message?.icsContent).toContain('METHOD:REQUEST')
    // An invitation names its organiser (RFC 5546): the sender, MAIL_FROM or the default.
    expect(message?.icsContent).toMatch(/ORGANIZER;CN="?Raadnet"?:mailto:noreply@raadnet.local/)
    expect(message?.icsContent).toContain(`UID:${meeting.id}@raadnet`)
    expect(message?.icsContent).toContain('SEQUENCE:2')
    expect(message?.icsContent).toContain('DTSTART;TZID=Europe/Amsterdam:')
  })

  it('shows the stored message to an administrator, without a retry button', async () => {
    const { user, cookie } = await signedIn('beheerder')
    const { meeting } = await meetingWithInvitations(user.id)
    await notifyInvitees({ meetingId: meeting.id, kind: 'MEETING_INVITATION', actorId: user.id })

    const list = await outcome<Awaited<ReturnType<typeof outboxLoader>>>(() =>
      outboxLoader({
        request: makeRequest('/beheer/uitgaande-berichten', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.data?.smtpConfigured).toBe(false)
    const row = list.data?.messages.find((item) => item.toAddress === 'anna@example.org')
    expect(row?.status).toBe('OUTBOX')

    const messageId = row?.id ?? ''
    const detail = await outcome<Awaited<ReturnType<typeof messageLoader>>>(() =>
      messageLoader({
        request: makeRequest(`/beheer/uitgaande-berichten/${messageId}`, { cookie }),
        params: { messageId },
        context: testContext(),
      }),
    )
    expect(detail.data?.message.icsContent).toContain('BEGIN:VCALENDAR')
    expect(detail.data?.canRetry).toBe(false)
  })

  it('answers 404 for a message that does not exist, and 403 to a coordinator', async () => {
    const { cookie } = await signedIn('beheerder')
    const missing = await outcome(() =>
      messageLoader({
        request: makeRequest('/beheer/uitgaande-berichten/bestaat-niet', { cookie }),
        params: { messageId: 'bestaat-niet' },
        context: testContext(),
      }),
    )
    expect(missing.status).toBe(404)
    const coordinator = await signedIn('coordinator')
    const refused = await outcome(() =>
      outboxLoader({
        request: makeRequest('/beheer/uitgaande-berichten', { cookie: coordinator.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(refused.status).toBe(403)
  })
})

describe('mail over SMTP', () => {
  it('sends an invitation with the meeting as an .ics REQUEST to the invited person', async () => {
    const smtp = await startSmtpServer()
    stops.push(smtp.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    process.env.MAIL_FROM = 'FSU Raadnet <bijeenkomsten@fsu.example>'
    const { user } = await signedIn('coordinator')
    const { meeting } = await meetingWithInvitations(user.id)

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_INVITATION',
      actorId: user.id,
    })

    expect(result.queued).toBe(1)
    expect(result.failed).toBe(0)
    expect(smtp.recipients).toEqual([['anna@example.org']])
    const mail = smtp.received[0]
    expect(mail?.from?.value).toEqual([{ name: 'FSU Raadnet', address: 'bijeenkomsten@fsu.example' }])
    expect(mail?.subject).toMatch(/^Uitnodiging: Uitwisseling februari op 19 februari \d{4}$/)
    expect(mail?.text).toContain('Waar: Leeuwarden, Provinciehuis')
    const ics = mail?.attachments.find((attachment) => attachment.filename === 'uitnodiging.ics')
    expect(ics).toBeDefined()
    const icsText = ics?.content.toString('utf8') ?? ''
    // A real iCalendar parser reads the invitation at 19:30 Amsterdam time.
    const calendar = new ICAL.Component(ICAL.parse(icsText))
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined)
    expect(event.uid).toBe(`${meeting.id}@raadnet`)
    expect(event.startDate.toString()).toMatch(/T19:30:00$/)
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Amsterdam')
    const stored = await prisma.outboxMessage.findFirstOrThrow({ where: { meetingId: meeting.id } })
    expect(stored).toMatchObject({ status: 'SENT', attempts: 1, error: null })
    expect(stored.sentAt).toBeInstanceOf(Date)
  })

  it('delivers a personal questionnaire link but keeps no usable copy of it once sent', async () => {
    const smtp = await startSmtpServer()
    stops.push(smtp.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    const token = 'Zq3xv9L0bF2kT7mYw1NcRpA5sUe8HdJg4oIiKlMnOpQ'
    const [id = ''] = await storeMessages([
      {
        kind: 'QUICKSCAN_INVITATION',
        toAddress: 'wethouder@example.org',
        subject: 'Vragenlijst',
        text: `Vul de vragenlijst in: https://raadnet.example/vragenlijst/${token}\nDank u wel.`,
      },
    ])

    const result = await deliverMessages([id])

    expect(result.sent).toBe(1)
    expect(smtp.received[0]?.text).toContain(`/vragenlijst/${token}`)
    const stored = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })
    expect(stored.status).toBe('SENT')
    expect(stored.text).not.toContain(token)
    expect(stored.text).toBe(`Vul de vragenlijst in: https://raadnet.example${REDACTED_LINK}\nDank u wel.`)
  })

  it('sends a cancellation as an .ics CANCEL with the event cancelled', async () => {
    const smtp = await startSmtpServer()
    stops.push(smtp.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    const { user } = await signedIn('coordinator')
    const { meeting } = await meetingWithInvitations(user.id)
    await prisma.meeting.update({
      where: { id: meeting.id },
      data: { status: 'CANCELLED', cancelReason: 'Te weinig aanmeldingen', sequence: 3 },
    })

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_CANCELLATION',
      actorId: user.id,
    })

    expect(result.failed).toBe(0)
    const mail = smtp.received[0]
    expect(mail?.from?.value).toEqual([{ name: 'Raadnet', address: 'noreply@raadnet.local' }])
    expect(mail?.subject).toMatch(/^Afgelast: Uitwisseling februari/)
    expect(mail?.text).toContain('Reden: Te weinig aanmeldingen')
    const icsText =
      mail?.attachments.find((a) => a.filename === 'afgelast.ics')?.content.toString('utf8') ?? ''
    expect(icsText).toContain('METHOD:CANCEL')
    expect(icsText).toContain('STATUS:CANCELLED')
    expect(icsText).toContain('SEQUENCE:3')
  })

  it('keeps the message FAILED with the error when the server is down, and sends it on retry once it is up', async () => {
    const port = await closedPort()
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`
    const { user, cookie } = await signedIn('beheerder')
    const { meeting } = await meetingWithInvitations(user.id)

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_INVITATION',
      actorId: user.id,
    })

    expect(result).toMatchObject({ queued: 1, failed: 1 })
    // The meeting and its invitations are untouched by the failure.
    expect(await prisma.invitation.count({ where: { meetingId: meeting.id } })).toBe(2)
    const failed = await prisma.outboxMessage.findFirstOrThrow({ where: { meetingId: meeting.id } })
    expect(failed.status).toBe('FAILED')
    expect(failed.attempts).toBe(1)
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i)

    // The administrator sees the error and a retry button.
    const list = await outcome<Awaited<ReturnType<typeof outboxLoader>>>(() =>
      outboxLoader({
        request: makeRequest('/beheer/uitgaande-berichten?status=FAILED', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(list.data?.messages.map((item) => item.id)).toEqual([failed.id])
    expect(list.data?.messages[0]?.error).toBe(failed.error)
    const detail = await outcome<Awaited<ReturnType<typeof messageLoader>>>(() =>
      messageLoader({
        request: makeRequest(`/beheer/uitgaande-berichten/${failed.id}`, { cookie }),
        params: { messageId: failed.id },
        context: testContext(),
      }),
    )
    expect(detail.data?.canRetry).toBe(true)

    const smtp = await startSmtpServer(port)
    stops.push(smtp.stop)
    const retried = await outcome(() =>
      messageAction({
        request: makeRequest(`/beheer/uitgaande-berichten/${failed.id}`, {
          cookie,
          form: { intent: 'retry' },
        }),
        params: { messageId: failed.id },
        context: testContext(),
      }),
    )
    expect(retried.status).toBe(302)
    expect(smtp.recipients).toEqual([['anna@example.org']])
    const sent = await prisma.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, error: null })
  })

  it('tries a server that hangs up only once for all messages of a round', async () => {
    const server = await startHangUpServer()
    stops.push(server.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${server.port}`
    const { user } = await signedIn('coordinator')
    const { meeting, bert } = await meetingWithInvitations(user.id)
    await prisma.person.update({ where: { id: bert.id }, data: { email: 'bert@example.org' } })

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_INVITATION',
      actorId: user.id,
    })

    expect(result).toMatchObject({ queued: 2, failed: 2 })
    expect(server.connections()).toBe(1)
    const messages = await prisma.outboxMessage.findMany({ where: { meetingId: meeting.id } })
    expect(messages.map((message) => message.status)).toEqual(['FAILED', 'FAILED'])
    expect(messages[0]?.error).toBeTruthy()
    expect(messages[1]?.error).toBe(messages[0]?.error)
  })

  it('keeps going after one recipient is refused', async () => {
    const smtp = await startSmtpServer(0, { refuse: ['anna@example.org'] })
    stops.push(smtp.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    const { user } = await signedIn('coordinator')
    const { meeting, bert } = await meetingWithInvitations(user.id)
    await prisma.person.update({ where: { id: bert.id }, data: { email: 'bert@example.org' } })

    const result = await notifyInvitees({
      meetingId: meeting.id,
      kind: 'MEETING_INVITATION',
      actorId: user.id,
    })

    expect(result).toMatchObject({ queued: 2, failed: 1 })
    expect(smtp.recipients).toEqual([['bert@example.org']])
    const anna = await prisma.outboxMessage.findFirstOrThrow({
      where: { meetingId: meeting.id, toAddress: 'anna@example.org' },
    })
    expect(anna.status).toBe('FAILED')
    expect(anna.error).toContain('Mailbox unavailable')
  })

  it('retries a single message through the model and leaves a sent one alone', async () => {
    const smtp = await startSmtpServer()
    stops.push(smtp.stop)
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`
    const { user } = await signedIn('coordinator')
    const { meeting } = await meetingWithInvitations(user.id)
    await notifyInvitees({ meetingId: meeting.id, kind: 'MEETING_UPDATE', actorId: user.id })
    const message = await prisma.outboxMessage.findFirstOrThrow({ where: { meetingId: meeting.id } })

    expect(await retryMessage(message.id)).toEqual({ sent: 0, failed: 0, kept: 0 })
    expect(await retryMessage('bestaat-niet')).toBeNull()
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]?.subject).toMatch(/^Gewijzigd: /)
    const page = await listMessages({ status: 'SENT', page: 1 })
    expect(page.counts.SENT).toBeGreaterThanOrEqual(1)
  })
})
