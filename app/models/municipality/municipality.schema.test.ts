import { describe, expect, it } from 'vitest'
import { parsePopulation } from './municipality.schema.ts'

describe('reading a number of inhabitants', () => {
  it('accepts a whole number written with or without Dutch thousands separators', () => {
    expect(parsePopulation('27852')).toBe(27852)
    expect(parsePopulation(' 27.852 ')).toBe(27852)
    expect(parsePopulation('1 234 567')).toBe(1234567)
    expect(parsePopulation('0')).toBe(0)
  })

  it('refuses negative, fractional and badly grouped numbers', () => {
    expect(parsePopulation('-5')).toBeNull()
    expect(parsePopulation('27,5')).toBeNull()
    expect(parsePopulation('2.78.52')).toBeNull()
    expect(parsePopulation('veel')).toBeNull()
  })
})
