import { describe, expect, it } from 'vitest'
import { safeRedirect } from './redirect.ts'

describe('redirect after login', () => {
  it('returns a local path as it is', () => {
    expect(safeRedirect('/beheer/gebruikers?x=1')).toBe('/beheer/gebruikers?x=1')
  })

  it('refuses other sites, however they are written', () => {
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('//evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect('javascript:alert(1)')).toBe('/')
    expect(safeRedirect('/%0a\n//evil')).toBe('/')
  })

  it('does not send a user back to the login page', () => {
    expect(safeRedirect('/login')).toBe('/')
    expect(safeRedirect('/logout', '/start')).toBe('/start')
  })

  it('falls back when nothing is given', () => {
    expect(safeRedirect(null)).toBe('/')
    expect(safeRedirect('')).toBe('/')
  })
})
