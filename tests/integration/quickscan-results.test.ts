// The photo and the re-scan comparison through their loaders, on scans built in the test
// database. Every expected number is counted by hand from the answers in `beforeAll`.
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { OpenAnswersList } from '~/components/quickscan-results-sections.tsx'
import type {
  Change,
  Comparison,
  DimensionResult,
  ItemResult,
  LikertFigures,
  Photo,
} from '~/models/quickscan/scoring.ts'
import { loader as photoLoader } from '~/routes/quickscans.$scanId_.uitslag.tsx'
import { loader as csvLoader } from '~/routes/quickscans.$scanId_.uitslag[.]csv.ts'
import { loader as comparisonLoader } from '~/routes/quickscans.$scanId_.vergelijking.tsx'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'
import {
  addResponses,
  createQuestionnaire,
  createScan,
  type DimensionSpec,
  LADDER_STEPS,
  responsesFrom,
} from '../fixtures/quickscan.ts'

// Version 1 of the questionnaire; version 2 adds A3.
const dimensionsV1: DimensionSpec[] = [
  {
    code: 'A',
    name: 'Doel en positie',
    items: [
      { code: 'A1', text: 'Het doel van de raad is duidelijk.' },
      { code: 'A2', text: 'De taken zijn goed vastgelegd.' },
      { code: 'A9', kind: 'OPEN', text: 'Wat zou het doel moeten zijn?' },
    ],
  },
  {
    code: 'E',
    name: 'Invloed en resultaat',
    items: [
      { code: 'E1', text: 'Adviezen worden serieus genomen.' },
      { code: 'E2', text: 'De gemeente geeft terugkoppeling.' },
      { code: 'E5', kind: 'LADDER', text: 'Op welke trede staat de raad?', choices: LADDER_STEPS },
    ],
  },
]
const dimensionsV2: DimensionSpec[] = dimensionsV1.map((dimension) =>
  dimension.code === 'A'
    ? {
        ...dimension,
        items: [
          ...dimension.items.slice(0, 2),
          { code: 'A3', text: 'Nieuw: de raad is zichtbaar.' },
          ...dimension.items.slice(2),
        ],
      }
    : dimension,
)

const ids = { current: '', baseline: '', small: '' }
let councilName = ''
let municipalityName = ''

const ladder = (now: number, desired: number) => ({ now, desired })

