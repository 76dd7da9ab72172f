// The photo of a quick scan and its comparison with the baseline in a real browser, on scans
// built straight in the server's database: both groups' numbers side by side, the radar
// chart with its accessible name, a suppressed group, the comparison, and how it prints.
import { randomUUID } from 'node:crypto'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { PrismaClient } from '../../app/generated/prisma/client.ts'
import {
  addResponses,
  createQuestionnaire,
  createScan,
  type DimensionSpec,
  LADDER_STEPS,
  responsesFrom,
} from '../fixtures/quickscan.ts'
import {
  allowHttpErrorStatus,
  demoUser,
  login,
  mainText,
  open,
  pageHeading,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

const suffix = randomUUID().slice(0, 8)
const TITLE = `Herhaalscan ${suffix}`
const BASELINE_TITLE = `Eerste scan ${suffix}`
const SMALL_TITLE = `Kleine scan ${suffix}`
const SECRET = `Alleen de wethouder weet dit ${suffix}`

const dimensions: DimensionSpec[] = [
  {
    code: 'A',
    name: 'Doel en positie',
    items: [
      { code: 'A1', text: 'Het doel van de cliëntenraad is voor alle betrokkenen duidelijk.' },
      { code: 'A2', text: 'De taken en bevoegdheden van de raad zijn goed vastgelegd.' },
      { code: 'A9', kind: 'OPEN', text: 'Wat zou het belangrijkste doel van de raad moeten zijn?' },
    ],
  },
  {
    code: 'B',
    name: 'Samenstelling en achterban',
    items: [{ code: 'B1', text: 'In de raad is voldoende ervaringsdeskundigheid aanwezig.' }],
  },
  {
    code: 'E',
    name: 'Invloed en resultaat',
    items: [
      { code: 'E1', text: 'De gemeente neemt de adviezen van de raad serieus.' },
      { code: 'E5', kind: 'LADDER', text: 'Op welke trede staat de raad?', choices: LADDER_STEPS },
    ],
  },
]

const ids = { current: '', baseline: '', small: '' }
let prisma: PrismaClient

beforeAll(async () => {
  prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject('databasePath')}` }) })
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: demoUser('coordinator').email } })
  const municipality = await prisma.municipality.create({
    data: { name: `Gemeente E2E ${suffix}`, cbsCode: `GM${suffix.slice(0, 6)}`, province: 'Fryslân' },
  })
  const questionnaire = await createQuestionnaire(prisma, { dimensions })
  const base = {
    municipalityId: municipality.id,
    questionnaireId: questionnaire.id,
    createdById: coordinator.id,
  }
  const { itemIds } = questionnaire

  const baseline = await createScan(prisma, {
    ...base,
    title: BASELINE_TITLE,
    opensOn: new Date('2024-03-04T00:00:00Z'),
    closesOn: new Date('2024-03-29T00:00:00Z'),
  })
  ids.baseline = baseline.id
  await addResponses(prisma, {
    scanId: baseline.id,
    itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(5, {
      A1: [3, 3, 3, 3, 3],
      A2: [2, 2, 2, 2, 2],
      B1: [3, 3, 3, 3, 3],
      E1: [2, 2, 2, 2, 2],
    }),
  })
  await addResponses(prisma, {
    scanId: baseline.id,
    itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(5, {
      A1: [3, 3, 3, 3, 3],
      A2: [3, 3, 3, 3, 3],
      B1: [4, 4, 4, 4, 4],
      E1: [4, 4, 4, 4, 4],
    }),
  })

  // Council A1 4,0 and municipality 3,0: a gap of +1,0 ("verschil"); A2 2,0 and 2,4: "beide laag".
  const current = await createScan(prisma, {
    ...base,
    title: TITLE,
    baselineId: baseline.id,
    invited: { COUNCIL: 8, MUNICIPALITY: 7 },
  })
  ids.current = current.id
  await addResponses(prisma, {
    scanId: current.id,
    itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(6, {
      A1: [4, 5, 4, 3, null, 4],
      A2: [2, 2, 3, 1, 2, 2],
      B1: [4, 4, 4, 4, 4, 4],
      E1: [3, 3, 3, 3, 3, 3],
      E5: [1, 2, 2, 3, 2, 1].map((now) => ({ now, desired: 4 })),
      A9: ['Meer invloed op beleid', '<b>Vet</b> is geen opmaak'],
    }),
  })
  await addResponses(prisma, {
    scanId: current.id,
    itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(5, {
      A1: [3, 3, 3, 2, 4],
      A2: [2, 3, 2, 3, 2],
      B1: [4, 4, 4, 4, 4],
      E1: [4, 4, 3, 4, 4],
      E5: [3, 3, 3, 2, 3].map((now) => ({ now, desired: 3 })),
      A9: ['Samen beleid maken'],
    }),
  })

  // Only three municipal staff answered: that group is not shown.
  const small = await createScan(prisma, {
    ...base,
    title: SMALL_TITLE,
    invited: { COUNCIL: 5, MUNICIPALITY: 6 },
  })
  ids.small = small.id
  await addResponses(prisma, {
    scanId: small.id,
    itemIds,
    group: 'COUNCIL',
    responses: responsesFrom(5, { A1: [4, 4, 4, 4, 4], A9: ['Meer zichtbaarheid'] }),
  })
  await addResponses(prisma, {
    scanId: small.id,
    itemIds,
    group: 'MUNICIPALITY',
    responses: responsesFrom(3, { A1: [1, 1, 2], A9: [SECRET] }),
  })
})

afterAll(async () => {
  await prisma?.$disconnect()
})

// Returns the cells (not the row header) of an item's row in a table.
async function rowCells(page: Page, table: string, rowStart: string) {
  const row = page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${rowStart}`) }) })
  return row.getByRole('cell').allTextContents()
}

