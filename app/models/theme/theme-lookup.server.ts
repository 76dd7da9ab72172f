// "Which organisations work on this theme?" — answered from evidence: the explicit theme
// tags on organisations, and the themes of their work in a period (activities they were
// involved in, signals they reported or received, advices they wrote, meetings someone
// represented them at, documents they wrote). Each source yields rows
// (organisationId, themeId, kind), one per piece of evidence; every lookup below reads
// the union, so a new kind of work (advices, meetings) is one more entry in
// `evidenceSources` (docs/decisions/005-theme-evidence.md).
import { subMonths } from 'date-fns'
import { Prisma } from '~/generated/prisma/client.ts'
import { ATTENDED } from '~/models/meeting/meeting-kinds.ts'
import { isCouncilType } from '~/models/organisation/organisation-types.ts'
import { prisma } from '~/utils/db.server.ts'

export type Period = { from: Date; to: Date }

export const EVIDENCE_KINDS = ['explicit', 'activity', 'signal', 'advice', 'meeting', 'document'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]
export type EvidenceCounts = Record<EvidenceKind, number>

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

type EvidenceSource = { kind: EvidenceKind; select: (period: Period) => Prisma.Sql }

const evidenceSources: EvidenceSource[] = [
  // An explicit tag counts whatever the period.
  {
    kind: 'explicit',
    select: () => Prisma.sql`SELECT "organisationId", "themeId", 'explicit' AS kind FROM "OrganisationTheme"`,
  },
  {
    kind: 'activity',
    select: (period) => Prisma.sql`
      SELECT ao."organisationId", at."themeId", 'activity' AS kind
      FROM "ActivityOrganisation" ao
      JOIN "ActivityTheme" at ON at."activityId" = ao."activityId"
      JOIN "Activity" a ON a."id" = ao."activityId"
      WHERE a."occurredAt" >= ${stored(period.from)} AND a."occurredAt" <= ${stored(period.to)}`,
  },
  {
    kind: 'signal',
    select: (period) => Prisma.sql`
      SELECT s."sourceId" AS "organisationId", st."themeId", 'signal' AS kind
      FROM "Signal" s JOIN "SignalTheme" st ON st."signalId" = s."id"
      WHERE s."receivedOn" >= ${stored(period.from)} AND s."receivedOn" <= ${stored(period.to)}
      UNION ALL
      SELECT f."organisationId", st."themeId", 'signal' AS kind
      FROM "SignalForward" f
      JOIN "SignalTheme" st ON st."signalId" = f."signalId"
      JOIN "Signal" s ON s."id" = f."signalId"
      WHERE s."receivedOn" >= ${stored(period.from)} AND s."receivedOn" <= ${stored(period.to)}`,
  },
  {
    kind: 'advice',
    // An advice counts from when it was sent, or (still in the making) from when it began.
    select: (period) => Prisma.sql`
      SELECT ac."organisationId", at."themeId", 'advice' AS kind
      FROM "AdviceCouncil" ac
      JOIN "AdviceTheme" at ON at."adviceId" = ac."adviceId"
      JOIN "Advice" a ON a."id" = ac."adviceId"
      WHERE COALESCE(a."sentOn", a."createdAt") >= ${stored(period.from)}
        AND COALESCE(a."sentOn", a."createdAt") <= ${stored(period.to)}`,
  },
  {
    kind: 'meeting',
    // A theme meeting counts for the organisations someone present represented, once per
    // meeting and theme: the meeting's own themes, its agenda items' and its tips'. Only
    // theme meetings: nearly every council comes to the provincial exchange, courses and the
    // like, so being there says nothing about what a council works on. A cancelled meeting
    // has nobody present, so it never counts.
    select: (period) => Prisma.sql`
      SELECT DISTINCT i."organisationId", mt."themeId", 'meeting' AS kind, m."id" AS "meetingId"
      FROM "Invitation" i
      JOIN "Meeting" m ON m."id" = i."meetingId"
      JOIN (
        SELECT "meetingId", "themeId" FROM "MeetingTheme"
        UNION SELECT "meetingId", "themeId" FROM "AgendaItem" WHERE "themeId" IS NOT NULL
        UNION SELECT "meetingId", "themeId" FROM "MeetingTip" WHERE "themeId" IS NOT NULL
      ) mt ON mt."meetingId" = m."id"
      WHERE i."status" = ${ATTENDED} AND i."organisationId" IS NOT NULL AND m."kind" = 'THEME'
        AND m."startsAt" >= ${stored(period.from)} AND m."startsAt" <= ${stored(period.to)}`,
  },
  {
    kind: 'document',
    // A document counts for the organisations that wrote it (not those it is about), from its
    // own date, or from when it was recorded when it has none.
    select: (period) => Prisma.sql`
      SELECT o."organisationId", dt."themeId", 'document' AS kind
      FROM "DocumentOrganisation" o
      JOIN "DocumentTheme" dt ON dt."documentId" = o."documentId"
      JOIN "Document" d ON d."id" = o."documentId"
      WHERE o."role" = 'AUTHOR'
        AND COALESCE(d."documentDate", d."createdAt") >= ${stored(period.from)}
        AND COALESCE(d."documentDate", d."createdAt") <= ${stored(period.to)}`,
  },
]

