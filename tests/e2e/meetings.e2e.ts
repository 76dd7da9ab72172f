// Meetings in a real browser: a coordinator plans a theme meeting with an agenda, finds it
// in the overview, edits it and records what it left behind (minutes, a tip, a joint action
// that lands in "Mijn acties", a vision document); the agenda grows without JavaScript; a
// lezer reads it all but can change nothing.
//
// The meetings made here lie in the past or far ahead and have no invitations, so they do
// not move the Tijdlijn entries other files read.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
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

const TIME_ZONE = 'Europe/Amsterdam'
const NEW_PATH = '/bijeenkomsten/nieuw'
const THEME = 'Armoede en schulden'

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

// The form control labelled `label`, also when the label carries "(verplicht)".
function control(scope: Page | Locator, label: string) {
  const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return scope.getByLabel(new RegExp(`^${literal}\\s*(\\(verplicht\\))?$`))
}

// The text of the toasts shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// The section of a page with the heading `name` (a landmark region).
function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true })
}

// The row of agenda item `number` on the meeting form.
function agendaRow(page: Page, number: number) {
  return page.getByRole('group', { name: `Agendapunt ${number}`, exact: true })
}

type Planned = { title: string; day: string; agenda: string[] }

// Fills in the new-meeting form (which must be open) for a theme meeting on `day`, 14:00 to
// 16:30, about THEME, with `agenda`, and saves it; returns the path of its page.
async function planThemeMeeting(page: Page, { title, day, agenda }: Planned) {
  await control(page, 'Soort bijeenkomst').selectOption({ label: 'Themabijeenkomst' })
  await control(page, 'Titel').fill(title)
  await control(page, 'Datum').fill(day)
  await control(page, 'Begintijd').fill('14:00')
  await control(page, 'Eindtijd').fill('16:30')
  await page.getByRole('group', { name: "Thema's", exact: true }).getByLabel(THEME, { exact: true }).check()
  for (const [index, item] of agenda.entries()) {
    await control(agendaRow(page, index + 1), 'Onderwerp').fill(item)
  }
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click()
  await page.waitForURL((url) => /^\/bijeenkomsten\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
  await expect.poll(() => pageHeading(page)).toBe(title)
  return pathname(page)
}

// The agenda of a meeting page, in order.
function agendaItems(page: Page) {
  return section(page, 'Agenda').locator('li > span.font-medium').allTextContents()
}

describe('a theme meeting from plan to minutes', () => {
  test('a coordinator plans a theme meeting with an agenda, finds it in the overview, edits it and records its minutes, a tip, a joint action and a vision document', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    const title = `Themabijeenkomst armoede ${unique()}`
    const day = dutchDay(-14)

    // From the overview to the form, which starts at the default location.
    await open(page, '/bijeenkomsten')
    await page.getByRole('link', { name: 'Nieuwe bijeenkomst' }).click()
    await page.waitForURL((url) => url.pathname === NEW_PATH)
    expect(await control(page, 'Locatie').inputValue()).toBe('Leeuwarden')

    // A time that ends before it starts is refused beside the field, keeping the input.
    allowHttpErrorStatus(page, 400, NEW_PATH)
    await control(page, 'Titel').fill(title)
    await control(page, 'Soort bijeenkomst').selectOption({ label: 'Themabijeenkomst' })
    await control(page, 'Datum').fill(day)
    await control(page, 'Begintijd').fill('16:00')
    await control(page, 'Eindtijd').fill('14:00')
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click()
    await expect.poll(() => mainText(page)).toContain('De eindtijd moet na de begintijd liggen.')
    expect(await control(page, 'Titel').inputValue()).toBe(title)

    const meetingPath = await planThemeMeeting(page, {
      title,
      day,
      agenda: ['Opening', 'Ervaringen met armoederegelingen', 'Afspraken'],
    })
    await expect.poll(() => toastText(page)).toContain(`De bijeenkomst "${title}" is gepland.`)
    expect(await agendaItems(page)).toEqual(['Opening', 'Ervaringen met armoederegelingen', 'Afspraken'])
    const details = (await section(page, 'Gegevens').textContent()) ?? ''
    expect(details).toContain(`${dutchDate(day)}, 14:00–16:30`)
    expect(details).toContain(THEME)

    // In the overview of past theme meetings.
    await open(page, '/bijeenkomsten')
    await page.getByRole('navigation', { name: 'Weergave' }).getByRole('link', { name: 'Voorbije' }).click()
    await page.waitForURL((url) => url.searchParams.get('weergave') === 'voorbij')
    const filters = page.getByRole('form', { name: 'Filters' })
    await control(filters, 'Soort').selectOption({ label: 'Themabijeenkomst' })
    await control(filters, 'Vanaf').fill(day)
    await control(filters, 'Tot en met').fill(day)
    await filters.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.searchParams.get('soort') === 'THEME')
    const link = page.getByRole('main').getByRole('table').getByRole('link', { name: title, exact: true })
    await link.click()
    await page.waitForURL((url) => url.pathname === meetingPath)

    // Edit: another place and one agenda item moved to the front by its number.
    await page.getByRole('link', { name: 'Bewerken' }).click()
    await page.waitForURL((url) => url.pathname === `${meetingPath}/bewerken`)
    await control(page, 'Locatie').fill('Drachten, De Lawei')
    await control(agendaRow(page, 3), 'Nummer').fill('0')
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    await page.waitForURL((url) => url.pathname === meetingPath)
    await expect.poll(() => toastText(page)).toContain('De bijeenkomst is opgeslagen.')
    expect(await section(page, 'Gegevens').textContent()).toContain('Drachten, De Lawei')
    expect(await agendaItems(page)).toEqual(['Afspraken', 'Opening', 'Ervaringen met armoederegelingen'])

    // The minutes: held (it was two weeks ago), with a tip, a joint action and an output.
    await page.getByRole('link', { name: 'Verslag vastleggen' }).click()
    await page.waitForURL((url) => url.pathname === `${meetingPath}/verslag`)
    const minutes = section(page, 'Verslag')
    await control(minutes, 'Verslag').fill('Zes raden deelden hun ervaringen met de armoederegelingen.')
    expect(await minutes.getByLabel('De bijeenkomst is gehouden (status wordt "Gehouden")').isChecked()).toBe(
      true,
    )
    await minutes.getByRole('button', { name: 'Verslag opslaan' }).click()
    await expect
      .poll(() => toastText(page))
      .toContain('Het verslag is opgeslagen en de bijeenkomst staat op gehouden.')

    const tips = section(page, 'Gedeelde tips')
    await control(tips, 'Tip').fill('Vraag de wethouder om een jaarlijkse armoedemonitor')
    await control(tips, 'Thema (optioneel)').selectOption({ label: THEME })
    await tips.getByRole('button', { name: 'Tip toevoegen' }).click()
    await expect.poll(() => toastText(page)).toContain('De tip is toegevoegd.')

    const actions = section(page, 'Gezamenlijke acties')
    const action = `Gezamenlijke brief over de armoedemonitor ${unique()}`
    await control(actions, 'Wat is er afgesproken?').fill(action)
    expect(
      await control(actions, 'Opgevolgd door').evaluate(
        (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent,
      ),
    ).toBe(demoUser('coordinator').name)
    await control(actions, 'Uiterlijk op').fill(dutchDay(21))
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click()
    await expect.poll(() => toastText(page)).toContain('De gezamenlijke actie is toegevoegd.')

    const outputs = section(page, 'Opbrengst')
    await control(outputs, 'Titel').fill('Visiedocument armoede')
    await control(outputs, 'Tekst').fill(
      'Armoede is geen keuze. De raden vragen om een ruimhartig minimabeleid.',
    )
    await outputs.getByRole('button', { name: 'Opbrengst toevoegen' }).click()
    await expect.poll(() => toastText(page)).toContain('De opbrengst is toegevoegd.')

    // The meeting page shows it all, and the status "Gehouden".
    await page.getByRole('link', { name: 'Terug naar de bijeenkomst' }).click()
    await page.waitForURL((url) => url.pathname === meetingPath)
    expect(await page.getByRole('main').locator('h1 + p').textContent()).toContain('Gehouden')
    expect(await section(page, 'Verslag').textContent()).toContain('Zes raden deelden hun ervaringen')
    expect(await section(page, 'Gedeelde tips').textContent()).toContain('jaarlijkse armoedemonitor')
    expect(await section(page, 'Gezamenlijke acties').textContent()).toContain(action)
    expect(await section(page, 'Opbrengst').textContent()).toContain('Visiedocument armoede')

    // The joint action is in the coordinator's "Mijn acties" and leads back to the meeting.
    await open(page, '/acties')
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: action })
    await item.getByRole('link', { name: title }).click()
    await page.waitForURL((url) => url.pathname === meetingPath)
  })
})

