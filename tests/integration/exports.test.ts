import type { LoaderFunctionArgs } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { loader as activitiesExport } from '~/routes/activiteiten.export[.]csv.ts'
import { loader as advicesExport } from '~/routes/adviezen.export[.]csv.ts'
import { loader as organisationsExport } from '~/routes/organisaties.export[.]csv.ts'
import { loader as peopleExport } from '~/routes/personen.export[.]csv.ts'
import { loader as membershipsExport } from '~/routes/personen.lidmaatschappen[.]csv.ts'
import { loader as signalsExport } from '~/routes/signalen.export[.]csv.ts'
import { parseCsv } from '~/utils/csv.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

type Loader = (args: LoaderFunctionArgs) => Promise<Response>

const EXPORTS: [string, Loader][] = [
  ['/organisaties/export.csv', organisationsExport],
  ['/personen/export.csv', peopleExport],
  ['/personen/lidmaatschappen.csv', membershipsExport],
  ['/activiteiten/export.csv', activitiesExport],
  ['/signalen/export.csv', signalsExport],
  ['/adviezen/export.csv', advicesExport],
]

const day = (text: string) => {
  const date = parseDateOnly(text)
  if (!date) throw new Error(`not a day: ${text}`)
  return date
}

// Runs an export as a browser would ask for it and returns the response.
async function download(loader: Loader, url: string, cookie: string) {
  const response = await loader({ request: makeRequest(url, { cookie }), params: {}, context: testContext() })
  expect(response.status).toBe(200)
  return response
}

// Returns the raw bytes of a download and its text with the BOM kept.
async function bodyOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) }
}

// Returns the rows of a download as objects keyed by the header's column names.
async function recordsOf(response: Response) {
  const [header = [], ...rows] = parseCsv((await bodyOf(response)).text)
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']))),
  }
}

let workerCookie: Promise<string> | undefined
// Returns the Cookie of one opbouwwerker for the tests that only need to be allowed in.
const worker = () => {
  workerCookie ??= signedIn('opbouwwerker').then(({ cookie }) => cookie)
  return workerCookie
}

describe('who may download an export', () => {
  for (const [url, loader] of EXPORTS) {
    it(`sends a visitor without a session from ${url} to the login page, and back afterwards`, async () => {
      const result = await outcome(() =>
        loader({ request: makeRequest(`${url}?type=WMO_COUNCIL`), params: {}, context: testContext() }),
      )
      expect(result.status).toBe(302)
      expect(result.location).toBe(`/login?${new URLSearchParams({ redirectTo: `${url}?type=WMO_COUNCIL` })}`)
    })

    it(`refuses ${url} to a lezer with 403, and serves it to an opbouwwerker`, async () => {
      const viewer = await signedIn('lezer')
      const refused = await outcome(() =>
        loader({ request: makeRequest(url, { cookie: viewer.cookie }), params: {}, context: testContext() }),
      )
      expect(refused.status).toBe(403)
      for (const role of ['opbouwwerker', 'coordinator', 'beheerder'] as const) {
        const { cookie } = await signedIn(role)
        const response = await download(loader, url, cookie)
        expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
      }
    })

    it(`falls back to the defaults on nonsense filters in ${url}, never a 500`, async () => {
      const nonsense =
        '?type=ONZIN&status=%00&sort=drop&pagina=-4&soort=X&van=2026-02-31&tot=gisteren&rol=koning&weergave=x&gezamenlijk=misschien&q=' +
        'x'.repeat(500)
      const response = await download(loader, `${url}${nonsense}`, await worker())
      const { text } = await bodyOf(response)
      expect(text.startsWith('\uFEFF')).toBe(true)
    })
  }
})

