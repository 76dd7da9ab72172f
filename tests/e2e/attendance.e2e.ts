// Invitations and attendance at the door in a real browser: the coordinator plans a meeting
// for tomorrow and invites "the chair and one member" of two councils of the demo network;
// then an opbouwwerker, on a phone, marks people present with one tap each and registers a
// walk-in from Raadnet and one who is new, and the counts follow; the administrator reads
// the invitations in the outbox. The same checklist also works without JavaScript.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
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

const TIME_ZONE = 'Europe/Amsterdam'
const DAY_MS = 86_400_000
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }

// Returns a suffix that makes titles unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the Dutch calendar day `days` days from today as an <input type="date"> value.
function dutchDay(days: number) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date())
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

// Returns the name of a council of the demo network and its current members with `role`.
function council(key: string) {
  const organisation = network.organisations.find((item) => item.key === key)
  if (!organisation) throw new Error(`No organisation ${key} in network.json`)
  const withRole = (role: string) =>
    network.people
      .filter((person) =>
        person.memberships.some(
          (membership) =>
            membership.organisation === key &&
            membership.role === role &&
            !('endDate' in membership && membership.endDate),
        ),
      )
      .map((person) => person.name)
  return { name: organisation.name, withRole }
}

// Plans a meeting tomorrow evening through the meeting form and returns its id.
async function planMeeting(page: Page, title: string) {
  await open(page, '/bijeenkomsten/nieuw')
  await page.getByLabel(/^Soort bijeenkomst/).selectOption('EXCHANGE')
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Datum').fill(dutchDay(1))
  await page.getByLabel('Begintijd').fill('19:30')
  await page.getByLabel('Eindtijd').fill('21:30')
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click()
  await page.waitForURL(
    (url) => /^\/bijeenkomsten\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/nieuw'),
  )
  return pathname(page).split('/')[2] ?? ''
}

