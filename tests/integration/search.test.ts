import { randomBytes } from 'node:crypto'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { Snippet } from '~/components/search-results.tsx'
import { reindexAll, type SearchResult, search } from '~/models/search/search.server.ts'
import type { SearchKind } from '~/models/search/search-query.ts'
import { loader } from '~/routes/zoeken.tsx'
import { prisma } from '~/utils/db.server.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  createTestUser,
  makeRequest,
  outcome,
  signedIn,
  testContext,
} from '../factories.ts'

// Returns a made-up word that occurs nowhere else, so each test finds only its own records.
const word = (prefix = 'zw') =>
  `${prefix}${randomBytes(5)
    .toString('hex')
    .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)] ?? 'q')}`

// Returns "kind:title" of every hit, for readable assertions.
const found = (result: SearchResult) => result.hits.map((hit) => `${hit.kind}:${hit.title}`)

// Returns the number of exact hits for `q` (not those of the looser fallback query, which
// may find the made-up words of other tests by their first four letters).
const exactTotal = async (q: string) => {
  const result = await search({ q })
  return result.approximate ? 0 : result.total
}

let authorId: string

beforeAll(async () => {
  authorId = (await createTestUser()).id
})

describe('the search finds records the way people type', () => {
  it('finds an organisation without the diaeresis and by half a word', async () => {
    const tag = word()
    const organisation = await createTestOrganisation({ name: `Cliëntenraad Werk en Inkomen ${tag}` })
    expect(found(await search({ q: `clientenraad ${tag}` }))).toEqual([`organisation:${organisation.name}`])
    expect(found(await search({ q: `cliëntenr ${tag.slice(0, 6)}` }))).toEqual([
      `organisation:${organisation.name}`,
    ])
    expect(found(await search({ q: `CLIENTENRAAD ${tag.toUpperCase()}` }))).toHaveLength(1)
  })

  it('finds a person by name and organisation, but never by notes or e-mail', async () => {
    const [name, secret, mailbox, council] = [word(), word(), word(), word()]
    const organisation = await createTestOrganisation({ name: `Wmo-raad ${council}` })
    await prisma.person.create({
      data: {
        name: `Pieternella ${name}`,
        notes: `Vertrouwelijk: ${secret}`,
        email: `${mailbox}@example.org`,
        phone: '0612345678',
        memberships: { create: { organisationId: organisation.id, role: 'lid' } },
      },
    })
    expect(found(await search({ q: `pieternella ${name}` }))).toEqual([`person:Pieternella ${name}`])
    expect(found(await search({ q: council }))).toEqual([
      `organisation:Wmo-raad ${council}`,
      `person:Pieternella ${name}`,
    ])
    for (const q of [secret, mailbox]) {
      const result = await search({ q })
      expect(result.hits.map((hit) => hit.title)).not.toContain(`Pieternella ${name}`)
      expect(result.approximate ? 0 : result.total).toBe(0)
    }
    expect(await exactTotal('0612345678')).toBe(0)
  })

  it('finds an activity, a signal, a meeting by its minutes or a tip, and an advice', async () => {
    const tag = word()
    const source = await createTestOrganisation({ name: `Spreekuurpunt ${word()}`, type: 'SUPPORT_POINT' })
    await prisma.activity.create({
      data: {
        kind: 'SITE_VISIT',
        occurredAt: new Date(),
        authorId,
        summary: 'Werkbezoek',
        findings: `Beschut werk ${tag}a`,
      },
    })
    await prisma.signal.create({
      data: {
        sourceId: source.id,
        receivedOn: new Date(),
        title: 'Energietoeslag',
        description: `Aanvraag te ingewikkeld ${tag}b`,
        createdById: authorId,
      },
    })
    const start = new Date()
    await prisma.meeting.create({
      data: {
        kind: 'EXCHANGE',
        title: 'Uitwisseling',
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        createdById: authorId,
        minutes: `Afgesproken: brief over ${tag}c`,
        tips: { create: { text: `Tip: ${tag}d werkt` } },
        agendaItems: { create: { position: 1, title: `Agendapunt ${tag}e` } },
      },
    })
    await prisma.advice.create({
      data: {
        type: 'UNREQUESTED',
        title: 'Kwijtschelding',
        body: `Advies over ${tag}f`,
        status: 'SENT',
        createdById: authorId,
      },
    })
    for (const [suffix, kind] of [
      ['a', 'activity'],
      ['b', 'signal'],
      ['c', 'meeting'],
      ['d', 'meeting'],
      ['e', 'meeting'],
      ['f', 'advice'],
    ] as const) {
      expect((await search({ q: `${tag}${suffix}` })).hits.map((hit) => hit.kind)).toEqual([kind])
    }
    expect((await search({ q: 'kwijtsch' })).hits.map((hit) => hit.title)).toContain('Kwijtschelding')
  })

  it('ranks a match in the title above a match in the text', async () => {
    const tag = word()
    await createTestOrganisation({ name: `Raad zonder het woord ${word()}` }).then((o) =>
      prisma.organisation.update({ where: { id: o.id }, data: { notes: `Noemt ${tag} in de notities` } }),
    )
    const titled = await createTestOrganisation({ name: `Raad ${tag}` })
    expect((await search({ q: tag })).hits[0]?.recordId).toBe(titled.id)
  })

  it('tolerates a typo further on in a word, marking the result as approximate', async () => {
    const tag = word('kwij')
    await createTestOrganisation({ name: `Raad ${tag}` })
    const result = await search({ q: `${tag.slice(0, 5)}xyz` })
    expect(result.approximate).toBe(true)
    expect(result.hits.map((hit) => hit.title)).toContain(`Raad ${tag}`)
  })
})

