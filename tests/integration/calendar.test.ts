import { createHash } from 'node:crypto'
import ICAL from 'ical.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { localParts } from '~/models/activity/occurred-at.ts'
import { getFeedCalendar } from '~/models/calendar/feed.server.ts'
import { loader as agendaLoader } from '~/routes/agenda._index.tsx'
import { action as feedAction, loader as feedPageLoader } from '~/routes/agenda.feed.tsx'
import { loader as downloadLoader } from '~/routes/bijeenkomsten.$meetingId_.bijeenkomst[.]ics.ts'
import { loader as publicFeedLoader } from '~/routes/kalender.$token.raadnet[.]ics.ts'
import { prisma } from '~/utils/db.server.ts'
import { createTestUser, makeRequest, outcome, signedIn, testContext } from '../factories.ts'

type AgendaData = Awaited<ReturnType<typeof agendaLoader>>
type FeedCreated = { feedUrl: string }

const DAY_MS = 86_400_000

let organiserId = ''

beforeAll(async () => {
  organiserId = (await createTestUser({ role: 'coordinator', name: 'Corrie Agenda' })).id
})

// Creates a meeting directly in the database (the meeting pages are not part of this suite).
function createMeeting({
  title = `Bijeenkomst ${Math.random().toString(36).slice(2, 8)}`,
  startsAt,
  hours = 2,
  kind = 'EXCHANGE',
  status = 'PLANNED',
  location = 'Leeuwarden',
  description = null as string | null,
  cancelReason = null as string | null,
  agenda = [] as { title: string; presenter?: string }[],
}: {
  title?: string
  startsAt: Date
  hours?: number
  kind?: string
  status?: string
  location?: string
  description?: string | null
  cancelReason?: string | null
  agenda?: { title: string; presenter?: string }[]
}) {
  return prisma.meeting.create({
    data: {
      title,
      kind,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hours * 3_600_000),
      location,
      description,
      cancelReason,
      createdById: organiserId,
      agendaItems: {
        create: agenda.map((item, index) => ({
          position: index + 1,
          title: item.title,
          presenter: item.presenter ?? null,
        })),
      },
    },
  })
}

// Creates an open follow-up of an activity, due on `day` ("2026-11-05").
async function createFollowUp({
  assigneeId,
  day,
  description,
}: {
  assigneeId: string
  day: string
  description: string
}) {
  const activity = await prisma.activity.create({
    data: {
      kind: 'CONTACT',
      subtype: 'PHONE',
      occurredAt: new Date(),
      summary: `Contact voor ${description}`,
      authorId: organiserId,
    },
  })
  return prisma.followUp.create({
    data: {
      description,
      dueDate: new Date(`${day}T00:00:00.000Z`),
      assigneeId,
      activityId: activity.id,
      createdById: organiserId,
    },
  })
}

