import { readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { readCsv } from '~/models/import/csv-read.ts'
import { runImport } from '~/models/import/import.server.ts'
import { readUpload, saveUpload } from '~/models/import/import-upload.server.ts'
import type { Role } from '~/models/user/roles.ts'
import { action, loader } from '~/routes/beheer.import.tsx'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

const PATH = '/beheer/import'
const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/import', name))
const utf8 = (text: string) => new TextEncoder().encode(text)

type Step = Awaited<ReturnType<typeof loader>>
type PreviewStep = Extract<Step, { uploadId: string }>
type PreviewRowView = NonNullable<PreviewStep['preview']>['rows'][number]

// Runs the import page's loader for `url` and returns its status and data.
function load(url: string, cookie: string) {
  return outcome<Step>(() =>
    loader({ request: makeRequest(url, { cookie }), params: {}, context: testContext() }),
  )
}

// Posts the upload form (multipart, as a browser does) and returns the outcome.
async function postUpload(
  cookie: string,
  {
    kind,
    name,
    bytes,
    withLength = false,
  }: { kind: string; name: string; bytes: Uint8Array; withLength?: boolean },
) {
  const form = new FormData()
  form.set('soort', kind)
  form.set('bestand', new File([new Uint8Array(bytes)], name, { type: 'text/csv' }))
  form.set('intent', 'upload')
  let request = new Request(`http://localhost${PATH}`, {
    method: 'POST',
    headers: { Cookie: cookie },
    body: form,
  })
  if (withLength) {
    // A browser says how long its form is.
    const body = await request.arrayBuffer()
    const headers = new Headers(request.headers)
    headers.set('Content-Length', String(body.byteLength))
    request = new Request(request.url, { method: 'POST', headers, body })
  }
  return outcome<{ errors: Record<string, string[]> }>(() =>
    action({ request, params: {}, context: testContext() }),
  )
}

// Uploads a file that must be readable and returns its upload id.
async function upload(
  cookie: string,
  kind: 'ORGANISATIONS' | 'PEOPLE',
  bytes: Uint8Array,
  name = 'lijst.csv',
) {
  const result = await postUpload(cookie, { kind, name, bytes })
  expect(result.status, JSON.stringify(result.data)).toBe(302)
  const id = new URL(result.location ?? '', 'http://localhost').searchParams.get('bestand')
  if (!id) throw new Error(`no upload id in ${result.location}`)
  return id
}

// Returns the URL of the preview with `mapping` (field → column).
function previewUrl(uploadId: string, mapping: Record<string, string>) {
  const params = new URLSearchParams({ bestand: uploadId, voorbeeld: '1' })
  for (const [field, column] of Object.entries(mapping)) params.set(`kolom.${field}`, column)
  return `${PATH}?${params}`
}

// Opens the mapping step, accepts the proposed mapping and returns the preview step.
async function preview(cookie: string, uploadId: string, change: Record<string, string> = {}) {
  const mapping = await load(`${PATH}?bestand=${uploadId}`, cookie)
  if (mapping.data?.step !== 'map') throw new Error(`expected the mapping step, got ${mapping.data?.step}`)
  const result = await load(previewUrl(uploadId, { ...mapping.data.mapping, ...change }), cookie)
  if (result.data?.step !== 'preview' || !result.data.preview) throw new Error('expected a preview')
  return result.data as PreviewStep & { preview: NonNullable<PreviewStep['preview']> }
}

// Posts the preview form with the given choices and returns the outcome.
function postImport(cookie: string, step: PreviewStep, choices: Record<string, string> = {}) {
  const form: Record<string, string> = {
    intent: 'import',
    bestand: step.uploadId,
    controle: step.preview?.fingerprint ?? '',
    ...Object.fromEntries(Object.entries(step.mapping).map(([field, column]) => [`kolom.${field}`, column])),
    ...choices,
  }
  return outcome<{ error: string }>(() =>
    action({ request: makeRequest(PATH, { cookie, form }), params: {}, context: testContext() }),
  )
}

// Returns the preview row with row number `row`.
function rowOf(step: { preview: { rows: PreviewRowView[] } }, row: number) {
  const found = step.preview.rows.find((candidate) => candidate.row === row)
  if (!found) throw new Error(`no preview row ${row}`)
  return found
}

let coordinator: string
let sudwest: { id: string; name: string }
let leeuwarden: { id: string; name: string }

beforeAll(async () => {
  coordinator = (await signedIn('coordinator')).cookie
  sudwest = await createTestMunicipality({ name: 'Súdwest-Fryslân' })
  leeuwarden = await prisma.municipality.create({
    data: { name: 'Leeuwarden', cbsCode: 'GM0080', province: 'Fryslân' },
  })
  const merged = await createTestMunicipality({
    name: 'Littenseradiel',
    validTo: new Date(Date.UTC(2017, 11, 31)),
  })
  await prisma.municipalitySuccession.create({
    data: { predecessorId: merged.id, successorId: leeuwarden.id },
  })
  await createTestMunicipality({ name: 'Ïlsterwâld' })
})

describe('who may import', () => {
  it('lets coordinators and admins in, and refuses lezers and opbouwwerkers the page and the upload', async () => {
    for (const role of ['lezer', 'opbouwwerker'] as Role[]) {
      const { cookie } = await signedIn(role)
      expect((await load(PATH, cookie)).status, role).toBe(403)
      const refused = await postUpload(cookie, {
        kind: 'ORGANISATIONS',
        name: 'a.csv',
        bytes: utf8('Naam\nA\n'),
      })
      expect(refused.status, role).toBe(403)
    }
    for (const role of ['coordinator', 'beheerder'] as Role[]) {
      const { cookie } = await signedIn(role)
      expect((await load(PATH, cookie)).data, role).toEqual({ step: 'upload', gone: false })
    }
  })

  it('shows and imports an upload only for whoever uploaded it', async () => {
    const uploadId = await upload(coordinator, 'ORGANISATIONS', utf8('Naam;Soort\nAndermans Raad;Partner\n'))
    const step = await preview(coordinator, uploadId)
    const other = await signedIn('beheerder')
    expect((await load(`${PATH}?bestand=${uploadId}`, other.cookie)).data).toEqual({
      step: 'upload',
      gone: true,
    })
    expect((await load(`${PATH}?bestand=../../etc/passwd`, coordinator)).data).toEqual({
      step: 'upload',
      gone: true,
    })
    const refused = await postImport(other.cookie, step)
    expect(refused.location).toBe(PATH)
    expect(await prisma.organisation.count({ where: { name: 'Andermans Raad' } })).toBe(0)
  })

  it('forgets an upload when the user starts again, and after a day', async () => {
    const uploadId = await upload(coordinator, 'ORGANISATIONS', utf8('Naam;Soort\nRaad B;Partner\n'))
    const { user } = await signedIn('coordinator')
    const restart = await outcome(() =>
      action({
        request: makeRequest(PATH, { cookie: coordinator, form: { intent: 'restart', bestand: uploadId } }),
        params: {},
        context: testContext(),
      }),
    )
    expect(restart.location).toBe(PATH)
    expect((await load(`${PATH}?bestand=${uploadId}`, coordinator)).data).toEqual({
      step: 'upload',
      gone: true,
    })

    const read = readCsv(utf8('Naam;Soort\nRaad C;Partner\n'))
    if (!read.ok) throw new Error(read.error)
    const yesterday = new Date(Date.now() - 25 * 3_600_000)
    const old = await saveUpload({
      userId: user.id,
      kind: 'ORGANISATIONS',
      fileName: 'oud.csv',
      table: read.table,
      now: yesterday,
    })
    expect(
      await readUpload({ id: old, userId: user.id, now: new Date(yesterday.getTime() + 3_600_000) }),
    ).not.toBeNull()
    expect(await readUpload({ id: old, userId: user.id })).toBeNull()
  })
})

describe('reading the file', () => {
  it('reads a file whose name has a ";" or "=" in it, as a browser sends it', async () => {
    for (const name of ['leden; 2026.csv', 'raden=export.csv']) {
      const result = await postUpload(coordinator, {
        kind: 'ORGANISATIONS',
        name,
        bytes: utf8('Naam;Plaats\nRaad A;Sneek\n'),
        withLength: true,
      })
      expect(result.status, name).toBe(302)
    }
  })

  it('reads UTF-8 with a BOM and ";", and proposes the columns by their names', async () => {
    const uploadId = await upload(coordinator, 'PEOPLE', fixture('personen-bom.csv'), 'personen-bom.csv')
    const { data } = await load(`${PATH}?bestand=${uploadId}`, coordinator)
    expect(data).toMatchObject({
      step: 'map',
      fileSummary: 'personen-bom.csv: 2 rijen, gescheiden door puntkomma’s, tekenset UTF-8.',
      header: ['Naam', 'E-mailadres', 'Telefoon', 'Organisatie', 'Rol', 'Begindatum'],
      mapping: {
        name: 'Naam',
        email: 'E-mailadres',
        phone: 'Telefoon',
        organisation: 'Organisatie',
        role: 'Rol',
        startDate: 'Begindatum',
      },
    })
    if (data?.step !== 'map') throw new Error('expected the mapping step')
    expect(data.sample[0]?.cells[0]).toBe('Jeltje van der Meer')
  })

  it('reads Windows-1252 with "," and a quoted line break, and imports it with the accents right', async () => {
    const uploadId = await upload(coordinator, 'ORGANISATIONS', fixture('organisaties-windows-1252.csv'))
    const step = await preview(coordinator, uploadId)
    expect(step.fileSummary).toBe('lijst.csv: 2 rijen, gescheiden door komma’s, tekenset Windows-1252.')
    expect(step.preview.rows.map((row) => [row.row, row.status, row.name, row.details])).toEqual([
      [2, 'new', 'Cliëntenraad Werk en Inkomen Fryslân-Oost', ['Cliëntenraad Werk en Inkomen', 'Ïlsterwâld']],
      [3, 'new', 'Wmo-raad Ïlsterwâld', ['Wmo-adviesraad', 'Ïlsterwâld']],
    ])
    expect((await postImport(coordinator, step)).status).toBe(302)
    const imported = await prisma.organisation.findFirstOrThrow({
      where: { name: 'Cliëntenraad Werk en Inkomen Fryslân-Oost' },
      include: { municipalities: { include: { municipality: true } } },
    })
    expect(imported).toMatchObject({
      type: 'CLIENT_COUNCIL_WI',
      address: 'Postbus 12\r\nAfdeling ‘Inkomen’',
      postcode: '8901 AB',
      city: 'Ïlsterwâld',
      email: 'info@crwi-oost.example',
      phone: '+31582345678',
      // A council gets the usual legal basis of its type, as with the form.
      legalBasis: 'Participatiewet art. 47\nIOAW art. 42\nIOAZ art. 42',
    })
    expect(imported.municipalities.map((link) => link.municipality.name)).toEqual(['Ïlsterwâld'])
    expect(await prisma.organisation.findFirst({ where: { name: 'Wmo-raad Ïlsterwâld' } })).toMatchObject({
      postcode: '8902 BC',
      phone: '+31612345678',
    })
  })

  it('says in Dutch what is wrong with a file that cannot be read, never a 500', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['zonder-kopregel.csv', fixture('zonder-kopregel.csv'), 'import.error.noHeader'],
      ['leeg.csv', new Uint8Array(), 'import.error.empty'],
      ['lijst.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'import.error.spreadsheet'],
      ['lijst.csv', utf8('Naam;Adres\n"Raad A;Straat 1\n'), 'import.error.unclosedQuote?row=2'],
      ['groot.csv', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61), 'import.error.tooLarge?size=5+MB'],
    ]
    for (const [name, bytes, error] of cases) {
      const result = await postUpload(coordinator, { kind: 'ORGANISATIONS', name, bytes })
      expect(result.status, name).toBe(400)
      expect(result.data?.errors, name).toEqual({ bestand: [error] })
    }
    const tooLarge = await postUpload(coordinator, {
      kind: 'ORGANISATIONS',
      name: 'groot.csv',
      bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61),
      withLength: true,
    })
    expect(tooLarge.data?.errors).toEqual({ bestand: ['import.error.tooLarge?size=5+MB'] })
    const nothing = await postUpload(coordinator, { kind: 'ONZIN', name: '', bytes: new Uint8Array() })
    expect(nothing.data?.errors).toEqual({
      soort: ['import.error.kindRequired'],
      bestand: ['import.error.fileRequired'],
    })
  })
})

