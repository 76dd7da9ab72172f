import { describe, expect, it } from 'vitest'
import { DuplicateIndex, organisationMatchKeys, personMatchKeys } from './import-match.ts'

describe('likely duplicate organisations', () => {
  const index = new DuplicateIndex()
  index.add(
    { source: 'existing', id: 'o1', name: 'Wmo-raad Súdwest' },
    organisationMatchKeys({ name: 'Wmo-raad Súdwest', municipalityIds: ['sudwest', 'joure'] }),
  )
  index.add(
    { source: 'existing', id: 'o2', name: 'Partoer' },
    organisationMatchKeys({ name: 'Partoer', municipalityIds: [] }),
  )

  it('share the name (case, accents and spacing aside) and a municipality', () => {
    expect(
      index.find(organisationMatchKeys({ name: 'WMO-RAAD  sudwest', municipalityIds: ['joure'] })),
    ).toEqual([{ source: 'existing', id: 'o1', name: 'Wmo-raad Súdwest', reason: 'sameNameAndMunicipality' }])
    expect(index.find(organisationMatchKeys({ name: 'Partoer', municipalityIds: [] }))).toHaveLength(1)
  })

  it('are not the same name elsewhere, nor another name in the same municipality', () => {
    expect(
      index.find(organisationMatchKeys({ name: 'Wmo-raad Súdwest', municipalityIds: ['leeuwarden'] })),
    ).toEqual([])
    expect(index.find(organisationMatchKeys({ name: 'Partoer', municipalityIds: ['leeuwarden'] }))).toEqual(
      [],
    )
    expect(
      index.find(organisationMatchKeys({ name: 'Jongerenraad Súdwest', municipalityIds: ['sudwest'] })),
    ).toEqual([])
  })
})

describe('likely duplicate people', () => {
  it('share an e-mail address, or the name within an organisation; stored records come first', () => {
    const index = new DuplicateIndex()
    index.add(
      { source: 'existing', id: 'p1', name: 'Jan de Vries' },
      personMatchKeys({ name: 'Jan de Vries', email: 'jan@example.org', organisationIds: ['raad'] }),
    )
    index.add(
      { source: 'row', row: 2, name: 'J. de Vries' },
      personMatchKeys({ name: 'J. de Vries', email: 'JAN@example.org', organisationIds: [] }),
    )
    expect(
      index.find(
        personMatchKeys({ name: 'Jan de Vries', email: 'jan@example.org', organisationIds: ['raad'] }),
      ),
    ).toEqual([
      { source: 'existing', id: 'p1', name: 'Jan de Vries', reason: 'sameEmail' },
      { source: 'row', row: 2, name: 'J. de Vries', reason: 'sameEmail' },
    ])
    expect(
      index.find(personMatchKeys({ name: 'jan de vries', email: null, organisationIds: ['raad'] })),
    ).toEqual([{ source: 'existing', id: 'p1', name: 'Jan de Vries', reason: 'sameNameInOrganisation' }])
    expect(
      index.find(personMatchKeys({ name: 'Jan de Vries', email: null, organisationIds: ['andere'] })),
    ).toEqual([])
  })
})
