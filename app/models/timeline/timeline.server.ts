// The timeline of an organisation or a person: everything linked to it, newest first.
// Activities; for organisations the signals they reported or received and the advices they
// wrote; and the meetings that began already to which the person was invited (or walked
// in), or which the organisation was represented at (an invitation) or organised with.
// A new kind of entry is one more SELECT in `entries` below.

import { TZDate } from '@date-fns/tz'
import { endOfDay, startOfYear } from 'date-fns'
import { Prisma } from '~/generated/prisma/client.ts'
import { TIME_ZONE } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'

export const TIMELINE_PAGE_SIZE = 20

// The kinds a timeline can be filtered on: the activity kinds, signals, advices, meetings.
export type TimelineFilter = { kind?: string; themeId?: string }

type Subject = { organisationId: string } | { personId: string }

type Source = 'activity' | 'signal' | 'advice' | 'meeting'

// Returns the SQL listing (source, id, kind, at) of everything linked to the subject.
// Meetings count once they began (`now`): a timeline is what happened, and a meeting to
// come is on the meetings overview and in the agenda.
function entries(subject: Subject, filter: TimelineFilter, now: Date) {
  const themeFilter = (
    table: 'ActivityTheme' | 'SignalTheme' | 'AdviceTheme' | 'MeetingTheme',
    column: string,
    id: Prisma.Sql,
  ) =>
    filter.themeId
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} t WHERE t.${Prisma.raw(`"${column}"`)} = ${id} AND t."themeId" = ${filter.themeId})`
      : Prisma.empty
  const otherKinds = ['SIGNAL', 'ADVICE', 'MEETING']
  const wantActivities = !filter.kind || !otherKinds.includes(filter.kind)
  const activityKind =
    filter.kind && wantActivities ? Prisma.sql`AND a."kind" = ${filter.kind}` : Prisma.empty
  const wantMeetings = !filter.kind || filter.kind === 'MEETING'
  // SQLite keeps Prisma's DateTime values as text in this form, so text comparison works.
  const started = now.toISOString().replace('Z', '+00:00')
  const meetingsWhere = (link: Prisma.Sql) => Prisma.sql`
    SELECT 'meeting' AS source, m."id" AS id, 'MEETING' AS kind, m."startsAt" AS at
    FROM "Meeting" m
    WHERE m."startsAt" <= ${started} AND (${link})
    ${themeFilter('MeetingTheme', 'meetingId', Prisma.sql`m."id"`)}`
  const parts: Prisma.Sql[] = []
  if ('organisationId' in subject) {
    if (wantActivities) {
      parts.push(Prisma.sql`
        SELECT 'activity' AS source, a."id" AS id, a."kind" AS kind, a."occurredAt" AS at
        FROM "Activity" a JOIN "ActivityOrganisation" ao ON ao."activityId" = a."id"
        WHERE ao."organisationId" = ${subject.organisationId} ${activityKind}
        ${themeFilter('ActivityTheme', 'activityId', Prisma.sql`a."id"`)}`)
    }
    if (!filter.kind || filter.kind === 'SIGNAL') {
      parts.push(Prisma.sql`
        SELECT 'signal' AS source, s."id" AS id, 'SIGNAL' AS kind, s."receivedOn" AS at
        FROM "Signal" s
        WHERE (s."sourceId" = ${subject.organisationId}
          OR EXISTS (SELECT 1 FROM "SignalForward" f WHERE f."signalId" = s."id" AND f."organisationId" = ${subject.organisationId}))
        ${themeFilter('SignalTheme', 'signalId', Prisma.sql`s."id"`)}`)
    }
    if (!filter.kind || filter.kind === 'ADVICE') {
      parts.push(Prisma.sql`
        SELECT 'advice' AS source, a."id" AS id, 'ADVICE' AS kind,
          COALESCE(a."sentOn", a."adoptedOn", a."requestReceivedOn", a."createdAt") AS at
        FROM "Advice" a JOIN "AdviceCouncil" ac ON ac."adviceId" = a."id"
        WHERE ac."organisationId" = ${subject.organisationId}
        ${themeFilter('AdviceTheme', 'adviceId', Prisma.sql`a."id"`)}`)
    }
    if (wantMeetings) {
      parts.push(
        meetingsWhere(Prisma.sql`
          EXISTS (SELECT 1 FROM "Invitation" i WHERE i."meetingId" = m."id" AND i."organisationId" = ${subject.organisationId})
          OR EXISTS (SELECT 1 FROM "MeetingPartner" p WHERE p."meetingId" = m."id" AND p."organisationId" = ${subject.organisationId})`),
      )
    }
  } else {
    if (wantActivities) {
      parts.push(Prisma.sql`
        SELECT 'activity' AS source, a."id" AS id, a."kind" AS kind, a."occurredAt" AS at
        FROM "Activity" a JOIN "ActivityPerson" ap ON ap."activityId" = a."id"
        WHERE ap."personId" = ${subject.personId} ${activityKind}
        ${themeFilter('ActivityTheme', 'activityId', Prisma.sql`a."id"`)}`)
    }
    if (wantMeetings) {
      parts.push(
        meetingsWhere(
          Prisma.sql`EXISTS (SELECT 1 FROM "Invitation" i WHERE i."meetingId" = m."id" AND i."personId" = ${subject.personId})`,
        ),
      )
    }
  }
  return parts.length > 0 ? Prisma.join(parts, ' UNION ALL ') : null
}

const activitySelect = {
  id: true,
  kind: true,
  subtype: true,
  occurredAt: true,
  summary: true,
  minutesSpent: true,
  author: { select: { name: true } },
  organisations: { select: { role: true, organisation: { select: { id: true, name: true } } } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
} as const

const signalSelect = {
  id: true,
  title: true,
  status: true,
  receivedOn: true,
  source: { select: { id: true, name: true } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
} as const

const adviceSelect = {
  id: true,
  title: true,
  type: true,
  status: true,
  responseOutcome: true,
  sentOn: true,
  adoptedOn: true,
  requestReceivedOn: true,
  createdAt: true,
  councils: { select: { organisation: { select: { id: true, name: true } } } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
} as const

// Returns the select of a meeting on the subject's timeline: with the subject's own
// invitations (a person's, or those of the people representing the organisation) and
// whether the organisation organised it with us.
function meetingSelect(subject: Subject) {
  const mine =
    'organisationId' in subject ? { organisationId: subject.organisationId } : { personId: subject.personId }
  return {
    id: true,
    title: true,
    kind: true,
    status: true,
    startsAt: true,
    location: true,
    themes: { select: { theme: { select: { id: true, name: true } } } },
    invitations: { where: mine, select: { status: true, walkIn: true } },
    // A person is never a partner: no organisation has an empty id.
    partners: {
      where: { organisationId: 'organisationId' in subject ? subject.organisationId : '' },
      select: { organisationId: true },
    },
  } as const
}

// Returns one page of the subject's timeline, newest first, and the number of pages.
export async function listTimeline({
  page = 1,
  now = new Date(),
  ...rest
}: Subject & TimelineFilter & { page?: number; now?: Date }) {
  const filter: TimelineFilter = { kind: rest.kind, themeId: rest.themeId }
  const subject: Subject =
    'organisationId' in rest ? { organisationId: rest.organisationId } : { personId: rest.personId }
  const sql = entries(subject, filter, now)
  if (!sql) return { items: [] as TimelineItem[], total: 0, pageCount: 1, page: 1 }
  const [{ total } = { total: 0 }] = await prisma.$queryRaw<{ total: bigint | number }[]>`
    SELECT COUNT(*) AS total FROM (${sql}) AS timeline`
  const pageCount = Math.max(1, Math.ceil(Number(total) / TIMELINE_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await prisma.$queryRaw<{ source: Source; id: string }[]>`
    SELECT source, id FROM (${sql}) AS timeline
    ORDER BY at DESC, id DESC
    LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${(current - 1) * TIMELINE_PAGE_SIZE}`
  const ids = (source: Source) => rows.filter((row) => row.source === source).map((row) => row.id)
  const [activities, signals, advices, meetings] = await Promise.all([
    prisma.activity.findMany({ where: { id: { in: ids('activity') } }, select: activitySelect }),
    prisma.signal.findMany({ where: { id: { in: ids('signal') } }, select: signalSelect }),
    prisma.advice.findMany({ where: { id: { in: ids('advice') } }, select: adviceSelect }),
    prisma.meeting.findMany({ where: { id: { in: ids('meeting') } }, select: meetingSelect(subject) }),
  ])
  const adviceById = new Map(advices.map((advice) => [advice.id, advice]))
  const meetingById = new Map(meetings.map((meeting) => [meeting.id, meeting]))
  const activityById = new Map(activities.map((activity) => [activity.id, activity]))
  const signalById = new Map(signals.map((signal) => [signal.id, signal]))
  const items = rows.flatMap((row): TimelineItem[] => {
    if (row.source === 'activity') {
      const activity = activityById.get(row.id)
      if (!activity) return []
      const { themes, organisations, ...fields } = activity
      return [
        {
          entry: 'activity',
          ...fields,
          at: activity.occurredAt,
          organisations: organisations.map((link) => ({ ...link.organisation, role: link.role })),
          themes: themes.map((link) => link.theme),
        },
      ]
    }
    if (row.source === 'meeting') {
      const meeting = meetingById.get(row.id)
      if (!meeting) return []
      const { themes, invitations, partners, ...fields } = meeting
      return [
        {
          entry: 'meeting',
          ...fields,
          at: meeting.startsAt,
          themes: themes.map((link) => link.theme),
          subject: 'organisationId' in subject ? 'organisation' : 'person',
          attendance: invitations,
          partner: partners.length > 0,
        },
      ]
    }
    if (row.source === 'advice') {
      const advice = adviceById.get(row.id)
      if (!advice) return []
      const { themes, councils, ...fields } = advice
      return [
        {
          entry: 'advice',
          ...fields,
          at: advice.sentOn ?? advice.adoptedOn ?? advice.requestReceivedOn ?? advice.createdAt,
          councils: councils.map((link) => link.organisation),
          themes: themes.map((link) => link.theme),
        },
      ]
    }
    const signal = signalById.get(row.id)
    if (!signal) return []
    const { themes, ...fields } = signal
    return [{ entry: 'signal', ...fields, at: signal.receivedOn, themes: themes.map((link) => link.theme) }]
  })
  return { items, total: Number(total), pageCount, page: current }
}

type Named = { id: string; name: string }

export type TimelineItem =
  | {
      entry: 'activity'
      id: string
      kind: string
      subtype: string | null
      occurredAt: Date
      at: Date
      summary: string
      minutesSpent: number | null
      author: { name: string }
      organisations: (Named & { role: string })[]
      themes: Named[]
    }
  | {
      entry: 'advice'
      id: string
      title: string
      type: string
      status: string
      responseOutcome: string | null
      sentOn: Date | null
      adoptedOn: Date | null
      requestReceivedOn: Date | null
      createdAt: Date
      at: Date
      councils: Named[]
      themes: Named[]
    }
  | {
      entry: 'signal'
      id: string
      title: string
      status: string
      receivedOn: Date
      at: Date
      source: Named
      themes: Named[]
    }
  | {
      entry: 'meeting'
      id: string
      title: string
      kind: string
      status: string
      startsAt: Date
      at: Date
      location: string | null
      themes: Named[]
      /** Whose timeline it is: a meeting says something else on a person's. */
      subject: 'organisation' | 'person'
      /** The subject's invitations: the person's own, or those of the organisation's people. */
      attendance: { status: string; walkIn: boolean }[]
      /** The organisation organised the meeting with us. */
      partner: boolean
    }

// Returns when the organisation was last contacted (any activity it was involved in, up to
// the end of today) and the support hours given to it since 1 January of this year (Dutch
// time). Today counts whole: an activity recorded for today without a time is placed at
// noon (decision 007) and must count in the morning too.
export async function getContactSummary({
  organisationId,
  now = new Date(),
}: {
  organisationId: string
  now?: Date
}) {
  const local = new TZDate(now, TIME_ZONE)
  const yearStart = new Date(startOfYear(local).getTime())
  const todayEnd = new Date(endOfDay(local).getTime())
  const [last, support] = await Promise.all([
    prisma.activity.findFirst({
      where: { occurredAt: { lte: todayEnd }, organisations: { some: { organisationId } } },
      orderBy: { occurredAt: 'desc' },
      select: { occurredAt: true, kind: true, summary: true, id: true },
    }),
    prisma.activity.aggregate({
      where: {
        kind: 'SUPPORT',
        occurredAt: { gte: yearStart, lte: todayEnd },
        organisations: { some: { organisationId } },
      },
      _sum: { minutesSpent: true },
    }),
  ])
  return { lastContact: last, supportMinutesThisYear: support._sum.minutesSpent ?? 0 }
}
