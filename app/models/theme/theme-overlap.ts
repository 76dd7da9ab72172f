// The theme overlap (/themas/overlap) without the database: the filters from the URL, the
// period they ask for, and the grouping of evidence counts (read by theme-overlap.server.ts
// from the evidence union of theme-lookup.server.ts) into the councils × themes matrix and
// the pairs of councils that share themes. Generic over the kinds of evidence: a new kind
// in EVIDENCE_KINDS adds a column to the counts and to the CSV, nothing here changes.
import { z } from 'zod'
import { endOfLocalDay, localMoment, localParts } from '~/models/activity/occurred-at.ts'
import { COUNCIL_TYPES, THEME_DOMAINS } from '~/models/organisation/organisation-types.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import type { EvidenceKind, Period } from './theme-lookup.server.ts'

// The two views: councils × themes, and councils × councils.
export const OVERLAP_VIEWS = ['themas', 'raden'] as const
export type OverlapView = (typeof OVERLAP_VIEWS)[number]

// The choices of "minimaal bewijs": how often a council must have worked on a theme it did
// not tag for the theme to count.
export const MIN_EVIDENCE_OPTIONS = [1, 2, 3] as const

// Above this many councils the councils × councils table is left out: it would not be
// readable, and the ranked list says the same.
export const PAIR_MATRIX_MAX_COUNCILS = 40

// The ranked list of pairs shows this many unless all are asked for.
export const PAIRS_SHOWN = 20

// The kind of evidence that is a council's own tag rather than its work.
const EXPLICIT = 'explicit'

const id = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined)

// A day as typed; whether it is a real date is checked by `resolvePeriod`, which says so.
const day = z
  .string()
  .trim()
  .max(32)
  .optional()
  .catch(undefined)
  .transform((value) => value || undefined)

const yes = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => value === 'ja')

// The page's and the CSV's filters from the URL; anything odd falls back to its default.
export const ThemeOverlapQuerySchema = z.object({
  weergave: z.enum(OVERLAP_VIEWS).catch('themas').default('themas'),
  gemeente: id,
  soort: z.enum(COUNCIL_TYPES).optional().catch(undefined),
  van: day,
  tot: day,
  minimaal: z.coerce
    .number()
    .int()
    .min(1)
    .max(Math.max(...MIN_EVIDENCE_OPTIONS))
    .catch(1)
    .default(1),
  vastgelegd: yes,
  // The cell whose evidence the page shows.
  raad: id,
  thema: id,
  paren: z.enum(['alle']).optional().catch(undefined),
})
export type ThemeOverlapQuery = z.output<typeof ThemeOverlapQuerySchema>

// Returns the filters of a URL's search params.
export function parseOverlapQuery(searchParams: URLSearchParams) {
  return ThemeOverlapQuerySchema.parse(Object.fromEntries(searchParams))
}

export type PeriodProblem = Extract<MessageKey, 'overlap.periodInvalid' | 'overlap.periodReversed'>

// Returns the period of `van` and `tot` (Dutch calendar days, both included): `fallback`
// for a missing end, or entirely with the reason when a day is no date or the days are
// reversed.
export function resolvePeriod(
  { van, tot }: { van?: string; tot?: string },
  fallback: Period,
): { period: Period; problem: PeriodProblem | null } {
  if (!van && !tot) return { period: fallback, problem: null }
  const fromDay = van ? parseDateOnly(van) : null
  const toDay = tot ? parseDateOnly(tot) : null
  if ((van && !fromDay) || (tot && !toDay)) return { period: fallback, problem: 'overlap.periodInvalid' }
  const from = fromDay ? localMoment(fromDay, '00:00') : fallback.from
  const to = toDay ? endOfLocalDay(toDay) : fallback.to
  if (from > to) return { period: fallback, problem: 'overlap.periodReversed' }
  return { period: { from, to }, problem: null }
}

