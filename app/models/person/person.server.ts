import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import type { MembershipRole } from '~/models/organisation/organisation-types.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import {
  checkMembershipOrganisation,
  currentMembershipWhere,
  type OrganisationRefusal,
} from './membership.server.ts'
import { compareNames, membershipRoleLabel } from './membership-roles.ts'
import { calendarDay } from './membership-term.ts'
import { matchesAllWords } from './search-text.ts'

export const PEOPLE_PAGE_SIZE = 25

const personSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  notes: true,
  version: true,
  updatedAt: true,
} as const

export type PersonRecord = {
  id: string
  name: string
  email: string | null
  phone: string | null
  notes: string | null
  version: number
  updatedAt: Date
}

type ListPeopleInput = {
  q?: string
  organisationId?: string | null
  role?: string | null
  page?: number
  today?: Date
}

// Returns one page of people (25 a page) by name, with their current memberships, and the
// total for the pager. `q` matches every word in the name, ignoring case and accents;
// `organisationId` and `role` keep people with a current membership of that kind. A page
// past the end gives the last page.
export async function listPeople({
  q = '',
  organisationId = null,
  role = null,
  page = 1,
  today,
}: ListPeopleInput) {
  const day = calendarDay(today)
  const where: Prisma.PersonWhereInput =
    organisationId || role
      ? {
          memberships: {
            some: {
              ...currentMembershipWhere(day),
              ...(organisationId ? { organisationId } : {}),
              ...(role ? { role } : {}),
            },
          },
        }
      : {}
  // SQLite's LIKE and ORDER BY ignore neither accents nor non-ASCII case, so the names are
  // matched and sorted here. Only ids and names are read: cheap for the thousands of
  // people a regional network has.
  const candidates = await prisma.person.findMany({ where, select: { id: true, name: true } })
  const matching = candidates
    .filter((person) => matchesAllWords(person.name, q))
    .sort((a, b) => compareNames(a.name, b.name) || a.id.localeCompare(b.id))
  const total = matching.length
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE))
  const currentPage = Math.min(Math.max(1, Math.trunc(page)), pageCount)
  const ids = matching
    .slice((currentPage - 1) * PEOPLE_PAGE_SIZE, currentPage * PEOPLE_PAGE_SIZE)
    .map((person) => person.id)
  const rows = await prisma.person.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      memberships: {
        where: currentMembershipWhere(day),
        select: { id: true, role: true, organisation: { select: { id: true, name: true } } },
      },
    },
  })
  const byId = new Map(rows.map((row) => [row.id, row]))
  const people = ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const memberships = [...row.memberships].sort((a, b) =>
      compareNames(a.organisation.name, b.organisation.name),
    )
    return [{ ...row, memberships }]
  })
  return { people, total, page: currentPage, pageCount, pageSize: PEOPLE_PAGE_SIZE }
}

export type PeoplePage = Awaited<ReturnType<typeof listPeople>>

// Returns a person with all their memberships (current and past), or null.
export function getPerson({ personId }: { personId: string }) {
  return prisma.person.findUnique({
    where: { id: personId },
    select: {
      ...personSelect,
      createdAt: true,
      memberships: {
        select: {
          id: true,
          role: true,
          startDate: true,
          endDate: true,
          expertByExperience: true,
          isClient: true,
          consentDate: true,
          organisation: { select: { id: true, name: true, type: true, active: true } },
        },
      },
    },
  })
}

export type PersonWithMemberships = NonNullable<Awaited<ReturnType<typeof getPerson>>>

// Returns the editable fields of a person, or null.
export function getPersonRecord({ personId }: { personId: string }): Promise<PersonRecord | null> {
  return prisma.person.findUnique({ where: { id: personId }, select: personSelect })
}

type PersonFields = { name: string; email: string | null; phone: string | null; notes: string | null }

export type CreatePersonResult =
  | { ok: true; person: { id: string; name: string } }
  | { ok: false; reason: OrganisationRefusal }

// Creates a person, with a first membership when one is given; the membership's
// organisation must exist and be active, or nothing is stored.
export async function createPerson({
  membership,
  actorId,
  ...fields
}: PersonFields & {
  membership: { organisationId: string; role: MembershipRole; startDate: Date | null } | null
  actorId: string
}): Promise<CreatePersonResult> {
  return prisma.$transaction(async (tx) => {
    let organisationName: string | null = null
    if (membership) {
      const organisation = await checkMembershipOrganisation(tx, membership.organisationId)
      if (!organisation.ok) return organisation
      organisationName = organisation.name
    }
    const person = await tx.person.create({
      data: { ...fields, memberships: membership ? { create: membership } : undefined },
      select: { id: true, name: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'person.create',
        entityType: 'Person',
        entityId: person.id,
        summary:
          membership && organisationName
            ? t('people.audit.createdWithMembership', {
                organisation: organisationName,
                role: membershipRoleLabel(membership.role),
              })
            : t('people.audit.created'),
      },
      tx,
    )
    return { ok: true, person }
  })
}

export type UpdatePersonResult =
  | { ok: true; person: PersonRecord }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict'; current: PersonRecord }

const FIELD_LABELS: Record<keyof PersonFields, Parameters<typeof t>[0]> = {
  name: 'people.name',
  email: 'people.email',
  phone: 'people.phone',
  notes: 'people.notes',
}

// Updates a person's contact details, refusing a stale `version` (someone else saved
// first): then the result carries the current record, for showing what changed.
export async function updatePerson({
  personId,
  version,
  actorId,
  ...fields
}: PersonFields & { personId: string; version: number; actorId: string }): Promise<UpdatePersonResult> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.person.findUnique({ where: { id: personId }, select: personSelect })
    if (!before) return { ok: false, reason: 'notFound' }
    // The version is part of the condition, so a save that raced this one cannot slip in.
    const { count } = await tx.person.updateMany({
      where: { id: personId, version },
      data: { ...fields, version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict', current: before }
    const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, select: personSelect })
    // The audit trail names the fields, never their values: people may ask to be erased.
    const changed = (Object.keys(FIELD_LABELS) as (keyof PersonFields)[]).filter(
      (field) => before[field] !== person[field],
    )
    if (changed.length > 0) {
      await recordAudit(
        {
          actorId,
          action: 'person.update',
          entityType: 'Person',
          entityId: personId,
          summary: t('people.audit.updated', {
            fields: changed.map((field) => t(FIELD_LABELS[field]).toLowerCase()).join(', '),
          }),
        },
        tx,
      )
    }
    return { ok: true, person }
  })
}

export type DeletePersonResult =
  | { ok: true; name: string }
  | { ok: false; reason: 'notFound' | 'hasMemberships' }

// Deletes a person who has no memberships (current or past); their history would
// otherwise disappear with them. Only coordinators and admins may (checked by the route).
export async function deletePerson({
  personId,
  actorId,
}: {
  personId: string
  actorId: string
}): Promise<DeletePersonResult> {
  return prisma.$transaction(async (tx) => {
    const person = await tx.person.findUnique({
      where: { id: personId },
      select: { name: true, _count: { select: { memberships: true, activities: true } } },
    })
    if (!person) return { ok: false, reason: 'notFound' }
    // Someone who appears in memberships or activities was not entered by mistake.
    if (person._count.memberships + person._count.activities > 0)
      return { ok: false, reason: 'hasMemberships' }
    await tx.person.delete({ where: { id: personId } })
    await recordAudit(
      {
        actorId,
        action: 'person.delete',
        entityType: 'Person',
        entityId: personId,
        summary: t('people.audit.deleted'),
      },
      tx,
    )
    return { ok: true, name: person.name }
  })
}
