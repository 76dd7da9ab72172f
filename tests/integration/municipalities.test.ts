import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { listCurrentMunicipalityOptions } from '~/models/municipality/municipality.server.ts'
import { loader as municipalitiesLoader } from '~/routes/gemeenten._index.tsx'
import {
  action as municipalityAction,
  loader as municipalityLoader,
} from '~/routes/gemeenten.$municipalityId.tsx'
import { parseDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

type FormReply = {
  errors: Record<string, string[]>
  values: Record<string, string>
  conflict?: { changes: { label: string; before: string; after: string }[]; version: number }
}
type Listed = {
  id: string
  name: string
  population: number | null
  councilCount: number
  successors: { id: string; name: string; note: string | null }[]
}
type ListData = { showHistoric: boolean; current: Listed[]; historic: Listed[] }
type Related = { id: string; name: string; note: string | null }
type DetailData = {
  municipality: {
    id: string
    name: string
    version: number
    isCurrent: boolean
    predecessors: Related[]
    successors: Related[]
    organisationGroups: { type: string; organisations: { name: string; active: boolean }[] }[]
  }
  base: string
  canEdit: boolean
}

const messages = (reply: { data?: FormReply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

function createMunicipality(name: string, { validTo }: { validTo?: string } = {}) {
  return prisma.municipality.create({
    data: {
      name,
      cbsCode: `GM${randomUUID().slice(0, 8)}`,
      province: 'Fryslân',
      labourMarketRegion: 'Arbeidsmarktregio Fryslân',
      validTo: validTo ? parseDateOnly(validTo) : null,
    },
  })
}

function succeed(predecessorId: string, successorId: string, note: string | null = null) {
  return prisma.municipalitySuccession.create({ data: { predecessorId, successorId, note } })
}

function openList(cookie: string, search = '') {
  return outcome<ListData>(() =>
    municipalitiesLoader({
      request: makeRequest(`/gemeenten${search}`, { cookie }),
      params: {},
      context: testContext(),
    }),
  )
}

function openMunicipality(cookie: string, municipalityId: string) {
  return outcome<DetailData>(() =>
    municipalityLoader({
      request: makeRequest(`/gemeenten/${municipalityId}`, { cookie }),
      params: { municipalityId },
      context: testContext(),
    }),
  )
}

function editMunicipality(cookie: string, municipalityId: string, form: Record<string, string>) {
  return outcome<FormReply>(() =>
    municipalityAction({
      request: makeRequest(`/gemeenten/${municipalityId}`, { cookie, form: { intent: 'update', ...form } }),
      params: { municipalityId },
      context: testContext(),
    }),
  )
}

describe('the municipality list', () => {
  it('hides municipalities that were merged away, and shows them with their successor when asked', async () => {
    const { cookie } = await signedIn('lezer')
    const merged = await createMunicipality('Noardeast-Fryslân')
    const historic = await createMunicipality('Dongeradeel', { validTo: '2018-12-31' })
    const endsLater = await createMunicipality('Toekomstig Opgeheven', { validTo: '2999-12-31' })
    await succeed(historic.id, merged.id)

    const list = await openList(cookie)
    expect(list.status).toBe(200)
    const currentIds = list.data?.current.map((municipality) => municipality.id)
    expect(currentIds).toContain(merged.id)
    expect(currentIds).toContain(endsLater.id)
    expect(currentIds).not.toContain(historic.id)
    expect(list.data?.historic).toEqual([])

    const withHistory = await openList(cookie, '?historisch=ja')
    expect(withHistory.data?.current.map((municipality) => municipality.id)).not.toContain(historic.id)
    expect(withHistory.data?.historic).toContainEqual(
      expect.objectContaining({
        id: historic.id,
        successors: [{ id: merged.id, name: 'Noardeast-Fryslân', note: null }],
      }),
    )

    const garbage = await openList(cookie, '?historisch=%00%00&historisch=ja')
    expect(garbage.status).toBe(200)
  })

  it('does not offer merged municipalities for new records', async () => {
    const current = await createMunicipality('Waadhoeke')
    const historic = await createMunicipality('Franekeradeel', { validTo: '2017-12-31' })
    await succeed(historic.id, current.id)
    const options = await listCurrentMunicipalityOptions()
    expect(options).toContainEqual({ id: current.id, name: 'Waadhoeke' })
    expect(options.map((option) => option.id)).not.toContain(historic.id)
    const keeping = await listCurrentMunicipalityOptions({ keepIds: [historic.id] })
    expect(keeping.map((option) => option.id)).toContain(historic.id)
  })
})

describe('a municipality page', () => {
  it('shows each successor of a split municipality with its note, and the predecessor on the successor', async () => {
    const { cookie } = await signedIn('lezer')
    const split = await createMunicipality('Littenseradiel', { validTo: '2017-12-31' })
    const north = await createMunicipality('Leeuwarden')
    const south = await createMunicipality('Súdwest-Fryslân')
    await succeed(split.id, north.id, 'noordoostelijk deel')
    await succeed(split.id, south.id, 'zuidelijk deel')

    const page = await openMunicipality(cookie, split.id)
    expect(page.status).toBe(200)
    expect(page.data?.municipality.isCurrent).toBe(false)
    expect(page.data?.municipality.successors).toEqual([
      expect.objectContaining({ id: north.id, name: 'Leeuwarden', note: 'noordoostelijk deel' }),
      expect.objectContaining({ id: south.id, name: 'Súdwest-Fryslân', note: 'zuidelijk deel' }),
    ])

    const successor = await openMunicipality(cookie, north.id)
    expect(successor.data?.municipality.predecessors).toEqual([
      expect.objectContaining({ id: split.id, name: 'Littenseradiel', note: 'noordoostelijk deel' }),
    ])
  })

  it('lists the organisations serving it, councils first and active ones first', async () => {
    const { cookie } = await signedIn('lezer')
    const municipality = await createMunicipality('Achtkarspelen')
    const link = { municipalities: { create: [{ municipalityId: municipality.id }] } }
    await prisma.organisation.create({
      data: { name: 'Spreekuur Buitenpost', type: 'SUPPORT_POINT', ...link },
    })
    await prisma.organisation.create({
      data: { name: 'Oude Cliëntenraad', type: 'CLIENT_COUNCIL_WI', active: false, ...link },
    })
    await prisma.organisation.create({
      data: { name: 'Cliëntenraad Achtkarspelen', type: 'CLIENT_COUNCIL_WI', ...link },
    })
    await prisma.organisation.create({
      data: { name: 'Wmo-raad Achtkarspelen', type: 'WMO_COUNCIL', ...link },
    })

    const page = await openMunicipality(cookie, municipality.id)
    expect(
      page.data?.municipality.organisationGroups.map((group) => [
        group.type,
        group.organisations.map((organisation) => organisation.name),
      ]),
    ).toEqual([
      ['CLIENT_COUNCIL_WI', ['Cliëntenraad Achtkarspelen', 'Oude Cliëntenraad']],
      ['WMO_COUNCIL', ['Wmo-raad Achtkarspelen']],
      ['SUPPORT_POINT', ['Spreekuur Buitenpost']],
    ])
    const list = await openList(cookie)
    expect(list.data?.current.find((listed) => listed.id === municipality.id)?.councilCount).toBe(2)
  })

  it('lets an opbouwwerker record the participation model and population, and detects a stale version', async () => {
    const { cookie } = await signedIn('opbouwwerker')
    const municipality = await createMunicipality('Smallingerland')
    const page = await openMunicipality(cookie, municipality.id)
    expect(page.data?.canEdit).toBe(true)
    const base = page.data?.base ?? ''

    const first = await editMunicipality(cookie, municipality.id, {
      participationModel: 'BROAD_COUNCIL',
      population: '56.717',
      version: String(municipality.version),
      base,
    })
    expect(first.status).toBe(302)
    expect(first.location).toBe(`/gemeenten/${municipality.id}`)
    expect(await prisma.municipality.findUnique({ where: { id: municipality.id } })).toMatchObject({
      participationModel: 'BROAD_COUNCIL',
      population: 56717,
      version: municipality.version + 1,
    })
    expect(
      await prisma.auditEvent.count({ where: { entityType: 'Municipality', entityId: municipality.id } }),
    ).toBe(1)

    const second = await editMunicipality(cookie, municipality.id, {
      participationModel: 'SEPARATE_COUNCILS',
      population: '',
      version: String(municipality.version),
      base,
    })
    expect(second.status).toBe(409)
    expect(second.data?.values.participationModel).toBe('SEPARATE_COUNCILS')
    expect(second.data?.conflict?.version).toBe(municipality.version + 1)
    expect(second.data?.conflict?.changes).toEqual([
      {
        label: 'Participatiemodel',
        before: '',
        after: 'Eén brede adviesraad sociaal domein',
      },
      { label: 'Inwoners', before: '', after: '56.717' },
    ])
    expect(
      (await prisma.municipality.findUnique({ where: { id: municipality.id } }))?.participationModel,
    ).toBe('BROAD_COUNCIL')
  })

  it('refuses an unknown participation model or a negative population with a message next to the field', async () => {
    const { cookie } = await signedIn('coordinator')
    const municipality = await createMunicipality('Opsterland')
    const result = await editMunicipality(cookie, municipality.id, {
      participationModel: 'DICTATORSHIP',
      population: '-5',
      version: String(municipality.version),
    })
    expect(result.status).toBe(400)
    expect(messages(result, 'participationModel')).toEqual(['Kies een van de mogelijkheden.'])
    expect(messages(result, 'population')).toEqual([
      'Vul een heel getal in van 0 of meer, bijvoorbeeld 27852.',
    ])
    expect(result.data?.values).toMatchObject({ participationModel: 'DICTATORSHIP', population: '-5' })
    expect(
      (await prisma.municipality.findUnique({ where: { id: municipality.id } }))?.participationModel,
    ).toBeNull()
  })

  it('does not let a lezer change it', async () => {
    const { cookie } = await signedIn('lezer')
    const municipality = await createMunicipality('Ooststellingwerf')
    const page = await openMunicipality(cookie, municipality.id)
    expect(page.data?.canEdit).toBe(false)
    const result = await editMunicipality(cookie, municipality.id, {
      participationModel: 'BROAD_COUNCIL',
      version: String(municipality.version),
    })
    expect(result.status).toBe(403)
  })

  it('shows the not-found page for a municipality that does not exist', async () => {
    const { cookie } = await signedIn('lezer')
    expect((await openMunicipality(cookie, 'bestaat-niet')).status).toBe(404)
  })
})
