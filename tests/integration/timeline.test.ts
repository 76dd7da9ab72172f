import { describe, expect, it } from 'vitest'
import { getContactSummary, listTimeline, TIMELINE_PAGE_SIZE } from '~/models/timeline/timeline.server.ts'
import { toTimelineEntry } from '~/models/timeline/timeline-view.ts'
import { prisma } from '~/utils/db.server.ts'
import { createTestOrganisation, createTestTheme, createTestUser } from '../factories.ts'

async function activity({
  organisationId,
  personId,
  kind = 'CONTACT',
  at,
  minutes = null,
  themeIds = [],
  summary = 'Iets gedaan',
}: {
  organisationId?: string
  personId?: string
  kind?: string
  at: string
  minutes?: number | null
  themeIds?: string[]
  summary?: string
}) {
  const author = await createTestUser()
  return prisma.activity.create({
    data: {
      kind,
      subtype: kind === 'CONTACT' ? 'telefoon' : kind === 'SUPPORT' ? 'training' : null,
      summary,
      occurredAt: new Date(at),
      minutesSpent: minutes,
      authorId: author.id,
      organisations: organisationId ? { create: [{ organisationId }] } : undefined,
      people: personId ? { create: [{ personId }] } : undefined,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

describe('the timeline of an organisation', () => {
  it('shows its activities and the signals it received, newest first', async () => {
    const council = await createTestOrganisation()
    const point = await createTestOrganisation({ type: 'SUPPORT_POINT' })
    const author = await createTestUser()
    await activity({ organisationId: council.id, at: '2026-01-10T10:00:00Z', summary: 'Oudste' })
    await activity({ organisationId: council.id, at: '2026-03-10T10:00:00Z', summary: 'Nieuwste' })
    await prisma.signal.create({
      data: {
        sourceId: point.id,
        receivedOn: new Date('2026-02-10T00:00:00Z'),
        title: 'Signaal in het midden',
        description: 'Situatie',
        status: 'FORWARDED',
        createdById: author.id,
        forwards: {
          create: [{ organisationId: council.id, forwardedOn: new Date(), forwardedById: author.id }],
        },
      },
    })
    const { items } = await listTimeline({ organisationId: council.id })
    expect(items.map((item) => (item.entry === 'activity' ? item.summary : item.title))).toEqual([
      'Nieuwste',
      'Signaal in het midden',
      'Oudste',
    ])
    const reporter = await listTimeline({ organisationId: point.id })
    expect(reporter.items.map((item) => item.entry)).toEqual(['signal'])
  })

  it('filters by kind and theme, and pages through long histories', async () => {
    const council = await createTestOrganisation()
    const theme = await createTestTheme()
    await activity({
      organisationId: council.id,
      kind: 'SUPPORT',
      at: '2026-05-01T10:00:00Z',
      minutes: 60,
      themeIds: [theme.id],
    })
    for (let day = 1; day <= TIMELINE_PAGE_SIZE + 2; day++) {
      await activity({ organisationId: council.id, at: `2026-04-${String(day).padStart(2, '0')}T10:00:00Z` })
    }
    const support = await listTimeline({ organisationId: council.id, kind: 'SUPPORT' })
    expect(support.items).toHaveLength(1)
    const onTheme = await listTimeline({ organisationId: council.id, themeId: theme.id })
    expect(onTheme.items.map((item) => item.entry === 'activity' && item.kind)).toEqual(['SUPPORT'])
    const first = await listTimeline({ organisationId: council.id })
    expect(first.pageCount).toBe(2)
    const second = await listTimeline({ organisationId: council.id, page: 2 })
    expect(first.items).toHaveLength(TIMELINE_PAGE_SIZE)
    expect(second.items).toHaveLength(3)
    const beyond = await listTimeline({ organisationId: council.id, page: 99 })
    expect(beyond.page).toBe(2)
  })
})

describe('advices on the timeline', () => {
  it('shows an advice on the timeline of every council that wrote it, dated when it was sent', async () => {
    const [wi, wmo] = [await createTestOrganisation(), await createTestOrganisation({ type: 'WMO_COUNCIL' })]
    const author = await createTestUser()
    await activity({ organisationId: wi.id, at: '2026-03-01T10:00:00Z', summary: 'Eerder contact' })
    await prisma.advice.create({
      data: {
        type: 'UNREQUESTED',
        title: 'Gezamenlijk advies armoedebeleid',
        status: 'SENT',
        sentOn: new Date('2026-04-01T00:00:00Z'),
        createdById: author.id,
        councils: { create: [{ organisationId: wi.id }, { organisationId: wmo.id }] },
      },
    })
    for (const council of [wi, wmo]) {
      const { items } = await listTimeline({ organisationId: council.id })
      expect(items[0]?.entry === 'advice' && items[0].title).toBe('Gezamenlijk advies armoedebeleid')
    }
    const onlyAdvices = await listTimeline({ organisationId: wi.id, kind: 'ADVICE' })
    expect(onlyAdvices.items.map((item) => item.entry)).toEqual(['advice'])
  })
})

describe('the timeline of a person', () => {
  it('shows the activities the person took part in', async () => {
    const person = await prisma.person.create({ data: { name: 'Anne Bosma' } })
    await activity({ personId: person.id, at: '2026-06-01T10:00:00Z', summary: 'Gesprek met Anne' })
    const { items } = await listTimeline({ personId: person.id })
    expect(items.map((item) => item.entry === 'activity' && item.summary)).toEqual(['Gesprek met Anne'])
  })
})

describe('last contact and support hours on a council page', () => {
  it('counts support from 1 January in Dutch time and names the latest contact up to now', async () => {
    const council = await createTestOrganisation()
    const now = new Date('2026-11-26T08:00:00Z')
    // 31 December 2025 23:30 UTC is already 1 January 2026 in the Netherlands.
    await activity({ organisationId: council.id, kind: 'SUPPORT', at: '2025-12-31T23:30:00Z', minutes: 90 })
    await activity({ organisationId: council.id, kind: 'SUPPORT', at: '2025-12-31T22:30:00Z', minutes: 600 })
    await activity({ organisationId: council.id, kind: 'SUPPORT', at: '2026-06-01T10:00:00Z', minutes: 120 })
    await activity({ organisationId: council.id, at: '2026-11-20T10:00:00Z', summary: 'Laatste telefoontje' })
    await activity({
      organisationId: council.id,
      at: '2026-12-20T10:00:00Z',
      summary: 'Gepland, nog niet gebeurd',
    })
    const summary = await getContactSummary({ organisationId: council.id, now })
    expect(summary.supportMinutesThisYear).toBe(210)
    expect(summary.lastContact?.summary).toBe('Laatste telefoontje')
  })

  it('says nothing about a council that was never contacted', async () => {
    const council = await createTestOrganisation()
    expect(await getContactSummary({ organisationId: council.id })).toEqual({
      lastContact: null,
      supportMinutesThisYear: 0,
    })
  })
})

// Records a meeting starting at `at`, organised with `partnerIds`, about `themeIds`.
async function meeting({
  title,
  at,
  status = 'HELD',
  partnerIds = [],
  themeIds = [],
}: {
  title: string
  at: string
  status?: string
  partnerIds?: string[]
  themeIds?: string[]
}) {
  const author = await createTestUser()
  return prisma.meeting.create({
    data: {
      kind: 'EXCHANGE',
      title,
      startsAt: new Date(at),
      endsAt: new Date(new Date(at).getTime() + 7_200_000),
      location: 'Leeuwarden',
      status,
      createdById: author.id,
      partners: { create: partnerIds.map((organisationId) => ({ organisationId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

describe('meetings on the timeline', () => {
  it('shows a meeting that began to the people invited or walking in, and to the organisations they represented or that organised it', async () => {
    const council = await createTestOrganisation()
    const partner = await createTestOrganisation({ type: 'PARTNER' })
    const stranger = await createTestOrganisation()
    const [invited, walkIn, absent] = await Promise.all(
      ['Anne Bosma', 'Jelle Hoekstra', 'Sietske Visser'].map((name) =>
        prisma.person.create({ data: { name } }),
      ),
    )
    if (!invited || !walkIn || !absent) throw new Error('people missing')
    const held = await meeting({
      title: 'Uitwisseling maart',
      at: '2026-03-19T18:30:00Z',
      partnerIds: [partner.id],
    })
    const later = await meeting({
      title: 'Uitwisseling volgend jaar',
      at: '2099-03-19T18:30:00Z',
      status: 'PLANNED',
    })
    await prisma.invitation.createMany({
      data: [
        { meetingId: held.id, personId: invited.id, organisationId: council.id, status: 'PRESENT' },
        { meetingId: held.id, personId: walkIn.id, organisationId: null, status: 'PRESENT', walkIn: true },
        { meetingId: held.id, personId: absent.id, organisationId: council.id, status: 'ABSENT' },
        { meetingId: later.id, personId: invited.id, organisationId: council.id, status: 'INVITED' },
      ],
    })
    await activity({ organisationId: council.id, at: '2026-03-01T10:00:00Z', summary: 'Eerder contact' })

    const councilLine = await listTimeline({ organisationId: council.id })
    expect(
      councilLine.items.map(toTimelineEntry).map((entry) => [entry.title, entry.label, entry.details]),
    ).toEqual([
      [
        'Uitwisseling maart',
        'Provinciale uitwisselingsbijeenkomst',
        ['Gehouden', 'Leeuwarden', '1 van 2 aanwezig namens deze organisatie'],
      ],
      ['Eerder contact', 'Contact · Telefoon', [expect.stringMatching(/^door /)]],
    ])
    expect(councilLine.items.map(toTimelineEntry)[0]).toMatchObject({
      href: `/bijeenkomsten/${held.id}`,
      dateOnly: false,
    })

    const partnerLine = await listTimeline({ organisationId: partner.id })
    expect(partnerLine.items.map(toTimelineEntry).map((item) => item.details)).toEqual([
      ['Gehouden', 'Leeuwarden', 'mede-organisator'],
    ])
    expect((await listTimeline({ organisationId: stranger.id })).items).toEqual([])

    const personLine = async (personId: string) =>
      (await listTimeline({ personId })).items.map(toTimelineEntry).map((item) => [item.title, item.details])
    expect(await personLine(invited.id)).toEqual([
      ['Uitwisseling maart', ['Gehouden', 'Leeuwarden', 'Aanwezig']],
    ])
    expect(await personLine(walkIn.id)).toEqual([
      ['Uitwisseling maart', ['Gehouden', 'Leeuwarden', 'Aanwezig (zonder uitnodiging)']],
    ])
    expect(await personLine(absent.id)).toEqual([
      ['Uitwisseling maart', ['Gehouden', 'Leeuwarden', 'Afwezig']],
    ])
  })

  it('marks a cancelled meeting, and filters meetings by kind and theme', async () => {
    const council = await createTestOrganisation()
    const theme = await createTestTheme()
    const person = await prisma.person.create({ data: { name: 'Klaas de Boer' } })
    const cancelled = await meeting({
      title: 'Afgelaste themamiddag',
      at: '2026-02-12T13:00:00Z',
      status: 'CANCELLED',
      themeIds: [theme.id],
    })
    await prisma.invitation.create({
      data: { meetingId: cancelled.id, personId: person.id, organisationId: council.id, status: 'INVITED' },
    })
    await activity({ organisationId: council.id, at: '2026-02-01T10:00:00Z', summary: 'Contact' })

    const meetingsOnly = await listTimeline({ organisationId: council.id, kind: 'MEETING' })
    expect(meetingsOnly.items.map(toTimelineEntry).map((item) => [item.title, item.details[0]])).toEqual([
      ['Afgelaste themamiddag', 'Afgelast'],
    ])
    expect(
      (await listTimeline({ organisationId: council.id, kind: 'CONTACT' })).items.map((item) => item.entry),
    ).toEqual(['activity'])
    expect(
      (await listTimeline({ organisationId: council.id, themeId: theme.id })).items.map((item) => item.entry),
    ).toEqual(['meeting'])
    expect((await listTimeline({ personId: person.id, kind: 'MEETING' })).items).toHaveLength(1)
    expect((await listTimeline({ personId: person.id, kind: 'SIGNAL' })).items).toEqual([])
  })
})
