// The exports of organisations and people, taken through (a) LibreOffice — as a Dutch user
// opens them — and (b) Raadnet's own import into an empty database, come back unchanged.
//
// LibreOffice is taken from SOFFICE_PATH, else /usr/bin/soffice, else soffice or libreoffice
// on PATH. Without it the LibreOffice test is skipped with a loud warning, except in CI
// (CI=true), where a missing LibreOffice fails the run (Debian: libreoffice-calc-nogui).
import { execFile } from 'node:child_process'
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { LoaderFunctionArgs } from '@remix-run/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeCsvBytes, parseCsvRecords, readCsv } from '~/models/import/csv-read.ts'
import { previewImport, runImport } from '~/models/import/import.server.ts'
import { guessMapping, type ImportKind } from '~/models/import/import-fields.ts'
import { loader as organisationsExport } from '~/routes/organisaties.export[.]csv.ts'
import { loader as peopleExport } from '~/routes/personen.export[.]csv.ts'
import { prisma } from '~/utils/db.server.ts'
import { createTestMunicipality, makeRequest, signedIn, testContext } from '../factories.ts'

const run = promisify(execFile)

// Returns true when `file` is an executable regular file.
function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

// Returns the LibreOffice binary to use, or null when there is none.
function findSoffice() {
  if (process.env.SOFFICE_PATH)
    return isExecutable(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : null
  if (isExecutable('/usr/bin/soffice')) return '/usr/bin/soffice'
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      if (isExecutable(path.join(dir, name))) return path.join(dir, name)
    }
  }
  return null
}

const soffice = findSoffice()
const inCi = process.env.CI === 'true'
if (!soffice && !inCi) {
  const banner = [
    'WARNING: THE LIBREOFFICE ROUND TRIP WAS SKIPPED — NO LIBREOFFICE (soffice) FOUND.',
    '',
    'Nobody checked that the CSV exports open correctly in LibreOffice. Looked at',
    'SOFFICE_PATH, /usr/bin/soffice and soffice/libreoffice on PATH.',
    '',
    'Install it to run the test:   apt-get install -y libreoffice-calc-nogui',
    '(In CI, with CI=true, a missing LibreOffice fails the run.)',
  ]
  const rule = '!'.repeat(78)
  console.warn(['', rule, '!!', ...banner.map((text) => `!!  ${text}`.trimEnd()), '!!', rule, ''].join('\n'))
}

type Loader = (args: LoaderFunctionArgs) => Promise<Response>

