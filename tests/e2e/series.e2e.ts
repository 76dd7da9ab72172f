// Planning a series of meetings in a real browser: the coordinator plans next year's six
// provincial exchange meetings in one go (form, review of the dates, save), extends the
// series into the year after, and does so also without JavaScript; a worker may not plan.
//
// The test files share one database; every series made here has a title of its own.
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

const NEW_PATH = '/bijeenkomsten/reeksen/nieuw'
const TIME_ZONE = 'Europe/Amsterdam'

// Returns a suffix that makes titles unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the current year in the Netherlands.
function dutchYear() {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(new Date()))
}

// Returns the third Thursday of January of `year` as "yyyy-mm-dd".
function thirdThursdayOfJanuary(year: number) {
  const firstWeekday = new Date(Date.UTC(year, 0, 1)).getUTCDay()
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7)
  return `${year}-01-${String(firstThursday + 14).padStart(2, '0')}`
}

// The rows of the review table: date, weekday, time, warning and whether it is ticked.
async function reviewRows(page: Page) {
  const table = page.getByRole('table', { name: 'Voorgestelde data' })
  await table.waitFor()
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')
      const box = row.querySelector('input[type="checkbox"]') as HTMLInputElement | null
      return {
        date: cells[1] ?? '',
        weekday: cells[2] ?? '',
        time: cells[3] ?? '',
        warning: cells[4] ?? '',
        checked: box?.checked ?? false,
      }
    }),
  )
}

// The dates listed under "Bijeenkomsten van deze reeks" on a series page.
function occurrenceLinks(page: Page) {
  return page
    .getByRole('region', { name: 'Bijeenkomsten van deze reeks' })
    .getByRole('table')
    .getByRole('link')
}

// Fills in step 1 for six exchange meetings a year from `startDate`, ending after six.
async function fillExchangePlan(page: Page, title: string, startDate: string) {
  await page.getByLabel(/^Titel/).fill(title)
  await expect.poll(() => page.getByLabel(/^Soort bijeenkomst/).inputValue()).toBe('EXCHANGE')
  await page.getByLabel('Een aantal keer per jaar, gelijk verdeeld').check()
  await page.getByLabel('Aantal keer per jaar', { exact: true }).selectOption('6')
  await page.getByLabel(/^Startdatum/).fill(startDate)
  await page.getByLabel('Of: aantal bijeenkomsten').fill('6')
}