const RADAR = 'Gemiddelde per onderdeel, raad en gemeente'

describe('the photo of a quick scan', () => {
  test('a lezer reads both groups side by side, with the gap, the flags and a radar chart', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, `/quickscans/${ids.current}/uitslag`)
    await expect.poll(() => pageHeading(page)).toBe(`Uitslag: ${TITLE}`)
    const text = await mainText(page)
    expect(text).toContain('Raad: 6 van 8 uitgenodigd')
    expect(text).toContain('Gemeente: 5 van 7 uitgenodigd')

    // Raad: mean, answers, weet ik niet; gemeente the same; then the gap and the flag.
    expect(await rowCells(page, 'Stellingen A. Doel en positie', 'A1')).toEqual([
      '4,0',
      '5',
      '1',
      '3,0',
      '5',
      '0',
      '+1,0',
      'verschil',
    ])
    expect(await rowCells(page, 'Stellingen A. Doel en positie', 'A2')).toEqual([
      '2,0',
      '6',
      '0',
      '2,4',
      '5',
      '0',
      '−0,4',
      'beide laag',
    ])
    expect(await rowCells(page, 'Gemiddelde per onderdeel', 'A. Doel en positie')).toEqual([
      '3,0',
      '2,7',
      '+0,3',
      '',
    ])

    // The radar is an image with a name, described in words and pointing to the table.
    const radar = page.getByRole('img', { name: RADAR, exact: true })
    expect(await radar.isVisible()).toBe(true)
    const description = await radar.evaluate((svg) => {
      const id = svg.getAttribute('aria-describedby') ?? ''
      return document.getElementById(id)?.textContent ?? ''
    })
    expect(description).toContain('Dezelfde cijfers staan in de tabel "Gemiddelde per onderdeel".')
    expect(await radar.locator('polygon[stroke-dasharray]').count()).toBe(1)

    // Open answers are text, never markup.
    expect(await page.getByText('<b>Vet</b> is geen opmaak').isVisible()).toBe(true)
    expect(await page.locator('main b', { hasText: 'Vet' }).count()).toBe(0)

    // The ladder: per group a chart of now and desired.
    expect(
      await page.getByRole('img', { name: 'Participatieladder, Raad: aantal keer gekozen' }).isVisible(),
    ).toBe(true)
    expect(await page.getByRole('link', { name: 'Vergelijken met de eerdere scan' }).isVisible()).toBe(true)
    // Exports are for workers and up.
    expect(await page.getByRole('link', { name: /als CSV downloaden/ }).count()).toBe(0)
  })

  test('a group below the minimum size is not shown, with the reason', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, `/quickscans/${ids.small}/uitslag`)
    await expect.poll(() => pageHeading(page)).toBe(`Uitslag: ${SMALL_TITLE}`)
    expect(
      await page
        .getByText(
          'Minder dan 5 reacties van de gemeente: om niemand herkenbaar te maken tonen we deze groep niet.',
        )
        .isVisible(),
    ).toBe(true)
    expect(await rowCells(page, 'Stellingen A. Doel en positie', 'A1')).toEqual([
      '4,0',
      '5',
      '0',
      'niet getoond',
      '—',
      '—',
      '— (groep niet getoond)',
      '',
    ])
    expect(await mainText(page)).not.toContain(SECRET)
    expect(await page.getByText('Meer zichtbaarheid').isVisible()).toBe(true)
    // The radar shows the council alone.
    const radar = page.getByRole('img', { name: RADAR, exact: true })
    expect(await radar.locator('polygon[stroke-dasharray]').count()).toBe(0)
  })

  test('prints as a report for the goede gesprek: no navigation or links, the charts and tables kept', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, `/quickscans/${ids.current}/uitslag`)
    const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' })
    const back = page.getByRole('link', { name: 'Terug naar de scan' })
    const csv = page.getByRole('link', { name: 'De stellingen als CSV downloaden' })
    expect(await navigation.isVisible()).toBe(true)
    expect(await back.isVisible()).toBe(true)
    expect(await csv.isVisible()).toBe(true)

    await page.emulateMedia({ media: 'print' })
    expect(await navigation.isVisible()).toBe(false)
    expect(await back.isVisible()).toBe(false)
    expect(await csv.isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false)
    expect(await page.getByRole('img', { name: RADAR, exact: true }).isVisible()).toBe(true)
    expect(await page.getByRole('table', { name: 'Stellingen A. Doel en positie' }).isVisible()).toBe(true)
    expect(await page.getByText(/^Gemaakt op \d+ \w+ \d{4} met Raadnet\.$/).isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(1000)
  })

  test('an unknown scan gives the not-found page', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    allowHttpErrorStatus(page, 404, '/quickscans/bestaat-niet/uitslag')
    const response = await open(page, '/quickscans/bestaat-niet/uitslag')
    expect(response.status()).toBe(404)
  })
})

