// The network picture (/netwerk): which organisations are connected, and how. Three kinds of
// links, each counted in one query: relations recorded between organisations, advices they
// wrote together, and theme meetings where both had someone present. With a theme, only the
// organisations that work on it (the theme evidence of theme-lookup.server.ts) and only the
// advices and meetings about it count. The layout is computed here, on the server.
import { Prisma } from '~/generated/prisma/client.ts'
import { ATTENDED, type MeetingKind } from '~/models/meeting/meeting-kinds.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { evidence, type Period } from '~/models/theme/theme-lookup.server.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  countNeighbours,
  LINK_KINDS,
  type LinkKind,
  type NetworkLink,
  orderedPair,
  type PictureNode,
} from './network-graph.ts'
import { layoutNetwork, nodeRadius, placeLabels } from './network-layout.ts'

// Only theme meetings make a link: nearly every council comes to the provincial exchange
// meetings, so being at one of those together says nothing about working together.
export const SHARED_MEETING_KIND: MeetingKind = 'THEME'

export type NetworkFilters = {
  themeId?: string | null
  municipalityId?: string | null
  /** Councils only (the default), or every type of organisation. */
  councilsOnly?: boolean
  kinds?: readonly LinkKind[]
  period: Period
}

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

type PairRow = { sourceId: string; targetId: string; n: bigint | number }

// Returns the active organisations in the picture: of the chosen types, serving the chosen
// municipality, and working on the chosen theme in the period.
async function listNodes({ themeId, municipalityId, councilsOnly = true, period }: NetworkFilters) {
  const where: Prisma.OrganisationWhereInput[] = [{ active: true }]
  if (councilsOnly) where.push({ type: { in: [...COUNCIL_TYPES] } })
  if (municipalityId) where.push({ municipalities: { some: { municipalityId } } })
  if (themeId) {
    const rows = await prisma.$queryRaw<{ organisationId: string }[]>`
      SELECT DISTINCT e."organisationId" AS "organisationId"
      FROM (${evidence(period)}) AS e
      WHERE e."themeId" = ${themeId}
    `
    where.push({ id: { in: rows.map((row) => row.organisationId) } })
  }
  return prisma.organisation.findMany({ where: { AND: where }, select: { id: true, name: true, type: true } })
}

// Returns the relations between the organisations of `ids`, one link per pair.
async function listRelationLinks(ids: string[]): Promise<NetworkLink[]> {
  const rows = await prisma.organisationRelation.findMany({
    where: { fromId: { in: ids }, toId: { in: ids } },
    select: { fromId: true, toId: true, type: true },
    orderBy: [{ type: 'asc' }, { fromId: 'asc' }],
  })
  const byPair = new Map<string, NetworkLink>()
  for (const row of rows) {
    if (row.fromId === row.toId) continue
    const [sourceId, targetId] = orderedPair(row.fromId, row.toId)
    const key = `${sourceId} ${targetId}`
    const link = byPair.get(key) ?? { kind: 'relation', sourceId, targetId, weight: 0, relations: [] }
    link.weight += 1
    link.relations.push({ type: row.type, fromId: row.fromId })
    byPair.set(key, link)
  }
  return [...byPair.values()]
}

// Returns the pairs of councils that wrote advices together in the period (on the theme),
// weighted by the number of those advices. An advice counts from when it was sent, or
// (still in the making) from when it began, as in the theme evidence.
async function listAdviceLinks({ themeId, period }: NetworkFilters): Promise<NetworkLink[]> {
  const onTheme = themeId
    ? Prisma.sql`AND a."adviceId" IN (SELECT "adviceId" FROM "AdviceTheme" WHERE "themeId" = ${themeId})`
    : Prisma.empty
  const rows = await prisma.$queryRaw<PairRow[]>`
    SELECT a."organisationId" AS "sourceId", b."organisationId" AS "targetId", COUNT(*) AS n
    FROM "AdviceCouncil" a
    JOIN "AdviceCouncil" b ON b."adviceId" = a."adviceId" AND a."organisationId" < b."organisationId"
    JOIN "Advice" ad ON ad."id" = a."adviceId"
    WHERE COALESCE(ad."sentOn", ad."createdAt") >= ${stored(period.from)}
      AND COALESCE(ad."sentOn", ad."createdAt") <= ${stored(period.to)}
      ${onTheme}
    GROUP BY a."organisationId", b."organisationId"
  `
  return pairLinks('advice', rows)
}

