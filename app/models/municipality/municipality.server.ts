import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import {
  COUNCIL_TYPES,
  isCouncilType,
  ORGANISATION_TYPES,
  type ParticipationModel,
} from '~/models/organisation/organisation-types.ts'
import { TIME_ZONE } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { formatPopulation, participationModelLabel } from './municipality-options.ts'

// Returns today's calendar day in the Netherlands as a date-only value (midnight UTC), the
// form validity dates are stored in.
function calendarDay(now: Date) {
  return new Date(`${format(new TZDate(now, TIME_ZONE), 'yyyy-MM-dd')}T00:00:00.000Z`)
}

// Returns the "where" of municipalities that exist on `today`: no end date, or an end date
// (their last day) of today or later.
export function currentMunicipalityWhere(today: Date = new Date()): Prisma.MunicipalityWhereInput {
  return { OR: [{ validTo: null }, { validTo: { gte: calendarDay(today) } }] }
}

// Returns the day after a date-only value: when a merger took effect, from the last day of
// the municipality that went into another.
function dayAfter(date: Date | null) {
  return date ? new Date(date.getTime() + 86_400_000) : null
}

// Returns true when a municipality with this end date still exists on `today`.
function isCurrent(validTo: Date | null, today: Date) {
  return validTo === null || validTo >= calendarDay(today)
}

// Returns how many municipalities exist now and how many were merged away.
export async function countMunicipalities({ today = new Date() }: { today?: Date } = {}) {
  const [current, historic] = await Promise.all([
    prisma.municipality.count({ where: currentMunicipalityWhere(today) }),
    prisma.municipality.count({ where: { validTo: { lt: calendarDay(today) } } }),
  ])
  return { current, historic }
}

