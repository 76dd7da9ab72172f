// Documents in a real browser: an opbouwwerker uploads a PDF, finds it with the header search
// by a phrase from inside the file, opens it and downloads it again; without JavaScript a
// refused upload keeps what was typed and asks for the file again.
import { readFile } from 'node:fs/promises'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import type { Locator, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import {
  allowHttpErrorStatus,
  demoUser,
  login,
  open,
  pageHeading,
  pathname,
  setupBrowser,
} from './browser.ts'

const { newPage } = setupBrowser()

const NEW_PATH = '/documenten/nieuw'

// Returns a suffix that makes texts unique across test runs.
function unique() {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`
}

// Returns `text` with the characters a regular expression treats specially escaped.
function literal(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Returns the form control labelled `label` (a required one says "(verplicht)" after it).
function control(scope: Page | Locator, label: string) {
  return scope.getByLabel(new RegExp(`^${literal(label)}\\s*(\\(verplicht\\))?$`))
}

// Returns a PDF with `lines` of text on one page.
async function makePdf(lines: string[]) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage()
  lines.forEach((line, index) => {
    page.drawText(line, { x: 50, y: 750 - index * 20, font, size: 12 })
  })
  return Buffer.from(await pdf.save())
}

test('an opbouwwerker uploads a PDF, finds it by a phrase from inside it, opens it and downloads it', async () => {
  const page = await newPage()
  await login(page, demoUser('opbouwwerker').email)
  const id = unique()
  const title = `Visiedocument bestaanszekerheid ${id}`
  const marker = `proefzin${id}`
  const fileName = `visie-${id}.pdf`
  const pdf = await makePdf([
    'Visie van de cliëntenraden op bestaanszekerheid',
    `De raden vragen een ruimhartige kwijtschelding ${marker} voor alle minima.`,
  ])

  await open(page, '/documenten')
  await page.getByRole('link', { name: 'Nieuw document' }).click()
  await page.waitForURL((url) => url.pathname === NEW_PATH)
  await control(page, 'Soort document').selectOption({ label: 'Visiedocument' })
  await control(page, 'Titel').fill(title)
  await control(page, 'Datum van het document').fill('2026-11-02')
  await control(page, 'Bestand').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf })
  await page.getByRole('button', { name: 'Document opslaan' }).click()
  await page.waitForURL((url) => /^\/documenten\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
  await expect.poll(() => pageHeading(page)).toBe(title)
  const documentPath = pathname(page)
  const main = page.getByRole('main')
  await expect.poll(() => main.textContent()).toContain('Tekst doorzoekbaar')

  // The header's search box finds the document by words from inside the PDF.
  await open(page, '/')
  const box = page.getByRole('searchbox', { name: 'Zoeken in Raadnet' })
  await box.fill(`kwijtschelding ${marker}`)
  await box.press('Enter')
  await page.waitForURL((url) => url.pathname === '/zoeken')
  const heading = page.getByRole('heading', { level: 2, name: 'Documenten (1)' })
  await heading.waitFor()
  const hit = page.locator('main section', { has: heading }).getByRole('link', { name: title })
  expect(
    (await page.locator('main section', { has: heading }).locator('mark').allTextContents()).map((text) =>
      text.toLowerCase(),
    ),
  ).toContain(marker)
  await hit.click()
  await page.waitForURL((url) => url.pathname === documentPath)
  await expect.poll(() => pageHeading(page)).toBe(title)

  // The download gives back the same bytes under the same name.
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Bestand downloaden' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(fileName)
  expect(Buffer.compare(await readFile(await download.path()), pdf)).toBe(0)
})

test('a file name with a semicolon is stored as it is, and on a phone the document page does not scroll sideways', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } })
  await login(page, demoUser('opbouwwerker').email)
  const title = `Notulen ${unique()}`
  const fileName = 'notulen; concept=2.txt'
  await open(page, NEW_PATH)
  await control(page, 'Soort document').selectOption({ label: 'Verslag' })
  await control(page, 'Titel').fill(title)
  await control(page, 'Bestand').setInputFiles({
    name: fileName,
    mimeType: 'text/plain',
    buffer: Buffer.from('Notulen van de vergadering.'),
  })
  await page.getByRole('button', { name: 'Document opslaan' }).click()
  await page.waitForURL((url) => /^\/documenten\/[^/]+$/.test(url.pathname) && url.pathname !== NEW_PATH)
  await expect.poll(() => pageHeading(page)).toBe(title)
  expect(await page.getByRole('main').textContent()).toContain(fileName)
  // The versions table scrolls in its own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('without JavaScript a refused upload keeps what was typed and asks to choose the file again', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  await login(page, demoUser('opbouwwerker').email)
  await open(page, NEW_PATH)
  allowHttpErrorStatus(page, 400, NEW_PATH)
  const title = `Verdacht bestand ${unique()}`
  await control(page, 'Soort document').selectOption({ label: 'Handreiking/tip' })
  await control(page, 'Titel').fill(title)
  await control(page, 'Omschrijving').fill('Deze tekst blijft staan.')
  // A Windows program renamed to .pdf.
  const program = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.alloc(300)])
  await control(page, 'Bestand').setInputFiles({
    name: 'handreiking.pdf',
    mimeType: 'application/pdf',
    buffer: program,
  })
  const posted = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === NEW_PATH,
  )
  await page.getByRole('button', { name: 'Document opslaan' }).click()
  expect((await posted).status()).toBe(400)
  await page.waitForLoadState()

  const text = (await page.getByRole('main').textContent()) ?? ''
  expect(text).toContain('Dit soort bestand kan niet worden opgeslagen.')
  expect(text).toContain('Kies het bestand opnieuw')
  expect(await control(page, 'Titel').inputValue()).toBe(title)
  expect(await control(page, 'Omschrijving').inputValue()).toBe('Deze tekst blijft staan.')
  expect(
    await control(page, 'Soort document').evaluate(
      (element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    ),
  ).toBe('Handreiking/tip')
})
