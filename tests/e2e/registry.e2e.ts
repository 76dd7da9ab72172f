// The network registry: creating a council with themes and members, finding it through the
// list filters and the theme pages, editing it while someone else does, and what a lezer sees.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { COUNCIL_TYPES } from '../../app/models/organisation/organisation-types.ts'
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

const LIST_PATH = '/organisaties'
const NEW_PATH = '/organisaties/nieuw'
const COUNCIL_TYPE_LABEL = 'Cliëntenraad Werk en Inkomen'
const SHARED_THEMES = ['Armoede en schulden', 'Re-integratie'] as const

// The seeded organisations (prisma/data/network.json) that are active councils carrying all
// of `themes`: the ones "Deelt thema's met" and the theme pages should list.
function seededCouncilsWithThemes(themes: readonly string[]) {
  const councilTypes: readonly string[] = COUNCIL_TYPES
  return network.organisations
    .filter(
      (organisation) =>
        organisation.active !== false &&
        councilTypes.includes(organisation.type) &&
        themes.every((theme) => (organisation.themes ?? []).includes(theme)),
    )
    .map((organisation) => organisation.name)
}

// The seeded active organisations that carry all of `themes` but are not councils.
function seededNonCouncilsWithThemes(themes: readonly string[]) {
  const councilTypes: readonly string[] = COUNCIL_TYPES
  return network.organisations
    .filter(
      (organisation) =>
        organisation.active !== false &&
        !councilTypes.includes(organisation.type) &&
        themes.every((theme) => (organisation.themes ?? []).includes(theme)),
    )
    .map((organisation) => organisation.name)
}

// Returns a suffix that makes names unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// The text of the toast shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// The text of all alerts on the page (error summary, conflict notice).
async function alertText(page: Page) {
  return (await page.getByRole('alert').allTextContents()).join(' ')
}

// Returns the error messages the form control labelled `label` points to (aria-describedby).
async function fieldErrors(page: Page, label: string) {
  const ids =
    (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby'))?.split(/\s+/) ?? []
  const messages: string[] = []
  for (const id of ids.filter((candidate) => candidate.endsWith('-error'))) {
    messages.push(...(await page.locator(`[id="${id}"] li`).allTextContents()))
  }
  return messages
}

// The section of a detail page with the heading `name` (a landmark region).
function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true })
}

// The value shown next to `label` in the "Gegevens" list of an organisation page.
async function detailValue(page: Page, label: string) {
  const row = section(page, 'Gegevens')
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
  return ((await row.locator('dd').textContent()) ?? '').trim()
}

// The names of the organisations in the list's result table.
async function listedNames(page: Page) {
  if ((await page.getByRole('main').getByRole('table').count()) === 0) return []
  return page.getByRole('main').getByRole('table').getByRole('link').allTextContents()
}

// The organisation list's result count as shown ("12 organisaties").
async function resultCount(page: Page) {
  const count = page
    .getByRole('main')
    .getByRole('status')
    .filter({ hasText: /^\s*\d+ organisaties?\s*$/ })
  return ((await count.textContent()) ?? '').trim()
}

type Council = {
  name: string
  typeLabel: string
  municipalities: string[]
  themes: readonly string[]
  postcode?: string
  city?: string
}

// Fills in the new-organisation form (the page must be open) and submits it.
async function submitNewOrganisation(page: Page, council: Council) {
  await page.getByLabel('Naam').fill(council.name)
  await page.getByLabel('Soort organisatie').selectOption({ label: council.typeLabel })
  for (const municipality of council.municipalities) {
    await page
      .getByRole('group', { name: 'Gemeenten', exact: true })
      .getByLabel(municipality, { exact: true })
      .check()
  }
  for (const theme of council.themes) {
    await page.getByRole('group', { name: "Thema's", exact: true }).getByLabel(theme, { exact: true }).check()
  }
  await page.getByLabel('Postcode', { exact: true }).fill(council.postcode ?? '')
  await page.getByLabel('Plaats', { exact: true }).fill(council.city ?? '')
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click()
}

