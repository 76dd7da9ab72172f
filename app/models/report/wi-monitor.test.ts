import { describe, expect, it } from 'vitest'
import {
  averageShare,
  buildMonitor,
  formatShare,
  isBelowThreshold,
  monitorQuarters,
  parseMonitorSearch,
  periodOf,
  quarterOf,
  quarterStatus,
  wiShare,
} from './wi-monitor.ts'

describe('quarters in Dutch time', () => {
  it('puts new year’s night in Amsterdam in the new quarter', () => {
    expect(quarterOf(new Date('2024-12-31T23:30:00Z'))).toEqual({ year: 2025, quarter: 1 })
    expect(quarterOf(new Date('2025-06-30T21:59:00Z'))).toEqual({ year: 2025, quarter: 2 })
    expect(quarterOf(new Date('2025-06-30T22:00:00Z'))).toEqual({ year: 2025, quarter: 3 })
  })

  it('shows the current quarter and the three before it, oldest first', () => {
    expect(monitorQuarters(new Date('2025-02-10T12:00:00Z'))).toEqual([
      { year: 2024, quarter: 2 },
      { year: 2024, quarter: 3 },
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
    ])
  })

  it('shows the quarters of a chosen year, up to the current one', () => {
    const now = new Date('2025-05-10T12:00:00Z')
    expect(monitorQuarters(now, 2024)).toHaveLength(4)
    expect(monitorQuarters(now, 2025)).toEqual([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
    ])
  })

  it('covers the quarters from Dutch midnight to Dutch midnight', () => {
    const { from, until } = periodOf([
      { year: 2025, quarter: 1 },
      { year: 2025, quarter: 2 },
    ])
    expect(from.toISOString()).toBe('2024-12-31T23:00:00.000Z')
    expect(until.toISOString()).toBe('2025-06-30T22:00:00.000Z')
  })

  it('ignores a year that is not a year, or still to come', () => {
    const now = new Date('2025-05-10T12:00:00Z')
    expect(parseMonitorSearch(new URLSearchParams('jaar=2024'), now).jaar).toBe(2024)
    for (const value of ['', 'vorig', '2026', '1999', '2024.5']) {
      expect(parseMonitorSearch(new URLSearchParams({ jaar: value }), now).jaar, value).toBeUndefined()
    }
  })
})

describe('the W&I share', () => {
  it('is the part of the work with a theme that has a W&I theme', () => {
    expect(wiShare({ wi: 1, withTheme: 4, withoutTheme: 3 })).toBe(0.25)
    expect(wiShare({ wi: 0, withTheme: 0, withoutTheme: 3 })).toBeNull()
  })

  it('flags a share strictly below the threshold', () => {
    const counts = { wi: 1, withTheme: 4, withoutTheme: 0 }
    expect(isBelowThreshold(counts, 25)).toBe(false)
    expect(isBelowThreshold(counts, 30)).toBe(true)
    expect(isBelowThreshold({ wi: 0, withTheme: 0, withoutTheme: 2 }, 25)).toBe(false)
  })

  it('tells no work from work without themes', () => {
    expect(quarterStatus({ wi: 0, withTheme: 0, withoutTheme: 0 })).toBe('noWork')
    expect(quarterStatus({ wi: 0, withTheme: 0, withoutTheme: 1 })).toBe('noThemes')
    expect(quarterStatus({ wi: 0, withTheme: 1, withoutTheme: 0 })).toBe('share')
  })

  it('averages the shares of the councils that have one', () => {
    expect(
      averageShare([
        { wi: 1, withTheme: 1, withoutTheme: 0 },
        { wi: 1, withTheme: 2, withoutTheme: 0 },
        { wi: 0, withTheme: 0, withoutTheme: 5 },
      ]),
    ).toEqual({ share: 0.75, councils: 2 })
    expect(averageShare([])).toEqual({ share: null, councils: 0 })
  })

  it('is written the Dutch way', () => {
    expect(formatShare(0.25)).toBe('25%')
    expect(formatShare(1 / 3)).toBe('33,3%')
  })

  it('builds a row per broad council and quarter with the W&I councils beside it', () => {
    const at = new Date('2025-02-01T10:00:00Z')
    const item = (organisationId: string, themeCount: number, wiThemeCount: number) => ({
      organisationId,
      at,
      themeCount,
      wiThemeCount,
    })
    const monitor = buildMonitor({
      broadCouncils: [{ id: 'b', name: 'Breed' }],
      wiCouncils: [{ id: 'w', name: 'W&I' }],
      items: [item('b', 2, 1), item('b', 1, 0), item('b', 0, 0), item('w', 1, 1)],
      quarters: [
        { year: 2024, quarter: 4 },
        { year: 2025, quarter: 1 },
      ],
      thresholdPercent: 60,
    })
    const [empty, filled] = monitor.councils[0]?.rows ?? []
    expect(empty?.status).toBe('noWork')
    expect(empty?.share).toBeNull()
    expect(filled?.counts).toEqual({ wi: 1, withTheme: 2, withoutTheme: 1 })
    expect(filled?.share).toBe(0.5)
    expect(filled?.flagged).toBe(true)
    expect(filled?.comparison).toMatchObject({ share: 1, councils: 1 })
  })
})