describe('the index follows every write', () => {
  it('follows an update and a delete of the record, and of what it carries', async () => {
    const [before, after, person] = [word(), word(), word()]
    const organisation = await createTestOrganisation({ name: `Raad ${before}` })
    await prisma.person.create({
      data: {
        name: `Jan ${person}`,
        memberships: { create: { organisationId: organisation.id, role: 'lid' } },
      },
    })
    await prisma.organisation.update({ where: { id: organisation.id }, data: { name: `Raad ${after}` } })
    expect(await exactTotal(before)).toBe(0)
    expect(found(await search({ q: after }))).toEqual([`organisation:Raad ${after}`, `person:Jan ${person}`])

    await prisma.organisation.delete({ where: { id: organisation.id } })
    expect(await exactTotal(after)).toBe(0)
    expect(found(await search({ q: person }))).toEqual([`person:Jan ${person}`])
  })

  it('follows a meeting’s tips being removed and the meeting being deleted', async () => {
    const tip = word()
    const start = new Date()
    const meeting = await prisma.meeting.create({
      data: {
        kind: 'THEME',
        title: `Themabijeenkomst ${word()}`,
        startsAt: start,
        endsAt: start,
        createdById: authorId,
        tips: { create: { text: tip } },
      },
    })
    expect((await search({ q: tip })).total).toBe(1)
    await prisma.meetingTip.deleteMany({ where: { meetingId: meeting.id } })
    expect(await exactTotal(tip)).toBe(0)
    await prisma.meeting.delete({ where: { id: meeting.id } })
    expect(await exactTotal(meeting.title)).toBe(0)
  })

  it('is rolled back with a failed transaction', async () => {
    const [kept, lost] = [word(), word()]
    const organisation = await createTestOrganisation({ name: `Raad ${kept}` })
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: organisation.id }, data: { name: `Raad ${lost}` } })
        await tx.organisation.create({ data: { name: `Nieuw ${lost}`, type: 'WMO_COUNCIL' } })
        throw new Error('Afgebroken')
      }),
    ).rejects.toThrow('Afgebroken')
    expect(await exactTotal(lost)).toBe(0)
    expect(found(await search({ q: kept }))).toEqual([`organisation:Raad ${kept}`])
  })

  it('is rebuilt by reindexAll with the same results', async () => {
    const tag = word()
    await createTestOrganisation({ name: `Raad ${tag} één` })
    await createTestOrganisation({ name: `Raad ${tag} twee` })
    const before = await search({ q: tag })
    await prisma.$executeRawUnsafe('DELETE FROM "SearchDocument"')
    expect(await exactTotal(tag)).toBe(0)
    const { documents } = await reindexAll()
    expect(documents).toBeGreaterThan(1)
    expect(found(await search({ q: tag }))).toEqual(found(before))
    expect(found(await search({ q: 'clientenraad' }))).toEqual(found(await search({ q: 'cliëntenraad' })))
  })
})

