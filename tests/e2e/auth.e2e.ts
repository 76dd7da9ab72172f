// Logging in and out, roles, and coming back to the page you asked for.
import { describe, expect, test } from 'vitest'
import {
  allowHttpErrorStatus,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoUser,
  headerText,
  login,
  mainText,
  navigationLinks,
  open,
  pageHeading,
  pathname,
  setupBrowser,
  submitLogin,
} from './browser.ts'

const { newPage } = setupBrowser()

describe('logging in', () => {
  for (const user of DEMO_USERS) {
    const adminNote = user.role === 'beheerder' ? 'has' : 'does not have'
    test(`the ${user.role} logs in, sees "${user.name}" in the header and on the dashboard, and ${adminNote} Beheer in the navigation`, async () => {
      const page = await newPage()
      await login(page, user.email)

      expect(pathname(page)).toBe('/')
      await expect.poll(() => headerText(page)).toContain(`Ingelogd als ${user.name}`)
      expect(await headerText(page)).toContain(user.roleLabel)
      await expect.poll(() => pageHeading(page)).toBe('Dashboard')
      expect(await mainText(page)).toContain(`Welkom, ${user.name}.`)

      const links = await navigationLinks(page)
      expect(links).toContain('Dashboard')
      expect(links).toContain('Organisaties')
      if (user.role === 'beheerder') expect(links).toContain('Beheer')
      else expect(links).not.toContain('Beheer')
    })
  }

  test('a wrong password shows "E-mailadres of wachtwoord is onjuist." and keeps the typed e-mail address', async () => {
    const page = await newPage()
    allowHttpErrorStatus(page, 400, '/login')
    await submitLogin(page, 'lezer@example.org', 'niet-het-goede-wachtwoord')

    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '))
      .toContain('E-mailadres of wachtwoord is onjuist.')
    expect(pathname(page)).toBe('/login')
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('lezer@example.org')
    expect(await headerText(page)).not.toContain('Ingelogd als')
  })

  test('logging in works with JavaScript switched off', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    const user = demoUser('coordinator')
    await login(page, user.email, DEMO_PASSWORD)

    expect(pathname(page)).toBe('/')
    expect(await headerText(page)).toContain(`Ingelogd als ${user.name}`)
    await expect.poll(() => pageHeading(page)).toBe('Dashboard')
  })

  test('a visitor who is not logged in and opens /organisaties is sent to the login page and, after logging in, lands on /organisaties', async () => {
    const page = await newPage()
    await open(page, '/organisaties')
    const loginUrl = new URL(page.url())
    expect(loginUrl.pathname).toBe('/login')
    expect(loginUrl.searchParams.get('redirectTo')).toBe('/organisaties')
    await expect.poll(() => pageHeading(page)).toBe('Inloggen')

    await login(page, demoUser('opbouwwerker').email)
    expect(pathname(page)).toBe('/organisaties')
    await expect.poll(() => pageHeading(page)).toBe('Organisaties')
    await expect.poll(() => pageHeading(page)).toBe('Organisaties')
  })
})

describe('roles', () => {
  test('a lezer who opens /beheer/gebruikers gets the "Geen toegang" page with status 403', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    allowHttpErrorStatus(page, 403, '/beheer/gebruikers')

    const response = await open(page, '/beheer/gebruikers')
    expect(response.status()).toBe(403)
    await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
    expect(await mainText(page)).not.toContain('beheerder@example.org')
  })

  test('a coordinator does not get into Beheer either', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    allowHttpErrorStatus(page, 403, '/beheer')

    const response = await open(page, '/beheer')
    expect(response.status()).toBe(403)
    await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
  })
})

describe('logging out', () => {
  test('"Uitloggen" lands on the login page with "U bent uitgelogd." and the session has really ended', async () => {
    const page = await newPage()
    const user = demoUser('opbouwwerker')
    await login(page, user.email)
    expect(await headerText(page)).toContain(`Ingelogd als ${user.name}`)

    await page.getByRole('button', { name: 'Uitloggen' }).click()
    await page.waitForURL((url) => url.pathname === '/login')
    await expect.poll(() => mainText(page)).toContain('U bent uitgelogd.')
    expect(await headerText(page)).not.toContain('Ingelogd als')

    await open(page, '/')
    expect(pathname(page)).toBe('/login')
    await expect.poll(() => pageHeading(page)).toBe('Inloggen')
    expect(await headerText(page)).not.toContain('Ingelogd als')
  })
})