beforeAll(async () => {
  const author = await createTestUser({ role: 'coordinator' })
  const municipality = await createTestMunicipality({ name: 'Gemeente Testerwâld' })
  municipalityName = municipality.name
  const council = await createTestOrganisation({
    name: 'Cliëntenraad Testerwâld',
    municipalityIds: [municipality.id],
  })
  councilName = council.name
  const v1 = await createQuestionnaire(prisma, { dimensions: dimensionsV1 })
  const v2 = await createQuestionnaire(prisma, {
    familyId: v1.familyId,
    versionNumber: 2,
    dimensions: dimensionsV2,
  })
  const base = { municipalityId: municipality.id, createdById: author.id, councilIds: [council.id] }

  // The baseline (version 1): five of each group, everyone alike.
  const baseline = await createScan(prisma, {
    ...base,
    title: 'Quick scan 2024',
    questionnaireId: v1.id,
    opensOn: new Date('2024-03-04T00:00:00Z'),
    closesOn: new Date('2024-03-29T00:00:00Z'),
    invited: { COUNCIL: 6, MUNICIPALITY: 6 },
  })
  ids.baseline = baseline.id
  await addResponses(prisma, {
    scanId: baseline.id,
    itemIds: v1.itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(5, {
      A1: [3, 3, 3, 3, 3],
      A2: [2, 2, 2, 2, 2],
      E1: [2, 2, 2, 2, 2],
      E2: [4, 4, 4, 4, 4],
    }),
  })
  await addResponses(prisma, {
    scanId: baseline.id,
    itemIds: v1.itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(5, {
      A1: [3, 3, 3, 3, 3],
      A2: [3, 3, 3, 3, 3],
      E1: [4, 4, 4, 4, 4],
      E2: [5, 5, 5, 5, 5],
    }),
  })

  // The re-scan (version 2, one item added): six council members, five municipal staff.
  const current = await createScan(prisma, {
    ...base,
    title: 'Herhaalscan 2026',
    questionnaireId: v2.id,
    baselineId: baseline.id,
    invited: { COUNCIL: 8, MUNICIPALITY: 7 },
  })
  ids.current = current.id
  await addResponses(prisma, {
    scanId: current.id,
    itemIds: v2.itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(
      6,
      {
        A1: [4, 5, 4, 3, null, 4],
        A2: [2, 2, 3, 1, 2, 2],
        A3: [5, 5, 4, 4, 5, 4],
        E1: [3, 3, 3, 3, 3, 3],
        E2: [4, 4, 4, 4, 4, 4],
        E5: [ladder(1, 4), ladder(2, 4), ladder(2, 5), ladder(3, 3), ladder(2, 4), ladder(1, 5)],
        A9: [
          'Signalen van de achterban doorgeven',
          '',
          'Meer invloed op beleid',
          '<script>alert(1)</script>',
        ],
      },
      (index) => ({
        role: index === 0 ? 'CHAIR' : 'MEMBER',
        years: 'Y1_3',
        experience: index < 2 ? 'YES' : 'NO',
      }),
    ),
  })
  await addResponses(prisma, {
    scanId: current.id,
    itemIds: v2.itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(
      5,
      {
        A1: [3, 3, 3, 2, 4],
        A2: [2, 3, 2, 3, 2],
        A3: [4, null, null, 4, 4],
        E1: [4, 4, 3, 4, 4],
        E2: [4, 4, 4, 4, 4],
        E5: [ladder(3, 3), ladder(3, 4), ladder(3, 3), ladder(2, 3), ladder(3, 3)],
        A9: ['Samen beleid maken'],
      },
      (index) => ({ role: 'POLICY_OFFICER', years: index < 3 ? 'GT5' : 'LT1' }),
    ),
  })

  // A scan with only four municipal staff: that group is suppressed.
  const small = await createScan(prisma, {
    ...base,
    title: 'Kleine scan',
    questionnaireId: v1.id,
    baselineId: baseline.id,
    invited: { COUNCIL: 5, MUNICIPALITY: 9 },
  })
  ids.small = small.id
  await addResponses(prisma, {
    scanId: small.id,
    itemIds: v1.itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(5, { A1: [4, 4, 4, 4, 4], A2: [3, 3, 3, 3, 3] }),
  })
  await addResponses(prisma, {
    scanId: small.id,
    itemIds: v1.itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(
      4,
      { A1: [1, 1, 2, 1], A2: [1, 1, 1, 1], A9: ['Alleen de wethouder weet dit'] },
      () => ({ role: 'ALDERMAN', years: 'GT5' }),
    ),
  })
})

type PhotoData = {
  scan: {
    title: string
    municipality: { name: string }
    councils: { name: string }[]
    invited: Record<string, number>
  }
  photo: Photo
}
type ComparisonData = {
  baseline: { title: string } | null
  comparison: Comparison | null
  groups: Record<string, { suppressed: boolean }>
}

// Returns the change of a shown comparison figure, failing the test when there is none.
function changeIn(figure: Change | undefined) {
  if (figure?.status !== 'SHOWN') throw new Error(`no change shown: ${JSON.stringify(figure)}`)
  return figure.change
}

// Opens the photo of a scan as a lezer.
async function openPhoto(scanId: string) {
  const { cookie } = await signedIn('lezer')
  const url = `/quickscans/${scanId}/uitslag`
  return outcome<PhotoData>(() =>
    photoLoader({ request: makeRequest(url, { cookie }), params: { scanId }, context: testContext() }),
  )
}

// Opens the comparison of a scan as a lezer.
async function openComparison(scanId: string) {
  const { cookie } = await signedIn('lezer')
  const url = `/quickscans/${scanId}/vergelijking`
  return outcome<ComparisonData>(() =>
    comparisonLoader({ request: makeRequest(url, { cookie }), params: { scanId }, context: testContext() }),
  )
}

// Returns the photo's loader data, failing when the page did not open.
async function photoOf(scanId: string) {
  const result = await openPhoto(scanId)
  expect(result.status).toBe(200)
  if (!result.data) throw new Error('no data')
  return result.data
}

const dimensionOf = (photo: Photo, code: string) => {
  const dimension = photo.dimensions.find((entry) => entry.code === code)
  if (!dimension) throw new Error(`no dimension ${code}`)
  return dimension as DimensionResult
}
const itemOf = (photo: Photo, code: string) => {
  const item = photo.dimensions.flatMap((dimension) => dimension.items).find((entry) => entry.code === code)
  if (!item) throw new Error(`no item ${code}`)
  return item as ItemResult
}
const meanOf = (figures: LikertFigures | { status: string }) =>
  figures.status === 'SHOWN' && 'mean' in figures ? figures.mean : null

