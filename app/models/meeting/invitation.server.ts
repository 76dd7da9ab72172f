// Invitations to a meeting: who a round would invite (councils' current members by role,
// and individual people), and inviting them — the invitations in one transaction, then the
// e-mail with the .ics (meeting-mail.server.ts), which never undoes the invitations.
import { recordAudit } from '~/models/audit/audit.server.ts'
import { COUNCIL_TYPES, isCouncilType } from '~/models/organisation/organisation-types.ts'
import { currentMembershipWhere } from '~/models/person/membership.server.ts'
import { compareNames } from '~/models/person/membership-roles.ts'
import { calendarDay } from '~/models/person/membership-term.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { Refused, refusable } from '~/utils/refusable.server.ts'
import type { InviteChoice, PersonPick } from './invitation.schema.ts'
import { type CandidateMember, organisationsToInvite, selectCouncilMembers } from './invitation-plan.ts'
import { meetingSummarySelect, type NotifyResult, notifyInvitees } from './meeting-mail.server.ts'

export type InvitationMeeting = NonNullable<Awaited<ReturnType<typeof getInvitationMeeting>>>

// Returns what the invitation and attendance pages show of a meeting, or null.
export function getInvitationMeeting(meetingId: string) {
  return prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...meetingSummarySelect,
      _count: { select: { invitations: true } },
    },
  })
}

// Returns why a meeting cannot get invitations (afgelast, or it has begun or been held),
// or null when it can. At the door, walk-ins take the place of invitations.
export function invitationRefusal(
  meeting: { status: string; startsAt: Date | string },
  now: Date = new Date(),
): MessageKey | null {
  if (meeting.status === 'CANCELLED') return 'attendance.invite.cancelledMeeting'
  if (meeting.status === 'HELD' || new Date(meeting.startsAt).getTime() <= now.getTime()) {
    return 'attendance.invite.pastMeeting'
  }
  return null
}

export type InviteCandidate = {
  personId: string
  name: string
  email: string | null
  organisationId: string | null
  organisationName: string | null
  role: string | null
}

// Returns the active organisations with current members (councils first, then the others,
// each by name), and every person with the organisations they are a current member of —
// people without one on their own — for choosing councils and individual people.
export async function listInviteOptions({ today = new Date() }: { today?: Date } = {}) {
  const [organisations, people] = await Promise.all([
    prisma.organisation.findMany({
      where: { active: true, memberships: { some: currentMembershipWhere(calendarDay(today)) } },
      select: {
        id: true,
        name: true,
        type: true,
        _count: { select: { memberships: { where: currentMembershipWhere(calendarDay(today)) } } },
      },
    }),
    prisma.person.findMany({
      select: {
        id: true,
        name: true,
        email: true,
        memberships: {
          where: { ...currentMembershipWhere(calendarDay(today)), organisation: { active: true } },
          select: { role: true, organisation: { select: { id: true, name: true } } },
        },
      },
    }),
  ])
  const councils = organisations
    .map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      type: organisation.type,
      council: isCouncilType(organisation.type),
      memberCount: organisation._count.memberships,
    }))
    .sort((a, b) => Number(b.council) - Number(a.council) || compareNames(a.name, b.name))
  const candidates = people.flatMap((person): InviteCandidate[] => {
    const base = { personId: person.id, name: person.name, email: person.email }
    if (person.memberships.length === 0) {
      return [{ ...base, organisationId: null, organisationName: null, role: null }]
    }
    return person.memberships.map((membership) => ({
      ...base,
      organisationId: membership.organisation.id,
      organisationName: membership.organisation.name,
      role: membership.role,
    }))
  })
  candidates.sort(
    (a, b) =>
      compareNames(a.organisationName ?? '\uffff', b.organisationName ?? '\uffff') ||
      compareNames(a.name, b.name),
  )
  return { councils, candidates }
}

export type PlannedInvitation = InviteCandidate & {
  /// Invited before: shown, not invited again.
  alreadyInvited: boolean
}

export type InvitationPlan = {
  /// People this round would invite, by organisation and name.
  invitees: PlannedInvitation[]
  /// People the choice names who are on the list already.
  alreadyInvited: PlannedInvitation[]
  /// Of the invitees, those without an e-mail address (invited, but no mail).
  withoutEmail: PlannedInvitation[]
  /// Chosen councils of which nobody matched the choice.
  emptyCouncils: { id: string; name: string }[]
  /// Chosen ids that are no (active) organisation or person.
  unknown: boolean
}

