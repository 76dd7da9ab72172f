// The network picture on the demo network: the picture and its list, narrowing it to the
// councils around "Armoede en schulden", and a node that opens the organisation's page.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { demoUser, login, mainText, open, pageHeading, pathname, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

const THEME = 'Armoede en schulden'

// Returns the names of the organisations in the list below the picture.
function listedOrganisations(page: Page) {
  return page.getByTestId('network-list').locator(':scope > li > h3').allTextContents()
}

test('a viewer sees the network, narrows it to a theme and opens an organisation from the picture', async () => {
  const page = await newPage()
  await login(page, demoUser('lezer').email)
  await open(page, '/')
  await page
    .getByRole('navigation', { name: 'Hoofdnavigatie' })
    .getByRole('link', { name: 'Netwerk' })
    .click()
  await page.waitForURL((url) => url.pathname === '/netwerk')
  await expect.poll(() => pageHeading(page)).toBe('Netwerk')

  const picture = page.getByRole('img', { name: 'Netwerkbeeld' })
  await picture.waitFor()
  expect(await picture.isVisible()).toBe(true)
  const nodes = picture.locator('a[data-organisation]')
  expect(await nodes.count()).toBeGreaterThan(10)
  expect(await picture.locator('line').count()).toBeGreaterThan(0)
  const everyone = await listedOrganisations(page)
  expect(everyone).toHaveLength(await nodes.count())

  await page.getByLabel('Thema', { exact: true }).selectOption({ label: THEME })
  await page.getByRole('button', { name: 'Toon netwerk' }).click()
  await page.waitForURL((url) => url.pathname === '/netwerk' && url.searchParams.has('thema'))
  const around = page.getByRole('img', { name: `Netwerkbeeld rond ${THEME}` })
  await around.waitFor()
  await expect.poll(() => listedOrganisations(page)).not.toEqual(everyone)
  const working = await listedOrganisations(page)
  expect(working.length).toBeGreaterThan(1)
  expect(working.length).toBeLessThan(everyone.length)
  expect(everyone).toEqual(expect.arrayContaining(working))
  expect(await around.locator('a[data-organisation]').count()).toBe(working.length)

  // The first node in the picture is the first organisation of the list.
  const first = around.locator('a[data-organisation]').first()
  const name = working[0] ?? ''
  await first.locator('circle, rect').first().click()
  await page.waitForURL((url) => url.pathname.startsWith('/organisaties/'))
  expect(pathname(page)).toMatch(/^\/organisaties\/[^/]+$/)
  await expect.poll(() => pageHeading(page)).toContain(name)
})

test('without JavaScript the filters work, and an unknown theme is ignored with a message', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  await login(page, demoUser('opbouwwerker').email)
  await open(page, '/netwerk')
  await page.getByLabel('Organisaties', { exact: true }).selectOption({ label: 'Alle soorten organisaties' })
  await page.getByLabel('Relaties', { exact: true }).uncheck()
  await page.getByRole('button', { name: 'Toon netwerk' }).click()
  await page.waitForURL((url) => url.searchParams.get('soorten') === 'alle')
  const picture = page.getByRole('img', { name: 'Netwerkbeeld' })
  await picture.waitFor()
  expect(await picture.locator('line[data-kind="relation"]').count()).toBe(0)
  expect(await picture.locator('line[data-kind="meeting"]').count()).toBeGreaterThan(0)

  await open(page, '/netwerk?thema=bestaat-niet&van=gisteren')
  expect(await mainText(page)).toContain('Het gekozen thema bestaat niet (meer).')
  expect(await page.getByRole('img', { name: 'Netwerkbeeld' }).isVisible()).toBe(true)
})
