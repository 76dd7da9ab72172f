// Meetings: an exchange meeting, a theme meeting, a course … with its themes, organisers,
// partner organisations and ordered agenda; cancelled with a reason; after the meeting its
// minutes, the tips shared, the joint actions agreed (follow-ups with `meetingId`) and what
// it produced. Every change a calendar shows bumps `sequence`; invitees hear of a
// cancellation or a new time or place once the change is committed (meeting-mail.server.ts).
import { createHash } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import { localMoment, localParts } from '~/models/activity/occurred-at.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { ASSIGNABLE_ROLES, addFollowUp, setFollowUpDone } from '~/models/follow-up/follow-up.server.ts'
import { compareFollowUps, isOverdue } from '~/models/follow-up/follow-up-order.ts'
import { calendarDay } from '~/models/signal/signal-dates.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { type Refusal, refusable } from '~/utils/refusable.server.ts'
import type { AgendaItemInput, MeetingListQuery } from './meeting.schema.ts'
import { agendaField } from './meeting.schema.ts'
import {
  ATTENDED,
  type MailKind,
  type MeetingKind,
  type MeetingOutputKind,
  type MeetingStatus,
} from './meeting-kinds.ts'
import { notifyInvitees } from './meeting-mail.server.ts'

export const MEETING_PAGE_SIZE = 25

type Tx = Prisma.TransactionClient

export type { Refusal }