describe('the photo of a scan', () => {
  it('shows the scan, its council and the responses per group beside the invitations', async () => {
    const { scan, photo } = await photoOf(ids.current)
    expect(scan.title).toBe('Herhaalscan 2026')
    expect(scan.municipality.name).toBe(municipalityName)
    expect(scan.councils.map((council) => council.name)).toEqual([councilName])
    expect(scan.invited).toEqual({ COUNCIL: 8, MUNICIPALITY: 7 })
    expect(photo.groups).toEqual({
      COUNCIL: { responses: 6, suppressed: false },
      MUNICIPALITY: { responses: 5, suppressed: false },
    })
  })

  it('gives both groups’ means, counts and distributions side by side, leaving "weet ik niet" out', async () => {
    const { photo } = await photoOf(ids.current)
    // Council A1: 4, 5, 4, 3, 4 and one "weet ik niet" → 20 / 5 = 4.0.
    expect(itemOf(photo, 'A1').groups).toEqual({
      COUNCIL: { status: 'SHOWN', answered: 5, dontKnow: 1, mean: 4, distribution: [0, 0, 1, 3, 1] },
      MUNICIPALITY: { status: 'SHOWN', answered: 5, dontKnow: 0, mean: 3, distribution: [0, 1, 3, 1, 0] },
    })
    expect(itemOf(photo, 'A1').gap).toBe(1)
    // Municipality A2: 2, 3, 2, 3, 2 → 2.4; council 2.0; gap −0.4.
    expect(meanOf(itemOf(photo, 'A2').groups.MUNICIPALITY)).toBeCloseTo(2.4, 12)
    expect(itemOf(photo, 'A2').gap).toBeCloseTo(-0.4, 12)
    expect(meanOf(itemOf(photo, 'E1').groups.MUNICIPALITY)).toBeCloseTo(3.8, 12)
  })

  it('hides an item’s mean and distribution for a group with fewer real answers than the minimum', async () => {
    const { photo } = await photoOf(ids.current)
    // Municipality A3: three answers and two "weet ik niet" (minimum 5).
    const a3 = itemOf(photo, 'A3')
    expect(a3.groups.MUNICIPALITY).toEqual({ status: 'FEW_ANSWERS', answered: 3, dontKnow: 2 })
    expect(meanOf(a3.groups.COUNCIL)).toBe(4.5)
    expect(a3.gap).toBeNull()
    expect(a3.gapMissing).toBe('FEW_ANSWERS')
  })

  it('gives a dimension the mean of its shown item means', async () => {
    const { photo } = await photoOf(ids.current)
    // A: council (4.0 + 2.0 + 4.5) / 3 = 3.5; municipality (3.0 + 2.4) / 2 = 2.7 (A3 hidden).
    const a = dimensionOf(photo, 'A')
    expect(a.groups.COUNCIL).toEqual({ status: 'SHOWN', mean: 3.5, itemCount: 3 })
    expect(meanOf(a.groups.MUNICIPALITY)).toBeCloseTo(2.7, 12)
    expect(a.gap).toBeCloseTo(0.8, 12)
    expect(a.flags).toEqual([])
    // E: council (3.0 + 4.0) / 2 = 3.5; municipality (3.8 + 4.0) / 2 = 3.9.
    expect(dimensionOf(photo, 'E').gap).toBeCloseTo(-0.4, 12)
  })

  it('flags a gap of 1.0 as "verschil" and two means of 2.5 or lower as "beide laag"', async () => {
    const { photo } = await photoOf(ids.current)
    expect(photo.flagged.map((topic) => [topic.code, topic.flags])).toEqual([
      ['A1', ['GAP']],
      ['A2', ['BOTH_LOW']],
    ])
  })

  it('lists the top gaps and agreements', async () => {
    const { photo } = await photoOf(ids.current)
    // Gaps: A1 1.0, E1 −0.8, A2 −0.4; E2 0 is the only unflagged item left.
    expect(photo.topGaps.map((item) => item.code)).toEqual(['A1', 'E1', 'A2'])
    expect(photo.topAgreements.map((item) => item.code)).toEqual(['E2'])
  })

  it('gives the ladder now and desired per group', async () => {
    const { photo } = await photoOf(ids.current)
    const [e5] = photo.ladders
    expect(e5?.choices).toEqual(LADDER_STEPS)
    expect(e5?.groups.COUNCIL).toEqual({
      status: 'SHOWN',
      now: { answered: 6, counts: [2, 3, 1, 0, 0], median: 2, mostChosen: [2] },
      desired: { answered: 6, counts: [0, 0, 1, 3, 2], median: 4, mostChosen: [4] },
    })
    expect(e5?.groups.MUNICIPALITY).toEqual({
      status: 'SHOWN',
      now: { answered: 5, counts: [0, 1, 4, 0, 0], median: 3, mostChosen: [3] },
      desired: { answered: 5, counts: [0, 0, 4, 1, 0], median: 3, mostChosen: [3] },
    })
  })

  it('groups the open answers by dimension and group, in alphabetical order, markup as plain text', async () => {
    const { photo } = await photoOf(ids.current)
    const [question] = dimensionOf(photo, 'A').openQuestions
    expect(question?.groups).toEqual({
      COUNCIL: {
        status: 'SHOWN',
        answers: [
          '<script>alert(1)</script>',
          'Meer invloed op beleid',
          'Signalen van de achterban doorgeven',
        ],
      },
      MUNICIPALITY: { status: 'SHOWN', answers: ['Samen beleid maken'] },
    })
    const html = renderToStaticMarkup(
      createElement(OpenAnswersList, {
        questions: dimensionOf(photo, 'A').openQuestions,
        headingId: 'open-A',
      }),
    )
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
  })

  it('shows only background categories of at least five, the rest together', async () => {
    const { photo } = await photoOf(ids.current)
    // Council: 5 members and 1 chair; all 1–3 years; 2 "yes" and 4 "no" (6 together).
    expect(photo.background.COUNCIL).toEqual({
      status: 'SHOWN',
      tables: [
        { question: 'role', rows: [{ value: 'MEMBER', count: 5 }], other: { count: null } },
        { question: 'years', rows: [{ value: 'Y1_3', count: 6 }], other: null },
        { question: 'experience', rows: [], other: { count: 6 } },
      ],
    })
    expect(photo.background.MUNICIPALITY).toEqual({
      status: 'SHOWN',
      tables: [
        { question: 'role', rows: [{ value: 'POLICY_OFFICER', count: 5 }], other: null },
        { question: 'years', rows: [], other: { count: 5 } },
      ],
    })
  })

  it('suppresses a group below the minimum: no means, distributions, open answers or background', async () => {
    const { photo } = await photoOf(ids.small)
    expect(photo.groups.MUNICIPALITY).toEqual({ responses: 4, suppressed: true })
    expect(itemOf(photo, 'A1').groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(itemOf(photo, 'A1').gapMissing).toBe('GROUP_SUPPRESSED')
    expect(dimensionOf(photo, 'A').openQuestions[0]?.groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(photo.background.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(photo.flagged).toEqual([])
    // Nothing the municipality wrote or chose reaches the page.
    const sent = JSON.stringify(photo)
    expect(sent).not.toContain('Alleen de wethouder weet dit')
    expect(sent).not.toContain('ALDERMAN')
    // The council is shown as usual.
    expect(meanOf(itemOf(photo, 'A1').groups.COUNCIL)).toBe(4)
  })

  it('answers 404 for a scan that does not exist', async () => {
    expect((await openPhoto('bestaat-niet')).status).toBe(404)
  })

  it('sends a visitor without a session to the login page', async () => {
    const result = await outcome(() =>
      photoLoader({
        request: makeRequest(`/quickscans/${ids.current}/uitslag`),
        params: { scanId: ids.current },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(302)
    expect(result.location).toBe(
      `/login?redirectTo=${encodeURIComponent(`/quickscans/${ids.current}/uitslag`)}`,
    )
  })
})

describe('comparing a re-scan with its baseline', () => {
  it('gives per item and group this scan minus the baseline, matched by code across versions', async () => {
    const result = await openComparison(ids.current)
    expect(result.status).toBe(200)
    expect(result.data?.baseline?.title).toBe('Quick scan 2024')
    const [a, e] = result.data?.comparison?.dimensions ?? []
    expect(a?.items.map((item) => item.code)).toEqual(['A1', 'A2'])
    expect(a?.items[0]?.groups).toEqual({
      COUNCIL: { status: 'SHOWN', baseline: 3, current: 4, change: 1 },
      MUNICIPALITY: { status: 'SHOWN', baseline: 3, current: 3, change: 0 },
    })
    expect(changeIn(a?.items[1]?.groups.MUNICIPALITY)).toBeCloseTo(-0.6, 12)
    expect(changeIn(e?.items.find((item) => item.code === 'E2')?.groups.MUNICIPALITY)).toBe(-1)
  })

  it('lists the item the newer version added as not comparable', async () => {
    const result = await openComparison(ids.current)
    const [a, e] = result.data?.comparison?.dimensions ?? []
    expect(a?.unmatched).toEqual([{ code: 'A3', text: 'Nieuw: de raad is zichtbaar.', onlyIn: 'CURRENT' }])
    expect(e?.unmatched).toEqual([])
  })

  it('compares a dimension over the items both scans ask', async () => {
    const result = await openComparison(ids.current)
    const [a, e] = result.data?.comparison?.dimensions ?? []
    // Council A: (4.0 + 2.0) / 2 − (3.0 + 2.0) / 2 = +0.5 (A3 left out).
    expect(a?.groups.COUNCIL).toEqual({ status: 'SHOWN', baseline: 2.5, current: 3, change: 0.5 })
    // Municipality E: (3.8 + 4.0) / 2 − (4.0 + 5.0) / 2 = −0.6.
    expect(changeIn(e?.groups.MUNICIPALITY)).toBeCloseTo(-0.6, 12)
  })

  it('shows no change for a group suppressed in this scan, with the reason', async () => {
    const result = await openComparison(ids.small)
    expect(result.data?.groups.MUNICIPALITY?.suppressed).toBe(true)
    const [a] = result.data?.comparison?.dimensions ?? []
    expect(a?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_CURRENT' })
    expect(a?.items[0]?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_CURRENT' })
    expect(a?.items[0]?.groups.COUNCIL).toEqual({ status: 'SHOWN', baseline: 3, current: 4, change: 1 })
  })

  it('has nothing to compare for a scan without a baseline', async () => {
    const result = await openComparison(ids.baseline)
    expect(result.status).toBe(200)
    expect(result.data?.baseline).toBeNull()
    expect(result.data?.comparison).toBeNull()
  })

  it('answers 404 for a scan that does not exist, and sends a visitor without a session to log in', async () => {
    expect((await openComparison('bestaat-niet')).status).toBe(404)
    const result = await outcome(() =>
      comparisonLoader({
        request: makeRequest(`/quickscans/${ids.current}/vergelijking`),
        params: { scanId: ids.current },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(302)
    expect(result.location).toMatch(/^\/login/)
  })
})

describe('the photo’s items as CSV', () => {
  // Returns the CSV of a scan's items as rows, downloaded by an opbouwwerker.
  async function download(scanId: string) {
    const { cookie } = await signedIn('opbouwwerker')
    const response = await csvLoader({
      request: makeRequest(`/quickscans/${scanId}/uitslag.csv`, { cookie }),
      params: { scanId },
      context: testContext(),
    })
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="uitslag-/)
    return parseCsv((await response.text()).replace(/^\uFEFF/, ''))
  }

  it('gives per item both groups’ mean (rounded as on the page), answers, weet ik niet, gap and flag', async () => {
    const [header, a1, a2, a3] = await download(ids.current)
    expect(header).toEqual([
      'Onderdeel',
      'Code',
      'Stelling',
      'Raad gemiddeld',
      'Raad antwoorden',
      'Raad weet ik niet',
      'Gemeente gemiddeld',
      'Gemeente antwoorden',
      'Gemeente weet ik niet',
      'Verschil (raad − gemeente)',
      'Signaal',
    ])
    expect(a1).toEqual([
      'A',
      'A1',
      'Het doel van de raad is duidelijk.',
      '4',
      '5',
      '1',
      '3',
      '5',
      '0',
      '1',
      'verschil',
    ])
    expect(a2?.slice(3)).toEqual(['2', '6', '0', '2,4', '5', '0', '-0,4', 'beide laag'])
    expect(a3?.slice(3)).toEqual(['4,5', '6', '0', 'te weinig antwoorden', '3', '2', '', ''])
  })

  it('keeps a suppressed group out of the download', async () => {
    const [, a1] = await download(ids.small)
    expect(a1?.slice(3)).toEqual(['4', '5', '0', 'niet getoond', '', '', '', ''])
  })

  it('is for workers and up, like every export', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome(() =>
      csvLoader({
        request: makeRequest(`/quickscans/${ids.current}/uitslag.csv`, { cookie }),
        params: { scanId: ids.current },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(403)
  })
})