describe('the organisations export', () => {
  it('is a Dutch spreadsheet file: BOM, ";", CRLF, a dated ASCII file name, not cached', async () => {
    const response = await download(organisationsExport, '/organisaties/export.csv', await worker())
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="organisaties-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const { bytes, text } = await bodyOf(response)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.split('\r\n')[0]).toBe(
      "\uFEFFNaam;Soort;Gemeenten;Actief;Actief vanaf;Actief tot;Adres;Postcode;Plaats;E-mail;Telefoon;Website;Opbouwwerker;Thema's",
    )
  })

  it('exports every organisation the filters keep, beyond the first page, and no others', async () => {
    const cookie = await worker()
    const municipality = await createTestMunicipality({ name: 'Súdwest-Fryslân' })
    for (let index = 1; index <= 30; index += 1) {
      await createTestOrganisation({
        name: `Wmo-raad ${String(index).padStart(2, '0')}`,
        type: 'WMO_COUNCIL',
        municipalityIds: [municipality.id],
      })
    }
    await createTestOrganisation({
      name: 'Cliëntenraad buiten het filter',
      municipalityIds: [municipality.id],
    })

    const { records } = await recordsOf(
      await download(organisationsExport, `/organisaties/export.csv?type=WMO_COUNCIL&pagina=2`, cookie),
    )
    expect(records).toHaveLength(30)
    expect(new Set(records.map((record) => record.Soort))).toEqual(new Set(['Wmo-adviesraad']))
    expect(records.map((record) => record.Naam)).toEqual(
      Array.from({ length: 30 }, (_, index) => `Wmo-raad ${String(index + 1).padStart(2, '0')}`),
    )
    expect(records[0]?.Gemeenten).toBe('Súdwest-Fryslân')
  })

  it('writes contact data readably and neutralises text that a spreadsheet would run', async () => {
    const cookie = await worker()
    const theme = await createTestTheme({ name: 'Armoede & schulden' })
    const responsible = await signedIn('opbouwwerker')
    await prisma.user.update({ where: { id: responsible.user.id }, data: { name: 'Sjoukje de Boer' } })
    const organisation = await createTestOrganisation({
      name: '=HYPERLINK("http://evil.example";"klik")',
      type: 'PARTNER',
      themeIds: [theme.id],
    })
    await prisma.organisation.update({
      where: { id: organisation.id },
      data: {
        address: 'Oude Oosterstraat 12; achterom',
        postcode: '8911 AB',
        city: 'Leeuwarden',
        email: 'info@partner.example',
        phone: '+31582345678',
        website: 'https://partner.example',
        activeFrom: day('2019-03-01'),
        responsibleUserId: responsible.user.id,
        notes: 'Geheime werkaantekening',
      },
    })
    const foreign = await createTestOrganisation({ name: '@Grenspartner', type: 'PARTNER' })
    await prisma.organisation.update({ where: { id: foreign.id }, data: { phone: '+3221234567' } })

    const response = await download(organisationsExport, '/organisaties/export.csv?type=PARTNER', cookie)
    const { text } = await bodyOf(response)
    expect(text).not.toContain('Geheime werkaantekening')
    // The quotes of the name are doubled inside a quoted field, after the apostrophe.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"";""klik"")"`)
    const { records } = await recordsOf(new Response(text))
    const partner = records.find((record) => record.Naam?.includes('HYPERLINK'))
    expect(partner).toMatchObject({
      Naam: `'=HYPERLINK("http://evil.example";"klik")`,
      Soort: 'Partnerorganisatie',
      Actief: 'ja',
      'Actief vanaf': '01-03-2019',
      'Actief tot': '',
      Adres: 'Oude Oosterstraat 12; achterom',
      Postcode: '8911 AB',
      Plaats: 'Leeuwarden',
      'E-mail': 'info@partner.example',
      Telefoon: '058 234 5678',
      Website: 'https://partner.example',
      Opbouwwerker: 'Sjoukje de Boer',
      "Thema's": 'Armoede & schulden',
    })
    const grens = records.find((record) => record.Naam?.includes('Grenspartner'))
    expect(grens?.Naam).toBe("'@Grenspartner")
    // A foreign number keeps its +, behind the apostrophe that keeps it from being a sum.
    expect(grens?.Telefoon).toBe("'+3221234567")
  })

  it('follows the status filter: inactive organisations only when asked for', async () => {
    const cookie = await worker()
    await createTestOrganisation({ name: 'Opgeheven Wsw-raad', type: 'WSW_COUNCIL', active: false })
    await createTestOrganisation({ name: 'Actieve Wsw-raad', type: 'WSW_COUNCIL' })
    const names = async (search: string) =>
      (
        await recordsOf(await download(organisationsExport, `/organisaties/export.csv?${search}`, cookie))
      ).records.map((record) => record.Naam)
    expect(await names('type=WSW_COUNCIL')).toEqual(['Actieve Wsw-raad'])
    expect(await names('type=WSW_COUNCIL&status=alle')).toEqual(['Actieve Wsw-raad', 'Opgeheven Wsw-raad'])
  })
})

