import { describe, expect, it } from 'vitest'
import { translateRef } from '~/utils/i18n/index.ts'
import { generateOccurrences } from './recurrence.ts'
import {
  chosenDates,
  decodeRule,
  encodeRule,
  latestPlannableDay,
  planDates,
  planProblem,
} from './series-plan.ts'

// The six exchange meetings of 2027, the one in July in the summer holiday of the north.
function exchange2027() {
  const result = generateOccurrences({
    pattern: { frequency: 'TIMES_PER_YEAR', timesPerYear: 6 },
    startDate: '2027-01-21',
    end: { count: 6 },
    startTime: '19:30',
    endTime: '21:30',
  })
  if (!result.ok) throw new Error('the test plan was refused')
  return result.occurrences
}

describe('the dates proposed for review', () => {
  it('warns about a date in the summer holiday and keeps it ticked when the policy is to flag', () => {
    const planned = planDates(exchange2027(), 'noord', 'flag')
    expect(planned.map((date) => [date.day, date.warning, date.suggested])).toEqual([
      ['2027-01-21', null, true],
      ['2027-03-18', null, true],
      ['2027-05-20', null, true],
      ['2027-07-15', 'zomervakantie regio noord', true],
      ['2027-09-16', null, true],
      ['2027-11-18', null, true],
    ])
  })

  it('unticks a date with a warning when the policy is to skip, for the region in the settings', () => {
    expect(
      planDates(exchange2027(), 'noord', 'skip')
        .filter((date) => !date.suggested)
        .map((d) => d.day),
    ).toEqual(['2027-07-15'])
    expect(planDates(exchange2027(), 'midden', 'skip').every((date) => date.suggested)).toBe(true)
  })

  it('keeps only ticked days that the plan produces', () => {
    const planned = planDates(exchange2027(), 'noord', 'flag')
    expect(chosenDates(planned, ['2027-11-18', '2027-01-21', '2027-02-01']).map((date) => date.day)).toEqual([
      '2027-01-21',
      '2027-11-18',
    ])
  })

  it('lets a series reach five years ahead at most', () => {
    expect(latestPlannableDay('2026-11-26')).toBe('2031-11-26')
  })
})

describe('the stored rule', () => {
  it('reads back what it wrote', () => {
    const rule = {
      pattern: { frequency: 'MONTHLY', interval: 2, nth: -1, weekday: 4 } as const,
      startDate: '2027-01-01',
      generatedUntil: '2027-11-25',
    }
    expect(decodeRule(encodeRule(rule))).toEqual(rule)
  })

  it('reads something it does not understand as no rule, instead of failing', () => {
    expect(decodeRule('not json')).toBeNull()
    expect(
      decodeRule('{"pattern":{"frequency":"DAILY"},"startDate":"2027-01-01","generatedUntil":"2027-01-01"}'),
    ).toBeNull()
    expect(
      decodeRule(
        '{"pattern":{"frequency":"WEEKLY","interval":1},"startDate":"2027-02-30","generatedUntil":"2027-03-01"}',
      ),
    ).toBeNull()
  })
})

describe('what is wrong with a plan, in Dutch next to the field', () => {
  it('puts each problem on its field', () => {
    const explain = (problem: Parameters<typeof planProblem>[0], end: 'until' | 'count' = 'until') => {
      const refusal = planProblem(problem, end)
      return [refusal.field, translateRef(refusal.message)]
    }
    expect(explain({ reason: 'tooMany', end: 'count' }, 'count')).toEqual([
      'count',
      'Dat worden meer dan 100 bijeenkomsten. Een reeks heeft er hoogstens 100: kies een eerdere einddatum of een kleiner aantal.',
    ])
    expect(
      explain({ reason: 'timeDoesNotExist', field: 'startTime', day: '2026-03-29', time: '02:30' }),
    ).toEqual([
      'startTime',
      '02:30 bestaat niet op 29 maart 2026: die nacht gaat de klok van 02:00 naar 03:00. Kies een andere tijd.',
    ])
    expect(explain({ reason: 'tooLate', latest: '2031-11-26' }, 'count')).toEqual([
      'count',
      'De reeks loopt door tot na 26 november 2031; plan hoogstens 5 jaar vooruit. Kies een eerdere einddatum of een kleiner aantal.',
    ])
    expect(explain({ reason: 'noDates' })[0]).toBe('untilDate')
  })
})
