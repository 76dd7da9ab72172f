import { subMonths } from 'date-fns'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { RouteObject } from 'react-router-dom'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom/server.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { NetworkLink } from '~/models/network/network-graph.ts'
import NetworkPage, { loader } from '~/routes/netwerk.tsx'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestOrganisation,
  createTestTheme,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

type PageData = Awaited<ReturnType<typeof loader>>

let cookie: string
let authorId: string

beforeAll(async () => {
  cookie = (await signedIn('lezer')).cookie
  authorId = (await createTestUser()).id
})

// Returns what the page's loader gives a viewer for `search`.
async function loadNetwork(search = '') {
  const result = await outcome<PageData>(() =>
    loader({ request: makeRequest(`/netwerk${search}`, { cookie }), params: {}, context: testContext() }),
  )
  expect(result.status).toBe(200)
  if (!result.data) throw new Error('The network page returned no data')
  return result.data
}

// Returns the page as the browser gets it, rendered on the server without JavaScript.
async function renderPage(search = '') {
  const routes: RouteObject[] = [
    {
      id: 'netwerk',
      path: '/netwerk',
      loader: ({ request, params }) => loader({ request, params, context: testContext() }),
      Component: NetworkPage,
    },
  ]
  const handler = createStaticHandler(routes)
  const context = await handler.query(makeRequest(`/netwerk${search}`, { cookie }))
  if (context instanceof Response) throw new Error(`The network page answered ${context.status}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToStaticMarkup(createElement(StaticRouterProvider, { router, context, hydrate: false }))
}

// Returns the links between the organisations of `ids` as "kind first–second weight", with
// the two names in alphabetical order, sorted.
function linksAmong(links: readonly NetworkLink[], names: Record<string, string>) {
  return links
    .filter((link) => link.sourceId in names && link.targetId in names)
    .map((link) => {
      const pair = [names[link.sourceId], names[link.targetId]].sort().join('–')
      return `${link.kind} ${pair} ${link.weight}`
    })
    .sort()
}

// Records an advice about `themeIds` written by `councilIds`, sent `monthsAgo` ago.
async function advice({
  councilIds,
  themeIds = [],
  monthsAgo = 1,
}: {
  councilIds: string[]
  themeIds?: string[]
  monthsAgo?: number
}) {
  return prisma.advice.create({
    data: {
      type: 'UNREQUESTED',
      title: 'Gezamenlijk advies',
      status: 'SENT',
      sentOn: subMonths(new Date(), monthsAgo),
      createdById: authorId,
      councils: { create: councilIds.map((organisationId) => ({ organisationId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}

// Records a meeting `monthsAgo` ago about `themeIds`, with one invitation per entry of
// `attendance`: someone on behalf of that organisation, with that status.
async function meeting({
  kind = 'THEME',
  themeIds = [],
  agendaThemeIds = [],
  attendance,
  monthsAgo = 1,
}: {
  kind?: string
  themeIds?: string[]
  agendaThemeIds?: string[]
  attendance: { organisationId: string; status?: string }[]
  monthsAgo?: number
}) {
  const startsAt = subMonths(new Date(), monthsAgo)
  const people = await Promise.all(
    attendance.map((_, index) => prisma.person.create({ data: { name: `Deelnemer ${index + 1}` } })),
  )
  return prisma.meeting.create({
    data: {
      kind,
      title: 'Bijeenkomst',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      status: 'HELD',
      createdById: authorId,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      agendaItems: {
        create: agendaThemeIds.map((themeId, index) => ({
          position: index + 1,
          title: 'Agendapunt',
          themeId,
        })),
      },
      invitations: {
        create: attendance.map((entry, index) => ({
          personId: people[index]?.id ?? '',
          organisationId: entry.organisationId,
          status: entry.status ?? 'PRESENT',
        })),
      },
    },
  })
}

// Records a relation of `type` from one organisation to another.
function relation(fromId: string, toId: string, type = 'WORKS_WITH') {
  return prisma.organisationRelation.create({ data: { fromId, toId, type } })
}

describe('the three kinds of links', () => {
  it('draws relations, joint advices and shared theme meetings, each weighted by how many there are', async () => {
    const [a, b, c] = [
      await createTestOrganisation({ name: 'Raad A' }),
      await createTestOrganisation({ name: 'Raad B', type: 'WMO_COUNCIL' }),
      await createTestOrganisation({ name: 'Raad C', type: 'SOCIAL_DOMAIN_COUNCIL' }),
    ]
    await relation(a.id, b.id)
    await relation(b.id, a.id, 'FEEDS_SIGNALS_TO')
    await advice({ councilIds: [a.id, b.id, c.id] })
    await advice({ councilIds: [a.id, b.id] })
    // Outside the last twelve months: not counted.
    await advice({ councilIds: [a.id, c.id], monthsAgo: 20 })
    await meeting({
      attendance: [
        { organisationId: a.id },
        { organisationId: b.id },
        { organisationId: c.id, status: 'EXCUSED' },
      ],
    })
    // Two people of A: still one meeting.
    await meeting({
      attendance: [{ organisationId: a.id }, { organisationId: a.id }, { organisationId: c.id }],
    })
    // Everyone comes to the provincial exchange: that says nothing.
    await meeting({
      kind: 'EXCHANGE',
      attendance: [{ organisationId: a.id }, { organisationId: b.id }, { organisationId: c.id }],
    })

    const { network } = await loadNetwork()
    const names = { [a.id]: 'A', [b.id]: 'B', [c.id]: 'C' }
    expect(linksAmong(network.links, names)).toEqual([
      'advice A–B 2',
      'advice A–C 1',
      'advice B–C 1',
      'meeting A–B 1',
      'meeting A–C 1',
      'relation A–B 2',
    ])
    const nodeA = network.nodes.find((node) => node.id === a.id)
    expect(nodeA?.connections).toBe(2)
    expect(nodeA?.radius).toBeGreaterThan(11)

    const longer = await loadNetwork('?van=2020-01-01')
    expect(linksAmong(longer.network.links, names)).toContain('advice A–C 2')
  })

  it('shows only the kinds of link that are ticked, and no links at all when none is', async () => {
    const [a, b] = [
      await createTestOrganisation({ name: 'Raad D' }),
      await createTestOrganisation({ name: 'Raad E' }),
    ]
    await relation(a.id, b.id)
    await advice({ councilIds: [a.id, b.id] })
    const names = { [a.id]: 'D', [b.id]: 'E' }

    const advicesOnly = await loadNetwork('?verband=&verband=advies')
    expect(linksAmong(advicesOnly.network.links, names)).toEqual(['advice D–E 1'])
    expect(advicesOnly.filters.kinds).toEqual(['advice'])

    const none = await loadNetwork('?verband=')
    expect(none.network.links).toEqual([])
    expect(none.network.nodes.map((node) => node.id)).toEqual(expect.arrayContaining([a.id, b.id]))
  })

  it('shows councils only unless every type of organisation is asked for', async () => {
    const council = await createTestOrganisation({ name: 'Raad F' })
    const point = await createTestOrganisation({ name: 'Spreekuurpunt G', type: 'SUPPORT_POINT' })
    const inactive = await createTestOrganisation({ name: 'Opgeheven raad', active: false })
    await relation(point.id, council.id, 'FEEDS_SIGNALS_TO')

    const councils = await loadNetwork()
    const ids = councils.network.nodes.map((node) => node.id)
    expect(ids).toContain(council.id)
    expect(ids).not.toContain(point.id)
    expect(ids).not.toContain(inactive.id)

    const everyone = await loadNetwork('?soorten=alle')
    expect(everyone.network.nodes.map((node) => node.id)).toContain(point.id)
    expect(linksAmong(everyone.network.links, { [council.id]: 'F', [point.id]: 'G' })).toEqual([
      'relation F–G 1',
    ])
  })
})

describe('the network around a theme', () => {
  it('keeps only the organisations that work on the theme, and only the advices and meetings about it', async () => {
    const [armoede, jeugd] = [
      await createTestTheme({ name: 'Armoede en schulden (netwerk)' }),
      await createTestTheme({ name: 'Jeugdhulp (netwerk)', domain: 'JEUGD' }),
    ]
    const tagged = await createTestOrganisation({ name: 'Getagd', themeIds: [armoede.id] })
    const adviser = await createTestOrganisation({ name: 'Adviseerde', type: 'WMO_COUNCIL' })
    const elsewhere = await createTestOrganisation({ name: 'Alleen jeugd', themeIds: [jeugd.id] })
    const point = await createTestOrganisation({
      name: 'Spreekuur armoede',
      type: 'SUPPORT_POINT',
      themeIds: [armoede.id],
    })
    await advice({ councilIds: [tagged.id, adviser.id], themeIds: [armoede.id] })
    await advice({ councilIds: [tagged.id, adviser.id, elsewhere.id], themeIds: [jeugd.id] })
    await meeting({
      agendaThemeIds: [armoede.id],
      attendance: [{ organisationId: tagged.id }, { organisationId: adviser.id }],
    })
    await meeting({
      themeIds: [jeugd.id],
      attendance: [
        { organisationId: tagged.id },
        { organisationId: adviser.id },
        { organisationId: elsewhere.id },
      ],
    })
    await relation(tagged.id, elsewhere.id)
    await relation(point.id, tagged.id, 'FEEDS_SIGNALS_TO')
    const names = {
      [tagged.id]: 'Getagd',
      [adviser.id]: 'Adviseerde',
      [elsewhere.id]: 'Jeugd',
      [point.id]: 'Spreekuur',
    }

    const everything = await loadNetwork()
    expect(linksAmong(everything.network.links, names)).toEqual([
      'advice Adviseerde–Getagd 2',
      'advice Adviseerde–Jeugd 1',
      'advice Getagd–Jeugd 1',
      'meeting Adviseerde–Getagd 2',
      'meeting Adviseerde–Jeugd 1',
      'meeting Getagd–Jeugd 1',
      'relation Getagd–Jeugd 1',
    ])

    const around = await loadNetwork(`?thema=${armoede.id}`)
    expect(around.theme?.name).toBe('Armoede en schulden (netwerk)')
    expect(around.network.nodes.map((node) => node.name)).toEqual(['Adviseerde', 'Getagd'])
    expect(linksAmong(around.network.links, names)).toEqual([
      'advice Adviseerde–Getagd 1',
      'meeting Adviseerde–Getagd 1',
    ])

    const withEveryone = await loadNetwork(`?thema=${armoede.id}&soorten=alle`)
    expect(withEveryone.network.nodes.map((node) => node.name)).toEqual([
      'Adviseerde',
      'Getagd',
      'Spreekuur armoede',
    ])
    expect(linksAmong(withEveryone.network.links, names)).toContain('relation Getagd–Spreekuur 1')
  })

  it('says so when nobody works on the theme', async () => {
    const theme = await createTestTheme({ name: 'Thema zonder werk (netwerk)' })
    const data = await loadNetwork(`?thema=${theme.id}`)
    expect(data.network.nodes).toEqual([])
    const html = await renderPage(`?thema=${theme.id}`)
    expect(html).toContain('Geen organisaties bij deze filters.')
    expect(html).not.toContain('role="img"')
  })
})

// Returns the tag and attributes of every element `tags` in `html`, in document order.
function elements(html: string, tags: string) {
  return [...html.matchAll(new RegExp(`<(${tags})\\s([^>]*)>`, 'g'))].map((match) => ({
    tag: match[1],
    ...Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]),
    ),
  })) as Record<string, string | undefined>[]
}

describe('the picture and the list beside it', () => {
  it('lists the same organisations and connections as the picture draws, with the organisation pages as links', async () => {
    const theme = await createTestTheme({ name: 'Bejegening (netwerk)' })
    const [a, b, c] = [
      await createTestOrganisation({ name: 'Cliëntenraad Werk en Inkomen Lijstdorp', themeIds: [theme.id] }),
      await createTestOrganisation({ name: 'Wmo-raad Lijstdorp', type: 'WMO_COUNCIL', themeIds: [theme.id] }),
      await createTestOrganisation({
        name: 'Jongerenraad Lijstdorp',
        type: 'YOUTH_COUNCIL',
        themeIds: [theme.id],
      }),
    ]
    await relation(b.id, a.id, 'FEEDS_SIGNALS_TO')
    await advice({ councilIds: [a.id, b.id], themeIds: [theme.id] })
    await advice({ councilIds: [a.id, b.id], themeIds: [theme.id] })
    await meeting({ themeIds: [theme.id], attendance: [{ organisationId: a.id }, { organisationId: c.id }] })

    const html = await renderPage(`?thema=${theme.id}`)
    expect(html).toMatch(/<svg role="img" aria-labelledby="[^"]+" aria-describedby="[^"]+"/)
    expect(html).toContain('Netwerkbeeld rond Bejegening (netwerk)')
    expect(html).toContain(
      'Organisaties: 3. Verbindingen: 3 (relaties: 1, gezamenlijke adviezen: 1, gedeelde themabijeenkomsten: 1).',
    )

    const lines = elements(html, 'line').filter((line) => line['data-kind'])
    const drawn = lines
      .map(
        (line) =>
          `${line['data-kind']} ${[line['data-source'], line['data-target']].sort().join(' ')} ${line['data-weight']}`,
      )
      .sort()
    expect(drawn).toHaveLength(3)

    // The list: an item per organisation, inside it an item per other organisation, and in
    // that a part per kind of link.
    let [self, other] = ['', '']
    const listed: string[] = []
    for (const element of elements(html, 'li|span')) {
      if (element['data-node']) self = element['data-node']
      else if (element.tag === 'li' && element['data-organisation']) other = element['data-organisation']
      else if (element['data-kind'])
        listed.push(`${element['data-kind']} ${[self, other].sort().join(' ')} ${element['data-weight']}`)
    }
    // Every line is listed from both ends.
    expect(listed.sort()).toEqual(drawn.flatMap((line) => [line, line]).sort())

    for (const organisation of [a, b, c]) {
      expect(html).toContain(`<a href="/organisaties/${organisation.id}" tabindex="-1"`)
    }
    const text = html.replace(/<[^>]+>/g, '')
    expect(text).toContain(
      'Levert signalen aan Cliëntenraad Werk en Inkomen Lijstdorp — 2 gezamenlijke adviezen',
    )
    expect(text).toContain('Ontvangt signalen van Wmo-raad Lijstdorp — 2 gezamenlijke adviezen')
    expect(text).toContain('Jongerenraad Lijstdorp — 1 gedeelde themabijeenkomst')
    expect(html).toMatch(/<title>Wmo-raad Lijstdorp \(Wmo-adviesraad\), 1 verbinding<\/title>/)
  })
})

describe('odd addresses', () => {
  it('ignores a theme or municipality that does not exist, and says so in Dutch', async () => {
    const data = await loadNetwork('?thema=bestaat-niet&gemeente=ook-niet')
    expect(data.notices).toEqual({ unknownTheme: true, unknownMunicipality: true })
    expect(data.theme).toBeNull()
    expect(data.filters.themeId).toBe('')
    const html = await renderPage('?thema=bestaat-niet')
    expect(html).toContain('Het gekozen thema bestaat niet (meer).')
  })

  it('answers nonsense in every parameter with the default picture, never an error', async () => {
    for (const search of [
      '?thema=%3Cscript%3E&soorten=iedereen&verband=alles&van=2026-13-45&tot=gisteren',
      `?thema=${'x'.repeat(500)}&gemeente=&van=&tot=`,
      '?verband=relatie&verband=relatie&van=1900-01-01&tot=1899-01-01',
    ]) {
      const data = await loadNetwork(search)
      expect(data.filters.scope).toBe('raden')
      expect(await renderPage(search)).toContain('<h1')
    }
  })
})
