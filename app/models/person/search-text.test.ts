import { describe, expect, it } from 'vitest'
import { compareMembers, compareNames, membershipRoleLabel } from './membership-roles.ts'
import { foldText, matchesAllWords } from './search-text.ts'

describe('searching names', () => {
  it('ignores case and accents', () => {
    expect(foldText('Cliëntenraad Ÿpé')).toBe('clientenraad ype')
    expect(matchesAllWords('Anneke de Vrïes', 'VRIES')).toBe(true)
    expect(matchesAllWords('José Müller', 'jose muller')).toBe(true)
  })

  it('needs every word typed, in any order, and matches everyone for an empty search', () => {
    expect(matchesAllWords('Jan de Jong', 'jong jan')).toBe(true)
    expect(matchesAllWords('Jan de Jong', 'jan smit')).toBe(false)
    expect(matchesAllWords('Jan de Jong', '   ')).toBe(true)
  })
})

describe('ordering members', () => {
  it('puts names in Dutch alphabetical order whatever their accents or capitals', () => {
    expect(['émile', 'Zoë', 'anna', 'Bert'].sort(compareNames)).toEqual(['anna', 'Bert', 'émile', 'Zoë'])
  })

  it('puts the chair before the secretary before members, then sorts by name', () => {
    const members = [
      { role: 'lid', name: 'Aart' },
      { role: 'secretaris', name: 'Zwaan' },
      { role: 'onbekende rol', name: 'Bas' },
      { role: 'voorzitter', name: 'Yvonne' },
      { role: 'lid', name: 'Aad' },
    ]
    expect(members.sort(compareMembers).map((member) => member.name)).toEqual([
      'Yvonne',
      'Zwaan',
      'Aad',
      'Aart',
      'Bas',
    ])
  })

  it('labels every known role in Dutch and shows an unknown one as stored', () => {
    expect(membershipRoleLabel('ambtelijk secretaris')).toBe('Ambtelijk secretaris')
    expect(membershipRoleLabel('kwartiermaker')).toBe('kwartiermaker')
  })
})
