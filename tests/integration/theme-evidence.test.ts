import { subMonths } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  listOrganisationsForThemes,
  listOrganisationsSharingThemes,
} from '~/models/theme/theme-lookup.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { createTestOrganisation, createTestTheme, createTestUser } from '../factories.ts'

// Records an activity about `themeIds` with `organisationIds` involved, `monthsAgo` ago.
async function activity({
  organisationIds,
  themeIds,
  monthsAgo = 1,
}: {
  organisationIds: string[]
  themeIds: string[]
  monthsAgo?: number
}) {
  const author = await createTestUser()
  return prisma.activity.create({
    data: {
      kind: 'SUPPORT',
      subtype: 'training',
      summary: 'Training',
      occurredAt: subMonths(new Date(), monthsAgo),
      authorId: author.id,
      organisations: { create: organisationIds.map((organisationId) => ({ organisationId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

// Records a signal about `themeIds` from `sourceId`, forwarded to `councilIds`.
async function signal({
  sourceId,
  councilIds,
  themeIds,
}: {
  sourceId: string
  councilIds: string[]
  themeIds: string[]
}) {
  const author = await createTestUser()
  return prisma.signal.create({
    data: {
      sourceId,
      receivedOn: subMonths(new Date(), 2),
      title: 'Wachttijd schuldhulp loopt op',
      description: 'Een situatie, geen persoon.',
      status: 'FORWARDED',
      createdById: author.id,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      forwards: {
        create: councilIds.map((organisationId) => ({
          organisationId,
          forwardedOn: new Date(),
          forwardedById: author.id,
        })),
      },
    },
  })
}

describe('themes derived from the work of a council', () => {
  it('counts a council that never tagged a theme but worked on it this year, and says why', async () => {
    const theme = await createTestTheme()
    await createTestOrganisation({ name: 'Getagd', themeIds: [theme.id] })
    const worked = await createTestOrganisation({ name: 'Gewerkt' })
    await activity({ organisationIds: [worked.id], themeIds: [theme.id] })
    await activity({ organisationIds: [worked.id], themeIds: [theme.id] })
    const found = await listOrganisationsForThemes({ themeIds: [theme.id] })
    expect(found.map((organisation) => [organisation.name, organisation.evidence])).toEqual([
      ['Gewerkt', { explicit: 0, activity: 2, signal: 0, advice: 0, meeting: 0, document: 0 }],
      ['Getagd', { explicit: 1, activity: 0, signal: 0, advice: 0, meeting: 0, document: 0 }],
    ])
  })

  it('leaves out work older than the chosen period (twelve months by default)', async () => {
    const theme = await createTestTheme()
    const council = await createTestOrganisation({ name: 'Lang geleden' })
    await activity({ organisationIds: [council.id], themeIds: [theme.id], monthsAgo: 14 })
    expect(await listOrganisationsForThemes({ themeIds: [theme.id] })).toEqual([])
    const longer = await listOrganisationsForThemes({
      themeIds: [theme.id],
      period: { from: subMonths(new Date(), 24), to: new Date() },
    })
    expect(longer.map((organisation) => organisation.name)).toEqual(['Lang geleden'])
  })

  it('counts signals for the councils that received them and the spreekuurpunt that reported them', async () => {
    const theme = await createTestTheme()
    const point = await createTestOrganisation({ name: 'Spreekuur', type: 'SUPPORT_POINT' })
    const council = await createTestOrganisation({ name: 'Ontvanger' })
    await signal({ sourceId: point.id, councilIds: [council.id], themeIds: [theme.id] })
    const councils = await listOrganisationsForThemes({ themeIds: [theme.id] })
    expect(councils.map((organisation) => [organisation.name, organisation.evidence.signal])).toEqual([
      ['Ontvanger', 1],
    ])
    const everyone = await listOrganisationsForThemes({ themeIds: [theme.id], councilsOnly: false })
    expect(everyone.map((organisation) => organisation.name).sort()).toEqual(['Ontvanger', 'Spreekuur'])
  })

  it('shares themes through work too, naming the kinds of evidence per shared theme', async () => {
    const [armoede, bejegening] = [
      await createTestTheme({ name: 'Armoede (bewijs)' }),
      await createTestTheme({ name: 'Bejegening (bewijs)' }),
    ]
    const ours = await createTestOrganisation({ name: 'Onze raad', themeIds: [armoede.id] })
    await activity({ organisationIds: [ours.id], themeIds: [bejegening.id] })
    const other = await createTestOrganisation({ name: 'Andere raad', themeIds: [bejegening.id] })
    await activity({ organisationIds: [other.id], themeIds: [armoede.id] })
    const sharing = await listOrganisationsSharingThemes({ organisationId: ours.id })
    expect(sharing.map((organisation) => organisation.name)).toEqual(['Andere raad'])
    expect(sharing[0]?.sharedThemes).toEqual([
      { id: armoede.id, name: 'Armoede (bewijs)', kinds: ['activity'] },
      { id: bejegening.id, name: 'Bejegening (bewijs)', kinds: ['explicit'] },
    ])
  })
})

// Records an advice about `themeIds` by `councilIds`, sent `monthsAgo` ago.
async function advice({
  councilIds,
  themeIds,
  monthsAgo = 1,
}: {
  councilIds: string[]
  themeIds: string[]
  monthsAgo?: number
}) {
  const author = await createTestUser()
  return prisma.advice.create({
    data: {
      type: 'UNREQUESTED',
      title: 'Advies over minimabeleid',
      status: 'SENT',
      sentOn: subMonths(new Date(), monthsAgo),
      createdById: author.id,
      councils: { create: councilIds.map((organisationId) => ({ organisationId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

describe('advices as evidence', () => {
  it('counts the themes of advices a council wrote this year', async () => {
    const theme = await createTestTheme()
    await createTestOrganisation({ name: 'Adviseerde' })
    const council = await prisma.organisation.findFirstOrThrow({ where: { name: 'Adviseerde' } })
    await advice({ councilIds: [council.id], themeIds: [theme.id] })
    await advice({ councilIds: [council.id], themeIds: [theme.id], monthsAgo: 20 })
    const found = await listOrganisationsForThemes({ themeIds: [theme.id] })
    expect(found.map((organisation) => [organisation.name, organisation.evidence.advice])).toEqual([
      ['Adviseerde', 1],
    ])
  })

  it('says which councils already work together through joint advices', async () => {
    const theme = await createTestTheme()
    const wi = await createTestOrganisation({ name: 'W&I-raad', themeIds: [theme.id] })
    const wmo = await createTestOrganisation({ name: 'Wmo-raad', type: 'WMO_COUNCIL', themeIds: [theme.id] })
    await createTestOrganisation({ name: 'Los', themeIds: [theme.id] })
    await advice({ councilIds: [wi.id, wmo.id], themeIds: [] })
    const sharing = await listOrganisationsSharingThemes({ organisationId: wi.id })
    expect(sharing.map((organisation) => [organisation.name, organisation.jointAdvices])).toEqual([
      ['Wmo-raad', 1],
      ['Los', 0],
    ])
  })
})

// Records a meeting `monthsAgo` ago about `themeIds` (its own themes), with an agenda item
// about `agendaThemeIds`, and the people who came: one invitation per entry, on behalf of
// the organisation, with its status.
async function meeting({
  kind = 'THEME',
  themeIds = [],
  agendaThemeIds = [],
  tipThemeIds = [],
  attendance,
  monthsAgo = 1,
}: {
  kind?: string
  themeIds?: string[]
  agendaThemeIds?: string[]
  tipThemeIds?: string[]
  attendance: { organisationId: string; status: string }[]
  monthsAgo?: number
}) {
  const author = await createTestUser()
  const startsAt = subMonths(new Date(), monthsAgo)
  const people = await Promise.all(
    attendance.map((_, index) => prisma.person.create({ data: { name: `Deelnemer ${index + 1}` } })),
  )
  return prisma.meeting.create({
    data: {
      kind,
      title: 'Bijeenkomst',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      status: 'HELD',
      createdById: author.id,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      agendaItems: {
        create: agendaThemeIds.map((themeId, index) => ({
          position: index + 1,
          title: 'Agendapunt',
          themeId,
        })),
      },
      tips: { create: tipThemeIds.map((themeId) => ({ text: 'Tip', themeId })) },
      invitations: {
        create: attendance.map((entry, index) => ({
          personId: people[index]?.id ?? '',
          organisationId: entry.organisationId,
          status: entry.status,
        })),
      },
    },
  })
}

describe('meetings as evidence', () => {
  it('counts a meeting once for each organisation someone present represented, by its themes, its agenda and its tips', async () => {
    const [own, agenda, tip] = [
      await createTestTheme({ name: 'Thema van de bijeenkomst' }),
      await createTestTheme({ name: 'Thema van een agendapunt' }),
      await createTestTheme({ name: 'Thema van een tip' }),
    ]
    const came = await createTestOrganisation({ name: 'Was erbij' })
    const excused = await createTestOrganisation({ name: 'Afgemeld' })
    await meeting({
      themeIds: [own.id],
      agendaThemeIds: [own.id, agenda.id],
      tipThemeIds: [tip.id],
      attendance: [
        // Two people of one council: still one meeting.
        { organisationId: came.id, status: 'PRESENT' },
        { organisationId: came.id, status: 'PRESENT' },
        { organisationId: excused.id, status: 'EXCUSED' },
      ],
    })
    await meeting({
      themeIds: [own.id],
      attendance: [{ organisationId: came.id, status: 'PRESENT' }],
      monthsAgo: 15,
    })
    for (const theme of [own, agenda, tip]) {
      const found = await listOrganisationsForThemes({ themeIds: [theme.id] })
      expect(found.map((organisation) => [organisation.name, organisation.evidence.meeting])).toEqual([
        ['Was erbij', 1],
      ])
    }
    const sharing = await listOrganisationsSharingThemes({ organisationId: came.id })
    expect(sharing).toEqual([])
    const other = await createTestOrganisation({ name: 'Ook erbij' })
    await meeting({ themeIds: [own.id], attendance: [{ organisationId: other.id, status: 'PRESENT' }] })
    const shared = await listOrganisationsSharingThemes({ organisationId: came.id })
    expect(shared.map((organisation) => [organisation.name, organisation.sharedThemes])).toEqual([
      ['Ook erbij', [{ id: own.id, name: 'Thema van de bijeenkomst', kinds: ['meeting'] }]],
    ])
  })

  it('does not count a provincial exchange or a course: nearly every council comes to those', async () => {
    const theme = await createTestTheme({ name: 'Thema van de uitwisseling' })
    const council = await createTestOrganisation({ name: 'Kwam naar de uitwisseling' })
    for (const kind of ['EXCHANGE', 'COURSE']) {
      await meeting({
        kind,
        themeIds: [theme.id],
        agendaThemeIds: [theme.id],
        attendance: [{ organisationId: council.id, status: 'PRESENT' }],
      })
    }
    expect(await listOrganisationsForThemes({ themeIds: [theme.id] })).toEqual([])
  })
})

describe('documents as evidence', () => {
  it('counts the themes of documents an organisation wrote in the period, not of those about it', async () => {
    const theme = await createTestTheme()
    const author = await createTestOrganisation({ name: 'Schreef' })
    const subject = await createTestOrganisation({ name: 'Besproken' })
    const user = await createTestUser()
    const document = (documentDate: Date | null) =>
      prisma.document.create({
        data: {
          kind: 'VISION_DOCUMENT',
          title: 'Visie',
          documentDate,
          createdById: user.id,
          organisations: {
            create: [
              { organisationId: author.id, role: 'AUTHOR' },
              { organisationId: subject.id, role: 'SUBJECT' },
            ],
          },
          themes: { create: [{ themeId: theme.id }] },
        },
      })
    await document(null)
    await document(subMonths(new Date(), 2))
    await document(subMonths(new Date(), 20))
    const found = await listOrganisationsForThemes({ themeIds: [theme.id] })
    expect(found.map((organisation) => [organisation.name, organisation.evidence.document])).toEqual([
      ['Schreef', 2],
    ])
  })
})