// Returns the default period of derived evidence: the last twelve months.
export function defaultPeriod(today = new Date()): Period {
  return { from: subMonths(today, 12), to: today }
}

// Returns the SQL of all evidence rows (organisationId, themeId, kind). A source may select
// more columns to keep its rows apart; only these three are read. The theme overlap views
// (theme-overlap.server.ts) read the same union.
export function evidence(period: Period) {
  return Prisma.join(
    evidenceSources.map(
      (source) => Prisma.sql`SELECT "organisationId", "themeId", kind FROM (${source.select(period)})`,
    ),
    ' UNION ALL ',
  )
}

const emptyCounts = (): EvidenceCounts => ({
  explicit: 0,
  activity: 0,
  signal: 0,
  advice: 0,
  meeting: 0,
  document: 0,
})

const organisationSelect = {
  id: true,
  name: true,
  type: true,
  active: true,
  municipalities: { select: { municipality: { select: { id: true, name: true } } } },
} as const

// Returns organisations by id with their municipalities, in the order of `ids`.
async function organisationsInOrder(ids: string[]) {
  const rows = await prisma.organisation.findMany({ where: { id: { in: ids } }, select: organisationSelect })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const municipalities = row.municipalities
      .map((link) => link.municipality)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    return [{ id: row.id, name: row.name, type: row.type, active: row.active, municipalities }]
  })
}

type LookupOptions = { councilsOnly?: boolean; includeInactive?: boolean; period?: Period }

const keep =
  ({ councilsOnly = true, includeInactive = false }: LookupOptions) =>
  (organisation: { active: boolean; type: string }) =>
    (includeInactive || organisation.active) && (!councilsOnly || isCouncilType(organisation.type))

type EvidenceRow = { organisationId: string; themeId: string; kind: EvidenceKind; n: bigint | number }

