// The advices of the councils in a real browser: from a signal to a joint signal letter, its
// steps up to the college's response and the loop back to the spreekuurpunt; steps that are
// refused; the library and reuse; the figures; and what a lezer may do.
//
// The test files share one database. An advice not sent yet stands on its councils' Tijdlijn
// at the moment it was recorded, above a contact recorded earlier today; so the advices made
// here go to councils whose Tijdlijn the other files do not read in order.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import adviceData from '../../prisma/data/advice.json'
import network from '../../prisma/data/network.json'
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

const NEW_SIGNAL_PATH = '/signalen/nieuw'
const LIST_PATH = '/adviezen'
const NEW_PATH = '/adviezen/nieuw'
const LIBRARY_PATH = '/adviezen/bibliotheek'
const TIME_ZONE = 'Europe/Amsterdam'
const OTTO = demoUser('opbouwwerker').name
const DAY_MS = 86_400_000

// The steps of an advice that was not requested, as the stepper names them
// (adviceStatus.* in domain.ts; a requested advice starts with "Adviesaanvraag ontvangen").
const STEPS = ['In voorbereiding', 'Vastgesteld', 'Verzonden', 'Reactie ontvangen', 'Afgesloten'] as const
type Step = (typeof STEPS)[number]

// The buttons of the steps of an advice's lifecycle, in order.
const STEP_BUTTONS = [
  'In voorbereiding nemen',
  'Vastleggen als vastgesteld',
  'Vastleggen als verzonden',
  'Reactie vastleggen',
  'Advies afsluiten',
] as const

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the Dutch calendar day `daysAgo` days before today as an <input type="date"> value.
function dutchDay(daysAgo = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date())
  return new Date(Date.parse(`${today}T00:00:00Z`) - daysAgo * DAY_MS).toISOString().slice(0, 10)
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

// Returns the minutes since midnight, Dutch time, of `moment`.
function dutchMinutes(moment: Date) {
  const [hours = 0, minutes = 0] = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  })
    .format(moment)
    .split(':')
    .map(Number)
  return hours * 60 + minutes
}

// Returns `text` as a regular expression source that matches it literally.
function literal(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Returns `text` with its runs of white space as single spaces, trimmed.
function squash(text: string | null) {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

// The text of `locator` with a space between its text nodes (so that the lines of a block,
// its paragraphs and badges, do not run together), white space squashed.
async function spacedText(locator: Locator) {
  const text = await locator.evaluate((element) => {
    const parts: string[] = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '')
    return parts.join(' ')
  })
  return squash(text)
}

// The form control labelled `label`, also when the label carries "(verplicht)".
function control(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${literal(label)}\\s*(\\(verplicht\\))?$`))
}

// The text of the option a select shows.
function selectedLabel(select: Locator) {
  return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '')
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

// The text of the alerts on the page (error summaries).
async function alertText(page: Page) {
  return (await page.getByRole('alert').allTextContents()).join(' ')
}

// The section of a page with the heading `name` (a landmark region).
function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true })
}

// The value shown next to `label` in the "Gegevens" list of a signal or advice page.
async function detailValue(page: Page, label: string) {
  const row = section(page, 'Gegevens')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${literal(label)}$`) }) })
  return spacedText(row.locator('dd'))
}

