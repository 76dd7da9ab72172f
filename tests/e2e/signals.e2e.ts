// The signals loop: a signal from a spreekuurpunt goes step by step to the councils and back,
// the privacy checks on its description, and the overviews that show which signals are stuck.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { COUNCIL_TYPES } from '../../app/models/organisation/organisation-types.ts'
import activity from '../../prisma/data/activity.json'
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

const LIST_PATH = '/signalen'
const NEW_PATH = '/signalen/nieuw'
const TIME_ZONE = 'Europe/Amsterdam'
const OTTO = demoUser('opbouwwerker').name

// The steps of a signal as the stepper names them (signalStatus.* in domain.ts).
const STEPS = [
  'Nieuw',
  'Doorgestuurd naar raad',
  'In behandeling bij raad',
  'Verwerkt (advies/actie)',
  'Teruggekoppeld aan spreekuurpunt',
  'Afgesloten',
] as const
type Step = (typeof STEPS)[number]

// The buttons of the steps of the lifecycle, in order (the close button comes apart).
const STEP_BUTTONS = [
  'Doorsturen',
  'Markeren als in behandeling',
  'Vastleggen als verwerkt',
  'Terugkoppeling vastleggen',
] as const

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns today's Dutch calendar day as an <input type="date"> value.
function dutchToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date())
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

// The form control labelled `label`, also when the label carries "(verplicht)".
function control(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${literal(label)}\\s*(\\(verplicht\\))?$`))
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

// The value shown next to `label` in the "Gegevens" list of a signal page.
async function detailValue(page: Page, label: string) {
  const row = section(page, 'Gegevens')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${literal(label)}$`) }) })
  return ((await row.locator('dd').textContent()) ?? '').trim()
}

// The stepper of a signal page: each step's label and state ("Huidige stap", "Gedaan", …).
async function stepper(page: Page) {
  return page
    .getByRole('navigation', { name: 'Voortgang van het signaal' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        label: item.querySelector('span')?.textContent ?? '',
        state: item.querySelector('span:last-child')?.textContent ?? '',
        current: item.getAttribute('aria-current') === 'step',
      })),
    )
}

// The entries of a signal's "Geschiedenis", oldest first: what happened and by whom, when.
async function history(page: Page) {
  return section(page, 'Geschiedenis')
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => ({
        what: item.querySelector('p')?.textContent ?? '',
        by: item.querySelector('p:nth-of-type(2)')?.textContent ?? '',
      })),
    )
}

// The buttons of the lifecycle's steps that the page offers now.
async function offeredSteps(page: Page) {
  const offered: string[] = []
  for (const name of STEP_BUTTONS) {
    const button = page.getByRole('button', { name, exact: true })
    if ((await button.count()) > 0 && (await button.first().isVisible())) offered.push(name)
  }
  return offered
}

// Checks what the signal page shows once the signal reached `step`: the stepper, the
// status next to the title, and the newest line of the history — who and when.
async function expectStep(page: Page, step: Step, { from, since }: { from?: Step; since: Date }) {
  const index = STEPS.indexOf(step)
  await expect
    .poll(async () => (await stepper(page)).find((item) => item.current)?.label)
    .toBe(`${index + 1}. ${step}`)
  const steps = await stepper(page)
  expect(steps.map((item) => item.state)).toEqual(
    STEPS.map((_, i) => (i < index ? 'Gedaan' : i === index ? 'Huidige stap' : 'Nog te doen')),
  )
  // "Gemeld door <spreekuurpunt> · <status>" under the title.
  const intro = (await page.getByRole('main').locator('h1 + p').textContent()) ?? ''
  expect(intro).toMatch(new RegExp(`^Gemeld door .+ · ${literal(step)}$`))

  const entries = await history(page)
  expect(entries).toHaveLength(index + 1)
  const last = entries.at(-1)
  expect(last?.what).toBe(from ? `${from} → ${step}` : 'Vastgelegd als nieuw signaal')
  // "Otto Opbouwwerker, 26 november 2026 om 14:05", within the minutes of this step.
  const match = new RegExp(
    `^${literal(OTTO)}, ${literal(dutchDate(dutchToday()))} om (\\d{2}):(\\d{2})$`,
  ).exec(last?.by ?? '')
  expect(match, `history line "${last?.by}"`).not.toBeNull()
  const at = Number(match?.[1]) * 60 + Number(match?.[2])
  expect(at).toBeGreaterThanOrEqual(dutchMinutes(since) - 1)
  expect(at).toBeLessThanOrEqual(dutchMinutes(new Date()) + 1)
}

