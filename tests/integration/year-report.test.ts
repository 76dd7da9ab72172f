// The year report against a real database: every number below is counted by hand from the
// fixtures in `beforeAll` (2021, compared with 2020). The other tests use years without data.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { dutchYear } from '~/models/report/wi-monitor.ts'
import { getYearReport } from '~/models/report/year-report.server.ts'
import {
  formatValue,
  type ReportTable,
  YEAR_REPORT_TABLES,
  type YearReport,
  yearPeriod,
} from '~/models/report/year-report.ts'
import { loader as csvLoader } from '~/routes/rapportages.jaarverslag.$table[.]csv.ts'
import { loader } from '~/routes/rapportages.jaarverslag.tsx'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestOrganisation,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

const NOW = new Date('2026-11-26T12:00:00Z')

type Fixture = {
  authorId: string
  councilA: string
  councilB: string
  siteX: string
  siteY: string
  supportPoint: string
  people: string[]
}

let fixture: Fixture

// Returns a person's id by number (1–5).
const person = (number: number) => fixture.people[number - 1] ?? ''

type Presence = { person: number; organisationId: string | null; status?: string }

// Records a meeting with the given attendance and outputs.
async function meeting({
  kind,
  startsAt,
  status,
  attendance = [],
  outputs = [],
}: {
  kind: string
  startsAt: string
  status: string
  attendance?: Presence[]
  outputs?: { kind: string; title: string }[]
}) {
  const start = new Date(startsAt)
  await prisma.meeting.create({
    data: {
      kind,
      title: `${kind} ${startsAt.slice(0, 10)}`,
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * 3_600_000),
      status,
      createdById: fixture.authorId,
      invitations: {
        create: attendance.map((entry) => ({
          personId: person(entry.person),
          organisationId: entry.organisationId,
          status: entry.status ?? 'PRESENT',
        })),
      },
      outputs: { create: outputs },
    },
  })
}

// Records an activity, involving `involved` and visiting `visited` organisations.
async function activity({
  kind,
  subtype = null,
  occurredAt,
  minutes = null,
  involved = [],
  visited = [],
}: {
  kind: string
  subtype?: string | null
  occurredAt: string
  minutes?: number | null
  involved?: string[]
  visited?: string[]
}) {
  await prisma.activity.create({
    data: {
      kind,
      subtype,
      occurredAt: new Date(occurredAt),
      minutesSpent: minutes,
      summary: `${kind} ${occurredAt}`,
      authorId: fixture.authorId,
      organisations: {
        create: [
          ...involved.map((organisationId) => ({ organisationId, role: 'involved' })),
          ...visited.map((organisationId) => ({ organisationId, role: 'visited' })),
        ],
      },
    },
  })
}

const day = (text: string) => new Date(`${text}T00:00:00.000Z`)

// Records an advice by `councils`, sent on `sentOn` (date-only), with the college's response.
async function advice({
  councils,
  sentOn,
  responseOn = null,
  outcome: responseOutcome = null,
}: {
  councils: string[]
  sentOn: string | null
  responseOn?: string | null
  outcome?: string | null
}) {
  await prisma.advice.create({
    data: {
      type: 'UNREQUESTED',
      title: `Advies ${sentOn ?? 'concept'}`,
      status: responseOutcome ? 'RESPONDED' : sentOn ? 'SENT' : 'IN_PREPARATION',
      sentOn: sentOn ? day(sentOn) : null,
      responseOn: responseOn ? day(responseOn) : null,
      responseOutcome,
      createdById: fixture.authorId,
      councils: { create: councils.map((organisationId) => ({ organisationId })) },
    },
  })
}