const activeCouncil: Prisma.OrganisationMunicipalityWhereInput = {
  organisation: { active: true, type: { in: [...COUNCIL_TYPES] } },
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

// Returns the municipalities, current ones first (by name), then — with `includeHistoric` —
// those merged away (latest merger first), each with the number of active councils serving
// it and, for a historic one, where it went.
export async function listMunicipalities({
  includeHistoric = false,
  today = new Date(),
}: {
  includeHistoric?: boolean
  today?: Date
} = {}) {
  const rows = await prisma.municipality.findMany({
    where: includeHistoric ? {} : currentMunicipalityWhere(today),
    select: {
      id: true,
      name: true,
      cbsCode: true,
      population: true,
      labourMarketRegion: true,
      participationModel: true,
      validFrom: true,
      validTo: true,
      successions: {
        select: { note: true, successor: { select: { id: true, name: true } } },
      },
      _count: { select: { organisations: { where: activeCouncil } } },
    },
  })
  const municipalities = rows.map(({ successions, _count, ...municipality }) => ({
    ...municipality,
    isCurrent: isCurrent(municipality.validTo, today),
    councilCount: _count.organisations,
    successors: successions
      .map((succession) => ({ ...succession.successor, note: succession.note }))
      .sort(byName),
  }))
  const current = municipalities.filter((municipality) => municipality.isCurrent).sort(byName)
  const historic = municipalities
    .filter((municipality) => !municipality.isCurrent)
    .sort((a, b) => (b.validTo?.getTime() ?? 0) - (a.validTo?.getTime() ?? 0) || byName(a, b))
  return [...current, ...historic]
}

// Returns the municipalities a form may offer for a new link: the current ones, plus those
// in `keepIds` (a merged municipality a record already has, so saving does not drop it).
export async function listCurrentMunicipalityOptions({
  keepIds = [],
  today = new Date(),
}: {
  keepIds?: string[]
  today?: Date
} = {}) {
  const municipalities = await prisma.municipality.findMany({
    where: { OR: [currentMunicipalityWhere(today), { id: { in: keepIds } }] },
    select: { id: true, name: true },
  })
  return municipalities.sort(byName)
}

// Returns the position of an organisation type in the fixed list, for grouping.
const typeRank = (type: string) => {
  const index = (ORGANISATION_TYPES as readonly string[]).indexOf(type)
  return index === -1 ? ORGANISATION_TYPES.length : index
}

// Returns one municipality with its predecessors and successors (with the note of a split;
// `mergedOn` is the day a merger took effect) and the organisations serving it, grouped by type: councils first, active ones first in
// each group. Null when it does not exist.
export async function getMunicipality({
  municipalityId,
  today = new Date(),
}: {
  municipalityId: string
  today?: Date
}) {
  const municipality = await prisma.municipality.findUnique({
    where: { id: municipalityId },
    select: {
      id: true,
      name: true,
      cbsCode: true,
      province: true,
      labourMarketRegion: true,
      population: true,
      mainPlaces: true,
      participationModel: true,
      validFrom: true,
      validTo: true,
      version: true,
      predecessions: {
        select: {
          note: true,
          predecessor: { select: { id: true, name: true, cbsCode: true, validTo: true } },
        },
      },
      successions: {
        select: { note: true, successor: { select: { id: true, name: true, validFrom: true } } },
      },
      organisations: {
        select: { organisation: { select: { id: true, name: true, type: true, active: true } } },
      },
    },
  })
  if (!municipality) return null
  const { predecessions, successions, organisations, ...rest } = municipality
  const sorted = organisations
    .map((link) => link.organisation)
    .sort(
      (a, b) => typeRank(a.type) - typeRank(b.type) || Number(b.active) - Number(a.active) || byName(a, b),
    )
  const organisationGroups: { type: string; isCouncil: boolean; organisations: typeof sorted }[] = []
  for (const organisation of sorted) {
    const last = organisationGroups.at(-1)
    if (last?.type === organisation.type) last.organisations.push(organisation)
    else
      organisationGroups.push({
        type: organisation.type,
        isCouncil: isCouncilType(organisation.type),
        organisations: [organisation],
      })
  }
  return {
    ...rest,
    isCurrent: isCurrent(rest.validTo, today),
    mergedOn: dayAfter(rest.validTo),
    predecessors: predecessions
      .map((succession) => ({
        ...succession.predecessor,
        note: succession.note,
        mergedOn: dayAfter(succession.predecessor.validTo),
      }))
      .sort((a, b) => (a.validTo?.getTime() ?? 0) - (b.validTo?.getTime() ?? 0) || byName(a, b)),
    successors: successions
      .map((succession) => ({ ...succession.successor, note: succession.note }))
      .sort(byName),
    organisationGroups,
  }
}

export type UpdateMunicipalityResult =
  | { ok: true; municipality: { id: string; name: string; version: number } }
  | { ok: false; reason: 'notFound' | 'conflict' }

// Changes a municipality's participation model and population, refusing a stale `version`.
export async function updateMunicipality({
  municipalityId,
  participationModel,
  population,
  version,
  actorId,
}: {
  municipalityId: string
  participationModel: ParticipationModel | null
  population: number | null
  version: number
  actorId: string
}): Promise<UpdateMunicipalityResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.municipality.findUnique({
      where: { id: municipalityId },
      select: { id: true, version: true, participationModel: true, population: true },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const municipality = await tx.municipality.update({
      where: { id: municipalityId },
      data: { participationModel, population, version: { increment: 1 } },
      select: { id: true, name: true, version: true },
    })
    const changes: string[] = []
    if (current.participationModel !== participationModel)
      changes.push(
        t('municipality.audit.participationModel', { model: participationModelLabel(participationModel) }),
      )
    if (current.population !== population)
      changes.push(t('municipality.audit.population', { population: formatPopulation(population) }))
    if (changes.length > 0) {
      await recordAudit(
        {
          actorId,
          action: 'municipality.update',
          entityType: 'Municipality',
          entityId: municipalityId,
          summary: changes.join(', '),
        },
        tx,
      )
    }
    return { ok: true, municipality }
  })
}
