// The search: the keyboard shortcut in the header, grouped results with highlighted
// matches, and opening a hit.
import { expect, test } from 'vitest'
import { demoUser, login, open, pageHeading, pathname, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

test('pressing "/" on the dashboard focuses the search box; "clientenraad" finds the cliëntenraden, grouped, with the match marked', async () => {
  const page = await newPage()
  await login(page, demoUser('opbouwwerker').email)
  await open(page, '/')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Zoeken in Raadnet' })
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true)
  await page.keyboard.type('clientenraad')
  expect(await box.inputValue()).toBe('clientenraad')
  await page.keyboard.press('Enter')

  await page.waitForURL((url) => url.pathname === '/zoeken' && url.searchParams.get('q') === 'clientenraad')
  await expect.poll(() => pageHeading(page)).toBe('Zoeken')
  const organisations = page.getByRole('heading', { level: 2, name: /^Organisaties \(\d+\)$/ })
  await organisations.waitFor()
  expect(await page.getByRole('status').first().textContent()).toMatch(/\d+ resultaten voor "clientenraad"/)
  const firstMark = page.locator('main mark').first()
  expect((await firstMark.textContent())?.toLowerCase()).toBe('cliëntenraad')

  const firstHit = page.locator('main section li a').first()
  const title = (await firstHit.textContent()) ?? ''
  expect(title).toMatch(/Cliëntenraad/)
  await firstHit.click()
  await page.waitForURL((url) => url.pathname.startsWith('/organisaties/'))
  expect(pathname(page)).toMatch(/^\/organisaties\/[^/]+$/)
  await expect.poll(() => pageHeading(page)).toContain(title.trim())
})

test('"/" typed into another field stays in that field, and Ctrl+K focuses the search box', async () => {
  const page = await newPage()
  await login(page, demoUser('lezer').email)
  await open(page, '/zoeken?q=raad')
  const field = page.getByRole('searchbox', { name: 'Zoekterm' })
  await field.fill('')
  await field.pressSequentially('a/b')
  expect(await field.inputValue()).toBe('a/b')

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press('Control+k')
  const box = page.getByRole('searchbox', { name: 'Zoeken in Raadnet' })
  await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true)
})

test('an empty search explains itself and nonsense finds nothing, without errors', async () => {
  const page = await newPage()
  await login(page, demoUser('lezer').email)
  await open(page, '/zoeken')
  expect(await page.locator('main').textContent()).toContain('Zoek in één keer in organisaties')
  await open(page, `/zoeken?q=${encodeURIComponent('"NEAR( -: * qqqqzzzzxx')}`)
  expect(await page.locator('main').textContent()).toContain('Niets gevonden')
})

test('a period that ends before it starts, or a day that does not exist, is explained beside its field', async () => {
  const page = await newPage()
  await login(page, demoUser('lezer').email)
  await open(page, '/zoeken?q=raad&van=2026-05-01&tot=2026-01-01')
  const from = page.getByLabel('Van', { exact: true })
  expect(await from.getAttribute('aria-invalid')).toBe('true')
  expect(await page.locator('main').textContent()).toContain('De begindatum ligt na de einddatum')
  await open(page, '/zoeken?q=raad&tot=2026-02-31')
  const to = page.getByLabel('Tot en met', { exact: true })
  expect(await to.getAttribute('aria-invalid')).toBe('true')
  expect(await to.inputValue()).toBe('')
  expect(await page.locator('main').textContent()).toContain('Dit is geen geldige datum')
})