// Records a signal received on `receivedOn`, forwarded to councils on days, maybe fed back.
async function signal({
  receivedOn,
  forwards,
  feedbackOn = null,
}: {
  receivedOn: string
  forwards: [string, string][]
  feedbackOn?: string | null
}) {
  await prisma.signal.create({
    data: {
      sourceId: fixture.supportPoint,
      receivedOn: day(receivedOn),
      title: 'Lange wachttijd',
      description: 'Een situatie, geen persoon.',
      status: feedbackOn ? 'FED_BACK' : 'FORWARDED',
      feedback: feedbackOn ? 'Teruggekoppeld' : null,
      feedbackOn: feedbackOn ? day(feedbackOn) : null,
      createdById: fixture.authorId,
      forwards: {
        create: forwards.map(([organisationId, on]) => ({
          organisationId,
          forwardedOn: day(on),
          forwardedById: fixture.authorId,
        })),
      },
    },
  })
}

beforeAll(async () => {
  const author = await createTestUser()
  const org = (name: string, type: string) => createTestOrganisation({ name, type })
  const people = await Promise.all(
    [1, 2, 3, 4, 5].map((n) => prisma.person.create({ data: { name: `Persoon ${n}` } })),
  )
  fixture = {
    authorId: author.id,
    councilA: (await org('Cliëntenraad Alfa', 'CLIENT_COUNCIL_WI')).id,
    councilB: (await org('Wmo-raad Beta', 'WMO_COUNCIL')).id,
    siteX: (await org('Werkbedrijf Xanten', 'SITE')).id,
    siteY: (await org('Re-integratie IJlst', 'SITE')).id,
    supportPoint: (await org('Spreekuur Zuid', 'SUPPORT_POINT')).id,
    people: people.map((p) => p.id),
  }
  const { councilA: A, councilB: B, siteX: X, siteY: Y } = fixture

  // Meetings of 2021. Exchange: held 3 (people 3+2+1, organisations 2+1+1); not held: a past
  // one without anyone present, a cancelled one, and one that began at 00:30 on 1 January 2022.
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2021-03-18T19:30:00+01:00',
    status: 'HELD',
    attendance: [
      { person: 1, organisationId: A },
      { person: 2, organisationId: A },
      { person: 3, organisationId: B },
      { person: 4, organisationId: B, status: 'EXCUSED' },
    ],
  })
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2021-05-20T19:30:00+02:00',
    status: 'CONFIRMED',
    attendance: [
      { person: 1, organisationId: A },
      { person: 5, organisationId: null },
    ],
  })
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2021-07-15T19:30:00+02:00',
    status: 'PLANNED',
    attendance: [{ person: 1, organisationId: A, status: 'INVITED' }],
  })
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2021-09-16T19:30:00+02:00',
    status: 'CANCELLED',
    attendance: [{ person: 2, organisationId: A }],
    outputs: [{ kind: 'VISION_DOCUMENT', title: 'Visie die niet kwam' }],
  })
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2021-12-31T23:30:00+01:00',
    status: 'HELD',
    attendance: [{ person: 1, organisationId: A }],
  })
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2022-01-01T00:30:00+01:00',
    status: 'HELD',
    attendance: [{ person: 1, organisationId: A }],
  })
  // Theme: held 2 (people 1+2, organisations 1+2), two vision documents and one other output.
  await meeting({
    kind: 'THEME',
    startsAt: '2021-04-08T14:00:00+02:00',
    status: 'HELD',
    attendance: [{ person: 3, organisationId: B }],
    outputs: [
      { kind: 'VISION_DOCUMENT', title: 'Visie op armoede' },
      { kind: 'OTHER', title: 'Verslag' },
    ],
  })
  await meeting({
    kind: 'THEME',
    startsAt: '2021-10-07T14:00:00+02:00',
    status: 'HELD',
    attendance: [
      { person: 1, organisationId: A },
      { person: 3, organisationId: B },
    ],
    outputs: [{ kind: 'VISION_DOCUMENT', title: 'Visie op werk' }],
  })
  // A course marked held without registered attendance; welfare workers at 00:15 on 1 January.
  await meeting({ kind: 'COURSE', startsAt: '2021-11-04T10:00:00+01:00', status: 'HELD' })
  await meeting({
    kind: 'WELFARE_WORKERS',
    startsAt: '2021-01-01T00:15:00+01:00',
    status: 'HELD',
    attendance: [{ person: 4, organisationId: B }],
  })
  // 2020: an exchange (3 people, 2 organisations) and a theme meeting with a vision document.
  await meeting({
    kind: 'EXCHANGE',
    startsAt: '2020-06-18T19:30:00+02:00',
    status: 'HELD',
    attendance: [
      { person: 1, organisationId: A },
      { person: 3, organisationId: B },
      { person: 4, organisationId: B },
    ],
  })
  await meeting({
    kind: 'THEME',
    startsAt: '2020-09-10T14:00:00+02:00',
    status: 'HELD',
    attendance: [{ person: 2, organisationId: A }],
    outputs: [{ kind: 'VISION_DOCUMENT', title: 'Visie op schulden' }],
  })

  // Support in 2021: five activities, 300 minutes; Alfa 3 (270 min), Beta 2 (120 min).
  await activity({
    kind: 'SUPPORT',
    subtype: 'advies ter plaatse',
    occurredAt: '2021-02-02T10:00:00+01:00',
    minutes: 90,
    involved: [A],
  })
  await activity({
    kind: 'SUPPORT',
    subtype: 'cursus',
    occurredAt: '2021-03-03T10:00:00+01:00',
    minutes: 120,
    involved: [A, B],
  })
  await activity({
    kind: 'SUPPORT',
    subtype: 'cursus',
    occurredAt: '2021-04-04T10:00:00+02:00',
    involved: [B],
  })
  await activity({ kind: 'SUPPORT', occurredAt: '2021-05-05T10:00:00+02:00', minutes: 30 })
  await activity({
    kind: 'SUPPORT',
    subtype: 'training',
    occurredAt: '2021-12-31T23:30:00+01:00',
    minutes: 60,
    involved: [A],
  })
  await activity({
    kind: 'SUPPORT',
    subtype: 'training',
    occurredAt: '2022-01-01T00:30:00+01:00',
    minutes: 45,
    involved: [A],
  })
  await activity({
    kind: 'SUPPORT',
    subtype: 'cursus',
    occurredAt: '2020-10-10T10:00:00+02:00',
    minutes: 60,
    involved: [B],
  })
  // Werkbezoeken: 2021 three (Xanten twice, IJlst once, one without a site); 2020 IJlst once.
  await activity({ kind: 'SITE_VISIT', occurredAt: '2021-02-10T10:00:00+01:00', involved: [A], visited: [X] })
  await activity({ kind: 'SITE_VISIT', occurredAt: '2021-06-10T10:00:00+02:00', visited: [X, Y] })
  await activity({ kind: 'SITE_VISIT', occurredAt: '2021-08-10T10:00:00+02:00' })
  await activity({ kind: 'SITE_VISIT', occurredAt: '2020-08-10T10:00:00+02:00', visited: [Y] })
  // Contacts: 2021 telefoon 2, e-mail 1, without a form 1; 2020 telefoon 1. A panel is no contact.
  await activity({
    kind: 'CONTACT',
    subtype: 'telefoon',
    occurredAt: '2021-01-11T09:00:00+01:00',
    involved: [A],
  })
  await activity({ kind: 'CONTACT', subtype: 'telefoon', occurredAt: '2021-01-12T09:00:00+01:00' })
  await activity({ kind: 'CONTACT', subtype: 'e-mail', occurredAt: '2021-01-13T09:00:00+01:00' })
  await activity({ kind: 'CONTACT', occurredAt: '2021-01-14T09:00:00+01:00' })
  await activity({ kind: 'CONTACT', subtype: 'telefoon', occurredAt: '2020-01-14T09:00:00+01:00' })
  await activity({ kind: 'PANEL', occurredAt: '2021-01-15T09:00:00+01:00', minutes: 600, involved: [A] })

  // Advices sent in 2021: four, two joint; responses after 30, 10 and 50 days (two adopted,
  // one not), one without response. 2020: one, not answered yet.
  await advice({ councils: [A, B], sentOn: '2021-02-01', responseOn: '2021-03-03', outcome: 'ADOPTED' })
  await advice({ councils: [A], sentOn: '2021-06-01', responseOn: '2021-06-11', outcome: 'NOT_ADOPTED' })
  await advice({ councils: [B], sentOn: '2021-12-31', outcome: 'NO_RESPONSE' })
  await advice({
    councils: [A, B],
    sentOn: '2021-09-01',
    responseOn: '2021-10-21',
    outcome: 'PARTLY_ADOPTED',
  })
  await advice({ councils: [A], sentOn: null })
  await advice({ councils: [A], sentOn: '2022-01-01' })
  await advice({ councils: [A], sentOn: '2020-05-05' })

  // Signals. 2021: received 2, forwarded 2 (one to two councils), fed back 2.
  // 2020: received 2, forwarded 1, fed back 0.
  await signal({
    receivedOn: '2021-01-10',
    forwards: [
      [A, '2021-01-12'],
      [B, '2021-01-15'],
    ],
    feedbackOn: '2021-03-01',
  })
  await signal({ receivedOn: '2021-12-20', forwards: [[A, '2022-01-05']] })
  await signal({ receivedOn: '2020-12-28', forwards: [[B, '2021-01-04']], feedbackOn: '2021-02-01' })
  await signal({ receivedOn: '2020-03-01', forwards: [[A, '2020-03-02']] })

  await quickScans()
})

