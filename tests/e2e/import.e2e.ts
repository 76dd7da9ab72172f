// The coordinator imports organisations from a CSV file: upload, column mapping, a preview
// with one likely duplicate that is merged, the report, and the new organisation in the list.
// Without JavaScript a file with an error imports nothing until that row is skipped.
import { expect, test } from 'vitest'
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

const IMPORT_PATH = '/beheer/import'

// Returns a CSV file for the file input: UTF-8 with a BOM and ";", as LibreOffice saves it.
function csvFile(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8') }
}

test('the coordinator imports organisations, merges the duplicate and finds the new one in the list', async () => {
  const page = await newPage()
  await login(page, demoUser('coordinator').email)
  await open(page, IMPORT_PATH)
  await expect.poll(() => pageHeading(page)).toBe('CSV importeren')
  expect(await mainText(page)).toContain('Stap 1 van 3: bestand kiezen')

  await page.getByLabel('Organisaties', { exact: true }).check()
  await page
    .getByLabel('CSV-bestand')
    .setInputFiles(
      csvFile('weststellingwerf.csv', [
        'Naam;Soort;Gemeente;Plaats;Internetadres',
        'Wmo Burgerplatform Weststellingwerf;Wmo-adviesraad;Weststellingwerf;Wolvega;www.burgerplatform-wsw.example',
        'Humanitas Wolvega;Partnerorganisatie;Weststellingwerf;Wolvega;www.humanitas-wolvega.example',
      ]),
    )
  await page.getByRole('button', { name: 'Bestand inlezen' }).click()
  await page.getByRole('heading', { name: 'Kolommen koppelen' }).waitFor()
  expect(await mainText(page)).toContain(
    'weststellingwerf.csv: 2 rijen, gescheiden door puntkomma’s, tekenset UTF-8.',
  )
  expect(await page.getByLabel('Naam').inputValue()).toBe('Naam')
  expect(await page.getByLabel('Soort organisatie').inputValue()).toBe('Soort')
  // "Internetadres" is no name Raadnet knows for a website: the coordinator maps it.
  expect(await page.getByLabel('Website').inputValue()).toBe('')
  await page.getByLabel('Website').selectOption('Internetadres')
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click()

  await page.getByRole('heading', { name: 'Voorbeeld' }).waitFor()
  expect(await mainText(page)).toContain('2 rijen: 1 nieuw, 1 waarschijnlijk dubbel, 0 met fouten.')
  const duplicates = page.getByRole('table', { name: 'Waarschijnlijke dubbelen' })
  expect(await duplicates.getByRole('link', { name: 'Wmo Burgerplatform Weststellingwerf' }).count()).toBe(1)
  expect(await duplicates.textContent()).toContain('zelfde naam en gemeente')
  expect(await page.getByRole('table', { name: 'Nieuw' }).textContent()).toContain('Humanitas Wolvega')
  await page
    .getByRole('combobox', { name: 'Keuze voor rij 2 (Wmo Burgerplatform Weststellingwerf)' })
    .selectOption({ label: 'Samenvoegen' })
  await page.getByRole('button', { name: 'Importeren' }).click()

  await page.getByRole('heading', { name: 'Import voltooid' }).waitFor()
  const report = page.getByRole('table', { name: 'Resultaat van de import' })
  expect(await report.getByRole('row', { name: 'Nieuwe organisaties' }).textContent()).toContain('1')
  expect(await report.getByRole('row', { name: 'Samengevoegd met een bestaande' }).textContent()).toContain(
    '1',
  )
  expect((await page.getByRole('status').allTextContents()).join(' ')).toContain(
    'Import voltooid: 1 nieuw, 1 samengevoegd, 0 overgeslagen.',
  )

  await page.getByRole('link', { name: 'Naar de organisaties' }).click()
  await page.waitForURL((url) => url.pathname === '/organisaties')
  await open(page, '/organisaties?q=Wolvega')
  await page.getByRole('link', { name: 'Humanitas Wolvega' }).click()
  await page.waitForURL((url) => /^\/organisaties\/[^/]+$/.test(url.pathname))
  await expect.poll(() => pageHeading(page)).toBe('Humanitas Wolvega')

  // The merged organisation got the website it lacked, and kept everything else.
  await open(page, '/organisaties?q=Burgerplatform')
  await page.getByRole('link', { name: 'Wmo Burgerplatform Weststellingwerf' }).click()
  await page.getByRole('link', { name: 'https://www.burgerplatform-wsw.example/' }).waitFor()
  expect(await mainText(page)).toContain('burgerplatform@wmo-weststellingwerf.example')
})

test('without JavaScript a row with an error stops the import until the coordinator skips it', async () => {
  const page = await newPage({ javaScriptEnabled: false })
  allowHttpErrorStatus(page, 400, IMPORT_PATH)
  await login(page, demoUser('coordinator').email)
  await open(page, IMPORT_PATH)
  await page.getByLabel('Personen met lidmaatschappen').check()
  await page
    .getByLabel('CSV-bestand')
    .setInputFiles(
      csvFile('leden.csv', [
        'Naam;E-mail;Organisatie;Rol;Begindatum',
        'Froukje Dijkstra;froukje@example.org;Wmo Burgerplatform Weststellingwerf;Secretaris;01-02-2026',
        'Klaas Zonder Mail;klaas@@example;Wmo Burgerplatform Weststellingwerf;Lid;',
      ]),
    )
  await page.getByRole('button', { name: 'Bestand inlezen' }).click()
  await page.getByRole('heading', { name: 'Kolommen koppelen' }).waitFor()
  await page.getByRole('button', { name: 'Voorbeeld tonen' }).click()
  await page.getByRole('heading', { name: 'Voorbeeld' }).waitFor()
  const errors = page.getByRole('table', { name: 'Rijen met fouten' })
  expect(await errors.textContent()).toContain('E-mailadres “klaas@@example”: Vul een geldig e-mailadres in')

  await page.getByRole('button', { name: 'Importeren' }).click()
  await page.waitForLoadState()
  expect(await page.getByRole('alert').textContent()).toContain(
    'Er is niets geïmporteerd. Deze rijen hebben fouten: 3.',
  )
  await page.getByLabel('Rijen met fouten overslaan (1)').check()
  await page.getByRole('button', { name: 'Importeren' }).click()
  await page.getByRole('heading', { name: 'Import voltooid' }).waitFor()
  expect(pathname(page)).toBe(IMPORT_PATH)
  const report = page.getByRole('table', { name: 'Resultaat van de import' })
  expect(await report.getByRole('row', { name: 'Nieuwe personen' }).textContent()).toContain('1')
  expect(await report.getByRole('row', { name: 'Overgeslagen rijen met fouten' }).textContent()).toContain(
    '1',
  )
  expect(await report.getByRole('row', { name: 'Toegevoegde lidmaatschappen' }).textContent()).toContain('1')
})

test('an opbouwwerker may not import', async () => {
  const page = await newPage()
  allowHttpErrorStatus(page, 403, IMPORT_PATH)
  await login(page, demoUser('opbouwwerker').email)
  const response = await page.goto(IMPORT_PATH)
  expect(response?.status()).toBe(403)
})
