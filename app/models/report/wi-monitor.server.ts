// The data of the W&I attention monitor: one raw query gathers every work item of the broad
// and W&I councils in the period with its theme counts; wi-monitor.ts does the rest.
import { ATTENDED } from '~/models/meeting/meeting-kinds.ts'
import type { CouncilType } from '~/models/organisation/organisation-types.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { buildMonitor, type MonitorItem, monitorQuarters, periodOf } from './wi-monitor.ts'

export const BROAD_COUNCIL_TYPE: CouncilType = 'SOCIAL_DOMAIN_COUNCIL'
export const WI_COUNCIL_TYPE: CouncilType = 'CLIENT_COUNCIL_WI'

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

type ItemRow = {
  organisationId: string
  at: string | Date | number
  themeCount: bigint | number
  wiThemeCount: bigint | number
}

// Returns every work item of the broad and W&I councils from `from` up to (not including)
// `until`: activities they were involved in (when it happened), signals forwarded to them
// (when received), advices they wrote (when sent, or else when begun), and the agenda items
// of meetings where someone represented them (when the meeting began; not cancelled ones).
async function listItems(from: Date, until: Date): Promise<MonitorItem[]> {
  const rows = await prisma.$queryRaw<ItemRow[]>`
    WITH items AS (
      SELECT 'activity' AS kind, a."id" AS "itemId", ao."organisationId" AS "organisationId", a."occurredAt" AS at
      FROM "ActivityOrganisation" ao JOIN "Activity" a ON a."id" = ao."activityId"
      WHERE a."occurredAt" >= ${stored(from)} AND a."occurredAt" < ${stored(until)}
      UNION ALL
      SELECT 'signal', s."id", f."organisationId", s."receivedOn"
      FROM "SignalForward" f JOIN "Signal" s ON s."id" = f."signalId"
      WHERE s."receivedOn" >= ${stored(from)} AND s."receivedOn" < ${stored(until)}
      UNION ALL
      SELECT 'advice', a."id", ac."organisationId", COALESCE(a."sentOn", a."createdAt")
      FROM "AdviceCouncil" ac JOIN "Advice" a ON a."id" = ac."adviceId"
      WHERE COALESCE(a."sentOn", a."createdAt") >= ${stored(from)}
        AND COALESCE(a."sentOn", a."createdAt") < ${stored(until)}
      UNION ALL
      SELECT DISTINCT 'agenda', ai."id", inv."organisationId", m."startsAt"
      FROM "AgendaItem" ai
      JOIN "Meeting" m ON m."id" = ai."meetingId"
      JOIN "Invitation" inv ON inv."meetingId" = m."id"
      WHERE inv."status" = ${ATTENDED} AND inv."organisationId" IS NOT NULL
        AND m."status" <> 'CANCELLED'
        AND m."startsAt" >= ${stored(from)} AND m."startsAt" < ${stored(until)}
    ),
    item_themes AS (
      SELECT 'activity' AS kind, "activityId" AS "itemId", "themeId" FROM "ActivityTheme"
      UNION ALL SELECT 'signal', "signalId", "themeId" FROM "SignalTheme"
      UNION ALL SELECT 'advice', "adviceId", "themeId" FROM "AdviceTheme"
      UNION ALL SELECT 'agenda', "id", "themeId" FROM "AgendaItem" WHERE "themeId" IS NOT NULL
    )
    SELECT i."organisationId" AS "organisationId", i.at AS at,
      COUNT(th."id") AS "themeCount",
      COALESCE(SUM(CASE WHEN th."domain" = 'WI' THEN 1 ELSE 0 END), 0) AS "wiThemeCount"
    FROM items i
    JOIN "Organisation" o ON o."id" = i."organisationId"
    LEFT JOIN item_themes it ON it.kind = i.kind AND it."itemId" = i."itemId"
    LEFT JOIN "Theme" th ON th."id" = it."themeId"
    WHERE o."type" IN (${BROAD_COUNCIL_TYPE}, ${WI_COUNCIL_TYPE})
    GROUP BY i.kind, i."itemId", i."organisationId", i.at
  `
  return rows.map((row) => ({
    organisationId: row.organisationId,
    at: new Date(row.at),
    themeCount: Number(row.themeCount),
    wiThemeCount: Number(row.wiThemeCount),
  }))
}

// Returns the monitor for the last four quarters, or for the quarters of `year`: the active
// broad councils and those with work in the period, each compared with the W&I councils.
// The threshold is the setting in force (/beheer/instellingen) unless given.
export async function getWiMonitor({
  year,
  now = new Date(),
  thresholdPercent,
}: {
  year?: number
  now?: Date
  thresholdPercent?: number
} = {}) {
  const threshold = thresholdPercent ?? (await getSettings()).wiThresholdPercent
  const quarters = monitorQuarters(now, year)
  const { from, until } = periodOf(quarters)
  const items = await listItems(from, until)
  const withWork = [...new Set(items.map((item) => item.organisationId))]
  const councils = await prisma.organisation.findMany({
    where: {
      type: { in: [BROAD_COUNCIL_TYPE, WI_COUNCIL_TYPE] },
      OR: [{ active: true }, { id: { in: withWork } }],
    },
    select: { id: true, name: true, type: true },
  })
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl')
  const pick = (type: string) =>
    councils
      .filter((council) => council.type === type)
      .map(({ id, name }) => ({ id, name }))
      .sort(byName)
  return {
    year: year ?? null,
    ...buildMonitor({
      broadCouncils: pick(BROAD_COUNCIL_TYPE),
      wiCouncils: pick(WI_COUNCIL_TYPE),
      items,
      quarters,
      thresholdPercent: threshold,
    }),
  }
}
