// The data of the year report: a handful of grouped queries over the period and the period
// before it (which always lies right before it, so one range covers both); year-report.ts
// turns the rows into the report's tables.
import { getAdviceFigures } from '~/models/advice/advice.server.ts'
import { ATTENDED } from '~/models/meeting/meeting-kinds.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  type ActivityCountRow,
  type ActivityOrganisationRow,
  buildYearReport,
  type MeetingRow,
  type Period,
  type PeriodSide,
  periodBounds,
  previousPeriod,
  type QuickScanFigures,
  type SignalCountRow,
  type SignalMeasure,
} from './year-report.ts'

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

type Bounds = { current: ReturnType<typeof periodBounds>; previous: ReturnType<typeof periodBounds> }

const toNumber = (value: bigint | number | null) => Number(value ?? 0)

type Tallied = { n: bigint | number; minutes: bigint | number | null }

// Returns a grouped row with its count and minutes (SQLite may give BigInts or NULL) as numbers.
function tallied<R extends Tallied>({ n, minutes, ...row }: R) {
  return { ...row, count: toNumber(n), minutes: toNumber(minutes) }
}

// Returns the meetings that began in either period, with the people marked present (and the
// organisation each represented) and the vision documents they produced.
async function listMeetings({ current, previous }: Bounds): Promise<MeetingRow[]> {
  const meetings = await prisma.meeting.findMany({
    where: { startsAt: { gte: previous.from, lt: current.until } },
    select: {
      id: true,
      kind: true,
      title: true,
      status: true,
      startsAt: true,
      invitations: {
        where: { status: ATTENDED },
        select: { organisationId: true, organisation: { select: { name: true } } },
      },
      outputs: {
        where: { kind: 'VISION_DOCUMENT' },
        select: { id: true, title: true },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      },
    },
  })
  return meetings.map(({ invitations, outputs, ...meeting }) => ({
    ...meeting,
    present: invitations.map((invitation) => ({
      organisationId: invitation.organisationId,
      organisationName: invitation.organisation?.name ?? null,
    })),
    visionDocuments: outputs,
  }))
}

// Returns the contacts, support and werkbezoeken of both periods counted per kind and
// subtype, with the minutes spent.
async function countActivities({ current, previous }: Bounds): Promise<ActivityCountRow[]> {
  const rows = await prisma.$queryRaw<
    {
      period: PeriodSide
      kind: string
      subtype: string | null
      n: bigint | number
      minutes: bigint | number | null
    }[]
  >`
    SELECT CASE WHEN a."occurredAt" < ${stored(current.from)} THEN 'previous' ELSE 'current' END AS period,
      a."kind" AS kind, a."subtype" AS subtype, COUNT(*) AS n, SUM(a."minutesSpent") AS minutes
    FROM "Activity" a
    WHERE a."kind" IN ('SUPPORT', 'CONTACT', 'SITE_VISIT')
      AND a."occurredAt" >= ${stored(previous.from)} AND a."occurredAt" < ${stored(current.until)}
    GROUP BY period, a."kind", a."subtype"
  `
  return rows.map(tallied)
}

// Returns, for both periods, the support activities per council involved and the
// werkbezoeken per site visited, with the minutes spent.
async function countActivitiesPerOrganisation({
  current,
  previous,
}: Bounds): Promise<ActivityOrganisationRow[]> {
  const rows = await prisma.$queryRaw<
    ({ period: PeriodSide; kind: string; organisationId: string; organisationName: string } & Tallied)[]
  >`
    SELECT CASE WHEN a."occurredAt" < ${stored(current.from)} THEN 'previous' ELSE 'current' END AS period,
      a."kind" AS kind, o."id" AS "organisationId", o."name" AS "organisationName",
      COUNT(*) AS n, SUM(a."minutesSpent") AS minutes
    FROM "Activity" a
    JOIN "ActivityOrganisation" ao ON ao."activityId" = a."id"
    JOIN "Organisation" o ON o."id" = ao."organisationId"
    WHERE ((a."kind" = 'SUPPORT' AND ao."role" = 'involved') OR (a."kind" = 'SITE_VISIT' AND ao."role" = 'visited'))
      AND a."occurredAt" >= ${stored(previous.from)} AND a."occurredAt" < ${stored(current.until)}
    GROUP BY period, a."kind", o."id", o."name"
  `
  return rows.map(tallied)
}