describe('the agenda without JavaScript', () => {
  test('a coordinator without JavaScript asks for more agenda rows, keeps what was typed, and saves six items', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('coordinator').email)
    await open(page, NEW_PATH)
    const title = `Cursus zonder script ${unique()}`
    const day = dutchDay(400)
    await control(page, 'Soort bijeenkomst').selectOption({ label: 'Cursus' })
    await control(page, 'Titel').fill(title)
    await control(page, 'Datum').fill(day)
    await control(page, 'Begintijd').fill('10:00')
    await control(page, 'Eindtijd').fill('12:00')
    for (const number of [1, 2, 3, 4, 5]) {
      await control(agendaRow(page, number), 'Onderwerp').fill(`Onderdeel ${number}`)
    }
    // The partner organisations are checkboxes, grouped by type.
    const partners = page.getByRole('group', { name: 'Samen met (partnerorganisaties)', exact: true })
    const partner = partners.getByRole('checkbox').nth(1)
    const partnerName = await partner.evaluate((box: HTMLInputElement) => box.labels?.[0]?.textContent ?? '')
    expect(partnerName).not.toBe('')
    await partner.check()
    expect(await page.getByRole('listbox').count()).toBe(0)
    expect(await page.getByRole('group', { name: /^Agendapunt \d+$/ }).count()).toBe(5)
    await page.getByRole('button', { name: 'Meer regels voor agendapunten' }).click()
    await agendaRow(page, 6).waitFor()
    expect(await control(page, 'Titel').inputValue()).toBe(title)
    expect(await control(agendaRow(page, 5), 'Onderwerp').inputValue()).toBe('Onderdeel 5')
    expect(await partners.getByLabel(partnerName, { exact: true }).isChecked()).toBe(true)
    await control(agendaRow(page, 6), 'Onderwerp').fill('Onderdeel 6')
    await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click()
    await page.waitForURL((url) => /^\/bijeenkomsten\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe(title)
    expect(await agendaItems(page)).toEqual([1, 2, 3, 4, 5, 6].map((number) => `Onderdeel ${number}`))
    expect(await section(page, 'Gegevens').textContent()).toContain(partnerName)
  })
})