// Records quick scans with anonymous responses and plan actions. Held in 2021: two scans
// (closed on 31 May and on 31 December) with 3 + 1 council and 2 municipal responses; not
// held in 2021: an open scan and one that closed on 1 January 2022. Held in 2020: one, with
// one municipal response. Actions created in 2021: two (one at 23:30 on 31 December); done in
// 2021: two (one created in 2020); a cancelled one does not count as done.
async function quickScans() {
  const municipality = await prisma.municipality.create({
    data: { name: 'Scanwerd', cbsCode: 'GM9911', province: 'Fryslân' },
  })
  const questionnaire = await prisma.questionnaire.create({
    data: { familyId: 'year-report', versionNumber: 1, name: 'Quick scan' },
  })
  const scan = async (status: string, closesOn: string, responses: ('COUNCIL' | 'MUNICIPALITY')[]) => {
    const created = await prisma.quickScan.create({
      data: {
        title: `Scan ${closesOn}`,
        municipalityId: municipality.id,
        questionnaireId: questionnaire.id,
        opensOn: day('2020-01-01'),
        closesOn: day(closesOn),
        status,
        createdById: fixture.authorId,
      },
    })
    for (const group of responses) {
      await prisma.quickScanResponse.create({
        data: { id: randomUUID(), scanId: created.id, group, submittedOn: day(closesOn) },
      })
    }
    return created.id
  }
  const held = await scan('COMPLETED', '2021-05-31', [
    'COUNCIL',
    'COUNCIL',
    'COUNCIL',
    'MUNICIPALITY',
    'MUNICIPALITY',
  ])
  await scan('DISCUSSED', '2021-12-31', ['COUNCIL'])
  await scan('OPEN', '2021-06-30', ['COUNCIL', 'COUNCIL'])
  await scan('CLOSED', '2022-01-01', ['MUNICIPALITY'])
  await scan('COMPLETED', '2020-10-01', ['MUNICIPALITY'])
  const action = async (status: string, createdAt: string, doneAt: string | null = null) => {
    await prisma.quickScanAction.create({
      data: {
        scanId: held,
        title: `Actie ${createdAt}`,
        status,
        createdAt: new Date(createdAt),
        createdById: fixture.authorId,
        followUp: {
          create: {
            description: `Quickscan Scanwerd: Actie ${createdAt}`,
            assigneeId: fixture.authorId,
            createdById: fixture.authorId,
            done: doneAt !== null,
            doneAt: doneAt ? new Date(doneAt) : null,
          },
        },
      },
    })
  }
  await action('DONE', '2021-03-01T10:00:00+01:00', '2021-06-01T10:00:00+02:00')
  await action('OPEN', '2021-12-31T23:30:00+01:00')
  await action('OPEN', '2022-01-01T00:30:00+01:00')
  await action('DONE', '2020-11-01T10:00:00+01:00', '2021-01-10T10:00:00+01:00')
  await action('CANCELLED', '2020-11-02T10:00:00+01:00', '2021-02-10T10:00:00+01:00')
}