// Returns a pattern for a council's checkbox: "<name> (<n> leden)".
const councilBox = (name: string) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`)

// The counts at the top of the checklist.
async function counts(page: Page) {
  return ((await page.getByRole('status', { name: 'Telling' }).textContent()) ?? '').replace(/\s+/g, ' ')
}

// The row of one person on the checklist.
const row = (page: Page, name: string) => page.getByRole('listitem', { name })

describe('attendance at the door', () => {
  test('a coordinator invites two councils; an opbouwwerker on a phone marks people present and a walk-in', async () => {
    const dantumadiel = council('crwi-dantumadiel')
    const uwv = council('uwv-noord')
    const [roelof] = dantumadiel.withRole('voorzitter')
    const [yvonne] = dantumadiel.withRole('secretaris')
    const [fatima] = uwv.withRole('voorzitter')
    const [hessel] = uwv.withRole('secretaris')
    const [albert] = dantumadiel.withRole('lid').filter((name) => name === 'Albert van Dijk')
    if (!roelof || !yvonne || !fatima || !hessel || !albert) throw new Error('The demo network changed')
    const title = `Uitwisseling aan de deur ${unique()}`

    // The coordinator plans the meeting and invites the chair and one member of both councils.
    const coordinator = await newPage()
    await login(coordinator, demoUser('coordinator').email)
    const meetingId = await planMeeting(coordinator, title)
    await open(coordinator, `/bijeenkomsten/${meetingId}/uitnodigen`)
    await expect.poll(() => pageHeading(coordinator)).toBe(`Uitnodigen: ${title}`)
    await coordinator.getByRole('checkbox', { name: councilBox(dantumadiel.name) }).check()
    await coordinator.getByRole('checkbox', { name: councilBox(uwv.name) }).check()
    expect(await coordinator.getByRole('checkbox', { name: 'Voorzitter', exact: true }).isChecked()).toBe(
      true,
    )
    expect(await coordinator.getByLabel(/hoogstens zoveel andere leden/).inputValue()).toBe('1')
    await coordinator.getByRole('button', { name: 'Voorbeeld tonen' }).click()
    const preview = coordinator.getByRole('table', { name: 'Wie wordt uitgenodigd' })
    await preview.waitFor()
    await coordinator.getByText('Nieuw uit te nodigen: 4.').waitFor()
    for (const name of [roelof, yvonne, fatima, hessel]) {
      expect(await preview.getByRole('checkbox', { name }).isChecked()).toBe(true)
    }
    await coordinator.getByRole('button', { name: 'Uitnodigen', exact: true }).click()
    await coordinator.waitForURL((url) => url.pathname === `/bijeenkomsten/${meetingId}`)
    expect(await mainText(coordinator)).toContain(title)

    // At the door: an opbouwwerker on a phone.
    const phone = await newPage(PHONE)
    await login(phone, demoUser('opbouwwerker').email)
    await open(phone, `/bijeenkomsten/${meetingId}/aanwezigheid`)
    await expect.poll(() => pageHeading(phone)).toBe(`Aanwezigheid: ${title}`)
    expect(await counts(phone)).toContain('0 aanwezig van 4 op de lijst')
    expect(await counts(phone)).toContain('0 organisaties vertegenwoordigd')
    // Nothing sticks out sideways at 360 pixels, and the button to tap is big enough.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const presentRoelof = row(phone, roelof).getByRole('button', { name: `Aanwezig (${roelof})` })
    const box = await presentRoelof.boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(44)
    expect(box?.width).toBeGreaterThanOrEqual(44)

    // One tap marks someone present; the page stays where it is and the counts follow.
    await phone.evaluate(() => {
      ;(window as { notReloaded?: boolean }).notReloaded = true
    })
    await presentRoelof.tap()
    await expect.poll(() => counts(phone)).toContain('1 aanwezig van 4 op de lijst')
    expect(await presentRoelof.getAttribute('aria-pressed')).toBe('true')
    await row(phone, fatima)
      .getByRole('button', { name: `Aanwezig (${fatima})` })
      .tap()
    await expect.poll(() => counts(phone)).toContain('2 aanwezig van 4 op de lijst')
    expect(await counts(phone)).toContain('2 organisaties vertegenwoordigd')

    // Another status sits behind "Andere status".
    await row(phone, hessel).getByText('Andere status').tap()
    await row(phone, hessel)
      .getByRole('button', { name: `Afwezig met bericht (${hessel})` })
      .tap()
    await expect.poll(() => counts(phone)).toContain('Afwezig met bericht: 1')
    expect(await phone.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)

    // A walk-in: someone of the council who was not invited, picked from the people in Raadnet.
    const existing = phone.getByRole('form', { name: 'Staat al in Raadnet' })
    const personSelect = existing.getByLabel(/^Persoon/)
    const albertOption = personSelect.locator(`optgroup[label="${dantumadiel.name}"] option`, {
      hasText: albert,
    })
    await personSelect.selectOption((await albertOption.getAttribute('value')) ?? '')
    await existing.getByLabel('Namens organisatie').selectOption({ label: dantumadiel.name })
    await existing.getByRole('button', { name: 'Aanwezig melden' }).tap()
    await row(phone, albert).getByText('Zonder uitnodiging').waitFor()
    await expect.poll(() => counts(phone)).toContain('3 aanwezig van 5 op de lijst')
    expect(await counts(phone)).toContain('2 organisaties vertegenwoordigd')

    // A walk-in who is not in Raadnet yet: a name is enough. Without it, the message is by the field.
    const newcomer = `Nieuwe Bezoeker ${unique()}`
    const fresh = phone.getByRole('form', { name: 'Nieuwe persoon' })
    allowHttpErrorStatus(phone, 400, `/bijeenkomsten/${meetingId}/aanwezigheid`)
    await fresh.getByLabel('Namens organisatie').selectOption({ label: uwv.name })
    await fresh.getByRole('button', { name: 'Toevoegen en aanwezig melden' }).tap()
    await fresh.getByText('Vul dit veld in.').waitFor()
    expect(await fresh.getByLabel(/^Naam/).getAttribute('aria-invalid')).toBe('true')
    expect(await fresh.getByLabel('Namens organisatie').inputValue()).not.toBe('')
    await fresh.getByLabel(/^Naam/).fill(newcomer)
    await fresh.getByRole('button', { name: 'Toevoegen en aanwezig melden' }).tap()
    await row(phone, newcomer).getByText('Zonder uitnodiging').waitFor()
    expect(await row(phone, newcomer).textContent()).toContain(uwv.name)
    await expect.poll(() => counts(phone)).toContain('4 aanwezig van 6 op de lijst')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)

    // Without a mail server the invitations wait in the outbox, where the administrator reads them.
    const admin = await newPage()
    await login(admin, demoUser('beheerder').email)
    await open(admin, '/beheer')
    await admin.getByRole('link', { name: 'Uitgaande berichten' }).click()
    await admin.waitForURL((url) => url.pathname === '/beheer/uitgaande-berichten')
    const outbox = admin.getByRole('table', { name: 'Uitgaande berichten' })
    const invitation = outbox.getByRole('row').filter({ hasText: roelof })
    expect(await invitation.textContent()).toContain('In de outbox (niet verstuurd)')
    await invitation.getByRole('link', { name: new RegExp(`^Uitnodiging: ${title} op `) }).click()
    await admin.waitForURL((url) => url.pathname.startsWith('/beheer/uitgaande-berichten/'))
    // The URL changes before the message is on screen: wait for it.
    await expect.poll(() => mainText(admin)).toContain(`Beste ${roelof},`)
    expect(await mainText(admin)).toContain('METHOD:REQUEST')
    expect(await admin.getByRole('button', { name: 'Opnieuw versturen' }).count()).toBe(0)
  })

  test('the checklist works without JavaScript: one tap posts, the page comes back with the status', async () => {
    const coordinator = await newPage()
    await login(coordinator, demoUser('coordinator').email)
    const title = `Zonder JavaScript ${unique()}`
    const meetingId = await planMeeting(coordinator, title)
    const [person] = council('uwv-noord').withRole('voorzitter')
    if (!person) throw new Error('The demo network changed')
    await open(coordinator, `/bijeenkomsten/${meetingId}/uitnodigen`)
    await coordinator.getByRole('checkbox', { name: councilBox(council('uwv-noord').name) }).check()
    await coordinator.getByLabel(/hoogstens zoveel andere leden/).fill('0')
    await coordinator.getByRole('button', { name: 'Voorbeeld tonen' }).click()
    await coordinator.getByRole('button', { name: 'Uitnodigen', exact: true }).click()
    await coordinator.waitForURL((url) => url.pathname === `/bijeenkomsten/${meetingId}`)

    const phone = await newPage({ ...PHONE, javaScriptEnabled: false })
    await login(phone, demoUser('opbouwwerker').email)
    await open(phone, `/bijeenkomsten/${meetingId}/aanwezigheid`)
    expect(await counts(phone)).toContain('0 aanwezig van 1 op de lijst')
    await row(phone, person)
      .getByRole('button', { name: `Aanwezig (${person})` })
      .tap()
    await phone.waitForURL((url) => url.pathname === `/bijeenkomsten/${meetingId}/aanwezigheid`)
    await expect.poll(() => counts(phone)).toContain('1 aanwezig van 1 op de lijst')
    expect(
      await row(phone, person)
        .getByRole('button', { name: `Aanwezig (${person})` })
        .getAttribute('aria-pressed'),
    ).toBe('true')
  })
})