describe('a meeting that does not exist', () => {
  test('its edit and minutes pages say the page was not found, also in the document title', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    for (const path of ['/bijeenkomsten/bestaat-niet/bewerken', '/bijeenkomsten/bestaat-niet/verslag']) {
      allowHttpErrorStatus(page, 404, path)
      const response = await open(page, path)
      expect(response.status(), path).toBe(404)
      await expect.poll(() => pageHeading(page)).toBe('Pagina niet gevonden')
      expect(await page.title(), path).toBe('Pagina niet gevonden · Raadnet')
    }
  })
})

describe('what a lezer may do', () => {
  test('a lezer reads a meeting but sees no controls to plan, edit, cancel or record, and is refused the forms', async () => {
    const coordinator = await newPage()
    await login(coordinator, demoUser('coordinator').email)
    await open(coordinator, NEW_PATH)
    const title = `Themabijeenkomst voor lezers ${unique()}`
    const meetingPath = await planThemeMeeting(coordinator, { title, day: dutchDay(420), agenda: ['Welkom'] })

    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, '/bijeenkomsten')
    expect(await page.getByRole('link', { name: 'Nieuwe bijeenkomst' }).count()).toBe(0)
    await open(page, meetingPath)
    await expect.poll(() => pageHeading(page)).toBe(title)
    expect(await agendaItems(page)).toEqual(['Welkom'])
    for (const name of ['Bewerken', 'Verslag vastleggen', 'Uitnodigen', 'Aanwezigheid registreren']) {
      expect(await page.getByRole('link', { name }).count(), name).toBe(0)
    }
    expect(await page.getByRole('button', { name: 'Bijeenkomst afgelasten' }).count()).toBe(0)

    for (const path of [`${meetingPath}/bewerken`, `${meetingPath}/verslag`, NEW_PATH]) {
      allowHttpErrorStatus(page, 403, path)
      const response = await open(page, path)
      expect(response.status(), path).toBe(403)
      await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
    }
  })
})