// Resolves with the response to the next POST of `page` to `path` (document or .data request).
function postTo(page: Page, path: string) {
  return page.waitForResponse((response) => {
    const { pathname: posted } = new URL(response.url())
    return response.request().method() === 'POST' && (posted === path || posted === `${path}.data`)
  })
}

// Waits until the page shows an organisation's own page; returns that page's path.
async function waitForOrganisationPage(page: Page, name: string) {
  await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
  await expect.poll(() => pageHeading(page)).toBe(name)
  return pathname(page)
}

// Creates a council through /organisaties/nieuw; returns the path of its page.
async function createCouncil(page: Page, council: Council) {
  await open(page, NEW_PATH)
  await submitNewOrganisation(page, council)
  const path = await waitForOrganisationPage(page, council.name)
  await expect.poll(() => toastText(page)).toContain(`${council.name} is aangemaakt.`)
  return path
}

type Filters = { type?: string; gemeente?: string; thema?: string; status?: string; sort?: string }

const FILTER_LABELS: Record<keyof Filters, string> = {
  type: 'Soort',
  gemeente: 'Gemeente',
  thema: 'Thema',
  status: 'Status',
  sort: 'Sorteren op',
}

// Chooses the filter options with these labels on the organisation list, presses "Filteren"
// and waits until the URL carries them; returns the chosen option values by URL parameter.
async function filterList(page: Page, filters: Filters) {
  const chosen: Record<string, string> = {}
  for (const [parameter, label] of Object.entries(filters)) {
    if (label === undefined) continue
    const select = page.getByLabel(FILTER_LABELS[parameter as keyof Filters], { exact: true })
    await select.selectOption({ label })
    chosen[parameter] = await select.inputValue()
  }
  await page.getByRole('button', { name: 'Filteren' }).click()
  await page.waitForURL(
    (url) =>
      url.pathname === LIST_PATH &&
      Object.entries(chosen).every(([parameter, value]) => url.searchParams.get(parameter) === value),
  )
  return chosen
}

// The label of the option chosen in the select labelled `label` (the whole label text
// unless `exact` is false, e.g. for a label followed by "(verplicht)").
async function selectedLabel(page: Page, label: string, { exact = true } = {}) {
  return (
    (await page
      .getByLabel(label, { exact })
      .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '')) ?? ''
  )
}