// The link texts shown next to `label` in the "Gegevens" list of a signal or advice page.
function detailLinks(page: Page, label: string) {
  return section(page, 'Gegevens')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${literal(label)}$`) }) })
    .locator('dd')
    .getByRole('link')
    .allTextContents()
}

// The line under the title of a signal or advice page ("Signaalbrief · In voorbereiding …").
async function introText(page: Page) {
  return squash(await page.getByRole('main').locator('h1 + p').textContent())
}

// The form on a page whose heading is `title`.
function stepForm(page: Page, title: string) {
  return page.locator('form').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
}

// Resolves with the response to the next POST of `page` to `path` (document or .data request).
function postTo(page: Page, path: string) {
  return page.waitForResponse((response) => {
    const { pathname: posted } = new URL(response.url())
    return response.request().method() === 'POST' && (posted === path || posted === `${path}.data`)
  })
}

// Submits a form of the page's own making (as a stale page or a hand-made request would):
// a plain document POST of `fields` to `action`; resolves once the answer has loaded.
async function postForm(page: Page, action: string, fields: Record<string, string>) {
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
    { action, fields },
  )
  await loaded
}

// The seeded organisation with this key (prisma/data/network.json).
function seeded(key: string) {
  const organisation = network.organisations.find((candidate) => candidate.key === key)
  if (!organisation) throw new Error(`The seed has changed: no organisation ${key}`)
  return organisation
}

type SeededAdvice = (typeof adviceData.advices)[number]

// The seeded advice with this key (prisma/data/advice.json).
function seededAdvice(key: string): SeededAdvice {
  const advice = adviceData.advices.find((candidate) => candidate.key === key)
  if (!advice) throw new Error(`The seed has changed: no advice ${key}`)
  return advice
}

// Opens the page of the organisation called `name` through the registry's search.
async function openOrganisation(page: Page, name: string) {
  await open(page, `/organisaties?q=${encodeURIComponent(name)}`)
  await page.getByRole('main').getByRole('table').getByRole('link', { name, exact: true }).click()
  await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
  await expect.poll(() => pageHeading(page)).toBe(name)
  await page.getByRole('region', { name: 'Tijdlijn', exact: true }).waitFor()
  return pathname(page)
}

// ——— Signals (as in signals.e2e.ts) ———

type Signal = {
  source: string
  municipality: string
  title: string
  description: string
  themes: string[]
}

// Records a new signal (the new-signal page must be open) and waits for its page; returns
// that page's path.
async function recordSignal(page: Page, signal: Signal) {
  await control(page, 'Spreekuurpunt (bron)').selectOption({ label: signal.source })
  await control(page, 'Gemeente').selectOption({ label: signal.municipality })
  await control(page, 'Titel').fill(signal.title)
  await control(page, 'Beschrijving').fill(signal.description)
  for (const theme of signal.themes) {
    await page.getByRole('group', { name: "Thema's", exact: true }).getByLabel(theme, { exact: true }).check()
  }
  await page.getByRole('button', { name: 'Signaal vastleggen' }).click()
  await page.waitForURL((url) => /^\/signalen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_SIGNAL_PATH)
  await expect.poll(() => pageHeading(page)).toBe(signal.title)
  return pathname(page)
}

// The step the signal page's stepper marks as current ("2. Doorgestuurd naar raad").
async function currentSignalStep(page: Page) {
  return page
    .getByRole('navigation', { name: 'Voortgang van het signaal' })
    .locator('li[aria-current="step"] span')
    .first()
    .textContent()
}

// ——— The advice page ———

// The stepper of an advice page: each step's label and what it says under it (a date once
// done or current, else "Nog te doen").
async function stepper(page: Page) {
  return page
    .getByRole('navigation', { name: 'Voortgang van het advies' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector('span')?.textContent ?? '',
        state: item.querySelector('span:last-child')?.textContent ?? '',
        current: item.getAttribute('aria-current') === 'step',
      })),
    )
}

// The step the advice page's stepper marks as current ("2. Vastgesteld").
async function currentStep(page: Page) {
  return (await stepper(page)).find((item) => item.current)?.label
}

// The entries of an advice's "Geschiedenis", oldest first: what happened, by whom and when,
// and the note.
async function history(page: Page) {
  return section(page, 'Geschiedenis')
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        what: item.querySelector('p')?.textContent ?? '',
        by: item.querySelector('p:nth-of-type(2)')?.textContent ?? '',
        note: item.querySelector('p:nth-of-type(3)')?.textContent ?? '',
      })),
    )
}

// The buttons of the lifecycle's steps that the advice page offers now.
async function offeredSteps(page: Page) {
  const offered: string[] = []
  for (const name of STEP_BUTTONS) {
    const button = page.getByRole('button', { name, exact: true })
    if ((await button.count()) > 0 && (await button.first().isVisible())) offered.push(name)
  }
  return offered
}

// Checks what the advice page shows once the advice reached `step`: the stepper (with the
// dates of the steps done), the status next to the title, and the newest line of the
// history — who and when.
async function expectStep(
  page: Page,
  step: Step,
  { dates, since, from }: { dates: string[]; since: Date; from?: Step },
) {
  const index = STEPS.indexOf(step)
  await expect.poll(() => currentStep(page)).toBe(`${index + 1}. ${step}`)
  const steps = await stepper(page)
  expect(steps.map((item) => item.label)).toEqual(STEPS.map((name, i) => `${i + 1}. ${name}`))
  expect(steps.map((item) => item.state)).toEqual(
    STEPS.map((_, i) => (i <= index ? dates[i] : 'Nog te doen')),
  )
  expect(await introText(page)).toContain(` · ${step}`)

  const entries = await history(page)
  expect(entries).toHaveLength(index + 1)
  const last = entries.at(-1)
  expect(last?.what).toBe(from ? `${from} → ${step}` : `Vastgelegd: ${step}`)
  // "Otto Opbouwwerker, 26 november 2026 om 14:05", within the minutes of this step.
  const match = new RegExp(`^${literal(OTTO)}, ${literal(dutchDate(dutchDay()))} om (\\d{2}):(\\d{2})$`).exec(
    last?.by ?? '',
  )
  expect(match, `history line "${last?.by}"`).not.toBeNull()
  const at = Number(match?.[1]) * 60 + Number(match?.[2])
  expect(at).toBeGreaterThanOrEqual(dutchMinutes(since) - 1)
  expect(at).toBeLessThanOrEqual(dutchMinutes(new Date()) + 1)
}

// Waits for the page of an advice after creating or reusing one; returns its path.
async function waitForAdvicePage(page: Page, title: string) {
  await page.waitForURL(
    (url) =>
      /^\/adviezen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH && url.pathname !== LIBRARY_PATH,
  )
  await expect.poll(() => pageHeading(page)).toBe(title)
  return pathname(page)
}

// Adopts the open advice page's advice on `day` and waits for the new step.
async function adopt(page: Page, day: string) {
  await control(stepForm(page, 'Vastgesteld door de raad'), 'Vastgesteld op').fill(day)
  await page.getByRole('button', { name: 'Vastleggen als vastgesteld' }).click()
  await expect.poll(() => currentStep(page)).toBe('2. Vastgesteld')
}

// Sends the open advice page's advice on `day` and waits for the new step.
async function send(page: Page, day: string) {
  await control(stepForm(page, 'Verzonden'), 'Verzonden op').fill(day)
  await page.getByRole('button', { name: 'Vastleggen als verzonden' }).click()
  await expect.poll(() => currentStep(page)).toBe('3. Verzonden')
}

// Records an unrequested advice of `council` (the new-advice page must be open, the council
// chosen or not) and waits for its page; returns that page's path.
async function recordAdvice(page: Page, { council, title }: { council: string; title: string }) {
  await control(page, 'Soort').selectOption({ label: 'Ongevraagd advies' })
  await control(page, 'Titel').fill(title)
  await control(page, 'Raad 1 (penvoerder)').selectOption({ label: council })
  await control(page, 'Samenvatting').fill('De raad vraagt het college de regeling eenvoudiger te maken.')
  await page.getByRole('button', { name: 'Advies vastleggen' }).click()
  return waitForAdvicePage(page, title)
}

// An opbouwwerker records an unrequested advice of `council`, adopted `adoptedDaysAgo` and
// sent `sentDaysAgo` days ago; returns the page (on the advice) and the advice's path.
async function sentAdvice({
  council,
  adoptedDaysAgo,
  sentDaysAgo,
}: {
  council: string
  adoptedDaysAgo: number
  sentDaysAgo: number
}) {
  const page = await newPage()
  await login(page, demoUser('opbouwwerker').email)
  const title = `Advies over de bereikbaarheid van het loket ${unique()}`
  await open(page, NEW_PATH)
  const advicePath = await recordAdvice(page, { council, title })
  await adopt(page, dutchDay(adoptedDaysAgo))
  await send(page, dutchDay(sentDaysAgo))
  return { page, advicePath, title }
}

// The entry of the Tijdlijn on an organisation page that links to `href`.
function timelineEntry(page: Page, href: string) {
  return section(page, 'Tijdlijn')
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href="${href}"]`) })
}