// Returns a table as the page shows it: the column headers, then each row (totals last).
function shown(table: ReportTable) {
  return [
    table.columns,
    ...[...table.rows, ...table.totals].map((row) => [row.label, ...row.values.map(formatValue)]),
  ]
}

// Returns the report the page shows for `search`, as a user with `role`.
async function openReport(search: string, role: 'lezer' | 'opbouwwerker' = 'lezer') {
  const { cookie } = await signedIn(role)
  return outcome<{
    report: YearReport | null
    canExport: boolean
    search: { errors: Record<string, string[]> }
  }>(() =>
    loader({
      request: makeRequest(`/rapportages/jaarverslag${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

// Returns the report of `search`, failing when the page did not show one.
async function reportOf(search: string) {
  const result = await openReport(search)
  expect(result.status).toBe(200)
  if (!result.data?.report) throw new Error('no report')
  return result.data.report
}

// Returns the messages beside the fields for `search`, with the status of the page.
async function messagesFor(search: string) {
  const result = await openReport(search)
  const errors = result.data?.search.errors ?? {}
  return {
    status: result.status,
    report: result.data?.report,
    messages: Object.fromEntries(
      Object.entries(errors).map(([field, refs]) => [field, refs.map(translateRef)]),
    ),
  }
}

// Asks for one table as CSV, as the browser would.
function askCsv(table: string, search: string, cookie?: string) {
  return csvLoader({
    request: makeRequest(`/rapportages/jaarverslag/${table}.csv${search}`, { cookie }),
    params: { table },
    context: testContext(),
  })
}

// Downloads one table as CSV and returns its rows (header first).
async function download(table: string, search: string, cookie: string) {
  const response = await askCsv(table, search, cookie)
  expect(response.status).toBe(200)
  expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
  expect(response.headers.get('Content-Disposition')).toMatch(
    new RegExp(`attachment; filename="jaarverslag-2021-${table}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
  )
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  expect(text.startsWith('\uFEFF')).toBe(true)
  return parseCsv(text)
}

describe('the year report 2021 beside 2020', () => {
  it('counts meetings held per kind with the average people and organisations present', async () => {
    const report = await reportOf('?jaar=2021')
    expect(report.title).toBe('Jaarverslag 2021')
    expect(shown(report.tables.bijeenkomsten)).toEqual([
      [
        'Soort bijeenkomst',
        'Gehouden 2021',
        'Gehouden 2020',
        'Gem. aanwezigen 2021',
        'Gem. aanwezigen 2020',
        'Gem. organisaties 2021',
        'Gem. organisaties 2020',
      ],
      ['Provinciale uitwisselingsbijeenkomst', '3', '1', '2', '3', '1,3', '2'],
      ['Themabijeenkomst', '2', '1', '1,5', '1', '1,5', '1'],
      ['Bijeenkomst lokale welzijnswerkers', '1', '0', '1', 'geen', '1', 'geen'],
      ['Cursus', '1', '0', '0', 'geen', '0', 'geen'],
      ['Teambuildingsdag', '0', '0', 'geen', 'geen', 'geen', 'geen'],
      ['Overleg spreekuurhouders', '0', '0', 'geen', 'geen', 'geen', 'geen'],
      ['Toekomstwerkplaats', '0', '0', 'geen', 'geen', 'geen', 'geen'],
      ['Overig', '0', '0', 'geen', 'geen', 'geen', 'geen'],
      ['Alle bijeenkomsten', '7', '2', '1,4', '2', '1,1', '1,5'],
    ])
  })

  it('lists the vision documents of the meetings held, and counts those of 2020', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.visiedocumenten)).toEqual([
      ['Visiedocument', 'Bijeenkomst', 'Datum'],
      ['Visie op armoede', 'THEME 2021-04-08', '8 april 2021'],
      ['Visie op werk', 'THEME 2021-10-07', '7 oktober 2021'],
    ])
    expect(report.visionDocuments).toEqual({ current: 2, previous: 1 })
  })

  it('counts support and its hours per council and per form, each activity once in the total', async () => {
    const report = await reportOf('?jaar=2021')
    const hoursHeader = ['Activiteiten 2021', 'Activiteiten 2020', 'Uren 2021', 'Uren 2020']
    expect(shown(report.tables['ondersteuning-per-raad'])).toEqual([
      ['Raad', ...hoursHeader],
      ['Cliëntenraad Alfa', '3', '0', '4,5', '0'],
      ['Wmo-raad Beta', '2', '1', '2', '1'],
      ['Alle ondersteuning', '5', '1', '5', '1'],
    ])
    expect(shown(report.tables['ondersteuning-per-vorm'])).toEqual([
      ['Vorm', ...hoursHeader],
      ['Advies ter plaatse', '1', '0', '1,5', '0'],
      ['Cursus', '2', '1', '2', '1'],
      ['Teambuildingsdag', '0', '0', '0', '0'],
      ['Training', '1', '0', '1', '0'],
      ['Begeleiding vergadering', '0', '0', '0', '0'],
      ['Zonder vorm', '1', '0', '0,5', '0'],
      ['Alle ondersteuning', '5', '1', '5', '1'],
    ])
  })

  it('counts werkbezoeken per site visited, and the different sites', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.werkbezoeken)).toEqual([
      ['Locatie', 'Werkbezoeken 2021', 'Werkbezoeken 2020'],
      ['Werkbedrijf Xanten', '2', '0'],
      ['Re-integratie IJlst', '1', '1'],
      ['Alle werkbezoeken', '3', '1'],
      ['Verschillende locaties', '2', '1'],
    ])
  })

  it('counts contacts per form', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.contacten)).toEqual([
      ['Vorm', 'Contacten 2021', 'Contacten 2020'],
      ['Telefoon', '2', '1'],
      ['E-mail', '1', '0'],
      ['Bezoek', '0', '0'],
      ['Overleg', '0', '0'],
      ['Videogesprek', '0', '0'],
      ['Zonder vorm', '1', '0'],
      ['Alle contacten', '4', '1'],
    ])
  })

  it('gives the advices sent, the joint share, the adoption rate and the median days to a response', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.adviezen)).toEqual([
      ['Cijfer', '2021', '2020'],
      ['Verzonden', '4', '1'],
      ['Gezamenlijk (twee of meer raden)', '2', '0'],
      ['Aandeel gezamenlijk', '50%', '0%'],
      ['Reactie van het college ontvangen', '3', '0'],
      ['Overgenomen (geheel of deels)', '2', '0'],
      ['Overnamepercentage', '67%', 'geen'],
      ['Geen reactie ontvangen', '1', '0'],
      ['Mediane tijd tot de reactie (dagen)', '30', 'geen'],
    ])
  })

  it('counts signals received, forwarded and fed back, each by its own date', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.signalen)).toEqual([
      ['Cijfer', '2021', '2020'],
      ['Ontvangen', '2', '2'],
      ['Doorgestuurd naar een raad', '2', '1'],
      ['Teruggekoppeld aan het spreekuurpunt', '2', '0'],
    ])
  })

  it('counts the quick scans held by their closing day, their responses per group and the plan actions', async () => {
    const report = await reportOf('?jaar=2021')
    expect(shown(report.tables.quickscans)).toEqual([
      ['Cijfer', '2021', '2020'],
      ['Uitgevoerde quickscans', '2', '1'],
      ['Antwoorden van raadsleden', '4', '0'],
      ['Antwoorden van de gemeente', '2', '1'],
      ['Acties in een plan van aanpak gezet', '2', '2'],
      ['Acties gereed gemeld', '2', '0'],
    ])
  })

  it('draws the charts from the same numbers, leaving out rows with nothing in either year', async () => {
    const report = await reportOf('?jaar=2021')
    expect(report.charts.meetings.series).toEqual(['2021', '2020'])
    expect(report.charts.meetings.rows.map((row) => [row.label, row.values])).toEqual([
      ['Provinciale uitwisselingsbijeenkomst', [3, 1]],
      ['Themabijeenkomst', [2, 1]],
      ['Bijeenkomst lokale welzijnswerkers', [1, 0]],
      ['Cursus', [1, 0]],
    ])
    expect(report.charts.support.rows.map((row) => [row.label, row.values])).toEqual([
      ['Advies ter plaatse', [1.5, 0]],
      ['Cursus', [2, 1]],
      ['Training', [1, 0]],
      ['Zonder vorm', [0.5, 0]],
    ])
    expect(report.ongoing).toBe(false)
  })
})