export type MeetingWriteResult =
  | { ok: true; meetingId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

export type MeetingUpdateResult =
  | { ok: true; meetingId: string; notified: MailKind | null }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

const invalid = (refusals: Refusal[]) => ({ ok: false as const, reason: 'invalid' as const, refusals })

type MeetingFields = {
  kind: MeetingKind
  title: string
  startsAt: Date
  endsAt: Date
  location: string | null
  description: string | null
  status: MeetingStatus
  themeIds: string[]
  organiserIds: string[]
  partnerIds: string[]
  /** The agenda in order; positions are given on save (1, 2, 3 …). */
  agenda: AgendaItemInput[]
  /** The form row each agenda item came from, so that a refusal shows beside it. */
  agendaRows?: number[]
}

// What a meeting already has: links that may stay although a new meeting would not be
// offered them (a retired theme, an organiser who left, an inactive partner), and its status.
type Keep = { themeIds: string[]; organiserIds: string[]; partnerIds: string[]; status: MeetingStatus | null }

const NOTHING_KEPT: Keep = { themeIds: [], organiserIds: [], partnerIds: [], status: null }

// Returns why the fields may not be saved: a theme (of the meeting or an agenda item) that
// is retired or unknown, an organiser who is not an active worker, a partner that is not an
// active organisation (each unless the meeting has it already), "afgelast" chosen in the
// form (cancelling has its own step with a reason) and "gehouden" before the meeting began.
async function checkFields(tx: Tx, fields: MeetingFields, now: Date, keep: Keep) {
  const refusals: Refusal[] = []
  const themeIds = [...new Set([...fields.themeIds, ...fields.agenda.flatMap((item) => item.themeId ?? [])])]
  const kept = {
    themes: new Set(keep.themeIds),
    organisers: new Set(keep.organiserIds),
    partners: new Set(keep.partnerIds),
  }
  const [themes, organisers, partners] = await Promise.all([
    tx.theme.findMany({ where: { id: { in: themeIds } }, select: { id: true, active: true } }),
    tx.user.findMany({
      where: { id: { in: fields.organiserIds } },
      select: { id: true, active: true, role: true },
    }),
    tx.organisation.findMany({
      where: { id: { in: fields.partnerIds } },
      select: { id: true, active: true },
    }),
  ])
  const usableThemes = new Set(
    themes.filter((theme) => theme.active || kept.themes.has(theme.id)).map((theme) => theme.id),
  )
  if (fields.themeIds.some((id) => !usableThemes.has(id))) {
    refusals.push({ field: 'themeIds', message: 'meeting.themeNotAvailable' })
  }
  fields.agenda.forEach((item, index) => {
    if (item.themeId && !usableThemes.has(item.themeId)) {
      refusals.push({
        field: agendaField(fields.agendaRows?.[index] ?? index),
        message: 'meeting.themeNotAvailable',
      })
    }
  })
  const usableOrganisers = organisers.filter(
    (user) => (user.active && ASSIGNABLE_ROLES.includes(user.role)) || kept.organisers.has(user.id),
  )
  if (usableOrganisers.length !== fields.organiserIds.length) {
    refusals.push({ field: 'organiserIds', message: 'meeting.organiserNotAvailable' })
  }
  const usablePartners = partners.filter(
    (organisation) => organisation.active || kept.partners.has(organisation.id),
  )
  if (usablePartners.length !== fields.partnerIds.length) {
    refusals.push({ field: 'partnerIds', message: 'validation.unknownReference' })
  }
  if (fields.status === 'CANCELLED' && keep.status !== 'CANCELLED') {
    refusals.push({ field: 'status', message: 'meeting.cancelThroughButton' })
  }
  if (fields.status === 'HELD' && fields.startsAt > now) {
    refusals.push({ field: 'status', message: 'meeting.heldInFuture' })
  }
  return refusals
}

// The rows of a meeting's links and agenda, as createMany data.
function linkRows(meetingId: string, fields: MeetingFields) {
  return {
    themes: fields.themeIds.map((themeId) => ({ meetingId, themeId })),
    organisers: fields.organiserIds.map((userId) => ({ meetingId, userId })),
    partners: fields.partnerIds.map((organisationId) => ({ meetingId, organisationId })),
    agenda: fields.agenda.map((item, index) => ({ meetingId, position: index + 1, ...item })),
  }
}

// Writes the links and agenda of a meeting; the form's lists replace the stored ones (the
// rows hold nothing but the link, so replacing loses nothing).
async function writeLinks(tx: Tx, meetingId: string, fields: MeetingFields, replace: boolean) {
  if (replace) {
    await tx.meetingTheme.deleteMany({ where: { meetingId } })
    await tx.meetingOrganiser.deleteMany({ where: { meetingId } })
    await tx.meetingPartner.deleteMany({ where: { meetingId } })
    await tx.agendaItem.deleteMany({ where: { meetingId } })
  }
  const rows = linkRows(meetingId, fields)
  await tx.meetingTheme.createMany({ data: rows.themes })
  await tx.meetingOrganiser.createMany({ data: rows.organisers })
  await tx.meetingPartner.createMany({ data: rows.partners })
  await tx.agendaItem.createMany({ data: rows.agenda })
}

const meetingData = (fields: MeetingFields) => ({
  kind: fields.kind,
  title: fields.title,
  startsAt: fields.startsAt,
  endsAt: fields.endsAt,
  location: fields.location,
  description: fields.description,
  status: fields.status,
})

// Plans a new meeting with its themes, organisers, partners and agenda. Only active themes,
// active workers and active organisations; never "afgelast", and "gehouden" only for a
// meeting that began already (recorded afterwards).
export async function createMeeting({
  actorId,
  now = new Date(),
  ...fields
}: MeetingFields & { actorId: string; now?: Date }): Promise<MeetingWriteResult> {
  return refusable(async (tx): Promise<MeetingWriteResult> => {
    const refusals = await checkFields(tx, fields, now, NOTHING_KEPT)
    if (refusals.length > 0) return invalid(refusals)
    const meeting = await tx.meeting.create({
      data: { ...meetingData(fields), createdById: actorId },
      select: { id: true },
    })
    await writeLinks(tx, meeting.id, fields, false)
    await recordAudit(
      {
        actorId,
        action: 'meeting.create',
        entityType: 'Meeting',
        entityId: meeting.id,
        summary: fields.title,
      },
      tx,
    )
    return { ok: true, meetingId: meeting.id }
  })
}

// Returns true when a calendar shows the change (title, time, place or status): the
// iCalendar SEQUENCE goes up.
function changesCalendar(before: CalendarFacts, after: CalendarFacts) {
  return (
    before.title !== after.title ||
    before.location !== after.location ||
    before.status !== after.status ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime()
  )
}

type CalendarFacts = { title: string; startsAt: Date; endsAt: Date; location: string | null; status: string }

// Returns true when the invitees must hear of the change: another time or place, or a
// cancelled meeting that takes place after all.
function changesAppointment(before: CalendarFacts, after: CalendarFacts) {
  return (
    before.location !== after.location ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    (before.status === 'CANCELLED' && after.status !== 'CANCELLED')
  )
}

// Saves an edit of one meeting (never the other meetings of its series) unless someone else
// saved since `version` was read. A change a calendar shows bumps `sequence`; a date that
// moves to another day drops the generated date warning. When the time or place changed
// and people are invited, they get an update once the change is committed.
export async function updateMeeting({
  meetingId,
  version,
  actorId,
  now = new Date(),
  ...fields
}: MeetingFields & {
  meetingId: string
  version: number
  actorId: string
  now?: Date
}): Promise<MeetingUpdateResult> {
  const result = await refusable(async (tx): Promise<MeetingUpdateResult> => {
    const current = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: {
        version: true,
        title: true,
        startsAt: true,
        endsAt: true,
        location: true,
        status: true,
        themes: { select: { themeId: true } },
        agendaItems: { select: { themeId: true } },
        organisers: { select: { userId: true } },
        partners: { select: { organisationId: true } },
        _count: { select: { invitations: true } },
      },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkFields(tx, fields, now, {
      themeIds: [
        ...current.themes.map((link) => link.themeId),
        ...current.agendaItems.flatMap((item) => item.themeId ?? []),
      ],
      organiserIds: current.organisers.map((link) => link.userId),
      partnerIds: current.partners.map((link) => link.organisationId),
      status: current.status as MeetingStatus,
    })
    if (refusals.length > 0) return invalid(refusals)
    const movedDay = localParts(current.startsAt).day !== localParts(fields.startsAt).day
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, version },
      data: {
        ...meetingData(fields),
        ...(fields.status === 'CANCELLED' ? {} : { cancelReason: null }),
        ...(movedDay ? { dateWarning: null } : {}),
        ...(changesCalendar(current, fields) ? { sequence: { increment: 1 } } : {}),
        version: { increment: 1 },
      },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await writeLinks(tx, meetingId, fields, true)
    await recordAudit(
      {
        actorId,
        action: 'meeting.update',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: fields.title,
      },
      tx,
    )
    const upcoming = current.endsAt > now || fields.endsAt > now
    const tell = current._count.invitations > 0 && upcoming && changesAppointment(current, fields)
    return { ok: true, meetingId, notified: tell ? 'MEETING_UPDATE' : null }
  })
  if (result.ok && result.notified) {
    await notifyInvitees({ meetingId, kind: result.notified, actorId })
  }
  return result
}

