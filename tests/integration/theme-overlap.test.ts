import { format, subMonths } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { localParts } from '~/models/activity/occurred-at.ts'
import { EVIDENCE_KINDS } from '~/models/theme/theme-lookup.server.ts'
import { evidenceKindLabel } from '~/models/theme/theme-overlap.ts'
import { loader as overlapPage } from '~/routes/themas.overlap.tsx'
import { loader as overlapCsv } from '~/routes/themas.overlap[.]csv.ts'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

type PageData = Awaited<ReturnType<typeof overlapPage>>

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

// Records an advice about `themeIds` by `councilIds`, sent a month ago.
async function advice({ councilIds, themeIds }: { councilIds: string[]; themeIds: string[] }) {
  const author = await createTestUser()
  return prisma.advice.create({
    data: {
      type: 'UNREQUESTED',
      title: 'Advies',
      status: 'SENT',
      sentOn: subMonths(new Date(), 1),
      createdById: author.id,
      councils: { create: councilIds.map((organisationId) => ({ organisationId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

// A municipality of its own with three councils and their work, so that every test can
// filter on it and see nothing of the other tests:
// - W&I-raad: tagged "Armoede", two activities about it, one about "Mantelzorg";
// - Wmo-raad: one activity about "Mantelzorg", an advice about "Armoede";
// - Jongerenraad: nothing at all;
// around them a spreekuurpunt and a former council that worked on "Armoede" too, and a
// year-old activity of the W&I-raad about "Jeugdhulp".
async function network() {
  const municipality = await createTestMunicipality()
  const armoede = await createTestTheme({ name: `Armoede ${municipality.id}`, domain: 'WI' })
  const mantelzorg = await createTestTheme({ name: `Mantelzorg ${municipality.id}`, domain: 'WMO' })
  const jeugdhulp = await createTestTheme({ name: `Jeugdhulp ${municipality.id}`, domain: 'JEUGD' })
  const municipalityIds = [municipality.id]
  const wi = await createTestOrganisation({ name: 'W&I-raad', municipalityIds, themeIds: [armoede.id] })
  const wmo = await createTestOrganisation({ name: 'Wmo-raad', type: 'WMO_COUNCIL', municipalityIds })
  const youth = await createTestOrganisation({ name: 'Jongerenraad', type: 'YOUTH_COUNCIL', municipalityIds })
  const point = await createTestOrganisation({ name: 'Spreekuur', type: 'SUPPORT_POINT', municipalityIds })
  const former = await createTestOrganisation({ name: 'Oude raad', active: false, municipalityIds })
  await activity({ organisationIds: [wi.id], themeIds: [armoede.id] })
  await activity({ organisationIds: [wi.id, point.id, former.id], themeIds: [armoede.id] })
  await activity({ organisationIds: [wi.id], themeIds: [mantelzorg.id] })
  await activity({ organisationIds: [wmo.id], themeIds: [mantelzorg.id] })
  await advice({ councilIds: [wmo.id], themeIds: [armoede.id] })
  await activity({ organisationIds: [wi.id], themeIds: [jeugdhulp.id], monthsAgo: 14 })
  return { municipality, armoede, mantelzorg, jeugdhulp, wi, wmo, youth }
}

// Opens the overlap page as a viewer with `params` and returns its data.
async function openPage(params: Record<string, string>) {
  const { cookie } = await signedIn('lezer')
  const url = `/themas/overlap?${new URLSearchParams(params)}`
  const result = await outcome<PageData>(() =>
    overlapPage({ request: makeRequest(url, { cookie }), params: {}, context: testContext() }),
  )
  expect(result.status).toBe(200)
  if (!result.data) throw new Error('the page gave no data')
  return result.data
}

// Downloads the CSV as a worker with `params` and returns its rows as records by header.
async function download(params: Record<string, string>) {
  const { cookie } = await signedIn('opbouwwerker')
  const url = `/themas/overlap.csv?${new URLSearchParams(params)}`
  const response = await overlapCsv({
    request: makeRequest(url, { cookie }),
    params: {},
    context: testContext(),
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
  const [header = [], ...rows] = parseCsv(await response.text())
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']))),
  }
}

const names = (items: { name: string }[]) => items.map((item) => item.name)

describe('the councils × themes matrix', () => {
  it('shows the active councils of a municipality, and the themes with evidence by domain', async () => {
    const { municipality, armoede, mantelzorg } = await network()
    const { overlap } = await openPage({ gemeente: municipality.id })
    expect(names(overlap.councils)).toEqual(['Jongerenraad', 'W&I-raad', 'Wmo-raad'])
    expect(names(overlap.themes)).toEqual([armoede.name, mantelzorg.name])
  })

  it('counts the evidence in each cell and marks an explicit tag', async () => {
    const { municipality, armoede, mantelzorg, wi, wmo, youth } = await network()
    const { overlap } = await openPage({ gemeente: municipality.id })
    expect(overlap.cells[wi.id]?.[armoede.id]).toMatchObject({ explicit: true, derived: 2, counted: true })
    expect(overlap.cells[wi.id]?.[armoede.id]?.counts).toMatchObject({ explicit: 1, activity: 2, advice: 0 })
    expect(overlap.cells[wi.id]?.[mantelzorg.id]).toMatchObject({ explicit: false, derived: 1 })
    expect(overlap.cells[wmo.id]?.[armoede.id]?.counts).toMatchObject({ explicit: 0, activity: 0, advice: 1 })
    expect(overlap.cells[wmo.id]?.[mantelzorg.id]?.counts).toMatchObject({ activity: 1 })
    expect(overlap.cells[youth.id]).toBeUndefined()
  })

  it('totals the themes per council and the councils per theme', async () => {
    const { municipality, armoede, mantelzorg } = await network()
    const { overlap } = await openPage({ gemeente: municipality.id })
    expect(overlap.councils.map((council) => [council.name, council.themeCount])).toEqual([
      ['Jongerenraad', 0],
      ['W&I-raad', 2],
      ['Wmo-raad', 2],
    ])
    expect(overlap.themes.map((theme) => [theme.id, theme.councilCount])).toEqual([
      [armoede.id, 2],
      [mantelzorg.id, 2],
    ])
  })

  it('shows the evidence behind a chosen cell, and nothing for a cell that is not in the table', async () => {
    const { municipality, armoede, wi, wmo } = await network()
    const { detail } = await openPage({ gemeente: municipality.id, raad: wi.id, thema: armoede.id })
    expect(detail?.council.name).toBe('W&I-raad')
    expect(detail?.cell).toMatchObject({ explicit: true, derived: 2 })
    const elsewhere = await openPage({ gemeente: municipality.id, raad: wmo.id, thema: 'bestaat-niet' })
    expect(elsewhere.detail).toBeNull()
  })
})

describe('the filters', () => {
  it('shows only the councils of the chosen type', async () => {
    const { municipality, mantelzorg, armoede } = await network()
    const { overlap } = await openPage({ gemeente: municipality.id, soort: 'WMO_COUNCIL' })
    expect(names(overlap.councils)).toEqual(['Wmo-raad'])
    expect(names(overlap.themes)).toEqual([armoede.name, mantelzorg.name])
  })

  it('counts work in the chosen period, and explicit tags whatever the period', async () => {
    const { municipality, armoede, jeugdhulp, wi } = await network()
    const day = (date: Date) => format(date, 'yyyy-MM-dd')
    const longAgo = await openPage({
      gemeente: municipality.id,
      van: day(subMonths(new Date(), 16)),
      tot: day(subMonths(new Date(), 12)),
    })
    expect(names(longAgo.overlap.themes)).toEqual([armoede.name, jeugdhulp.name])
    expect(longAgo.overlap.cells[wi.id]?.[armoede.id]).toMatchObject({ explicit: true, derived: 0 })
    expect(longAgo.overlap.cells[wi.id]?.[jeugdhulp.id]).toMatchObject({ derived: 1 })
    expect(longAgo.problem).toBeNull()
  })

  it('asks for more evidence from the work with "minimaal bewijs", while a tag always counts', async () => {
    const { municipality, armoede, wi, wmo } = await network()
    const { overlap } = await openPage({ gemeente: municipality.id, minimaal: '2' })
    expect(names(overlap.themes)).toEqual([armoede.name])
    expect(overlap.themes[0]?.councilCount).toBe(1)
    expect(overlap.cells[wmo.id]?.[armoede.id]).toMatchObject({ derived: 1, counted: false })
    expect(overlap.councils.map((council) => [council.id, council.themeCount])).toContainEqual([wi.id, 1])
    expect(overlap.pairs).toEqual([])
  })

  it('counts only the tags with "alleen vastgelegde thema\'s"', async () => {
    const { municipality, armoede, wi } = await network()
    const { overlap, filters } = await openPage({ gemeente: municipality.id, vastgelegd: 'ja' })
    expect(filters.vastgelegd).toBe(true)
    expect(names(overlap.themes)).toEqual([armoede.name])
    expect(overlap.cells[wi.id]?.[armoede.id]).toMatchObject({ explicit: true, derived: 0 })
  })

  it('shows the last twelve months with a Dutch message for a day that does not exist or reversed days', async () => {
    const { municipality, armoede, mantelzorg } = await network()
    const invalid = await openPage({ gemeente: municipality.id, van: '2025-02-30', tot: '2025-03-31' })
    expect(invalid.problem).toBe('overlap.periodInvalid')
    expect(names(invalid.overlap.themes)).toEqual([armoede.name, mantelzorg.name])
    const reversed = await openPage({ gemeente: municipality.id, van: '2025-05-02', tot: '2025-05-01' })
    expect(reversed.problem).toBe('overlap.periodReversed')
    expect(reversed.filters.tot).toBe(localParts(new Date()).day)
  })

  it('never fails on nonsense in the URL: every filter falls back to its default', async () => {
    await network()
    const data = await openPage({
      weergave: 'taart',
      gemeente: "'; DROP TABLE Theme; --",
      soort: 'SITE',
      van: 'ooit',
      minimaal: '-1',
      vastgelegd: '1',
      raad: '%%%',
      thema: 'x'.repeat(500),
      paren: 'veel',
    })
    expect(data.filters).toMatchObject({ weergave: 'themas', minimaal: 1, vastgelegd: false })
    expect(data.filters.gemeente).toBeUndefined()
    expect(data.filters.soort).toBeUndefined()
    expect(data.problem).toBe('overlap.periodInvalid')
    expect(data.detail).toBeNull()
    expect(data.overlap.councils.length).toBeGreaterThanOrEqual(3)
  })

  it('ignores a municipality that no active council serves', async () => {
    const empty = await createTestMunicipality()
    const { filters, municipalities } = await openPage({ gemeente: empty.id })
    expect(filters.gemeente).toBeUndefined()
    expect(municipalities.map((municipality) => municipality.id)).not.toContain(empty.id)
  })
})

describe('the councils × councils view', () => {
  it('counts the themes each pair of councils shares and names them', async () => {
    const { municipality, armoede, mantelzorg, wi, wmo } = await network()
    const extra = await createTestOrganisation({
      name: 'Adviesraad',
      type: 'SOCIAL_DOMAIN_COUNCIL',
      municipalityIds: [municipality.id],
      themeIds: [mantelzorg.id],
    })
    const { overlap } = await openPage({ gemeente: municipality.id, weergave: 'raden' })
    expect(
      overlap.pairs.map((pair) => [pair.councils.map((council) => council.id), pair.themes.map((t) => t.id)]),
    ).toEqual([
      [
        [wi.id, wmo.id],
        [armoede.id, mantelzorg.id],
      ],
      [[extra.id, wi.id], [mantelzorg.id]],
      [[extra.id, wmo.id], [mantelzorg.id]],
    ])
  })
})

describe('the CSV download', () => {
  it('writes one row per council and theme with evidence, the kinds of evidence in columns, with Dutch headers', async () => {
    const { municipality, armoede, mantelzorg } = await network()
    const { header, records } = await download({ gemeente: municipality.id, minimaal: '2' })
    const workColumns = EVIDENCE_KINDS.filter((kind) => kind !== 'explicit').map(evidenceKindLabel)
    expect(header).toEqual([
      'Raad',
      'Soort',
      'Gemeenten',
      'Thema',
      'Domein',
      'Vastgelegd',
      ...workColumns,
      'Totaal uit het werk',
      'Telt mee',
    ])
    expect(
      records.map((record) => [record.Raad, record.Thema, record.Vastgelegd, record['Telt mee']]),
    ).toEqual([
      ['W&I-raad', armoede.name, 'ja', 'ja'],
      ['W&I-raad', mantelzorg.name, 'nee', 'nee'],
      ['Wmo-raad', armoede.name, 'nee', 'nee'],
      ['Wmo-raad', mantelzorg.name, 'nee', 'nee'],
    ])
    expect(records[0]).toMatchObject({
      Soort: 'Cliëntenraad Werk en Inkomen',
      Gemeenten: municipality.name,
      Domein: 'Werk en Inkomen',
      Activiteiten: '2',
      Adviezen: '0',
      'Totaal uit het werk': '2',
    })
    expect(records[2]).toMatchObject({ Adviezen: '1', 'Totaal uit het werk': '1' })
  })

  it('writes the pairs of councils with their shared themes for the councils × councils view', async () => {
    const { municipality, armoede, mantelzorg } = await network()
    const { header, records } = await download({ gemeente: municipality.id, weergave: 'raden' })
    expect(header).toEqual(['Raad A', 'Raad B', "Aantal gedeelde thema's", "Gedeelde thema's"])
    expect(records).toEqual([
      {
        'Raad A': 'W&I-raad',
        'Raad B': 'Wmo-raad',
        "Aantal gedeelde thema's": '2',
        "Gedeelde thema's": `${armoede.name}, ${mantelzorg.name}`,
      },
    ])
  })
})

describe('who may see the overlap', () => {
  it('opens the page for a viewer and sends a visitor without a session to the login page', async () => {
    const { cookie } = await signedIn('lezer')
    const page = await outcome(() =>
      overlapPage({
        request: makeRequest('/themas/overlap', { cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(page.status).toBe(200)
    const anonymous = await outcome(() =>
      overlapPage({ request: makeRequest('/themas/overlap'), params: {}, context: testContext() }),
    )
    expect(anonymous.status).toBe(302)
    expect(anonymous.location).toMatch(/^\/login/)
  })

  it('offers the CSV to workers only', async () => {
    const viewer = await signedIn('lezer')
    const { canExport } = await openPage({})
    expect(canExport).toBe(false)
    const csv = await outcome(() =>
      overlapCsv({
        request: makeRequest('/themas/overlap.csv', { cookie: viewer.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(csv.status).toBe(403)
  })
})