describe('the preview', () => {
  it('shows every organisation row as new, a likely duplicate with what it matches, or its errors per field', async () => {
    const existing = await createTestOrganisation({
      name: 'Wmo-raad Sneek',
      type: 'WMO_COUNCIL',
      municipalityIds: [sudwest.id],
    })
    const csv = [
      'Naam;Soort;Gemeente;E-mail;Website',
      'WMO-RAAD  sneek;Wmo-adviesraad;Súdwest-Fryslân;;',
      'Wmo-raad Sneek;Wmo-adviesraad;Leeuwarden;;',
      'Raad met rommel;Wmo-adviesraad;Atlantis, GM0080;geen-mail@;niet een site',
      'Buurtraad;Buurtvereniging;Littenseradiel;;',
      'Nieuwe Partner;partner;;;',
      'nieuwe partner;Partnerorganisatie;;;',
      ';Partnerorganisatie;80;;',
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'ORGANISATIONS', utf8(csv)))
    expect(step.preview.summary).toBe('7 rijen: 2 nieuw, 2 waarschijnlijk dubbel, 3 met fouten.')
    expect(rowOf(step, 2)).toMatchObject({
      status: 'duplicate',
      matches: [
        { text: 'Wmo-raad Sneek', reason: 'zelfde naam en gemeente', href: `/organisaties/${existing.id}` },
      ],
    })
    expect(rowOf(step, 3).status).toBe('new')
    expect(rowOf(step, 4)).toMatchObject({
      status: 'error',
      errors: [
        'E-mailadres “geen-mail@”: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
        'Website “niet een site”: Vul een geldig webadres in, bijvoorbeeld www.voorbeeld.nl.',
        'Gemeente(n) “Atlantis”: Onbekende gemeente. Gebruik de naam of de CBS-code.',
      ],
    })
    expect(rowOf(step, 5).errors).toEqual([
      'Soort organisatie “Buurtvereniging”: Onbekende soort organisatie. Gebruik een soort uit Raadnet, bijvoorbeeld Wmo-adviesraad.',
      'Gemeente(n) “Littenseradiel”: Littenseradiel bestaat niet meer; gebruik Leeuwarden.',
    ])
    expect(rowOf(step, 6).status).toBe('new')
    expect(rowOf(step, 7)).toMatchObject({
      status: 'duplicate',
      matches: [
        { text: 'Nieuwe Partner (rij 6 van dit bestand)', reason: 'zelfde naam en gemeente', href: null },
      ],
    })
    expect(rowOf(step, 8).errors).toEqual(['Naam: Vul dit veld in.'])
  })

  it('shows people that share an e-mail address, or a name in the same organisation; unknown roles and bad dates are errors', async () => {
    const council = await createTestOrganisation({ name: 'Cliëntenraad Harlingen' })
    await createTestOrganisation({ name: 'Opgeheven raad', active: false })
    const anne = await prisma.person.create({
      data: {
        name: 'Anne Zijlstra',
        email: 'anne@example.org',
        memberships: { create: { organisationId: council.id, role: 'lid' } },
      },
    })
    const csv = [
      'Naam,E-mail,Organisatie,Rol,Begindatum',
      'A. Zijlstra,ANNE@example.org,,,',
      'anne zijlstra,,Cliëntenraad Harlingen,Secretaris,1-1-2025',
      'Anne Zijlstra,,,,',
      'Pieter Post,pieter@,Cliëntenraad Harlingen,Koning,31-02-2025',
      'Geert Bos,,Opgeheven raad,Lid,',
      'Fenna Bos,,,Lid,',
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'PEOPLE', utf8(csv)))
    expect(rowOf(step, 2)).toMatchObject({
      status: 'duplicate',
      matches: [{ text: 'Anne Zijlstra', reason: 'zelfde e-mailadres', href: `/personen/${anne.id}` }],
    })
    expect(rowOf(step, 3)).toMatchObject({
      status: 'duplicate',
      details: ['Cliëntenraad Harlingen (Secretaris)'],
      matches: [{ text: 'Anne Zijlstra', reason: 'zelfde naam bij dezelfde organisatie' }],
    })
    // The same name without a shared organisation or e-mail address is someone else.
    expect(rowOf(step, 4).status).toBe('new')
    expect(rowOf(step, 5).errors).toEqual([
      'E-mailadres “pieter@”: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      'Begindatum “31-02-2025”: Geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2024.',
      'Rol “Koning”: Onbekende rol. Gebruik een rol uit Raadnet, bijvoorbeeld Voorzitter of Lid.',
    ])
    expect(rowOf(step, 6).errors).toEqual([
      'Organisatie “Opgeheven raad”: Deze organisatie is niet meer actief.',
    ])
    expect(rowOf(step, 7).errors).toEqual(['Organisatie: Vul de organisatie in bij een rol of datum.'])
  })

  it('asks for the required columns before it shows a preview', async () => {
    const uploadId = await upload(coordinator, 'ORGANISATIONS', utf8('Raad;Plaats\nRaad A;Sneek\n'))
    const { data } = await load(
      previewUrl(uploadId, { name: 'Raad', city: 'Plaats', email: 'Plaats' }),
      coordinator,
    )
    expect(data).toMatchObject({
      step: 'map',
      preview: null,
      selected: { name: 'Raad', type: '', city: 'Plaats', email: 'Plaats' },
      mappingErrors: { type: 'import.mapping.required', email: 'import.mapping.columnTwice?column=Plaats' },
    })
  })
})

