// The beheerder manages users: creating one, validation messages, and names that look like HTML.
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  allowHttpErrorStatus,
  demoUser,
  headerText,
  login,
  mainText,
  navigationLinks,
  open,
  pageHeading,
  pathname,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

const USERS_PATH = '/beheer/gebruikers'
const NEW_USER_PATH = '/beheer/gebruikers/nieuw'

// Returns a suffix that makes e-mail addresses unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the error messages the form control labelled `label` points to (aria-describedby).
async function fieldErrors(page: Page, label: string) {
  const ids = (await page.getByLabel(label).getAttribute('aria-describedby'))?.split(/\s+/) ?? []
  const messages: string[] = []
  for (const id of ids.filter((candidate) => candidate.endsWith('-error'))) {
    messages.push(...(await page.locator(`[id="${id}"] li`).allTextContents()))
  }
  return messages
}

// The text of the toast shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// Fills in the new-user form and submits it.
async function submitNewUser(
  page: Page,
  user: { name: string; email: string; roleLabel?: string; password: string },
) {
  await page.getByLabel('Naam').fill(user.name)
  await page.getByLabel('E-mailadres').fill(user.email)
  if (user.roleLabel) await page.getByLabel('Rol').selectOption({ label: user.roleLabel })
  await page.getByLabel('Wachtwoord').fill(user.password)
  await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click()
}

// Checks what the beheerder sees after submitting an empty name and a malformed e-mail address.
async function expectNameAndEmailErrors(page: Page, typedEmail: string) {
  await expect
    .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '))
    .toContain('Het formulier bevat fouten. Controleer de gemarkeerde velden.')
  expect(pathname(page)).toBe(NEW_USER_PATH)

  expect(await page.getByLabel('Naam').getAttribute('aria-invalid')).toBe('true')
  expect(await fieldErrors(page, 'Naam')).toEqual(['Vul dit veld in.'])

  expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true')
  expect(await fieldErrors(page, 'E-mailadres')).toEqual([
    'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  ])
  expect(await page.getByLabel('E-mailadres').inputValue()).toBe(typedEmail)

  expect(await page.getByLabel('Rol').inputValue()).toBe('lezer')
  expect(await page.getByLabel('Rol').getAttribute('aria-invalid')).toBeNull()
  expect(await page.getByLabel('Wachtwoord').getAttribute('aria-invalid')).toBeNull()
  expect(await fieldErrors(page, 'Wachtwoord')).toEqual([])
}

test('the beheerder creates a user through Beheer › Gebruikers › Nieuwe gebruiker, and that user can log in', async () => {
  const page = await newPage()
  await login(page, demoUser('beheerder').email)
  const id = unique()
  const created = {
    name: `Nina Nieuwkomer ${id}`,
    email: `nina.${id}@example.org`,
    roleLabel: 'Coördinator',
    password: 'een-veilig-wachtwoord',
  }

  await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click()
  await page.waitForURL((url) => url.pathname === '/beheer')
  await page.getByRole('main').getByRole('link', { name: 'Gebruikers' }).click()
  await page.waitForURL((url) => url.pathname === USERS_PATH)
  await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click()
  await page.waitForURL((url) => url.pathname === NEW_USER_PATH)
  await expect.poll(() => pageHeading(page)).toBe('Nieuwe gebruiker')

  await submitNewUser(page, created)
  await page.waitForURL((url) => url.pathname === USERS_PATH)
  await expect.poll(() => toastText(page)).toContain(`Gebruiker ${created.name} is aangemaakt.`)
  const rowText = (await page.getByRole('row').filter({ hasText: created.email }).textContent()) ?? ''
  expect(rowText).toContain(created.name)
  expect(rowText).toContain('Coördinator')
  expect(rowText).toContain('Actief')

  const newUserPage = await newPage()
  await login(newUserPage, created.email, created.password)
  expect(pathname(newUserPage)).toBe('/')
  const header = await headerText(newUserPage)
  expect(header).toContain(`Ingelogd als ${created.name}`)
  expect(header).toContain('Coördinator')
  expect(await navigationLinks(newUserPage)).not.toContain('Beheer')
})

test('an empty name and a malformed e-mail address get Dutch messages next to those fields, and the other input is kept', async () => {
  const page = await newPage()
  await login(page, demoUser('beheerder').email)
  await open(page, NEW_USER_PATH)
  allowHttpErrorStatus(page, 400, NEW_USER_PATH)

  await submitNewUser(page, {
    name: '',
    email: 'geen-geldig-adres',
    roleLabel: 'Lezer',
    password: 'een-veilig-wachtwoord',
  })
  await expectNameAndEmailErrors(page, 'geen-geldig-adres')
})

test('the same validation messages appear with JavaScript switched off', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  await login(page, demoUser('beheerder').email)
  await open(page, NEW_USER_PATH)
  allowHttpErrorStatus(page, 400, NEW_USER_PATH)

  const posted = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' && new URL(response.url()).pathname === NEW_USER_PATH,
  )
  await submitNewUser(page, {
    name: '',
    email: 'nog-steeds@geen',
    roleLabel: 'Lezer',
    password: 'een-veilig-wachtwoord',
  })
  expect((await posted).status()).toBe(400)
  await page.waitForLoadState()
  await expectNameAndEmailErrors(page, 'nog-steeds@geen')
  // The server never sends a password back.
  expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('')
})

test('a name containing <script> is stored and shown as plain text, and no script runs', async () => {
  const dialogs: string[] = []
  const recordDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
  const page = await newPage()
  recordDialogs(page)
  await login(page, demoUser('beheerder').email)
  const id = unique()
  const created = {
    name: `<script>alert(1)</script> Jansen ${id}`,
    email: `jansen.${id}@example.org`,
    password: 'nog-een-veilig-wachtwoord',
  }

  await open(page, NEW_USER_PATH)
  await submitNewUser(page, created)
  await page.waitForURL((url) => url.pathname === USERS_PATH)
  await expect.poll(() => toastText(page)).toContain(`Gebruiker ${created.name} is aangemaakt.`)
  expect(await page.getByRole('link', { name: created.name, exact: true }).count()).toBe(1)

  // The server-rendered list shows the same literal text.
  await open(page, USERS_PATH)
  const link = page.getByRole('link', { name: created.name, exact: true })
  expect(await link.textContent()).toBe(created.name)
  expect(await page.locator('main script').count()).toBe(0)

  await link.click()
  await page.waitForURL((url) => /^\/beheer\/gebruikers\/[^/]+$/.test(url.pathname))
  await expect.poll(() => pageHeading(page)).toBe(created.name)

  const newUserPage = await newPage()
  recordDialogs(newUserPage)
  await login(newUserPage, created.email, created.password)
  expect(await headerText(newUserPage)).toContain(`Ingelogd als ${created.name}`)
  await expect.poll(() => mainText(newUserPage)).toContain(`Welkom, ${created.name}.`)

  expect(dialogs).toEqual([])
})
