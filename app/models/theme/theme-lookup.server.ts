// "Which organisations work on this theme?" — answered from evidence. Today the evidence is
// the explicit theme tags on organisations. Later issues add evidence from actual work
// (activities, advices, signals, meetings within a period) by adding one SELECT to
// `evidenceSources`: each source yields rows (organisationId, themeId) and may use the
// period. Every lookup below reads the union of all sources, so derived themes flow into
// the theme pages and "shares themes with" without touching their queries.
import { Prisma } from '~/generated/prisma/client.ts'
import { isCouncilType } from '~/models/organisation/organisation-types.ts'
import { prisma } from '~/utils/db.server.ts'

export type Period = { from: Date; to: Date }

type EvidenceSource = { kind: 'explicit'; select: (period: Period | null) => Prisma.Sql }

const evidenceSources: EvidenceSource[] = [
  // An explicit tag counts whatever the period.
  { kind: 'explicit', select: () => Prisma.sql`SELECT "organisationId", "themeId" FROM "OrganisationTheme"` },
]

// Returns the SQL of all evidence rows (organisationId, themeId), one row per piece of evidence.
function evidence(period: Period | null) {
  return Prisma.join(
    evidenceSources.map((source) => source.select(period)),
    ' UNION ALL ',
  )
}

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

type LookupOptions = { councilsOnly?: boolean; includeInactive?: boolean; period?: Period | null }

// Returns the organisations that work on ALL of `themeIds`, strongest evidence first (then
// by name), each with its municipalities and how much evidence it has.
export async function listOrganisationsForThemes({
  themeIds,
  councilsOnly = true,
  includeInactive = false,
  period = null,
}: { themeIds: string[] } & LookupOptions) {
  const wanted = [...new Set(themeIds)]
  if (wanted.length === 0) return []
  const rows = await prisma.$queryRaw<{ organisationId: string; score: bigint | number }[]>`
    SELECT e."organisationId" AS "organisationId", COUNT(*) AS score
    FROM (${evidence(period)}) AS e
    WHERE e."themeId" IN (${Prisma.join(wanted)})
    GROUP BY e."organisationId"
    HAVING COUNT(DISTINCT e."themeId") = ${wanted.length}
  `
  const scores = new Map(rows.map((row) => [row.organisationId, Number(row.score)]))
  const organisations = (await organisationsInOrder([...scores.keys()]))
    .filter(
      (organisation) =>
        (includeInactive || organisation.active) && (!councilsOnly || isCouncilType(organisation.type)),
    )
    .map((organisation) => ({ ...organisation, score: scores.get(organisation.id) ?? 0 }))
  return organisations.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
}

// Returns the other organisations that share themes with `organisationId`, most shared
// themes first, each with the shared themes named.
export async function listOrganisationsSharingThemes({
  organisationId,
  councilsOnly = true,
  includeInactive = false,
  period = null,
}: { organisationId: string } & LookupOptions) {
  const rows = await prisma.$queryRaw<{ organisationId: string; themeId: string; weight: bigint | number }[]>`
    WITH e AS (${evidence(period)}),
         mine AS (SELECT DISTINCT "themeId" FROM e WHERE "organisationId" = ${organisationId})
    SELECT e."organisationId" AS "organisationId", e."themeId" AS "themeId", COUNT(*) AS weight
    FROM e JOIN mine ON mine."themeId" = e."themeId"
    WHERE e."organisationId" <> ${organisationId}
    GROUP BY e."organisationId", e."themeId"
  `
  const shared = new Map<string, { themeIds: string[]; weight: number }>()
  for (const row of rows) {
    const entry = shared.get(row.organisationId) ?? { themeIds: [], weight: 0 }
    entry.themeIds.push(row.themeId)
    entry.weight += Number(row.weight)
    shared.set(row.organisationId, entry)
  }
  const themeIds = [...new Set(rows.map((row) => row.themeId))]
  const themes = await prisma.theme.findMany({
    where: { id: { in: themeIds } },
    select: { id: true, name: true },
  })
  const themeName = new Map(themes.map((theme) => [theme.id, theme.name]))
  return (await organisationsInOrder([...shared.keys()]))
    .filter(
      (organisation) =>
        (includeInactive || organisation.active) && (!councilsOnly || isCouncilType(organisation.type)),
    )
    .map((organisation) => {
      const entry = shared.get(organisation.id) ?? { themeIds: [], weight: 0 }
      const sharedThemes = entry.themeIds
        .map((id) => ({ id, name: themeName.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      return { ...organisation, sharedThemes, weight: entry.weight }
    })
    .sort(
      (a, b) =>
        b.sharedThemes.length - a.sharedThemes.length ||
        b.weight - a.weight ||
        a.name.localeCompare(b.name, 'nl'),
    )
}