describe('a new council', () => {
  test('an opbouwwerker creates a council with two themes, adds its voorzitter, finds it through the filters and its theme page, and sees the councils that share both themes', async () => {
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    const id = unique()
    const council: Council = {
      name: `Cliëntenraad Testdorp ${id}`,
      typeLabel: COUNCIL_TYPE_LABEL,
      municipalities: ['Harlingen'],
      themes: SHARED_THEMES,
    }

    // Creating it, starting from the list's "Nieuwe organisatie".
    await open(page, LIST_PATH)
    await page.getByRole('link', { name: 'Nieuwe organisatie' }).click()
    await page.waitForURL((url) => url.pathname === NEW_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Nieuwe organisatie')
    await submitNewOrganisation(page, council)
    const councilPath = await waitForOrganisationPage(page, council.name)
    await expect.poll(() => toastText(page)).toContain(`${council.name} is aangemaakt.`)
    expect(await mainText(page)).toContain(COUNCIL_TYPE_LABEL)
    expect(await detailValue(page, 'Gemeenten')).toContain('Harlingen')
    const themeTags = await section(page, "Thema's").getByRole('link').allTextContents()
    expect(themeTags).toEqual([...SHARED_THEMES])

    // Adding its voorzitter through "Lid of contactpersoon toevoegen".
    const voorzitter = `Vera Voorzitter ${id}`
    await section(page, 'Leden').getByText('Geen huidige leden vastgelegd.').waitFor()
    await page.getByRole('link', { name: 'Lid of contactpersoon toevoegen' }).click()
    await page.waitForURL((url) => url.pathname === '/personen/nieuw')
    await expect.poll(() => pageHeading(page)).toBe('Nieuwe persoon')
    expect(await selectedLabel(page, 'Organisatie')).toBe(council.name)
    await page.getByLabel('Naam').fill(voorzitter)
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Voorzitter' })
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click()
    await page.waitForURL(
      (url) => /^\/personen\/[^/]+$/.test(url.pathname) && url.pathname !== '/personen/nieuw',
    )
    await expect.poll(() => pageHeading(page)).toBe(voorzitter)
    await expect.poll(() => toastText(page)).toContain(`${voorzitter} is toegevoegd.`)

    await page.getByRole('main').getByRole('link', { name: council.name, exact: true }).click()
    await page.waitForURL((url) => url.pathname === councilPath)
    await expect.poll(() => pageHeading(page)).toBe(council.name)
    const member = section(page, 'Leden')
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: voorzitter, exact: true }) })
    expect(await member.textContent()).toContain('Voorzitter')

    // Finding it with Soort + Gemeente + Thema, and not with another Gemeente.
    await open(page, LIST_PATH)
    await filterList(page, { type: COUNCIL_TYPE_LABEL, gemeente: 'Harlingen', thema: 'Re-integratie' })
    await expect.poll(() => listedNames(page)).toContain(council.name)
    for (const row of await page.getByRole('main').getByRole('table').getByRole('row').all()) {
      const text = (await row.textContent()) ?? ''
      if (text.includes(council.name)) expect(text).toContain('Harlingen')
    }
    // Another Gemeente, the other filters unchanged: that municipality's matching councils only.
    const elsewhere = seededCouncilsWithThemes(['Re-integratie']).filter((name) =>
      network.organisations.some(
        (organisation) =>
          organisation.name === name &&
          organisation.type === 'CLIENT_COUNCIL_WI' &&
          (organisation.municipalities ?? []).includes('Dantumadiel'),
      ),
    )
    expect(elsewhere.length).toBeGreaterThan(0)
    await filterList(page, { gemeente: 'Dantumadiel' })
    await expect.poll(() => listedNames(page)).not.toContain(council.name)
    expect(await listedNames(page)).toEqual(expect.arrayContaining(elsewhere))
    for (const row of await page.getByRole('main').getByRole('table').locator('tbody tr').all()) {
      expect(await row.locator('td').nth(1).textContent()).toBe(COUNCIL_TYPE_LABEL)
      expect(await row.locator('td').nth(2).textContent()).toContain('Dantumadiel')
    }
    expect(await selectedLabel(page, 'Soort')).toBe(COUNCIL_TYPE_LABEL)
    expect(await selectedLabel(page, 'Thema')).toBe('Re-integratie')

    // Its theme page, reached through the theme tag on its page.
    await open(page, councilPath)
    await section(page, "Thema's").getByRole('link', { name: 'Re-integratie', exact: true }).click()
    await page.waitForURL((url) => /^\/themas\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe('Re-integratie')
    const themeTable = page.getByRole('main').getByRole('table')
    await expect.poll(() => themeTable.getByRole('link').allTextContents()).toContain(council.name)
    const seededWithTheme = seededCouncilsWithThemes(['Re-integratie'])
    expect(seededWithTheme.length).toBeGreaterThan(0)
    expect(await themeTable.getByRole('link').allTextContents()).toEqual(
      expect.arrayContaining(seededWithTheme),
    )

    // "Deelt thema's met": the seeded councils that carry both themes, each with 2 shared.
    await open(page, councilPath)
    const expected = seededCouncilsWithThemes(SHARED_THEMES)
    expect(expected.length).toBeGreaterThanOrEqual(2)
    const entries = await section(page, "Deelt thema's met")
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector('a')?.textContent ?? '',
          shared: item.querySelector('p')?.textContent ?? '',
        })),
      )
    const names = entries.map((entry) => entry.name)
    expect(names).toEqual(expect.arrayContaining(expected))
    for (const name of expected) {
      const shared = entries.find((entry) => entry.name === name)?.shared ?? ''
      expect(shared, name).toMatch(/^2 gedeelde thema's:/)
      for (const theme of SHARED_THEMES) expect(shared, name).toContain(theme)
    }
    // Not the council itself, and no organisation that is not a council.
    expect(names).not.toContain(council.name)
    const nonCouncils = seededNonCouncilsWithThemes(SHARED_THEMES)
    for (const name of nonCouncils) expect(names).not.toContain(name)
    // Most shared themes first.
    const counts = entries.map((entry) => Number.parseInt(entry.shared, 10))
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
  }, 60_000)

  test('creating a council works with JavaScript switched off, after an invalid postcode first', async () => {
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('opbouwwerker').email)
    const council: Council = {
      name: `Cliëntenraad Testdorp ${unique()}`,
      typeLabel: COUNCIL_TYPE_LABEL,
      municipalities: ['Harlingen'],
      themes: SHARED_THEMES,
      postcode: 'Leeuwarden',
      city: 'Harlingen',
    }
    await open(page, NEW_PATH)
    allowHttpErrorStatus(page, 400, NEW_PATH)

    const posted = page.waitForResponse(
      (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === NEW_PATH,
    )
    await submitNewOrganisation(page, council)
    expect((await posted).status()).toBe(400)
    await page.waitForLoadState()

    expect(pathname(page)).toBe(NEW_PATH)
    expect(await alertText(page)).toContain('Het formulier bevat fouten. Controleer de gemarkeerde velden.')
    expect(await page.getByLabel('Postcode', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await fieldErrors(page, 'Postcode')).toEqual([
      'Vul een geldige postcode in, bijvoorbeeld 8911 AB.',
    ])
    expect(await page.getByLabel('Postcode', { exact: true }).inputValue()).toBe('Leeuwarden')
    expect(await page.getByLabel('Naam').inputValue()).toBe(council.name)
    expect(await page.getByLabel('Naam').getAttribute('aria-invalid')).toBeNull()
    expect(await selectedLabel(page, 'Soort organisatie', { exact: false })).toBe(COUNCIL_TYPE_LABEL)
    const municipalities = page.getByRole('group', { name: 'Gemeenten', exact: true })
    expect(await municipalities.getByLabel('Harlingen', { exact: true }).isChecked()).toBe(true)
    expect(await municipalities.getByRole('checkbox', { checked: true }).count()).toBe(1)
    const themes = page.getByRole('group', { name: "Thema's", exact: true })
    for (const theme of SHARED_THEMES) {
      expect(await themes.getByLabel(theme, { exact: true }).isChecked()).toBe(true)
    }
    expect(await themes.getByRole('checkbox', { checked: true }).count()).toBe(SHARED_THEMES.length)

    await page.getByLabel('Postcode', { exact: true }).fill('8861 ab')
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click()
    const councilPath = await waitForOrganisationPage(page, council.name)
    expect(await toastText(page)).toContain(`${council.name} is aangemaakt.`)
    expect(await detailValue(page, 'Adres')).toBe('8861 AB Harlingen')
    expect(await section(page, "Thema's").getByRole('link').allTextContents()).toEqual([...SHARED_THEMES])

    // Without JavaScript the list filters work too.
    await open(page, LIST_PATH)
    await filterList(page, { type: COUNCIL_TYPE_LABEL, gemeente: 'Harlingen', thema: 'Armoede en schulden' })
    expect(await listedNames(page)).toContain(council.name)
    await page.getByRole('main').getByRole('link', { name: council.name, exact: true }).click()
    await page.waitForURL((url) => url.pathname === councilPath)
  }, 60_000)
})

