import { afterEach, describe, expect, it } from 'vitest'
import { getDashboard } from '~/models/dashboard/dashboard.server.ts'
import { formatDutchDay } from '~/models/dashboard/dashboard-dates.ts'
import { loader } from '~/routes/_index.tsx'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestOrganisation,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

// Thursday 26 November 2026, 11:00 in the Netherlands.
const now = new Date('2026-11-26T10:00:00Z')
// A calendar day relative to `now`, as the date-only value we store.
const day = (offset: number) => new Date(Date.UTC(2026, 10, 26 + offset))

async function activity({
  organisationIds = [],
  at,
  summary = 'Contact gehad',
}: {
  organisationIds?: string[]
  at: string | Date
  summary?: string
}) {
  const author = await createTestUser()
  return prisma.activity.create({
    data: {
      kind: 'CONTACT',
      subtype: 'telefoon',
      summary,
      occurredAt: new Date(at),
      authorId: author.id,
      organisations: { create: organisationIds.map((organisationId) => ({ organisationId })) },
    },
  })
}

async function followUp({
  assigneeId,
  description,
  dueDate = null,
  done = false,
}: {
  assigneeId: string
  description: string
  dueDate?: Date | null
  done?: boolean
}) {
  const made = await activity({ at: '2026-11-01T10:00:00Z' })
  return prisma.followUp.create({
    data: { description, dueDate, done, assigneeId, activityId: made.id, createdById: assigneeId },
  })
}

async function advice(fields: {
  title: string
  type?: string
  status: string
  councilIds: string[]
  deadline?: Date
  sentOn?: Date
  responseOn?: Date
  responseOutcome?: string
}) {
  const author = await createTestUser()
  const { councilIds, type = 'REQUESTED', ...rest } = fields
  return prisma.advice.create({
    data: {
      type,
      requestReceivedOn: type === 'REQUESTED' ? day(-60) : null,
      ...rest,
      createdById: author.id,
      councils: { create: councilIds.map((organisationId) => ({ organisationId })) },
    },
  })
}

async function meeting({
  title,
  startsAt,
  hours = 2,
  status = 'PLANNED',
  kind = 'EXCHANGE',
  location = null,
  organiserIds = [],
}: {
  title: string
  startsAt: string
  hours?: number
  status?: string
  kind?: string
  location?: string | null
  organiserIds?: string[]
}) {
  const creator = await createTestUser({ role: 'coordinator' })
  const start = new Date(startsAt)
  return prisma.meeting.create({
    data: {
      title,
      kind,
      status,
      location,
      startsAt: start,
      endsAt: new Date(start.getTime() + hours * 3_600_000),
      createdById: creator.id,
      organisers: { create: organiserIds.map((userId) => ({ userId })) },
    },
  })
}

afterEach(async () => {
  delete process.env.DASHBOARD_NO_CONTACT_MONTHS
  await prisma.setting.deleteMany()
})

