// The W&I attention monitor (DESIGN.md capability 9): does work and income get its share of
// attention in a broad council (adviesraad sociaal domein), compared with the separate W&I
// councils? Pure functions; the query lives in wi-monitor.server.ts.
//
// The share of a council in a quarter: of its work items in that quarter that carry at least
// one theme (activities it was involved in, signals forwarded to it, advices it wrote, agenda
// items of meetings it attended), the
// part whose themes include at least one W&I theme. Items without any theme are left out of
// the share and counted separately. Quarters are calendar quarters in Dutch time.
import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { TIME_ZONE } from '~/utils/dates.ts'

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 }

// One work item of one council: when it counts, and how many of its themes (W&I ones).
export type MonitorItem = { organisationId: string; at: Date; themeCount: number; wiThemeCount: number }

export type QuarterCounts = { wi: number; withTheme: number; withoutTheme: number }

export type Council = { id: string; name: string }

// Returns the calendar year of a moment in Dutch time.
export const dutchYear = (moment: Date) => new TZDate(moment, TIME_ZONE).getFullYear()

// Returns the search params of the monitor page: `jaar` picks a calendar year (not one to come).
export function parseMonitorSearch(params: URLSearchParams, now = new Date()) {
  const thisYear = dutchYear(now)
  const schema = z.object({
    jaar: z.coerce.number().int().min(2000).max(thisYear).optional().catch(undefined),
  })
  return schema.parse({ jaar: params.get('jaar') || undefined })
}

// Returns a key of a quarter, such as "2025-K1".
export const quarterKey = ({ year, quarter }: Quarter) => `${year}-K${quarter}`

// Returns the Dutch-time quarter a moment falls in.
export function quarterOf(moment: Date): Quarter {
  const dutch = new TZDate(moment, TIME_ZONE)
  return { year: dutch.getFullYear(), quarter: (Math.floor(dutch.getMonth() / 3) + 1) as Quarter['quarter'] }
}

// Returns the first moment of a quarter in Dutch time.
export function quarterStart({ year, quarter }: Quarter) {
  return new Date(new TZDate(year, (quarter - 1) * 3, 1, TIME_ZONE).getTime())
}

// Returns the quarter after `q`.
export function nextQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 4
    ? { year: year + 1, quarter: 1 }
    : { year, quarter: (quarter + 1) as Quarter['quarter'] }
}

// Returns the quarter before `q`.
function previousQuarter({ year, quarter }: Quarter): Quarter {
  return quarter === 1
    ? { year: year - 1, quarter: 4 }
    : { year, quarter: (quarter - 1) as Quarter['quarter'] }
}

// Returns the quarters to show, oldest first: the quarters of `year` up to the current one,
// or (no year) the current quarter and the three before it.
export function monitorQuarters(now: Date, year?: number): Quarter[] {
  const current = quarterOf(now)
  if (year !== undefined) {
    const all = ([1, 2, 3, 4] as const).map((quarter) => ({ year, quarter }))
    return all.filter((q) => quarterStart(q) <= quarterStart(current))
  }
  const quarters = [current]
  while (quarters.length < 4) quarters.unshift(previousQuarter(quarters[0] as Quarter))
  return quarters
}

// Returns the period the quarters cover: from the first moment of the first, up to (not
// including) the first moment after the last.
export function periodOf(quarters: Quarter[]) {
  const first = quarters[0]
  const last = quarters.at(-1)
  if (!first || !last) throw new Error('periodOf needs at least one quarter')
  return { from: quarterStart(first), until: quarterStart(nextQuarter(last)) }
}

const emptyCounts = (): QuarterCounts => ({ wi: 0, withTheme: 0, withoutTheme: 0 })

// Returns the items counted per council and quarter: Map<councilId, Map<quarterKey, counts>>.
export function countItems(items: MonitorItem[]) {
  const counts = new Map<string, Map<string, QuarterCounts>>()
  for (const item of items) {
    const byQuarter = counts.get(item.organisationId) ?? new Map<string, QuarterCounts>()
    const key = quarterKey(quarterOf(item.at))
    const entry = byQuarter.get(key) ?? emptyCounts()
    if (item.themeCount === 0) entry.withoutTheme += 1
    else {
      entry.withTheme += 1
      if (item.wiThemeCount > 0) entry.wi += 1
    }
    byQuarter.set(key, entry)
    counts.set(item.organisationId, byQuarter)
  }
  return counts
}

// Returns the W&I share (0–1) of counted items, or null when no item carries a theme.
export function wiShare(counts: QuarterCounts): number | null {
  return counts.withTheme === 0 ? null : counts.wi / counts.withTheme
}

// Returns true when the W&I share is known and below `thresholdPercent` (exact, not rounded).
export function isBelowThreshold(counts: QuarterCounts, thresholdPercent: number) {
  return counts.withTheme > 0 && counts.wi * 100 < thresholdPercent * counts.withTheme
}

// What a quarter of a council shows: no work at all, only work without themes, or a share.
export type QuarterStatus = 'noWork' | 'noThemes' | 'share'

export function quarterStatus(counts: QuarterCounts): QuarterStatus {
  if (counts.withTheme > 0) return 'share'
  return counts.withoutTheme > 0 ? 'noThemes' : 'noWork'
}

// Returns the average of the W&I shares of the councils that have a share in the quarter,
// and how many councils that average is over (share null when none has).
export function averageShare(countsPerCouncil: QuarterCounts[]) {
  const shares = countsPerCouncil.map(wiShare).filter((share): share is number => share !== null)
  return {
    share: shares.length === 0 ? null : shares.reduce((sum, share) => sum + share, 0) / shares.length,
    councils: shares.length,
  }
}

// Returns the monitor: per broad council a row per quarter, with the average of the W&I
// councils beside it.
export function buildMonitor({
  broadCouncils,
  wiCouncils,
  items,
  quarters,
  thresholdPercent,
}: {
  broadCouncils: Council[]
  wiCouncils: Council[]
  items: MonitorItem[]
  quarters: Quarter[]
  thresholdPercent: number
}) {
  const counts = countItems(items)
  const countsOf = (councilId: string, quarter: Quarter) =>
    counts.get(councilId)?.get(quarterKey(quarter)) ?? emptyCounts()
  const comparison = quarters.map((quarter) => ({
    ...quarter,
    key: quarterKey(quarter),
    ...averageShare(wiCouncils.map((council) => countsOf(council.id, quarter))),
  }))
  const councils = broadCouncils.map((council) => ({
    ...council,
    rows: quarters.map((quarter, index) => {
      const quarterCounts = countsOf(council.id, quarter)
      return {
        ...quarter,
        key: quarterKey(quarter),
        counts: quarterCounts,
        status: quarterStatus(quarterCounts),
        share: wiShare(quarterCounts),
        flagged: isBelowThreshold(quarterCounts, thresholdPercent),
        comparison: comparison[index] ?? { share: null, councils: 0 },
      }
    }),
  }))
  return { quarters: comparison, councils, wiCouncilCount: wiCouncils.length, thresholdPercent }
}

const percentFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

// Returns a share (0–1) as a Dutch percentage: "25%", "33,3%".
export function formatShare(share: number) {
  return `${percentFormat.format(share * 100)}%`
}
