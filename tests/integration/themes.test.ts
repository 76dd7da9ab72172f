import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { listActiveThemeOptions, listThemes, mergeThemes } from '~/models/theme/theme.server.ts'
import { action as themesAction, loader as themesLoader } from '~/routes/themas._index.tsx'
import { action as themeAction, loader as themeLoader } from '~/routes/themas.$themeId.tsx'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

type FormReply = { errors: Record<string, string[]>; values: Record<string, string>; conflict?: unknown }
type Listed = { id: string; name: string; type: string; active: boolean; municipalities: { name: string }[] }
type ThemePageData = {
  theme: { id: string; name: string; version: number }
  base: string
  organisations: Listed[]
}
type ThemesPageData = {
  themes: { id: string; name: string; active: boolean; councilCount: number }[]
  selectedIds: string[]
  councils: Listed[] | null
}

const messages = (reply: { data?: FormReply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`

function createTheme(name: string, domain = 'WI') {
  return prisma.theme.create({ data: { name: unique(name), domain } })
}

function createOrganisation({
  name,
  type = 'CLIENT_COUNCIL_WI',
  active = true,
  themeIds = [],
  municipalityIds = [],
}: {
  name: string
  type?: string
  active?: boolean
  themeIds?: string[]
  municipalityIds?: string[]
}) {
  return prisma.organisation.create({
    data: {
      name,
      type,
      active,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      municipalities: { create: municipalityIds.map((municipalityId) => ({ municipalityId })) },
    },
  })
}

function createMunicipality(name: string) {
  return prisma.municipality.create({
    data: { name, cbsCode: `GM${randomUUID().slice(0, 8)}`, province: 'Fryslân' },
  })
}

function postTheme(cookie: string, themeId: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    themeAction({
      request: makeRequest(`/themas/${themeId}`, { cookie, form }),
      params: { themeId },
      context: testContext(),
    }),
  )
}

function postThemes(cookie: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    themesAction({ request: makeRequest('/themas', { cookie, form }), params: {}, context: testContext() }),
  )
}

function openTheme(cookie: string, themeId: string, search = '') {
  return outcome<ThemePageData>(() =>
    themeLoader({
      request: makeRequest(`/themas/${themeId}${search}`, { cookie }),
      params: { themeId },
      context: testContext(),
    }),
  )
}

function openThemes(cookie: string, search = '') {
  return outcome<ThemesPageData>(() =>
    themesLoader({
      request: makeRequest(`/themas${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

describe('merging themes', () => {
  it('moves every organisation to the target, keeps one tag when both were there, and removes the source', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const source = await createTheme('Schuldhulp')
    const target = await createTheme('Schulddienstverlening')
    const onlySource = await createOrganisation({ name: 'Raad Alleen Bron', themeIds: [source.id] })
    const both = await createOrganisation({ name: 'Raad Beide', themeIds: [source.id, target.id] })

    const result = await postTheme(cookie, source.id, { intent: 'merge', targetId: target.id, confirm: 'on' })

    expect(result.status).toBe(302)
    expect(result.location).toBe(`/themas/${target.id}`)
    expect(await prisma.theme.findUnique({ where: { id: source.id } })).toBeNull()
    const tags = await prisma.organisationTheme.findMany({
      where: { organisationId: { in: [onlySource.id, both.id] } },
      select: { organisationId: true, themeId: true },
    })
    expect(tags).toHaveLength(2)
    expect(tags).toEqual(
      expect.arrayContaining([
        { organisationId: onlySource.id, themeId: target.id },
        { organisationId: both.id, themeId: target.id },
      ]),
    )
    const audit = await prisma.auditEvent.findFirst({ where: { action: 'theme.merge', entityId: target.id } })
    expect(audit?.actorId).toBe(user.id)
    expect(audit?.summary).toContain(source.name)
    const page = await openTheme(cookie, target.id)
    expect(page.data?.organisations.map((organisation) => organisation.name)).toEqual([
      'Raad Alleen Bron',
      'Raad Beide',
    ])
  })

  it('refuses to merge a theme into itself and keeps it', async () => {
    const { user, cookie } = await signedIn('coordinator')
    const theme = await createTheme('Bejegening')
    const result = await postTheme(cookie, theme.id, { intent: 'merge', targetId: theme.id, confirm: 'on' })
    expect(result.status).toBe(400)
    expect(messages(result, 'targetId')).toEqual([
      'Een thema kan niet met zichzelf worden samengevoegd. Kies een ander thema.',
    ])
    expect(await mergeThemes({ sourceId: theme.id, targetId: theme.id, actorId: user.id })).toEqual({
      ok: false,
      reason: 'sameTheme',
    })
    expect(await prisma.theme.findUnique({ where: { id: theme.id } })).not.toBeNull()
  })

  it('asks for confirmation and a target before merging', async () => {
    const { cookie } = await signedIn('beheerder')
    const theme = await createTheme('Handhaving')
    const result = await postTheme(cookie, theme.id, { intent: 'merge', targetId: '' })
    expect(result.status).toBe(400)
    expect(messages(result, 'targetId')).toEqual(['Kies het thema waarmee u wilt samenvoegen.'])
    expect(messages(result, 'confirm')).toEqual(['Vink aan dat u begrijpt wat samenvoegen doet.'])
    const unknownTarget = await postTheme(cookie, theme.id, {
      intent: 'merge',
      targetId: 'bestaat-niet',
      confirm: 'on',
    })
    expect(messages(unknownTarget, 'targetId')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(await prisma.theme.findUnique({ where: { id: theme.id } })).not.toBeNull()
  })

  it('is not allowed for an opbouwwerker', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const source = await createTheme('Tegenprestatie')
    const target = await createTheme('Tegenprestatie en vrijwilligerswerk')
    const result = await postTheme(cookie, source.id, { intent: 'merge', targetId: target.id, confirm: 'on' })
    expect(result.status).toBe(403)
    expect(await prisma.theme.findUnique({ where: { id: source.id } })).not.toBeNull()
  })
})

describe('managing the theme list', () => {
  it('refuses a name that exists in other capitals, with a message next to the name and the input kept', async () => {
    const { cookie } = await signedIn('coordinator')
    const existing = await createTheme('Armoede en schulden')
    const result = await postThemes(cookie, {
      intent: 'create',
      name: `  ${existing.name.toUpperCase()} `,
      domain: 'WI',
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'name')).toEqual([
      'Er bestaat al een thema met deze naam (hoofdletters tellen niet mee).',
    ])
    expect(result.data?.values.domain).toBe('WI')
    expect(await prisma.theme.count({ where: { name: { contains: existing.name.slice(-8) } } })).toBe(1)

    const other = await createTheme('Minimabeleid')
    const rename = await postTheme(cookie, other.id, {
      intent: 'update',
      name: existing.name.toLowerCase(),
      domain: 'WI',
      version: String(other.version),
    })
    expect(rename.status).toBe(400)
    expect(messages(rename, 'name')).toEqual([
      'Er bestaat al een thema met deze naam (hoofdletters tellen niet mee).',
    ])
  })

  it('adds a theme with a valid name and domain, and explains wrong fields in Dutch', async () => {
    const { cookie } = await signedIn('coordinator')
    const name = unique('Wmo-voorzieningen')
    const created = await postThemes(cookie, { intent: 'create', name, domain: 'WMO' })
    expect(created.status).toBe(302)
    const stored = await prisma.theme.findUnique({ where: { name } })
    expect(stored).toMatchObject({ domain: 'WMO', active: true })
    expect(created.location).toBe(`/themas/${stored?.id}`)

    const wrong = await postThemes(cookie, { intent: 'create', name: 'x'.repeat(81), domain: 'ZORG' })
    expect(wrong.status).toBe(400)
    expect(messages(wrong, 'name')).toEqual(['Gebruik hoogstens 80 tekens.'])
    expect(messages(wrong, 'domain')).toEqual(['Kies een van de mogelijkheden.'])
  })

  it('does not let an opbouwwerker add themes', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const result = await postThemes(cookie, { intent: 'create', name: unique('Jeugdhulp'), domain: 'JEUGD' })
    expect(result.status).toBe(403)
  })

  it('no longer offers a retired theme, but keeps it on the organisation and its page', async () => {
    const { cookie } = await signedIn('coordinator')
    const theme = await createTheme('Individuele inkomenstoeslag')
    const council = await createOrganisation({ name: 'Cliëntenraad Vervallen', themeIds: [theme.id] })

    const retired = await postTheme(cookie, theme.id, { intent: 'retire' })
    expect(retired.status).toBe(302)

    expect((await listActiveThemeOptions()).map((option) => option.id)).not.toContain(theme.id)
    expect((await listThemes()).map((listed) => listed.id)).not.toContain(theme.id)
    expect(await listThemes({ includeRetired: true })).toContainEqual(
      expect.objectContaining({ id: theme.id, active: false, councilCount: 1 }),
    )
    expect((await listActiveThemeOptions({ keepIds: [theme.id] })).map((option) => option.id)).toContain(
      theme.id,
    )
    expect(
      await prisma.organisationTheme.count({ where: { organisationId: council.id, themeId: theme.id } }),
    ).toBe(1)
    const page = await openTheme(cookie, theme.id)
    expect(page.status).toBe(200)
    expect(page.data?.organisations.map((organisation) => organisation.id)).toEqual([council.id])

    const reactivated = await postTheme(cookie, theme.id, { intent: 'reactivate' })
    expect(reactivated.status).toBe(302)
    expect((await listActiveThemeOptions()).map((option) => option.id)).toContain(theme.id)
  })

  it('detects that someone else renamed the theme first and keeps the second editor’s input', async () => {
    const { cookie } = await signedIn('coordinator')
    const theme = await createTheme('Re-integratie')
    const page = await openTheme(cookie, theme.id)
    const base = page.data?.base ?? ''
    const first = await postTheme(cookie, theme.id, {
      intent: 'update',
      name: `${theme.name} en werk`,
      domain: 'WI',
      version: String(theme.version),
      base,
    })
    expect(first.status).toBe(302)
    const second = await postTheme(cookie, theme.id, {
      intent: 'update',
      name: `${theme.name} (tweede)`,
      domain: 'BREED',
      version: String(theme.version),
      base,
    })
    expect(second.status).toBe(409)
    expect(second.data?.values.name).toBe(`${theme.name} (tweede)`)
    expect(second.data?.conflict).toMatchObject({
      changes: [{ label: 'Naam', before: theme.name, after: `${theme.name} en werk` }],
    })
    expect((await prisma.theme.findUnique({ where: { id: theme.id } }))?.name).toBe(`${theme.name} en werk`)
  })

  it('shows the not-found page for a theme that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    expect((await openTheme(cookie, 'bestaat-niet')).status).toBe(404)
  })
})