// Returns who a round with `choice` would invite to the meeting: the chosen councils' current
// members by the member rule (someone in two chosen councils once, for the first by name),
// and the individually chosen people for the organisation chosen with them. "Alle actieve
// raden" chooses every active council with current members (invitation-plan.ts).
export async function planInvitations({
  meetingId,
  choice,
  today = new Date(),
}: {
  meetingId: string
  choice: Pick<InviteChoice, 'raden' | 'alleRaden' | 'selectie' | 'rollen' | 'extra' | 'personen'>
  today?: Date
}): Promise<InvitationPlan> {
  const day = calendarDay(today)
  const [organisations, picked, existing] = await Promise.all([
    prisma.organisation.findMany({
      where: {
        active: true,
        OR: [
          { id: { in: choice.raden } },
          ...(choice.alleRaden ? [{ type: { in: [...COUNCIL_TYPES] } }] : []),
        ],
      },
      select: {
        id: true,
        name: true,
        type: true,
        memberships: {
          where: currentMembershipWhere(day),
          select: { role: true, person: { select: { id: true, name: true, email: true } } },
        },
      },
    }),
    resolvePicks(choice.personen),
    prisma.invitation.findMany({ where: { meetingId }, select: { personId: true } }),
  ])
  const councils = organisationsToInvite(
    organisations.map((organisation) => ({ ...organisation, memberCount: organisation.memberships.length })),
    choice,
  )
  const found = new Set(councils.map((council) => council.id))
  const invited = new Set(existing.map((invitation) => invitation.personId))
  const rows = new Map<string, PlannedInvitation>()
  const emptyCouncils: { id: string; name: string }[] = []
  for (const council of [...councils].sort((a, b) => compareNames(a.name, b.name))) {
    const members: CandidateMember[] = council.memberships.map((membership) => ({
      personId: membership.person.id,
      name: membership.person.name,
      email: membership.person.email,
      organisationId: council.id,
      organisationName: council.name,
      role: membership.role,
    }))
    const chosen = selectCouncilMembers(members, {
      selection: choice.selectie,
      roles: choice.rollen,
      extra: choice.extra,
    })
    if (chosen.length === 0) emptyCouncils.push({ id: council.id, name: council.name })
    for (const member of chosen) {
      if (rows.has(member.personId)) continue
      rows.set(member.personId, { ...member, alreadyInvited: invited.has(member.personId) })
    }
  }
  // A person chosen by name represents the organisation chosen with them.
  for (const pick of picked.rows) {
    rows.set(pick.personId, { ...pick, alreadyInvited: invited.has(pick.personId) })
  }
  const all = [...rows.values()].sort(
    (a, b) =>
      compareNames(a.organisationName ?? '\uffff', b.organisationName ?? '\uffff') ||
      compareNames(a.name, b.name),
  )
  const invitees = all.filter((row) => !row.alreadyInvited)
  return {
    invitees,
    alreadyInvited: all.filter((row) => row.alreadyInvited),
    withoutEmail: invitees.filter((row) => !row.email?.trim()),
    emptyCouncils,
    unknown: choice.raden.some((id) => !found.has(id)) || picked.unknown,
  }
}

// Returns the people of `picks` with the organisation chosen for them; `unknown` when a
// person or organisation does not exist.
async function resolvePicks(picks: PersonPick[]) {
  if (picks.length === 0) return { rows: [] as InviteCandidate[], unknown: false }
  const organisationIds = [...new Set(picks.flatMap((pick) => pick.organisationId ?? []))]
  const [people, organisations] = await Promise.all([
    prisma.person.findMany({
      where: { id: { in: picks.map((pick) => pick.personId) } },
      select: { id: true, name: true, email: true },
    }),
    prisma.organisation.findMany({
      where: { id: { in: organisationIds } },
      select: { id: true, name: true },
    }),
  ])
  const personById = new Map(people.map((person) => [person.id, person]))
  const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]))
  let unknown = false
  const rows: InviteCandidate[] = []
  for (const pick of picks) {
    const person = personById.get(pick.personId)
    const organisation = pick.organisationId ? organisationById.get(pick.organisationId) : null
    if (!person || organisation === undefined) {
      unknown = true
      continue
    }
    rows.push({
      personId: person.id,
      name: person.name,
      email: person.email,
      organisationId: organisation?.id ?? null,
      organisationName: organisation?.name ?? null,
      role: null,
    })
  }
  return { rows, unknown }
}

export type InviteResult =
  | { ok: true; invited: { personId: string; name: string }[]; skipped: number; mail: NotifyResult }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: { field: string; message: string }[] }

// Invites the picked people (each for the organisation picked with them) in one transaction:
// status INVITED with the time of invitation; people already on the list are skipped. Then
// mails the new invitees; a mail problem is reported in `mail`, never undoes the invitations.
export async function inviteToMeeting({
  meetingId,
  picks,
  actorId,
  now = new Date(),
}: {
  meetingId: string
  picks: PersonPick[]
  actorId: string
  now?: Date
}): Promise<InviteResult> {
  const field = 'uitnodigen'
  const written = await refusable(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, status: true, startsAt: true },
    })
    if (!meeting) return null
    const refusal = invitationRefusal(meeting, now)
    if (refusal) throw new Refused([{ field: 'form', message: refusal }])
    const personIds = [...new Set(picks.map((pick) => pick.personId))]
    const organisationIds = [...new Set(picks.flatMap((pick) => pick.organisationId ?? []))]
    const [people, organisations, existing] = await Promise.all([
      tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true } }),
      tx.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true } }),
      tx.invitation.findMany({
        where: { meetingId, personId: { in: personIds } },
        select: { personId: true },
      }),
    ])
    if (people.length !== personIds.length || organisations.length !== organisationIds.length) {
      throw new Refused([{ field, message: 'validation.unknownReference' }])
    }
    const already = new Set(existing.map((invitation) => invitation.personId))
    const names = new Map(people.map((person) => [person.id, person.name]))
    const fresh = picks.filter((pick) => !already.has(pick.personId))
    await tx.invitation.createMany({
      data: fresh.map((pick) => ({
        meetingId,
        personId: pick.personId,
        organisationId: pick.organisationId,
        status: 'INVITED',
        invitedAt: now,
      })),
    })
    if (fresh.length > 0) {
      await recordAudit(
        {
          actorId,
          action: 'meeting.invite',
          entityType: 'Meeting',
          entityId: meetingId,
          summary: t('attendance.audit.invited', { count: fresh.length, meeting: meeting.title }),
        },
        tx,
      )
    }
    return {
      invited: fresh.map((pick) => ({ personId: pick.personId, name: names.get(pick.personId) ?? '' })),
      skipped: picks.length - fresh.length,
    }
  })
  if (written === null) return { ok: false, reason: 'notFound' }
  if ('ok' in written) return written
  const mail = await notifyInvitees({
    meetingId,
    kind: 'MEETING_INVITATION',
    actorId,
    personIds: written.invited.map((person) => person.personId),
  })
  return { ok: true, ...written, mail }
}
