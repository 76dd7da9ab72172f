// The plan van aanpak and the goede gesprek of a demo quick scan in a real browser: the demo
// opbouwwerker (the scans' supporter) adds an action to the plan of Smallingerland, sets it
// to "bezig" with one tap, and finds it in Mijn acties and on the council's page; the goede
// gesprek of Heerenveen is saved without JavaScript; a lezer reads the plan without forms.
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { demoUser, login, mainText, open, pageHeading, setupBrowser } from './browser.ts'

const { newPage } = setupBrowser()

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns the id of a demo scan and of its first council, read from the server's database.
function demoScan(title: string) {
  const db = new Database(inject('databasePath'), { readonly: true })
  try {
    const row = db
      .prepare(
        `SELECT s.id AS scanId, c.organisationId AS councilId FROM QuickScan s
         JOIN QuickScanCouncil c ON c.scanId = s.id WHERE s.title = ?`,
      )
      .get(title) as { scanId: string; councilId: string } | undefined
    if (!row) throw new Error(`No demo scan "${title}"`)
    return row
  } finally {
    db.close()
  }
}

// The text of the toasts shown after a redirect.
async function toastText(page: Page) {
  return (await page.getByRole('status').allTextContents()).join(' ')
}

// The card of the action titled `title`.
function actionCard(page: Page, title: string) {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) })
}

describe('the plan van aanpak', () => {
  test('an opbouwwerker adds an action, sets it to bezig, and finds it in Mijn acties and on the council page', async () => {
    const { scanId, councilId } = demoScan('Quickscan cliëntenparticipatie Smallingerland 2026')
    const title = `Terugkoppeling aan de achterban ${unique()}`
    const page = await newPage()
    await login(page, demoUser('opbouwwerker').email)
    await open(page, `/quickscans/${scanId}/plan`)
    expect(await pageHeading(page)).toBe(
      'Plan van aanpak: Quickscan cliëntenparticipatie Smallingerland 2026',
    )
    // The demo plan has actions in every status, and some are late.
    const overview = page.getByRole('region', { name: 'Overzicht' })
    for (const status of ['open', 'bezig', 'gereed', 'vervallen', 'te laat']) {
      await expect.poll(() => overview.textContent()).toContain(status)
    }
    expect(await page.getByText('te laat', { exact: true }).count()).toBeGreaterThan(1)

    const form = page.getByRole('region', { name: 'Actie toevoegen' })
    await form.getByLabel(/^Wat/).fill(title)
    await form.getByLabel('Toelichting').fill('Na elke vergadering een korte nieuwsbrief.')
    await form.getByLabel('Onderwerp uit de scan').selectOption({ label: 'B — Samenstelling en achterban' })
    await form
      .getByLabel(/^Wie voert het uit/)
      .selectOption({ label: 'Cliëntenraad Smallingerland (uitkeringsgerechtigden en minima)' })
    await form.getByLabel('Uiterlijk op').fill('2027-03-31')
    await form.getByRole('button', { name: 'Actie toevoegen' }).click()
    await expect.poll(() => toastText(page)).toContain('De actie is toegevoegd.')
    const card = actionCard(page, title)
    await expect.poll(() => card.textContent()).toContain('uiterlijk 31 maart 2027')
    expect(await card.textContent()).toContain('Opvolging: Otto Opbouwwerker')

    await card.getByRole('button', { name: `Zet "${title}" op bezig` }).click()
    await expect.poll(() => toastText(page)).toContain('De actie staat nu op bezig.')
    const busy = page.getByRole('region', { name: /^Bezig \(\d+\)$/ })
    await expect.poll(() => busy.textContent()).toContain(title)

    await open(page, '/acties')
    await expect.poll(() => mainText(page)).toContain(`Quickscan Smallingerland: ${title}`)
    const mine = page.getByRole('listitem').filter({ hasText: `Quickscan Smallingerland: ${title}` })
    await mine.getByRole('link', { name: 'Naar de actie in het plan van aanpak' }).click()
    await page.waitForURL(
      (url) => url.pathname === `/quickscans/${scanId}/plan` && url.hash.startsWith('#actie-'),
    )

    await open(page, `/organisaties/${councilId}`)
    const section = page.getByRole('region', { name: 'Quickscan-acties' })
    await expect.poll(() => section.textContent()).toContain(title)
    await section
      .getByRole('link', { name: 'Scan: Quickscan cliëntenparticipatie Smallingerland 2026' })
      .first()
      .click()
    await page.waitForURL((url) => url.pathname === `/quickscans/${scanId}/plan`)
  })

  test('a lezer reads the plan without any form or status button', async () => {
    const { scanId } = demoScan('Quickscan cliëntenparticipatie Heerenveen 2026')
    const page = await newPage()
    await login(page, demoUser('lezer').email)
    await open(page, `/quickscans/${scanId}/plan`)
    expect(await pageHeading(page)).toBe('Plan van aanpak: Quickscan cliëntenparticipatie Heerenveen 2026')
    await expect.poll(() => mainText(page)).toContain('Stukken drie weken voor de vergadering')
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Bezig|Gereed|Actie toevoegen/ })
        .count(),
    ).toBe(0)
  })
})

describe('the goede gesprek', () => {
  test('is saved without JavaScript, with a note on a flagged topic', async () => {
    const { scanId } = demoScan('Quickscan cliëntenparticipatie Heerenveen 2026')
    const note = `Afspraak gemaakt over een samenvatting in gewone taal ${unique()}`
    const page = await newPage({ javaScriptEnabled: false })
    await login(page, demoUser('opbouwwerker').email)
    await open(page, `/quickscans/${scanId}/gesprek`)
    expect(await pageHeading(page)).toBe('Het goede gesprek: Quickscan cliëntenparticipatie Heerenveen 2026')
    const flagged = page.getByRole('region', { name: 'Onderwerpen uit de uitslag' })
    await expect.poll(() => flagged.textContent()).toContain('verschil')
    const field = flagged.getByLabel(/^Aantekening bij C1 — /)
    await field.fill(note)
    await page.getByRole('button', { name: 'Gesprek opslaan' }).click()
    await page.waitForURL((url) => url.pathname === `/quickscans/${scanId}/gesprek`)
    await expect.poll(() => toastText(page)).toContain('Het goede gesprek is opgeslagen.')
    expect(
      await page
        .getByRole('region', { name: 'Onderwerpen uit de uitslag' })
        .getByLabel(/^Aantekening bij C1 — /)
        .inputValue(),
    ).toBe(note)
  })
})