describe('the people and memberships exports', () => {
  it('export the filtered people with their current organisations, and every membership, without sensitive flags', async () => {
    const cookie = await worker()
    const council = await createTestOrganisation({ name: 'Cliëntenraad Waadhoeke' })
    const earlier = await createTestOrganisation({ name: 'Wsw-raad Franeker', type: 'WSW_COUNCIL' })
    const person = await prisma.person.create({
      data: {
        name: 'Aukje Zijlstra-Export',
        email: 'aukje@example.org',
        phone: '+31612345678',
        notes: 'Privé aantekening',
        memberships: {
          create: [
            {
              organisationId: council.id,
              role: 'voorzitter',
              startDate: day('2022-01-01'),
              expertByExperience: true,
              isClient: true,
              consentDate: day('2022-01-01'),
            },
            {
              organisationId: earlier.id,
              role: 'lid',
              startDate: day('2015-09-01'),
              endDate: day('2021-12-31'),
            },
          ],
        },
      },
    })
    await prisma.person.create({ data: { name: 'Iemand anders' } })

    const people = await download(
      peopleExport,
      `/personen/export.csv?organisatie=${council.id}&q=zijlstra`,
      cookie,
    )
    expect(people.headers.get('Content-Disposition')).toMatch(/filename="personen-\d{4}-\d{2}-\d{2}\.csv"/)
    const peopleText = (await bodyOf(people)).text
    expect(parseCsv(peopleText)).toEqual([
      ['Naam', 'E-mail', 'Telefoon', 'Huidige organisaties (rol)'],
      ['Aukje Zijlstra-Export', 'aukje@example.org', '06 1234 5678', 'Cliëntenraad Waadhoeke (Voorzitter)'],
    ])

    const memberships = await download(
      membershipsExport,
      `/personen/lidmaatschappen.csv?organisatie=${council.id}&q=zijlstra`,
      cookie,
    )
    const membershipText = (await bodyOf(memberships)).text
    expect(parseCsv(membershipText)).toEqual([
      ['Persoon', 'Organisatie', 'Rol', 'Begin', 'Einde'],
      [person.name, 'Wsw-raad Franeker', 'Lid', '01-09-2015', '31-12-2021'],
      [person.name, 'Cliëntenraad Waadhoeke', 'Voorzitter', '01-01-2022', ''],
    ])
    for (const text of [peopleText, membershipText]) {
      expect(text).not.toMatch(/ervaringsdeskundig|cliënt;|Privé aantekening|ja\r\n/i)
    }
  })
})

describe('the activities export', () => {
  it('exports the filtered log with date and time in Dutch time, links and minutes', async () => {
    const { user, cookie } = await signedIn('opbouwwerker')
    await prisma.user.update({ where: { id: user.id }, data: { name: 'Jelle Hoekstra' } })
    const council = await createTestOrganisation({ name: 'Adviesraad Sociaal Domein Heerenveen' })
    const theme = await createTestTheme({ name: 'Bijzondere bijstand' })
    const person = await prisma.person.create({ data: { name: 'Geertje Visser' } })
    await prisma.activity.create({
      data: {
        kind: 'SUPPORT',
        subtype: 'cursus',
        participationForm: 'COUNCIL_LINK',
        occurredAt: new Date('2026-03-10T18:30:00Z'),
        summary: 'Cursus adviezen schrijven',
        notes: 'Niet voor de export',
        minutesSpent: 150,
        authorId: user.id,
        organisations: { create: [{ organisationId: council.id }] },
        people: { create: [{ personId: person.id }] },
        themes: { create: [{ themeId: theme.id }] },
      },
    })
    await prisma.activity.create({
      data: { kind: 'CONTACT', occurredAt: new Date(), summary: 'Ander contact', authorId: user.id },
    })

    const response = await download(
      activitiesExport,
      `/activiteiten/export.csv?organisatie=${council.id}`,
      cookie,
    )
    const { text } = await bodyOf(response)
    expect(text).not.toContain('Niet voor de export')
    const { records } = await recordsOf(new Response(text))
    expect(records).toEqual([
      {
        Datum: '10-03-2026 19:30',
        Soort: 'Ondersteuning',
        Vorm: 'Cursus',
        Participatievorm: 'Directe verbinding tussen raden',
        Samenvatting: 'Cursus adviezen schrijven',
        Organisaties: 'Adviesraad Sociaal Domein Heerenveen',
        'Bezochte locaties': '',
        Personen: 'Geertje Visser',
        "Thema's": 'Bijzondere bijstand',
        'Tijdsbesteding (minuten)': '150',
        Auteur: 'Jelle Hoekstra',
      },
    ])
  })
})

