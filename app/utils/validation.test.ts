import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatPhone, normalisePhone, normalisePostcode, optionalWebsite } from './validation.ts'

describe('Dutch phone numbers', () => {
  it('reads the ways people write the same number as one number', () => {
    for (const written of [
      '058-1234567',
      '058 123 45 67',
      '+31 58 123 4567',
      '+31 (0)58 1234567',
      '0031581234567',
    ]) {
      expect(normalisePhone(written)).toBe('+31581234567')
    }
    expect(normalisePhone('06 12 34 56 78')).toBe('+31612345678')
    expect(normalisePhone('0800-1234')).toBe('+318001234')
  })

  it('rejects nonsense and numbers of the wrong length', () => {
    for (const nonsense of ['bel me', '12345', '058-123456', '06 1234 56789', '+31 0', '']) {
      expect(normalisePhone(nonsense)).toBeNull()
    }
  })

  it('keeps foreign numbers in international form', () => {
    expect(normalisePhone('+49 30 1234567')).toBe('+49301234567')
  })

  it('shows a stored number the way people write it', () => {
    expect(formatPhone('+31612345678')).toBe('06 1234 5678')
    expect(formatPhone('+31581234567')).toBe('058 123 4567')
    expect(formatPhone('+31512963962')).toBe('0512 96 39 62')
  })
})

describe('Dutch postcodes', () => {
  it('writes a postcode as four digits, a space and two capitals', () => {
    expect(normalisePostcode('8911ab')).toBe('8911 AB')
    expect(normalisePostcode(' 8911  AB ')).toBe('8911 AB')
  })

  it('rejects what is not a postcode', () => {
    expect(normalisePostcode('0123 AB')).toBeNull()
    expect(normalisePostcode('8911 A')).toBeNull()
    expect(normalisePostcode('Leeuwarden')).toBeNull()
  })
})

describe('websites', () => {
  const schema = z.object({ website: optionalWebsite })

  it('adds https:// to a bare address', () => {
    expect(schema.parse({ website: 'www.fsu.nl' }).website).toBe('https://www.fsu.nl/')
  })

  it('refuses other schemes and non-addresses', () => {
    expect(schema.safeParse({ website: 'javascript:alert(1)' }).success).toBe(false)
    expect(schema.safeParse({ website: 'geen website' }).success).toBe(false)
  })

  it('stores nothing for an empty field', () => {
    expect(schema.parse({ website: '  ' }).website).toBeNull()
  })
})