// The first line of each Tijdlijn entry on an organisation page: "<when> · <kind>".
function timelineLabels(page: Page) {
  return section(page, 'Tijdlijn')
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.querySelector('p')?.textContent ?? ''))
}

// The form on a signal page whose heading is `title`.
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

type Signal = {
  source: string
  municipality: string
  title: string
  description: string
  themes: string[]
  contactConfirmed?: boolean
}

// Fills in the new-signal form (the page must be open) and submits it.
async function submitNewSignal(page: Page, signal: Signal) {
  await control(page, 'Spreekuurpunt (bron)').selectOption({ label: signal.source })
  await control(page, 'Gemeente').selectOption({ label: signal.municipality })
  await control(page, 'Titel').fill(signal.title)
  await control(page, 'Beschrijving').fill(signal.description)
  for (const theme of signal.themes) {
    await page.getByRole('group', { name: "Thema's", exact: true }).getByLabel(theme, { exact: true }).check()
  }
  await page.getByRole('button', { name: 'Signaal vastleggen' }).click()
}

// Records a new signal (the new-signal page must be open) and waits for its page; returns
// that page's path.
async function recordSignal(page: Page, signal: Signal) {
  await submitNewSignal(page, signal)
  await page.waitForURL((url) => /^\/signalen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
  await expect.poll(() => pageHeading(page)).toBe(signal.title)
  return pathname(page)
}

// The step the stepper marks as current ("2. Doorgestuurd naar raad").
async function currentStep(page: Page) {
  return (await stepper(page)).find((item) => item.current)?.label
}

// Forwards the open signal page's signal to `councils` today, then marks it in behandeling
// and records what the council did: it is then "Verwerkt (advies/actie)".
async function bringToProcessed(page: Page, councils: string[]) {
  const forward = stepForm(page, 'Doorsturen naar raden')
  for (const council of councils) {
    await forward
      .getByRole('group', { name: 'Raden', exact: true })
      .getByLabel(council, { exact: true })
      .check()
  }
  await forward.getByRole('button', { name: 'Doorsturen', exact: true }).click()
  await expect.poll(() => currentStep(page)).toBe('2. Doorgestuurd naar raad')
  await page.getByRole('button', { name: 'Markeren als in behandeling' }).click()
  await expect.poll(() => currentStep(page)).toBe('3. In behandeling bij raad')
  await control(stepForm(page, 'Vastleggen wat de raad deed'), 'Wat de raad ermee deed').fill(
    'Besproken in de vergadering van de raad.',
  )
  await page.getByRole('button', { name: 'Vastleggen als verwerkt' }).click()
  await expect.poll(() => currentStep(page)).toBe('4. Verwerkt (advies/actie)')
}

// The overview's total ("35 signalen") in the list view.
async function listCount(page: Page) {
  await open(page, LIST_PATH)
  const count = page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^\s*\d+ signa(len|al)\s*$/ })
  return ((await count.textContent()) ?? '').trim()
}

// The titles of the signals in the overview's first page.
async function listedTitles(page: Page) {
  return page.getByRole('main').getByRole('table').locator('tbody tr td:first-child a').allTextContents()
}