export type CancelResult = MeetingWriteResult & { notified?: MailKind | null }

// Cancels one meeting (not the rest of its series) with an optional reason; a meeting that
// was held or is cancelled already cannot be. Invitees of a meeting still to come get the
// cancellation once it is committed.
export async function cancelMeeting({
  meetingId,
  cancelReason,
  actorId,
  now = new Date(),
}: {
  meetingId: string
  cancelReason: string | null
  actorId: string
  now?: Date
}): Promise<CancelResult> {
  const result = await refusable(async (tx): Promise<CancelResult> => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, status: true, endsAt: true, _count: { select: { invitations: true } } },
    })
    if (!meeting) return { ok: false, reason: 'notFound' }
    if (meeting.status === 'CANCELLED')
      return invalid([{ field: 'form', message: 'meeting.alreadyCancelled' }])
    if (meeting.status === 'HELD') return invalid([{ field: 'form', message: 'meeting.cancelHeld' }])
    // The status in the WHERE: of two people changing the meeting at once, the second is told.
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, status: meeting.status },
      data: {
        status: 'CANCELLED',
        cancelReason,
        sequence: { increment: 1 },
        version: { increment: 1 },
      },
    })
    if (count === 0) return invalid([{ field: 'form', message: 'meeting.changedMeanwhile' }])
    await recordAudit(
      {
        actorId,
        action: 'meeting.cancel',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: cancelReason ? `${meeting.title}: ${cancelReason}` : meeting.title,
      },
      tx,
    )
    const tell = meeting._count.invitations > 0 && meeting.endsAt > now
    return { ok: true, meetingId, notified: tell ? 'MEETING_CANCELLATION' : null }
  })
  if (result.ok && result.notified) {
    await notifyInvitees({ meetingId, kind: result.notified, actorId })
  }
  return result
}

const themeSelect = { id: true, name: true, active: true } as const

