import { describe, expect, it } from 'vitest'
import { sensitiveFlags } from './consent.ts'

const consent = new Date(Date.UTC(2026, 2, 1))

describe('sensitive flags of a membership', () => {
  it('stores a ticked box only together with the consent date', () => {
    expect(sensitiveFlags({ expertByExperience: true, isClient: false, consentDate: consent })).toEqual({
      expertByExperience: true,
      isClient: null,
      consentDate: consent,
    })
  })

  it('refuses a ticked box without a consent date', () => {
    expect(sensitiveFlags({ expertByExperience: false, isClient: true, consentDate: null })).toBeNull()
  })

  it('stores nothing at all when no box is ticked, even with a consent date', () => {
    expect(sensitiveFlags({ expertByExperience: false, isClient: false, consentDate: consent })).toEqual({
      expertByExperience: null,
      isClient: null,
      consentDate: null,
    })
  })
})