describe('the signals loop', () => {
  test('an opbouwwerker takes a signal from a spreekuurpunt through every step to closed; each step shows in the stepper and the history with who and when, the councils see it on their Tijdlijn, and no step can be skipped', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const source = seeded('sp-drachten')
    const municipality = 'Smallingerland'
    expect(source.municipalities).toContain(municipality)
    const councilTypes: readonly string[] = COUNCIL_TYPES
    const councils = network.organisations
      .filter(
        (organisation) =>
          organisation.active !== false &&
          councilTypes.includes(organisation.type) &&
          (organisation.municipalities ?? []).includes(municipality),
      )
      .map((organisation) => organisation.name)
      .slice(0, 2)
    expect(councils).toHaveLength(2)
    const title = `Minima weten de meedoenregeling niet te vinden ${unique()}`
    const signal: Signal = {
      source: source.name,
      municipality,
      title,
      description:
        'Bezoekers van het spreekuur kennen de meedoenregeling niet; de folder ligt alleen op het gemeentehuis.',
      themes: ['Meedoenregelingen'],
    }

    // Recording it from the overview's "Nieuw signaal".
    await open(page, LIST_PATH)
    await page.getByRole('link', { name: 'Nieuw signaal' }).click()
    await page.waitForURL((url) => url.pathname === NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Nieuw signaal')
    expect(await mainText(page)).toContain('Let op: privacy')
    expect(await control(page, 'Ontvangen op').inputValue()).toBe(dutchToday())
    let since = new Date()
    await submitNewSignal(page, signal)
    await page.waitForURL((url) => /^\/signalen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe(title)
    await expect.poll(() => toastText(page)).toContain(`Het signaal "${title}" is vastgelegd.`)
    const signalPath = pathname(page)
    await expectStep(page, 'Nieuw', { since })
    expect(await detailValue(page, 'Spreekuurpunt (bron)')).toBe(source.name)
    expect(await detailValue(page, 'Gemeente')).toBe(municipality)
    expect(await detailValue(page, "Thema's")).toBe('Meedoenregelingen')
    expect(await detailValue(page, 'Ontvangen op')).toBe(dutchDate(dutchToday()))
    expect(await section(page, 'Doorgestuurd naar').textContent()).toContain(
      'Dit signaal is nog niet doorgestuurd.',
    )
    // Only forwarding is offered as the next step.
    expect(await offeredSteps(page)).toEqual(['Doorsturen'])

    // A feedback posted anyway (a stale page, a hand-made request) is refused; nothing moves.
    allowHttpErrorStatus(page, 400, signalPath)
    let posted = postTo(page, signalPath)
    await postForm(page, signalPath, {
      intent: 'feedback',
      feedback: 'Teruggekoppeld zonder dat een raad het signaal kreeg.',
      feedbackOn: dutchToday(),
    })
    expect((await posted).status()).toBe(400)
    await open(page, signalPath)
    await expectStep(page, 'Nieuw', { since })
    expect(await detailValue(page, 'Terugkoppeling aan het spreekuurpunt')).toBe('—')

    // Forwarding to two councils of the municipality.
    const forward = stepForm(page, 'Doorsturen naar raden')
    for (const council of councils) {
      await forward
        .getByRole('group', { name: 'Raden', exact: true })
        .getByLabel(council, { exact: true })
        .check()
    }
    expect(await control(forward, 'Doorgestuurd op').inputValue()).toBe(dutchToday())
    since = new Date()
    await forward.getByRole('button', { name: 'Doorsturen', exact: true }).click()
    await expect.poll(() => toastText(page)).toContain('Het signaal is doorgestuurd naar ')
    for (const council of councils) expect(await toastText(page)).toContain(council)
    await expectStep(page, 'Doorgestuurd naar raad', { from: 'Nieuw', since })
    const forwards = await section(page, 'Doorgestuurd naar').getByRole('listitem').allTextContents()
    expect(forwards).toHaveLength(2)
    for (const council of councils) {
      expect(forwards.find((line) => line.includes(council))).toContain(
        `op ${dutchDate(dutchToday())}, door ${OTTO}`,
      )
    }
    expect(await offeredSteps(page)).toEqual(['Markeren als in behandeling'])

    // Each council's page has the signal on its Tijdlijn (also when it shows signals only).
    for (const [index, council] of councils.entries()) {
      await section(page, 'Doorgestuurd naar').getByRole('link', { name: council, exact: true }).click()
      await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
      await expect.poll(() => pageHeading(page)).toBe(council)
      if (index === 1) {
        await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Signaal' })
        await page.getByRole('button', { name: 'Toon' }).click()
        await page.waitForURL((url) => url.searchParams.get('tijdlijnSoort') === 'SIGNAL')
        await expect
          .poll(async () => (await timelineLabels(page)).every((label) => label.endsWith('· Signaal')))
          .toBe(true)
      }
      const timeline = section(page, 'Tijdlijn')
      const entry = timeline.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })
      await expect.poll(() => entry.count()).toBe(1)
      const text = (await entry.textContent()) ?? ''
      expect(text).toContain('Signaal')
      expect(text).toContain(`Signaal van ${source.name}`)
      expect(text).toContain('Doorgestuurd naar raad')
      expect(text).toContain('Meedoenregelingen')
      await entry.getByRole('link', { name: title }).click()
      await page.waitForURL((url) => url.pathname === signalPath)
      await expect.poll(() => pageHeading(page)).toBe(title)
    }

    // In behandeling.
    since = new Date()
    await page.getByRole('button', { name: 'Markeren als in behandeling' }).click()
    await expect.poll(() => toastText(page)).toContain('De status is nu "In behandeling bij raad".')
    await expectStep(page, 'In behandeling bij raad', { from: 'Doorgestuurd naar raad', since })
    expect(await offeredSteps(page)).toEqual(['Vastleggen als verwerkt'])

    // What the council did.
    const councilAction = 'De cliëntenraad nam het signaal op in het advies over het minimabeleid.'
    await control(stepForm(page, 'Vastleggen wat de raad deed'), 'Wat de raad ermee deed').fill(councilAction)
    since = new Date()
    await page.getByRole('button', { name: 'Vastleggen als verwerkt' }).click()
    await expect.poll(() => toastText(page)).toContain('Vastgelegd wat de raad met het signaal deed.')
    await expectStep(page, 'Verwerkt (advies/actie)', { from: 'In behandeling bij raad', since })
    expect(await detailValue(page, 'Wat de raad ermee deed')).toBe(councilAction)
    expect(await offeredSteps(page)).toEqual(['Terugkoppeling vastleggen'])

    // The feedback to the spreekuurpunt.
    const feedback = 'Het spreekuurpunt hoorde dat de raad de regeling onder de aandacht brengt.'
    const feedbackForm = stepForm(page, 'Terugkoppelen aan het spreekuurpunt')
    await control(feedbackForm, 'Terugkoppeling aan het spreekuurpunt').fill(feedback)
    expect(await control(feedbackForm, 'Teruggekoppeld op').inputValue()).toBe(dutchToday())
    since = new Date()
    await page.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click()
    await expect.poll(() => toastText(page)).toContain('De terugkoppeling is vastgelegd.')
    await expectStep(page, 'Teruggekoppeld aan spreekuurpunt', { from: 'Verwerkt (advies/actie)', since })
    const fedBack = await detailValue(page, 'Terugkoppeling aan het spreekuurpunt')
    expect(fedBack).toContain(feedback)
    expect(fedBack).toContain(`Teruggekoppeld op ${dutchDate(dutchToday())}.`)
    expect(await offeredSteps(page)).toEqual([])
    // Closing now needs no reason.
    expect(await stepForm(page, 'Afsluiten').count()).toBe(1)
    expect(await stepForm(page, 'Afsluiten zonder terugkoppeling').count()).toBe(0)

    // Closing it.
    since = new Date()
    await page.getByRole('button', { name: 'Signaal afsluiten' }).click()
    await expect.poll(() => toastText(page)).toContain('Het signaal is afgesloten.')
    await expectStep(page, 'Afgesloten', { from: 'Teruggekoppeld aan spreekuurpunt', since })
    expect(await mainText(page)).toContain('Dit signaal is afgesloten.')
    expect(await offeredSteps(page)).toEqual([])
    expect(await page.getByRole('button', { name: 'Signaal afsluiten' }).count()).toBe(0)
    const steps = (await history(page)).map((entry) => entry.what)
    expect(steps).toEqual([
      'Vastgelegd als nieuw signaal',
      ...STEPS.slice(1).map((step, index) => `${STEPS[index]} → ${step}`),
    ])

    // A closed signal cannot be moved any more, not even by posting a step.
    posted = postTo(page, signalPath)
    await postForm(page, signalPath, { intent: 'status', toStatus: 'IN_PROGRESS', note: '' })
    expect((await posted).status()).toBe(400)
    await open(page, signalPath)
    await expectStep(page, 'Afgesloten', { from: 'Teruggekoppeld aan spreekuurpunt', since })
  }, 90_000)

  test('marking a forwarded signal "verwerkt" straight away, skipping "in behandeling", is refused with a message that names the next step', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const title = `Brief over de energietoeslag onduidelijk ${unique()}`
    await open(page, NEW_PATH)
    await submitNewSignal(page, {
      source: seeded('sp-franeker').name,
      municipality: 'Harlingen',
      title,
      description: 'Bezoekers begrijpen niet of zij de energietoeslag zelf moeten aanvragen.',
      themes: ['Begrijpelijke brieven en digitale toegankelijkheid'],
    })
    await page.waitForURL((url) => /^\/signalen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe(title)
    const signalPath = pathname(page)
    const forward = stepForm(page, 'Doorsturen naar raden')
    await forward
      .getByRole('group', { name: 'Raden', exact: true })
      .getByLabel(seeded('asd-noardwest').name, { exact: true })
      .check()
    await forward.getByRole('button', { name: 'Doorsturen', exact: true }).click()
    await expect.poll(() => toastText(page)).toContain('Het signaal is doorgestuurd naar')
    await expect
      .poll(async () => (await stepper(page)).find((item) => item.current)?.label)
      .toBe('2. Doorgestuurd naar raad')

    // The page offers only "in behandeling"; the step after it, posted anyway, is refused.
    expect(await offeredSteps(page)).toEqual(['Markeren als in behandeling'])
    allowHttpErrorStatus(page, 400, signalPath)
    const posted = postTo(page, signalPath)
    await postForm(page, signalPath, { intent: 'status', toStatus: 'PROCESSED', note: '' })
    expect((await posted).status()).toBe(400)
    await expect
      .poll(() => alertText(page))
      .toContain(
        'Een signaal gaat stap voor stap: "Verwerkt (advies/actie)" kan nog niet. De volgende stap is "In behandeling bij raad".',
      )
    expect((await stepper(page)).find((item) => item.current)?.label).toBe('2. Doorgestuurd naar raad')
    expect((await history(page)).map((entry) => entry.what)).toEqual([
      'Vastgelegd als nieuw signaal',
      'Nieuw → Doorgestuurd naar raad',
    ])
  }, 60_000)
})

