import { describe, expect, it } from 'vitest'
import { calendarDay, dayInputValue, daysBefore, weeksBetween } from './signal-dates.ts'

describe('calendar days of signals', () => {
  it('takes the day as it is in the Netherlands, also just after midnight there', () => {
    expect(dayInputValue(calendarDay(new Date('2026-03-14T23:30:00Z')))).toBe('2026-03-15')
    expect(dayInputValue(calendarDay(new Date('2026-07-01T10:00:00Z')))).toBe('2026-07-01')
  })

  it('counts whole weeks between two days', () => {
    const today = new Date('2026-05-20T00:00:00Z')
    expect(weeksBetween(daysBefore(today, 49), today)).toBe(7)
    expect(weeksBetween(daysBefore(today, 48), today)).toBe(6)
    expect(weeksBetween(today, daysBefore(today, 3))).toBe(0)
  })
})