// The figures of a "Cijfers" block: each label with its value.
async function figures(page: Page) {
  const block = section(page, 'Cijfers')
  await block.waitFor()
  const pairs = await block
    .locator('dl > div')
    .evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('dt')?.textContent ?? '',
        item.querySelector('dd')?.textContent ?? '',
      ]),
    )
  return Object.fromEntries(pairs.map(([label, value]) => [squash(label ?? ''), squash(value ?? '')]))
}

// The note under a "Cijfers" block (how many had no response).
async function figuresNote(page: Page) {
  return squash(await section(page, 'Cijfers').locator('dl + p').textContent())
}

describe('from a signal to a joint advice and back', () => {
  test('an opbouwwerker starts a joint signal letter of two councils from a forwarded signal, takes it through adopted, sent and the college\'s response ("Deels overgenomen"); the outcome shows on the signal, is quoted in its feedback, and both councils have the advice on their Tijdlijn', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const source = seeded('sp-drachten')
    const municipality = 'Smallingerland'
    const councils = [seeded('cr-smallingerland'), seeded('wmo-smallingerland')]
    expect(source.municipalities).toContain(municipality)
    for (const council of councils) expect(council.municipalities).toContain(municipality)
    const names = councils.map((council) => council.name).sort((a, b) => a.localeCompare(b, 'nl'))
    const today = dutchDay()
    const id = unique()
    const signalTitle = `Reiskosten naar het Werkplein worden niet vergoed ${id}`

    // The signal: recorded, forwarded to both councils of the municipality, in behandeling.
    await open(page, NEW_SIGNAL_PATH)
    const signalPath = await recordSignal(page, {
      source: source.name,
      municipality,
      title: signalTitle,
      description:
        'Bezoekers moeten voor elk gesprek naar het Werkplein in Drachten en krijgen de buskaart niet vergoed.',
      themes: ['Minimabeleid'],
    })
    const signalId = signalPath.split('/').at(-1) ?? ''
    const forward = stepForm(page, 'Doorsturen naar raden')
    for (const council of councils) {
      await forward
        .getByRole('group', { name: 'Raden', exact: true })
        .getByLabel(council.name, { exact: true })
        .check()
    }
    await forward.getByRole('button', { name: 'Doorsturen', exact: true }).click()
    await expect.poll(() => currentSignalStep(page)).toBe('2. Doorgestuurd naar raad')
    await page.getByRole('button', { name: 'Markeren als in behandeling' }).click()
    await expect.poll(() => currentSignalStep(page)).toBe('3. In behandeling bij raad')
    expect(squash(await section(page, 'Adviezen').textContent())).toContain(
      'Nog geen advies gekoppeld aan dit signaal.',
    )

    // "Advies starten vanuit dit signaal": a signal letter of both councils, pre-filled.
    await section(page, 'Adviezen').getByRole('link', { name: 'Advies starten vanuit dit signaal' }).click()
    await page.waitForURL((url) => url.pathname === NEW_PATH && url.searchParams.get('signaal') === signalId)
    await expect.poll(() => pageHeading(page)).toBe('Nieuw advies')
    expect(await introText(page)).toBe(`Dit advies komt voort uit het signaal "${signalTitle}".`)
    expect(await selectedLabel(control(page, 'Soort'))).toBe('Signaalbrief')
    expect(await control(page, 'Titel').inputValue()).toBe(signalTitle)
    const chosen = [
      await selectedLabel(control(page, 'Raad 1 (penvoerder)')),
      await selectedLabel(control(page, 'Raad 2')),
    ]
    expect([...chosen].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(names)
    expect(await selectedLabel(control(page, 'Raad 3'))).toBe('— kies een raad —')
    const addressee = page.getByRole('group', { name: 'Geadresseerde 1', exact: true })
    expect(await selectedLabel(control(addressee, 'Aan'))).toBe('College van B&W')
    expect(await selectedLabel(control(addressee, 'Gemeente'))).toBe(municipality)
    const themes = page.getByRole('group', { name: "Thema's", exact: true })
    expect(await themes.getByLabel('Minimabeleid', { exact: true }).isChecked()).toBe(true)
    expect(await themes.getByRole('checkbox', { checked: true }).count()).toBe(1)
    const signalBox = page
      .getByRole('group', { name: 'Signalen', exact: true })
      .getByLabel(`${signalTitle} (${dutchDate(today)})`, { exact: true })
    expect(await signalBox.isChecked()).toBe(true)
    expect(await selectedLabel(control(page, 'Ondersteund door (opbouwwerker)'))).toBe(OTTO)
    expect(await page.getByRole('link', { name: 'Annuleren' }).getAttribute('href')).toBe(signalPath)

    // Saved with a title of its own.
    const title = `Signaalbrief: vergoed de reiskosten naar het Werkplein ${id}`
    await control(page, 'Titel').fill(title)
    await control(page, 'Samenvatting').fill(
      'De raden vragen het college de reiskosten naar gesprekken op het Werkplein te vergoeden.',
    )
    let since = new Date()
    await page.getByRole('button', { name: 'Advies vastleggen' }).click()
    const advicePath = await waitForAdvicePage(page, title)
    await expect.poll(() => toastText(page)).toContain(`Het advies "${title}" is vastgelegd.`)
    expect(await introText(page)).toBe('Signaalbrief · In voorbereiding Gezamenlijk advies')
    const by = await detailValue(page, 'Opgesteld door')
    expect(by).toMatch(/^Gezamenlijk advies/)
    for (const name of names) expect(by).toContain(name)
    expect(await detailLinks(page, 'Opgesteld door')).toEqual(names)
    expect(await detailValue(page, 'Geadresseerden')).toBe(`College van B&W ${municipality}`)
    expect(await detailValue(page, "Thema's")).toBe('Minimabeleid')
    expect(await detailValue(page, 'Ondersteund door (opbouwwerker)')).toBe(OTTO)
    const origin = section(page, 'Komt voort uit')
    expect(await origin.getByRole('link', { name: signalTitle, exact: true }).getAttribute('href')).toBe(
      signalPath,
    )
    expect(squash(await origin.textContent())).toContain(`${dutchDate(today)} · In behandeling bij raad`)
    const dates = [dutchDate(today), dutchDate(today), dutchDate(today)]
    await expectStep(page, 'In voorbereiding', { dates, since })
    expect(await offeredSteps(page)).toEqual(['Vastleggen als vastgesteld'])

    // Vastgesteld, today.
    expect(await control(stepForm(page, 'Vastgesteld door de raad'), 'Vastgesteld op').inputValue()).toBe(
      today,
    )
    since = new Date()
    await page.getByRole('button', { name: 'Vastleggen als vastgesteld' }).click()
    await expect.poll(() => toastText(page)).toContain('De status is nu "Vastgesteld".')
    await expectStep(page, 'Vastgesteld', { dates, since, from: 'In voorbereiding' })
    expect(await offeredSteps(page)).toEqual(['Vastleggen als verzonden'])

    // Verzonden, today: the response is chased automatically.
    expect(await control(stepForm(page, 'Verzonden'), 'Verzonden op').inputValue()).toBe(today)
    // "Daarna wordt de reactie na 8 weken nagegaan." (ADVICE_RESPONSE_WEEKS)
    const sendIntro = (await stepForm(page, 'Verzonden').locator('p').first().textContent()) ?? ''
    const weeks = Number(/reactie na (\d+) weken nagegaan/.exec(sendIntro)?.[1])
    expect(weeks, sendIntro).toBeGreaterThan(0)
    since = new Date()
    await page.getByRole('button', { name: 'Vastleggen als verzonden' }).click()
    await expect.poll(() => toastText(page)).toContain('De status is nu "Verzonden".')
    await expectStep(page, 'Verzonden', { dates, since, from: 'Vastgesteld' })
    expect(await offeredSteps(page)).toEqual(['Reactie vastleggen'])
    const chase = `Reactie van het college nagaan: ${title}`
    const followUps = section(page, 'Vervolgacties')
    const chaseItem = followUps.getByRole('listitem').filter({ hasText: chase })
    expect(squash(await chaseItem.textContent())).toContain(
      `${OTTO} · uiterlijk ${dutchDate(dutchDay(-7 * weeks))} automatisch`,
    )
    expect(await followUps.getByRole('button', { name: `Afgerond: ${chase}` }).count()).toBe(1)

    // The response of the college: partly adopted, with its reasoning.
    const responseForm = stepForm(page, 'Reactie vastleggen')
    expect(await control(responseForm, 'Datum van de reactie').inputValue()).toBe(today)
    await control(responseForm, 'Uitkomst').selectOption({ label: 'Deels overgenomen' })
    const reasoning =
      'Het college vergoedt de buskaart voor gesprekken op het Werkplein, maar niet voor de eigen auto.'
    await control(responseForm, 'Toelichting / motivering van het college').fill(reasoning)
    since = new Date()
    await page.getByRole('button', { name: 'Reactie vastleggen' }).click()
    await expect.poll(() => toastText(page)).toContain('De status is nu "Reactie ontvangen".')
    await expectStep(page, 'Reactie ontvangen', {
      dates: [...dates, `Deels overgenomen, ${dutchDate(today)}`],
      since,
      from: 'Verzonden',
    })
    expect(await detailValue(page, 'Reactie')).toBe(`Deels overgenomen ${dutchDate(today)} ${reasoning}`)
    expect((await history(page)).map((entry) => [entry.what, entry.note])).toEqual([
      ['Vastgelegd: In voorbereiding', ''],
      ['In voorbereiding → Vastgesteld', ''],
      ['Vastgesteld → Verzonden', ''],
      ['Verzonden → Reactie ontvangen', 'Uitkomst: Deels overgenomen'],
    ])
    expect(await offeredSteps(page)).toEqual(['Advies afsluiten'])
    // The chase is done; a partly adopted advice may go into the library.
    expect(await followUps.getByRole('button', { name: `Weer openzetten: ${chase}` }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'In de bibliotheek zetten' }).count()).toBe(1)

    // Back on the signal: the advice with its outcome.
    await origin.getByRole('link', { name: signalTitle, exact: true }).click()
    await page.waitForURL((url) => url.pathname === signalPath)
    await expect.poll(() => pageHeading(page)).toBe(signalTitle)
    const advices = section(page, 'Adviezen')
    const item = advices.getByRole('listitem').filter({ has: page.locator(`a[href="${advicePath}"]`) })
    expect(await item.count()).toBe(1)
    expect(await spacedText(item)).toBe(
      `${title} Gezamenlijk advies ${names.join(' + ')} · Reactie ontvangen · reactie college: Deels overgenomen (${dutchDate(today)})`,
    )

    // What the council did, then the feedback, which starts from the college's answer.
    await control(stepForm(page, 'Vastleggen wat de raad deed'), 'Wat de raad ermee deed').fill(
      'De raden schreven samen een signaalbrief aan het college.',
    )
    await page.getByRole('button', { name: 'Vastleggen als verwerkt' }).click()
    await expect.poll(() => currentSignalStep(page)).toBe('4. Verwerkt (advies/actie)')
    const feedbackForm = stepForm(page, 'Terugkoppelen aan het spreekuurpunt')
    const feedback = control(feedbackForm, 'Terugkoppeling aan het spreekuurpunt')
    const quote = `Het advies "${title}" van ${names.join(' en ')} is op ${dutchDate(today)} door het college beantwoord: deels overgenomen.`
    expect(await feedback.inputValue()).toBe(quote)
    const told = `${quote}\nHet spreekuurpunt vertelt bezoekers dat zij de buskaart kunnen declareren.`
    await feedback.fill(told)
    await page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click()
    await expect.poll(() => toastText(page)).toContain('De terugkoppeling is vastgelegd.')
    await expect.poll(() => currentSignalStep(page)).toBe('5. Teruggekoppeld aan spreekuurpunt')
    expect(await introText(page)).toBe(`Gemeld door ${source.name} · Teruggekoppeld aan spreekuurpunt`)
    expect(await detailValue(page, 'Terugkoppeling aan het spreekuurpunt')).toBe(
      squash(`${told} Teruggekoppeld op ${dutchDate(today)}.`),
    )

    // Both councils have the advice on their Tijdlijn (the second showing advices only).
    for (const [index, council] of councils.entries()) {
      await open(page, advicePath)
      await section(page, 'Gegevens').getByRole('link', { name: council.name, exact: true }).click()
      await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
      await expect.poll(() => pageHeading(page)).toBe(council.name)
      if (index === 1) {
        await section(page, 'Tijdlijn').getByLabel('Soort', { exact: true }).selectOption({ label: 'Advies' })
        await section(page, 'Tijdlijn').getByRole('button', { name: 'Toon' }).click()
        await page.waitForURL((url) => url.searchParams.get('tijdlijnSoort') === 'ADVICE')
      }
      const entry = timelineEntry(page, advicePath)
      await expect.poll(() => entry.count()).toBe(1)
      expect(await spacedText(entry)).toBe(
        `${dutchDate(today)} · Signaalbrief ${title} ${names.join(' + ')} · Reactie ontvangen · Deels overgenomen Minimabeleid`,
      )
      // The signal it came from is there too.
      if (index === 0) expect(await timelineEntry(page, signalPath).count()).toBe(1)
    }
  }, 120_000)
})