// Two opbouwwerkers (each in a browser context of their own) open the edit page of the same
// new council; the first saves a new Plaats, then the second saves a new Naam on the old
// version. Checks the conflict message the second sees and what is stored.
async function editAtTheSameTime({ secondJavaScript }: { secondJavaScript: boolean }) {
  const first = await newPage()
  await login(first, demoUser('opbouwwerker').email)
  const id = unique()
  const council: Council = {
    name: `Cliëntenraad Tweeluik ${id}`,
    typeLabel: COUNCIL_TYPE_LABEL,
    municipalities: ['Waadhoeke'],
    themes: ['Bijzondere bijstand'],
    city: 'Franeker',
  }
  const councilPath = await createCouncil(first, council)
  const editPath = `${councilPath}/bewerken`

  const second = await newPage({ javaScriptEnabled: secondJavaScript })
  await login(second, demoUser('opbouwwerker').email)

  await open(first, editPath)
  await open(second, editPath)
  for (const page of [first, second]) {
    await expect.poll(() => pageHeading(page)).toBe(`${council.name} bewerken`)
    expect(await page.getByLabel('Plaats', { exact: true }).inputValue()).toBe('Franeker')
  }

  // The first saves a new Plaats.
  await first.getByLabel('Plaats', { exact: true }).fill('Harlingen')
  await first.getByRole('button', { name: 'Opslaan' }).click()
  await waitForOrganisationPage(first, council.name)
  await expect.poll(() => toastText(first)).toContain('De wijzigingen zijn opgeslagen.')

  // The second, still on the old version, saves a new Naam.
  allowHttpErrorStatus(second, 409, editPath)
  const renamed = `Cliëntenraad Tweeluik hernoemd ${id}`
  await second.getByLabel('Naam').fill(renamed)
  const posted = postTo(second, editPath)
  await second.getByRole('button', { name: 'Opslaan' }).click()
  expect((await posted).status()).toBe(409)
  await expect.poll(() => alertText(second)).toContain('Iemand anders heeft dit intussen gewijzigd')
  expect(pathname(second)).toBe(editPath)
  const notice = await alertText(second)
  expect(notice).toContain('Intussen gewijzigd:')
  expect(notice).toContain('Plaats: "Franeker" werd "Harlingen"')
  expect(notice).not.toContain('Naam:')
  expect(await second.getByLabel('Naam').inputValue()).toBe(renamed)

  // What is stored is the first person's change only.
  await open(first, councilPath)
  await expect.poll(() => pageHeading(first)).toBe(council.name)
  expect(await detailValue(first, 'Adres')).toBe('Harlingen')

  return { first, second, councilPath, editPath, renamed }
}

