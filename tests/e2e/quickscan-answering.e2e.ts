// Answering a quick scan on a phone: a council member opens the personal link, reads how the
// answers stay anonymous, answers every step by tapping and with the keyboard, leaves
// halfway and comes back through the same link (the answers are still there), sends the
// questionnaire, and the link then says it was answered. A wrong link gets the neutral page,
// and the steps also work without JavaScript.
//
// The scan and its invitations are written straight into the server's database (only the
// SHA-256 of each token, as the app stores it), so this file does not depend on the scan pages.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { PrismaClient } from '../../app/generated/prisma/client.ts'
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

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const DAY_MS = 86_400_000

let prisma: PrismaClient
const tokens: Record<'phone' | 'noScript', string> = { phone: '', noScript: '' }
let scanTitle = ''
// The municipality, council and questionnaire the invitation test builds a scan with.
const inviting = { municipality: '', council: '', questionnaireId: '' }

// Returns today's Dutch calendar day as stored (midnight UTC), moved by `days`.
function dutchDay(days: number) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date())
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY_MS)
}

beforeAll(async () => {
  prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${inject('databasePath')}` }) })
  const suffix = randomUUID().slice(0, 8)
  const creator = await prisma.user.findFirstOrThrow({ where: { role: 'coordinator' } })
  const municipality = await prisma.municipality.create({
    data: { name: `Telefoonstad ${suffix}`, cbsCode: `GM${suffix}`, province: 'Fryslân' },
  })
  const questionnaire = await prisma.questionnaire.create({
    data: { familyId: `e2e-${suffix}`, versionNumber: 1, name: 'Quickscan e2e' },
  })
  const dimensions = [
    {
      code: 'A',
      name: 'Doel en positie',
      items: [
        {
          code: 'A1',
          kind: 'LIKERT',
          text: 'Het doel van de cliëntenraad is voor alle betrokkenen duidelijk.',
        },
        { code: 'A2', kind: 'LIKERT', text: 'De gemeente ziet de raad als een serieuze gesprekspartner.' },
        {
          code: 'A-open',
          kind: 'OPEN',
          text: 'Wat zou volgens u het belangrijkste doel van de raad moeten zijn?',
        },
      ],
    },
    {
      code: 'E',
      name: 'Invloed en resultaat',
      items: [
        { code: 'E1', kind: 'LIKERT', text: 'De gemeente reageert tijdig en schriftelijk op adviezen.' },
        {
          code: 'E5',
          kind: 'LADDER',
          text: 'Op welke trede staat de betrokkenheid van de raad nu meestal, en waar zou die moeten staan?',
          choices: 'informeren\nraadplegen\nadviseren\ncoproduceren\nmeebeslissen',
        },
      ],
    },
  ]
  for (const [index, spec] of dimensions.entries()) {
    const dimension = await prisma.questionnaireDimension.create({
      data: { questionnaireId: questionnaire.id, code: spec.code, name: spec.name, position: index + 1 },
    })
    for (const [position, item] of spec.items.entries()) {
      await prisma.questionnaireItem.create({
        data: {
          questionnaireId: questionnaire.id,
          dimensionId: dimension.id,
          code: item.code,
          kind: item.kind,
          text: item.text,
          choices: 'choices' in item ? item.choices : null,
          position: position + 1,
        },
      })
    }
  }
  scanTitle = `Quick scan Telefoonstad ${suffix}`
  const scan = await prisma.quickScan.create({
    data: {
      title: scanTitle,
      municipalityId: municipality.id,
      questionnaireId: questionnaire.id,
      opensOn: dutchDay(-1),
      closesOn: dutchDay(14),
      status: 'OPEN',
      createdById: creator.id,
    },
  })
  inviting.questionnaireId = questionnaire.id
  inviting.municipality = `Uitnodigstad ${suffix}`
  inviting.council = `Cliëntenraad Uitnodigstad ${suffix}`
  const other = await prisma.municipality.create({
    data: { name: inviting.municipality, cbsCode: `GN${suffix}`, province: 'Fryslân' },
  })
  const council = await prisma.organisation.create({
    data: {
      name: inviting.council,
      type: 'CLIENT_COUNCIL_WI',
      municipalities: { create: [{ municipalityId: other.id }] },
    },
  })
  for (const [name, role, email] of [
    ['Hanna Handmatig', 'lid', null],
    ['Ina Inbox', 'voorzitter', `ina-${suffix}@example.org`],
  ] as const) {
    await prisma.person.create({
      data: { name, email, memberships: { create: [{ organisationId: council.id, role }] } },
    })
  }
  for (const key of ['phone', 'noScript'] as const) {
    const token = randomBytes(32).toString('base64url')
    tokens[key] = token
    await prisma.quickScanInvitation.create({
      data: {
        scanId: scan.id,
        group: 'COUNCIL',
        name: `Respondent ${key}`,
        tokenHash: createHash('sha256').update(token).digest('hex'),
      },
    })
  }
})

afterAll(async () => {
  await prisma?.$disconnect()
})

// The question (a fieldset) with this text.
const question = (page: Page, text: string | RegExp) => page.getByRole('group', { name: text })

// Chooses an answer of a question by tapping its label.
async function tap(page: Page, questionText: string | RegExp, answer: string) {
  await question(page, questionText).getByRole('radio', { name: answer, exact: true }).check()
}

// Presses a navigation button and waits for the step in the address.
async function go(page: Page, button: string, step: number) {
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.waitForURL((url) => url.searchParams.get('stap') === String(step))
}

const progress = async (page: Page) => (await page.getByText(/^Stap \d+ van \d+$/).textContent())?.trim()

describe('answering a quick scan', () => {
  test('a council member answers on a phone, comes back halfway, sends, and the link then says thank you', async () => {
    const link = `/vragenlijst/${tokens.phone}`
    const phone = await newPage(PHONE)
    await open(phone, link)
    expect(await pageHeading(phone)).toBe('Welkom')
    expect(await progress(phone)).toBe('Stap 1 van 5')
    const intro = await mainText(phone)
    expect(intro).toContain(scanTitle)
    expect(intro).toContain('Uw antwoorden zijn anoniem')
    expect(intro).toContain('Niemand kan zien welke antwoorden van u zijn')
    // No cookie identifies the respondent.
    expect(await phone.context().cookies()).toEqual([])

    await go(phone, 'Beginnen', 2)
    await expect.poll(() => pageHeading(phone)).toBe('Over u')
    await tap(phone, 'Wat is uw rol?', 'Secretaris')
    // With the keyboard: into the group with Tab-free focus, then arrows choose.
    const years = question(phone, 'Hoe lang heeft u deze rol al?')
    await years.getByRole('radio', { name: 'Korter dan 1 jaar' }).focus()
    await phone.keyboard.press('Space')
    await phone.keyboard.press('ArrowDown')
    expect(await years.getByRole('radio', { name: '1 tot 3 jaar' }).isChecked()).toBe(true)
    await go(phone, 'Volgende', 3)

    await expect.poll(() => pageHeading(phone)).toBe('Doel en positie')
    await tap(phone, /^Het doel van de cliëntenraad/, 'Eens')
    await phone.getByLabel(/^Wat zou volgens u het belangrijkste doel/).fill('Meer <b>invloed</b> op beleid.')
    // A missing answer gets a message beside it; what was given stays.
    allowHttpErrorStatus(phone, 400, link)
    await phone.getByRole('button', { name: 'Volgende', exact: true }).click()
    const missing = question(phone, /^De gemeente ziet de raad/)
    await expect
      .poll(() => missing.textContent())
      .toContain('Kies een antwoord. Weet u het niet? Kies dan "Weet ik niet / n.v.t.".')
    // The message at the top takes the focus, so the keyboard does not start over at the top.
    await expect.poll(() => phone.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    expect(
      await question(phone, /^Het doel van de cliëntenraad/)
        .getByRole('radio', { name: 'Eens', exact: true })
        .isChecked(),
    ).toBe(true)
    await tap(phone, /^De gemeente ziet de raad/, 'Weet ik niet / n.v.t.')
    await go(phone, 'Volgende', 4)
    await expect.poll(() => pageHeading(phone)).toBe('Invloed en resultaat')
    await tap(phone, /^De gemeente reageert tijdig/, 'Oneens')

    // Halfway: the respondent closes the phone and comes back later through the same link.
    await phone.close()
    const later = await newPage(PHONE)
    await open(later, link)
    expect(await mainText(later)).toContain('U heeft al een deel ingevuld.')
    await later.getByRole('link', { name: 'Verder met stap 4' }).click()
    await later.waitForURL((url) => url.searchParams.get('stap') === '4')
    await expect.poll(() => pageHeading(later)).toBe('Invloed en resultaat')
    await go(later, 'Vorige', 3)
    expect(
      await question(later, /^Het doel van de cliëntenraad/)
        .getByRole('radio', { name: 'Eens', exact: true })
        .isChecked(),
    ).toBe(true)
    expect(await later.getByLabel(/^Wat zou volgens u het belangrijkste doel/).inputValue()).toBe(
      'Meer <b>invloed</b> op beleid.',
    )
    await go(later, 'Volgende', 4)
    await tap(later, /^De gemeente reageert tijdig/, 'Oneens')
    await tap(later, 'Hoe is het nu?', 'raadplegen')
    await tap(later, 'Hoe zou het moeten zijn?', 'coproduceren')
    await go(later, 'Volgende', 5)

    await expect.poll(() => pageHeading(later)).toBe('Controleren en versturen')
    const review = await mainText(later)
    expect(review).toContain('Secretaris')
    expect(review).toContain('Weet ik niet / n.v.t.')
    expect(review).toContain('Nu: raadplegen. Zoals het zou moeten: coproduceren.')
    // Markup typed in an open answer is shown as the characters typed.
    expect(review).toContain('Meer <b>invloed</b> op beleid.')
    await later.getByRole('button', { name: 'Versturen' }).click()
    await later.waitForURL((url) => url.searchParams.has('verstuurd'))
    await expect.poll(() => pageHeading(later)).toBe('Dank u wel')
    expect(await mainText(later)).toContain('Uw antwoorden zijn verstuurd.')

    // The link now only says thank you.
    const again = await newPage(PHONE)
    await open(again, link)
    expect(await pageHeading(again)).toBe('Dank u wel')
    expect(await mainText(again)).toContain('U heeft de vragenlijst al ingevuld.')
    expect(await mainText(again)).not.toContain(scanTitle)
  })

  test('a wrong link gets the neutral page, and the steps work without JavaScript', async () => {
    const wrong = `/vragenlijst/${randomBytes(32).toString('base64url')}`
    const phone = await newPage({ ...PHONE, javaScriptEnabled: false })
    allowHttpErrorStatus(phone, 404, wrong)
    const response = await open(phone, wrong)
    expect(response.status()).toBe(404)
    expect(await pageHeading(phone)).toBe('Deze link werkt niet (meer)')
    expect(await mainText(phone)).not.toContain(scanTitle)
    // Nothing to click through to: the name in the header is no link to the staff login.
    expect(await phone.locator('a[href="/"]').count()).toBe(0)

    const link = `/vragenlijst/${tokens.noScript}`
    await open(phone, link)
    await phone.getByRole('button', { name: 'Beginnen' }).click()
    await phone.waitForURL((url) => url.searchParams.get('stap') === '2')
    await tap(phone, 'Wat is uw rol?', 'Lid')
    await tap(phone, 'Hoe lang heeft u deze rol al?', 'Langer dan 5 jaar')
    await phone.getByRole('button', { name: 'Volgende', exact: true }).click()
    await phone.waitForURL((url) => url.searchParams.get('stap') === '3')
    expect(pathname(phone)).toBe(link)
    expect(await pageHeading(phone)).toBe('Doel en positie')
    expect(await progress(phone)).toBe('Stap 3 van 5')
  })

  test('an opbouwwerker creates a scan, invites council members and municipal staff, and a link works once it opens', async () => {
    const title = `Quick scan ${inviting.municipality}`
    const worker = await newPage()
    await login(worker, demoUser('opbouwwerker').email)
    await open(worker, '/quickscans/nieuw')
    await worker.getByLabel(/^Titel/).fill(title)
    await worker.getByLabel(/^Gemeente/).selectOption({ label: inviting.municipality })
    await worker.getByRole('button', { name: 'Raden van deze gemeente tonen' }).click()
    await worker.getByRole('checkbox', { name: new RegExp(`^${inviting.council}`) }).check()
    await worker.getByLabel(/^Vragenlijst/).selectOption(inviting.questionnaireId)
    await worker.getByRole('button', { name: 'Quick scan aanmaken' }).click()
    await worker.waitForURL(
      (url) => /^\/quickscans\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/nieuw'),
    )
    const scanPath = pathname(worker)
    await expect.poll(() => pageHeading(worker)).toBe(title)
    expect(await mainText(worker)).toContain('Niemand kan een antwoord aan een persoon koppelen.')
    expect(await worker.getByRole('button', { name: 'Openen voor invullen' }).isDisabled()).toBe(true)

    await worker.getByRole('link', { name: 'Uitnodigen', exact: true }).click()
    await worker.waitForURL((url) => url.pathname === `${scanPath}/uitnodigen`)
    await worker.getByLabel(/^Alle 2 leden/).check()
    await worker.getByLabel(/^Medewerkers van de gemeente/).fill('Gerrit Gemeente <gerrit@example.org>')
    await worker.getByRole('button', { name: 'Voorbeeld tonen' }).click()
    await worker.getByText('Nieuw uit te nodigen: 3.').waitFor()
    await worker.getByRole('button', { name: 'Uitnodigen', exact: true }).click()
    // The links are shown this once, each in a field to copy.
    const linkField = worker.getByLabel(/^Link voor Hanna Handmatig/)
    await linkField.waitFor()
    const link = await linkField.inputValue()
    expect(link).toMatch(/\/vragenlijst\/[A-Za-z0-9_-]{43}$/)
    expect(await mainText(worker)).toContain('Geen e-mailadres: geef deze link zelf.')
    await open(worker, `${scanPath}/uitnodigen`)
    expect(await mainText(worker)).not.toContain('/vragenlijst/')
    expect(await worker.getByRole('table', { name: 'Uitgenodigd' }).getByRole('row').count()).toBe(4)

    // Before the scan opens, the link is like any wrong link.
    const phone = await newPage(PHONE)
    const linkPath = new URL(link).pathname
    allowHttpErrorStatus(phone, 404, linkPath)
    expect((await open(phone, linkPath)).status()).toBe(404)
    await open(worker, scanPath)
    await worker.getByRole('button', { name: 'Openen voor invullen' }).click()
    await expect.poll(() => mainText(worker)).toContain('Invullen kan nu')
    expect((await open(phone, linkPath)).status()).toBe(200)
    expect(await pageHeading(phone)).toBe('Welkom')
    expect(await mainText(phone)).toContain(title)
  })
})
