import { recordAudit } from '~/models/audit/audit.server.ts'
import { currentMembershipWhere } from '~/models/person/membership.server.ts'
import { compareNames } from '~/models/person/membership-roles.ts'
import { calendarDay } from '~/models/person/membership-term.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { Refused, refusable } from '~/utils/refusable.server.ts'
import { type OrganisationAttendance, summariseOrganisationAttendance } from './attendance-summary.ts'
import { ATTENDANCE_STATUSES, ATTENDED, type AttendanceStatus } from './meeting-kinds.ts'

export type AttendanceRow = {
  invitationId: string
  personId: string
  personName: string
  email: string | null
  organisationId: string | null
  organisationName: string | null
  status: AttendanceStatus
  walkIn: boolean
  invitedAt: Date | null
}

export type MeetingAttendance = {
  rows: AttendanceRow[]
  /// How many invitations have each status.
  counts: Record<AttendanceStatus, number>
  /// People marked present.
  present: number
  /// Distinct organisations represented by someone present, by name.
  councilsPresent: { id: string; name: string }[]
}

// Returns everyone invited to (or walking in at) a meeting with their status, ordered by
// organisation and name, with the counts a meeting page and the statistics show.
export async function meetingAttendance(meetingId: string): Promise<MeetingAttendance> {
  const invitations = await prisma.invitation.findMany({
    where: { meetingId },
    select: {
      id: true,
      status: true,
      walkIn: true,
      invitedAt: true,
      person: { select: { id: true, name: true, email: true } },
      organisation: { select: { id: true, name: true } },
    },
  })
  const rows: AttendanceRow[] = invitations
    .map((invitation) => ({
      invitationId: invitation.id,
      personId: invitation.person.id,
      personName: invitation.person.name,
      email: invitation.person.email,
      organisationId: invitation.organisation?.id ?? null,
      organisationName: invitation.organisation?.name ?? null,
      status: invitation.status as AttendanceStatus,
      walkIn: invitation.walkIn,
      invitedAt: invitation.invitedAt,
    }))
    .sort(
      (a, b) =>
        (a.organisationName ?? '\uffff').localeCompare(b.organisationName ?? '\uffff', 'nl') ||
        a.personName.localeCompare(b.personName, 'nl'),
    )
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >
  const councils = new Map<string, string>()
  for (const row of rows) {
    counts[row.status] += 1
    if (row.status === ATTENDED && row.organisationId && row.organisationName) {
      councils.set(row.organisationId, row.organisationName)
    }
  }
  return {
    rows,
    counts,
    present: counts[ATTENDED],
    councilsPresent: [...councils]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }
}

// Returns why attendance cannot be registered for a meeting (it was cancelled), or null.
export function attendanceRefusal(meeting: { status: string }): MessageKey | null {
  return meeting.status === 'CANCELLED' ? 'attendance.cancelledMeeting' : null
}

export type AttendanceWriteResult =
  | { ok: true }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: { field: string; message: string }[] }

// Sets the status of one invitation of the meeting; notFound when the invitation does not
// belong to it. A cancelled meeting takes no attendance.
export async function setAttendanceStatus({
  meetingId,
  invitationId,
  status,
}: {
  meetingId: string
  invitationId: string
  status: AttendanceStatus
}): Promise<AttendanceWriteResult> {
  const result = await refusable(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, meetingId },
      select: { id: true, meeting: { select: { status: true } } },
    })
    if (!invitation) return false
    const refusal = attendanceRefusal(invitation.meeting)
    if (refusal) throw new Refused([{ field: 'form', message: refusal }])
    await tx.invitation.update({ where: { id: invitation.id }, data: { status } })
    return true
  })
  if (result === false) return { ok: false, reason: 'notFound' }
  return result === true ? { ok: true } : result
}

// Registers someone who came without an invitation as present, for the organisation they
// represent (none: on their own behalf), marked as a walk-in.
export async function addWalkIn({
  meetingId,
  personId,
  organisationId,
  actorId,
}: {
  meetingId: string
  personId: string
  organisationId: string | null
  actorId: string
}): Promise<AttendanceWriteResult> {
  const result = await refusable(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, status: true },
    })
    if (!meeting) return false
    const refusal = attendanceRefusal(meeting)
    if (refusal) throw new Refused([{ field: 'form', message: refusal }])
    const [person, organisation, existing] = await Promise.all([
      tx.person.findUnique({ where: { id: personId }, select: { name: true } }),
      organisationId
        ? tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } })
        : null,
      tx.invitation.findUnique({
        where: { meetingId_personId: { meetingId, personId } },
        select: { id: true },
      }),
    ])
    const refusals = []
    if (!person) refusals.push({ field: 'personId', message: 'validation.unknownReference' })
    else if (existing) refusals.push({ field: 'personId', message: 'attendance.walkIn.alreadyListed' })
    if (organisationId && !organisation) {
      refusals.push({ field: 'organisationId', message: 'validation.unknownReference' })
    }
    if (refusals.length > 0) throw new Refused(refusals)
    await tx.invitation.create({
      data: { meetingId, personId, organisationId, status: ATTENDED, walkIn: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'meeting.walkIn',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: t('attendance.audit.walkIn', { name: person?.name ?? '', meeting: meeting.title }),
      },
      tx,
    )
    return true
  })
  if (result === false) return { ok: false, reason: 'notFound' }
  return result === true ? { ok: true } : result
}

