// The activity log: contacts, support to councils, werkbezoeken, panels,
// achterbanbijeenkomsten and social-media actions, each linked to organisations, people
// and themes, with follow-ups.
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import {
  addFollowUp,
  isAssignable,
  listAssignees,
  listFollowUps,
} from '~/models/follow-up/follow-up.server.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { prisma } from '~/utils/db.server.ts'
import type { ActivityInput, FirstFollowUp } from './activity.schema.ts'
import type { ActivityKind } from './activity-kinds.ts'
import { localMoment } from './occurred-at.ts'

export const ACTIVITY_PAGE_SIZE = 25

type Tx = Prisma.TransactionClient

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name)

export type ActivityListFilters = {
  kind?: ActivityKind | null
  organisationId?: string | null
  personId?: string | null
  themeId?: string | null
  authorId?: string | null
  /** First day of the period (a date-only value), Dutch time. */
  from?: Date | null
  /** Last day of the period (a date-only value), included. */
  to?: Date | null
  q?: string
  page?: number
}

// Returns the "where" of the log for its filters.
function listWhere(filters: ActivityListFilters): Prisma.ActivityWhereInput {
  const and: Prisma.ActivityWhereInput[] = []
  if (filters.kind) and.push({ kind: filters.kind })
  if (filters.organisationId)
    and.push({ organisations: { some: { organisationId: filters.organisationId } } })
  if (filters.personId) and.push({ people: { some: { personId: filters.personId } } })
  if (filters.themeId) and.push({ themes: { some: { themeId: filters.themeId } } })
  if (filters.authorId) and.push({ authorId: filters.authorId })
  if (filters.from) and.push({ occurredAt: { gte: localMoment(filters.from, '00:00') } })
  if (filters.to) {
    const dayAfter = new Date(filters.to.getTime() + 24 * 3_600_000)
    and.push({ occurredAt: { lt: localMoment(dayAfter, '00:00') } })
  }
  const q = filters.q?.trim()
  if (q) {
    and.push({
      OR: [{ summary: { contains: q } }, { notes: { contains: q } }, { findings: { contains: q } }],
    })
  }
  return and.length > 0 ? { AND: and } : {}
}

// Returns one page (25 a page) of the log for its filters, newest first, with the total
// for the pager. A page past the end gives the last page.
export async function listActivities(filters: ActivityListFilters = {}) {
  const where = listWhere(filters)
  const total = await prisma.activity.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE))
  const page = Math.min(Math.max(1, Math.trunc(filters.page ?? 1)), pageCount)
  const rows = await prisma.activity.findMany({
    where,
    orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }],
    skip: (page - 1) * ACTIVITY_PAGE_SIZE,
    take: ACTIVITY_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      subtype: true,
      occurredAt: true,
      summary: true,
      minutesSpent: true,
      author: { select: { id: true, name: true } },
      organisations: { select: { role: true, organisation: { select: { id: true, name: true } } } },
      _count: { select: { followUps: { where: { done: false } } } },
    },
  })
  return {
    total,
    page,
    pageCount,
    activities: rows.map(({ organisations, _count, ...activity }) => ({
      ...activity,
      organisations: organisations
        .map((link) => ({ ...link.organisation, role: link.role }))
        .sort((a, b) => a.role.localeCompare(b.role) || byName(a, b)),
      openFollowUps: _count.followUps,
    })),
  }
}

// Returns everything the activity page shows, or null.
const activityInclude = {
  author: { select: { id: true, name: true } },
  organisations: {
    select: { role: true, organisation: { select: { id: true, name: true, type: true, active: true } } },
  },
  people: { select: { person: { select: { id: true, name: true } } } },
  themes: { select: { theme: { select: { id: true, name: true, active: true } } } },
} as const

// Returns activities with their links, in the order of `activityIds` (one query, for
// exports); without follow-ups.
export async function getActivities({ activityIds }: { activityIds: string[] }) {
  const rows = await prisma.activity.findMany({
    where: { id: { in: activityIds } },
    include: activityInclude,
  })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return activityIds.flatMap((id) => {
    const activity = byId.get(id)
    if (!activity) return []
    const { organisations, people, themes, ...rest } = activity
    const linked = organisations.map((link) => ({ ...link.organisation, role: link.role })).sort(byName)
    return [
      {
        ...rest,
        organisations: linked.filter((organisation) => organisation.role !== 'visited'),
        visited: linked.filter((organisation) => organisation.role === 'visited'),
        people: people.map((link) => link.person).sort(byName),
        themes: themes.map((link) => link.theme).sort(byName),
      },
    ]
  })
}

// Returns one activity with its links and follow-ups, or null.
export async function getActivity({ activityId, today }: { activityId: string; today?: Date }) {
  const [activity] = await getActivities({ activityIds: [activityId] })
  if (!activity) return null
  return { ...activity, followUps: await listFollowUps({ activityId, today }) }
}

export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivity>>>