// Returns the signals of both periods: received (by the day received), forwarded to at least
// one council (by the day forwarded; a signal counts once per period) and fed back to the
// spreekuurpunt (by the day of the feedback). These are date-only values.
async function countSignals({ current, previous }: Bounds): Promise<SignalCountRow[]> {
  const start = stored(previous.firstDay)
  const split = stored(current.firstDay)
  const end = stored(current.dayAfter)
  const rows = await prisma.$queryRaw<{ measure: SignalMeasure; period: PeriodSide; n: bigint | number }[]>`
    SELECT 'received' AS measure, CASE WHEN "receivedOn" < ${split} THEN 'previous' ELSE 'current' END AS period,
      COUNT(*) AS n
    FROM "Signal" WHERE "receivedOn" >= ${start} AND "receivedOn" < ${end}
    GROUP BY period
    UNION ALL
    SELECT 'forwarded', CASE WHEN "forwardedOn" < ${split} THEN 'previous' ELSE 'current' END AS period,
      COUNT(DISTINCT "signalId")
    FROM "SignalForward" WHERE "forwardedOn" >= ${start} AND "forwardedOn" < ${end}
    GROUP BY period
    UNION ALL
    SELECT 'fedBack', CASE WHEN "feedbackOn" < ${split} THEN 'previous' ELSE 'current' END AS period, COUNT(*)
    FROM "Signal" WHERE "feedbackOn" >= ${start} AND "feedbackOn" < ${end}
    GROUP BY period
  `
  return rows.map((row) => ({ measure: row.measure, period: row.period, count: toNumber(row.n) }))
}

// The scan statuses of a scan whose answers are in: it counts as held on its closing day.
const HELD_SCAN_STATUSES = ['CLOSED', 'DISCUSSED', 'COMPLETED']

// Returns the quick scans of one period: those held (answers closed, closing day in the
// period) with their responses per group, the plan actions created in the period and those
// finished as gereed in it (by the day their follow-up was marked done).
async function countQuickScans(bounds: ReturnType<typeof periodBounds>): Promise<QuickScanFigures> {
  const held = {
    status: { in: HELD_SCAN_STATUSES },
    closesOn: { gte: bounds.firstDay, lt: bounds.dayAfter },
  }
  const [scans, responses, actionsCreated, actionsDone] = await Promise.all([
    prisma.quickScan.count({ where: held }),
    prisma.quickScanResponse.groupBy({ by: ['group'], where: { scan: held }, _count: { _all: true } }),
    prisma.quickScanAction.count({ where: { createdAt: { gte: bounds.from, lt: bounds.until } } }),
    prisma.quickScanAction.count({
      where: { status: 'DONE', followUp: { doneAt: { gte: bounds.from, lt: bounds.until } } },
    }),
  ])
  const responsesOf = (group: string) => responses.find((row) => row.group === group)?._count._all ?? 0
  return {
    held: scans,
    councilResponses: responsesOf('COUNCIL'),
    municipalityResponses: responsesOf('MUNICIPALITY'),
    actionsCreated,
    actionsDone,
  }
}

// Returns the year report for `period` beside the period before it, as of `now` (which
// decides whether a meeting that began but was not marked held counts as held).
export async function getYearReport({ period, now = new Date() }: { period: Period; now?: Date }) {
  const bounds: Bounds = { current: periodBounds(period), previous: periodBounds(previousPeriod(period)) }
  const [
    meetings,
    activityCounts,
    activityOrganisations,
    signalCounts,
    currentAdvices,
    previousAdvices,
    currentQuickScans,
    previousQuickScans,
  ] = await Promise.all([
    listMeetings(bounds),
    countActivities(bounds),
    countActivitiesPerOrganisation(bounds),
    countSignals(bounds),
    getAdviceFigures({ from: bounds.current.firstDay, to: bounds.current.lastDay, today: now }),
    getAdviceFigures({ from: bounds.previous.firstDay, to: bounds.previous.lastDay, today: now }),
    countQuickScans(bounds.current),
    countQuickScans(bounds.previous),
  ])
  return buildYearReport({
    period,
    now,
    meetings,
    activityCounts,
    activityOrganisations,
    signalCounts,
    advices: { current: currentAdvices, previous: previousAdvices },
    quickScans: { current: currentQuickScans, previous: previousQuickScans },
  })
}