const workDir = mkdtempSync(path.join(tmpdir(), 'raadnet-roundtrip-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

// The exported files, downloaded once before the database is emptied for the import.
const exported: Record<ImportKind, Uint8Array> = { ORGANISATIONS: new Uint8Array(), PEOPLE: new Uint8Array() }
let actorId = ''

// Returns the bytes of an export as the browser downloads it.
async function download(loader: Loader, url: string, cookie: string) {
  const response = await loader({ request: makeRequest(url, { cookie }), params: {}, context: testContext() })
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

// Returns the cells of a CSV file exactly as written: every record, every field, untrimmed.
function cellsOf(bytes: Uint8Array) {
  const { text } = decodeCsvBytes(bytes)
  const records = parseCsvRecords(text, ';')
  if (!records.ok) throw new Error(`unclosed quote in record ${records.openQuoteRecord}`)
  return records.records
}

// Returns the organisations as far as the import carries them, by name.
async function organisationSnapshot() {
  const organisations = await prisma.organisation.findMany({
    select: {
      name: true,
      type: true,
      address: true,
      postcode: true,
      city: true,
      email: true,
      phone: true,
      website: true,
      municipalities: { select: { municipality: { select: { name: true } } } },
    },
    orderBy: { name: 'asc' },
  })
  return organisations.map(({ municipalities, ...organisation }) => ({
    ...organisation,
    municipalities: municipalities.map((link) => link.municipality.name).sort(),
  }))
}

// Returns the people with their current memberships (organisation and role), by name.
async function peopleSnapshot() {
  const people = await prisma.person.findMany({
    select: {
      name: true,
      email: true,
      phone: true,
      memberships: {
        where: { endDate: null },
        select: { role: true, organisation: { select: { name: true } } },
      },
    },
    orderBy: { name: 'asc' },
  })
  return people.map(({ memberships, ...person }) => ({
    ...person,
    memberships: memberships
      .map((membership) => `${membership.organisation.name} (${membership.role})`)
      .sort(),
  }))
}

beforeAll(async () => {
  const worker = await signedIn('opbouwwerker')
  actorId = (await signedIn('coordinator')).user.id
  const sudwest = await createTestMunicipality({ name: 'Súdwest-Fryslân' })
  const tytsjerk = await createTestMunicipality({ name: 'Tytsjerksteradiel' })
  const council = await prisma.organisation.create({
    data: {
      name: 'Cliëntenraad Werk en Inkomen Súdwest-Fryslân',
      type: 'CLIENT_COUNCIL_WI',
      address: 'Postbus 12\nAfdeling ïnkomen; tweede verdieping',
      postcode: '8601 AB',
      city: 'Sneek',
      email: 'crwi@sudwest.example',
      phone: '+31515123456',
      website: 'https://crwi-sudwest.example/',
      municipalities: { create: [{ municipalityId: sudwest.id }, { municipalityId: tytsjerk.id }] },
    },
  })
  const formula = await prisma.organisation.create({
    data: {
      name: '=SUM(A1:A3) Rekenraad',
      type: 'PARTNER',
      address: '-',
      phone: '+3221234567',
      city: '@Gent',
    },
  })
  const comma = await prisma.organisation.create({
    data: {
      name: 'Wmo-raad Noord, Oost en West (regio)',
      type: 'WMO_COUNCIL',
      email: 'wmo@noord.example',
      municipalities: { create: [{ municipalityId: tytsjerk.id }] },
    },
  })
  await prisma.person.create({
    data: {
      name: 'Jolanda de Vriës',
      email: 'jolanda@example.org',
      phone: '+31612345678',
      memberships: {
        create: [
          { organisationId: council.id, role: 'voorzitter', startDate: new Date(Date.UTC(2021, 0, 1)) },
          { organisationId: comma.id, role: 'lid' },
        ],
      },
    },
  })
  await prisma.person.create({
    data: {
      name: '@Ïlse "Ilse" Hoekstra',
      phone: '+3225551234',
      memberships: { create: [{ organisationId: formula.id, role: 'wethouder / portefeuillehouder' }] },
    },
  })
  await prisma.person.create({ data: { name: 'Sjoerd zonder lidmaatschap' } })
  exported.ORGANISATIONS = await download(
    organisationsExport,
    '/organisaties/export.csv?status=alle',
    worker.cookie,
  )
  exported.PEOPLE = await download(peopleExport, '/personen/export.csv', worker.cookie)
})

describe('the exports in LibreOffice', () => {
  if (!soffice && inCi) {
    it('finds LibreOffice, which CI must have', () => {
      throw new Error(
        'No LibreOffice (soffice) found: looked at SOFFICE_PATH, /usr/bin/soffice and PATH. Install libreoffice-calc-nogui.',
      )
    })
  }

  it.skipIf(!soffice)(
    'open with every cell in its own column, accents and line breaks intact, and save back the same',
    { timeout: 180_000 },
    async () => {
      const binary = soffice ?? 'soffice'
      const files = { ORGANISATIONS: 'organisaties.csv', PEOPLE: 'personen.csv' } as const
      for (const kind of ['ORGANISATIONS', 'PEOPLE'] as const) {
        expect(cellsOf(exported[kind]).flat().join(' '), kind).toMatch(/ë|ï/)
        writeFileSync(path.join(workDir, files[kind]), exported[kind])
      }
      // A private profile, and Dutch settings as a Dutch user has them. The import filter
      // says what LibreOffice's dialog proposes for these files: ";" and '"', UTF-8, from
      // line 1, Dutch, no special-number detection.
      const options = {
        cwd: workDir,
        env: { ...process.env, LC_ALL: 'nl_NL.UTF-8', LANG: 'nl_NL.UTF-8', HOME: workDir },
        timeout: 150_000,
      }
      const profile = `-env:UserInstallation=file://${path.join(workDir, 'profiel')}`
      const csvFiles = Object.values(files)
      await run(
        binary,
        [
          profile,
          '--headless',
          '--norestore',
          '--infilter=CSV:59,34,76,1,,1043,false,false',
          '--convert-to',
          'ods',
          '--outdir',
          'ods',
          ...csvFiles,
        ],
        options,
      )
      await run(
        binary,
        [
          profile,
          '--headless',
          '--norestore',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):59,34,76,1,,1043,false,true,true',
          '--outdir',
          'terug',
          ...csvFiles.map((file) => path.join('ods', file.replace(/\.csv$/, '.ods'))),
        ],
        options,
      )
      for (const kind of ['ORGANISATIONS', 'PEOPLE'] as const) {
        const original = cellsOf(exported[kind])
        const back = cellsOf(readFileSync(path.join(workDir, 'terug', files[kind])))
        expect(back[0], `${kind} header`).toEqual(original[0])
        expect(back, kind).toEqual(original)
      }
      // What a user sees in the spreadsheet: the formula-looking name as text with its
      // apostrophe, the address with its line break and semicolon in one cell.
      const organisations = cellsOf(readFileSync(path.join(workDir, 'terug', files.ORGANISATIONS)))
      expect(organisations.map((row) => row[0])).toContain("'=SUM(A1:A3) Rekenraad")
      expect(organisations.map((row) => row[6])).toContain('Postbus 12\nAfdeling ïnkomen; tweede verdieping')
    },
  )
})

describe('the exports through the import', () => {
  it('bring back the same organisations and people in an empty database', async () => {
    const organisationsBefore = await organisationSnapshot()
    const peopleBefore = await peopleSnapshot()
    expect(organisationsBefore).toHaveLength(3)
    expect(peopleBefore).toHaveLength(3)
    await prisma.person.deleteMany()
    await prisma.organisation.deleteMany()

    for (const kind of ['ORGANISATIONS', 'PEOPLE'] as const) {
      const read = readCsv(exported[kind])
      if (!read.ok) throw new Error(`${kind}: ${read.error}`)
      const mapping = guessMapping({ kind, header: read.table.header })
      const preview = await previewImport({ kind, table: read.table, mapping })
      expect(preview.counts, kind).toEqual({ new: 3, duplicate: 0, error: 0 })
      const result = await runImport({
        kind,
        table: read.table,
        mapping,
        decisions: { rows: new Map(), duplicates: null, skipErrors: false },
        fingerprint: preview.fingerprint,
        actorId,
        fileName: `${kind}.csv`,
      })
      expect(result, kind).toMatchObject({ ok: true, report: { created: 3 } })
    }
    expect(await organisationSnapshot()).toEqual(organisationsBefore)
    expect(await peopleSnapshot()).toEqual(peopleBefore)
  })
})