// Returns everything the meeting page shows, or null.
export async function getMeeting({ meetingId, now = new Date() }: { meetingId: string; now?: Date }) {
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      kind: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      description: true,
      status: true,
      cancelReason: true,
      dateWarning: true,
      minutes: true,
      sequence: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      series: { select: { id: true, title: true } },
      createdBy: { select: { id: true, name: true } },
      themes: { select: { theme: { select: themeSelect } } },
      organisers: { select: { user: { select: { id: true, name: true, active: true } } } },
      partners: { select: { organisation: { select: { id: true, name: true, active: true } } } },
      agendaItems: {
        select: { id: true, position: true, title: true, presenter: true, theme: { select: themeSelect } },
        orderBy: { position: 'asc' },
      },
      tips: {
        select: { id: true, text: true, createdAt: true, theme: { select: themeSelect } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
      outputs: {
        select: { id: true, kind: true, title: true, body: true, createdAt: true },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
      followUps: {
        select: {
          id: true,
          description: true,
          dueDate: true,
          done: true,
          doneAt: true,
          createdAt: true,
          assignee: { select: { id: true, name: true } },
          ownerOrganisation: { select: { id: true, name: true } },
        },
      },
    },
  })
  if (!meeting) return null
  const day = calendarDay(now)
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')
  const { themes, organisers, partners, followUps, ...rest } = meeting
  return {
    ...rest,
    status: meeting.status as MeetingStatus,
    started: meeting.startsAt <= now,
    themes: themes.map((link) => link.theme).sort(byName),
    organisers: organisers.map((link) => link.user).sort(byName),
    partners: partners.map((link) => link.organisation).sort(byName),
    minutesBase: textFingerprint(meeting.minutes),
    jointActions: followUps
      .sort((a, b) => Number(a.done) - Number(b.done) || compareFollowUps(a, b))
      .map((followUp) => ({ ...followUp, overdue: isOverdue(followUp, day) })),
  }
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>

// Returns the choices of the meeting form: active themes, active workers as organisers and
// active organisations as partners, plus those the meeting has already (`keep…`).
export async function getMeetingFormOptions({
  keepThemeIds = [],
  keepOrganiserIds = [],
  keepPartnerIds = [],
}: {
  keepThemeIds?: string[]
  keepOrganiserIds?: string[]
  keepPartnerIds?: string[]
} = {}) {
  const [themes, organisers, organisations] = await Promise.all([
    listActiveThemeOptions({ keepIds: keepThemeIds }),
    prisma.user.findMany({
      where: { OR: [{ active: true, role: { in: ASSIGNABLE_ROLES } }, { id: { in: keepOrganiserIds } }] },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.organisation.findMany({
      where: { OR: [{ active: true }, { id: { in: keepPartnerIds } }] },
      select: { id: true, name: true, type: true, active: true },
    }),
  ])
  return { themes, organisers, organisations }
}

// Returns the start of the Dutch calendar day "yyyy-mm-dd" (`after` days later) as a UTC
// moment; midnight always exists in the Netherlands, the clocks change at night.
function dayStart(day: string, after = 0) {
  const date = parseDateOnly(day)
  return date ? localMoment(new Date(date.getTime() + after * 86_400_000), '00:00') : null
}

// Returns the "where" of the overview's view and filters. A meeting counts as upcoming
// until it ended; the period is the Dutch calendar day it starts on. The theme filter
// finds meetings about the theme and meetings with an agenda item about it.
function listWhere(query: MeetingListQuery, now: Date): Prisma.MeetingWhereInput {
  const and: Prisma.MeetingWhereInput[] = []
  if (query.weergave === 'komend') and.push({ endsAt: { gte: now } })
  if (query.weergave === 'voorbij') and.push({ endsAt: { lt: now } })
  if (query.soort) and.push({ kind: query.soort })
  if (query.status) and.push({ status: query.status })
  if (query.thema) {
    and.push({
      OR: [
        { themes: { some: { themeId: query.thema } } },
        { agendaItems: { some: { themeId: query.thema } } },
      ],
    })
  }
  const from = query.van ? dayStart(query.van) : null
  const to = query.tot ? dayStart(query.tot, 1) : null
  if (from) and.push({ startsAt: { gte: from } })
  if (to) and.push({ startsAt: { lt: to } })
  return { AND: and }
}

// Returns how many people were present at each meeting and how many organisations they
// represented (as meetingAttendance counts them), for a page of meetings in one query.
async function attendanceCounts(meetingIds: string[]) {
  const groups = await prisma.invitation.groupBy({
    by: ['meetingId', 'organisationId'],
    where: { meetingId: { in: meetingIds }, status: ATTENDED },
    _count: { _all: true },
  })
  const counts = new Map<string, { present: number; organisations: number }>()
  for (const group of groups) {
    const entry = counts.get(group.meetingId) ?? { present: 0, organisations: 0 }
    entry.present += group._count._all
    if (group.organisationId) entry.organisations += 1
    counts.set(group.meetingId, entry)
  }
  return counts
}

const listSelect = {
  id: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  status: true,
  dateWarning: true,
  series: { select: { id: true, title: true } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
  _count: { select: { invitations: true } },
} as const satisfies Prisma.MeetingSelect

// Returns one page of meetings for the overview's view and filters, and the total: upcoming
// ones soonest first, past ones latest first, all of them in date order. Each with its
// themes by name, the number invited, present and organisations represented.
export async function listMeetings(query: MeetingListQuery, { now = new Date() }: { now?: Date } = {}) {
  const where = listWhere(query, now)
  const direction = query.weergave === 'voorbij' ? 'desc' : 'asc'
  const [total, meetings] = await Promise.all([
    prisma.meeting.count({ where }),
    prisma.meeting.findMany({
      where,
      select: listSelect,
      orderBy: [{ startsAt: direction }, { id: 'asc' }],
      skip: (query.pagina - 1) * MEETING_PAGE_SIZE,
      take: MEETING_PAGE_SIZE,
    }),
  ])
  const counts = await attendanceCounts(meetings.map((meeting) => meeting.id))
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / MEETING_PAGE_SIZE)),
    meetings: meetings.map(({ themes, _count, ...meeting }) => ({
      ...meeting,
      themes: themes.map((link) => link.theme).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      invited: _count.invitations,
      present: counts.get(meeting.id)?.present ?? 0,
      organisationsPresent: counts.get(meeting.id)?.organisations ?? 0,
    })),
  }
}

export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>['meetings'][number]

// Returns the themes the overview's filter offers: the active ones and those meetings have.
export async function getMeetingFilterOptions() {
  const [linked, agenda] = await Promise.all([
    prisma.meetingTheme.findMany({ select: { themeId: true }, distinct: ['themeId'] }),
    prisma.agendaItem.findMany({
      where: { themeId: { not: null } },
      select: { themeId: true },
      distinct: ['themeId'],
    }),
  ])
  const themes = await listActiveThemeOptions({
    keepIds: [...linked.map((row) => row.themeId), ...agenda.flatMap((row) => row.themeId ?? [])],
  })
  return { themes }
}

// Returns a short fingerprint of a long text ('' for none), so that a form can tell whether
// someone else saved another text since it was opened without carrying the text itself.
export function textFingerprint(text: string | null) {
  return text ? createHash('sha256').update(text).digest('hex').slice(0, 32) : ''
}

export type MinutesResult =
  | { ok: true; meetingId: string; markedHeld: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict'; minutes: string | null; minutesBase: string }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Saves the minutes of a meeting unless someone else saved other minutes since the form
// was opened (`minutesBase`). With `markHeld`, a planned or confirmed meeting that began
// is marked as held (a calendar change: `sequence` goes up).
export async function saveMinutes({
  meetingId,
  minutes,
  minutesBase,
  markHeld,
  actorId,
  now = new Date(),
}: {
  meetingId: string
  minutes: string | null
  minutesBase: string
  markHeld: boolean
  actorId: string
  now?: Date
}): Promise<MinutesResult> {
  return refusable(async (tx): Promise<MinutesResult> => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { title: true, status: true, startsAt: true, minutes: true },
    })
    if (!meeting) return { ok: false, reason: 'notFound' }
    const currentBase = textFingerprint(meeting.minutes)
    if (currentBase !== minutesBase) {
      return { ok: false, reason: 'conflict', minutes: meeting.minutes, minutesBase: currentBase }
    }
    const markable = meeting.status === 'PLANNED' || meeting.status === 'CONFIRMED'
    if (markHeld && meeting.status === 'CANCELLED') {
      return invalid([{ field: 'markHeld', message: 'meeting.heldCancelled' }])
    }
    if (markHeld && markable && meeting.startsAt > now) {
      return invalid([{ field: 'markHeld', message: 'meeting.heldInFuture' }])
    }
    const markedHeld = markHeld && markable
    // The minutes in the WHERE make the check and the write one step.
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, minutes: meeting.minutes },
      data: {
        minutes,
        ...(markedHeld ? { status: 'HELD', sequence: { increment: 1 }, version: { increment: 1 } } : {}),
      },
    })
    if (count === 0)
      return { ok: false, reason: 'conflict', minutes: meeting.minutes, minutesBase: currentBase }
    await recordAudit(
      {
        actorId,
        action: markedHeld ? 'meeting.minutesHeld' : 'meeting.minutes',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: meeting.title,
      },
      tx,
    )
    return { ok: true, meetingId, markedHeld }
  })
}