// The opbouwwerker brings a new signal to "verwerkt"; a coordinator (JavaScript on or off)
// opens it and types the feedback while the opbouwwerker closes it as a duplicate; then the
// coordinator presses "Terugkoppeling vastleggen". Returns the coordinator's page.
async function feedbackAfterSomeoneClosedIt({ javaScript }: { javaScript: boolean }) {
  const first = await newPage()
  await login(first, demoUser('opbouwwerker').email)
  const title = `Nieuwe aanvraagprocedure te ingewikkeld ${unique()}`
  await open(first, NEW_PATH)
  const signalPath = await recordSignal(first, {
    source: seeded('sp-heerenveen').name,
    municipality: 'Heerenveen',
    title,
    description: 'De nieuwe aanvraagprocedure voor bijzondere bijstand kost bezoekers uren.',
    themes: ['Bijzondere bijstand'],
  })
  await bringToProcessed(first, [seeded('pr-heerenveen').name])

  const second = await newPage({ javaScriptEnabled: javaScript })
  await login(second, demoUser('coordinator').email)
  await open(second, signalPath)
  const feedback = 'Het spreekuurpunt kreeg het advies van de raad toegestuurd.'
  await control(
    stepForm(second, 'Terugkoppelen aan het spreekuurpunt'),
    'Terugkoppeling aan het spreekuurpunt',
  ).fill(feedback)

  await control(
    stepForm(first, 'Afsluiten zonder terugkoppeling'),
    'Waarom wordt het signaal afgesloten?',
  ).fill('Dubbel: hetzelfde signaal kwam ook via de raad binnen.')
  await first.getByRole('button', { name: 'Signaal afsluiten' }).click()
  await expect.poll(() => toastText(first)).toContain('Het signaal is afgesloten.')
  await expect.poll(() => currentStep(first)).toBe('6. Afgesloten')

  allowHttpErrorStatus(second, 400, signalPath)
  const posted = postTo(second, signalPath)
  await second.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click()
  expect((await posted).status()).toBe(400)
  await second.waitForLoadState()
  return { second, first, signalPath }
}