// Returns a period as the date inputs show it: Dutch calendar days "yyyy-mm-dd".
export function periodDays(period: Period) {
  return { van: localParts(period.from).day, tot: localParts(period.to).day }
}

// Returns the Dutch label of a kind of evidence ("Activiteiten"); the raw kind for a kind
// the catalog does not know yet.
export function evidenceKindLabel(kind: string) {
  const key = `overlap.kind.${kind}`
  return isMessageKey(key) ? t(key) : kind
}

export type OverlapCouncil = { id: string; name: string; type: string; municipalities: string[] }
export type OverlapTheme = { id: string; name: string; domain: string; active: boolean }
export type EvidenceCount = { organisationId: string; themeId: string; kind: EvidenceKind; n: number }

export type OverlapCell = {
  // Pieces of evidence per kind, every kind present, in EVIDENCE_KINDS order.
  counts: Record<EvidenceKind, number>
  explicit: boolean
  // Pieces of evidence from the work (every kind but the explicit tag).
  derived: number
  // Whether the theme counts as worked on: tagged, or enough evidence from the work.
  counted: boolean
}

// Returns whether a cell counts: an explicit tag, or at least `minEvidence` pieces of work.
export function countsAsWorkedOn(cell: { explicit: boolean; derived: number }, minEvidence: number) {
  return cell.explicit || cell.derived >= minEvidence
}