describe('what the user typed is text, never a query language', () => {
  it('never errors on FTS syntax, and an empty query searches nothing', async () => {
    const tag = word()
    await createTestOrganisation({ name: `Raad ${tag}` })
    for (const q of [
      '"',
      `"${tag}`,
      `${tag}*`,
      `NEAR(${tag} raad)`,
      `-${tag}`,
      `title:${tag}`,
      `(${tag} OR`,
      `${tag} AND NOT`,
      '*',
      '^raad',
      '\'; DROP TABLE "SearchIndex"; --',
      'x'.repeat(10_000),
    ]) {
      await expect(search({ q })).resolves.toBeDefined()
    }
    expect(await exactTotal(`NEAR(${tag}`)).toBe(0)
    expect((await search({ q: `(${tag})` })).total).toBe(1)
    for (const q of ['', '   ', '"*-:()']) {
      expect(await search({ q })).toMatchObject({ searched: false, total: 0, hits: [] })
    }
  })

  it('marks the match in the snippet and shows HTML in the stored text as text', async () => {
    const tag = word()
    const organisation = await createTestOrganisation({ name: `<script>alert(1)</script> ${tag}` })
    await prisma.organisation.update({
      where: { id: organisation.id },
      data: { notes: `<b>vet</b> & ${tag} <img src=x onerror=alert(1)>` },
    })
    const [hit] = (await search({ q: tag })).hits
    expect(hit?.title).toBe(`<script>alert(1)</script> ${tag}`)
    expect(hit?.snippet.filter((segment) => segment.match).map((segment) => segment.text)).toEqual([tag])
    const html = renderToStaticMarkup(createElement(Snippet, { segments: hit?.snippet ?? [] }))
    expect(html).toContain(`<mark class="bg-yellow-200 text-slate-900">${tag}</mark>`)
    expect(html).not.toMatch(/<script|<img|<b>/)
    expect(html).toContain('&lt;')
  })
})

describe('filters and pages', () => {
  it('filters by kind, theme, municipality and period', async () => {
    const tag = word()
    const theme = await createTestTheme()
    const municipality = await createTestMunicipality()
    const tagged = await createTestOrganisation({
      name: `Raad ${tag} gelabeld`,
      themeIds: [theme.id],
      municipalityIds: [municipality.id],
    })
    await createTestOrganisation({ name: `Raad ${tag} zonder` })
    const old = new Date('2020-03-01T10:00:00Z')
    await prisma.activity.create({
      data: {
        kind: 'CONTACT',
        occurredAt: old,
        authorId,
        summary: `Contact ${tag}`,
        themes: { create: { themeId: theme.id } },
        organisations: { create: { organisationId: tagged.id } },
      },
    })
    await prisma.activity.create({
      data: { kind: 'CONTACT', occurredAt: new Date(), authorId, summary: `Nieuw ${tag}` },
    })

    const all = await search({ q: tag })
    expect(all.counts).toMatchObject({ organisation: 2, activity: 2 })
    const kinds = (result: SearchResult) => result.hits.map((hit) => hit.kind).sort()
    expect(kinds(await search({ q: tag, kinds: ['activity'] }))).toEqual(['activity', 'activity'])
    const byKind = await search({ q: tag, kinds: ['organisation'] as SearchKind[] })
    expect(byKind.counts.activity).toBe(2)
    expect(byKind.total).toBe(2)
    expect(found(await search({ q: tag, themeId: theme.id })).sort()).toEqual([
      `activity:Contact ${tag}`,
      `organisation:Raad ${tag} gelabeld`,
    ])
    expect(found(await search({ q: tag, municipalityId: municipality.id })).sort()).toEqual([
      `activity:Contact ${tag}`,
      `organisation:Raad ${tag} gelabeld`,
    ])
    expect(
      found(
        await search({
          q: tag,
          from: new Date('2020-01-01T00:00:00Z'),
          to: new Date('2021-01-01T00:00:00Z'),
        }),
      ),
    ).toEqual([`activity:Contact ${tag}`])
  })

  it('pages through many hits', async () => {
    const tag = word()
    for (let index = 0; index < 23; index += 1) await createTestOrganisation({ name: `Raad ${tag} ${index}` })
    const first = await search({ q: tag })
    expect(first).toMatchObject({ total: 23, pageCount: 2, page: 1 })
    expect(first.hits).toHaveLength(20)
    const second = await search({ q: tag, page: 2 })
    expect(second.hits).toHaveLength(3)
    expect(new Set([...first.hits, ...second.hits].map((hit) => hit.recordId)).size).toBe(23)
    expect((await search({ q: tag, page: 99 })).page).toBe(2)
  })
})