// Returns the pairs of organisations that both had someone present at the same theme
// meetings in the period (about the theme: its own themes, an agenda item's or a tip's),
// weighted by the number of those meetings.
async function listMeetingLinks({ themeId, period }: NetworkFilters): Promise<NetworkLink[]> {
  const onTheme = themeId
    ? Prisma.sql`AND m."id" IN (
        SELECT "meetingId" FROM "MeetingTheme" WHERE "themeId" = ${themeId}
        UNION SELECT "meetingId" FROM "AgendaItem" WHERE "themeId" = ${themeId}
        UNION SELECT "meetingId" FROM "MeetingTip" WHERE "themeId" = ${themeId})`
    : Prisma.empty
  const rows = await prisma.$queryRaw<PairRow[]>`
    WITH present AS (
      SELECT DISTINCT i."meetingId" AS "meetingId", i."organisationId" AS "organisationId"
      FROM "Invitation" i JOIN "Meeting" m ON m."id" = i."meetingId"
      WHERE i."status" = ${ATTENDED} AND i."organisationId" IS NOT NULL
        AND m."kind" = ${SHARED_MEETING_KIND}
        AND m."startsAt" >= ${stored(period.from)} AND m."startsAt" <= ${stored(period.to)}
        ${onTheme}
    )
    SELECT a."organisationId" AS "sourceId", b."organisationId" AS "targetId", COUNT(*) AS n
    FROM present a
    JOIN present b ON b."meetingId" = a."meetingId" AND a."organisationId" < b."organisationId"
    GROUP BY a."organisationId", b."organisationId"
  `
  return pairLinks('meeting', rows)
}

// Returns the order of two ids by code unit, the same on every machine.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

// Returns counted pairs as links of `kind`.
function pairLinks(kind: LinkKind, rows: PairRow[]): NetworkLink[] {
  return rows.map((row) => {
    const [sourceId, targetId] = orderedPair(row.sourceId, row.targetId)
    return { kind, sourceId, targetId, weight: Number(row.n), relations: [] }
  })
}

// The layout is a pure function of the nodes and links, and the most expensive part of the
// page (a force simulation): the last few are kept, so reloading or paging back to a
// picture with the same data does not simulate again.
const LAYOUT_CACHE_SIZE = 20
const layouts = new Map<string, ReturnType<typeof layoutNetwork>>()

function cachedLayout(
  nodes: Parameters<typeof layoutNetwork>[0]['nodes'],
  links: Parameters<typeof layoutNetwork>[0]['links'],
) {
  const key = JSON.stringify([nodes.map((node) => [node.id, node.radius]), links])
  const known = layouts.get(key)
  if (known) return known
  const positions = layoutNetwork({ nodes, links })
  layouts.set(key, positions)
  if (layouts.size > LAYOUT_CACHE_SIZE) {
    const oldest = layouts.keys().next().value
    if (oldest !== undefined) layouts.delete(oldest)
  }
  return positions
}

// Returns the network for the filters: the links between the organisations in the picture,
// and every organisation (by name) with its type, its number of connections, its place in the
// canvas, its radius and its label.
export async function getNetwork(filters: NetworkFilters) {
  const kinds = new Set(filters.kinds ?? LINK_KINDS)
  const organisations = await listNodes(filters)
  const ids = organisations.map((organisation) => organisation.id)
  const inPicture = new Set(ids)
  const none = Promise.resolve<NetworkLink[]>([])
  const found = await Promise.all([
    kinds.has('relation') && ids.length > 1 ? listRelationLinks(ids) : none,
    kinds.has('advice') && ids.length > 1 ? listAdviceLinks(filters) : none,
    kinds.has('meeting') && ids.length > 1 ? listMeetingLinks(filters) : none,
  ])
  const links = found
    .flat()
    .filter((link) => inPicture.has(link.sourceId) && inPicture.has(link.targetId))
    .sort(
      (a, b) =>
        compare(a.sourceId, b.sourceId) ||
        compare(a.targetId, b.targetId) ||
        LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind),
    )
  const neighbours = countNeighbours(links)
  const sized = organisations.map((organisation) => {
    const connections = neighbours.get(organisation.id) ?? 0
    return { ...organisation, connections, radius: nodeRadius(connections) }
  })
  const positions = cachedLayout(sized, links)
  const placed = sized.map((node) => ({
    ...node,
    x: positions.get(node.id)?.x ?? 0,
    y: positions.get(node.id)?.y ?? 0,
  }))
  const labels = placeLabels(placed)
  const nodes: PictureNode[] = placed
    .map((node) => ({ ...node, label: labels.get(node.id) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  return { nodes, links }
}
