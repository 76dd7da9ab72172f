import { describe, expect, it } from 'vitest'
import { hasRole, isRole } from './roles.ts'

describe('role order', () => {
  it('lets an admin do what every other role may do', () => {
    expect(hasRole('beheerder', 'lezer')).toBe(true)
    expect(hasRole('beheerder', 'opbouwwerker')).toBe(true)
    expect(hasRole('beheerder', 'coordinator')).toBe(true)
    expect(hasRole('beheerder', 'beheerder')).toBe(true)
  })

  it('keeps a viewer to reading', () => {
    expect(hasRole('lezer', 'lezer')).toBe(true)
    expect(hasRole('lezer', 'opbouwwerker')).toBe(false)
  })

  it('ranks a coordinator above a worker but below an admin', () => {
    expect(hasRole('coordinator', 'opbouwwerker')).toBe(true)
    expect(hasRole('coordinator', 'beheerder')).toBe(false)
    expect(hasRole('opbouwwerker', 'coordinator')).toBe(false)
  })

  it('grants nothing to an unknown role', () => {
    expect(isRole('root')).toBe(false)
    expect(hasRole('root', 'lezer')).toBe(false)
  })
})