// Returns true when the meeting exists (inside `client`'s transaction when given); the
// pages' actions ask first, so that an unknown meeting is 404 whatever was sent.
export async function meetingExists(
  { meetingId }: { meetingId: string },
  client: Tx | typeof prisma = prisma,
) {
  return (await client.meeting.findUnique({ where: { id: meetingId }, select: { id: true } })) !== null
}

// Adds a tip shared at the meeting, optionally about an active theme.
export async function addTip({
  meetingId,
  text,
  themeId,
  actorId,
}: {
  meetingId: string
  text: string
  themeId: string | null
  actorId: string
}): Promise<MeetingWriteResult> {
  return prisma.$transaction(async (tx): Promise<MeetingWriteResult> => {
    if (!(await meetingExists({ meetingId }, tx))) return { ok: false, reason: 'notFound' }
    if (
      themeId &&
      !(await tx.theme.findFirst({ where: { id: themeId, active: true }, select: { id: true } }))
    ) {
      return invalid([{ field: 'themeId', message: 'meeting.themeNotAvailable' }])
    }
    await tx.meetingTip.create({ data: { meetingId, text, themeId } })
    await recordAudit(
      {
        actorId,
        action: 'meeting.tip',
        entityType: 'Meeting',
        entityId: meetingId,
        summary: text.slice(0, 200),
      },
      tx,
    )
    return { ok: true, meetingId }
  })
}

