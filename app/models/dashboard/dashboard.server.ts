// The dashboard: what asks for attention today, one query per block. Every list is computed
// in Dutch time; date-only values (deadlines, "sent on") are midnight UTC of their day.
import { Prisma } from '~/generated/prisma/client.ts'
import { daysBetween } from '~/models/advice/advice-lifecycle.ts'
import { listMyFollowUps } from '~/models/follow-up/follow-up.server.ts'
import { countMunicipalities } from '~/models/municipality/municipality.server.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import type { Settings } from '~/models/settings/settings.ts'
import { SignalListQuerySchema } from '~/models/signal/signal.schema.ts'
import { listSignalsWithoutFeedback } from '~/models/signal/signal.server.ts'
import { calendarDay, daysBefore, weeksBetween } from '~/models/signal/signal-dates.ts'
import { countThemes } from '~/models/theme/theme.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { endOfDutchDay, endOfWeeksAhead, noContactSince } from './dashboard-dates.ts'
import { type CouncilContact, selectSilentCouncils } from './silent-councils.ts'

// How many of the user's open follow-ups, stuck signals and recent activities are shown.
export const MY_ACTIONS_SHOWN = 5
export const SIGNALS_SHOWN = 5
export const RECENT_ACTIVITIES_SHOWN = 8
// Requested advices show from this many days before their deadline.
export const DEADLINE_WINDOW_DAYS = 14
// Meetings show when they start within this many weeks; at most this many.
export const UPCOMING_MEETING_WEEKS = 8
export const UPCOMING_MEETINGS_SHOWN = 8

// The statuses of an advice that is still being made (not sent yet).
const BEFORE_SENT = ['RECEIVED', 'IN_PREPARATION', 'ADOPTED']

// Returns the calendar day `days` days after `day`.
const daysAfter = (day: Date, days: number) => daysBefore(day, -days)

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

const councilsSelect = { select: { organisation: { select: { id: true, name: true } } } } as const

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

// Returns a DateTime read by raw SQL (text or epoch milliseconds) as a Date.
const readMoment = (value: string | number | bigint | null) =>
  value === null ? null : new Date(typeof value === 'string' ? value : Number(value))

// Returns the user's open follow-ups, the overdue ones first, the first few and how many.
async function myActions(userId: string, now: Date) {
  const open = await listMyFollowUps({ userId, today: now })
  return {
    total: open.length,
    items: open.slice(0, MY_ACTIONS_SHOWN).map((followUp) => ({
      id: followUp.id,
      description: followUp.description,
      dueDate: followUp.dueDate,
      overdue: followUp.overdue,
      href: followUp.href ?? '/acties',
    })),
  }
}

// Returns the requested advices not yet sent whose deadline is at most DEADLINE_WINDOW_DAYS
// away or has passed, the soonest (the most overdue) first.
async function upcomingDeadlines(today: Date) {
  const advices = await prisma.advice.findMany({
    where: {
      type: 'REQUESTED',
      status: { in: BEFORE_SENT },
      sentOn: null,
      deadline: { not: null, lte: daysAfter(today, DEADLINE_WINDOW_DAYS) },
    },
    select: { id: true, title: true, deadline: true, councils: councilsSelect },
    orderBy: [{ deadline: 'asc' }, { title: 'asc' }],
  })
  return advices.flatMap(({ deadline, councils, ...advice }) =>
    deadline
      ? [
          {
            ...advice,
            deadline,
            daysLeft: daysBetween(today, deadline),
            overdue: deadline.getTime() < today.getTime(),
            councils: councils.map((link) => link.organisation).sort(byName),
          },
        ]
      : [],
  )
}

// Returns the sent advices still waiting for a response more than `weeks` weeks after they
// were sent, the longest waiting first.
async function awaitingResponse(today: Date, weeks: number) {
  const advices = await prisma.advice.findMany({
    where: { status: 'SENT', responseOn: null, sentOn: { not: null, lt: daysBefore(today, weeks * 7) } },
    select: { id: true, title: true, sentOn: true, councils: councilsSelect },
    orderBy: [{ sentOn: 'asc' }, { title: 'asc' }],
  })
  return advices.flatMap(({ sentOn, councils, ...advice }) =>
    sentOn
      ? [
          {
            ...advice,
            sentOn,
            weeksWaiting: weeksBetween(sentOn, today),
            councils: councils.map((link) => link.organisation).sort(byName),
          },
        ]
      : [],
  )
}

// Returns the forwarded signals waiting longer than `weeks` weeks for feedback: the longest
// waiting first, the first few and how many.
async function signalsWithoutFeedback(now: Date, weeks: number) {
  const signals = await listSignalsWithoutFeedback(SignalListQuerySchema.parse({}), { weeks, today: now })
  return {
    total: signals.length,
    items: signals.slice(0, SIGNALS_SHOWN).map((signal) => ({
      id: signal.id,
      title: signal.title,
      firstForwardedOn: signal.firstForwardedOn,
      weeksWaiting: signal.weeksWaiting,
      councils: signal.councils,
    })),
  }
}