// Returns the organisations that work on ALL of `themeIds`, most evidence first (then by
// name), each with its municipalities and its evidence counted per kind.
export async function listOrganisationsForThemes({
  themeIds,
  period = defaultPeriod(),
  ...options
}: { themeIds: string[] } & LookupOptions) {
  const wanted = [...new Set(themeIds)]
  if (wanted.length === 0) return []
  const rows = await prisma.$queryRaw<EvidenceRow[]>`
    SELECT e."organisationId" AS "organisationId", e."themeId" AS "themeId", e.kind AS kind, COUNT(*) AS n
    FROM (${evidence(period)}) AS e
    WHERE e."themeId" IN (${Prisma.join(wanted)})
    GROUP BY e."organisationId", e."themeId", e.kind
  `
  const found = new Map<string, { themes: Set<string>; evidence: EvidenceCounts }>()
  for (const row of rows) {
    const entry = found.get(row.organisationId) ?? { themes: new Set<string>(), evidence: emptyCounts() }
    entry.themes.add(row.themeId)
    entry.evidence[row.kind] += Number(row.n)
    found.set(row.organisationId, entry)
  }
  const complete = [...found].filter(([, entry]) => entry.themes.size === wanted.length)
  const byId = new Map(complete)
  return (await organisationsInOrder(complete.map(([id]) => id)))
    .filter(keep(options))
    .map((organisation) => {
      const counts = byId.get(organisation.id)?.evidence ?? emptyCounts()
      return {
        ...organisation,
        evidence: counts,
        score: EVIDENCE_KINDS.reduce((sum, kind) => sum + counts[kind], 0),
      }
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
}

// Returns the other organisations that share themes with `organisationId`, most shared
// themes first (then those it already wrote joint advices with), each with the shared
// themes named and the kinds of evidence behind them.
export async function listOrganisationsSharingThemes({
  organisationId,
  period = defaultPeriod(),
  ...options
}: { organisationId: string } & LookupOptions) {
  const rows = await prisma.$queryRaw<EvidenceRow[]>`
    WITH e AS (${evidence(period)}),
         mine AS (SELECT DISTINCT "themeId" FROM e WHERE "organisationId" = ${organisationId})
    SELECT e."organisationId" AS "organisationId", e."themeId" AS "themeId", e.kind AS kind, COUNT(*) AS n
    FROM e JOIN mine ON mine."themeId" = e."themeId"
    WHERE e."organisationId" <> ${organisationId}
    GROUP BY e."organisationId", e."themeId", e.kind
  `
  const shared = new Map<string, Map<string, Set<EvidenceKind>>>()
  const weight = new Map<string, number>()
  for (const row of rows) {
    const themes = shared.get(row.organisationId) ?? new Map<string, Set<EvidenceKind>>()
    themes.set(row.themeId, (themes.get(row.themeId) ?? new Set()).add(row.kind))
    shared.set(row.organisationId, themes)
    weight.set(row.organisationId, (weight.get(row.organisationId) ?? 0) + Number(row.n))
  }
  // Joint advices show that councils already work together.
  const joint = await prisma.$queryRaw<{ organisationId: string; n: bigint | number }[]>`
    SELECT other."organisationId" AS "organisationId", COUNT(DISTINCT other."adviceId") AS n
    FROM "AdviceCouncil" mine JOIN "AdviceCouncil" other ON other."adviceId" = mine."adviceId"
    WHERE mine."organisationId" = ${organisationId} AND other."organisationId" <> ${organisationId}
    GROUP BY other."organisationId"
  `
  const jointAdvices = new Map(joint.map((row) => [row.organisationId, Number(row.n)]))
  const themeIds = [...new Set(rows.map((row) => row.themeId))]
  const themes = await prisma.theme.findMany({
    where: { id: { in: themeIds } },
    select: { id: true, name: true },
  })
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]))
  return (await organisationsInOrder([...shared.keys()]))
    .filter(keep(options))
    .map((organisation) => {
      const sharedThemes = [...(shared.get(organisation.id) ?? new Map<string, Set<EvidenceKind>>())]
        .map(([id, kinds]) => ({
          id,
          name: themeName.get(id) ?? '',
          kinds: EVIDENCE_KINDS.filter((kind) => kinds.has(kind)),
        }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      return {
        ...organisation,
        sharedThemes,
        weight: weight.get(organisation.id) ?? 0,
        jointAdvices: jointAdvices.get(organisation.id) ?? 0,
      }
    })
    .sort(
      (a, b) =>
        b.sharedThemes.length - a.sharedThemes.length ||
        b.jointAdvices - a.jointAdvices ||
        b.weight - a.weight ||
        a.name.localeCompare(b.name, 'nl'),
    )
}