// Registers someone at the door who is not in Raadnet yet: creates the person (a name only)
// and their walk-in invitation, present, for the organisation they represent (none: on
// their own behalf), in one transaction. When someone with exactly this name exists, it
// asks first (field `name`), unless `namesake` says it is somebody else.
export async function addNewWalkIn({
  meetingId,
  name,
  organisationId,
  namesake,
  actorId,
}: {
  meetingId: string
  name: string
  organisationId: string | null
  namesake: boolean
  actorId: string
}): Promise<AttendanceWriteResult> {
  const result = await refusable(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, status: true },
    })
    if (!meeting) return false
    const refusal = attendanceRefusal(meeting)
    if (refusal) throw new Refused([{ field: 'form', message: refusal }])
    const [organisation, sameName] = await Promise.all([
      organisationId
        ? tx.organisation.findFirst({ where: { id: organisationId, active: true }, select: { id: true } })
        : null,
      namesake ? null : tx.person.findFirst({ where: { name }, select: { id: true } }),
    ])
    const refusals = []
    if (sameName) refusals.push({ field: 'name', message: 'attendance.walkIn.nameExists' })
    if (organisationId && !organisation) {
      refusals.push({ field: 'organisationId', message: 'validation.unknownReference' })
    }
    if (refusals.length > 0) throw new Refused(refusals)
    const person = await tx.person.create({ data: { name }, select: { id: true } })
    await tx.invitation.create({
      data: { meetingId, personId: person.id, organisationId, status: ATTENDED, walkIn: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'person.create',
        entityType: 'Person',
        entityId: person.id,
        summary: t('people.audit.created'),
      },
      tx,
    )
    await recordAudit(
      {
        actorId,
        action: 'meeting.walkIn',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: t('attendance.audit.walkIn', { name, meeting: meeting.title }),
      },
      tx,
    )
    return true
  })
  if (result === false) return { ok: false, reason: 'notFound' }
  return result === true ? { ok: true } : result
}

// Returns the people who are not on the meeting's list yet, each with the organisations
// they are a current member of (to tell namesakes apart and to propose one), by name; and
// the active organisations someone can represent.
export async function listWalkInOptions({
  meetingId,
  today = new Date(),
}: {
  meetingId: string
  today?: Date
}) {
  const [people, organisations] = await Promise.all([
    prisma.person.findMany({
      where: { invitations: { none: { meetingId } } },
      select: {
        id: true,
        name: true,
        memberships: {
          where: { ...currentMembershipWhere(calendarDay(today)), organisation: { active: true } },
          select: { organisation: { select: { id: true, name: true } } },
        },
      },
    }),
    prisma.organisation.findMany({ where: { active: true }, select: { id: true, name: true } }),
  ])
  return {
    people: people
      .map((person) => ({
        id: person.id,
        name: person.name,
        organisations: [
          ...new Map(person.memberships.map((m) => [m.organisation.id, m.organisation])).values(),
        ].sort((a, b) => compareNames(a.name, b.name)),
      }))
      .sort((a, b) => compareNames(a.name, b.name)),
    organisations: organisations.sort((a, b) => compareNames(a.name, b.name)),
  }
}

// Returns an organisation's attendance: meetings and meetings attended this and last year,
// its latest meetings with its status, and those to come (attendance-summary.ts).
export async function organisationAttendance({
  organisationId,
  now = new Date(),
  recentCount = 5,
}: {
  organisationId: string
  now?: Date
  recentCount?: number
}): Promise<OrganisationAttendance> {
  const invitations = await prisma.invitation.findMany({
    where: { organisationId, meeting: { status: { not: 'CANCELLED' } } },
    select: {
      status: true,
      meeting: { select: { id: true, title: true, kind: true, startsAt: true, status: true } },
    },
  })
  return summariseOrganisationAttendance(
    invitations.map((invitation) => ({
      meetingId: invitation.meeting.id,
      title: invitation.meeting.title,
      kind: invitation.meeting.kind,
      startsAt: invitation.meeting.startsAt,
      meetingStatus: invitation.meeting.status,
      status: invitation.status as AttendanceStatus,
    })),
    { now, recentCount },
  )
}
