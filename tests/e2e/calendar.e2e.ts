// The agenda in a real browser: a month with the meetings in it, stepping through months,
// the list of what is coming, the month on a phone, the .ics download, and a personal feed
// URL that a calendar app (here: fetch) can read until it is replaced or revoked.
//
// The meetings are written straight into the server's database, so this file does not
// depend on the meeting pages or on the demo meetings.
import { TZDate } from '@date-fns/tz'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { PrismaClient } from '../../app/generated/prisma/client.ts'
import { demoUser, login, open, pageHeading, pathname, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

const TIME_ZONE = 'Europe/Amsterdam'
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

// Returns the database of the server under test (tests/e2e/global-setup.ts).
function serverDatabasePath() {
  return inject('databasePath')
}

// Returns a suffix that makes titles unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns today's Dutch year, month (0-based) and day.
function dutchToday() {
  const today = new TZDate(Date.now(), TIME_ZONE)
  return { year: today.getFullYear(), month: today.getMonth(), day: today.getDate() }
}

// Returns the month `delta` months after the current Dutch month as "november 2026".
function monthName(delta: number) {
  const { year, month } = dutchToday()
  const index = year * 12 + month + delta
  return `${MONTHS[index % 12]} ${Math.floor(index / 12)}`
}

let prisma: PrismaClient
const suffix = unique()
const THIS_MONTH = `Agenda deze maand ${suffix}`
const NEXT_MONTH = `Agenda volgende maand ${suffix}`
const CANCELLED = `Agenda afgelast ${suffix}`
const ids: Record<string, string> = {}

beforeAll(async () => {
  prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${serverDatabasePath()}` }) })
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: demoUser('coordinator').email } })
  const { year, month, day } = dutchToday()
  const meeting = async (title: string, startsAt: TZDate, status = 'PLANNED') => {
    const created = await prisma.meeting.create({
      data: {
        title,
        kind: 'THEME',
        status,
        startsAt: new Date(startsAt.getTime()),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
        location: 'Leeuwarden',
        createdById: coordinator.id,
      },
    })
    ids[title] = created.id
  }
  // The 15th of this month at 19:30, the 10th of next month at 14:00, and two days from
  // now a cancelled one (so it is certainly in the list of what is coming).
  await meeting(THIS_MONTH, new TZDate(year, month, 15, 19, 30, TIME_ZONE))
  await meeting(NEXT_MONTH, new TZDate(year, month + 1, 10, 14, 0, TIME_ZONE))
  await meeting(CANCELLED, new TZDate(year, month, day + 2, 10, 0, TIME_ZONE), 'CANCELLED')
})

afterAll(async () => {
  await prisma?.$disconnect()
})

// The month table (on a wide screen).
function monthTable(page: Page) {
  return page.getByRole('table', { name: /^Bijeenkomsten en acties in / })
}

describe('the agenda', () => {
  test('a lezer opens the agenda, sees a meeting in this month, steps to the next month and back, and switches to the list', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Agenda', exact: true })
      .click()
    await page.waitForURL((url) => url.pathname === '/agenda')
    await expect.poll(() => pageHeading(page)).toBe('Agenda')

    const table = monthTable(page)
    await table.waitFor()
    expect(await table.locator('caption').textContent()).toBe(`Bijeenkomsten en acties in ${monthName(0)}`)
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ])
    // Today is marked, once.
    const today = table.locator('td[aria-current="date"]')
    expect(await today.count()).toBe(1)
    expect(await today.textContent()).toContain('vandaag')
    // The meeting stands on the 15th with its time and kind, and links to its page.
    const cell = table.getByRole('cell').filter({ hasText: THIS_MONTH })
    expect(await cell.textContent()).toMatch(/^15/)
    const link = table.getByRole('link', { name: `19:30 ${THIS_MONTH}` })
    expect(await link.getAttribute('href')).toBe(`/bijeenkomsten/${ids[THIS_MONTH]}`)
    expect(await cell.textContent()).toContain('Themabijeenkomst')
    expect(await table.getByRole('link', { name: NEXT_MONTH }).count()).toBe(0)

    await page.getByRole('link', { name: `Volgende maand: ${monthName(1)}` }).click()
    await page.waitForURL((url) => url.searchParams.has('maand'))
    await expect
      .poll(() =>
        monthTable(page)
          .getByRole('link', { name: `14:00 ${NEXT_MONTH}` })
          .count(),
      )
      .toBe(1)
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(monthName(1))
    expect(await monthTable(page).locator('td[aria-current="date"]').count()).toBe(0)

    await page.getByRole('link', { name: `Vorige maand: ${monthName(0)}` }).click()
    await expect.poll(() => monthTable(page).getByRole('link', { name: THIS_MONTH }).count()).toBe(1)

    await page
      .getByRole('navigation', { name: 'Weergave van de agenda' })
      .getByRole('link', { name: 'Lijst' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('weergave') === 'lijst')
    await expect.poll(() => page.getByRole('heading', { name: 'Vanaf vandaag' }).count()).toBe(1)
    // The innermost list item: the meeting itself, not its day.
    const cancelled = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: CANCELLED }) })
      .last()
    expect(await cancelled.textContent()).toContain('Afgelast')
    expect(await page.getByRole('link', { name: NEXT_MONTH }).count()).toBe(1)
    // Date order: the cancelled meeting (in two days) comes before next month's.
    const titles = await page.getByRole('main').getByRole('link').allTextContents()
    const cancelledAt = titles.findIndex((text) => text.includes(CANCELLED))
    const nextAt = titles.findIndex((text) => text.includes(NEXT_MONTH))
    expect(cancelledAt).toBeGreaterThanOrEqual(0)
    expect(cancelledAt).toBeLessThan(nextAt)
  })

  test('a month that does not exist shows the current month and says so, without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('lezer').email)
    for (const month of ['2026-13', 'abc', '99999-01']) {
      await open(page, `/agenda?maand=${month}`)
      const notice = page
        .getByRole('status')
        .filter({ hasText: 'Die maand bestaat niet of valt buiten de agenda; u ziet de huidige maand.' })
      expect(await notice.count(), month).toBe(1)
      expect(await monthTable(page).locator('caption').textContent()).toBe(
        `Bijeenkomsten en acties in ${monthName(0)}`,
      )
    }
    await open(page, '/agenda')
    expect(await page.getByRole('status').filter({ hasText: 'Die maand bestaat niet' }).count()).toBe(0)
  })

  test('on a phone the month is a readable list of its days', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await login(page, demoUser('lezer').email)
    await open(page, '/agenda')
    expect(await monthTable(page).isVisible()).toBe(false)
    const day = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: THIS_MONTH }) })
    await expect.poll(() => day.first().isVisible()).toBe(true)
    expect(
      await page.getByRole('heading', { name: new RegExp(`^\\w+dag 15 ${monthName(0)}`, 'i') }).count(),
    ).toBe(1)
  })

  test('a meeting downloads as an .ics file', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const response = await page.request.get(`/bijeenkomsten/${ids[THIS_MONTH]}/bijeenkomst.ics`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8')
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename="agenda-deze-maand-\d+-\d{4}-\d{2}-15\.ics"$/,
    )
    const text = await response.text()
    expect(text).toContain(`UID:${ids[THIS_MONTH]}@raadnet`)
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:')
    expect(text).toMatch(/T193000\r?\n/)
  })
})

describe('the personal feed', () => {
  // Returns the feed URL the page shows once after creating it.
  async function shownFeedUrl(page: Page) {
    const field = page.getByRole('textbox', { name: 'Feed-adres' })
    await field.waitFor()
    return field.inputValue()
  }

  test('a lezer creates a feed URL that a calendar app can read; a new one replaces it and revoking ends it', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, '/agenda')
    await page.getByRole('link', { name: 'Agenda-feed voor uw agenda-app' }).click()
    await page.waitForURL((url) => url.pathname === '/agenda/feed')
    await expect.poll(() => pageHeading(page)).toBe('Agenda-feed')

    await page.getByRole('button', { name: 'Feed-adres aanmaken', exact: true }).click()
    const first = await shownFeedUrl(page)
    expect(first).toMatch(/^http:\/\/localhost:\d+\/kalender\/[A-Za-z0-9_-]{43}\/raadnet\.ics$/)
    expect(await page.getByRole('main').textContent()).toContain('maar één keer getoond')

    const feed = await fetch(first)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const body = await feed.text()
    expect(body).toMatch(/^BEGIN:VCALENDAR/)
    expect(body).toContain('BEGIN:VTIMEZONE')
    expect(body).toContain(`UID:${ids[THIS_MONTH]}@raadnet`)
    const cancelledEvent = body
      .split('BEGIN:VEVENT')
      .find((event) => event.includes(`UID:${ids[CANCELLED]}@raadnet`))
    expect(cancelledEvent).toContain('STATUS:CANCELLED')

    // Back on the page later, the URL is not shown again.
    await open(page, '/agenda/feed')
    expect(await page.getByRole('textbox', { name: 'Feed-adres' }).count()).toBe(0)
    expect(await page.getByRole('main').textContent()).toContain('Uw huidige feed-adres is aangemaakt op')

    await page.getByRole('button', { name: 'Nieuw feed-adres aanmaken' }).click()
    const second = await shownFeedUrl(page)
    expect(second).not.toBe(first)
    const old = await fetch(first)
    expect(old.status).toBe(404)
    expect(await old.text()).toBe('Niet gevonden')
    expect((await fetch(second)).status).toBe(200)

    await page.getByRole('button', { name: 'Feed intrekken' }).click()
    await expect
      .poll(() => page.getByRole('button', { name: 'Feed-adres aanmaken', exact: true }).count())
      .toBe(1)
    expect((await fetch(second)).status).toBe(404)
    expect(pathname(page)).toBe('/agenda/feed')
  })

  test('creating a feed URL works without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('lezer').email)
    await open(page, '/agenda/feed')
    const replace = page.getByRole('button', { name: 'Nieuw feed-adres aanmaken' })
    const create = page.getByRole('button', { name: 'Feed-adres aanmaken', exact: true })
    await ((await create.count()) > 0 ? create : replace).click()
    const url = await shownFeedUrl(page)
    expect((await fetch(url)).status).toBe(200)
  })
})
