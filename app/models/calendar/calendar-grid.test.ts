import { describe, expect, it } from 'vitest'
import {
  currentMonth,
  dayTitle,
  gridSpan,
  monthKey,
  monthTitle,
  monthWeeks,
  parseMonth,
  shiftMonth,
  weekdayNames,
} from './calendar-grid.ts'

// Returns the grid as rows of "dd" strings, with days outside the month in brackets.
const picture = (year: number, month: number) =>
  monthWeeks({ year, month }).map((week) =>
    week.map(({ date, inMonth }) => (inMonth ? String(date) : `(${date})`)).join(' '),
  )

describe('the month grid of the agenda', () => {
  it('starts every week on a Monday and fills the first and last week with the neighbouring months', () => {
    // 1 November 2026 is a Sunday: the first week starts on Monday 26 October.
    expect(picture(2026, 11)).toEqual([
      '(26) (27) (28) (29) (30) (31) 1',
      '2 3 4 5 6 7 8',
      '9 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 (1) (2) (3) (4) (5) (6)',
    ])
    const weeks = monthWeeks({ year: 2026, month: 11 })
    expect(weeks[0]?.[0]?.day).toBe('2026-10-26')
    expect(weeks[0]?.[6]?.day).toBe('2026-11-01')
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })

  it('needs only four weeks for a February that starts on a Monday', () => {
    expect(picture(2027, 2)).toEqual([
      '1 2 3 4 5 6 7',
      '8 9 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
    ])
  })

  it('gives February 29 days in a leap year and 28 otherwise', () => {
    const days = (year: number) =>
      monthWeeks({ year, month: 2 })
        .flat()
        .filter((day) => day.inMonth)
        .map((day) => day.day)
    expect(days(2028)).toHaveLength(29)
    expect(days(2028).at(-1)).toBe('2028-02-29')
    expect(days(2026)).toHaveLength(28)
    // 2100 is not a leap year (divisible by 100, not by 400); 2000 was.
    expect(days(2100)).toHaveLength(28)
    expect(days(2000)).toHaveLength(29)
  })

  it('spans the grid from its first Monday to the day after its last Sunday', () => {
    expect(gridSpan({ year: 2026, month: 11 })).toEqual({ from: '2026-10-26', to: '2026-12-07' })
    expect(gridSpan({ year: 2026, month: 12 })).toEqual({ from: '2026-11-30', to: '2027-01-04' })
  })

  it('reads a month from the URL and refuses anything that is not a plausible month', () => {
    expect(parseMonth('2026-11')).toEqual({ year: 2026, month: 11 })
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-11', '9999-01', '0000-01', 'november', '', null]) {
      expect(parseMonth(bad), String(bad)).toBeNull()
    }
  })

  it('steps to the previous and next month across the turn of the year', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 })
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 })
    expect(shiftMonth({ year: 2026, month: 3 }, -15)).toEqual({ year: 2024, month: 12 })
    expect(monthKey({ year: 2027, month: 1 })).toBe('2027-01')
  })

  it('takes the current month in Dutch time: 23:30 UTC on 31 October is already November', () => {
    expect(currentMonth(new Date('2026-10-31T23:30:00Z'))).toEqual({ year: 2026, month: 11 })
    expect(currentMonth(new Date('2026-10-31T22:30:00Z'))).toEqual({ year: 2026, month: 10 })
  })

  it('names months and days in Dutch, Monday first', () => {
    expect(monthTitle({ year: 2026, month: 3 })).toBe('maart 2026')
    expect(weekdayNames().map((name) => name.long)).toEqual([
      'maandag',
      'dinsdag',
      'woensdag',
      'donderdag',
      'vrijdag',
      'zaterdag',
      'zondag',
    ])
    expect(weekdayNames()[0]?.short).toBe('ma')
    expect(dayTitle('2026-10-29')).toBe('donderdag 29 oktober 2026')
  })
})
