// The year report in a real browser, on the demo network (whose meetings, activities, advices
// and signals cover this year and the year before): opening it, switching years, a chart with
// its text alternative, a CSV download, a wrong year, and how the page prints.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import {
  allowHttpErrorStatus,
  demoUser,
  login,
  mainText,
  open,
  pageHeading,
  pathname,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

const PATH = '/rapportages/jaarverslag'
const THIS_YEAR = Number(
  new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date()),
)
const LAST_YEAR = THIS_YEAR - 1
const EXCHANGE = 'Provinciale uitwisselingsbijeenkomst'

const meetingsTable = (page: Page) => page.getByRole('table', { name: 'Bijeenkomsten per soort' })

// Returns the cells of the exchange meetings' row in the meetings table.
async function exchangeRow(page: Page) {
  const row = meetingsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: EXCHANGE }) })
  return row.getByRole('cell').allTextContents()
}

describe('the year report', () => {
  test('a coordinator opens this year from the reports, sees a chart with its numbers and switches to last year', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, '/rapportages')
    await page.getByRole('link', { name: 'Jaarverslag' }).click()
    await page.waitForURL((url) => url.pathname === PATH)
    await expect.poll(() => pageHeading(page)).toBe(`Jaarverslag ${THIS_YEAR}`)
    expect(await mainText(page)).toContain(`Vergeleken met ${LAST_YEAR}.`)

    // The demo network held exchange meetings this year and last year.
    const header = await meetingsTable(page).getByRole('columnheader').allTextContents()
    expect(header.slice(0, 3)).toEqual([
      'Soort bijeenkomst',
      `Gehouden ${THIS_YEAR}`,
      `Gehouden ${LAST_YEAR}`,
    ])
    const [heldThisYear = '', heldLastYear = ''] = await exchangeRow(page)
    expect(Number(heldThisYear)).toBeGreaterThan(0)
    expect(Number(heldLastYear)).toBeGreaterThan(0)

    // The chart is an image named by its title and described in words; the table beside it
    // holds the same numbers, and the bars are labelled with them.
    const chart = page.getByRole('img', { name: 'Gehouden bijeenkomsten per soort', exact: true })
    await chart.waitFor()
    const description = await chart.evaluate((svg) => {
      const id = svg.getAttribute('aria-describedby') ?? ''
      return document.getElementById(id)?.textContent ?? ''
    })
    expect(description).toBe(
      `Staafdiagram: per regel een balk voor ${THIS_YEAR} en een voor ${LAST_YEAR}. Dezelfde cijfers staan in de tabel "Bijeenkomsten per soort".`,
    )
    const barTexts = await chart.locator('text').allTextContents()
    expect(barTexts).toContain(EXCHANGE)
    expect(barTexts).toContain(heldThisYear)
    expect(barTexts).toContain(heldLastYear)

    await page
      .getByRole('navigation', { name: 'Jaar kiezen' })
      .getByRole('link', { name: String(LAST_YEAR) })
      .click()
    await page.waitForURL((url) => url.search === `?jaar=${LAST_YEAR}`)
    await expect.poll(() => pageHeading(page)).toBe(`Jaarverslag ${LAST_YEAR}`)
    const [heldThen = ''] = await exchangeRow(page)
    expect(heldThen).toBe(heldLastYear)
  })

  test('an opbouwwerker downloads a table as CSV for the year on screen', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    await open(page, `${PATH}?jaar=${LAST_YEAR}`)
    const [held = ''] = await exchangeRow(page)
    const downloading = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Deze tabel als CSV downloaden (Bijeenkomsten per soort)' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^jaarverslag-${LAST_YEAR}-bijeenkomsten-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    )
    const text = await readFile(await download.path(), 'utf8')
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      `Soort bijeenkomst;Gehouden ${LAST_YEAR};Gehouden ${LAST_YEAR - 1};Gem. aanwezigen ${LAST_YEAR};Gem. aanwezigen ${LAST_YEAR - 1};Gem. organisaties ${LAST_YEAR};Gem. organisaties ${LAST_YEAR - 1}`,
    )
    expect(lines[1]?.startsWith(`${EXCHANGE};${held};`)).toBe(true)
  })

  test('a lezer reads the report without download links, and a wrong year gets a message beside the field', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, PATH)
    expect(await page.getByRole('link', { name: /als CSV downloaden/ }).count()).toBe(0)
    allowHttpErrorStatus(page, 400, PATH)
    const year = page.getByRole('textbox', { name: 'Jaar' })
    await year.fill('1850')
    await page.getByRole('button', { name: 'Jaar tonen' }).click()
    await page.waitForURL((url) => url.search === '?jaar=1850')
    await expect
      .poll(() =>
        page
          .getByText(`Vul een jaar in van 2000 tot en met ${THIS_YEAR}, bijvoorbeeld ${THIS_YEAR}.`)
          .isVisible(),
      )
      .toBe(true)
    expect(await year.getAttribute('aria-invalid')).toBe('true')
    expect(await meetingsTable(page).count()).toBe(0)
  })

  test('without JavaScript an end date before the start date is explained beside the field', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('lezer').email)
    allowHttpErrorStatus(page, 400, PATH)
    await open(page, PATH)
    await page.getByLabel('Van', { exact: true }).fill(`${LAST_YEAR}-06-01`)
    await page.getByLabel('Tot en met', { exact: true }).fill(`${LAST_YEAR}-03-01`)
    await page.getByRole('button', { name: 'Periode tonen' }).click()
    await page.waitForURL((url) => url.searchParams.get('tot') === `${LAST_YEAR}-03-01`)
    expect(await page.getByText('De einddatum ligt vóór de begindatum.').isVisible()).toBe(true)
    expect(pathname(page)).toBe(PATH)
  })

  test('prints as a report: no navigation, no forms or download links, the tables and charts kept', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, `${PATH}?jaar=${LAST_YEAR}`)
    const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' })
    const yearForm = page.getByRole('form', { name: 'Een jaar' })
    const downloadLink = page.getByRole('link', { name: /als CSV downloaden/ }).first()
    expect(await navigation.isVisible()).toBe(true)
    expect(await yearForm.isVisible()).toBe(true)

    await page.emulateMedia({ media: 'print' })
    expect(await navigation.isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(false)
    expect(await yearForm.isVisible()).toBe(false)
    expect(await downloadLink.isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: 'Terug naar rapportages' }).isVisible()).toBe(false)
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    expect(await meetingsTable(page).isVisible()).toBe(true)
    expect(
      await page.getByRole('img', { name: 'Gehouden bijeenkomsten per soort', exact: true }).isVisible(),
    ).toBe(true)
    expect(await page.getByText(/^Gemaakt op \d+ \w+ \d{4} met Raadnet\.$/).isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.byteLength).toBeGreaterThan(1000)
  })
})
