import { describe, expect, it } from 'vitest'
import { checkMapping, guessMapping, headerKey, isKnownHeader, parseStoredMapping } from './import-fields.ts'

describe('matching columns to fields', () => {
  it('compares column names without case, accents, spaces and punctuation', () => {
    expect(headerKey(' E-mailadres ')).toBe('emailadres')
    expect(headerKey("Thema's")).toBe('themas')
    expect(isKnownHeader('Huidige organisaties (rol)')).toBe(true)
    expect(isKnownHeader('Opmerkingen')).toBe(false)
  })

  it("recognises the organisations export's own header, Dutch and English names", () => {
    const exported = [
      'Naam',
      'Soort',
      'Gemeenten',
      'Actief',
      'Adres',
      'Postcode',
      'Plaats',
      'E-mail',
      'Telefoon',
      'Website',
      "Thema's",
    ]
    expect(guessMapping({ kind: 'ORGANISATIONS', header: exported })).toEqual({
      name: 'Naam',
      type: 'Soort',
      municipalities: 'Gemeenten',
      address: 'Adres',
      postcode: 'Postcode',
      city: 'Plaats',
      email: 'E-mail',
      phone: 'Telefoon',
      website: 'Website',
    })
    expect(
      guessMapping({ kind: 'ORGANISATIONS', header: ['Organization', 'Type', 'City', 'Phone'] }),
    ).toEqual({
      name: 'Organization',
      type: 'Type',
      city: 'City',
      phone: 'Phone',
    })
  })

  it('recognises people with memberships, also the people and memberships exports', () => {
    expect(
      guessMapping({ kind: 'PEOPLE', header: ['Naam', 'E-mail', 'Telefoon', 'Huidige organisaties (rol)'] }),
    ).toEqual({ name: 'Naam', email: 'E-mail', phone: 'Telefoon', memberships: 'Huidige organisaties (rol)' })
    expect(
      guessMapping({ kind: 'PEOPLE', header: ['Persoon', 'Organisatie', 'Rol', 'Begin', 'Einde'] }),
    ).toEqual({
      name: 'Persoon',
      organisation: 'Organisatie',
      role: 'Rol',
      startDate: 'Begin',
      endDate: 'Einde',
    })
  })

  it('proposes the remembered column first, where the file has it, and uses every column once', () => {
    const header = ['Naam raad', 'Naam', 'Mail secretariaat', 'E-mail']
    expect(
      guessMapping({
        kind: 'ORGANISATIONS',
        header,
        remembered: { name: 'naam raad', email: 'Mail secretariaat', city: 'Woonplaats' },
      }),
    ).toEqual({ name: 'Naam raad', email: 'Mail secretariaat' })
  })
})

describe('checking a chosen mapping', () => {
  const header = ['Naam', 'Soort', 'Plaats']

  it('accepts existing columns, each for one field', () => {
    expect(
      checkMapping({
        kind: 'ORGANISATIONS',
        header,
        chosen: { name: 'Naam', type: 'Soort', city: '', email: '' },
      }),
    ).toEqual({ mapping: { name: 'Naam', type: 'Soort' }, errors: {} })
  })

  it('refuses a missing required field, an unknown column and a column used twice', () => {
    expect(
      checkMapping({
        kind: 'ORGANISATIONS',
        header,
        chosen: { name: 'Plaats', type: '', city: 'Plaats', email: 'Mail' },
      }),
    ).toEqual({
      mapping: { name: 'Plaats' },
      errors: {
        type: 'import.mapping.required',
        city: 'import.mapping.columnTwice?column=Plaats',
        email: 'import.mapping.unknownColumn?column=Mail',
      },
    })
  })

  it('reads a stored mapping, dropping what does not belong to the kind', () => {
    expect(parseStoredMapping('PEOPLE', '{"name":"Naam","type":"Soort","role":3}')).toEqual({ name: 'Naam' })
    expect(parseStoredMapping('PEOPLE', 'geen json')).toEqual({})
    expect(parseStoredMapping('PEOPLE', null)).toEqual({})
  })
})