// An opbouwwerker records and adopts an advice; a coordinator (JavaScript on or off) opens
// it; the opbouwwerker sends it; then the coordinator presses "Vastleggen als verzonden" on
// the older page, which is refused (400). Returns the coordinator's page.
async function sendFromAnOlderPage({ javaScript }: { javaScript: boolean }) {
  const first = await newPage()
  await login(first, demoUser('opbouwwerker').email)
  await open(first, NEW_PATH)
  const advicePath = await recordAdvice(first, {
    council: seeded('wmo-ooststellingwerf').name,
    title: `Ongevraagd advies over de tegenprestatie ${unique()}`,
  })
  await adopt(first, dutchDay())

  const second = await newPage({ javaScriptEnabled: javaScript })
  await login(second, demoUser('coordinator').email)
  await open(second, advicePath)
  expect(await offeredSteps(second)).toEqual(['Vastleggen als verzonden'])

  await send(first, dutchDay())

  allowHttpErrorStatus(second, 400, advicePath)
  const posted = postTo(second, advicePath)
  await second.getByRole('button', { name: 'Vastleggen als verzonden' }).click()
  expect((await posted).status()).toBe(400)
  await second.waitForLoadState()
  // Sent once, by the first.
  await open(first, advicePath)
  expect((await history(first)).map((entry) => entry.what)).toEqual([
    'Vastgelegd: In voorbereiding',
    'In voorbereiding → Vastgesteld',
    'Vastgesteld → Verzonden',
  ])
  return second
}

