import { describe, expect, it } from 'vitest'
import {
  listOrganisationsForThemes,
  listOrganisationsSharingThemes,
} from '~/models/theme/theme-lookup.server.ts'
import { loader as listLoader } from '~/routes/organisaties._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/organisaties.$organisationId.tsx'
import {
  action as editAction,
  loader as editLoader,
} from '~/routes/organisaties.$organisationId_.bewerken.tsx'
import { action as newAction } from '~/routes/organisaties.nieuw.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  makeRequest,
  outcome,
  postForm as post,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = {
  errors: Record<string, string[]>
  values: Record<string, string>
  lists: Record<string, string[]>
  conflict?: { field: string; label: string; before: string; after: string }[] | null
}

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

async function createThroughForm(cookie: string, fields: Record<string, string | string[]>) {
  return outcome<Reply>(() =>
    newAction({ request: post('/organisaties/nieuw', cookie, fields), params: {}, context: testContext() }),
  )
}

describe('creating an organisation', () => {
  it('stores a council with its municipalities, themes and normalised contact details', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const municipality = await createTestMunicipality({ name: 'Lytsedorp' })
    const theme = await createTestTheme({ name: 'Minimabeleid (test)' })
    const result = await createThroughForm(cookie, {
      name: 'Cliëntenraad Lytsedorp',
      type: 'CLIENT_COUNCIL_WI',
      municipalityIds: [municipality.id],
      themeIds: [theme.id],
      postcode: '8911ab',
      phone: '058-1234567',
      website: 'www.crlytsedorp.example',
      email: 'Info@CRLytsedorp.example',
    })
    expect(result.status).toBe(302)
    const stored = await prisma.organisation.findFirstOrThrow({
      where: { name: 'Cliëntenraad Lytsedorp' },
      include: { municipalities: true, themes: true },
    })
    expect(result.location).toBe(`/organisaties/${stored.id}`)
    expect(stored).toMatchObject({
      postcode: '8911 AB',
      phone: '+31581234567',
      website: 'https://www.crlytsedorp.example/',
      email: 'info@crlytsedorp.example',
      legalBasis: 'Participatiewet art. 47\nIOAW art. 42\nIOAZ art. 42',
    })
    expect(stored.municipalities.map((link) => link.municipalityId)).toEqual([municipality.id])
    expect(stored.themes.map((link) => link.themeId)).toEqual([theme.id])
  })

  it('refuses a second active organisation with the same name in the same municipality, keeping the input', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const municipality = await createTestMunicipality()
    await createTestOrganisation({
      name: 'Wmo-raad Dubbel',
      type: 'WMO_COUNCIL',
      municipalityIds: [municipality.id],
    })
    const before = await prisma.organisation.count()
    const result = await createThroughForm(cookie, {
      name: '  wmo-raad   dubbel ',
      type: 'WMO_COUNCIL',
      municipalityIds: [municipality.id],
      city: 'Dokkum',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'name')).toEqual([
      'Er is al een actieve organisatie met deze naam in (een van) deze gemeenten.',
    ])
    expect(result.data?.values.city).toBe('Dokkum')
    expect(result.data?.lists.municipalityIds).toEqual([municipality.id])
    expect(await prisma.organisation.count()).toBe(before)
  })

  it('allows the same name in another municipality', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const [here, there] = [await createTestMunicipality(), await createTestMunicipality()]
    await createTestOrganisation({ name: 'Adviesraad Sociaal Domein', municipalityIds: [here.id] })
    const result = await createThroughForm(cookie, {
      name: 'Adviesraad Sociaal Domein',
      type: 'SOCIAL_DOMAIN_COUNCIL',
      municipalityIds: [there.id],
    })
    expect(result.status).toBe(302)
  })

  it('explains bad contact details, dates and choices in Dutch and stores nothing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const before = await prisma.organisation.count()
    const result = await createThroughForm(cookie, {
      name: '',
      type: 'KNUTSELCLUB',
      postcode: 'Leeuwarden',
      phone: 'bel me maar',
      email: 'geen-adres',
      website: 'javascript:alert(1)',
      activeFrom: '2024-05-01',
      activeTo: '2023-01-01',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'name')).toEqual(['Vul dit veld in.'])
    expect(messages(result, 'type')).toEqual(['Kies een van de mogelijkheden.'])
    expect(messages(result, 'postcode')).toEqual(['Vul een geldige postcode in, bijvoorbeeld 8911 AB.'])
    expect(messages(result, 'phone')[0]).toMatch(/^Vul een geldig telefoonnummer in/)
    expect(messages(result, 'email')[0]).toMatch(/^Vul een geldig e-mailadres in/)
    expect(messages(result, 'website')[0]).toMatch(/^Vul een geldig webadres in/)
    expect(messages(result, 'activeTo')).toEqual(['De einddatum ligt vóór de begindatum.'])
    expect(await prisma.organisation.count()).toBe(before)
  })

  it('does not offer or accept a municipality that merged away, nor unknown ids', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const merged = await createTestMunicipality({ validTo: new Date('2018-12-31T00:00:00Z') })
    const result = await createThroughForm(cookie, {
      name: 'Raad van een opgeheven gemeente',
      type: 'CLIENT_COUNCIL_WI',
      municipalityIds: [merged.id],
      themeIds: ['bestaat-niet'],
      responsibleUserId: 'niemand',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'municipalityIds')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(messages(result, 'themeIds')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(messages(result, 'responsibleUserId')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
  })

  it('stores text with markup as it was typed', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const name = '<b>Raad</b> & "Co" <script>x</script>'
    await createThroughForm(cookie, { name, type: 'PARTNER', notes: '<img src=x onerror=alert(1)>' })
    const stored = await prisma.organisation.findFirstOrThrow({ where: { name } })
    expect(stored.notes).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('the organisation list', () => {
  it('filters by type, municipality, theme and status, and sorts by name', async () => {
    const { cookie } = await signedIn('lezer')
    const municipality = await createTestMunicipality()
    const theme = await createTestTheme()
    await createTestOrganisation({
      name: 'B-raad filter',
      municipalityIds: [municipality.id],
      themeIds: [theme.id],
    })
    await createTestOrganisation({
      name: 'A-raad filter',
      municipalityIds: [municipality.id],
      themeIds: [theme.id],
    })
    await createTestOrganisation({
      name: 'C-raad filter',
      municipalityIds: [municipality.id],
      themeIds: [theme.id],
      active: false,
    })
    await createTestOrganisation({
      name: 'Spreekuur filter',
      type: 'SUPPORT_POINT',
      municipalityIds: [municipality.id],
    })
    const list = async (search: string) =>
      (
        await outcome<{ organisations: { name: string }[]; total: number }>(() =>
          listLoader({
            request: makeRequest(`/organisaties?${search}`, { cookie }),
            params: {},
            context: testContext(),
          }),
        )
      ).data
    const councils = await list(`gemeente=${municipality.id}&type=CLIENT_COUNCIL_WI`)
    expect(councils?.organisations.map((o) => o.name)).toEqual(['A-raad filter', 'B-raad filter'])
    const withTheme = await list(`thema=${theme.id}&status=alle`)
    expect(withTheme?.organisations.map((o) => o.name)).toEqual([
      'A-raad filter',
      'B-raad filter',
      'C-raad filter',
    ])
    const inactive = await list(`gemeente=${municipality.id}&status=inactief`)
    expect(inactive?.organisations.map((o) => o.name)).toEqual(['C-raad filter'])
  })

  it('falls back to its defaults for filter values that make no sense', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome<{ query: { status: string; sort: string; pagina: number } }>(() =>
      listLoader({
        request: makeRequest('/organisaties?pagina=-4&sort=<script>&status=%00&type=KNUTSELCLUB&gemeente=x', {
          cookie,
        }),
        params: {},
        context: testContext(),
      }),
    )
    expect(result.status).toBe(200)
    expect(result.data?.query).toMatchObject({ status: 'actief', sort: 'naam', pagina: 1 })
  })
})

describe('which councils share a theme', () => {
  it('ranks the councils that share themes with a council by the number of shared themes, naming them', async () => {
    const [armoede, reintegratie, bejegening] = [
      await createTestTheme(),
      await createTestTheme(),
      await createTestTheme(),
    ]
    const council = await createTestOrganisation({
      name: 'Ons',
      themeIds: [armoede.id, reintegratie.id, bejegening.id],
    })
    await createTestOrganisation({ name: 'Twee gedeeld', themeIds: [armoede.id, reintegratie.id] })
    await createTestOrganisation({
      name: 'Drie gedeeld',
      type: 'WMO_COUNCIL',
      themeIds: [armoede.id, reintegratie.id, bejegening.id],
    })
    await createTestOrganisation({ name: 'Een gedeeld', themeIds: [bejegening.id] })
    await createTestOrganisation({ name: 'Inactief gedeeld', active: false, themeIds: [armoede.id] })
    await createTestOrganisation({ name: 'Spreekuurpunt', type: 'SUPPORT_POINT', themeIds: [armoede.id] })
    const sharing = await listOrganisationsSharingThemes({ organisationId: council.id })
    expect(sharing.map((other) => [other.name, other.sharedThemes.length])).toEqual([
      ['Drie gedeeld', 3],
      ['Twee gedeeld', 2],
      ['Een gedeeld', 1],
    ])
    expect(sharing[1]?.sharedThemes.map((theme) => theme.id).sort()).toEqual(
      [armoede.id, reintegratie.id].sort(),
    )
  })

  it('finds the councils that work on all of several themes at once', async () => {
    const [a, b] = [await createTestTheme(), await createTestTheme()]
    const municipality = await createTestMunicipality({ name: 'Beidegem' })
    await createTestOrganisation({
      name: 'Beide',
      themeIds: [a.id, b.id],
      municipalityIds: [municipality.id],
    })
    await createTestOrganisation({ name: 'Alleen A', themeIds: [a.id] })
    const both = await listOrganisationsForThemes({ themeIds: [a.id, b.id] })
    expect(both.map((organisation) => organisation.name)).toEqual(['Beide'])
    expect(both[0]?.municipalities.map((m) => m.name)).toEqual(['Beidegem'])
    expect((await listOrganisationsForThemes({ themeIds: [a.id] })).map((o) => o.name)).toEqual([
      'Alleen A',
      'Beide',
    ])
  })
})

describe('editing an organisation', () => {
  it('detects that someone else saved first, names what they changed and overwrites nothing', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const organisation = await createTestOrganisation({ name: 'Raad Origineel' })
    const form = await outcome<{ base: string; current: { values: Record<string, string> } }>(() =>
      editLoader({
        request: makeRequest(`/organisaties/${organisation.id}/bewerken`, { cookie }),
        params: { organisationId: organisation.id },
        context: testContext(),
      }),
    )
    const base = form.data?.base ?? ''
    const save = (fields: Record<string, string>) =>
      outcome<Reply>(() =>
        editAction({
          request: post(`/organisaties/${organisation.id}/bewerken`, cookie, {
            type: 'CLIENT_COUNCIL_WI',
            base,
            version: '1',
            ...fields,
          }),
          params: { organisationId: organisation.id },
          context: testContext(),
        }),
      )
    expect((await save({ name: 'Raad Eerste', city: 'Sneek' })).status).toBe(302)
    const second = await save({ name: 'Raad Tweede', city: 'Joure' })
    expect(second.status).toBe(409)
    expect(second.data?.conflict?.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Naam', 'Raad Origineel', 'Raad Eerste'],
      ['Plaats', '', 'Sneek'],
    ])
    expect(second.data?.values.name).toBe('Raad Tweede')
    expect(await prisma.organisation.findUnique({ where: { id: organisation.id } })).toMatchObject({
      name: 'Raad Eerste',
      city: 'Sneek',
      version: 2,
    })
  })

  it('answers 404 for an organisation that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    const result = await outcome(() =>
      detailLoader({
        request: makeRequest('/organisaties/nope', { cookie }),
        params: { organisationId: 'nope' },
        context: testContext(),
      }),
    )
    expect(result.status).toBe(404)
  })
})

