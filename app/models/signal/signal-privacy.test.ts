import { describe, expect, it } from 'vitest'
import {
  checkPrivacy,
  findBsnNumbers,
  findEmailAddresses,
  findPhoneNumbers,
  hasContactDetails,
  passesElfproef,
} from './signal-privacy.ts'

describe('the elfproef', () => {
  it('accepts numbers whose weighted sum is a multiple of 11', () => {
    expect(passesElfproef('123456782')).toBe(true)
    expect(passesElfproef('111222333')).toBe(true)
    expect(passesElfproef('999999990')).toBe(true)
  })

  it('refuses numbers that fail the check, all zeros, and anything but nine digits', () => {
    expect(passesElfproef('123456789')).toBe(false)
    expect(passesElfproef('000000000')).toBe(false)
    expect(passesElfproef('12345678')).toBe(false)
    expect(passesElfproef('1234567820')).toBe(false)
  })
})

describe('finding a BSN in a signal', () => {
  it('finds a number that passes the elfproef, written as one or in groups', () => {
    expect(findBsnNumbers('Cliënt met BSN 123456782 kreeg geen antwoord.')).toEqual(['123456782'])
    expect(findBsnNumbers('bsn: 1234.56.782')).toEqual(['1234.56.782'])
    expect(findBsnNumbers('nummer 111 222 333 staat op de brief')).toEqual(['111 222 333'])
    expect(findBsnNumbers('dossier 3 1234.56.782')).toEqual(['1234.56.782'])
    expect(findBsnNumbers('(123456782)')).toEqual(['123456782'])
  })

  it('lets random nine-digit numbers that fail the elfproef through', () => {
    expect(findBsnNumbers('Zaaknummer 123456789 bij de gemeente')).toEqual([])
    expect(findBsnNumbers('kenmerk 987.65.4320')).toEqual([])
  })

  it('does not mistake dates, amounts or phone numbers for a BSN', () => {
    const text = [
      'Op 15-03-2024 en 15.03.2024 kwam de beschikking.',
      'Een terugvordering van € 1.234,56 en later € 123.456.789 voor de hele gemeente.',
      'Het budget is 1.234.567,89 of 111.222.333 euro.',
      'Bel 058 123 4567, 06-12345678 of +31 6 12345678.',
      'Zaken: 2023 1234 mensen.',
    ].join('\n')
    expect(findBsnNumbers(text)).toEqual([])
  })
})

describe('finding contact details in a signal', () => {
  it('finds e-mail addresses', () => {
    expect(findEmailAddresses('Mail naar j.de.vries@example.nl of info@wijkteam.example.org.')).toEqual([
      'j.de.vries@example.nl',
      'info@wijkteam.example.org',
    ])
    expect(findEmailAddresses('Geen adres, wel @twitter')).toEqual([])
  })

  it('finds Dutch phone numbers in the usual ways of writing them', () => {
    expect(
      findPhoneNumbers(
        'Bel 06-12345678, 06 12 34 56 78, 058 123 4567, (0512) 12 34 56, +31 (0)58 123 4567 of 0031 6 1234 5678.',
      ),
    ).toEqual([
      '06-12345678',
      '06 12 34 56 78',
      '058 123 4567',
      '(0512) 12 34 56',
      '+31 (0)58 123 4567',
      '0031 6 1234 5678',
    ])
  })

  it('leaves amounts, dates, years, postcodes and service numbers alone', () => {
    expect(
      hasContactDetails(
        '€ 1.234,56 op 01-02-2024 in 2023; postcode 8911 AB; bel 0800-1234, 0800-123456 of 0900 1234567',
      ),
    ).toBe(false)
  })

  it('reports everything it found in one go', () => {
    expect(checkPrivacy('BSN 123456782, mail a@b.nl, bel 0612345678')).toEqual({
      bsn: ['123456782'],
      emails: ['a@b.nl'],
      phones: ['0612345678'],
    })
  })
})