// Removes a tip or an output of the meeting; false when the meeting has no such item.
export async function removeMeetingItem({
  meetingId,
  kind,
  itemId,
  actorId,
}: {
  meetingId: string
  kind: 'tip' | 'output'
  itemId: string
  actorId: string
}) {
  return prisma.$transaction(async (tx) => {
    const where = { id: itemId, meetingId }
    const removed =
      kind === 'tip'
        ? await tx.meetingTip.deleteMany({ where })
        : await tx.meetingOutput.deleteMany({ where })
    if (removed.count === 0) return false
    await recordAudit(
      {
        actorId,
        action: `meeting.${kind}Remove`,
        entityType: 'Meeting',
        entityId: meetingId,
        summary: itemId,
      },
      tx,
    )
    return true
  })
}

// Records a joint action agreed at the meeting as a follow-up of the meeting: what, by when,
// the worker who follows it up and, when a council or partner carries it out, that
// organisation. It shows in "Mijn acties" and on the dashboard of the worker.
export function addJointAction({
  meetingId,
  description,
  dueDate,
  assigneeId,
  ownerOrganisationId,
  actorId,
}: {
  meetingId: string
  description: string
  dueDate: Date | null
  assigneeId: string
  ownerOrganisationId: string | null
  actorId: string
}) {
  return addFollowUp({ meetingId, description, dueDate, assigneeId, ownerOrganisationId, actorId })
}

// Marks a joint action of the meeting done or open again; false when the meeting has no
// such follow-up.
export async function setJointActionDone({
  meetingId,
  followUpId,
  done,
  actorId,
}: {
  meetingId: string
  followUpId: string
  done: boolean
  actorId: string
}) {
  const followUp = await prisma.followUp.findFirst({
    where: { id: followUpId, meetingId },
    select: { id: true },
  })
  if (!followUp) return false
  await setFollowUpDone({ followUpId, done, actorId })
  return true
}

// Records what the meeting produced: a vision document or another output, with its text.
export async function addOutput({
  meetingId,
  kind,
  title,
  body,
  actorId,
}: {
  meetingId: string
  kind: MeetingOutputKind
  title: string
  body: string | null
  actorId: string
}): Promise<MeetingWriteResult> {
  return prisma.$transaction(async (tx): Promise<MeetingWriteResult> => {
    if (!(await meetingExists({ meetingId }, tx))) return { ok: false, reason: 'notFound' }
    await tx.meetingOutput.create({ data: { meetingId, kind, title, body } })
    await recordAudit(
      { actorId, action: 'meeting.output', entityType: 'Meeting', entityId: meetingId, summary: title },
      tx,
    )
    return { ok: true, meetingId }
  })
}