describe('importing', () => {
  it('imports nothing while one row among 500 has an error, and the other 499 once it is skipped', async () => {
    const lines = Array.from({ length: 500 }, (_, index) =>
      index === 316
        ? 'Bulkraad 317;Partner;bulk317@@example'
        : `Bulkraad ${index + 1};Partner;bulk${index + 1}@example.org`,
    )
    const step = await preview(
      coordinator,
      await upload(coordinator, 'ORGANISATIONS', utf8(`Naam;Soort;E-mail\n${lines.join('\n')}`)),
    )
    expect(step.preview.summary).toBe('500 rijen: 499 nieuw, 0 waarschijnlijk dubbel, 1 met fouten.')
    const refused = await postImport(coordinator, step)
    expect(refused.status).toBe(400)
    expect(refused.data?.error).toBe(
      'Er is niets geïmporteerd. Deze rijen hebben fouten: 318. Verbeter ze in het bestand en lees het opnieuw in, of kies “Rijen met fouten overslaan”.',
    )
    expect(await prisma.organisation.count({ where: { name: { startsWith: 'Bulkraad' } } })).toBe(0)

    const done = await postImport(coordinator, step, { foutenOverslaan: 'on' })
    expect(done.status).toBe(302)
    expect(done.location).toBe(`${PATH}?bestand=${step.uploadId}`)
    expect(await prisma.organisation.count({ where: { name: { startsWith: 'Bulkraad' } } })).toBe(499)
    const report = await load(done.location ?? '', coordinator)
    expect(report.data).toMatchObject({
      step: 'report',
      lines: [
        { label: 'Nieuwe organisaties', count: 499 },
        { label: 'Samengevoegd met een bestaande', count: 0 },
        { label: 'Overgeslagen dubbelen', count: 0 },
        { label: 'Overgeslagen rijen met fouten', count: 1 },
      ],
      list: { href: '/organisaties' },
    })
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'import.organisations' },
      orderBy: { at: 'desc' },
    })
    expect(audit.summary).toBe(
      'CSV-import van organisaties uit lijst.csv: 499 nieuw, 0 samengevoegd, 1 overgeslagen.',
    )

    // Importing again (a second click, the back button) changes nothing.
    const again = await postImport(coordinator, step, { foutenOverslaan: 'on' })
    expect(again.location).toBe(`${PATH}?bestand=${step.uploadId}`)
    expect(await prisma.organisation.count({ where: { name: { startsWith: 'Bulkraad' } } })).toBe(499)
  })

  it('skips, merges or creates each likely duplicate as chosen; merging fills only empty fields', async () => {
    const skipped = await createTestOrganisation({
      name: 'Keuzeraad Een',
      type: 'PARTNER',
      municipalityIds: [sudwest.id],
    })
    const merged = await createTestOrganisation({
      name: 'Keuzeraad Twee',
      type: 'PARTNER',
      municipalityIds: [sudwest.id],
    })
    await prisma.organisation.update({ where: { id: merged.id }, data: { city: 'Sneek' } })
    await createTestOrganisation({ name: 'Keuzeraad Drie', type: 'PARTNER', municipalityIds: [sudwest.id] })
    const csv = [
      'Naam;Soort;Gemeente;Plaats;Website',
      'Keuzeraad Een;Partner;Súdwest-Fryslân;Bolsward;www.een.example',
      'Keuzeraad Twee;Partner;Súdwest-Fryslân;Workum;www.twee.example',
      'Keuzeraad Drie;Partner;Súdwest-Fryslân;;',
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'ORGANISATIONS', utf8(csv)))
    expect(step.preview.rows.map((row) => row.status)).toEqual(['duplicate', 'duplicate', 'duplicate'])

    const undecided = await postImport(coordinator, step, { dubbelen: '', 'keuze.2': 'skip' })
    expect(undecided.status).toBe(400)
    expect(undecided.data?.error).toBe(
      'Er is niets geïmporteerd. Kies bij elke waarschijnlijke dubbel wat er moet gebeuren (rij 3, 4).',
    )

    const done = await postImport(coordinator, step, {
      dubbelen: 'skip',
      'keuze.3': 'merge',
      'keuze.4': 'create',
    })
    expect(done.status).toBe(302)
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: skipped.id } })).toMatchObject({
      city: null,
      website: null,
      version: 1,
    })
    expect(await prisma.organisation.findUniqueOrThrow({ where: { id: merged.id } })).toMatchObject({
      city: 'Sneek',
      website: 'https://www.twee.example/',
      version: 2,
    })
    expect(await prisma.organisation.count({ where: { name: 'Keuzeraad Drie' } })).toBe(2)
    expect(await prisma.organisation.count({ where: { name: 'Keuzeraad Een' } })).toBe(1)
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: merged.id, action: 'import.merge' },
    })
    expect(audit.summary).toBe('Aangevuld uit CSV-import lijst.csv: website.')
  })

  it('merges people: fills an empty phone number, adds the membership, and merges rows of the same person in the file', async () => {
    const council = await createTestOrganisation({ name: 'Wmo-raad Bolsward' })
    const panel = await createTestOrganisation({ name: 'Cliëntenpanel Bolsward', type: 'CLIENT_PANEL' })
    const tjitske = await prisma.person.create({
      data: {
        name: 'Tjitske de Jong',
        email: 'tjitske@example.org',
        phone: null,
        memberships: { create: { organisationId: council.id, role: 'lid' } },
      },
    })
    const csv = [
      'Naam;E-mail;Telefoon;Organisatie;Rol;Begindatum',
      'Tjitske de Jong;tjitske@example.org;06 1111 2222;Wmo-raad Bolsward;lid;01-01-2020',
      'Tjitske de Jong;tjitske@example.org;;Cliëntenpanel Bolsward;voorzitter;2024-06-01',
      'Ruurd Wiersma;ruurd@example.org;;Wmo-raad Bolsward;penningmeester;',
      'Ruurd Wiersma;ruurd@example.org;058 111 2222;Cliëntenpanel Bolsward;lid;',
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'PEOPLE', utf8(csv)))
    expect(step.preview.rows.map((row) => row.status)).toEqual(['duplicate', 'duplicate', 'new', 'duplicate'])
    expect((await postImport(coordinator, step, { dubbelen: 'merge' })).status).toBe(302)

    const after = await prisma.person.findUniqueOrThrow({
      where: { id: tjitske.id },
      include: { memberships: { orderBy: { role: 'asc' } } },
    })
    expect(after).toMatchObject({ phone: '+31611112222', version: 2 })
    expect(
      after.memberships.map((m) => [
        m.organisationId,
        m.role,
        m.startDate?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [council.id, 'lid', '2020-01-01'],
      [panel.id, 'voorzitter', '2024-06-01'],
    ])
    const ruurd = await prisma.person.findMany({
      where: { name: 'Ruurd Wiersma' },
      include: { memberships: true },
    })
    expect(ruurd).toHaveLength(1)
    expect(ruurd[0]?.phone).toBe('+31581112222')
    expect(ruurd[0]?.memberships.map((m) => m.role).sort()).toEqual(['lid', 'penningmeester'])
    const report = await load(`${PATH}?bestand=${step.uploadId}`, coordinator)
    expect(report.data).toMatchObject({
      lines: [
        { label: 'Nieuwe personen', count: 1 },
        { label: 'Samengevoegd met een bestaande', count: 3 },
        { label: 'Overgeslagen dubbelen', count: 0 },
        { label: 'Overgeslagen rijen met fouten', count: 0 },
        { label: 'Toegevoegde lidmaatschappen', count: 3 },
      ],
      list: { href: '/personen' },
    })
  })

  it('imports memberships with their roles from role columns and from "Organisatie (rol)" lists', async () => {
    await createTestOrganisation({
      name: 'Adviesraad Sociaal Domein Wymbritseradiel',
      type: 'SOCIAL_DOMAIN_COUNCIL',
    })
    await createTestOrganisation({ name: 'Spreekuurpunt (Sneek)', type: 'SUPPORT_POINT' })
    const csv = [
      'Naam;E-mail;Functie;Organisatie;Lid sinds;Huidige organisaties (rol)',
      'Hylke Kingma;hylke@example.org;vice-voorzitter;Adviesraad Sociaal Domein Wymbritseradiel;15-09-2022;Spreekuurpunt (Sneek) (Adviseur)',
      'Wethouder Visser;;Wethouder;Adviesraad Sociaal Domein Wymbritseradiel;;',
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'PEOPLE', utf8(csv)))
    expect(step.mapping).toMatchObject({
      role: 'Functie',
      startDate: 'Lid sinds',
      memberships: 'Huidige organisaties (rol)',
    })
    expect(rowOf(step, 2).details).toEqual([
      'hylke@example.org',
      'Adviesraad Sociaal Domein Wymbritseradiel (Vicevoorzitter), Spreekuurpunt (Sneek) (Adviseur)',
    ])
    expect((await postImport(coordinator, step)).status).toBe(302)
    const hylke = await prisma.person.findFirstOrThrow({
      where: { name: 'Hylke Kingma' },
      include: { memberships: { include: { organisation: true }, orderBy: { role: 'asc' } } },
    })
    expect(hylke.memberships.map((m) => [m.organisation.name, m.role, m.startDate])).toEqual([
      ['Spreekuurpunt (Sneek)', 'adviseur', null],
      ['Adviesraad Sociaal Domein Wymbritseradiel', 'vicevoorzitter', new Date(Date.UTC(2022, 8, 15))],
    ])
    const visser = await prisma.membership.findFirstOrThrow({
      where: { person: { name: 'Wethouder Visser' } },
    })
    expect(visser.role).toBe('wethouder / portefeuillehouder')
  })

  it('imports a formula as plain text, and takes off the apostrophe an export put before one', async () => {
    const csv = [
      'Naam;Soort;Adres;Telefoon',
      "=SUM(1+1)*cmd|' /C calc'!A0;Partner;@werkplaats;+32 2 123 45 67",
      `"'=HYPERLINK(""http://x.example"";""klik"")";Partner;'-;'+3221234567`,
      "'s-Hertogenbosch Partner;Partner;'t Harde;",
    ].join('\n')
    const step = await preview(coordinator, await upload(coordinator, 'ORGANISATIONS', utf8(csv)))
    expect(step.preview.rows.map((row) => row.status)).toEqual(['new', 'new', 'new'])
    expect((await postImport(coordinator, step)).status).toBe(302)
    const stored = await prisma.organisation.findMany({
      where: {
        OR: [
          { name: { contains: 'SUM' } },
          { name: { contains: 'HYPERLINK' } },
          { name: { contains: 'Hertogenbosch' } },
        ],
      },
      select: { name: true, address: true, phone: true },
      orderBy: { name: 'asc' },
    })
    expect(stored).toEqual([
      { name: "'s-Hertogenbosch Partner", address: "'t Harde", phone: null },
      { name: '=HYPERLINK("http://x.example";"klik")', address: '-', phone: '+3221234567' },
      { name: "=SUM(1+1)*cmd|' /C calc'!A0", address: '@werkplaats', phone: '+3221234567' },
    ])
  })

  it('remembers the mapping and proposes it for the next file of that kind', async () => {
    const first = await preview(
      coordinator,
      await upload(
        coordinator,
        'ORGANISATIONS',
        utf8('Clubnaam;Categorie raad;Extra\nOnthouden A;Partner;x\n'),
      ),
      { name: 'Clubnaam', type: 'Categorie raad' },
    )
    expect((await postImport(coordinator, first)).status).toBe(302)
    expect(await prisma.importMapping.findUniqueOrThrow({ where: { kind: 'ORGANISATIONS' } })).toMatchObject({
      mapping: JSON.stringify({ name: 'Clubnaam', type: 'Categorie raad' }),
    })
    const next = await upload(
      coordinator,
      'ORGANISATIONS',
      utf8('Extra;CLUBNAAM;Categorie raad\nx;Onthouden B;Partner\n'),
    )
    expect((await load(`${PATH}?bestand=${next}`, coordinator)).data).toMatchObject({
      step: 'map',
      mapping: { name: 'CLUBNAAM', type: 'Categorie raad' },
    })
    // The people mapping is a mapping of its own.
    const people = await upload(coordinator, 'PEOPLE', utf8('Clubnaam;E-mail\nIemand;iemand@example.org\n'))
    expect((await load(`${PATH}?bestand=${people}`, coordinator)).data).toMatchObject({
      mapping: { email: 'E-mail' },
    })
  })

  it('imports nothing when Raadnet changed since the preview, and shows the new preview', async () => {
    const step = await preview(
      coordinator,
      await upload(coordinator, 'ORGANISATIONS', utf8('Naam;Soort\nIntussen Aangemaakt;Partner\n')),
    )
    expect(rowOf(step, 2).status).toBe('new')
    await createTestOrganisation({ name: 'Intussen aangemaakt', type: 'PARTNER' })
    const refused = await postImport(coordinator, step)
    expect(refused.status).toBe(409)
    expect(refused.data?.error).toContain('de gegevens in Raadnet zijn veranderd sinds u het voorbeeld zag')
    expect(
      await prisma.organisation.count({
        where: { name: { in: ['Intussen Aangemaakt', 'Intussen aangemaakt'] } },
      }),
    ).toBe(1)
    const fresh = await preview(coordinator, step.uploadId)
    expect(rowOf(fresh, 2).status).toBe('duplicate')
  })

  it('is all or nothing: when a write fails half-way, none of the rows is stored', async () => {
    const read = readCsv(
      utf8('Naam;Soort;Gemeente\nHalfweg Een;Partner;Leeuwarden\nHalfweg Twee;Partner;GM0080\n'),
    )
    if (!read.ok) throw new Error(read.error)
    const { user } = await signedIn('coordinator')
    // The last write of an import remembers the mapping, after the organisations are written;
    // make the database refuse it.
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_mapping BEFORE INSERT ON ImportMapping BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
    )
    await prisma.importMapping.deleteMany()
    try {
      await expect(
        runImport({
          kind: 'ORGANISATIONS',
          table: read.table,
          mapping: { name: 'Naam', type: 'Soort', municipalities: 'Gemeente' },
          decisions: { rows: new Map(), duplicates: null, skipErrors: false },
          actorId: user.id,
          fileName: 'halfweg.csv',
        }),
      ).rejects.toThrow(/importMapping\.upsert/)
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_mapping')
    }
    expect(await prisma.organisation.count({ where: { name: { startsWith: 'Halfweg' } } })).toBe(0)
    expect(await prisma.organisationMunicipality.count({ where: { municipalityId: leeuwarden.id } })).toBe(0)
    expect(await prisma.auditEvent.count({ where: { summary: { contains: 'halfweg.csv' } } })).toBe(0)
  })

  // How long this takes is measured by `npm run bench`, not here.
  it('previews and imports 10 000 rows', { timeout: 180_000 }, async () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) =>
        `Massaraad ${index + 1};Wmo-adviesraad;${index % 2 ? 'Leeuwarden' : 'GM0080'};Straat ${index + 1};8911 AB;Leeuwarden;raad${index + 1}@example.org;058 123 ${String(index).padStart(4, '0')}`,
    )
    const csv = `Naam;Soort;Gemeente;Adres;Postcode;Plaats;E-mail;Telefoon\n${lines.join('\n')}\n`
    const uploadId = await upload(coordinator, 'ORGANISATIONS', utf8(csv))
    const step = await preview(coordinator, uploadId)
    expect(step.preview.summary).toBe('10.000 rijen: 10.000 nieuw, 0 waarschijnlijk dubbel, 0 met fouten.')
    expect((await postImport(coordinator, step)).status).toBe(302)
    expect(await prisma.organisation.count({ where: { name: { startsWith: 'Massaraad' } } })).toBe(10_000)
    expect(
      await prisma.organisationMunicipality.count({
        where: { organisation: { name: { startsWith: 'Massaraad' } } },
      }),
    ).toBe(10_000)
  })
})
