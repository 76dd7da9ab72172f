import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import {
  currentMunicipalityWhere,
  listCurrentMunicipalityOptions,
} from '~/models/municipality/municipality.server.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { prisma } from '~/utils/db.server.ts'
import type { OrganisationInput, OrganisationListQuery } from './organisation.schema.ts'
import { DEFAULT_LEGAL_BASIS, isCouncilType, type RelationType } from './organisation-types.ts'

export const PAGE_SIZE = 25

type Tx = Prisma.TransactionClient

// Returns the "where" of the organisation list for its filters.
function listWhere(query: OrganisationListQuery): Prisma.OrganisationWhereInput {
  const where: Prisma.OrganisationWhereInput = {}
  if (query.status === 'actief') where.active = true
  if (query.status === 'inactief') where.active = false
  if (query.type) where.type = query.type
  if (query.gemeente) where.municipalities = { some: { municipalityId: query.gemeente } }
  if (query.thema) where.themes = { some: { themeId: query.thema } }
  if (query.opbouwwerker) where.responsibleUserId = query.opbouwwerker
  if (query.q) where.name = { contains: query.q }
  return where
}

const ORDER: Record<OrganisationListQuery['sort'], Prisma.OrganisationOrderByWithRelationInput[]> = {
  // The id last, so equal names keep their order from page to page (and in exports).
  naam: [{ name: 'asc' }, { id: 'asc' }],
  type: [{ type: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  gewijzigd: [{ updatedAt: 'desc' }, { id: 'asc' }],
}

// Returns one page of organisations for the list's filters, and the total count.
export async function listOrganisations(query: OrganisationListQuery) {
  const where = listWhere(query)
  const [total, organisations] = await Promise.all([
    prisma.organisation.count({ where }),
    prisma.organisation.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.pagina - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        type: true,
        active: true,
        city: true,
        updatedAt: true,
        responsibleUser: { select: { id: true, name: true } },
        municipalities: { select: { municipality: { select: { id: true, name: true } } } },
        _count: { select: { themes: true } },
      },
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    organisations: organisations.map(({ municipalities, _count, ...organisation }) => ({
      ...organisation,
      municipalities: municipalities
        .map((link) => link.municipality)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      themeCount: _count.themes,
    })),
  }
}

const organisationInclude = {
  responsibleUser: { select: { id: true, name: true } },
  predecessor: { select: { id: true, name: true, active: true } },
  successors: { select: { id: true, name: true, active: true } },
  municipalities: {
    select: { municipality: { select: { id: true, name: true, participationModel: true, validTo: true } } },
  },
  themes: { select: { theme: { select: { id: true, name: true, domain: true, active: true } } } },
} as const

// Returns organisations with everything their page shows about them, in the order of
// `organisationIds` (one query, for exports).
export async function getOrganisations({ organisationIds }: { organisationIds: string[] }) {
  const rows = await prisma.organisation.findMany({
    where: { id: { in: organisationIds } },
    include: organisationInclude,
  })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return organisationIds.flatMap((id) => {
    const organisation = byId.get(id)
    if (!organisation) return []
    const { municipalities, themes, ...rest } = organisation
    return [
      {
        ...rest,
        municipalities: municipalities
          .map((link) => link.municipality)
          .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        themes: themes.map((link) => link.theme).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      },
    ]
  })
}

// Returns everything the organisation page shows about the organisation itself.
export async function getOrganisation({ organisationId }: { organisationId: string }) {
  const [organisation] = await getOrganisations({ organisationIds: [organisationId] })
  return organisation ?? null
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>

// Returns the choices the organisation form offers. Merged municipalities and retired
// themes are only offered when the organisation already has them (`keep`).
export async function getOrganisationFormOptions({
  keepMunicipalityIds = [],
  keepThemeIds = [],
  today = new Date(),
}: {
  keepMunicipalityIds?: string[]
  keepThemeIds?: string[]
  today?: Date
} = {}) {
  const [municipalities, themes, workers, organisations] = await Promise.all([
    listCurrentMunicipalityOptions({ keepIds: keepMunicipalityIds, today }),
    listActiveThemeOptions({ keepIds: keepThemeIds }),
    prisma.user.findMany({
      where: { active: true, role: { in: ['opbouwwerker', 'coordinator', 'beheerder'] } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.organisation.findMany({
      select: { id: true, name: true, active: true },
      orderBy: { name: 'asc' },
    }),
  ])
  return { municipalities, themes, workers, organisations }
}

export type OrganisationFormOptions = Awaited<ReturnType<typeof getOrganisationFormOptions>>

type Refusal = { field: keyof OrganisationInput | 'form'; message: string }

// Returns why the input may not be saved (unknown references, a duplicate), or null.
async function checkInput(tx: Tx, input: OrganisationInput, organisationId: string | null, today: Date) {
  const refusals: Refusal[] = []
  const existing = organisationId
    ? await tx.organisation.findUnique({
        where: { id: organisationId },
        select: {
          municipalities: { select: { municipalityId: true } },
          themes: { select: { themeId: true } },
        },
      })
    : null
  const keptMunicipalities = new Set(existing?.municipalities.map((link) => link.municipalityId))
  const keptThemes = new Set(existing?.themes.map((link) => link.themeId))

  const offered = await tx.municipality.count({
    where: {
      id: { in: input.municipalityIds },
      OR: [currentMunicipalityWhere(today), { id: { in: [...keptMunicipalities] } }],
    },
  })
  if (offered !== input.municipalityIds.length) {
    refusals.push({ field: 'municipalityIds', message: 'validation.unknownReference' })
  }
  const themes = await tx.theme.findMany({
    where: { id: { in: input.themeIds } },
    select: { id: true, active: true },
  })
  if (themes.filter((theme) => theme.active || keptThemes.has(theme.id)).length !== input.themeIds.length) {
    refusals.push({ field: 'themeIds', message: 'validation.unknownReference' })
  }
  if (input.responsibleUserId) {
    const worker = await tx.user.findFirst({
      where: {
        id: input.responsibleUserId,
        active: true,
        role: { in: ['opbouwwerker', 'coordinator', 'beheerder'] },
      },
      select: { id: true },
    })
    if (!worker) refusals.push({ field: 'responsibleUserId', message: 'validation.unknownReference' })
  }
  if (input.predecessorId) {
    const predecessor = await tx.organisation.findUnique({
      where: { id: input.predecessorId },
      select: { id: true },
    })
    if (!predecessor || input.predecessorId === organisationId) {
      refusals.push({ field: 'predecessorId', message: 'validation.unknownReference' })
    }
  }
  if (await hasActiveNamesake(tx, input, organisationId)) {
    refusals.push({ field: 'name', message: 'organisation.duplicateName' })
  }
  return refusals
}

// Returns the name as compared for duplicates: case, accents and spacing do not count.
export function comparableName(name: string) {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

// Returns true when another active organisation with the same name serves one of the same
// municipalities (or, without municipalities, also serves none).
async function hasActiveNamesake(tx: Tx, input: OrganisationInput, organisationId: string | null) {
  if (input.activeTo && input.activeTo < new Date()) return false
  const candidates = await tx.organisation.findMany({
    where: {
      active: true,
      id: organisationId ? { not: organisationId } : undefined,
      municipalities:
        input.municipalityIds.length > 0
          ? { some: { municipalityId: { in: input.municipalityIds } } }
          : { none: {} },
    },
    select: { name: true },
  })
  const name = comparableName(input.name)
  return candidates.some((candidate) => comparableName(candidate.name) === name)
}

// Returns the columns of the organisation itself from the form input.
function columns(input: OrganisationInput) {
  const council = isCouncilType(input.type)
  return {
    name: input.name,
    type: input.type,
    siteKind: input.type === 'SITE' ? input.siteKind : null,
    activeFrom: input.activeFrom,
    activeTo: input.activeTo,
    predecessorId: input.predecessorId,
    address: input.address,
    postcode: input.postcode,
    city: input.city,
    email: input.email,
    phone: input.phone,
    website: input.website,
    responsibleUserId: input.responsibleUserId,
    legalBasis: council ? input.legalBasis : null,
    workingGroups: council ? input.workingGroups : null,
    notes: input.notes,
  }
}

export type SaveResult =
  | { ok: true; organisationId: string }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict' }

// Creates an organisation with its municipalities and themes.
export async function createOrganisation({
  input,
  actorId,
  today = new Date(),
}: {
  input: OrganisationInput
  actorId: string
  today?: Date
}): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const refusals = await checkInput(tx, input, null, today)
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    const organisation = await tx.organisation.create({
      data: {
        ...columns(input),
        // A new council without a stated legal basis gets the usual one for its type.
        legalBasis: isCouncilType(input.type)
          ? (input.legalBasis ?? DEFAULT_LEGAL_BASIS[input.type].join('\n'))
          : null,
        active: !(input.activeTo && input.activeTo < today),
        municipalities: { create: input.municipalityIds.map((municipalityId) => ({ municipalityId })) },
        themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
      },
      select: { id: true, name: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'organisation.create',
        entityType: 'Organisation',
        entityId: organisation.id,
        summary: organisation.name,
      },
      tx,
    )
    return { ok: true, organisationId: organisation.id }
  })
}

// Saves an edit unless someone else saved since `version` was read.
export async function updateOrganisation({
  organisationId,
  input,
  version,
  actorId,
  today = new Date(),
}: {
  organisationId: string
  input: OrganisationInput
  version: number
  actorId: string
  today?: Date
}): Promise<SaveResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { version: true },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkInput(tx, input, organisationId, today)
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.organisation.updateMany({
      where: { id: organisationId, version },
      data: { ...columns(input), version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await tx.organisationMunicipality.deleteMany({ where: { organisationId } })
    await tx.organisationMunicipality.createMany({
      data: input.municipalityIds.map((municipalityId) => ({ organisationId, municipalityId })),
    })
    await tx.organisationTheme.deleteMany({ where: { organisationId, themeId: { notIn: input.themeIds } } })
    const tagged = await tx.organisationTheme.findMany({
      where: { organisationId },
      select: { themeId: true },
    })
    const have = new Set(tagged.map((link) => link.themeId))
    await tx.organisationTheme.createMany({
      data: input.themeIds
        .filter((themeId) => !have.has(themeId))
        .map((themeId) => ({ organisationId, themeId })),
    })
    await recordAudit(
      {
        actorId,
        action: 'organisation.update',
        entityType: 'Organisation',
        entityId: organisationId,
        summary: input.name,
      },
      tx,
    )
    return { ok: true, organisationId }
  })
}

// Deactivates (ending today unless an end date is set) or reactivates an organisation.
export async function setOrganisationActive({
  organisationId,
  active,
  actorId,
  today = new Date(),
}: {
  organisationId: string
  active: boolean
  actorId: string
  today?: Date
}) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { activeTo: true },
    })
    if (!current) return false
    const startOfToday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        active,
        activeTo: active ? null : (current.activeTo ?? startOfToday),
        version: { increment: 1 },
      },
    })
    await recordAudit(
      {
        actorId,
        action: active ? 'organisation.reactivate' : 'organisation.deactivate',
        entityType: 'Organisation',
        entityId: organisationId,
        summary: active ? 'weer actief' : 'gedeactiveerd',
      },
      tx,
    )
    return true
  })
}

