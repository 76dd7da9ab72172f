// The activity log: recording a contact from a council's page in one go and finding it back,
// quick entry that keeps what was typed, the full form with time spent and a follow-up that
// lands in "Mijn acties", and what a lezer may (not) do.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import network from '../../prisma/data/network.json'
import {
  allowHttpErrorStatus,
  demoUser,
  headerText,
  login,
  mainText,
  open,
  pageHeading,
  pathname,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

const QUICK_PATH = '/activiteiten/snel'
const LOG_PATH = '/activiteiten'
const TIME_ZONE = 'Europe/Amsterdam'
const OTTO = demoUser('opbouwwerker').name

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the Dutch calendar day `offset` days from today as an <input type="date"> value.
function dutchDay(offset = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date())
  const day = new Date(`${today}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + offset)
  return day.toISOString().slice(0, 10)
}

// Returns a day "2026-11-25" as the app writes it: "25 november 2026".
function dutchDate(day: string) {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

// Returns `text` as a regular expression source that matches it literally.
function literal(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// The form control labelled `label`, also when the label carries "(verplicht)".
function control(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${literal(label)}\\s*(\\(verplicht\\))?$`))
}

// The label of the option chosen in a select.
async function selectedLabel(select: Locator) {
  return select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent ?? '')
}

// Returns the error messages the control points to (aria-describedby … -error).
async function fieldErrors(page: Page, field: Locator) {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/)
  const messages: string[] = []
  for (const id of ids.filter((candidate) => candidate.endsWith('-error'))) {
    messages.push(...(await page.locator(`[id="${id}"] li`).allTextContents()))
  }
  return messages
}

// The text of the toasts shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// The text of the alerts on the page (error summary).
async function alertText(page: Page) {
  return (await page.getByRole('alert').allTextContents()).join(' ')
}

// The section of a page with the heading `name` (a landmark region).
function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true })
}