describe('refused steps', () => {
  test('an advice in voorbereiding offers no "verzenden" before it is adopted, and a send posted anyway is refused (400) and changes nothing', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const council = seeded('ar-achtkarspelen').name
    // From the council's page: "Nieuw advies van deze raad" fills in the council.
    const councilPath = await openOrganisation(page, council)
    await page.getByRole('link', { name: 'Nieuw advies van deze raad' }).click()
    await page.waitForURL(
      (url) => url.pathname === NEW_PATH && url.searchParams.get('raad') === councilPath.split('/').at(-1),
    )
    await expect.poll(() => pageHeading(page)).toBe('Nieuw advies')
    expect(await selectedLabel(control(page, 'Raad 1 (penvoerder)'))).toBe(council)
    const title = `Ongevraagd advies over de wachttijd voor woningaanpassingen ${unique()}`
    const advicePath = await recordAdvice(page, { council, title })
    expect(await introText(page)).toBe('Ongevraagd advies · In voorbereiding')

    // Only adopting is offered: no send form, no "Verzonden op".
    expect(await offeredSteps(page)).toEqual(['Vastleggen als vastgesteld'])
    expect(await page.getByLabel(/^Verzonden op/).count()).toBe(0)

    // Sending posted anyway (a stale page, a hand-made request) is refused; nothing moves.
    allowHttpErrorStatus(page, 400, advicePath)
    const posted = postTo(page, advicePath)
    await postForm(page, advicePath, { intent: 'send', sentOn: dutchDay() })
    expect((await posted).status()).toBe(400)
    expect(await currentStep(page)).toBe('1. In voorbereiding')
    await open(page, advicePath)
    expect(await currentStep(page)).toBe('1. In voorbereiding')
    expect((await history(page)).map((entry) => entry.what)).toEqual(['Vastgelegd: In voorbereiding'])
    expect(await detailValue(page, 'Reactie')).toBe('—')
  }, 60_000)

  // The send form is not on the page of an advice in voorbereiding: the refusal stands
  // above the next steps instead.
  test('a send posted on an advice in voorbereiding is refused with the Dutch message naming the next step', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    await open(page, NEW_PATH)
    const advicePath = await recordAdvice(page, {
      council: seeded('wmo-weststellingwerf').name,
      title: `Ongevraagd advies over de huishoudelijke hulp ${unique()}`,
    })
    allowHttpErrorStatus(page, 400, advicePath)
    const posted = postTo(page, advicePath)
    await postForm(page, advicePath, { intent: 'send', sentOn: dutchDay() })
    expect((await posted).status()).toBe(400)
    expect(await alertText(page)).toContain(
      'Een advies gaat stap voor stap: "Verzonden" kan nog niet. De volgende stap is "Vastgesteld".',
    )
  }, 60_000)

  test('when someone else sent the advice meanwhile, sending it again from the older page is refused with a message saying it was sent already', async () => {
    const second = await sendFromAnOlderPage({ javaScript: true })
    await expect
      .poll(() => alertText(second))
      .toContain('Het advies heeft de status "Verzonden" al. De volgende stap is "Reactie ontvangen".')
  }, 60_000)

  // Without JavaScript the answer is the page rendered anew with the new status, which has
  // no send form any more: the message stands above the next steps.
  test('with JavaScript switched off, sending an advice someone else sent meanwhile is refused with a message saying it was sent already', async () => {
    const second = await sendFromAnOlderPage({ javaScript: false })
    expect(await currentStep(second)).toBe('3. Verzonden')
    expect(await alertText(second)).toContain(
      'Het advies heeft de status "Verzonden" al. De volgende stap is "Reactie ontvangen".',
    )
  }, 60_000)

  for (const javaScript of [true, false]) {
    test(`a response dated before the day the advice was sent is refused with a message next to the date, and what was typed stays${javaScript ? '' : ' (JavaScript switched off)'}`, async () => {
      const { advicePath } = await sentAdvice({
        council: seeded(javaScript ? 'asd-dfm' : 'pr-ameland').name,
        adoptedDaysAgo: 10,
        sentDaysAgo: 5,
      })
      const page = await newPage({ javaScriptEnabled: javaScript })
      await login(page, demoUser('coordinator').email)
      await open(page, advicePath)
      expect(await currentStep(page)).toBe('3. Verzonden')

      const form = stepForm(page, 'Reactie vastleggen')
      const day = dutchDay(7)
      const reasoning = 'Het college neemt het advies over en past de openingstijden aan.'
      await control(form, 'Datum van de reactie').fill(day)
      await control(form, 'Uitkomst').selectOption({ label: 'Overgenomen' })
      await control(form, 'Toelichting / motivering van het college').fill(reasoning)
      allowHttpErrorStatus(page, 400, advicePath)
      const posted = postTo(page, advicePath)
      await page.getByRole('button', { name: 'Reactie vastleggen' }).click()
      expect((await posted).status()).toBe(400)

      const date = control(stepForm(page, 'Reactie vastleggen'), 'Datum van de reactie')
      await expect
        .poll(() => fieldErrors(page, date))
        .toEqual([`De reactie kan niet van vóór de verzending (${dutchDate(dutchDay(5))}) zijn.`])
      expect(await date.getAttribute('aria-invalid')).toBe('true')
      expect(await stepForm(page, 'Reactie vastleggen').getByRole('alert').textContent()).toContain(
        'Het formulier bevat fouten.',
      )
      expect(pathname(page)).toBe(advicePath)
      // What was typed is still there.
      expect(await date.inputValue()).toBe(day)
      const kept = stepForm(page, 'Reactie vastleggen')
      expect(await selectedLabel(control(kept, 'Uitkomst'))).toBe('Overgenomen')
      expect(await control(kept, 'Toelichting / motivering van het college').inputValue()).toBe(reasoning)

      // Nothing was saved.
      await open(page, advicePath)
      expect(await currentStep(page)).toBe('3. Verzonden')
      expect(await detailValue(page, 'Reactie')).toBe('—')
      expect((await history(page)).map((entry) => entry.what)).toEqual([
        'Vastgelegd: In voorbereiding',
        'In voorbereiding → Vastgesteld',
        'Vastgesteld → Verzonden',
      ])
    }, 60_000)
  }
})