// Returns the choices the activity form offers. Inactive organisations and retired themes
// are only offered when the activity already has them (`keep…`).
export async function getActivityFormOptions({
  keepOrganisationIds = [],
  keepThemeIds = [],
}: {
  keepOrganisationIds?: string[]
  keepThemeIds?: string[]
} = {}) {
  const [organisations, people, themes, assignees] = await Promise.all([
    prisma.organisation.findMany({
      where: { OR: [{ active: true }, { id: { in: keepOrganisationIds } }] },
      select: { id: true, name: true, type: true, active: true },
    }),
    prisma.person.findMany({ select: { id: true, name: true } }),
    listActiveThemeOptions({ keepIds: keepThemeIds }),
    listAssignees(),
  ])
  return {
    organisations: organisations.sort(byName),
    people: people.sort(byName),
    themes,
    assignees,
  }
}

export type ActivityFormOptions = Awaited<ReturnType<typeof getActivityFormOptions>>

// Returns the choices of the log's filters: every organisation, person and theme (also
// inactive or retired ones, whose history stays findable) and everyone who can author.
export async function getActivityFilterOptions() {
  const [organisations, people, themes, authors] = await Promise.all([
    prisma.organisation.findMany({ select: { id: true, name: true, active: true } }),
    prisma.person.findMany({ select: { id: true, name: true } }),
    prisma.theme.findMany({ select: { id: true, name: true, active: true } }),
    prisma.user.findMany({
      where: { OR: [{ activities: { some: {} } }, { active: true, role: { not: 'lezer' } }] },
      select: { id: true, name: true },
    }),
  ])
  return {
    organisations: organisations.sort(byName),
    people: people.sort(byName),
    themes: themes.sort(byName),
    authors: authors.sort(byName),
  }
}

// Returns the people and active organisations the quick contact form offers, by name.
export async function getQuickContactOptions() {
  const [organisations, people] = await Promise.all([
    prisma.organisation.findMany({ where: { active: true }, select: { id: true, name: true } }),
    prisma.person.findMany({ select: { id: true, name: true } }),
  ])
  return { organisations: organisations.sort(byName), people: people.sort(byName) }
}

export type ActivityRefusalField =
  | 'organisationIds'
  | 'visitedIds'
  | 'personIds'
  | 'themeIds'
  | 'followUpAssigneeId'
  | 'followUpDescription'
  | 'followUpDueDate'

export type ActivityRefusal = { field: ActivityRefusalField; message: string }

// Returns why the links may not be saved: unknown records; inactive organisations, retired
// themes or a visited "site" that is no werkbezoeklocatie among the NEW links (links the
// activity already has may stay).
async function checkLinks(tx: Tx, input: ActivityInput, activityId: string | null) {
  const refusals: ActivityRefusal[] = []
  const existing = activityId
    ? await tx.activity.findUnique({
        where: { id: activityId },
        select: {
          organisations: { select: { organisationId: true } },
          themes: { select: { themeId: true } },
        },
      })
    : null
  const keptOrganisations = new Set(existing?.organisations.map((link) => link.organisationId))
  const keptThemes = new Set(existing?.themes.map((link) => link.themeId))

  const organisations = await tx.organisation.findMany({
    where: { id: { in: [...input.organisationIds, ...input.visitedIds] } },
    select: { id: true, type: true, active: true },
  })
  const found = new Map(organisations.map((organisation) => [organisation.id, organisation]))
  for (const field of ['organisationIds', 'visitedIds'] as const) {
    const chosen = input[field].map((id) => found.get(id))
    if (chosen.some((organisation) => !organisation)) {
      refusals.push({ field, message: 'validation.unknownReference' })
    } else if (
      chosen.some((organisation) => !organisation?.active && !keptOrganisations.has(organisation?.id ?? ''))
    ) {
      refusals.push({ field, message: 'activity.organisationInactive' })
    } else if (field === 'visitedIds' && chosen.some((organisation) => organisation?.type !== 'SITE')) {
      refusals.push({ field, message: 'activity.visitedNotSite' })
    }
  }

  const people = await tx.person.count({ where: { id: { in: input.personIds } } })
  if (people !== input.personIds.length)
    refusals.push({ field: 'personIds', message: 'validation.unknownReference' })

  const themes = await tx.theme.findMany({
    where: { id: { in: input.themeIds } },
    select: { id: true, active: true },
  })
  if (themes.length !== input.themeIds.length) {
    refusals.push({ field: 'themeIds', message: 'validation.unknownReference' })
  } else if (themes.some((theme) => !theme.active && !keptThemes.has(theme.id))) {
    refusals.push({ field: 'themeIds', message: 'activity.themeRetired' })
  }
  return refusals
}

// Returns the columns of the activity itself from the form input.
function columns(input: ActivityInput) {
  const siteVisit = input.kind === 'SITE_VISIT'
  return {
    kind: input.kind,
    subtype: input.subtype,
    occurredAt: input.occurredAt,
    summary: input.summary,
    notes: input.notes,
    minutesSpent: input.minutesSpent,
    participationForm: input.participationForm,
    findings: siteVisit ? input.findings : null,
    followUpQuestions: siteVisit ? input.followUpQuestions : null,
  }
}

