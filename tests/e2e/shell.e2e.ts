// What every page shares: security headers, error pages, keyboard access, small screens.
import { expect, test } from 'vitest'
import {
  allowHttpErrorStatus,
  baseUrl,
  demoUser,
  headerText,
  login,
  navigationLinks,
  open,
  pageHeading,
  pathname,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

test('pages are served with a Content-Security-Policy carrying a fresh script nonce, frame-ancestors none, nosniff and a Referrer-Policy', async () => {
  const page = await newPage()
  const first = await open(page, '/login')
  const headers = first.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/)
  const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp)?.[1]
  expect(nonce, `no script nonce in CSP: ${csp}`).toBeTruthy()
  expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBeTruthy()

  // The inline scripts on the page carry that nonce (so they run), and every response gets its own.
  const scriptNonces = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce))
  expect(scriptNonces.length).toBeGreaterThan(0)
  for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce)
  const second = await open(page, '/login')
  const secondNonce = /'nonce-([^']+)'/.exec(second.headers()['content-security-policy'] ?? '')?.[1]
  expect(secondNonce).toBeTruthy()
  expect(secondNonce).not.toBe(nonce)
})

test('an unknown address shows "Pagina niet gevonden" with status 404', async () => {
  const page = await newPage()
  const path = `/bestaat-niet-${Date.now()}`
  allowHttpErrorStatus(page, 404, path)
  const response = await open(page, path)
  expect(response.status()).toBe(404)
  await expect.poll(() => pageHeading(page)).toBe('Pagina niet gevonden')
})

test('opening /logout in the address bar (GET) shows "Pagina niet gevonden" with status 404 and does not log you out', async () => {
  const page = await newPage()
  const user = demoUser('lezer')
  await login(page, user.email)
  allowHttpErrorStatus(page, 404, '/logout')

  const response = await open(page, '/logout')
  expect(response.status()).toBe(404)
  await expect.poll(() => pageHeading(page)).toBe('Pagina niet gevonden')

  await open(page, '/')
  expect(pathname(page)).toBe('/')
  expect(await headerText(page)).toContain(`Ingelogd als ${user.name}`)
})

test('a POST to a page that has no form is answered with the 404 page, not an error', async () => {
  const response = await fetch(`${baseUrl()}/organisaties`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'x=1',
    redirect: 'manual',
  })
  expect(response.status).toBe(404)
  expect(await response.text()).toContain('Pagina niet gevonden')
})

test('a request that is not a form (JSON, no body, PUT, DELETE) gets a plain refusal, never an error page', async () => {
  const send = (path: string, init: RequestInit) =>
    fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init })
  const json = await send('/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  })
  expect(json.status).toBe(415)
  expect(await json.text()).toContain('niet als formulier verstuurd')
  expect((await send('/bijeenkomsten/nieuw', { method: 'POST' })).status).toBe(415)
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    const response = await send('/organisaties/nieuw', { method })
    expect(response.status, method).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  }
})

test('an address with broken %-escapes gets a short Dutch 400, not an English error page', async () => {
  const response = await fetch(`${baseUrl()}/bijeenkomsten/%E0%A4%A`)
  expect(response.status).toBe(400)
  expect(await response.text()).toBe('Dit adres is ongeldig.')
})

test('a login POST from another website (Origin: http://evil.example) is refused with 403', async () => {
  const user = demoUser('lezer')
  const body = new URLSearchParams({ email: user.email, password: 'raadnet-demo' })
  const post = (origin: string) =>
    fetch(`${baseUrl()}/login`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    })

  const foreign = await post('http://evil.example')
  expect(foreign.status).toBe(403)
  expect(foreign.headers.get('set-cookie')).toBeNull()

  // The same request from the app's own origin is accepted (the check is about the origin).
  const own = await post(baseUrl())
  expect(own.status).toBe(302)
  expect(own.headers.get('location')).toBe('/')
})

test('the first Tab on the dashboard reaches the skip link "Naar de inhoud", which moves focus to the content', async () => {
  const page = await newPage()
  await login(page, demoUser('opbouwwerker').email)
  expect(pathname(page)).toBe('/')
  // A fresh load, so keyboard focus starts at the top of the document.
  await open(page, '/')

  await page.keyboard.press('Tab')
  const focused = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return { tag: element?.tagName, text: element?.textContent?.trim(), visible: element?.offsetWidth }
  })
  expect(focused.tag).toBe('A')
  expect(focused.text).toBe('Naar de inhoud')
  expect(focused.visible).toBeGreaterThan(1)

  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.id === 'inhoud')
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN')
})

test('on a phone-sized screen (375×700) every navigation link is on screen and the page does not scroll sideways', async () => {
  const page = await newPage({ viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true })
  const pageFits = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }))

  await open(page, '/login')
  const onLogin = await pageFits()
  expect(onLogin.scrollWidth).toBeLessThanOrEqual(onLogin.innerWidth)

  await login(page, demoUser('beheerder').email)
  const menuButton = page.getByRole('button', { name: 'Menu' })
  if (await menuButton.isVisible()) await menuButton.click()

  const navigation = page.getByRole('navigation', { name: 'Hoofdnavigatie' })
  const labels = await navigationLinks(page)
  expect(labels).toEqual(expect.arrayContaining(['Dashboard', 'Organisaties', 'Rapportages', 'Beheer']))
  for (const label of labels) {
    const link = navigation.getByRole('link', { name: label, exact: true })
    await link.scrollIntoViewIfNeeded()
    expect(await link.isVisible(), `${label} is visible`).toBe(true)
    const box = await link.boundingBox()
    expect(box, `${label} has a box`).not.toBeNull()
    expect(box?.x ?? -1, `${label} starts on screen`).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 0) + (box?.width ?? 0), `${label} ends on screen`).toBeLessThanOrEqual(375)
  }
  const onDashboard = await pageFits()
  expect(onDashboard.scrollWidth).toBeLessThanOrEqual(onDashboard.innerWidth)

  // A page with a wide table keeps the sideways scrolling inside the table.
  await navigation.getByRole('link', { name: 'Beheer', exact: true }).click()
  await page.waitForURL((url) => url.pathname === '/beheer')
  await open(page, '/beheer/gebruikers')
  const onUsers = await pageFits()
  expect(onUsers.scrollWidth).toBeLessThanOrEqual(onUsers.innerWidth)
})

test('/healthz answers {"status":"ok","db":"ok"}', async () => {
  const response = await fetch(`${baseUrl()}/healthz`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
})