describe('the library', () => {
  test('filtering the library on a theme finds the seeded example; "Gebruik als vertrekpunt" for another council makes a draft based on it, and the original lists the draft as reused', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const theme = 'Tegenprestatie'
    const example = seededAdvice('tegenprestatie-tytsjerksteradiel')
    const council = seeded('crwi-tytsjerksteradiel').name
    expect(example.shareable).toBe(true)
    expect(example.themes).toContain(theme)
    const examples = adviceData.advices.filter(
      (advice) =>
        advice.shareable === true &&
        advice.themes.includes(theme) &&
        ['ADOPTED', 'PARTLY_ADOPTED'].includes(advice.outcome ?? ''),
    )

    await open(page, LIST_PATH)
    await page.getByRole('link', { name: 'Bibliotheek', exact: true }).click()
    await page.waitForURL((url) => url.pathname === LIBRARY_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Bibliotheek')
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: theme })
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.pathname === LIBRARY_PATH && url.searchParams.has('thema'))
    const articles = page.getByRole('main').getByRole('article')
    await expect
      .poll(async () => (await articles.locator('h2').allTextContents()).sort())
      .toEqual(examples.map((advice) => advice.title).sort())
    for (const text of await articles.allTextContents()) expect(text).toContain(theme)

    const card = page.getByRole('article', { name: example.title, exact: true })
    const cardText = squash(await card.textContent())
    expect(cardText).toContain(`Gevraagd advies · ${council}`)
    expect(cardText).toContain('Overgenomen')
    const reused = /(\d+) keer hergebruikt/.exec(cardText)
    const reusedBefore = Number(reused?.[1] ?? 0)
    const originalPath =
      (await card.getByRole('link', { name: example.title, exact: true }).getAttribute('href')) ?? ''
    expect(originalPath).toMatch(/^\/adviezen\/[^/]+$/)

    // A draft for another council.
    const other = seeded('crwi-nef').name
    await card.getByText('Gebruik als vertrekpunt', { exact: true }).click()
    await control(card, 'Voor welke raad?').selectOption({ label: other })
    await card.getByRole('button', { name: 'Concept maken' }).click()
    const draftPath = await waitForAdvicePage(page, example.title)
    expect(draftPath).not.toBe(originalPath)
    await expect
      .poll(() => toastText(page))
      .toContain(
        `Er is een concept gemaakt op basis van "${example.title}". Pas het aan voor de nieuwe raad.`,
      )
    // A requested advice becomes an unrequested draft of the new council, with its themes.
    expect(await introText(page)).toBe('Ongevraagd advies · In voorbereiding')
    expect(await detailValue(page, 'Opgesteld door')).toBe(other)
    expect(await detailLinks(page, "Thema's")).toEqual(
      [...example.themes].sort((a, b) => a.localeCompare(b, 'nl')),
    )
    const basedOn = section(page, 'Komt voort uit')
    expect(squash(await basedOn.textContent())).toContain(`Gebaseerd op: ${example.title} (${council})`)
    expect(await basedOn.getByRole('link', { name: example.title, exact: true }).getAttribute('href')).toBe(
      originalPath,
    )
    const created = await history(page)
    expect(created.map((entry) => [entry.what, entry.note])).toEqual([
      ['Vastgelegd: In voorbereiding', `Hergebruikt van "${example.title}"`],
    ])
    expect(created[0]?.by).toMatch(
      new RegExp(`^${literal(OTTO)}, ${literal(dutchDate(dutchDay()))} om \\d{2}:\\d{2}$`),
    )

    // The original lists the draft as reused.
    await basedOn.getByRole('link', { name: example.title, exact: true }).click()
    await page.waitForURL((url) => url.pathname === originalPath)
    await expect.poll(() => pageHeading(page)).toBe(example.title)
    const reusedIn = section(page, 'Komt voort uit')
      .getByRole('listitem')
      .filter({
        has: page.locator(`a[href="${draftPath}"]`),
      })
    expect(
      await section(page, 'Komt voort uit').getByRole('heading', { name: 'Hergebruikt in' }).count(),
    ).toBe(1)
    expect(squash(await reusedIn.textContent())).toBe(`${example.title} ${other} · In voorbereiding`)
    expect(await introText(page)).toContain('Bibliotheek')

    // And the library counts one reuse more.
    await open(page, `${LIBRARY_PATH}?q=${encodeURIComponent(example.title)}`)
    const again = page.getByRole('article', { name: example.title, exact: true })
    const count = reusedBefore + 1
    expect(squash(await again.textContent())).toContain(
      count === 1 ? '1 keer hergebruikt' : `${count} keer hergebruikt`,
    )
  }, 60_000)
})

