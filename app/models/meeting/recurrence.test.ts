import { describe, expect, it } from 'vitest'
import {
  endOfNextYear,
  generateOccurrences,
  MAX_OCCURRENCES,
  nthWeekdayOf,
  type RecurrencePattern,
  seriesDays,
} from './recurrence.ts'

const everyTwoMonthsThirdThursday: RecurrencePattern = {
  frequency: 'MONTHLY',
  interval: 2,
  nth: 3,
  weekday: 4,
}
const times = { startTime: '19:30', endTime: '21:30' }

// Returns the days a pattern gives, or throws with the problem.
function days(pattern: RecurrencePattern, startDate: string, end: { until: string } | { count: number }) {
  const result = seriesDays({ pattern, startDate, end })
  if (!result.ok) throw new Error(JSON.stringify(result.problem))
  return result.days
}

describe('every N months on the nth weekday', () => {
  it('gives every second month on the third Thursday, counting months from the start', () => {
    expect(days(everyTwoMonthsThirdThursday, '2027-01-01', { count: 6 })).toEqual([
      '2027-01-21',
      '2027-03-18',
      '2027-05-20',
      '2027-07-15',
      '2027-09-16',
      '2027-11-18',
    ])
  })

  it('skips the start month when its date lies before the start day', () => {
    expect(days(everyTwoMonthsThirdThursday, '2027-01-22', { count: 2 })).toEqual([
      '2027-03-18',
      '2027-05-20',
    ])
  })

  it('finds the last weekday of a month, also in February and in a month with five of them', () => {
    expect(
      days({ frequency: 'MONTHLY', interval: 1, nth: -1, weekday: 5 }, '2026-01-01', { count: 4 }),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24'])
  })

  it('stops at the until day, which is included', () => {
    expect(days(everyTwoMonthsThirdThursday, '2027-01-01', { until: '2027-05-20' })).toEqual([
      '2027-01-21',
      '2027-03-18',
      '2027-05-20',
    ])
  })

  it('crosses into the next year', () => {
    expect(
      days({ frequency: 'MONTHLY', interval: 3, nth: 1, weekday: 1 }, '2026-11-01', { count: 3 }),
    ).toEqual(['2026-11-02', '2027-02-01', '2027-05-03'])
  })
})

describe('N times a year', () => {
  it('spreads six meetings over the year on the nth weekday of the start date: every two months', () => {
    expect(
      days({ frequency: 'TIMES_PER_YEAR', timesPerYear: 6 }, '2027-01-21', { until: '2027-12-31' }),
    ).toEqual(days(everyTwoMonthsThirdThursday, '2027-01-01', { count: 6 }))
  })

  it('makes four a year every three months', () => {
    expect(days({ frequency: 'TIMES_PER_YEAR', timesPerYear: 4 }, '2027-01-21', { count: 4 })).toEqual([
      '2027-01-21',
      '2027-04-15',
      '2027-07-15',
      '2027-10-21',
    ])
  })

  it('treats a fifth weekday of the month as the last one', () => {
    expect(nthWeekdayOf('2027-01-29')).toEqual({ nth: -1, weekday: 5 })
    expect(days({ frequency: 'TIMES_PER_YEAR', timesPerYear: 12 }, '2027-01-29', { count: 2 })).toEqual([
      '2027-01-29',
      '2027-02-26',
    ])
  })
})

describe('every N weeks', () => {
  it('repeats on the weekday of the start date', () => {
    expect(days({ frequency: 'WEEKLY', interval: 2 }, '2026-03-19', { until: '2026-04-16' })).toEqual([
      '2026-03-19',
      '2026-04-02',
      '2026-04-16',
    ])
    expect(days({ frequency: 'WEEKLY', interval: 1 }, '2026-12-29', { count: 2 })).toEqual([
      '2026-12-29',
      '2027-01-05',
    ])
  })
})

describe('the end of a series', () => {
  it('refuses more than 100 meetings, by count and by until day', () => {
    const weekly: RecurrencePattern = { frequency: 'WEEKLY', interval: 1 }
    expect(
      seriesDays({ pattern: weekly, startDate: '2027-01-01', end: { count: MAX_OCCURRENCES + 1 } }),
    ).toEqual({
      ok: false,
      problem: { reason: 'tooMany', end: 'count' },
    })
    expect(seriesDays({ pattern: weekly, startDate: '2027-01-01', end: { until: '2029-12-31' } })).toEqual({
      ok: false,
      problem: { reason: 'tooMany', end: 'until' },
    })
    const hundred = seriesDays({ pattern: weekly, startDate: '2027-01-01', end: { count: MAX_OCCURRENCES } })
    expect(hundred.ok && hundred.days.length).toBe(100)
  })

  it('refuses an until day before the start and a period without any date', () => {
    expect(
      seriesDays({
        pattern: everyTwoMonthsThirdThursday,
        startDate: '2027-01-01',
        end: { until: '2026-12-31' },
      }),
    ).toEqual({
      ok: false,
      problem: { reason: 'untilBeforeStart' },
    })
    expect(
      seriesDays({
        pattern: everyTwoMonthsThirdThursday,
        startDate: '2027-01-01',
        end: { until: '2027-01-20' },
      }),
    ).toEqual({
      ok: false,
      problem: { reason: 'noDates' },
    })
  })

  it('continues after a given day with the same rhythm, for an extension', () => {
    const result = seriesDays({
      pattern: everyTwoMonthsThirdThursday,
      startDate: '2027-01-01',
      end: { until: '2028-12-31' },
      after: '2027-11-18',
    })
    expect(result).toEqual({
      ok: true,
      days: ['2028-01-20', '2028-03-16', '2028-05-18', '2028-07-20', '2028-09-21', '2028-11-16'],
    })
  })

  it('gives the last day of the year after as the default end of an extension', () => {
    expect(endOfNextYear('2027-11-18')).toBe('2028-12-31')
  })
})

describe('times across the DST changes', () => {
  it('keeps 19:30 Dutch time in March and October: the UTC moment moves by an hour', () => {
    const spring = generateOccurrences({
      pattern: { frequency: 'WEEKLY', interval: 1 },
      startDate: '2026-03-19',
      end: { count: 3 },
      ...times,
    })
    expect(
      spring.ok && spring.occurrences.map((o) => [o.startsAt.toISOString(), o.endsAt.toISOString()]),
    ).toEqual([
      ['2026-03-19T18:30:00.000Z', '2026-03-19T20:30:00.000Z'],
      ['2026-03-26T18:30:00.000Z', '2026-03-26T20:30:00.000Z'],
      ['2026-04-02T17:30:00.000Z', '2026-04-02T19:30:00.000Z'],
    ])
    const autumn = generateOccurrences({
      pattern: { frequency: 'WEEKLY', interval: 1 },
      startDate: '2026-10-22',
      end: { count: 2 },
      ...times,
    })
    expect(autumn.ok && autumn.occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-10-22T17:30:00.000Z',
      '2026-10-29T18:30:00.000Z',
    ])
  })

  it('refuses a start or end time that does not exist on the day the clocks go forward', () => {
    const sundays = {
      pattern: { frequency: 'WEEKLY', interval: 1 } as const,
      startDate: '2026-03-22',
      end: { count: 3 },
    }
    expect(generateOccurrences({ ...sundays, startTime: '02:30', endTime: '04:00' })).toEqual({
      ok: false,
      problem: { reason: 'timeDoesNotExist', field: 'startTime', day: '2026-03-29', time: '02:30' },
    })
    expect(generateOccurrences({ ...sundays, startTime: '01:00', endTime: '02:15' })).toEqual({
      ok: false,
      problem: { reason: 'timeDoesNotExist', field: 'endTime', day: '2026-03-29', time: '02:15' },
    })
  })

  it('takes a time that occurs twice in October as the second one, in winter time', () => {
    const result = generateOccurrences({
      pattern: { frequency: 'WEEKLY', interval: 1 },
      startDate: '2026-10-25',
      end: { count: 1 },
      startTime: '02:30',
      endTime: '03:30',
    })
    expect(result.ok && result.occurrences[0]?.startsAt.toISOString()).toBe('2026-10-25T01:30:00.000Z')
  })

  it('refuses an end time that is not after the start time', () => {
    const plan = { pattern: everyTwoMonthsThirdThursday, startDate: '2027-01-01', end: { count: 6 } }
    expect(generateOccurrences({ ...plan, startTime: '19:30', endTime: '19:30' })).toEqual({
      ok: false,
      problem: { reason: 'endNotAfterStart' },
    })
    expect(generateOccurrences({ ...plan, startTime: '19:30', endTime: '09:00' })).toEqual({
      ok: false,
      problem: { reason: 'endNotAfterStart' },
    })
  })

  it('refuses a plan that runs past the latest plannable day', () => {
    expect(
      generateOccurrences({
        pattern: { frequency: 'TIMES_PER_YEAR', timesPerYear: 1 },
        startDate: '2027-01-21',
        end: { count: 10 },
        ...times,
        latest: '2031-11-26',
      }),
    ).toEqual({ ok: false, problem: { reason: 'tooLate', latest: '2031-11-26' } })
  })
})