describe('relations, deactivation and deletion', () => {
  function act(cookie: string, organisationId: string, fields: Record<string, string>) {
    return outcome<Reply>(() =>
      detailAction({
        request: post(`/organisaties/${organisationId}`, cookie, fields),
        params: { organisationId },
        context: testContext(),
      }),
    )
  }

  it('shows a relation on both ends, read from each side', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const point = await createTestOrganisation({ name: 'Spreekuurpunt Noord', type: 'SUPPORT_POINT' })
    const council = await createTestOrganisation({ name: 'Raad Noord' })
    const added = await act(cookie, point.id, {
      intent: 'add-relation',
      type: 'FEEDS_SIGNALS_TO',
      direction: 'out',
      otherId: council.id,
    })
    expect(added.status).toBe(302)
    const view = async (id: string) =>
      (
        await outcome<{ relations: { type: string; inverse: boolean; other: { name: string } }[] }>(() =>
          detailLoader({
            request: makeRequest(`/organisaties/${id}`, { cookie }),
            params: { organisationId: id },
            context: testContext(),
          }),
        )
      ).data?.relations
    expect(await view(point.id)).toMatchObject([
      { type: 'FEEDS_SIGNALS_TO', inverse: false, other: { name: 'Raad Noord' } },
    ])
    expect(await view(council.id)).toMatchObject([
      { type: 'FEEDS_SIGNALS_TO', inverse: true, other: { name: 'Spreekuurpunt Noord' } },
    ])
  })

  it('refuses a "works with" relation that already exists the other way round', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const [a, b] = [await createTestOrganisation(), await createTestOrganisation()]
    await act(cookie, a.id, { intent: 'add-relation', type: 'WORKS_WITH', direction: 'out', otherId: b.id })
    const again = await act(cookie, b.id, {
      intent: 'add-relation',
      type: 'WORKS_WITH',
      direction: 'out',
      otherId: a.id,
    })
    expect(again.status).toBe(400)
    expect(messages(again, 'form')).toEqual(['Deze relatie bestaat al.'])
  })

  it('keeps a deactivated organisation with an end date, and shows it again when reactivated', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const organisation = await createTestOrganisation()
    await act(cookie, organisation.id, { intent: 'deactivate' })
    const stored = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })
    expect(stored.active).toBe(false)
    expect(stored.activeTo).not.toBeNull()
    await act(cookie, organisation.id, { intent: 'reactivate' })
    expect(await prisma.organisation.findUnique({ where: { id: organisation.id } })).toMatchObject({
      active: true,
      activeTo: null,
    })
  })

  it('deletes only an organisation without history, and only for a coordinator', async () => {
    const { cookie: worker } = await signedIn('opbouwwerker')
    const { cookie: coordinator } = await signedIn('coordinator')
    const mistake = await createTestOrganisation()
    const withHistory = await createTestOrganisation()
    const other = await createTestOrganisation()
    await prisma.organisationRelation.create({
      data: { fromId: withHistory.id, toId: other.id, type: 'WORKS_WITH' },
    })

    expect((await act(worker, mistake.id, { intent: 'delete' })).status).toBe(403)
    const refused = await act(coordinator, withHistory.id, { intent: 'delete' })
    expect(refused.status).toBe(400)
    expect(messages(refused, 'form')[0]).toMatch(/kan daarom niet worden verwijderd/)
    expect((await act(coordinator, mistake.id, { intent: 'delete' })).status).toBe(302)
    expect(await prisma.organisation.findUnique({ where: { id: mistake.id } })).toBeNull()
    expect(await prisma.organisation.findUnique({ where: { id: withHistory.id } })).not.toBeNull()
  })
})