const domainRank = (domain: string) => {
  const index = (THEME_DOMAINS as readonly string[]).indexOf(domain)
  return index === -1 ? THEME_DOMAINS.length : index
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

// Returns themes in the order the matrix shows them: by domain (THEME_DOMAINS order), then name.
export function sortThemes<T extends { name: string; domain: string }>(themes: T[]) {
  return [...themes].sort((a, b) => domainRank(a.domain) - domainRank(b.domain) || byName(a, b))
}

// Returns the themes of columns grouped by domain, in column order.
export function groupColumns<T extends { domain: string }>(themes: T[]) {
  const groups: { domain: string; themes: T[] }[] = []
  for (const theme of themes) {
    const last = groups.at(-1)
    if (last?.domain === theme.domain) last.themes.push(theme)
    else groups.push({ domain: theme.domain, themes: [theme] })
  }
  return groups
}

export type CouncilPair = {
  councils: [OverlapCouncil, OverlapCouncil]
  themes: { id: string; name: string }[]
}

export type ThemeOverlap = {
  // Rows: the councils by name, each with the number of themes that count for it.
  councils: (OverlapCouncil & { themeCount: number })[]
  // Columns: the themes that count for at least one council, by domain and name, each
  // with the number of councils it counts for.
  themes: (OverlapTheme & { councilCount: number })[]
  // Every theme with evidence, in the same order: also those that count for no council.
  evidenceThemes: (OverlapTheme & { councilCount: number })[]
  // councilId → themeId → cell, only where there is evidence (also below the threshold).
  cells: Record<string, Record<string, OverlapCell>>
  // Every pair of councils sharing at least one theme, most shared themes first, then by name.
  pairs: CouncilPair[]
}

// Returns the councils × themes matrix and the pairs of councils sharing themes, from the
// evidence counted per organisation, theme and kind. `kinds` are all kinds of evidence
// (EVIDENCE_KINDS); with `explicitOnly` only the explicit tags count.
export function buildThemeOverlap({
  kinds,
  councils,
  themes,
  rows,
  minEvidence = 1,
  explicitOnly = false,
}: {
  kinds: readonly EvidenceKind[]
  councils: OverlapCouncil[]
  themes: OverlapTheme[]
  rows: EvidenceCount[]
  minEvidence?: number
  explicitOnly?: boolean
}): ThemeOverlap {
  const councilIds = new Set(councils.map((council) => council.id))
  const themeById = new Map(themes.map((theme) => [theme.id, theme]))
  const cells: Record<string, Record<string, OverlapCell>> = {}
  for (const row of rows) {
    if (!councilIds.has(row.organisationId) || !themeById.has(row.themeId)) continue
    if (explicitOnly && row.kind !== EXPLICIT) continue
    const forCouncil = cells[row.organisationId] ?? {}
    cells[row.organisationId] = forCouncil
    const cell = forCouncil[row.themeId] ?? {
      counts: Object.fromEntries(kinds.map((kind) => [kind, 0])) as Record<EvidenceKind, number>,
      explicit: false,
      derived: 0,
      counted: false,
    }
    forCouncil[row.themeId] = cell
    cell.counts[row.kind] = (cell.counts[row.kind] ?? 0) + row.n
    if (row.kind === EXPLICIT) cell.explicit = cell.explicit || row.n > 0
    else cell.derived += row.n
    cell.counted = countsAsWorkedOn(cell, minEvidence)
  }

  // The themes that count, per council.
  const worked = new Map<string, Set<string>>()
  for (const council of councils) {
    const counted = Object.entries(cells[council.id] ?? {}).filter(([, cell]) => cell.counted)
    worked.set(council.id, new Set(counted.map(([themeId]) => themeId)))
  }
  const councilCount = new Map<string, number>()
  for (const themeIds of worked.values()) {
    for (const themeId of themeIds) councilCount.set(themeId, (councilCount.get(themeId) ?? 0) + 1)
  }

  const rowsOut = [...councils]
    .sort(byName)
    .map((council) => ({ ...council, themeCount: worked.get(council.id)?.size ?? 0 }))
  const withEvidence = new Set(Object.values(cells).flatMap((forCouncil) => Object.keys(forCouncil)))
  const evidenceThemes = sortThemes(
    themes
      .filter((theme) => withEvidence.has(theme.id))
      .map((theme) => ({ ...theme, councilCount: councilCount.get(theme.id) ?? 0 })),
  )
  const columns = evidenceThemes.filter((theme) => theme.councilCount > 0)

  const pairs: CouncilPair[] = []
  for (const [index, a] of rowsOut.entries()) {
    const mine = worked.get(a.id) ?? new Set<string>()
    if (mine.size === 0) continue
    for (const b of rowsOut.slice(index + 1)) {
      const shared = [...(worked.get(b.id) ?? [])].filter((themeId) => mine.has(themeId))
      if (shared.length === 0) continue
      pairs.push({
        councils: [strip(a), strip(b)],
        themes: shared
          .map((themeId) => ({ id: themeId, name: themeById.get(themeId)?.name ?? '' }))
          .sort(byName),
      })
    }
  }
  // The rows are sorted by name, so a stable sort keeps pairs with as many themes by name.
  pairs.sort((a, b) => b.themes.length - a.themes.length)

  return { councils: rowsOut, themes: columns, evidenceThemes, cells, pairs }
}

// Returns a council without the figures of its row.
function strip({ id, name, type, municipalities }: OverlapCouncil): OverlapCouncil {
  return { id, name, type, municipalities }
}

// Returns where a list shows the evidence of one kind for a council and a theme in a period
// (days "yyyy-mm-dd"); null for a kind no list can filter that way.
export function evidenceHref(
  kind: string,
  { councilId, themeId, van, tot }: { councilId: string; themeId: string; van: string; tot: string },
) {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString()
  switch (kind) {
    case EXPLICIT:
      return `/organisaties/${councilId}`
    case 'activity':
      return `/activiteiten?${query({ organisatie: councilId, thema: themeId, van, tot })}`
    case 'signal':
      return `/signalen?${query({ raad: councilId, thema: themeId, van, tot })}`
    case 'advice':
      return `/adviezen?${query({ raad: councilId, thema: themeId, van, tot })}`
    case 'meeting':
      return `/bijeenkomsten?${query({ weergave: 'alle', soort: 'THEME', thema: themeId, van, tot })}`
    default:
      return null
  }
}