describe('a period of one’s own', () => {
  it('compares March to May 2021 with the 92 days before, also when typed as dd-mm-jjjj', async () => {
    for (const search of ['?van=2021-03-01&tot=2021-05-31', '?van=01-03-2021&tot=31-05-2021']) {
      const report = await reportOf(search)
      expect(report.title).toBe('Verslag 1 maart 2021 t/m 31 mei 2021')
      expect(report.previousLabel).toBe('29 november 2020 t/m 28 februari 2021')
      const meetings = shown(report.tables.bijeenkomsten)
      expect(meetings[0]?.slice(1, 3)).toEqual(['Gehouden deze periode', 'Gehouden periode ervoor'])
      expect(meetings[1]?.slice(0, 3)).toEqual(['Provinciale uitwisselingsbijeenkomst', '2', '0'])
      expect(meetings[3]?.slice(0, 3)).toEqual(['Bijeenkomst lokale welzijnswerkers', '0', '1'])
      expect(shown(report.tables.adviezen)[1]).toEqual(['Verzonden', '0', '1'])
      expect(report.search).toBe('van=2021-03-01&tot=2021-05-31')
    }
  })
})

describe('an empty year', () => {
  it('shows zeros and "geen", never NaN, and says there is nothing to list', async () => {
    const report = await reportOf('?jaar=2012')
    expect(report.title).toBe('Jaarverslag 2012')
    const cells = Object.values(report.tables).flatMap((table) => shown(table).slice(1).flat())
    expect(cells.filter((cell) => /NaN|undefined|Infinity/.test(cell))).toEqual([])
    expect(shown(report.tables.bijeenkomsten).at(-1)).toEqual([
      'Alle bijeenkomsten',
      '0',
      '0',
      'geen',
      'geen',
      'geen',
      'geen',
    ])
    expect(shown(report.tables.adviezen)[6]).toEqual(['Overnamepercentage', 'geen', 'geen'])
    expect(shown(report.tables['ondersteuning-per-raad'])).toEqual([
      ['Raad', 'Activiteiten 2012', 'Activiteiten 2011', 'Uren 2012', 'Uren 2011'],
      ['Alle ondersteuning', '0', '0', '0', '0'],
    ])
    expect(report.tables['ondersteuning-per-raad'].empty).toBe(
      'Geen ondersteuning vastgelegd in deze periodes.',
    )
    expect(report.tables.visiedocumenten.rows).toEqual([])
    expect(report.charts.meetings.rows).toEqual([])
  })
})