// The second person, after the conflict, takes over the new Plaats and saves again: their
// input is stored.
async function saveAgainAfterConflict({
  first,
  second,
  councilPath,
  editPath,
  renamed,
}: Awaited<ReturnType<typeof editAtTheSameTime>>) {
  await second.getByLabel('Plaats', { exact: true }).fill('Harlingen')
  const posted = postTo(second, editPath)
  await second.getByRole('button', { name: 'Opslaan' }).click()
  expect((await posted).status(), 'the answer to saving again').not.toBe(409)
  await waitForOrganisationPage(second, renamed)
  expect(pathname(second)).toBe(councilPath)
  await expect.poll(() => toastText(second)).toContain('De wijzigingen zijn opgeslagen.')
  expect(await detailValue(second, 'Adres')).toBe('Harlingen')

  await open(first, councilPath)
  await expect.poll(() => pageHeading(first)).toBe(renamed)
}

describe('editing at the same time', () => {
  test('when two opbouwwerkers edit the same organisation, the second sees that the first changed "Plaats", keeps their own input, and nothing of theirs is stored yet', async () => {
    await editAtTheSameTime({ secondJavaScript: true })
  }, 60_000)

  test('with JavaScript switched off, the second gets the same conflict message and saving again then stores their input', async () => {
    await saveAgainAfterConflict(await editAtTheSameTime({ secondJavaScript: false }))
  }, 60_000)

  test("with JavaScript, saving again after the conflict stores the second person's input", async () => {
    await saveAgainAfterConflict(await editAtTheSameTime({ secondJavaScript: true }))
  }, 60_000)
})