describe('the comparison with the baseline', () => {
  test('shows per item and group what changed, in words as well as numbers', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, `/quickscans/${ids.current}/uitslag`)
    await page.getByRole('link', { name: 'Vergelijken met de eerdere scan' }).click()
    await page.waitForURL((url) => url.pathname === `/quickscans/${ids.current}/vergelijking`)
    await expect.poll(() => pageHeading(page)).toBe(`Vergelijking: ${TITLE}`)
    expect(await mainText(page)).toContain(`Vergeleken met de eerdere scan "${BASELINE_TITLE}"`)
    // Toen, nu, verandering for the council, then for the municipality.
    expect(await rowCells(page, 'Verandering per stelling, A. Doel en positie', 'A1')).toEqual([
      '3,0',
      '4,0',
      '▲ +1,0 beter',
      '3,0',
      '3,0',
      '= 0,0 gelijk',
    ])
    expect(await rowCells(page, 'Verandering per stelling, A. Doel en positie', 'A2')).toEqual([
      '2,0',
      '2,0',
      '= 0,0 gelijk',
      '3,0',
      '2,4',
      '▼ −0,6 slechter',
    ])
  })

  test('a scan without a baseline explains how to get a comparison', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, `/quickscans/${ids.baseline}/vergelijking`)
    expect(
      await page.getByRole('heading', { name: 'Geen eerdere scan om mee te vergelijken' }).isVisible(),
    ).toBe(true)
  })
})