// Deletes an organisation entered by mistake. Refused ('hasLinks') when anything refers to
// it: memberships, relations, successors, activities, signals, advices — its history must stay.
export async function deleteOrganisation({
  organisationId,
  actorId,
}: {
  organisationId: string
  actorId: string
}) {
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: {
        name: true,
        _count: {
          select: {
            memberships: true,
            relationsFrom: true,
            relationsTo: true,
            successors: true,
            activities: true,
            signalsReported: true,
            signalsReceived: true,
            advices: true,
          },
        },
      },
    })
    if (!organisation) return { ok: false as const, reason: 'notFound' as const }
    const links = Object.values(organisation._count).reduce((sum, count) => sum + count, 0)
    if (links > 0) return { ok: false as const, reason: 'hasLinks' as const }
    await tx.organisation.delete({ where: { id: organisationId } })
    await recordAudit(
      {
        actorId,
        action: 'organisation.delete',
        entityType: 'Organisation',
        entityId: organisationId,
        summary: organisation.name,
      },
      tx,
    )
    return { ok: true as const }
  })
}

// Returns the organisation's relations seen from its side: the label direction and the
// other organisation, including succession (predecessor/successors).
export async function listRelations({ organisationId }: { organisationId: string }) {
  const [outgoing, incoming] = await Promise.all([
    prisma.organisationRelation.findMany({
      where: { fromId: organisationId },
      select: {
        id: true,
        type: true,
        note: true,
        to: { select: { id: true, name: true, type: true, active: true } },
      },
    }),
    prisma.organisationRelation.findMany({
      where: { toId: organisationId },
      select: {
        id: true,
        type: true,
        note: true,
        from: { select: { id: true, name: true, type: true, active: true } },
      },
    }),
  ])
  return [
    ...outgoing.map((relation) => ({
      id: relation.id,
      type: relation.type,
      inverse: false,
      note: relation.note,
      other: relation.to,
    })),
    ...incoming.map((relation) => ({
      id: relation.id,
      type: relation.type,
      // "works with" reads the same from both ends.
      inverse: relation.type !== 'WORKS_WITH',
      note: relation.note,
      other: relation.from,
    })),
  ].sort((a, b) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name, 'nl'))
}