// The value shown next to `label` in the "Gegevens" list of an organisation or activity page.
async function detailValue(page: Page, label: string) {
  const row = section(page, 'Gegevens')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${literal(label)}$`) }) })
  return ((await row.locator('dd').textContent()) ?? '').trim()
}

// The entries of the Tijdlijn on an organisation or person page, newest first, as text.
function timelineEntries(page: Page) {
  return section(page, 'Tijdlijn').getByRole('listitem').allTextContents()
}

// Returns minutes from a duration as the app writes it ("2 uur en 15 minuten", "45 minuten").
function minutesOf(text: string) {
  const hours = /(\d+) uur/.exec(text)?.[1]
  const minutes = /(\d+) minuten/.exec(text)?.[1]
  return Number(hours ?? 0) * 60 + Number(minutes ?? 0)
}

// Opens an organisation's page through the list's name filter; returns its path.
async function openOrganisation(page: Page, name: string) {
  await open(page, `/organisaties?q=${encodeURIComponent(name)}`)
  await page.getByRole('main').getByRole('table').getByRole('link', { name, exact: true }).click()
  await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
  await expect.poll(() => pageHeading(page)).toBe(name)
  return pathname(page)
}

// The seeded active council with this key, with the names of its current members and of
// its current voorzitter (prisma/data/network.json).
function seededCouncil(key: string) {
  const organisation = network.organisations.find((candidate) => candidate.key === key)
  if (!organisation || organisation.active === false) throw new Error(`The seed has changed: no ${key}`)
  const current = network.people.flatMap((person) =>
    person.memberships
      .filter(
        (membership) =>
          membership.organisation === key &&
          (!('endDate' in membership) || !membership.endDate || membership.endDate > dutchDay()),
      )
      .map((membership) => ({ name: person.name, role: membership.role })),
  )
  const chair = current.find((member) => member.role === 'voorzitter')?.name
  if (!chair) throw new Error(`The seed has changed: ${key} has no voorzitter`)
  return { name: organisation.name, members: current.map((member) => member.name), chair }
}

// Chooses the log's filters by label, presses "Filteren" and waits for the URL to carry them.
async function filterLog(page: Page, filters: Record<string, string>) {
  const chosen: Record<string, string> = {}
  const parameters: Record<string, string> = { Organisatie: 'organisatie', Persoon: 'persoon' }
  for (const [label, option] of Object.entries(filters)) {
    const select = page.getByLabel(label, { exact: true })
    await select.selectOption({ label: option })
    chosen[parameters[label] ?? label] = await select.inputValue()
  }
  await page.getByRole('button', { name: 'Filteren' }).click()
  await page.waitForURL(
    (url) =>
      url.pathname === LOG_PATH &&
      Object.entries(chosen).every(([parameter, value]) => url.searchParams.get(parameter) === value),
  )
}

// Searches the log for `text` ("Tekst bevat"); waits until the URL carries it.
async function searchLog(page: Page, text: string) {
  await open(page, LOG_PATH)
  await page.getByLabel('Tekst bevat').fill(text)
  await page.getByRole('button', { name: 'Filteren' }).click()
  // The address changes before React has rendered the filtered list (navigations render in
  // a transition): callers poll what they read from the list.
  await page.waitForURL((url) => url.pathname === LOG_PATH && url.searchParams.get('q') === text)
}

// The rows of the log's table as lists of cell texts.
async function logRows(page: Page) {
  if ((await page.getByRole('main').getByRole('table').count()) === 0) return []
  return page
    .getByRole('main')
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')),
    )
}

// The log's result count as shown ("12 activiteiten").
async function logCount(page: Page) {
  const count = page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^\s*\d+ activiteit(en)?\s*$/ })
  return ((await count.textContent()) ?? '').trim()
}

// The number of open follow-ups the dashboard shows in "Mijn acties".
async function dashboardOpenCount(page: Page) {
  await open(page, '/')
  const text = (await section(page, 'Mijn acties').textContent()) ?? ''
  const count = /(\d+)\s+openstaande vervolgactie/.exec(text)?.[1]
  if (count === undefined) throw new Error(`No open count on the dashboard: ${text}`)
  return Number(count)
}

// The items of "Mijn acties" as { text, overdue }.
async function myActions(page: Page) {
  const list = page.getByRole('main').getByRole('list')
  if ((await list.count()) === 0) return []
  return list
    .first()
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((item) => ({
        text: item.textContent ?? '',
        overdue: [...item.querySelectorAll('span')].some((span) => span.textContent?.trim() === 'te laat'),
      })),
    )
}

describe('recording a contact from a council page', () => {
  test("an opbouwwerker records a phone call on a council's page by typing only what it was about, and finds it on the page, on the person's timeline and in the log filtered on that council", async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const council = seededCouncil('wmo-dantumadiel')
    const person = council.chair
    const summary = `Gebeld over de agenda van de volgende vergadering ${unique()}`
    const councilPath = await openOrganisation(page, council.name)

    // The form in the aside starts with this council and today's date.
    const form = section(page, 'Contact vastleggen')
    expect(await selectedLabel(control(form, 'Met'))).toBe(council.name)
    expect(await selectedLabel(control(form, 'Soort contact'))).toBe('Telefoon')
    expect(await control(form, 'Datum').inputValue()).toBe(dutchDay())
    const people = await control(form, 'Persoon').locator('option').allTextContents()
    expect(people).toEqual(expect.arrayContaining(council.members))

    await control(form, 'Persoon').selectOption({ label: person })
    await control(form, 'Waarover').fill(summary)
    await form.getByRole('button', { name: 'Contact vastleggen' }).click()

    // Back on the council's page with a confirmation, the contact at the top of the Tijdlijn.
    await page.waitForURL((url) => url.pathname === councilPath)
    await expect.poll(() => toastText(page)).toContain('Contact vastgelegd')
    await expect.poll(() => pageHeading(page)).toBe(council.name)
    await expect.poll(async () => (await timelineEntries(page))[0] ?? '').toContain(summary)
    const entry = (await timelineEntries(page))[0] ?? ''
    expect(entry).toContain(`${dutchDate(dutchDay())} om 12:00`)
    expect(entry).toContain('Contact · Telefoon')
    expect(entry).toContain(`door ${OTTO}`)

    // "Laatste contact" is the new contact.
    const lastContact = await detailValue(page, 'Laatste contact')
    expect(lastContact).toContain(dutchDate(dutchDay()))
    expect(lastContact).toContain(summary)

    // The contact is on the timeline of the person chosen in "Persoon".
    await section(page, 'Leden').getByRole('link', { name: person, exact: true }).click()
    await page.waitForURL((url) => /^\/personen\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(person)
    await expect.poll(async () => (await timelineEntries(page))[0] ?? '').toContain(summary)

    // And in the log, filtered on the council: every row is a contact with that council.
    await open(page, LOG_PATH)
    await filterLog(page, { Organisatie: council.name })
    await expect.poll(async () => (await logRows(page))[0]?.[2] ?? '').toContain(summary)
    const rows = await logRows(page)
    expect(rows[0]?.[1]).toBe('Contact · Telefoon')
    expect(rows[0]?.[4]).toBe(OTTO)
    for (const row of rows) expect(row[3]).toContain(council.name)
    expect(await selectedLabel(page.getByLabel('Organisatie', { exact: true }))).toBe(council.name)

    // The contact's own page says what was recorded.
    await page.getByRole('main').getByRole('link', { name: summary, exact: true }).click()
    await page.waitForURL((url) => /^\/activiteiten\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(summary)
    expect(await detailValue(page, 'Soort activiteit')).toBe('Contact')
    expect(await detailValue(page, 'Vorm')).toBe('Telefoon')
    expect(await detailValue(page, 'Betrokken organisaties')).toBe(council.name)
    expect(await detailValue(page, 'Personen')).toBe(person)
    expect(await detailValue(page, 'Vastgelegd door')).toBe(OTTO)
  }, 60_000)

  test('after recording a contact on a council page the quick form is empty again, ready for the next contact', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const council = seededCouncil('wmo-nef')
    const summary = `Contact over de jaarplanning ${unique()}`
    const councilPath = await openOrganisation(page, council.name)
    const form = section(page, 'Contact vastleggen')
    await control(form, 'Persoon').selectOption({ label: council.chair })
    await control(form, 'Waarover').fill(summary)
    await form.getByRole('button', { name: 'Contact vastleggen' }).click()
    await page.waitForURL((url) => url.pathname === councilPath)
    await expect.poll(() => toastText(page)).toContain('Contact vastgelegd')
    await expect.poll(async () => (await timelineEntries(page))[0] ?? '').toContain(summary)
    expect(await control(form, 'Waarover').inputValue()).toBe('')
    expect(await selectedLabel(control(form, 'Persoon'))).toBe('— geen —')
  }, 60_000)

  // The quick form places a contact "today" at 12:00 (decision 007); "Laatste contact" counts
  // the whole of today, so a contact recorded in the morning shows there straight away.
  test('a contact recorded this morning with the quick form is straight away the "Laatste contact" of the council', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const council = seededCouncil('crwi-dantumadiel')
    const summary = `Ochtendcontact ${unique()}`
    const councilPath = await openOrganisation(page, council.name)
    const form = section(page, 'Contact vastleggen')
    await control(form, 'Waarover').fill(summary)
    await form.getByRole('button', { name: 'Contact vastleggen' }).click()
    await page.waitForURL((url) => url.pathname === councilPath)
    await expect.poll(() => toastText(page)).toContain('Contact vastgelegd')
    await expect.poll(async () => (await timelineEntries(page))[0] ?? '').toContain(summary)
    expect(await detailValue(page, 'Laatste contact')).toContain(summary)
  }, 60_000)
})

// Opens quick entry, submits it without "Waarover", checks what the page keeps and says,
// then fills in "Waarover" and saves.
async function quickEntryAfterAnError({ javaScript }: { javaScript: boolean }) {
  const page = await newPage({ javaScriptEnabled: javaScript })
  await login(page, demoUser('opbouwwerker').email)
  const council = seededCouncil(javaScript ? 'wmo-weststellingwerf' : 'crwi-weststellingwerf')
  const day = dutchDay(-3)

  // Through the header's "Contact vastleggen".
  await open(page, '/')
  await page.getByRole('banner').getByRole('link', { name: 'Contact vastleggen' }).click()
  await page.waitForURL((url) => url.pathname === QUICK_PATH)
  await expect.poll(() => pageHeading(page)).toBe('Snel contact vastleggen')

  await control(page, 'Met').selectOption({ label: council.name })
  await control(page, 'Soort contact').selectOption({ label: 'E-mail' })
  await control(page, 'Datum').fill(day)
  allowHttpErrorStatus(page, 400, QUICK_PATH)
  const posted = page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      [QUICK_PATH, `${QUICK_PATH}.data`].includes(new URL(response.url()).pathname),
  )
  await page.getByRole('main').getByRole('button', { name: 'Contact vastleggen' }).click()
  expect((await posted).status()).toBe(400)

  await expect.poll(() => alertText(page)).toContain('Het formulier bevat fouten.')
  expect(pathname(page)).toBe(QUICK_PATH)
  const waarover = control(page, 'Waarover')
  expect(await waarover.getAttribute('aria-invalid')).toBe('true')
  expect(await fieldErrors(page, waarover)).toEqual(['Vul dit veld in.'])
  expect(await selectedLabel(control(page, 'Met'))).toBe(council.name)
  expect(await selectedLabel(control(page, 'Soort contact'))).toBe('E-mail')
  expect(await control(page, 'Datum').inputValue()).toBe(day)
  expect(await control(page, 'Met').getAttribute('aria-invalid')).toBeNull()

  // Correcting it saves; quick entry from the header goes on to the log.
  const summary = `Mail over de vergaderstukken ${unique()}`
  await waarover.fill(summary)
  await page.getByRole('main').getByRole('button', { name: 'Contact vastleggen' }).click()
  await page.waitForURL((url) => url.pathname === LOG_PATH)
  await expect.poll(() => toastText(page)).toContain('Contact vastgelegd')

  await searchLog(page, summary)
  await expect.poll(() => logCount(page)).toBe('1 activiteit')
  const [row] = await logRows(page)
  expect(row?.[0]).toBe(`${dutchDate(day)} om 12:00`)
  expect(row?.[1]).toBe('Contact · E-mail')
  expect(row?.[2]).toBe(summary)
  expect(row?.[3]).toBe(council.name)
}

describe('quick entry', () => {
  test('quick entry without "Waarover" says "Vul dit veld in." next to it, keeps the chosen organisation, contact type and date, and saves once it is filled in', async () => {
    await quickEntryAfterAnError({ javaScript: true })
  }, 60_000)

  test('with JavaScript switched off, quick entry without "Waarover" keeps what was chosen and saves once it is filled in', async () => {
    await quickEntryAfterAnError({ javaScript: false })
  }, 60_000)
})

describe('the full activity form', () => {
  test('an opbouwwerker records a training of 1:30 with a follow-up for themselves due yesterday: the activity shows "1 uur en 30 minuten", "Mijn acties" and the dashboard show the follow-up as overdue until it is marked done', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const council = seededCouncil('asd-opsterland')
    const id = unique()
    const summary = `Training adviesvaardigheden ${id}`
    const followUp = `Evaluatieformulieren van de training nasturen ${id}`
    const yesterday = dutchDay(-1)

    const openBefore = await dashboardOpenCount(page)
    const councilPath = await openOrganisation(page, council.name)
    const supportBefore = minutesOf(await detailValue(page, 'Ondersteuning dit jaar'))

    await open(page, LOG_PATH)
    await page.getByRole('link', { name: 'Nieuwe activiteit' }).click()
    await page.waitForURL((url) => url.pathname === '/activiteiten/nieuw')
    await expect.poll(() => pageHeading(page)).toBe('Nieuwe activiteit')
    await control(page, 'Soort activiteit').selectOption({ label: 'Ondersteuning' })
    await control(page, 'Vorm').selectOption({ label: 'Training' })
    await control(page, 'Datum').fill(yesterday)
    await control(page, 'Tijd').fill('14:00')
    await control(page, 'Samenvatting').fill(summary)
    await control(page, 'Tijdsbesteding').fill('1:30')
    await control(page, 'Betrokken organisaties').selectOption({ label: council.name })
    await page
      .getByRole('group', { name: "Thema's", exact: true })
      .getByLabel('Re-integratie', { exact: true })
      .check()
    await control(page, 'Wat moet er gebeuren?').fill(followUp)
    await control(page, 'Uiterlijk op').fill(yesterday)
    await control(page, 'Wie').selectOption({ label: OTTO })
    await page.getByRole('button', { name: 'Activiteit vastleggen' }).click()

    await page.waitForURL((url) => /^\/activiteiten\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(summary)
    await expect.poll(() => toastText(page)).toContain('De activiteit is vastgelegd.')
    const activityPath = pathname(page)
    expect(await detailValue(page, 'Tijdsbesteding')).toBe('1 uur en 30 minuten')
    expect(await detailValue(page, 'Soort activiteit')).toBe('Ondersteuning')
    expect(await detailValue(page, 'Vorm')).toBe('Training')
    expect(await detailValue(page, 'Datum en tijd')).toBe(`${dutchDate(yesterday)} om 14:00`)
    expect(await detailValue(page, "Thema's")).toBe('Re-integratie')
    expect(await detailValue(page, 'Betrokken organisaties')).toBe(council.name)
    const followUps = await section(page, 'Vervolgacties').getByRole('listitem').allTextContents()
    const recorded = followUps.find((text) => text.includes(followUp)) ?? ''
    expect(recorded).toContain(`voor ${OTTO}`)
    expect(recorded).toContain(`uiterlijk ${dutchDate(yesterday)}`)
    expect(recorded).toContain('te laat')

    // The council's support this year grows by the 1:30 (when yesterday was this year).
    await open(page, councilPath)
    const sameYear = yesterday.slice(0, 4) === dutchDay().slice(0, 4)
    expect(minutesOf(await detailValue(page, 'Ondersteuning dit jaar'))).toBe(
      supportBefore + (sameYear ? 90 : 0),
    )
    expect((await timelineEntries(page)).join('\n')).toContain('1 uur en 30 minuten besteed')

    // "Mijn acties": the follow-up is marked "te laat", among the overdue ones at the top.
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: 'Mijn acties' })
      .click()
    await page.waitForURL((url) => url.pathname === '/acties')
    await expect.poll(() => pageHeading(page)).toBe('Mijn acties')
    const items = await myActions(page)
    const index = items.findIndex((item) => item.text.includes(followUp))
    expect(index, 'the follow-up is listed').toBeGreaterThanOrEqual(0)
    expect(items[index]?.overdue).toBe(true)
    expect(items[index]?.text).toContain(`uiterlijk ${dutchDate(yesterday)}`)
    expect(items[index]?.text).toContain(summary)
    expect(items.slice(0, index).every((item) => item.overdue)).toBe(true)
    const firstNotOverdue = items.findIndex((item) => !item.overdue)
    if (firstNotOverdue !== -1) expect(items.slice(firstNotOverdue).some((item) => item.overdue)).toBe(false)

    // The dashboard counts it.
    expect(await dashboardOpenCount(page)).toBe(openBefore + 1)

    // Marking it done takes it off the open list and the dashboard count.
    await open(page, '/acties')
    await page.getByRole('button', { name: `Afgerond: ${followUp}` }).click()
    await expect.poll(() => toastText(page)).toContain('De vervolgactie is afgerond.')
    expect(pathname(page)).toBe('/acties')
    await expect
      .poll(async () => (await myActions(page)).some((item) => item.text.includes(followUp)))
      .toBe(false)
    expect(await dashboardOpenCount(page)).toBe(openBefore)

    // It is still on the activity, done.
    await open(page, activityPath)
    const done = (await section(page, 'Vervolgacties').getByRole('listitem').allTextContents()).find((text) =>
      text.includes(followUp),
    )
    expect(done).toContain('afgerond')
    expect(done).not.toContain('te laat')
    expect(await page.getByRole('button', { name: `Weer openzetten: ${followUp}` }).count()).toBe(1)
  }, 90_000)
})

describe('a lezer', () => {
  test('a lezer reads the log and an activity without "Contact vastleggen" or "Nieuwe activiteit", and posting the quick form anyway is refused with "Geen toegang" (403) and saves nothing', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    expect(await page.getByRole('banner').getByRole('link', { name: 'Contact vastleggen' }).count()).toBe(0)
    expect(await headerText(page)).not.toContain('Contact vastleggen')

    await open(page, LOG_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Activiteiten')
    const rows = await logRows(page)
    expect(rows.length).toBeGreaterThan(0)
    for (const control of ['Nieuwe activiteit', 'Snel contact vastleggen', 'Contact vastleggen']) {
      expect(await page.getByRole('link', { name: control, exact: true }).count(), control).toBe(0)
    }

    // An activity, read-only.
    const first = page.getByRole('main').getByRole('table').locator('tbody tr').first().locator('td').nth(2)
    const title = ((await first.getByRole('link').textContent()) ?? '').trim()
    await first.getByRole('link').click()
    await page.waitForURL((url) => /^\/activiteiten\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(title)
    expect(await detailValue(page, 'Vastgelegd door')).not.toBe('')
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Vervolgactie toevoegen' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Afgerond:/ }).count()).toBe(0)

    // A council page has no quick contact form for a lezer.
    const council = seededCouncil('crwi-ooststellingwerf')
    const councilPath = await openOrganisation(page, council.name)
    expect(await section(page, 'Contact vastleggen').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Contact vastleggen' }).count()).toBe(0)

    // The quick entry page says a lezer cannot record; the full form is closed.
    await open(page, QUICK_PATH)
    expect(await mainText(page)).toContain('Als lezer kunt u geen contacten vastleggen.')
    expect(await page.getByRole('button', { name: 'Contact vastleggen' }).count()).toBe(0)
    allowHttpErrorStatus(page, 403, '/activiteiten/nieuw')
    const closed = await open(page, '/activiteiten/nieuw')
    expect(closed.status()).toBe(403)
    await expect.poll(() => pageHeading(page)).toBe('Geen toegang')

    // Posting the quick form anyway (a form of their own on the quick entry page).
    const summary = `Contact door een lezer ${unique()}`
    await open(page, QUICK_PATH)
    allowHttpErrorStatus(page, 403, QUICK_PATH)
    const posted = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === QUICK_PATH,
    )
    const loaded = page.waitForEvent('load')
    await page.evaluate(
      ({ action, fields }) => {
        const form = document.createElement('form')
        form.method = 'post'
        form.action = action
        for (const [name, value] of Object.entries(fields)) {
          const input = document.createElement('input')
          input.type = 'hidden'
          input.name = name
          input.value = value
          form.append(input)
        }
        document.body.append(form)
        form.submit()
      },
      {
        action: QUICK_PATH,
        fields: {
          organisationId: councilPath.split('/').pop() ?? '',
          subtype: 'telefoon',
          occurredOn: dutchDay(),
          summary,
          redirectTo: councilPath,
        },
      },
    )
    expect((await posted).status()).toBe(403)
    await loaded
    await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
    expect(pathname(page)).toBe(QUICK_PATH)

    // Nothing was saved.
    await searchLog(page, summary)
    await expect.poll(() => logCount(page)).toBe('0 activiteiten')
    expect(await mainText(page)).toContain('Geen activiteiten gevonden met deze filters.')
  }, 60_000)
})
