import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { sensitiveFlags } from './consent.ts'
import { compareMembers, compareNames, membershipRoleLabel } from './membership-roles.ts'
import { calendarDay, endsBeforeStart, termsOverlap } from './membership-term.ts'
import type { MembershipInput } from './person.schema.ts'

type Client = Prisma.TransactionClient | typeof prisma

// Returns the condition "the membership runs on `day`": started (or no start date) and not
// ended (or no end date); `day` is a date-only value.
export function currentMembershipWhere(day: Date): Prisma.MembershipWhereInput {
  return {
    AND: [
      { OR: [{ startDate: null }, { startDate: { lte: day } }] },
      { OR: [{ endDate: null }, { endDate: { gte: day } }] },
    ],
  }
}

export type OrganisationRefusal = 'unknownOrganisation' | 'inactiveOrganisation'

// Returns the organisation a membership may be recorded with, or why it may not: it must
// exist and be active.
export async function checkMembershipOrganisation(
  client: Client,
  organisationId: string,
): Promise<{ ok: true; name: string } | { ok: false; reason: OrganisationRefusal }> {
  const organisation = await client.organisation.findUnique({
    where: { id: organisationId },
    select: { name: true, active: true },
  })
  if (!organisation) return { ok: false, reason: 'unknownOrganisation' }
  if (!organisation.active) return { ok: false, reason: 'inactiveOrganisation' }
  return { ok: true, name: organisation.name }
}

// Returns the active organisations people can become a member of, by name.
export async function listOrganisationChoices() {
  const organisations = await prisma.organisation.findMany({
    where: { active: true },
    select: { id: true, name: true, type: true },
  })
  return organisations.sort((a, b) => compareNames(a.name, b.name))
}

export type CurrentMember = {
  id: string
  role: string
  startDate: Date | null
  person: { id: string; name: string; email: string | null; phone: string | null }
}

// Returns the people who are a member of an organisation on `today` (started, not ended),
// by role in the order of MEMBERSHIP_ROLES (voorzitter first), then by name. A membership
// that ends today still counts; one that starts tomorrow does not yet.
export async function listCurrentMembers({
  organisationId,
  today = new Date(),
}: {
  organisationId: string
  today?: Date
}): Promise<CurrentMember[]> {
  const members = await prisma.membership.findMany({
    where: { organisationId, ...currentMembershipWhere(calendarDay(today)) },
    select: {
      id: true,
      role: true,
      startDate: true,
      person: { select: { id: true, name: true, email: true, phone: true } },
    },
  })
  return members.sort((a, b) =>
    compareMembers({ role: a.role, name: a.person.name }, { role: b.role, name: b.person.name }),
  )
}

export type AddMembershipResult =
  | { ok: true; membershipId: string; organisationName: string }
  | {
      ok: false
      reason: 'notFound' | OrganisationRefusal | 'duplicate' | 'endBeforeStart' | 'consentRequired'
    }

// Records that a person has a role in an organisation. Refused when the organisation does
// not exist or is inactive, when the person already has this role there in an overlapping
// term, and when a sensitive flag comes without a consent date.
export async function addMembership({
  personId,
  membership,
  actorId,
}: {
  personId: string
  membership: MembershipInput
  actorId: string
}): Promise<AddMembershipResult> {
  if (endsBeforeStart(membership)) return { ok: false, reason: 'endBeforeStart' }
  const flags = sensitiveFlags({
    expertByExperience: membership.expertByExperience === true,
    isClient: membership.isClient === true,
    consentDate: membership.consentDate,
  })
  if (!flags) return { ok: false, reason: 'consentRequired' }
  return prisma.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true } })
    if (!person) return { ok: false, reason: 'notFound' }
    const organisation = await checkMembershipOrganisation(tx, membership.organisationId)
    if (!organisation.ok) return organisation
    const sameRole = await tx.membership.findMany({
      where: { personId, organisationId: membership.organisationId, role: membership.role },
      select: { startDate: true, endDate: true },
    })
    if (sameRole.some((existing) => termsOverlap(existing, membership)))
      return { ok: false, reason: 'duplicate' }
    const created = await tx.membership.create({
      data: {
        personId,
        organisationId: membership.organisationId,
        role: membership.role,
        startDate: membership.startDate,
        endDate: membership.endDate,
        ...flags,
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'membership.add',
        entityType: 'Person',
        entityId: personId,
        summary: t('people.audit.membershipAdded', {
          organisation: organisation.name,
          role: membershipRoleLabel(membership.role),
        }),
      },
      tx,
    )
    return { ok: true, membershipId: created.id, organisationName: organisation.name }
  })
}

// Returns one membership of a person with the organisation's name, or null.
function findMembership(
  client: Client,
  { personId, membershipId }: { personId: string; membershipId: string },
) {
  return client.membership.findFirst({
    where: { id: membershipId, personId },
    select: { id: true, role: true, startDate: true, organisation: { select: { name: true } } },
  })
}

export type EndMembershipResult =
  | { ok: true; organisationName: string }
  | { ok: false; reason: 'notFound' | 'endBeforeStart' }

// Ends a membership on `endDate` (the last day of the term).
export async function endMembership({
  personId,
  membershipId,
  endDate,
  actorId,
}: {
  personId: string
  membershipId: string
  endDate: Date
  actorId: string
}): Promise<EndMembershipResult> {
  return prisma.$transaction(async (tx) => {
    const membership = await findMembership(tx, { personId, membershipId })
    if (!membership) return { ok: false, reason: 'notFound' }
    if (endsBeforeStart({ startDate: membership.startDate, endDate }))
      return { ok: false, reason: 'endBeforeStart' }
    await tx.membership.update({ where: { id: membershipId }, data: { endDate } })
    await recordAudit(
      {
        actorId,
        action: 'membership.end',
        entityType: 'Person',
        entityId: personId,
        summary: t('people.audit.membershipEnded', {
          organisation: membership.organisation.name,
          role: membershipRoleLabel(membership.role),
          date: endDate.toISOString().slice(0, 10),
        }),
      },
      tx,
    )
    return { ok: true, organisationName: membership.organisation.name }
  })
}

export type RemoveMembershipResult =
  | { ok: true; organisationName: string }
  | { ok: false; reason: 'notFound' }

// Removes a membership that was entered by mistake (a membership that really ended is
// ended with `endMembership`, so its history stays).
export async function removeMembership({
  personId,
  membershipId,
  actorId,
}: {
  personId: string
  membershipId: string
  actorId: string
}): Promise<RemoveMembershipResult> {
  return prisma.$transaction(async (tx) => {
    const membership = await findMembership(tx, { personId, membershipId })
    if (!membership) return { ok: false, reason: 'notFound' }
    await tx.membership.delete({ where: { id: membershipId } })
    await recordAudit(
      {
        actorId,
        action: 'membership.remove',
        entityType: 'Person',
        entityId: personId,
        summary: t('people.audit.membershipRemoved', {
          organisation: membership.organisation.name,
          role: membershipRoleLabel(membership.role),
        }),
      },
      tx,
    )
    return { ok: true, organisationName: membership.organisation.name }
  })
}