describe('a lezer', () => {
  test('a lezer sees organisations, people and theme pages without any controls to change them, and /organisaties/nieuw answers "Geen toegang" (403)', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    const [council, seededMember] = (() => {
      const organisation = network.organisations.find(
        (candidate) => candidate.name === 'Cliëntenraad Werk en Inkomen Súdwest-Fryslân',
      )
      const key = organisation?.key
      const person = network.people.find((candidate) =>
        candidate.memberships.some((membership) => membership.organisation === key),
      )
      if (!organisation || !person) throw new Error('The seed has changed: no council with a member found')
      return [organisation, person]
    })()

    await open(page, LIST_PATH)
    await expect.poll(() => pageHeading(page)).toBe('Organisaties')
    expect((await listedNames(page)).length).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Nieuwe organisatie' }).count()).toBe(0)

    await page.getByLabel('Naam bevat').fill(council.name)
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.searchParams.get('q') === council.name)
    await expect.poll(() => listedNames(page)).toEqual([council.name])
    await page.getByRole('main').getByRole('link', { name: council.name, exact: true }).click()
    await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(council.name)
    const councilPath = pathname(page)
    expect(await section(page, 'Leden').getByRole('link').allTextContents()).toContain(seededMember.name)
    for (const control of ['Bewerken', 'Lid of contactpersoon toevoegen']) {
      expect(await page.getByRole('link', { name: control }).count()).toBe(0)
    }
    for (const control of ['Relatie toevoegen', 'Deactiveren', 'Verwijderen']) {
      expect(await page.getByRole('button', { name: control }).count()).toBe(0)
    }

    // A member's page, without edit controls.
    await section(page, 'Leden').getByRole('link', { name: seededMember.name, exact: true }).click()
    await page.waitForURL((url) => /^\/personen\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(seededMember.name)
    expect(await mainText(page)).toContain(council.name)
    expect(await page.getByRole('link', { name: 'Gegevens bewerken' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Lidmaatschap toevoegen' }).count()).toBe(0)

    await open(page, '/personen')
    await expect.poll(() => pageHeading(page)).toBe('Personen')
    expect(await page.getByRole('main').getByRole('table').getByRole('link').count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Nieuwe persoon' }).count()).toBe(0)

    // A theme page, through a theme tag on the council's page.
    await open(page, councilPath)
    const theme = council.themes?.[0] ?? ''
    await section(page, "Thema's").getByRole('link', { name: theme, exact: true }).click()
    await page.waitForURL((url) => /^\/themas\/[^/]+$/.test(url.pathname))
    await expect.poll(() => pageHeading(page)).toBe(theme)
    expect(await page.getByRole('main').getByRole('table').getByRole('link').allTextContents()).toContain(
      council.name,
    )
    expect(await page.getByRole('button', { name: 'Laten vervallen' }).count()).toBe(0)

    await open(page, '/gemeenten')
    await expect.poll(() => pageHeading(page)).toBe('Gemeenten')
    expect(await page.getByRole('main').getByRole('link', { name: 'Harlingen', exact: true }).count()).toBe(1)

    // Pages for changing things are closed to a lezer.
    for (const path of [NEW_PATH, `${councilPath}/bewerken`, '/personen/nieuw?organisatie=x']) {
      const pathOnly = path.split('?')[0] ?? path
      allowHttpErrorStatus(page, 403, pathOnly)
      const response = await open(page, path)
      expect(response.status(), path).toBe(403)
      await expect.poll(() => pageHeading(page)).toBe('Geen toegang')
      expect(await page.getByRole('button', { name: 'Organisatie aanmaken' }).count()).toBe(0)
    }
  }, 60_000)
})

describe('the organisation list', () => {
  test('the filters live in the URL: after a reload the same filters are selected and the same organisations listed', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, LIST_PATH)
    const unfiltered = await resultCount(page)

    const chosen = await filterList(page, {
      type: 'Adviesraad sociaal domein',
      thema: 'Re-integratie',
      status: 'Alle',
      sort: 'Laatst gewijzigd',
    })
    await expect.poll(() => resultCount(page)).not.toBe(unfiltered)
    const names = await listedNames(page)
    expect(names.length).toBeGreaterThan(0)
    for (const row of await page.getByRole('main').getByRole('table').locator('tbody tr').all()) {
      expect(await row.locator('td').nth(1).textContent()).toBe('Adviesraad sociaal domein')
    }
    const count = await resultCount(page)
    const url = page.url()

    await page.reload()
    await page.waitForLoadState()
    expect(page.url()).toBe(url)
    for (const [parameter, value] of Object.entries(chosen)) {
      const label = FILTER_LABELS[parameter as keyof Filters]
      expect(await page.getByLabel(label, { exact: true }).inputValue(), label).toBe(value)
    }
    expect(await selectedLabel(page, 'Soort')).toBe('Adviesraad sociaal domein')
    expect(await selectedLabel(page, 'Thema')).toBe('Re-integratie')
    expect(await resultCount(page)).toBe(count)
    expect(await listedNames(page)).toEqual(names)
  })

  test('"Filters wissen" shows all organisations and sets the filter fields back to "Alle"', async () => {
    const page = await newPage()
    await login(page, demoUser('coordinator').email)
    await open(page, LIST_PATH)
    const unfiltered = await resultCount(page)

    await filterList(page, { type: 'Adviesraad sociaal domein', thema: 'Re-integratie' })
    await expect.poll(() => resultCount(page)).not.toBe(unfiltered)

    await page.getByRole('link', { name: 'Filters wissen' }).click()
    await page.waitForURL((url) => url.pathname === LIST_PATH && url.search === '')
    await expect.poll(() => resultCount(page)).toBe(unfiltered)
    expect(await selectedLabel(page, 'Soort'), 'Soort after "Filters wissen"').toBe('Alle')
    expect(await selectedLabel(page, 'Thema'), 'Thema after "Filters wissen"').toBe('Alle')

    // Pressing "Filteren" now keeps showing all organisations.
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForURL((url) => url.pathname === LIST_PATH && url.search !== '')
    await expect.poll(() => resultCount(page)).toBe(unfiltered)
  })

  test('a nonsense list URL shows the list with the default filters (status 200), not an error', async () => {
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, LIST_PATH)
    const defaultCount = await resultCount(page)
    const defaultNames = await listedNames(page)

    const response = await open(page, '/organisaties?pagina=-3&sort=%3Cscript%3E&type=NONSENSE')
    expect(response.status()).toBe(200)
    await expect.poll(() => pageHeading(page)).toBe('Organisaties')
    expect(await selectedLabel(page, 'Soort')).toBe('Alle')
    expect(await selectedLabel(page, 'Sorteren op')).toBe('Naam')
    expect(await resultCount(page)).toBe(defaultCount)
    expect(await listedNames(page)).toEqual(defaultNames)
    expect(await page.locator('main script').count()).toBe(0)
    // More than one page of organisations, and the first one shown.
    expect(await page.getByRole('navigation', { name: 'Paginering' }).textContent()).toContain('Pagina 1 van')
    expect(await page.getByRole('link', { name: 'Vorige' }).count()).toBe(0)
  })
})