describe('the /zoeken page', () => {
  type PageData = {
    result: SearchResult
    periodError: { error: string; field: string } | null
    query: { q: string }
  }
  const open = async (search: string, role: 'lezer' | 'opbouwwerker' = 'lezer') => {
    const { cookie } = await signedIn(role)
    return outcome<PageData>(() =>
      loader({ request: makeRequest(`/zoeken${search}`, { cookie }), params: {}, context: testContext() }),
    )
  }

  it('lets a lezer search', async () => {
    const tag = word()
    await createTestOrganisation({ name: `Cliëntenraad ${tag}` })
    const page = await open(`?q=clientenraad+${tag}`)
    expect(page.status).toBe(200)
    expect(page.data?.result.hits.map((hit) => hit.title)).toEqual([`Cliëntenraad ${tag}`])
  })

  it('sends someone who is not logged in to the login page', async () => {
    const page = await outcome(() =>
      loader({ request: makeRequest('/zoeken?q=raad'), params: {}, context: testContext() }),
    )
    expect(page.status).toBe(302)
    expect(page.location).toMatch(/^\/login/)
  })

  it('explains a bad date or period instead of failing, and ignores nonsense filters', async () => {
    const bad = await open('?q=raad&van=31-02-2026&soort=bestaat-niet&pagina=-3')
    expect(bad.status).toBe(200)
    expect(bad.data?.periodError).toEqual({ error: 'search.badDate', field: 'van' })
    const badEnd = await open('?q=raad&van=2026-01-01&tot=2026-02-31')
    expect(badEnd.data?.periodError).toEqual({ error: 'search.badDate', field: 'tot' })
    const reversed = await open('?q=raad&van=2026-05-01&tot=2026-01-01')
    expect(reversed.data?.periodError).toEqual({ error: 'search.badPeriod', field: 'van' })
  })

  it('takes the period in whole Dutch days, also just after midnight', async () => {
    const tag = word()
    const { id: authorId } = await createTestUser({ role: 'opbouwwerker' })
    // 00:30 on 2 March in Dutch time is still 1 March in UTC.
    await prisma.activity.create({
      data: {
        kind: 'CONTACT',
        occurredAt: new Date('2026-03-01T23:30:00Z'),
        authorId,
        summary: `Nachtelijk ${tag}`,
      },
    })
    const titles = async (period: string) =>
      (await open(`?q=${tag}${period}`)).data?.result.hits.map((hit) => hit.title) ?? []
    expect(await titles('&van=2026-03-02&tot=2026-03-02')).toHaveLength(1)
    expect(await titles('&van=2026-03-01&tot=2026-03-01')).toEqual([])
  })

  it('shows the explanation for an empty query', async () => {
    const page = await open('?q=')
    expect(page.data?.result.searched).toBe(false)
  })
})