describe('the signals export', () => {
  it('exports the filtered signals with their councils and feedback day, not their text', async () => {
    const { user, cookie } = await signedIn('opbouwwerker')
    const source = await createTestOrganisation({ name: 'Spreekuur Sneek', type: 'SUPPORT_POINT' })
    const council = await createTestOrganisation({ name: 'Cliëntenraad Súdwest' })
    const municipality = await createTestMunicipality({ name: 'Súdwest-Fryslân' })
    const theme = await createTestTheme({ name: 'Energietoeslag' })
    await prisma.signal.create({
      data: {
        sourceId: source.id,
        receivedOn: day('2026-02-03'),
        municipalityId: municipality.id,
        title: '-Energietoeslag te laat',
        description: 'Beschrijving die in Raadnet blijft',
        status: 'FED_BACK',
        feedback: 'Terugkoppeling die in Raadnet blijft',
        feedbackOn: day('2026-04-15'),
        createdById: user.id,
        themes: { create: [{ themeId: theme.id }] },
        forwards: {
          create: [{ organisationId: council.id, forwardedOn: day('2026-02-05'), forwardedById: user.id }],
        },
      },
    })
    await prisma.signal.create({
      data: {
        sourceId: source.id,
        receivedOn: day('2026-02-04'),
        title: 'Ander signaal',
        description: '…',
        createdById: user.id,
      },
    })

    const response = await download(signalsExport, `/signalen/export.csv?raad=${council.id}`, cookie)
    const { text } = await bodyOf(response)
    expect(text).not.toContain('in Raadnet blijft')
    expect(parseCsv(text)).toEqual([
      [
        'Ontvangen',
        'Titel',
        'Spreekuurpunt',
        'Gemeente',
        "Thema's",
        'Status',
        'Doorgestuurd naar',
        'Terugkoppeling op',
      ],
      [
        '03-02-2026',
        "'-Energietoeslag te laat",
        'Spreekuur Sneek',
        'Súdwest-Fryslân',
        'Energietoeslag',
        'Teruggekoppeld aan spreekuurpunt',
        'Cliëntenraad Súdwest',
        '15-04-2026',
      ],
    ])
  })
})

describe('the advices export', () => {
  it('exports the filtered advices with councils, joint, addressees and the response', async () => {
    const { user, cookie } = await signedIn('opbouwwerker')
    const first = await createTestOrganisation({ name: 'Cliëntenraad De Fryske Marren' })
    const second = await createTestOrganisation({ name: 'Wmo-raad De Fryske Marren', type: 'WMO_COUNCIL' })
    const municipality = await createTestMunicipality({ name: 'De Fryske Marren' })
    await prisma.advice.create({
      data: {
        type: 'UNREQUESTED',
        title: 'Gezamenlijk advies minimabeleid',
        summary: 'Samenvatting blijft binnen',
        status: 'RESPONDED',
        sentOn: day('2026-05-01'),
        responseOn: day('2026-06-12'),
        responseOutcome: 'PARTLY_ADOPTED',
        createdById: user.id,
        councils: { create: [{ organisationId: first.id }, { organisationId: second.id }] },
        addressees: { create: [{ kind: 'COLLEGE', municipalityId: municipality.id }, { kind: 'UWV' }] },
      },
    })
    await prisma.advice.create({
      data: {
        type: 'LETTER',
        title: 'Brief van een andere raad',
        status: 'IN_PREPARATION',
        createdById: user.id,
        councils: { create: [{ organisationId: (await createTestOrganisation()).id }] },
      },
    })

    const response = await download(advicesExport, `/adviezen/export.csv?raad=${first.id}`, cookie)
    const { text } = await bodyOf(response)
    expect(text).not.toContain('Samenvatting blijft binnen')
    const { records } = await recordsOf(new Response(text))
    expect(records).toEqual([
      {
        Titel: 'Gezamenlijk advies minimabeleid',
        Soort: 'Ongevraagd advies',
        Status: 'Reactie ontvangen',
        Raden: 'Cliëntenraad De Fryske Marren, Wmo-raad De Fryske Marren',
        Gezamenlijk: 'ja',
        Geadresseerden: expect.stringContaining('De Fryske Marren'),
        Verzonden: '01-05-2026',
        Reactie: '12-06-2026',
        Uitkomst: 'Deels overgenomen',
      },
    ])
    expect(records[0]?.Geadresseerden).toContain('UWV')
  })
})
