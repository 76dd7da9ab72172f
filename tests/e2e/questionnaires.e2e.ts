// The questionnaires of the quick scan in a real browser: a coordinator copies the default
// questionnaire as a new version and rewords an item of the copy (the original keeps its
// text); the same works without JavaScript; a lezer reads without the forms.
//
// The test files share one database, and the demo scans may have answered the default
// questionnaire already; so everything here is done on copies, and the version numbers are
// read from the page.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { demoUser, login, mainText, open, pageHeading, pathname, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

const LIST_PATH = '/quickscans/vragenlijsten'
const DEFAULT_NAME = 'Quickscan cliëntenparticipatie Werk en Inkomen'
const C2_TEXT = 'De adviestermijn is voldoende om een goed advies voor te bereiden.'

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns `text` as a regular expression source that matches it literally.
function literal(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// The form control labelled `label`, also when the label carries "(verplicht)".
function control(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${literal(label)}\\s*(\\(verplicht\\))?$`))
}

// The text of the toasts shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// The text of item `code` as the page shows it (its line under the code).
function itemText(page: Page, code: string) {
  return page.locator(`[id="vraag-${code}"] > p.font-medium`).textContent()
}

// The item codes of dimension `code`, in the order the page shows them.
function itemCodes(page: Page, code: string) {
  return page
    .locator(`[id="onderdeel-${code}"] li[id^="vraag-"]`)
    .evaluateAll((items) => items.map((item) => item.id.replace(/^vraag-/, '')))
}

// Opens the first version of the default questionnaire from the list; returns its path.
async function openDefault(page: Page) {
  await open(page, LIST_PATH)
  expect(await pageHeading(page)).toBe('Vragenlijsten')
  await page
    .getByRole('main')
    .getByRole('table')
    .getByRole('link', { name: DEFAULT_NAME, exact: true })
    .first()
    .click()
  await page.waitForURL((url) => url.pathname.startsWith(`${LIST_PATH}/`))
  await expect.poll(() => pageHeading(page)).toBe(DEFAULT_NAME)
  return pathname(page)
}

// Makes a copy through the page's copy form and waits for the copy's page; returns its path
// and the version it got.
async function copy(page: Page, { asVersion, name }: { asVersion: boolean; name: string }) {
  const from = pathname(page)
  const form = page.getByRole('form', { name: 'Kopie maken' })
  const choice = form.getByLabel(
    asVersion ? /^als nieuwe versie van deze vragenlijst/ : /^als nieuwe, eigen vragenlijst/,
  )
  const label = (await form.locator(`label[for="${await choice.getAttribute('id')}"]`).textContent()) ?? ''
  await choice.check()
  await control(page, 'Naam van de kopie').fill(name)
  await form.getByRole('button', { name: 'Kopie maken' }).click()
  await page.waitForURL((url) => url.pathname.startsWith(`${LIST_PATH}/`) && url.pathname !== from)
  await expect.poll(() => pageHeading(page)).toBe(name)
  return { path: pathname(page), version: asVersion ? Number(/versie (\d+)/.exec(label)?.[1]) : 1 }
}

describe('questionnaires', () => {
  test('a coordinator copies the default questionnaire as a new version and rewords an item', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    const originalPath = await openDefault(page)
    expect(await itemText(page, 'C2')).toBe(C2_TEXT)

    const name = `Quickscan W&I ${unique()}`
    const { path, version } = await copy(page, { asVersion: true, name })
    expect(version).toBeGreaterThanOrEqual(2)
    expect(await toastText(page)).toContain(`De kopie is gemaakt als versie ${version}.`)
    expect(await mainText(page)).toContain(`versie ${version}`)
    expect(await mainText(page)).toContain('Aan te passen')
    // The copy keeps every code, C2 with its text.
    expect(await itemCodes(page, 'C')).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C-open'])
    expect(await itemText(page, 'C2')).toBe(C2_TEXT)

    await page.getByText('Vraag C2 anders formuleren', { exact: true }).click()
    await expect
      .poll(() => page.locator('[id="vraag-C2"]').textContent())
      .toContain('verander de betekenis niet')
    const reworded = 'De raad heeft genoeg tijd om een goed advies voor te bereiden.'
    await control(page, 'Tekst van vraag C2').fill(reworded)
    await page.getByRole('button', { name: 'Vraag opslaan' }).first().click()
    await expect.poll(() => toastText(page)).toContain('Vraag C2 is opgeslagen.')
    expect(pathname(page)).toBe(path)
    expect(await itemText(page, 'C2')).toBe(reworded)
    expect(await page.getByRole('region', { name: 'Wijzigingen' }).textContent()).toContain(
      `Vraag C2 anders geformuleerd: "${reworded}"`,
    )

    // The version it was copied from is unchanged, and lists the new version.
    await open(page, originalPath)
    expect(await itemText(page, 'C2')).toBe(C2_TEXT)
    expect(await page.getByRole('region', { name: 'Versies' }).textContent()).toContain(
      `versie ${version}: ${name}`,
    )
  })

  test('moving an item works without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('coordinator').email)
    await openDefault(page)
    const name = `Eigen quickscan ${unique()}`
    const { path } = await copy(page, { asVersion: false, name })
    expect(await toastText(page)).toContain('De kopie is gemaakt als nieuwe vragenlijst.')

    await page.getByRole('button', { name: 'Vraag C3 omhoog' }).click()
    await page.waitForURL((url) => url.pathname === path)
    await expect.poll(() => toastText(page)).toContain('Vraag C3 is verplaatst.')
    expect(await itemCodes(page, 'C')).toEqual(['C1', 'C3', 'C2', 'C4', 'C5', 'C-open'])
  })

  test('a lezer reads the questionnaires without the forms', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await openDefault(page)
    expect(await itemText(page, 'A1')).toBe(
      'Het doel van de cliëntenraad is voor alle betrokkenen duidelijk.',
    )
    expect(await page.getByRole('form', { name: 'Kopie maken' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /omhoog|Verwijderen|Vraag opslaan/ }).count()).toBe(0)
  })
})