type CouncilRow = Omit<CouncilContact, 'lastContact'> & { lastContact: string | number | bigint | null }

// Returns every active council with the moment of its last contact: the latest activity it
// was involved in up to the end of today (as the organisation page counts it), or null.
async function listCouncilContacts(now: Date): Promise<CouncilContact[]> {
  const rows = await prisma.$queryRaw<CouncilRow[]>`
    SELECT o."id" AS id, o."name" AS name, o."responsibleUserId" AS "responsibleUserId",
      u."name" AS "responsibleUserName",
      (SELECT MAX(a."occurredAt")
        FROM "ActivityOrganisation" ao JOIN "Activity" a ON a."id" = ao."activityId"
        WHERE ao."organisationId" = o."id" AND a."occurredAt" <= ${stored(endOfDutchDay(now))}
      ) AS "lastContact"
    FROM "Organisation" o LEFT JOIN "User" u ON u."id" = o."responsibleUserId"
    WHERE o."active" = 1 AND o."type" IN (${Prisma.join([...COUNCIL_TYPES])})`
  return rows.map((row) => ({ ...row, lastContact: readMoment(row.lastContact) }))
}

// Returns the active councils without contact for `months` months (see selectSilentCouncils),
// and whether the user is the opbouwwerker of any active council (to offer "alleen mijn raden").
async function silentCouncils({
  userId,
  now,
  months,
  onlyMine,
}: {
  userId: string
  now: Date
  months: number
  onlyMine: boolean
}) {
  const councils = await listCouncilContacts(now)
  const hasOwnCouncils = councils.some((council) => council.responsibleUserId === userId)
  // "Only mine" means nothing to someone who is nobody's opbouwwerker: they see all councils.
  const mineOnly = onlyMine && hasOwnCouncils
  return {
    months,
    hasOwnCouncils,
    onlyMine: mineOnly,
    items: selectSilentCouncils(councils, { since: noContactSince(now, months), userId, onlyMine: mineOnly }),
  }
}

// Returns the meetings that are not cancelled, have not ended and start within
// UPCOMING_MEETING_WEEKS weeks, the soonest first: the first few, each marked when `userId`
// is one of its organisers, and how many there are.
async function upcomingMeetings(userId: string, now: Date) {
  const where = {
    status: { not: 'CANCELLED' },
    endsAt: { gt: now },
    startsAt: { lte: endOfWeeksAhead(now, UPCOMING_MEETING_WEEKS) },
  }
  const [meetings, total] = await Promise.all([
    prisma.meeting.findMany({
      where,
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        startsAt: true,
        endsAt: true,
        location: true,
        organisers: { where: { userId }, select: { userId: true } },
      },
      orderBy: [{ startsAt: 'asc' }, { title: 'asc' }],
      take: UPCOMING_MEETINGS_SHOWN,
    }),
    prisma.meeting.count({ where }),
  ])
  return {
    weeks: UPCOMING_MEETING_WEEKS,
    total,
    items: meetings.map(({ organisers, ...meeting }) => ({ ...meeting, mine: organisers.length > 0 })),
  }
}

// Returns the latest activities that have happened (up to the end of today), by any author.
async function recentActivities(now: Date) {
  return prisma.activity.findMany({
    where: { occurredAt: { lte: endOfDutchDay(now) } },
    select: { id: true, kind: true, subtype: true, occurredAt: true, summary: true },
    orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }],
    take: RECENT_ACTIVITIES_SHOWN,
  })
}

// The settings the dashboard counts with.
export type DashboardSettings = Pick<
  Settings,
  'noContactMonths' | 'adviceResponseWeeks' | 'signalFeedbackWeeks'
>

// Returns everything the dashboard of `userId` shows. The thresholds are the settings in
// force (/beheer/instellingen) unless given.
export async function getDashboard({
  userId,
  now = new Date(),
  onlyMyCouncils = false,
  settings,
}: {
  userId: string
  now?: Date
  onlyMyCouncils?: boolean
  settings?: DashboardSettings
}) {
  const { noContactMonths, adviceResponseWeeks, signalFeedbackWeeks } = settings ?? (await getSettings())
  const today = calendarDay(now)
  const [actions, meetings, deadlines, responses, signals, councils, activities, municipalities, themes] =
    await Promise.all([
      myActions(userId, now),
      upcomingMeetings(userId, now),
      upcomingDeadlines(today),
      awaitingResponse(today, adviceResponseWeeks),
      signalsWithoutFeedback(now, signalFeedbackWeeks),
      silentCouncils({ userId, now, months: noContactMonths, onlyMine: onlyMyCouncils }),
      recentActivities(now),
      countMunicipalities({ today: now }),
      countThemes(),
    ])
  return {
    myActions: actions,
    meetings,
    deadlines: { days: DEADLINE_WINDOW_DAYS, items: deadlines },
    responses: { weeks: adviceResponseWeeks, items: responses },
    signals: { weeks: signalFeedbackWeeks, ...signals },
    councils,
    activities,
    reference: { municipalities: municipalities.current, themes },
  }
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>