// Returns the organisation links of the input: involved ones, and visited sites for a werkbezoek.
function organisationLinks(input: ActivityInput) {
  const visited = input.kind === 'SITE_VISIT' ? input.visitedIds : []
  return [
    ...input.organisationIds.map((organisationId) => ({ organisationId, role: 'involved' })),
    ...visited.map((organisationId) => ({ organisationId, role: 'visited' })),
  ]
}

export type SaveActivityResult =
  | { ok: true; activityId: string }
  | { ok: false; reason: 'invalid'; refusals: ActivityRefusal[] }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict' }

// Records an activity authored by `actorId`, with its links and, optionally, a first
// follow-up — all or nothing.
export async function createActivity({
  input,
  followUp = null,
  actorId,
}: {
  input: ActivityInput
  followUp?: FirstFollowUp | null
  actorId: string
}): Promise<SaveActivityResult> {
  return prisma.$transaction(async (tx) => {
    const refusals = await checkLinks(tx, input, null)
    if (followUp && !(await isAssignable(tx, followUp.assigneeId))) {
      refusals.push({ field: 'followUpAssigneeId', message: 'followUp.assigneeNotAvailable' })
    }
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    const activity = await tx.activity.create({
      data: {
        ...columns(input),
        authorId: actorId,
        organisations: { create: organisationLinks(input) },
        people: { create: input.personIds.map((personId) => ({ personId })) },
        themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
      },
      select: { id: true },
    })
    if (followUp) {
      const added = await addFollowUp({ ...followUp, activityId: activity.id, actorId }, tx)
      // Checked above; anything else is a bug, and throwing undoes the activity too.
      if (!added.ok) throw new Error(`Follow-up refused after checking: ${added.reason}`)
    }
    await recordAudit(
      {
        actorId,
        action: 'activity.create',
        entityType: 'Activity',
        entityId: activity.id,
        summary: input.summary,
      },
      tx,
    )
    return { ok: true, activityId: activity.id }
  })
}

// Saves an edit unless someone else saved since `version` was read.
export async function updateActivity({
  activityId,
  input,
  version,
  actorId,
}: {
  activityId: string
  input: ActivityInput
  version: number
  actorId: string
}): Promise<SaveActivityResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.activity.findUnique({ where: { id: activityId }, select: { version: true } })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkLinks(tx, input, activityId)
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, version },
      data: { ...columns(input), version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await tx.activityOrganisation.deleteMany({ where: { activityId } })
    await tx.activityOrganisation.createMany({
      data: organisationLinks(input).map((link) => ({ ...link, activityId })),
    })
    await tx.activityPerson.deleteMany({ where: { activityId } })
    await tx.activityPerson.createMany({
      data: input.personIds.map((personId) => ({ activityId, personId })),
    })
    await tx.activityTheme.deleteMany({ where: { activityId } })
    await tx.activityTheme.createMany({ data: input.themeIds.map((themeId) => ({ activityId, themeId })) })
    await recordAudit(
      {
        actorId,
        action: 'activity.update',
        entityType: 'Activity',
        entityId: activityId,
        summary: input.summary,
      },
      tx,
    )
    return { ok: true, activityId }
  })
}

// Returns true when `user` may delete an activity by `authorId`: its author, or a
// coordinator or beheerder.
export function mayDeleteActivity(user: { id: string; role: string }, authorId: string) {
  return user.id === authorId || hasRole(user.role, 'coordinator')
}

export type DeleteActivityResult =
  | { ok: true; summary: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'forbidden' }

// Deletes an activity with its links and follow-ups. Only its author, a coordinator or a
// beheerder may ('forbidden' otherwise); the audit log keeps what was deleted and by whom.
export async function deleteActivity({
  activityId,
  actorId,
}: {
  activityId: string
  actorId: string
}): Promise<DeleteActivityResult> {
  return prisma.$transaction(async (tx) => {
    const activity = await tx.activity.findUnique({
      where: { id: activityId },
      select: { authorId: true, kind: true, summary: true, occurredAt: true },
    })
    const actor = await tx.user.findUnique({
      where: { id: actorId },
      select: { id: true, role: true, active: true },
    })
    if (!activity) return { ok: false, reason: 'notFound' }
    if (!actor?.active || !mayDeleteActivity(actor, activity.authorId))
      return { ok: false, reason: 'forbidden' }
    await tx.activity.delete({ where: { id: activityId } })
    await recordAudit(
      {
        actorId,
        action: 'activity.delete',
        entityType: 'Activity',
        entityId: activityId,
        summary: `${activity.kind} ${activity.occurredAt.toISOString().slice(0, 10)}: ${activity.summary}`,
      },
      tx,
    )
    return { ok: true, summary: activity.summary }
  })
}
