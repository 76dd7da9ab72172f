// Browser helpers for the end-to-end tests: one Chromium per test file, a fresh context per
// test, and a check that no page logged an error (uncaught exceptions, console errors such
// as CSP violations or hydration mismatches) during the test.
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Response,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, inject } from 'vitest'

export const DEMO_PASSWORD = 'raadnet-demo'

// The demo users from prisma/seed.ts, with the role as the header shows it (nl.ts role.*).
export const DEMO_USERS = [
  { role: 'beheerder', email: 'beheerder@example.org', name: 'Bea Beheerder', roleLabel: 'Beheerder' },
  {
    role: 'coordinator',
    email: 'coordinator@example.org',
    name: 'Corrie Coördinator',
    roleLabel: 'Coördinator',
  },
  {
    role: 'opbouwwerker',
    email: 'opbouwwerker@example.org',
    name: 'Otto Opbouwwerker',
    roleLabel: 'Opbouwwerker',
  },
  { role: 'lezer', email: 'lezer@example.org', name: 'Lieke Lezer', roleLabel: 'Lezer' },
] as const

export type DemoRole = (typeof DEMO_USERS)[number]['role']

export function demoUser(role: DemoRole) {
  const user = DEMO_USERS.find((candidate) => candidate.role === role)
  if (!user) throw new Error(`No demo user with role ${role}`)
  return user
}

export function baseUrl() {
  return inject('baseUrl')
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

type ConsoleMessageInfo = { text: string; url: string }
type PageWatch = {
  problems: string[]
  allowed: ((message: ConsoleMessageInfo) => boolean)[]
  javaScriptEnabled: boolean
}
const watches = new WeakMap<Page, PageWatch>()

// Records every uncaught exception and console error of `page`.
function watchPage(page: Page, javaScriptEnabled: boolean, problems: string[]) {
  const watch: PageWatch = { problems, allowed: [], javaScriptEnabled }
  watches.set(page, watch)
  page.on('pageerror', (error) => {
    watch.problems.push(`Uncaught exception on ${page.url()}: ${error.stack ?? error.message}`)
  })
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    const { url, lineNumber } = message.location()
    if (watch.allowed.some((allow) => allow({ text, url }))) return
    const where = url ? ` (${url}:${lineNumber})` : ''
    watch.problems.push(`Console error on ${page.url()}: ${text}${where}`)
  })
}

// Lets `page` log the console error Chromium writes for a response with an error status the
// test expects ("Failed to load resource: the server responded with a status of 404 …"),
// for the URL path `path` only (as a document, or as the `.data` request of a client-side
// navigation or form submission).
export function allowHttpErrorStatus(page: Page, status: number, path: string) {
  const prefix = `Failed to load resource: the server responded with a status of ${status} `
  const dataPath = path === '/' ? '/_root.data' : `${path}.data`
  watches.get(page)?.allowed.push(({ text, url }) => {
    if (!text.startsWith(prefix)) return false
    try {
      const { pathname } = new URL(url)
      return pathname === path || pathname === dataPath
    } catch {
      return false
    }
  })
}

// Registers the hooks for a test file: a browser for the whole file, and after each test the
// contexts are closed and the test fails when any page reported an error.
export function setupBrowser() {
  let browser: Browser | undefined
  let contexts: BrowserContext[] = []
  let problems: string[] = []

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  afterEach(async () => {
    const open = contexts
    const found = problems
    contexts = []
    problems = []
    await Promise.all(open.map((context) => context.close()))
    if (found.length > 0) {
      throw new Error(`The browser reported ${found.length} error(s):\n${found.join('\n')}`)
    }
  })

  // Returns a page in a new context of its own (own cookies), with the app as base URL.
  async function newPage(options: BrowserContextOptions = {}) {
    if (!browser) throw new Error('newPage() called outside a test')
    const context = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      ...options,
    })
    context.setDefaultTimeout(10_000)
    context.setDefaultNavigationTimeout(15_000)
    contexts.push(context)
    const javaScriptEnabled = options.javaScriptEnabled !== false
    context.on('page', (page) => watchPage(page, javaScriptEnabled, problems))
    const page = await context.newPage()
    if (!watches.has(page)) watchPage(page, javaScriptEnabled, problems)
    return page
  }

  return { newPage }
}

// Resolves when the client-side app has taken over the page (no-op without JavaScript).
export async function waitForHydration(page: Page) {
  if (watches.get(page)?.javaScriptEnabled === false) return
  await page.waitForFunction(() => {
    const router = (window as { __remixRouter?: { state: { initialized: boolean } } }).__remixRouter
    return router?.state.initialized === true
  })
}

// Opens `path` and waits until the page is interactive; returns the navigation response.
export async function open(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path)
  if (!response) throw new Error(`No response for ${path}`)
  await waitForHydration(page)
  return response
}

// Fills in and submits the login form (opening /login first unless already there).
export async function submitLogin(page: Page, email: string, password: string) {
  if (!page.url().startsWith(`${baseUrl()}/login`)) await open(page, '/login')
  else await waitForHydration(page)
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
}

// Logs in and waits until the app has left the login page.
export async function login(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await submitLogin(page, email, password)
  try {
    await page.waitForURL((url) => url.pathname !== '/login')
  } catch (error) {
    const alert = await page
      .getByRole('alert')
      .allTextContents()
      .catch(() => [])
    throw new Error(`Login as ${email} did not leave /login. Messages: ${alert.join(' | ') || 'none'}`, {
      cause: error,
    })
  }
  await waitForHydration(page)
  // The page has rendered for the signed-in user once the logout button is there.
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor()
}

// The text of the page header (the "banner" landmark).
export async function headerText(page: Page) {
  return (await page.getByRole('banner').textContent()) ?? ''
}

// The text of the main content.
export async function mainText(page: Page) {
  return (await page.getByRole('main').textContent()) ?? ''
}

// The text of the page's h1 heading.
export async function pageHeading(page: Page) {
  return (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
}

// The pathname of the page's current URL.
export function pathname(page: Page) {
  return new URL(page.url()).pathname
}

// The link texts in the main navigation.
export function navigationLinks(page: Page) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link').allTextContents()
}
