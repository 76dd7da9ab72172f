import { describe, expect, it } from 'vitest'
import { endOfDutchDay, endOfWeeksAhead, formatDutchDay, noContactSince } from './dashboard-dates.ts'

describe('the days of the dashboard', () => {
  it('ends today at midnight in the Netherlands, summer or winter', () => {
    expect(endOfDutchDay(new Date('2026-07-01T08:00:00Z')).toISOString()).toBe('2026-07-01T21:59:59.999Z')
    // 23:30 UTC on 31 December is already 1 January in the Netherlands.
    expect(endOfDutchDay(new Date('2025-12-31T23:30:00Z')).toISOString()).toBe('2026-01-01T22:59:59.999Z')
  })

  it('counts "no contact for three months" from the start of that Dutch day', () => {
    expect(noContactSince(new Date('2026-11-26T08:00:00Z'), 3).toISOString()).toBe('2026-08-25T22:00:00.000Z')
    // The last day of a short month stands in for a day it does not have.
    expect(noContactSince(new Date('2026-05-31T10:00:00Z'), 3).toISOString()).toBe('2026-02-27T23:00:00.000Z')
  })

  it('looks eight weeks ahead to the end of that Dutch day, across the change to winter time', () => {
    expect(endOfWeeksAhead(new Date('2026-09-24T08:00:00Z'), 8).toISOString()).toBe(
      '2026-11-19T22:59:59.999Z',
    )
    // 22:30 UTC on Thursday 24 September is already Friday in the Netherlands.
    expect(endOfWeeksAhead(new Date('2026-09-24T22:30:00Z'), 8).toISOString()).toBe(
      '2026-11-20T22:59:59.999Z',
    )
  })

  it('names the Dutch calendar day of a moment', () => {
    expect(formatDutchDay(new Date('2026-03-14T23:30:00Z'))).toBe('15 maart 2026')
    expect(formatDutchDay('2026-11-26T10:00:00.000Z')).toBe('26 november 2026')
  })
})
