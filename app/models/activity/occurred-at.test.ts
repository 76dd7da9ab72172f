import { describe, expect, it } from 'vitest'
import { parseDateOnly } from '~/utils/dates.ts'
import { dayOutOfRange, localMoment, localParts, normaliseTime } from './occurred-at.ts'

const day = (text: string) => parseDateOnly(text) ?? new Date(Number.NaN)

describe('the moment of an activity', () => {
  it('turns Dutch local time into UTC on both sides of the clock change', () => {
    expect(localMoment(day('2026-03-29'), '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(localMoment(day('2026-03-29'), '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    // 02:30 does not exist that night; it is read as 03:30 summer time.
    expect(localMoment(day('2026-03-29'), '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(localMoment(day('2026-07-15'), '14:00').toISOString()).toBe('2026-07-15T12:00:00.000Z')
  })

  it('puts an activity without a time at noon, Dutch time', () => {
    expect(localMoment(day('2026-01-10'), null).toISOString()).toBe('2026-01-10T11:00:00.000Z')
    expect(localMoment(day('2026-06-10'), null).toISOString()).toBe('2026-06-10T10:00:00.000Z')
  })

  it('shows a stored moment as the Dutch day and time', () => {
    expect(localParts(new Date('2026-03-28T23:30:00Z'))).toEqual({ day: '2026-03-29', time: '00:30' })
  })

  it('accepts days from 1990 up to a year from today', () => {
    const now = new Date('2026-05-01T10:00:00Z')
    expect(dayOutOfRange(day('1989-12-31'), now)).toBe('tooEarly')
    expect(dayOutOfRange(day('1990-01-01'), now)).toBeNull()
    expect(dayOutOfRange(day('2027-05-01'), now)).toBeNull()
    expect(dayOutOfRange(day('2027-05-02'), now)).toBe('tooLate')
  })

  it('reads times of day as the time input sends them', () => {
    expect(normaliseTime('9:05')).toBe('09:05')
    expect(normaliseTime('14:30:00')).toBe('14:30')
    expect(normaliseTime('25:00')).toBeNull()
  })
})