describe('which councils share a theme', () => {
  it('lists the councils with the theme, with their municipalities, and hides other and inactive organisations unless asked', async () => {
    const { cookie } = await signedIn('lezer')
    const theme = await createTheme('Jeugdwerkloosheid')
    const sneek = await createMunicipality('Súdwest-Fryslân')
    await createOrganisation({ name: 'Wmo-raad Zuid', type: 'WMO_COUNCIL', themeIds: [theme.id] })
    await createOrganisation({
      name: 'Cliëntenraad Noord',
      themeIds: [theme.id],
      municipalityIds: [sneek.id],
    })
    await createOrganisation({ name: 'Oude Raad', active: false, themeIds: [theme.id] })
    await createOrganisation({ name: 'Spreekuur Centrum', type: 'SUPPORT_POINT', themeIds: [theme.id] })
    await createOrganisation({ name: 'Raad Zonder Thema' })

    const councils = await openTheme(cookie, theme.id)
    expect(councils.data?.organisations.map((organisation) => organisation.name)).toEqual([
      'Cliëntenraad Noord',
      'Wmo-raad Zuid',
    ])
    expect(councils.data?.organisations[0]?.municipalities.map((municipality) => municipality.name)).toEqual([
      'Súdwest-Fryslân',
    ])

    const everything = await openTheme(cookie, theme.id, '?alle=ja')
    expect(everything.data?.organisations.map((organisation) => organisation.name)).toEqual([
      'Cliëntenraad Noord',
      'Oude Raad',
      'Spreekuur Centrum',
      'Wmo-raad Zuid',
    ])
  })

  it('finds only the councils that carry all chosen themes', async () => {
    const { cookie } = await signedIn('lezer')
    const poverty = await createTheme('Armoede')
    const debts = await createTheme('Schulden')
    await createOrganisation({ name: 'Raad Beide', themeIds: [poverty.id, debts.id] })
    await createOrganisation({ name: 'Raad Armoede', themeIds: [poverty.id] })
    await createOrganisation({ name: 'Raad Inactief', active: false, themeIds: [poverty.id, debts.id] })
    await createOrganisation({
      name: 'Spreekuur Beide',
      type: 'SUPPORT_POINT',
      themeIds: [poverty.id, debts.id],
    })

    const result = await openThemes(cookie, `?thema=${poverty.id}&thema=${debts.id}`)
    expect(result.status).toBe(200)
    expect(result.data?.selectedIds).toEqual([poverty.id, debts.id])
    expect(result.data?.councils?.map((council) => council.name)).toEqual(['Raad Beide'])

    const one = await openThemes(cookie, `?thema=${poverty.id}`)
    expect(one.data?.councils?.map((council) => council.name)).toEqual(['Raad Armoede', 'Raad Beide'])
  })

  it('ignores unknown or garbage theme ids in the address instead of failing', async () => {
    const { cookie } = await signedIn('lezer')
    const theme = await createTheme('Kwijtschelding')
    await createOrganisation({ name: 'Raad Kwijtschelding', themeIds: [theme.id] })

    const garbage = await openThemes(
      cookie,
      `?thema=bestaat-niet&thema=${encodeURIComponent("'; DROP TABLE")}&thema=`,
    )
    expect(garbage.status).toBe(200)
    expect(garbage.data?.selectedIds).toEqual([])
    expect(garbage.data?.councils).toBeNull()
    expect(garbage.data?.themes.length).toBeGreaterThan(0)

    const mixed = await openThemes(cookie, `?thema=${'x'.repeat(500)}&thema=${theme.id}&thema=onbekend`)
    expect(mixed.status).toBe(200)
    expect(mixed.data?.selectedIds).toEqual([theme.id])
    expect(mixed.data?.councils?.map((council) => council.name)).toEqual(['Raad Kwijtschelding'])
  })
})
