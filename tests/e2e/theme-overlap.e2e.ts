// The theme overlap on the demo network: filtering on a municipality, the evidence behind a
// cell, the scrollable tables for keyboard users, and the councils × councils view. The
// checks rest on the demo's explicit theme tags (prisma/data/network.json), which do not
// depend on the period.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { demoUser, login, mainText, open, pageHeading, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

const WI_COUNCIL = 'Cliëntenraad Werk en Inkomen Súdwest-Fryslân'
const BROAD_COUNCIL = 'Adviesraad Sociaal Domein Súdwest-Fryslân'
const YOUTH_COUNCIL = 'Jongerenraad Súdwest-Fryslân'

// Chooses Súdwest-Fryslân in the filters and applies them.
async function filterOnSudwest(page: Page) {
  await page.getByLabel('Gemeente').selectOption({ label: 'Súdwest-Fryslân' })
  await page.getByRole('button', { name: 'Toepassen' }).click()
  await page.waitForURL((url) => url.pathname === '/themas/overlap' && url.searchParams.has('gemeente'))
}

test('a viewer scrolls the matrix by keyboard, filters it on a municipality and opens the evidence of a cell', async () => {
  const page = await newPage()
  await login(page, demoUser('lezer').email)
  await open(page, '/themas')
  await page.getByRole('link', { name: "Overlap in thema's tussen raden" }).click()
  await page.waitForURL((url) => url.pathname === '/themas/overlap')
  await expect.poll(() => pageHeading(page)).toBe("Overlap in thema's")

  // All councils and themes do not fit: the table scrolls inside a region that takes
  // focus, so that the arrow keys scroll it.
  const region = page.getByRole('region', { name: "Tabel raden × thema's, schuift horizontaal" })
  expect(await region.getAttribute('tabindex')).toBe('0')
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
  await region.focus()
  expect(await region.evaluate((element) => element === document.activeElement)).toBe(true)
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)

  await filterOnSudwest(page)
  const rowHeaders = page.locator('tbody th[scope="row"] a')
  await expect.poll(() => rowHeaders.allTextContents()).toEqual([BROAD_COUNCIL, WI_COUNCIL, YOUTH_COUNCIL])

  // The cell of the W&I council and "Armoede en schulden" says in words that it is tagged.
  const columns = await page.locator('thead tr').last().locator(':scope > th').allTextContents()
  const column = columns.indexOf('Armoede en schulden')
  expect(column).toBeGreaterThan(0)
  const cell = page
    .getByRole('row', { name: new RegExp(`^${WI_COUNCIL}`) })
    .locator(':scope > *')
    .nth(column)
  const link = cell.getByRole('link')
  expect(await link.textContent()).toContain('vastgelegd thema')
  expect(await link.textContent()).toContain('●')

  await link.click()
  await page.waitForURL((url) => url.searchParams.has('raad') && url.hash === '#bewijs')
  const detail = page.getByRole('heading', { level: 2, name: `${WI_COUNCIL} en Armoede en schulden` })
  await detail.waitFor()
  await expect.poll(() => detail.evaluate((element) => element === document.activeElement)).toBe(true)
  expect(await mainText(page)).toContain('Vastgelegd als thema van de raad.')
})

test('without JavaScript the filters and the view switch work, and the councils × councils view names the shared themes', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  await login(page, demoUser('opbouwwerker').email)
  await open(page, '/themas/overlap')
  await filterOnSudwest(page)
  const gemeente = new URL(page.url()).searchParams.get('gemeente')

  await page
    .getByRole('navigation', { name: 'Weergave' })
    .getByRole('link', { name: 'Raden × raden' })
    .click()
  await page.waitForURL((url) => url.searchParams.get('weergave') === 'raden')
  expect(new URL(page.url()).searchParams.get('gemeente')).toBe(gemeente)
  const pair = page.getByRole('listitem').filter({ hasText: `${BROAD_COUNCIL} — ${YOUTH_COUNCIL}` })
  expect(await pair.textContent()).toContain('Jeugdhulp')

  const matrix = page.getByRole('region', { name: 'Tabel raden × raden, schuift horizontaal' })
  expect(await matrix.getAttribute('tabindex')).toBe('0')
  expect(await matrix.getByRole('rowheader').allTextContents()).toEqual([
    `1. ${BROAD_COUNCIL}`,
    `2. ${WI_COUNCIL}`,
    `3. ${YOUTH_COUNCIL}`,
  ])

  const download = page.getByRole('link', { name: 'CSV downloaden' })
  expect(await download.getAttribute('href')).toContain('/themas/overlap.csv?')

  await open(page, '/themas/overlap?van=2025-02-30&minimaal=taart')
  expect(await mainText(page)).toContain('Een van de datums bestaat niet.')
})

test('on a phone only the tables scroll sideways, never the page', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } })
  await login(page, demoUser('lezer').email)
  for (const path of ['/themas/overlap', '/themas/overlap?weergave=raden']) {
    await open(page, path)
    // The hidden texts in the cells stay inside the scrolling region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