// Adds a typed relation; returns 'unknown' for a missing or identical other organisation
// and 'duplicate' when it already exists (WORKS_WITH counts in both directions).
export async function addRelation({
  fromId,
  toId,
  type,
  note,
  actorId,
}: {
  fromId: string
  toId: string
  type: RelationType
  note: string | null
  actorId: string
}) {
  return prisma.$transaction(async (tx) => {
    const count = await tx.organisation.count({ where: { id: { in: [fromId, toId] } } })
    if (fromId === toId || count !== 2) return { ok: false as const, reason: 'unknown' as const }
    const existing = await tx.organisationRelation.findFirst({
      where: {
        type,
        OR: [{ fromId, toId }, ...(type === 'WORKS_WITH' ? [{ fromId: toId, toId: fromId }] : [])],
      },
      select: { id: true },
    })
    if (existing) return { ok: false as const, reason: 'duplicate' as const }
    const relation = await tx.organisationRelation.create({
      data: { fromId, toId, type, note },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'relation.create',
        entityType: 'OrganisationRelation',
        entityId: relation.id,
        summary: type,
      },
      tx,
    )
    return { ok: true as const }
  })
}

// Removes a relation of `organisationId` (either end); false when there is none.
export async function removeRelation({
  relationId,
  organisationId,
  actorId,
}: {
  relationId: string
  organisationId: string
  actorId: string
}) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.organisationRelation.deleteMany({
      where: { id: relationId, OR: [{ fromId: organisationId }, { toId: organisationId }] },
    })
    if (count > 0) {
      await recordAudit(
        {
          actorId,
          action: 'relation.delete',
          entityType: 'OrganisationRelation',
          entityId: relationId,
          summary: 'verwijderd',
        },
        tx,
      )
    }
    return count > 0
  })
}