type ListRow = {
  joint: boolean
  status: string
  date: string
  overdue: boolean
  outcome: string
  type: string
}

// The rows of the advice overview as filtered now, on every page.
async function allListRows(page: Page) {
  const rows: ListRow[] = []
  for (;;) {
    rows.push(
      ...(await page
        .getByRole('main')
        .getByRole('table')
        .locator('tbody tr')
        .evaluateAll((items) =>
          items.map((row) => {
            const cells = [...row.querySelectorAll('td')]
            const text = (index: number) => (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim()
            return {
              type: (cells[0]?.querySelector('span')?.textContent ?? '').split(' · ')[0] ?? '',
              joint: text(1).startsWith('Gezamenlijk advies'),
              status: text(2),
              date: text(3).replace(/ ?Termijn verlopen$/, ''),
              overdue: text(3).endsWith('Termijn verlopen'),
              outcome: text(4),
            }
          }),
        )),
    )
    const next = page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Volgende' })
    if ((await next.count()) === 0) return rows
    const before = page.url()
    await next.click()
    await page.waitForURL((url) => url.href !== before)
  }
}

// Returns a share as the figures write it: "67%", or "—" for nothing to divide by.
function percentage(part: number, whole: number) {
  return whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`
}

describe('figures', () => {
  test('the "Cijfers" of a council match the advice overview filtered on that council: the same figures, and "Verzonden", joint, adopted and open deadlines as the listed advices show them', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const council = seeded('crwi-swf').name
    await openOrganisation(page, council)
    const onCouncilPage = await figures(page)
    expect(Object.keys(onCouncilPage)).toEqual([
      'Verzonden',
      'Gezamenlijk',
      'Overgenomen',
      'Mediaan tot reactie',
      'Open adviestermijnen',
    ])
    const sent = Number(onCouncilPage.Verzonden)
    expect(sent).toBeGreaterThan(0)
    const noteOnCouncilPage = await figuresNote(page)

    // The overview filtered on the council.
    await open(page, LIST_PATH)
    await page.getByLabel('Raad', { exact: true }).selectOption({ label: council })
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.pathname === LIST_PATH && url.searchParams.has('raad'))
    await expect.poll(() => figures(page)).toEqual(onCouncilPage)
    expect(await figuresNote(page)).toBe(noteOnCouncilPage)
    const total = squash(
      await page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: /^\s*\d+ advie(s|zen)\s*$/ })
        .textContent(),
    )
    const rows = await allListRows(page)
    expect(total).toBe(rows.length === 1 ? '1 advies' : `${rows.length} adviezen`)

    // What the rows say, counted: sent ones carry "verzonden <date>".
    const sentRows = rows.filter((row) => row.date.startsWith('verzonden '))
    expect(sentRows).toHaveLength(sent)
    const joint = sentRows.filter((row) => row.joint).length
    expect(onCouncilPage.Gezamenlijk).toBe(`${percentage(joint, sent)} (${joint})`)
    const answered = sentRows.filter((row) => row.outcome !== '' && row.outcome !== 'Geen reactie ontvangen')
    const adopted = answered.filter((row) =>
      ['Overgenomen', 'Deels overgenomen'].includes(row.outcome),
    ).length
    expect(onCouncilPage.Overgenomen).toBe(
      `${percentage(adopted, answered.length)} (${adopted} van ${answered.length})`,
    )
    const noResponse = sentRows.filter((row) => row.outcome === 'Geen reactie ontvangen').length
    expect(noteOnCouncilPage).toContain(`"Geen reactie ontvangen" (${noResponse})`)
    const waiting = rows.filter(
      (row) =>
        row.type === 'Gevraagd advies' &&
        row.date.startsWith('termijn ') &&
        ['Adviesaanvraag ontvangen', 'In voorbereiding', 'Vastgesteld'].includes(row.status),
    )
    const overdue = waiting.filter((row) => row.overdue).length
    expect(onCouncilPage['Open adviestermijnen']).toBe(`${waiting.length} (${overdue} verlopen)`)
  }, 60_000)

  test('the "Cijfers" of a theme page match the advice overview filtered on that theme', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const theme = 'Bijzondere bijstand'
    await open(page, LIST_PATH)
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: theme })
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.pathname === LIST_PATH && url.searchParams.has('thema'))
    const themeId = new URL(page.url()).searchParams.get('thema')
    const inOverview = await figures(page)
    expect(Number(inOverview.Verzonden)).toBeGreaterThan(0)

    await open(page, `/themas/${themeId}`)
    await expect.poll(() => pageHeading(page)).toContain(theme)
    expect(await figures(page)).toEqual(inOverview)
  })
})

describe('a lezer', () => {
  test('a lezer reads the advices, an advice and the library, without "Nieuw advies", step forms or "Gebruik als vertrekpunt"; /adviezen/nieuw answers "Geen toegang" (403) and a step posted anyway is refused', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const advice = seededAdvice('huisbezoek-swf')
    expect(advice.status).toBe('SENT')

    await open(page, LIST_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Adviezen')
    expect(await page.getByRole('link', { name: 'Nieuw advies' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Bibliotheek', exact: true }).count()).toBe(1)
    expect(await page.getByRole('main').getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0)

    // An advice that waits for the response: no forms for the next step, nothing to change.
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Verzonden' })
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.searchParams.get('status') === 'SENT')
    await page
      .getByRole('main')
      .getByRole('table')
      .getByRole('link', { name: advice.title, exact: true })
      .click()
    await page.waitForURL((url) => /^\/adviezen\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(advice.title)
    const advicePath = pathname(page)
    expect(await currentStep(page)).toBe('3. Verzonden')
    expect(await mainText(page)).toContain('Geschiedenis')
    expect(await offeredSteps(page)).toEqual([])
    expect(await page.getByRole('heading', { name: 'Volgende stap' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Bewerken' }).count()).toBe(0)
    expect(await page.getByRole('main').locator('form').count()).toBe(0)
    expect(await page.getByRole('main').getByRole('button').count()).toBe(0)

    // A step posted anyway is refused and changes nothing.
    allowHttpErrorStatus(page, 403, advicePath)
    const posted = postTo(page, advicePath)
    await postForm(page, advicePath, {
      intent: 'response',
      responseOn: dutchDay(),
      responseOutcome: 'ADOPTED',
      responseReasoning: '',
    })
    expect((await posted).status()).toBe(403)
    await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
    await open(page, advicePath)
    expect(await currentStep(page)).toBe('3. Verzonden')

    // The library, without reuse.
    await open(page, LIBRARY_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Bibliotheek')
    expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(0)
    expect(await page.getByText('Gebruik als vertrekpunt').count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Concept maken' }).count()).toBe(0)

    // A council page shows the figures but not "Nieuw advies van deze raad".
    await openOrganisation(page, seeded('crwi-swf').name)
    expect(Number((await figures(page)).Verzonden)).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Nieuw advies van deze raad' }).count()).toBe(0)

    // The new-advice and edit pages: no access.
    for (const path of [NEW_PATH, `${NEW_PATH}?raad=x`, `${advicePath}/bewerken`]) {
      allowHttpErrorStatus(page, 403, path.split('?')[0] ?? path)
      const response = await open(page, path)
      expect(response.status(), path).toBe(403)
      await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
    }
  }, 60_000)
})