describe('the period the page opens with', () => {
  it('is this year in Dutch time, still running', async () => {
    const result = await openReport('')
    const year = dutchYear(new Date())
    expect(result.status).toBe(200)
    expect(result.data?.report?.title).toBe(`Jaarverslag ${year}`)
    expect(result.data?.report?.ongoing).toBe(true)
  })
})

describe('bad input', () => {
  const thisYear = dutchYear(new Date())
  const yearMessage = `Vul een jaar in van 2000 tot en met ${thisYear}, bijvoorbeeld ${thisYear}.`

  it.each(['abc', '1850', '2999', '20210'])('says which years can be chosen for jaar=%s', async (jaar) => {
    expect(await messagesFor(`?jaar=${jaar}`)).toEqual({
      status: 400,
      report: null,
      messages: { jaar: [yearMessage] },
    })
  })

  it.each([
    ['?van=2021-05-01&tot=2021-03-01', { tot: ['De einddatum ligt vóór de begindatum.'] }],
    ['?van=30-02-2021&tot=2021-03-01', { van: ['Vul een geldige datum in.'] }],
    ['?van=2021-02-30&tot=onzin', { van: ['Vul een geldige datum in.'], tot: ['Vul een geldige datum in.'] }],
    ['?van=2021-03-01', { tot: ['Vul dit veld in.'] }],
    ['?van=1999-12-31&tot=2000-01-31', { van: ['Kies een datum vanaf 1 januari 2000.'] }],
    [
      `?van=2021-01-01&tot=${thisYear + 1}-01-01`,
      { tot: [`Kies een datum tot en met 31 december ${thisYear}.`] },
    ],
  ])('puts a message beside the field for %s', async (search, messages) => {
    expect(await messagesFor(search)).toEqual({ status: 400, report: null, messages })
  })

  it('refuses a CSV of a period that makes no sense', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    expect((await outcome(() => askCsv('contacten', '?jaar=abc', cookie))).status).toBe(400)
  })
})

