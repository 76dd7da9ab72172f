import { describe, expect, it } from 'vitest'
import { parseDateOnly } from '~/utils/dates.ts'
import {
  calendarDay,
  endsBeforeStart,
  splitMemberships,
  termStatus,
  termsOverlap,
  toDateInputValue,
} from './membership-term.ts'

const day = (text: string) => {
  const date = parseDateOnly(text)
  if (!date) throw new Error(`not a day: ${text}`)
  return date
}

describe('the term of a membership', () => {
  it('takes the calendar day in the Netherlands, also just after midnight there', () => {
    expect(calendarDay(new Date('2026-03-01T23:30:00Z'))).toEqual(day('2026-03-02'))
    expect(calendarDay(new Date('2026-07-15T12:00:00Z'))).toEqual(day('2026-07-15'))
  })

  it('writes a stored day the way a date input expects it', () => {
    expect(toDateInputValue(day('2026-03-02'))).toBe('2026-03-02')
    expect(toDateInputValue(null)).toBe('')
  })

  it('counts the first and the last day as part of the term', () => {
    const term = { startDate: day('2026-01-01'), endDate: day('2026-12-31') }
    expect(termStatus(term, day('2026-01-01'))).toBe('current')
    expect(termStatus(term, day('2026-12-31'))).toBe('current')
    expect(termStatus(term, day('2025-12-31'))).toBe('upcoming')
    expect(termStatus(term, day('2027-01-01'))).toBe('past')
    expect(termStatus({ startDate: null, endDate: null }, day('2026-05-05'))).toBe('current')
  })

  it('refuses an end before the start, but not an open end or a one-day term', () => {
    expect(endsBeforeStart({ startDate: day('2026-02-01'), endDate: day('2026-01-31') })).toBe(true)
    expect(endsBeforeStart({ startDate: day('2026-02-01'), endDate: day('2026-02-01') })).toBe(false)
    expect(endsBeforeStart({ startDate: day('2026-02-01'), endDate: null })).toBe(false)
  })

  it('sees overlap when two terms share a day, with open ends running on forever', () => {
    const open = { startDate: day('2024-01-01'), endDate: null }
    expect(termsOverlap(open, { startDate: day('2030-01-01'), endDate: null })).toBe(true)
    expect(
      termsOverlap(
        { startDate: day('2024-01-01'), endDate: day('2024-12-31') },
        { startDate: day('2025-01-01'), endDate: null },
      ),
    ).toBe(false)
    expect(
      termsOverlap(
        { startDate: null, endDate: day('2024-12-31') },
        { startDate: day('2024-12-31'), endDate: null },
      ),
    ).toBe(true)
  })

  it('lists current and upcoming memberships apart from ended ones, the most recent past first', () => {
    const today = day('2026-06-01')
    const memberships = [
      { id: 'old', startDate: day('2018-01-01'), endDate: day('2020-12-31') },
      { id: 'recent', startDate: day('2021-01-01'), endDate: day('2025-12-31') },
      { id: 'now', startDate: day('2026-01-01'), endDate: null },
      { id: 'soon', startDate: day('2026-09-01'), endDate: null },
      { id: 'always', startDate: null, endDate: null },
    ]
    const { current, past } = splitMemberships(memberships, today)
    expect(current.map((m) => m.id)).toEqual(['always', 'now', 'soon'])
    expect(past.map((m) => m.id)).toEqual(['recent', 'old'])
  })
})
