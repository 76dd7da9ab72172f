import { describe, expect, it } from 'vitest'
import { catalogParts, nl } from './nl.ts'

describe('the Dutch message catalog', () => {
  it('defines every key in exactly one part, so no part silently overrides another', () => {
    const total = Object.values(catalogParts).reduce<number>((sum, part) => sum + Object.keys(part).length, 0)
    expect(Object.keys(nl).length).toBe(total)
  })

  it('has no empty messages', () => {
    expect(Object.entries(nl).filter(([, message]) => message.trim() === '')).toEqual([])
  })
})
