import { describe, expect, it } from 'vitest'
import { parseTimeSpent, timeSpentInputValue } from './time-spent.ts'

describe('reading the time spent', () => {
  it('reads hours and minutes, decimal hours with a comma or a point, and whole hours', () => {
    expect(parseTimeSpent('1:30')).toEqual({ ok: true, minutes: 90 })
    expect(parseTimeSpent('0:45')).toEqual({ ok: true, minutes: 45 })
    expect(parseTimeSpent('1,5')).toEqual({ ok: true, minutes: 90 })
    expect(parseTimeSpent('0.25')).toEqual({ ok: true, minutes: 15 })
    expect(parseTimeSpent(' 2 ')).toEqual({ ok: true, minutes: 120 })
    expect(parseTimeSpent('24:00')).toEqual({ ok: true, minutes: 1440 })
  })

  it('treats an empty field as "not recorded"', () => {
    expect(parseTimeSpent('')).toEqual({ ok: true, minutes: null })
  })

  it('refuses negative times, more than a day and things that are not a time', () => {
    expect(parseTimeSpent('-1')).toEqual({ ok: false, reason: 'negative' })
    expect(parseTimeSpent('-0:30')).toEqual({ ok: false, reason: 'negative' })
    expect(parseTimeSpent('25:00')).toEqual({ ok: false, reason: 'tooLong' })
    expect(parseTimeSpent('24,5')).toEqual({ ok: false, reason: 'tooLong' })
    expect(parseTimeSpent('anderhalf uur')).toEqual({ ok: false, reason: 'invalid' })
    expect(parseTimeSpent('1:75')).toEqual({ ok: false, reason: 'invalid' })
  })

  it('shows stored minutes as hours and minutes', () => {
    expect(timeSpentInputValue(90)).toBe('1:30')
    expect(timeSpentInputValue(5)).toBe('0:05')
    expect(timeSpentInputValue(null)).toBe('')
  })
})