describe('two people on the same signal', () => {
  test('when someone else closed the signal meanwhile, the feedback typed on the older page is refused with "Dit signaal is afgesloten" and not saved', async () => {
    const { first, second, signalPath } = await feedbackAfterSomeoneClosedIt({ javaScript: true })
    await expect
      .poll(() => alertText(second))
      .toContain('Dit signaal is afgesloten; de status kan niet meer veranderen.')
    await open(first, signalPath)
    expect(await detailValue(first, 'Terugkoppeling aan het spreekuurpunt')).toBe('—')
    expect((await history(first)).map((entry) => entry.what).at(-1)).toBe(
      'Verwerkt (advies/actie) → Afgesloten',
    )
  }, 90_000)

  // Without JavaScript the answer is the page rendered anew with the new status, which has
  // no feedback form any more: the message stands above the next steps instead.
  test('with JavaScript switched off, feedback recorded after someone else closed the signal is refused with a message saying the signal is closed', async () => {
    const { second } = await feedbackAfterSomeoneClosedIt({ javaScript: false })
    expect(await currentStep(second)).toBe('6. Afgesloten')
    expect(await alertText(second)).toContain(
      'Dit signaal is afgesloten; de status kan niet meer veranderen.',
    )
  }, 90_000)
})

describe('privacy', () => {
  test('a description with a number that passes the elfproef (a BSN) is refused with the Dutch message and nothing is saved; an e-mail address needs the tick "geen gegeven van een cliënt" before it is saved', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const before = await listCount(page)
    const id = unique()
    const signal: Signal = {
      source: seeded('sp-leeuwarden').name,
      municipality: 'Leeuwarden',
      title: `Aanvraagformulier vraagt om onnodige gegevens ${id}`,
      description: 'Een bezoeker liet een brief zien met BSN 123456782 erop; het formulier vraagt te veel.',
      themes: ['Bejegening en dienstverlening'],
    }

    await open(page, NEW_PATH)
    allowHttpErrorStatus(page, 400, NEW_PATH)
    let posted = postTo(page, NEW_PATH)
    await submitNewSignal(page, signal)
    expect((await posted).status()).toBe(400)
    await expect.poll(() => alertText(page)).toContain('Het formulier bevat fouten.')
    expect(pathname(page)).toBe(NEW_PATH)
    const description = control(page, 'Beschrijving')
    expect(await description.getAttribute('aria-invalid')).toBe('true')
    expect(await fieldErrors(page, description)).toEqual([
      'Dit lijkt een burgerservicenummer (BSN): 123456782. Een signaal mag nooit een BSN bevatten. Haal het nummer weg.',
    ])
    // What was typed is still there; no tick box offers a way around a BSN.
    expect(await description.inputValue()).toBe(signal.description)
    expect(await control(page, 'Titel').inputValue()).toBe(signal.title)
    expect(await page.getByRole('checkbox', { name: /geen gegeven van een cliënt/ }).count()).toBe(0)

    // Nothing was saved.
    expect(await listCount(page)).toBe(before)
    expect(await listedTitles(page)).not.toContain(signal.title)

    // An agency's e-mail address: a warning, and a tick box to confirm it is not a client's.
    const email = `wijkteam-${id}@gemeente.example.nl`
    const withEmail = {
      ...signal,
      title: `Wijkteam onbereikbaar per telefoon ${id}`,
      description: `Bezoekers krijgen het wijkteam niet aan de lijn; het wijkteam wijst naar ${email}.`,
    }
    await open(page, NEW_PATH)
    expect(await page.getByRole('checkbox', { name: /geen gegeven van een cliënt/ }).count()).toBe(0)
    posted = postTo(page, NEW_PATH)
    await submitNewSignal(page, withEmail)
    expect((await posted).status()).toBe(400)
    await expect
      .poll(() => fieldErrors(page, control(page, 'Beschrijving')))
      .toEqual([
        `Dit lijkt een e-mailadres of telefoonnummer: ${email}. Haal het weg als het van een cliënt is. Is het een gegeven van een instantie? Vink dan hieronder aan dat het geen gegeven van een cliënt is.`,
      ])
    expect(await listCount(page)).toBe(before)

    await open(page, NEW_PATH)
    posted = postTo(page, NEW_PATH)
    await submitNewSignal(page, withEmail)
    expect((await posted).status()).toBe(400)
    const confirmation = page.getByRole('checkbox', {
      name: 'Dit is geen gegeven van een cliënt (bijvoorbeeld het adres van een instantie)',
    })
    await expect.poll(() => confirmation.count()).toBe(1)
    expect(await confirmation.isChecked()).toBe(false)
    expect(await control(page, 'Beschrijving').inputValue()).toBe(withEmail.description)
    await confirmation.check()
    await page.getByRole('button', { name: 'Signaal vastleggen' }).click()
    await page.waitForURL((url) => /^\/signalen\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe(withEmail.title)
    await expect.poll(() => toastText(page)).toContain(`Het signaal "${withEmail.title}" is vastgelegd.`)
    expect(await detailValue(page, 'Beschrijving')).toBe(withEmail.description)

    // One signal more: the one with the e-mail address, not the one with the BSN.
    const count = (text: string) => Number.parseInt(text, 10)
    expect(count(await listCount(page))).toBe(count(before) + 1)
    const titles = await listedTitles(page)
    expect(titles).toContain(withEmail.title)
    expect(titles).not.toContain(signal.title)
  }, 60_000)
})

