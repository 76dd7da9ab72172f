import { describe, expect, it } from 'vitest'
import { formatDateOnly, formatDateTime, parseDateOnly } from './dates.ts'

describe('Dutch dates and times', () => {
  it('shows a winter time in Dutch time (UTC+1)', () => {
    expect(formatDateTime(new Date('2026-11-26T13:05:00Z'))).toBe('26 november 2026 om 14:05')
  })

  it('shows a summer time in Dutch summer time (UTC+2)', () => {
    expect(formatDateTime(new Date('2026-07-01T17:30:00Z'))).toBe('1 juli 2026 om 19:30')
  })

  it('handles the night the clocks go back', () => {
    // 25 October 2026, 00:30 and 01:30 UTC are 02:30 summer time and 02:30 winter time.
    expect(formatDateTime(new Date('2026-10-25T00:30:00Z'))).toBe('25 oktober 2026 om 02:30')
    expect(formatDateTime(new Date('2026-10-25T01:30:00Z'))).toBe('25 oktober 2026 om 02:30')
  })

  it('keeps a date-only value on its own calendar day', () => {
    expect(formatDateOnly(parseDateOnly('2018-12-31') ?? new Date(0))).toBe('31 december 2018')
  })

  it('rejects impossible calendar days', () => {
    expect(parseDateOnly('2026-02-30')).toBeNull()
    expect(parseDateOnly('31-12-2018')).toBeNull()
  })
})