describe('the CSV of every table', () => {
  it('holds the same columns and rows as the page, for every table', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const report = await getYearReport({ period: yearPeriod(2021), now: NOW })
    for (const table of YEAR_REPORT_TABLES) {
      const rows = await download(table, '?jaar=2021', cookie)
      const onPage = report.tables[table]
      expect(rows[0]).toEqual(onPage.columns)
      expect(rows.map((row) => row[0])).toEqual([
        onPage.columns[0],
        ...[...onPage.rows, ...onPage.totals].map((row) => row.label),
      ])
    }
  })

  it('writes numbers, shares and days the way a Dutch spreadsheet reads them', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    expect((await download('ondersteuning-per-raad', '?jaar=2021', cookie)).slice(1)).toEqual([
      ['Cliëntenraad Alfa', '3', '0', '4,5', '0'],
      ['Wmo-raad Beta', '2', '1', '2', '1'],
      ['Alle ondersteuning', '5', '1', '5', '1'],
    ])
    expect((await download('visiedocumenten', '?jaar=2021', cookie)).slice(1)).toEqual([
      ['Visie op armoede', 'THEME 2021-04-08', '08-04-2021'],
      ['Visie op werk', 'THEME 2021-10-07', '07-10-2021'],
    ])
    expect((await download('adviezen', '?jaar=2021', cookie)).slice(1)).toEqual([
      ['Verzonden', '4', '1'],
      ['Gezamenlijk (twee of meer raden)', '2', '0'],
      ['Aandeel gezamenlijk', '50%', '0%'],
      ['Reactie van het college ontvangen', '3', '0'],
      ['Overgenomen (geheel of deels)', '2', '0'],
      ['Overnamepercentage', '67%', ''],
      ['Geen reactie ontvangen', '1', '0'],
      ['Mediane tijd tot de reactie (dagen)', '30', ''],
    ])
    expect((await download('bijeenkomsten', '?jaar=2021', cookie))[1]).toEqual([
      'Provinciale uitwisselingsbijeenkomst',
      '3',
      '1',
      '2',
      '3',
      '1,3',
      '2',
    ])
  })

  it('answers an unknown table with 404', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    expect((await outcome(() => askCsv('salarissen', '?jaar=2021', cookie))).status).toBe(404)
  })
})

describe('who may see the report', () => {
  it('shows it to a lezer without the downloads, and to an opbouwwerker with them', async () => {
    expect((await openReport('?jaar=2021', 'lezer')).data?.canExport).toBe(false)
    expect((await openReport('?jaar=2021', 'opbouwwerker')).data?.canExport).toBe(true)
  })

  it('refuses the CSV to a lezer and sends a visitor without a session to the login', async () => {
    const { cookie } = await signedIn('lezer')
    expect((await outcome(() => askCsv('contacten', '?jaar=2021', cookie))).status).toBe(403)
    const anonymous = await outcome(() => askCsv('contacten', '?jaar=2021'))
    expect(anonymous.status).toBe(302)
    expect(anonymous.location).toMatch(/^\/login/)
    const page = await outcome(() =>
      loader({
        request: makeRequest('/rapportages/jaarverslag?jaar=2021'),
        params: {},
        context: testContext(),
      }),
    )
    expect(page.location).toMatch(/^\/login/)
  })
})
