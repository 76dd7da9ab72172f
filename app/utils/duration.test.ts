import { describe, expect, it } from 'vitest'
import { formatDuration } from './duration.ts'

describe('time spent in words', () => {
  it('reads as people say it', () => {
    expect(formatDuration(90)).toBe('1 uur en 30 minuten')
    expect(formatDuration(120)).toBe('2 uur')
    expect(formatDuration(45)).toBe('45 minuten')
  })
})