type SeededSignal = (typeof activity.signals)[number]

// The seeded signals (prisma/data/activity.json) that match `keep`.
function seededSignals(keep: (signal: SeededSignal) => boolean) {
  return activity.signals.filter(keep)
}

const OPEN_FORWARDED = ['FORWARDED', 'IN_PROGRESS', 'PROCESSED']
const DONE = ['FED_BACK', 'CLOSED']

// Returns a date as the overview writes it ("3 september 2026") as a time in ms.
function parseDutchDate(text: string) {
  const months = [
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
  const [day, month, year] = text.trim().split(' ')
  return Date.UTC(Number(year), months.indexOf(month ?? ''), Number(day))
}

describe('the Tijdlijn of a council', () => {
  test('a signal on the Tijdlijn shows the day it was received, without a time of day', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const council = seeded('cr-smallingerland').name
    await open(page, `/organisaties?q=${encodeURIComponent(council)}`)
    await page.getByRole('main').getByRole('table').getByRole('link', { name: council, exact: true }).click()
    await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(council)
    await page.getByLabel('Soort', { exact: true }).selectOption({ label: 'Signaal' })
    await page.getByRole('button', { name: 'Toon' }).click()
    await page.waitForURL((url) => url.searchParams.get('tijdlijnSoort') === 'SIGNAL')
    // Once the filter has applied, every entry is a signal; each line starts with its date.
    await expect
      .poll(async () => {
        const labels = await timelineLabels(page)
        return labels.length > 0 && labels.every((label) => label.endsWith('· Signaal'))
      })
      .toBe(true)
    const when = await timelineLabels(page)
    for (const line of when) expect(line).toMatch(/^\d{1,2} [a-z]+ \d{4} · Signaal$/)
  })
})

