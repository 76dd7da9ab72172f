// The beheerder changes the settings under Beheer › Instellingen and sees them in force on the
// settings page, the dashboard and the new-meeting form; bad values are refused per field.
// Every test leaves the settings at their defaults for the test files after it.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
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

const SETTINGS_PATH = '/beheer/instellingen'
const MONTHS = 'Raden zonder contact na (maanden)'
const LOCATION = 'Standaardlocatie van bijeenkomsten'

// Returns the "Nu geldt: …" line under the field labelled `label`.
async function inForce(page: Page, label: string) {
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id')
  const line = page.locator(`[id="${id}"]`).locator('xpath=../following-sibling::p').first()
  return (await line.textContent())?.trim() ?? ''
}

// Returns the error messages shown with the field labelled `label`.
async function fieldErrors(page: Page, label: string) {
  const id = await page.getByLabel(label, { exact: true }).getAttribute('id')
  return page.locator(`[id="${id}-error"] li`).allTextContents()
}

// Clicks "Terug naar standaard" of the setting labelled `label` and waits for the page to say
// that the default applies again.
async function resetToDefault(page: Page, label: string, expected: string) {
  await page.getByRole('button', { name: `Terug naar standaard: ${label}` }).click()
  await expect.poll(() => inForce(page, label)).toBe(expected)
}

test('the beheerder changes the meeting location and the no-contact months, and sees them in force', async () => {
  const page = await newPage()
  await login(page, demoUser('beheerder').email)
  await open(page, '/beheer')
  await page.getByRole('link', { name: 'Instellingen' }).click()
  await page.waitForURL((url) => url.pathname === SETTINGS_PATH)
  await expect.poll(() => pageHeading(page)).toBe('Instellingen')
  for (const group of ['Dashboard', 'Adviezen', 'Signalen', 'Rapportages', 'Bijeenkomsten']) {
    expect(await page.getByRole('group', { name: group }).count(), group).toBe(1)
  }
  expect(await inForce(page, MONTHS)).toBe('Nu geldt: 3 maanden (standaard).')
  expect(await inForce(page, LOCATION)).toBe('Nu geldt: Leeuwarden (standaard).')
  expect(await page.getByRole('button', { name: /Terug naar standaard/ }).count()).toBe(0)

  await page.getByLabel(MONTHS, { exact: true }).fill('4')
  await page.getByLabel(LOCATION, { exact: true }).fill('Drachten')
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
  await expect
    .poll(() => inForce(page, MONTHS))
    .toMatch(/^Nu geldt: 4 maanden \(opgeslagen door Bea Beheerder op /)
  expect(await inForce(page, LOCATION)).toMatch(/^Nu geldt: Drachten \(opgeslagen door Bea Beheerder op /)
  expect((await page.getByRole('status').allTextContents()).join(' ')).toContain(
    'De instellingen zijn opgeslagen.',
  )

  // Enter in a field saves the form, also now that "terug naar standaard" buttons are there.
  await page.getByLabel(MONTHS, { exact: true }).fill('5')
  await page.getByLabel(MONTHS, { exact: true }).press('Enter')
  await expect.poll(() => inForce(page, MONTHS)).toMatch(/^Nu geldt: 5 maanden \(opgeslagen/)
  expect(await inForce(page, LOCATION)).toMatch(/^Nu geldt: Drachten \(opgeslagen/)

  await open(page, '/')
  const councils = page.getByRole('region', { name: 'Raden zonder contact' })
  expect(await councils.textContent()).toContain('Actieve raden waarmee 5 maanden of langer geen activiteit')

  await open(page, '/bijeenkomsten/nieuw')
  expect(await page.getByLabel('Locatie', { exact: true }).inputValue()).toBe('Drachten')

  await open(page, SETTINGS_PATH)
  await resetToDefault(page, MONTHS, 'Nu geldt: 3 maanden (standaard).')
  await resetToDefault(page, LOCATION, 'Nu geldt: Leeuwarden (standaard).')
  expect(await page.getByLabel(MONTHS, { exact: true }).inputValue()).toBe('3')
  expect(await page.getByRole('button', { name: /Terug naar standaard/ }).count()).toBe(0)
})

test('without JavaScript, bad values are refused next to their fields and nothing is saved', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  allowHttpErrorStatus(page, 400, SETTINGS_PATH)
  await login(page, demoUser('beheerder').email)
  await open(page, SETTINGS_PATH)
  await page.getByLabel(MONTHS, { exact: true }).fill('drie')
  await page.getByLabel(LOCATION, { exact: true }).fill('Sneek')
  await page.getByLabel('Drempel van de W&I-aandachtsmonitor (procent)', { exact: true }).fill('150')
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
  await page.waitForLoadState()

  expect(pathname(page)).toBe(SETTINGS_PATH)
  expect(await mainText(page)).toContain('Het formulier bevat fouten. Controleer de gemarkeerde velden.')
  expect(await fieldErrors(page, MONTHS)).toEqual(['Vul een heel getal in van 1 tot en met 60.'])
  expect(await page.getByLabel(MONTHS, { exact: true }).getAttribute('aria-invalid')).toBe('true')
  expect(await page.getByLabel(MONTHS, { exact: true }).inputValue()).toBe('drie')
  expect(await fieldErrors(page, 'Drempel van de W&I-aandachtsmonitor (procent)')).toEqual([
    'Vul een heel getal in van 1 tot en met 100.',
  ])
  // The good value is kept in the form but not saved.
  expect(await fieldErrors(page, LOCATION)).toEqual([])
  expect(await page.getByLabel(LOCATION, { exact: true }).inputValue()).toBe('Sneek')
  expect(await inForce(page, LOCATION)).toBe('Nu geldt: Leeuwarden (standaard).')

  await open(page, SETTINGS_PATH)
  expect(await inForce(page, MONTHS)).toBe('Nu geldt: 3 maanden (standaard).')
  expect(await inForce(page, LOCATION)).toBe('Nu geldt: Leeuwarden (standaard).')
})
