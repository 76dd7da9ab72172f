import { describe, expect, it } from 'vitest'
import { getWiMonitor } from '~/models/report/wi-monitor.server.ts'
import { loader } from '~/routes/rapportages.wi-monitor.tsx'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestOrganisation,
  createTestTheme,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

// A fixed "today": the monitor shows 2024 Q3 up to 2025 Q2.
const now = new Date('2025-05-15T10:00:00Z')
const inQ1 = new Date('2025-02-10T10:00:00Z')

async function themes() {
  return { wi: await createTestTheme({ domain: 'WI' }), wmo: await createTestTheme({ domain: 'WMO' }) }
}

// Records an activity with `organisationId` involved, about `themeIds`.
async function activity(organisationId: string, themeIds: string[], occurredAt = inQ1) {
  const author = await createTestUser()
  return prisma.activity.create({
    data: {
      kind: 'CONTACT',
      summary: 'Overleg',
      occurredAt,
      authorId: author.id,
      organisations: { create: [{ organisationId }] },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

// Returns the rows of one broad council in the monitor, by quarter key.
async function rowsOf(councilId: string, thresholdPercent = 25) {
  const monitor = await getWiMonitor({ now, thresholdPercent })
  const council = monitor.councils.find((entry) => entry.id === councilId)
  if (!council) throw new Error('council not in the monitor')
  return Object.fromEntries(council.rows.map((row) => [row.key, row]))
}

describe('the W&I attention monitor', () => {
  it('gives a broad council with 1 W&I and 3 Wmo activities a share of 25%', async () => {
    const { wi, wmo } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    await activity(council.id, [wi.id, wmo.id])
    for (let i = 0; i < 3; i++) await activity(council.id, [wmo.id])
    const atThreshold = (await rowsOf(council.id, 25))['2025-K1']
    expect(atThreshold?.share).toBe(0.25)
    expect(atThreshold?.counts).toEqual({ wi: 1, withTheme: 4, withoutTheme: 0 })
    expect(atThreshold?.flagged).toBe(false)
    expect((await rowsOf(council.id, 30))['2025-K1']?.flagged).toBe(true)
  })

  it('counts work without themes separately, outside the share', async () => {
    const { wi } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    await activity(council.id, [wi.id])
    await activity(council.id, [])
    await activity(council.id, [])
    const row = (await rowsOf(council.id))['2025-K1']
    expect(row?.counts).toEqual({ wi: 1, withTheme: 1, withoutTheme: 2 })
    expect(row?.share).toBe(1)
  })

  it('counts a signal forwarded to the council, in the quarter it was received', async () => {
    const { wi, wmo } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    const source = await createTestOrganisation({ type: 'SUPPORT_POINT' })
    const author = await createTestUser()
    await activity(council.id, [wmo.id])
    await prisma.signal.create({
      data: {
        sourceId: source.id,
        receivedOn: new Date('2025-03-03T00:00:00Z'),
        title: 'Wachttijd bijstand',
        description: 'Een situatie, geen persoon.',
        status: 'FORWARDED',
        createdById: author.id,
        themes: { create: [{ themeId: wi.id }] },
        forwards: { create: [{ organisationId: council.id, forwardedOn: now, forwardedById: author.id }] },
      },
    })
    const row = (await rowsOf(council.id))['2025-K1']
    expect(row?.counts).toEqual({ wi: 1, withTheme: 2, withoutTheme: 0 })
    expect(row?.share).toBe(0.5)
  })

  it('counts an advice by the council in the quarter it was sent', async () => {
    const { wi } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    const author = await createTestUser()
    await prisma.advice.create({
      data: {
        type: 'UNREQUESTED',
        title: 'Advies armoedebeleid',
        status: 'SENT',
        sentOn: new Date('2024-11-20T00:00:00Z'),
        createdById: author.id,
        councils: { create: [{ organisationId: council.id }] },
        themes: { create: [{ themeId: wi.id }] },
      },
    })
    const rows = await rowsOf(council.id)
    expect(rows['2024-K4']?.counts).toEqual({ wi: 1, withTheme: 1, withoutTheme: 0 })
    expect(rows['2025-K1']?.status).toBe('noWork')
  })

  it('counts the agenda items of a meeting the council attended, not of one it missed or one that was cancelled', async () => {
    const { wi, wmo } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    const creator = await createTestUser()
    const person = await prisma.person.create({ data: { name: 'Lid van de raad' } })
    const colleague = await prisma.person.create({ data: { name: 'Ander lid' } })
    async function meeting(startsAt: Date, status: string, attendance: string) {
      await prisma.meeting.create({
        data: {
          kind: 'EXCHANGE',
          title: 'Uitwisselingsbijeenkomst',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
          status,
          createdById: creator.id,
          agendaItems: {
            create: [
              { position: 1, title: 'Kwijtschelding', themeId: wi.id },
              { position: 2, title: 'Hulpmiddelen', themeId: wmo.id },
              { position: 3, title: 'Rondvraag' },
            ],
          },
          // Two people of the same council present still make one agenda item each.
          invitations: {
            create: [
              { personId: person.id, organisationId: council.id, status: attendance },
              { personId: colleague.id, organisationId: council.id, status: attendance },
            ],
          },
        },
      })
    }
    await meeting(inQ1, 'HELD', 'PRESENT')
    await meeting(new Date('2024-11-21T18:30:00Z'), 'HELD', 'EXCUSED')
    await meeting(new Date('2025-04-17T17:30:00Z'), 'CANCELLED', 'PRESENT')
    const rows = await rowsOf(council.id)
    expect(rows['2025-K1']?.counts).toEqual({ wi: 1, withTheme: 2, withoutTheme: 1 })
    expect(rows['2024-K4']?.status).toBe('noWork')
    expect(rows['2025-K2']?.status).toBe('noWork')
  })

  it('shows a quarter without work as no work, not as 0%', async () => {
    const { wmo } = await themes()
    const council = await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    await activity(council.id, [wmo.id])
    const rows = await rowsOf(council.id)
    expect(rows['2025-K1']?.share).toBe(0)
    expect(rows['2025-K1']?.flagged).toBe(true)
    expect(rows['2024-K3']).toMatchObject({ status: 'noWork', share: null, flagged: false })
    expect(Object.keys(rows)).toEqual(['2024-K3', '2024-K4', '2025-K1', '2025-K2'])
  })

  it('sets the average share of the W&I councils beside each quarter', async () => {
    const { wi, wmo } = await themes()
    await createTestOrganisation({ type: 'SOCIAL_DOMAIN_COUNCIL' })
    const quarter = new Date('2024-08-01T10:00:00Z')
    const first = await createTestOrganisation({ type: 'CLIENT_COUNCIL_WI' })
    const second = await createTestOrganisation({ type: 'CLIENT_COUNCIL_WI' })
    await activity(first.id, [wi.id], quarter)
    await activity(second.id, [wi.id], quarter)
    await activity(second.id, [wmo.id], quarter)
    const monitor = await getWiMonitor({ now })
    // No other test records work in 2024 Q3: the average is over these two councils.
    expect(monitor.quarters.find((q) => q.key === '2024-K3')).toMatchObject({ share: 0.75, councils: 2 })
    expect(monitor.councils[0]?.rows[0]?.comparison).toMatchObject({ share: 0.75, councils: 2 })
  })

  it('opens for a lezer, whatever the year says', async () => {
    const { cookie } = await signedIn('lezer')
    for (const url of ['/rapportages/wi-monitor', '/rapportages/wi-monitor?jaar=onzin']) {
      const result = await outcome<{ year: number | null }>(() =>
        loader({ request: makeRequest(url, { cookie }), params: {}, context: testContext() }),
      )
      expect(result.status).toBe(200)
      expect(result.data?.year).toBeNull()
    }
  })
})