describe('planning the exchange meetings of next year', () => {
  test('the coordinator reviews the six dates, leaves out the one in the summer holiday, saves and extends', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, '/bijeenkomsten/reeksen')
    await page.getByRole('link', { name: 'Nieuwe reeks' }).click()
    await page.waitForURL((url) => url.pathname === NEW_PATH)

    const year = dutchYear() + 1
    const title = `Provinciale uitwisseling ${year} ${unique()}`
    // The defaults: the usual times and place.
    expect(await page.getByLabel(/^Begintijd/).inputValue()).toBe('19:30')
    expect(await page.getByLabel(/^Eindtijd/).inputValue()).toBe('21:30')
    expect(await page.getByLabel('Locatie', { exact: true }).inputValue()).toBe('Leeuwarden')
    await fillExchangePlan(page, title, thirdThursdayOfJanuary(year))
    await page.getByRole('button', { name: 'Bekijk de data' }).click()

    await expect
      .poll(() => page.getByRole('heading', { name: 'Stap 2 van 2: de data nakijken' }).isVisible())
      .toBe(true)
    // The heading of the new step takes the focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Stap 2 van 2: de data nakijken')
    const rows = await reviewRows(page)
    expect(rows).toHaveLength(6)
    expect(rows.map((row) => row.date.slice(-4))).toEqual(Array(6).fill(String(year)))
    expect(
      rows.every((row) => row.weekday === 'donderdag' && row.time === '19:30–21:30' && row.checked),
    ).toBe(true)
    expect(rows.map((row) => row.date.split(' ')[1])).toEqual([
      'januari',
      'maart',
      'mei',
      'juli',
      'september',
      'november',
    ])
    // The third Thursday of July lies in the summer holiday of the default region (noord).
    const july = rows[3]
    expect(july?.warning).toMatch(/zomervakantie/)
    await page.getByRole('checkbox', { name: `${july?.date} meenemen` }).uncheck()
    await page.getByRole('button', { name: 'Reeks opslaan met de aangevinkte data' }).click()

    await page.waitForURL(
      (url) => /^\/bijeenkomsten\/reeksen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH,
    )
    await expect.poll(() => pageHeading(page)).toBe(title)
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain(`De reeks "${title}" is opgeslagen met 5 bijeenkomsten.`)
    const links = occurrenceLinks(page)
    await expect.poll(() => links.count()).toBe(5)
    expect((await links.allTextContents()).some((text) => text.includes('juli'))).toBe(false)
    expect(await links.first().getAttribute('href')).toMatch(/^\/bijeenkomsten\/[^/]+$/)
    expect(await mainText(page)).toContain('6 keer per jaar, op de derde donderdag, 19:30–21:30')
    const seriesPath = pathname(page)

    // The list of series shows it.
    await open(page, '/bijeenkomsten/reeksen')
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1)

    // Extending: the next year's six dates, after November (July stays left out).
    await open(page, seriesPath)
    await page.getByRole('link', { name: 'Verlengen' }).click()
    await page.waitForURL((url) => url.pathname === `${seriesPath}/verlengen`)
    expect(await page.getByLabel('Tot en met').inputValue()).toBe(`${year + 1}-12-31`)
    await page.getByRole('button', { name: 'Bekijk de data' }).click()
    const next = await reviewRows(page)
    expect(next.map((row) => row.date.split(' ').slice(1).join(' '))).toEqual(
      ['januari', 'maart', 'mei', 'juli', 'september', 'november'].map((month) => `${month} ${year + 1}`),
    )
    await page.getByRole('button', { name: 'Verlengen met de aangevinkte data' }).click()
    await page.waitForURL((url) => url.pathname === seriesPath)
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('De reeks is verlengd met 6 bijeenkomsten.')
    await expect.poll(() => occurrenceLinks(page).count()).toBe(11)
  })

  test('works without JavaScript, with the messages next to the fields and the input kept', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('coordinator').email)
    await open(page, NEW_PATH)
    const year = dutchYear() + 1
    const title = `Uitwisseling zonder JavaScript ${unique()}`
    await fillExchangePlan(page, title, thirdThursdayOfJanuary(year))
    // No end: the series is refused with a message next to "Tot en met".
    await page.getByLabel('Of: aantal bijeenkomsten').fill('')
    allowHttpErrorStatus(page, 400, NEW_PATH)
    await page.getByRole('button', { name: 'Bekijk de data' }).click()
    await page.getByRole('alert').waitFor()
    const until = page.getByLabel('Tot en met')
    const describedBy = (await until.getAttribute('aria-describedby')) ?? ''
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe(
      'Een reeks heeft een einde nodig: vul een einddatum in of het aantal bijeenkomsten.',
    )
    expect(await page.getByLabel(/^Titel/).inputValue()).toBe(title)

    await until.fill(`${year}-06-30`)
    await page.getByRole('button', { name: 'Bekijk de data' }).click()
    const rows = await reviewRows(page)
    expect(rows.map((row) => row.date.split(' ')[1])).toEqual(['januari', 'maart', 'mei'])
    // Back to the form and forward again keeps everything.
    await page.getByRole('button', { name: 'Terug naar het patroon' }).click()
    expect(await page.getByLabel('Tot en met').inputValue()).toBe(`${year}-06-30`)
    await page.getByRole('button', { name: 'Bekijk de data' }).click()
    await reviewRows(page)
    await page.getByRole('button', { name: 'Reeks opslaan met de aangevinkte data' }).click()
    await page.waitForURL(
      (url) => /^\/bijeenkomsten\/reeksen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH,
    )
    await expect.poll(() => pageHeading(page)).toBe(title)
    expect(await occurrenceLinks(page).count()).toBe(3)
  })
})

describe('who may plan a series', () => {
  test('an opbouwwerker reads the series but is refused planning', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    await open(page, '/bijeenkomsten/reeksen')
    await expect.poll(() => pageHeading(page)).toBe('Reeksen van bijeenkomsten')
    expect(await page.getByRole('link', { name: 'Nieuwe reeks' }).count()).toBe(0)
    allowHttpErrorStatus(page, 403, NEW_PATH)
    const response = await open(page, NEW_PATH)
    expect(response.status()).toBe(403)
  })
})