function openAgenda(cookie: string, search = '') {
  return outcome<AgendaData>(() =>
    agendaLoader({
      request: makeRequest(`/agenda${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

// Returns the titles of the entries on one day of the month view.
function titlesOn(data: AgendaData | undefined, day: string) {
  const found = data?.month?.weeks.flat().find((cell) => cell.day === day)
  return found?.entries.map((entry) => entry.title) ?? []
}

// Returns the Response of a loader that answers with a Response (returned or thrown).
async function responseOf(run: () => Promise<unknown>) {
  try {
    const result = await run()
    if (result instanceof Response) return result
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
  throw new Error('The loader did not answer with a Response')
}

function downloadResponse(meetingId: string, cookie: string) {
  return responseOf(() =>
    downloadLoader({
      request: makeRequest(`/bijeenkomsten/${meetingId}/bijeenkomst.ics`, { cookie }),
      params: { meetingId },
      context: testContext(),
    }),
  )
}

function feedResponse(token: string) {
  return responseOf(() =>
    publicFeedLoader({
      request: makeRequest(`/kalender/${token}/raadnet.ics`),
      params: { token },
      context: testContext(),
    }),
  )
}

// Creates a feed through the page's form and returns the token from the URL it shows.
async function createFeedAs(cookie: string) {
  const created = await outcome<FeedCreated>(() =>
    feedAction({
      request: makeRequest('/agenda/feed', { cookie, form: { intent: 'create' } }),
      params: {},
      context: testContext(),
    }),
  )
  expect(created.status).toBe(200)
  const url = new URL(created.data?.feedUrl ?? '')
  const match = /^\/kalender\/([^/]+)\/raadnet\.ics$/.exec(url.pathname)
  expect(match, url.pathname).not.toBeNull()
  return match?.[1] ?? ''
}

type ParsedEvent = {
  uid: string
  summary: string
  description: string
  status: string
  sequence: number
  /** Local wall-clock time as written, "2026-10-22T19:30:00". */
  localStart: string
  localEnd: string
  tzid: string
  /** The UTC instant ical.js computes from the VTIMEZONE. */
  utcStart: string
  utcEnd: string
}

// Parses an iCalendar text with ical.js, using only the VTIMEZONE the file itself carries.
function parseCalendar(text: string) {
  const root = new ICAL.Component(ICAL.parse(text))
  ICAL.TimezoneService.reset()
  const zones = root.getAllSubcomponents('vtimezone')
  for (const zone of zones) ICAL.TimezoneService.register(zone)
  const events: ParsedEvent[] = root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(component.getFirstPropertyValue('status')),
      sequence: event.sequence,
      localStart: event.startDate.toString(),
      localEnd: event.endDate.toString(),
      tzid: event.startDate.zone?.tzid ?? '',
      utcStart: event.startDate.toJSDate().toISOString(),
      utcEnd: event.endDate.toJSDate().toISOString(),
    }
  })
  return {
    method: String(root.getFirstPropertyValue('method')),
    timezones: zones.map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events,
  }
}

describe('the agenda page', () => {
  it('puts a meeting at 00:30 Dutch time on the 1st on the 1st, not on the last day of the month before', async () => {
    const { cookie } = await signedIn('lezer')
    // 00:30 in Amsterdam on 1 November 2026 (CET) is 23:30 UTC on 31 October.
    await createMeeting({ title: 'Nachtelijke start', startsAt: new Date('2026-10-31T23:30:00Z') })
    const november = await openAgenda(cookie, '?maand=2026-11')
    expect(november.status).toBe(200)
    expect(november.data?.month?.title).toBe('november 2026')
    expect(titlesOn(november.data, '2026-11-01')).toContain('Nachtelijke start')
    expect(titlesOn(november.data, '2026-10-31')).not.toContain('Nachtelijke start')
    const entry = november.data?.month?.weeks
      .flat()
      .flatMap((cell) => cell.entries)
      .find((item) => item.title === 'Nachtelijke start')
    expect(entry).toMatchObject({
      time: '00:30',
      endTime: '02:30',
      href: expect.stringMatching(/^\/bijeenkomsten\//),
    })
  })

  it('shows the month as weeks from Monday to Sunday, with links to the months before and after', async () => {
    const { cookie } = await signedIn('lezer')
    const { data } = await openAgenda(cookie, '?maand=2026-11')
    const month = data?.month
    expect(month?.weekdays[0]?.long).toBe('maandag')
    expect(month?.weekdays[6]?.long).toBe('zondag')
    expect(month?.weeks[0]?.map((cell) => cell.day)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ])
    expect(month?.previous).toEqual({ title: 'oktober 2026', href: '/agenda?maand=2026-10' })
    expect(month?.next).toEqual({ title: 'december 2026', href: '/agenda?maand=2026-12' })
  })

  it('marks today, and falls back to the current month for a month that makes no sense, saying so', async () => {
    const { cookie } = await signedIn('lezer')
    const today = localParts(new Date()).day
    for (const [search, unknown] of [
      ['', false],
      ['?maand=', false],
      ['?maand=2026-13', true],
      ['?maand=9999-01', true],
      ['?maand=99999-01', true],
      ['?maand=abc', true],
      ['?maand=%00', true],
      [`?maand=${'2026-11'.repeat(10)}`, true],
      ['?maand=november&weergave=raar', true],
    ] as const) {
      const { status, data } = await openAgenda(cookie, search)
      expect(status, search).toBe(200)
      expect(data?.month?.key, search).toBe(today.slice(0, 7))
      expect(data?.unknownMonth, search).toBe(unknown)
      const marked = data?.month?.weeks.flat().filter((cell) => cell.isToday) ?? []
      expect(marked.map((cell) => cell.day)).toEqual([today])
      // The current month needs no "back to this month" link, and no link repeats the
      // month that makes no sense.
      expect(data?.month?.current).toBeNull()
      expect(JSON.stringify(data?.links), search).not.toContain('maand=')
    }
    // A month that exists is no fallback, and the list view has no month to fall back from.
    expect((await openAgenda(cookie, '?maand=2026-11')).data?.unknownMonth).toBe(false)
    expect((await openAgenda(cookie, '?maand=abc&weergave=lijst')).data?.unknownMonth).toBe(false)
  })

  it('shows every meeting with its kind and status, a cancelled one marked as such', async () => {
    const { cookie } = await signedIn('lezer')
    await createMeeting({
      title: 'Thema armoede',
      kind: 'THEME',
      status: 'CONFIRMED',
      startsAt: new Date('2026-06-11T17:30:00Z'),
    })
    await createMeeting({
      title: 'Afgelaste cursus',
      kind: 'COURSE',
      status: 'CANCELLED',
      startsAt: new Date('2026-06-18T08:00:00Z'),
    })
    const { data } = await openAgenda(cookie, '?maand=2026-06')
    const entries = data?.month?.weeks.flat().flatMap((cell) => cell.entries) ?? []
    expect(entries.find((entry) => entry.title === 'Thema armoede')).toMatchObject({
      label: 'Themabijeenkomst',
      statusLabel: 'Bevestigd',
      cancelled: false,
      time: '19:30',
    })
    expect(entries.find((entry) => entry.title === 'Afgelaste cursus')).toMatchObject({
      label: 'Cursus',
      statusLabel: 'Afgelast',
      cancelled: true,
      time: '10:00',
    })
  })

  it("shows the user's own open follow-ups on their due date, and everyone's only when asked", async () => {
    const { user, cookie } = await signedIn('opbouwwerker')
    const colleague = await createTestUser({ role: 'opbouwwerker', name: 'Collega Jansen' })
    await createFollowUp({ assigneeId: user.id, day: '2026-07-09', description: 'Eigen actie juli' })
    await createFollowUp({ assigneeId: colleague.id, day: '2026-07-09', description: 'Actie van collega' })
    const done = await createFollowUp({ assigneeId: user.id, day: '2026-07-10', description: 'Al gedaan' })
    await prisma.followUp.update({ where: { id: done.id }, data: { done: true, doneAt: new Date() } })

    const mine = await openAgenda(cookie, '?maand=2026-07')
    expect(titlesOn(mine.data, '2026-07-09')).toEqual(['Eigen actie juli'])
    expect(titlesOn(mine.data, '2026-07-10')).toEqual([])
    const own = mine.data?.month?.weeks.flat().flatMap((cell) => cell.entries)[0]
    expect(own).toMatchObject({ type: 'followUp', label: 'Actie', assigneeName: null })
    expect(own?.href).toMatch(/^\/activiteiten\//)

    const everyone = await openAgenda(cookie, '?maand=2026-07&acties=iedereen')
    const entries = everyone.data?.month?.weeks.flat().flatMap((cell) => cell.entries) ?? []
    expect(entries.find((entry) => entry.title === 'Actie van collega')?.assigneeName).toBe('Collega Jansen')
    expect(entries.map((entry) => entry.title)).not.toContain('Al gedaan')
  })

  it('lists what is coming from today in date order, a page at a time without gaps or repeats', async () => {
    const { user, cookie } = await signedIn('opbouwwerker')
    const now = Date.now()
    await createMeeting({ title: 'Gisteren geweest', startsAt: new Date(now - 2 * DAY_MS) })
    const titles: string[] = []
    for (let index = 0; index < 40; index += 1) {
      const title = `Komend ${String(index).padStart(2, '0')}`
      titles.push(title)
      await createMeeting({ title, startsAt: new Date(now + (index + 1) * DAY_MS + 3_600_000) })
    }
    const dueDay = localParts(new Date(now + 5.5 * DAY_MS)).day
    await createFollowUp({ assigneeId: user.id, day: dueDay, description: 'Komende actie' })

    const seen: string[] = []
    const first = await openAgenda(cookie, '?weergave=lijst')
    const pageCount = first.data?.upcoming?.pageCount ?? 0
    expect(pageCount).toBeGreaterThanOrEqual(2)
    for (let page = 1; page <= pageCount; page += 1) {
      const { data } = await openAgenda(cookie, `?weergave=lijst&pagina=${page}`)
      expect(data?.upcoming?.page).toBe(page)
      for (const day of data?.upcoming?.days ?? []) seen.push(...day.entries.map((entry) => entry.title))
    }
    expect(seen).not.toContain('Gisteren geweest')
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.filter((title) => titles.includes(title))).toEqual(titles)
    expect(seen).toContain('Komende actie')
    // The follow-up stands on its day, before that day's meetings.
    const dayWithFollowUp = (await openAgenda(cookie, '?weergave=lijst')).data?.upcoming?.days.find(
      (day) => day.day === dueDay,
    )
    expect(dayWithFollowUp?.entries[0]?.title).toBe('Komende actie')

    // A page far beyond the last shows the last page, not an error.
    const beyond = await openAgenda(cookie, '?weergave=lijst&pagina=9999')
    expect(beyond.status).toBe(200)
    expect(beyond.data?.upcoming?.page).toBe(pageCount)
  })
})

describe('the .ics download of a meeting', () => {
  it('is an attachment with a safe file name, and parses with the right local times on both sides of the DST change', async () => {
    const { cookie } = await signedIn('lezer')
    // 19:30 Dutch time: summer time (UTC+2) on 22 October 2026, winter time (UTC+1) on 29 October.
    const summer = await createMeeting({
      title: 'Uitwisseling: cliëntenraden & Wmo',
      startsAt: new Date('2026-10-22T17:30:00Z'),
      agenda: [{ title: 'Opening' }, { title: 'Armoedebeleid', presenter: 'Partoer' }],
      description: 'Jaarlijkse uitwisseling.',
    })
    const winter = await createMeeting({ title: 'Na de klok', startsAt: new Date('2026-10-29T18:30:00Z') })

    const response = await downloadResponse(summer.id, cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="uitwisseling-clientenraden-wmo-2026-10-22.ics"',
    )
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')

    const parsed = parseCalendar(await response.text())
    expect(parsed.method).toBe('PUBLISH')
    expect(parsed.timezones).toEqual(['Europe/Amsterdam'])
    expect(parsed.events).toHaveLength(1)
    expect(parsed.events[0]).toMatchObject({
      uid: `${summer.id}@raadnet`,
      summary: 'Uitwisseling: cliëntenraden & Wmo',
      // Planned, not yet confirmed: calendars show it as tentative.
      status: 'TENTATIVE',
      sequence: 0,
      tzid: 'Europe/Amsterdam',
      localStart: '2026-10-22T19:30:00',
      localEnd: '2026-10-22T21:30:00',
      utcStart: '2026-10-22T17:30:00.000Z',
      utcEnd: '2026-10-22T19:30:00.000Z',
    })
    expect(parsed.events[0]?.description).toContain('Provinciale uitwisselingsbijeenkomst')
    expect(parsed.events[0]?.description).toContain('Jaarlijkse uitwisseling.')
    expect(parsed.events[0]?.description).toContain('1. Opening')
    expect(parsed.events[0]?.description).toContain('2. Armoedebeleid (Partoer)')
    expect(parsed.events[0]?.description).not.toMatch(/https?:/)

    await prisma.meeting.update({ where: { id: winter.id }, data: { status: 'CONFIRMED' } })
    const after = parseCalendar(await (await downloadResponse(winter.id, cookie)).text()).events[0]
    expect(after).toMatchObject({
      localStart: '2026-10-29T19:30:00',
      utcStart: '2026-10-29T18:30:00.000Z',
      tzid: 'Europe/Amsterdam',
      status: 'CONFIRMED',
    })
  })

  it('gets the spring change right too: 19:30 on 26 March 2026 is UTC+1, on 2 April UTC+2', async () => {
    const { cookie } = await signedIn('lezer')
    const before = await createMeeting({
      title: 'Voor de zomertijd',
      startsAt: new Date('2026-03-26T18:30:00Z'),
    })
    const after = await createMeeting({
      title: 'In de zomertijd',
      startsAt: new Date('2026-04-02T17:30:00Z'),
    })
    const first = parseCalendar(await (await downloadResponse(before.id, cookie)).text()).events[0]
    const second = parseCalendar(await (await downloadResponse(after.id, cookie)).text()).events[0]
    expect(first).toMatchObject({ localStart: '2026-03-26T19:30:00', utcStart: '2026-03-26T18:30:00.000Z' })
    expect(second).toMatchObject({ localStart: '2026-04-02T19:30:00', utcStart: '2026-04-02T17:30:00.000Z' })
  })

  it('keeps the UID when the meeting changes, follows its SEQUENCE and marks a cancellation', async () => {
    const { cookie } = await signedIn('lezer')
    const meeting = await createMeeting({ title: 'Wordt verzet', startsAt: new Date('2026-09-17T17:30:00Z') })
    const original = parseCalendar(await (await downloadResponse(meeting.id, cookie)).text()).events[0]

    await prisma.meeting.update({
      where: { id: meeting.id },
      data: {
        title: 'Verzet naar later',
        startsAt: new Date('2026-09-24T17:30:00Z'),
        endsAt: new Date('2026-09-24T19:30:00Z'),
        sequence: 1,
      },
    })
    const moved = parseCalendar(await (await downloadResponse(meeting.id, cookie)).text()).events[0]
    expect(moved?.uid).toBe(original?.uid)
    expect(moved).toMatchObject({
      summary: 'Verzet naar later',
      sequence: 1,
      localStart: '2026-09-24T19:30:00',
    })

    await prisma.meeting.update({
      where: { id: meeting.id },
      data: { status: 'CANCELLED', cancelReason: 'Te weinig aanmeldingen', sequence: 2 },
    })
    const cancelled = parseCalendar(await (await downloadResponse(meeting.id, cookie)).text()).events[0]
    expect(cancelled).toMatchObject({ uid: original?.uid, status: 'CANCELLED', sequence: 2 })
    expect(cancelled?.summary).toBe('Afgelast: Verzet naar later')
    expect(cancelled?.description).toContain('Te weinig aanmeldingen')
  })

  it('answers 404 for a meeting that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    const response = await downloadResponse('bestaat-niet', cookie)
    expect(response.status).toBe(404)
    expect(response.headers.get('Content-Disposition')).toBeNull()
  })
})

describe('the personal iCalendar feed', () => {
  it('gives a lezer a feed URL once; only the hash of its token is stored', async () => {
    const { user, cookie } = await signedIn('lezer')
    const before = await outcome<Awaited<ReturnType<typeof feedPageLoader>>>(() =>
      feedPageLoader({
        request: makeRequest('/agenda/feed', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(before.data?.feed).toBeNull()

    const token = await createFeedAs(cookie)
    // 32 random bytes in base64url: 43 characters, 256 bits.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const stored = await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: user.id } })
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(token)

    // The page afterwards knows there is a feed, but cannot show its URL again.
    const after = await outcome<Awaited<ReturnType<typeof feedPageLoader>>>(() =>
      feedPageLoader({
        request: makeRequest('/agenda/feed', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(after.data?.feed?.createdAt).toBeInstanceOf(Date)
    expect(JSON.stringify(after.data)).not.toContain(token)
  })

  it('serves every meeting from twelve months back, cancelled ones as cancelled, with correct local times', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const now = Date.now()
    const old = await createMeeting({ title: 'Te lang geleden', startsAt: new Date(now - 400 * DAY_MS) })
    const recent = await createMeeting({
      title: 'Tien maanden terug',
      startsAt: new Date(now - 300 * DAY_MS),
    })
    const cancelled = await createMeeting({
      title: 'Gaat niet door',
      status: 'CANCELLED',
      startsAt: new Date(now + 20 * DAY_MS),
    })
    const dst = await createMeeting({ title: 'Eind oktober', startsAt: new Date('2026-10-29T18:30:00Z') })
    const token = await createFeedAs(cookie)

    const response = await feedResponse(token)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(response.headers.get('Content-Disposition')).toBeNull()
    const parsed = parseCalendar(await response.text())
    expect(parsed.timezones).toEqual(['Europe/Amsterdam'])
    const byUid = new Map(parsed.events.map((event) => [event.uid, event]))
    expect(byUid.has(`${old.id}@raadnet`)).toBe(false)
    expect(byUid.has(`${recent.id}@raadnet`)).toBe(true)
    expect(byUid.get(`${cancelled.id}@raadnet`)?.status).toBe('CANCELLED')
    expect(byUid.get(`${dst.id}@raadnet`)).toMatchObject({
      localStart: '2026-10-29T19:30:00',
      utcStart: '2026-10-29T18:30:00.000Z',
      tzid: 'Europe/Amsterdam',
    })
  })

  it('answers the same bare 404 for a wrong, a malformed, a replaced and a revoked token, and for a deactivated user', async () => {
    const { user, cookie } = await signedIn('lezer')
    const first = await createFeedAs(cookie)
    expect((await feedResponse(first)).status).toBe(200)

    // A new URL makes the old one stop working.
    const second = await createFeedAs(cookie)
    expect(second).not.toBe(first)
    const answers = [await feedResponse(first)]
    expect((await feedResponse(second)).status).toBe(200)

    answers.push(await feedResponse('A'.repeat(43)))
    answers.push(await feedResponse('kapot!%$'))
    answers.push(await feedResponse(''))

    const revoked = await outcome(() =>
      feedAction({
        request: makeRequest('/agenda/feed', { cookie, form: { intent: 'revoke' } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(revoked.status).toBe(302)
    expect(await prisma.calendarFeed.count({ where: { userId: user.id } })).toBe(0)
    answers.push(await feedResponse(second))

    const other = await signedIn('opbouwwerker')
    const deactivatedToken = await createFeedAs(other.cookie)
    await prisma.user.update({ where: { id: other.user.id }, data: { active: false } })
    answers.push(await feedResponse(deactivatedToken))

    for (const answer of answers) {
      expect(answer.status).toBe(404)
      expect(answer.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
      expect(answer.headers.get('Cache-Control')).toBe('private, no-store')
      expect(await answer.text()).toBe('Niet gevonden')
    }
  })

  it('refuses an unknown form intent with 400', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome(() =>
      feedAction({
        request: makeRequest('/agenda/feed', { cookie, form: { intent: 'iets-anders' } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(400)
  })

  it('records when the feed was last fetched, at most once an hour', async () => {
    const { user, cookie } = await signedIn('lezer')
    const token = await createFeedAs(cookie)
    const lastUsed = async () =>
      (await prisma.calendarFeed.findUniqueOrThrow({ where: { userId: user.id } })).lastUsedAt?.toISOString()
    expect(await lastUsed()).toBeUndefined()
    const start = new Date('2026-11-26T09:00:00Z')
    await getFeedCalendar({ token, origin: 'http://localhost', now: start })
    expect(await lastUsed()).toBe('2026-11-26T09:00:00.000Z')
    await getFeedCalendar({ token, origin: 'http://localhost', now: new Date('2026-11-26T09:59:00Z') })
    expect(await lastUsed()).toBe('2026-11-26T09:00:00.000Z')
    await getFeedCalendar({ token, origin: 'http://localhost', now: new Date('2026-11-26T10:00:00Z') })
    expect(await lastUsed()).toBe('2026-11-26T10:00:00.000Z')
  })

  it('serves a few hundred meetings in one quick answer', async () => {
    const { cookie } = await signedIn('lezer')
    const now = Date.now()
    await prisma.meeting.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({
        title: `Reeks ${index}`,
        kind: 'EXCHANGE',
        startsAt: new Date(now + index * DAY_MS),
        endsAt: new Date(now + index * DAY_MS + 7_200_000),
        createdById: organiserId,
      })),
    })
    const token = await createFeedAs(cookie)
    const started = performance.now()
    const response = await feedResponse(token)
    const text = await response.text()
    const elapsed = performance.now() - started
    expect(parseCalendar(text).events.filter((event) => event.summary.startsWith('Reeks '))).toHaveLength(300)
    // Generous for a slow test machine; one query for the meetings takes a fraction of this.
    expect(elapsed).toBeLessThan(3_000)
  })
})