describe('Mijn acties on the dashboard', () => {
  it("shows only the user's own open follow-ups, the overdue ones first and marked", async () => {
    const me = await createTestUser()
    const colleague = await createTestUser()
    await followUp({ assigneeId: me.id, description: 'Geen datum' })
    await followUp({ assigneeId: me.id, description: 'Morgen', dueDate: day(1) })
    await followUp({ assigneeId: me.id, description: 'Vorige week', dueDate: day(-7) })
    await followUp({ assigneeId: me.id, description: 'Al gedaan', dueDate: day(-9), done: true })
    await followUp({ assigneeId: colleague.id, description: 'Van een collega', dueDate: day(-20) })

    const { myActions } = await getDashboard({ userId: me.id, now })
    expect(myActions.total).toBe(3)
    expect(myActions.items.map((item) => [item.description, item.overdue])).toEqual([
      ['Vorige week', true],
      ['Morgen', false],
      ['Geen datum', false],
    ])
    expect(myActions.items[0]?.href).toMatch(/^\/activiteiten\//)
  })

  it('shows at most five and counts them all', async () => {
    const me = await createTestUser()
    for (let offset = 1; offset <= 7; offset++) {
      await followUp({ assigneeId: me.id, description: `Actie ${offset}`, dueDate: day(offset) })
    }
    const { myActions } = await getDashboard({ userId: me.id, now })
    expect(myActions.total).toBe(7)
    expect(myActions.items.map((item) => item.description)).toEqual([
      'Actie 1',
      'Actie 2',
      'Actie 3',
      'Actie 4',
      'Actie 5',
    ])
  })
})

describe('upcoming meetings on the dashboard', () => {
  // Each case looks at a week of its own, so the meetings of one case stay out of another.
  afterEach(async () => {
    await prisma.meeting.deleteMany()
  })

  it('lists the meetings of the coming eight weeks, soonest first, without cancelled or past ones', async () => {
    const me = await createTestUser()
    const soon = await meeting({ title: 'Uitwisseling december', startsAt: '2026-12-03T18:30:00Z' })
    const running = await meeting({ title: 'Loopt nu', startsAt: '2026-11-26T09:00:00Z', kind: 'COURSE' })
    const lastDay = await meeting({ title: 'Laatste dag', startsAt: '2027-01-21T22:00:00Z', hours: 1 })
    await meeting({ title: 'Al geweest', startsAt: '2026-11-25T18:30:00Z' })
    await meeting({ title: 'Afgelast', startsAt: '2026-12-10T18:30:00Z', status: 'CANCELLED' })
    // Friday 22 January 2027 in Dutch time: one day too far.
    await meeting({ title: 'Te ver weg', startsAt: '2027-01-21T23:00:00Z' })

    const { meetings } = await getDashboard({ userId: me.id, now })
    expect(meetings.weeks).toBe(8)
    expect(meetings.total).toBe(3)
    expect(meetings.items.map((item) => item.id)).toEqual([running.id, soon.id, lastDay.id])
  })

  it('marks the meetings the user organises, and shows at most eight', async () => {
    const me = await createTestUser()
    const colleague = await createTestUser()
    const mine = await meeting({
      title: 'Themabijeenkomst armoede',
      startsAt: '2026-12-01T18:30:00Z',
      kind: 'THEME',
      organiserIds: [me.id, colleague.id],
    })
    for (let week = 1; week <= 8; week++) {
      const day = String(week * 3 + 1).padStart(2, '0')
      await meeting({
        title: `Overleg ${week}`,
        startsAt: `2026-12-${day}T09:00:00Z`,
        organiserIds: [colleague.id],
      })
    }

    const { meetings } = await getDashboard({ userId: me.id, now })
    expect(meetings.total).toBe(9)
    expect(meetings.items).toHaveLength(8)
    expect(meetings.items[0]).toMatchObject({ id: mine.id, mine: true, kind: 'THEME' })
    expect(meetings.items.slice(1).every((item) => !item.mine)).toBe(true)
  })

  it('links a joint action agreed at a meeting to that meeting under Mijn acties', async () => {
    const me = await createTestUser()
    const held = await meeting({
      title: 'Uitwisseling oktober',
      startsAt: '2026-10-15T17:30:00Z',
      status: 'HELD',
    })
    await prisma.followUp.create({
      data: {
        description: 'Brief aan de Tweede Kamer opstellen',
        dueDate: day(7),
        assigneeId: me.id,
        meetingId: held.id,
        createdById: me.id,
      },
    })
    const { myActions } = await getDashboard({ userId: me.id, now })
    expect(myActions.items.map((item) => [item.description, item.href])).toEqual([
      ['Brief aan de Tweede Kamer opstellen', `/bijeenkomsten/${held.id}`],
    ])
  })
})

describe('advices on the dashboard', () => {
  it('lists requested advices due within two weeks or overdue, soonest first, with their councils', async () => {
    const me = await createTestUser()
    const [wi, wmo] = [
      await createTestOrganisation({ name: 'Cliëntenraad Noord' }),
      await createTestOrganisation({ name: 'Wmo-raad Noord', type: 'WMO_COUNCIL' }),
    ]
    const soon = await advice({
      title: 'Advies binnen tien dagen',
      status: 'IN_PREPARATION',
      deadline: day(10),
      councilIds: [wmo.id, wi.id],
    })
    await advice({
      title: 'Advies over dertig dagen',
      status: 'RECEIVED',
      deadline: day(30),
      councilIds: [wi.id],
    })
    const late = await advice({
      title: 'Advies te laat',
      status: 'ADOPTED',
      deadline: day(-3),
      councilIds: [wi.id],
    })
    await advice({
      title: 'Advies al verstuurd',
      status: 'SENT',
      deadline: day(-5),
      sentOn: day(-6),
      councilIds: [wi.id],
    })
    await advice({ title: 'Advies afgesloten', status: 'CLOSED', deadline: day(2), councilIds: [wi.id] })

    const { deadlines } = await getDashboard({ userId: me.id, now })
    expect(deadlines.days).toBe(14)
    expect(deadlines.items.map((item) => [item.id, item.overdue, item.daysLeft])).toEqual([
      [late.id, true, -3],
      [soon.id, false, 10],
    ])
    expect(deadlines.items[1]?.councils.map((council) => council.name)).toEqual([
      'Cliëntenraad Noord',
      'Wmo-raad Noord',
    ])
  })

  it('lists sent advices waiting longer than eight weeks for the college, not those answered', async () => {
    const me = await createTestUser()
    const council = await createTestOrganisation({ name: 'Cliëntenraad Zuid' })
    const waiting = await advice({
      title: 'Wacht negen weken',
      type: 'UNREQUESTED',
      status: 'SENT',
      sentOn: day(-63),
      councilIds: [council.id],
    })
    await advice({
      title: 'Wacht drie weken',
      type: 'UNREQUESTED',
      status: 'SENT',
      sentOn: day(-21),
      councilIds: [council.id],
    })
    await advice({
      title: 'Beantwoord',
      type: 'UNREQUESTED',
      status: 'RESPONDED',
      sentOn: day(-70),
      responseOn: day(-10),
      responseOutcome: 'ADOPTED',
      councilIds: [council.id],
    })

    const { responses } = await getDashboard({ userId: me.id, now })
    expect(responses.weeks).toBe(8)
    expect(responses.items.map((item) => [item.id, item.weeksWaiting])).toEqual([[waiting.id, 9]])
    expect(responses.items[0]?.councils.map((c) => c.name)).toEqual(['Cliëntenraad Zuid'])
  })
})

describe('signals on the dashboard', () => {
  it('lists signals forwarded more than six weeks ago without feedback, not those fed back', async () => {
    const me = await createTestUser()
    const point = await createTestOrganisation({ type: 'SUPPORT_POINT' })
    const council = await createTestOrganisation()
    const signal = (title: string, status: string, forwardedOn: Date) =>
      prisma.signal.create({
        data: {
          sourceId: point.id,
          receivedOn: day(-80),
          title,
          description: 'Situatie',
          status,
          createdById: me.id,
          forwards: { create: [{ organisationId: council.id, forwardedOn, forwardedById: me.id }] },
        },
      })
    const stuck = await signal('Wacht al zeven weken', 'FORWARDED', day(-49))
    await signal('Teruggekoppeld', 'FED_BACK', day(-70))
    await signal('Pas doorgestuurd', 'FORWARDED', day(-7))

    const { signals } = await getDashboard({ userId: me.id, now })
    expect(signals.total).toBe(1)
    expect(signals.items.map((item) => [item.id, item.weeksWaiting])).toEqual([[stuck.id, 7]])
  })
})

describe('councils without contact on the dashboard', () => {
  it('lists active councils silent for three months with their last contact, never contacted ones as such', async () => {
    const me = await createTestUser()
    const silent = await createTestOrganisation({ name: 'Stille raad' })
    const recent = await createTestOrganisation({ name: 'Drukke raad' })
    const never = await createTestOrganisation({ name: 'Nooit gesproken raad', type: 'WMO_COUNCIL' })
    const inactive = await createTestOrganisation({ name: 'Opgeheven raad', active: false })
    const partner = await createTestOrganisation({ name: 'Partner', type: 'PARTNER' })
    const plannedOnly = await createTestOrganisation({ name: 'Alleen gepland' })
    await activity({ organisationIds: [silent.id], at: '2026-07-26T10:00:00Z' })
    await activity({ organisationIds: [silent.id], at: '2026-06-01T10:00:00Z' })
    await activity({ organisationIds: [recent.id], at: '2026-11-19T10:00:00Z' })
    await activity({ organisationIds: [plannedOnly.id], at: '2026-12-10T10:00:00Z' })

    const { councils } = await getDashboard({ userId: me.id, now })
    expect(councils.months).toBe(3)
    const listed = new Map(councils.items.map((council) => [council.id, council]))
    expect(listed.get(silent.id)?.lastContact?.toISOString()).toBe('2026-07-26T10:00:00.000Z')
    expect(formatDutchDay(listed.get(silent.id)?.lastContact ?? now)).toBe('26 juli 2026')
    expect(listed.has(never.id) && listed.get(never.id)?.lastContact).toBeNull()
    // A planned activity is no contact yet.
    expect(listed.get(plannedOnly.id)?.lastContact).toBeNull()
    expect(listed.has(recent.id)).toBe(false)
    expect(listed.has(inactive.id)).toBe(false)
    expect(listed.has(partner.id)).toBe(false)
    // The longest silence first: never contacted before a contact four months ago.
    const order = councils.items.map((council) => council.id)
    expect(order.indexOf(never.id)).toBeLessThan(order.indexOf(silent.id))
  })

  it("puts an opbouwwerker's own councils first, and shows only those when asked", async () => {
    const worker = await createTestUser({ name: 'Otto Opbouw' })
    const mine = await createTestOrganisation({ name: 'Mijn stille raad' })
    await prisma.organisation.update({ where: { id: mine.id }, data: { responsibleUserId: worker.id } })
    await activity({ organisationIds: [mine.id], at: '2026-08-01T10:00:00Z' })
    const other = await createTestOrganisation({ name: 'Andere stille raad' })

    const all = await getDashboard({ userId: worker.id, now })
    expect(all.councils.hasOwnCouncils).toBe(true)
    expect(all.councils.items[0]).toMatchObject({ id: mine.id, mine: true })
    expect(all.councils.items.some((council) => council.id === other.id)).toBe(true)

    const onlyMine = await getDashboard({ userId: worker.id, now, onlyMyCouncils: true })
    expect(onlyMine.councils.onlyMine).toBe(true)
    expect(onlyMine.councils.items.map((council) => council.id)).toEqual([mine.id])

    // Someone who supports no council asking for "only mine" sees them all.
    const reader = await createTestUser({ role: 'lezer' })
    const theirs = await getDashboard({ userId: reader.id, now, onlyMyCouncils: true })
    expect(theirs.councils.hasOwnCouncils).toBe(false)
    expect(theirs.councils.onlyMine).toBe(false)
    expect(theirs.councils.items.some((council) => council.id === other.id)).toBe(true)
  })

  it('falls back to three months when DASHBOARD_NO_CONTACT_MONTHS makes no sense', async () => {
    const me = await createTestUser()
    const twoMonths = await createTestOrganisation({ name: 'Twee maanden stil' })
    await activity({ organisationIds: [twoMonths.id], at: '2026-09-26T10:00:00Z' })
    process.env.DASHBOARD_NO_CONTACT_MONTHS = 'een kwartaal'
    const garbage = await getDashboard({ userId: me.id, now })
    expect(garbage.councils.months).toBe(3)
    expect(garbage.councils.items.some((council) => council.id === twoMonths.id)).toBe(false)
    process.env.DASHBOARD_NO_CONTACT_MONTHS = '1'
    const oneMonth = await getDashboard({ userId: me.id, now })
    expect(oneMonth.councils.items.some((council) => council.id === twoMonths.id)).toBe(true)
  })

  it('counts with the months saved on the settings page, over the environment', async () => {
    const me = await createTestUser()
    const tenWeeks = await createTestOrganisation({ name: 'Tien weken stil' })
    await activity({ organisationIds: [tenWeeks.id], at: '2026-09-17T10:00:00Z' })
    process.env.DASHBOARD_NO_CONTACT_MONTHS = '6'
    const fromEnv = await getDashboard({ userId: me.id, now })
    expect(fromEnv.councils.months).toBe(6)
    expect(fromEnv.councils.items.some((council) => council.id === tenWeeks.id)).toBe(false)
    await prisma.setting.create({ data: { key: 'noContactMonths', value: '2' } })
    const stored = await getDashboard({ userId: me.id, now })
    expect(stored.councils.months).toBe(2)
    expect(stored.councils.items.some((council) => council.id === tenWeeks.id)).toBe(true)
  })
})

describe('recent activity on the dashboard', () => {
  it('shows the eight latest activities of anyone that have happened, newest first', async () => {
    const me = await createTestUser()
    const later = new Date('2027-06-01T10:00:00Z')
    for (let date = 1; date <= 10; date++) {
      await activity({ at: `2027-05-${String(date).padStart(2, '0')}T10:00:00Z`, summary: `Mei ${date}` })
    }
    await activity({ at: '2027-06-15T10:00:00Z', summary: 'Gepland in juni' })

    const { activities } = await getDashboard({ userId: me.id, now: later })
    expect(activities.map((item) => item.summary)).toEqual([
      'Mei 10',
      'Mei 9',
      'Mei 8',
      'Mei 7',
      'Mei 6',
      'Mei 5',
      'Mei 4',
      'Mei 3',
    ])
  })
})

describe('the dashboard page', () => {
  it('shows a meeting planned for next week, not a cancelled one', async () => {
    const { cookie } = await signedIn('lezer')
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString()
    const planned = await meeting({ title: 'Uitwisseling volgende week', startsAt: nextWeek })
    const cancelled = await meeting({
      title: 'Afgelast volgende week',
      startsAt: nextWeek,
      status: 'CANCELLED',
    })
    const result = await outcome<{ meetings: { items: { id: string }[] } }>(() =>
      loader({ request: makeRequest('/', { cookie }), params: {}, context: testContext() }),
    )
    const shown = result.data?.meetings.items.map((item) => item.id)
    expect(shown).toContain(planned.id)
    expect(shown).not.toContain(cancelled.id)
    await prisma.meeting.deleteMany({ where: { id: { in: [planned.id, cancelled.id] } } })
  })

  it('opens for a lezer with a welcome, and ignores a bad choice of councils', async () => {
    const { user, cookie } = await signedIn('lezer')
    for (const url of ['/', '/?raden=allemaal']) {
      const result = await outcome<{ name: string; councils: { onlyMine: boolean } }>(() =>
        loader({ request: makeRequest(url, { cookie }), params: {}, context: testContext() }),
      )
      expect(result.status, url).toBe(200)
      expect(result.data?.name).toBe(user.name)
      expect(result.data?.councils.onlyMine).toBe(false)
    }
  })
})