describe('the signals overview', () => {
  test('"Zonder terugkoppeling" lists the signals forwarded more than 6 weeks ago that still wait for feedback, longest waiting first, and not the ones fed back or closed', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, LIST_PATH)
    await page
      .getByRole('navigation', { name: 'Weergaven' })
      .getByRole('link', { name: 'Zonder terugkoppeling' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('weergave') === 'zonder-terugkoppeling')
    await expect.poll(() => mainText(page)).toContain('meer dan 6 weken geleden zijn doorgestuurd')

    const rows = await page
      .getByRole('main')
      .getByRole('table')
      .locator('tbody tr')
      .evaluateAll((items) =>
        items.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? '')),
      )
    const titles = rows.map((row) => row[0] ?? '')
    // Received (and so forwarded) long ago, and still open: listed. The forward followed
    // the receipt within a few working days (prisma/seed-activity.ts).
    const stuck = seededSignals((s) => OPEN_FORWARDED.includes(s.status) && s.receivedDaysAgo >= 55)
    expect(stuck.length).toBeGreaterThanOrEqual(5)
    for (const signal of stuck) {
      expect(
        titles.some((text) => text.startsWith(signal.title)),
        signal.title,
      ).toBe(true)
    }
    // Forwarded recently, not yet forwarded, fed back or closed: not listed.
    const notStuck = seededSignals(
      (s) => DONE.includes(s.status) || s.status === 'NEW' || s.receivedDaysAgo < 42,
    )
    expect(notStuck.some((signal) => DONE.includes(signal.status))).toBe(true)
    for (const signal of notStuck) {
      expect(
        titles.some((text) => text.startsWith(signal.title)),
        signal.title,
      ).toBe(false)
    }
    // Every row waits 6 weeks or more, shows an open status, and the longest waiting leads.
    for (const row of rows) {
      expect(Number.parseInt(row[3] ?? '', 10), row[0]).toBeGreaterThanOrEqual(6)
      expect(['Doorgestuurd naar raad', 'In behandeling bij raad', 'Verwerkt (advies/actie)']).toContain(
        row[4],
      )
    }
    const forwardedOn = rows.map((row) => parseDutchDate(row[2] ?? ''))
    expect(forwardedOn).toEqual([...forwardedOn].sort((a, b) => a - b))
    const weeks = rows.map((row) => Number.parseInt(row[3] ?? '', 10))
    expect(weeks).toEqual([...weeks].sort((a, b) => b - a))
  })

  test('"Open per raad" lists every open signal under each council it was forwarded to, councils by name, and the ones not forwarded yet apart', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, LIST_PATH)
    await page
      .getByRole('navigation', { name: 'Weergaven' })
      .getByRole('link', { name: 'Open per raad' })
      .click()
    await page.waitForURL((url) => url.searchParams.get('weergave') === 'per-raad')
    await expect
      .poll(() => mainText(page))
      .toContain('Signalen die nog niet zijn teruggekoppeld of afgesloten, per raad')

    const groups = await page
      .getByRole('main')
      .getByRole('region')
      .evaluateAll((regions) =>
        regions.map((region) => ({
          heading: region.querySelector('h2 a')?.textContent ?? region.querySelector('h2')?.textContent ?? '',
          count: region.querySelector('h2 span')?.textContent ?? '',
          titles: [...region.querySelectorAll('tbody tr td:first-child a')].map(
            (link) => link.textContent ?? '',
          ),
        })),
      )
    const councilGroups = groups.filter((group) => !group.heading.startsWith('Nog niet doorgestuurd'))
    const byName = new Map(councilGroups.map((group) => [group.heading, group]))
    const nameOf = (key: string) => seeded(key).name

    // Each seeded open forwarded signal is under every council it went to.
    const openSignals = seededSignals((s) => OPEN_FORWARDED.includes(s.status))
    expect(openSignals.length).toBeGreaterThan(5)
    for (const signal of openSignals) {
      for (const key of signal.forwardTo ?? []) {
        expect(byName.get(nameOf(key))?.titles, `${signal.title} under ${nameOf(key)}`).toContain(
          signal.title,
        )
      }
    }
    // A council's count says how many signals are listed under it.
    for (const group of councilGroups) {
      const expected = group.titles.length === 1 ? '(1 signaal)' : `(${group.titles.length} signalen)`
      expect(group.count.replace(/\s+/g, ''), group.heading).toBe(expected.replace(/\s+/g, ''))
    }
    // Councils in alphabetical order.
    const names = councilGroups.map((group) => group.heading)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')))
    // Fed back or closed: nowhere. New: under "Nog niet doorgestuurd".
    const everywhere = groups.flatMap((group) => group.titles)
    for (const signal of seededSignals((s) => DONE.includes(s.status))) {
      expect(everywhere, signal.title).not.toContain(signal.title)
    }
    const notForwarded = groups.find((group) => group.heading.startsWith('Nog niet doorgestuurd'))
    for (const signal of seededSignals((s) => s.status === 'NEW')) {
      expect(notForwarded?.titles, signal.title).toContain(signal.title)
      expect(councilGroups.flatMap((group) => group.titles)).not.toContain(signal.title)
    }
  })
})
