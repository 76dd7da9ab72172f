// One search over everything: organisations, people (name and organisations only),
// activities, signals, meetings, advices and documents (with the text of their current file). ALL raw SQL of the search lives in this file
// (SQLite FTS5), so a PostgreSQL implementation only has to replace it.
//
// The index itself is made by the migration prisma/migrations/20261126133000_search:
// "SearchDocument" (one row per record: kind, recordId, title, body, date) and the FTS5
// index "SearchIndex" over it, with tokenizer "unicode61 remove_diacritics 2" so that
// "clientenraad" finds "cliëntenraad". Triggers on the source tables keep both current
// inside the transaction of every write; a new kind of record adds its triggers in a
// migration (documents: 20261126143041_documents) and its table to `SOURCE_TABLES` below.
import { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'
import {
  buildFallbackQuery,
  buildMatchQuery,
  MARK_END,
  MARK_START,
  SEARCH_KINDS,
  type SearchKind,
  type SnippetSegment,
  snippetSegments,
} from './search-query.ts'

export const SEARCH_PAGE_SIZE = 20

// The tables whose rows are search documents, each with the triggers that index it.
const SOURCE_TABLES = [
  'Organisation',
  'Person',
  'Activity',
  'Signal',
  'Meeting',
  'Advice',
  'Document',
] as const

// Returns a moment as SQLite stores Prisma's DateTime values, so text comparison works.
const stored = (date: Date) => date.toISOString().replace('Z', '+00:00')

export type SearchInput = {
  q: string
  /** Only these kinds; all kinds when empty. */
  kinds?: SearchKind[]
  themeId?: string
  municipalityId?: string
  /** Records dated on or after this moment (records without a date drop out). */
  from?: Date
  /** Records dated before this moment. */
  to?: Date
  page?: number
  pageSize?: number
}

export type SearchHit = {
  kind: SearchKind
  recordId: string
  title: string
  snippet: SnippetSegment[]
  date: string | null
}

export type SearchResult = {
  /** False when the input had no words to search for. */
  searched: boolean
  /** True when nothing matched exactly and these are the hits of a looser query. */
  approximate: boolean
  hits: SearchHit[]
  /** Hits per kind, whatever the kind filter. */
  counts: Record<SearchKind, number>
  total: number
  page: number
  pageCount: number
}

const emptyCounts = (): Record<SearchKind, number> =>
  Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>

// Returns the SQL condition that keeps documents linked to the theme.
function themeCondition(themeId: string) {
  return Prisma.sql`(
    (d."kind" = 'organisation' AND d."recordId" IN (SELECT "organisationId" FROM "OrganisationTheme" WHERE "themeId" = ${themeId}))
    OR (d."kind" = 'person' AND d."recordId" IN (
      SELECT m."personId" FROM "Membership" m JOIN "OrganisationTheme" ot ON ot."organisationId" = m."organisationId"
      WHERE ot."themeId" = ${themeId}))
    OR (d."kind" = 'activity' AND d."recordId" IN (SELECT "activityId" FROM "ActivityTheme" WHERE "themeId" = ${themeId}))
    OR (d."kind" = 'signal' AND d."recordId" IN (SELECT "signalId" FROM "SignalTheme" WHERE "themeId" = ${themeId}))
    OR (d."kind" = 'meeting' AND d."recordId" IN (
      SELECT "meetingId" FROM "MeetingTheme" WHERE "themeId" = ${themeId}
      UNION SELECT "meetingId" FROM "AgendaItem" WHERE "themeId" = ${themeId}
      UNION SELECT "meetingId" FROM "MeetingTip" WHERE "themeId" = ${themeId}))
    OR (d."kind" = 'advice' AND d."recordId" IN (SELECT "adviceId" FROM "AdviceTheme" WHERE "themeId" = ${themeId}))
    OR (d."kind" = 'document' AND d."recordId" IN (SELECT "documentId" FROM "DocumentTheme" WHERE "themeId" = ${themeId}))
  )`
}

// Returns the SQL condition that keeps documents linked to the municipality: directly, or
// through the organisations involved (for documents: their author and subject organisations).
// Meetings are provincial and have no municipality.
function municipalityCondition(municipalityId: string) {
  const organisations = Prisma.sql`SELECT "organisationId" FROM "OrganisationMunicipality" WHERE "municipalityId" = ${municipalityId}`
  return Prisma.sql`(
    (d."kind" = 'organisation' AND d."recordId" IN (${organisations}))
    OR (d."kind" = 'person' AND d."recordId" IN (SELECT "personId" FROM "Membership" WHERE "organisationId" IN (${organisations})))
    OR (d."kind" = 'activity' AND d."recordId" IN (SELECT "activityId" FROM "ActivityOrganisation" WHERE "organisationId" IN (${organisations})))
    OR (d."kind" = 'signal' AND d."recordId" IN (SELECT "id" FROM "Signal" WHERE "municipalityId" = ${municipalityId}))
    OR (d."kind" = 'advice' AND d."recordId" IN (
      SELECT "adviceId" FROM "AdviceCouncil" WHERE "organisationId" IN (${organisations})
      UNION SELECT "adviceId" FROM "AdviceAddressee" WHERE "municipalityId" = ${municipalityId}))
    OR (d."kind" = 'document' AND d."recordId" IN (SELECT "documentId" FROM "DocumentOrganisation" WHERE "organisationId" IN (${organisations})))
  )`
}

// Returns the WHERE clause of a search for `match` with the filters, except the kinds.
function whereClause(match: string, input: SearchInput) {
  const conditions = [Prisma.sql`"SearchIndex" MATCH ${match}`]
  if (input.themeId) conditions.push(themeCondition(input.themeId))
  if (input.municipalityId) conditions.push(municipalityCondition(input.municipalityId))
  if (input.from) conditions.push(Prisma.sql`d."date" >= ${stored(input.from)}`)
  if (input.to) conditions.push(Prisma.sql`d."date" < ${stored(input.to)}`)
  return Prisma.join(conditions, ' AND ')
}

type HitRow = { kind: string; recordId: string; title: string; snippet: string; date: string | null }

// Returns the counts per kind and one page of hits for the FTS5 query `match`.
async function runSearch(match: string, input: SearchInput, page: number, pageSize: number) {
  const where = whereClause(match, input)
  const countRows = await prisma.$queryRaw<{ kind: string; count: bigint | number }[]>`
    SELECT d."kind", COUNT(*) AS "count"
    FROM "SearchIndex" JOIN "SearchDocument" d ON d."id" = "SearchIndex"."rowid"
    WHERE ${where}
    GROUP BY d."kind"`
  const counts = emptyCounts()
  for (const row of countRows) {
    if ((SEARCH_KINDS as readonly string[]).includes(row.kind))
      counts[row.kind as SearchKind] = Number(row.count)
  }
  const kinds = input.kinds && input.kinds.length > 0 ? input.kinds : [...SEARCH_KINDS]
  const total = kinds.reduce((sum, kind) => sum + counts[kind], 0)
  const pageCount = Math.ceil(total / pageSize)
  const current = Math.min(Math.max(1, page), Math.max(1, pageCount))
  if (total === 0) return { counts, total, page: current, pageCount, hits: [] }
  // A match in the title weighs five times a match in the body.
  const rows = await prisma.$queryRaw<HitRow[]>`
    SELECT d."kind", d."recordId", d."title", d."date",
      snippet("SearchIndex", -1, ${MARK_START}, ${MARK_END}, '…', 16) AS "snippet"
    FROM "SearchIndex" JOIN "SearchDocument" d ON d."id" = "SearchIndex"."rowid"
    WHERE ${where} AND d."kind" IN (${Prisma.join(kinds)})
    ORDER BY bm25("SearchIndex", 5.0, 1.0), d."title"
    LIMIT ${pageSize} OFFSET ${(current - 1) * pageSize}`
  const hits: SearchHit[] = rows.map((row) => ({
    kind: row.kind as SearchKind,
    recordId: row.recordId,
    title: row.title,
    snippet: snippetSegments(row.snippet),
    date: row.date,
  }))
  return { counts, total, page: current, pageCount, hits }
}

// Searches everything for what the user typed; ranked best first (bm25), with a snippet
// per hit. Input without words searches nothing; when nothing matches, a looser query
// (each word cut to four letters) is tried and the result marked approximate.
export async function search(input: SearchInput): Promise<SearchResult> {
  const page = input.page ?? 1
  const pageSize = input.pageSize ?? SEARCH_PAGE_SIZE
  const match = buildMatchQuery(input.q)
  if (!match) {
    return {
      searched: false,
      approximate: false,
      hits: [],
      counts: emptyCounts(),
      total: 0,
      page: 1,
      pageCount: 0,
    }
  }
  const exact = await runSearch(match, input, page, pageSize)
  const anyExact = Object.values(exact.counts).some((count) => count > 0)
  const fallback = anyExact ? null : buildFallbackQuery(input.q)
  if (!fallback) return { searched: true, approximate: false, ...exact }
  return { searched: true, approximate: true, ...(await runSearch(fallback, input, page, pageSize)) }
}

// Rebuilds the whole index from the source tables, in one transaction. It touches every
// source row (`SET id = id` changes nothing), so the migration's triggers stay the one
// definition of what is indexed.
export async function reindexAll() {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe('DELETE FROM "SearchDocument"')
    await tx.$executeRawUnsafe(`INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('delete-all')`)
    for (const table of SOURCE_TABLES) await tx.$executeRawUnsafe(`UPDATE "${table}" SET "id" = "id"`)
    await tx.$executeRawUnsafe(`INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('optimize')`)
  })
  const [row] = await prisma.$queryRaw<
    { count: bigint | number }[]
  >`SELECT COUNT(*) AS "count" FROM "SearchDocument"`
  return { documents: Number(row?.count ?? 0) }
}

// Returns the themes and municipalities the search can be filtered on.
export async function listSearchFilterOptions() {
  const [themes, municipalities] = await Promise.all([
    prisma.theme.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.municipality.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ])
  return { themes, municipalities }
}
