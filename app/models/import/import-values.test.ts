import { describe, expect, it } from 'vitest'
import { neutraliseFormula } from '~/utils/csv.ts'
import {
  membershipRoleFromText,
  nameKey,
  organisationTypeFromText,
  parseImportDate,
  parseOrganisationsWithRoles,
  restoreFormulaText,
  splitList,
} from './import-values.ts'

describe('text that an export protected against formulas', () => {
  it('comes back as it was before the export', () => {
    for (const original of ['=SUM(A1:A3)', '+31 58 123 4567', '-', '@raad', '=HYPERLINK("x";"y")']) {
      expect(restoreFormulaText(neutraliseFormula(original))).toBe(original)
    }
  })

  it('keeps an apostrophe that is part of the text, and formulas as plain text', () => {
    expect(restoreFormulaText("'s-Hertogenbosch")).toBe("'s-Hertogenbosch")
    expect(restoreFormulaText("'t Harde")).toBe("'t Harde")
    expect(restoreFormulaText('=SUM(A1)')).toBe('=SUM(A1)')
  })
})

describe('reading cells', () => {
  it('reads dates as dd-mm-jjjj, d-m-jjjj, with / or ., and as jjjj-mm-dd', () => {
    const day = new Date(Date.UTC(2024, 2, 1))
    for (const text of ['01-03-2024', '1-3-2024', '01/03/2024', '1.3.2024', '2024-03-01', ' 2024-3-1 ']) {
      expect(parseImportDate(text), text).toEqual(day)
    }
    for (const text of ['31-02-2024', '2024-13-01', '01-03-24', 'maart 2024', '']) {
      expect(parseImportDate(text), text).toBeNull()
    }
  })

  it('knows organisation types by label, code and common names', () => {
    expect(organisationTypeFromText('Wmo-adviesraad')).toBe('WMO_COUNCIL')
    expect(organisationTypeFromText('cliëntenraad werk en inkomen')).toBe('CLIENT_COUNCIL_WI')
    expect(organisationTypeFromText('Participatieraad')).toBe('SOCIAL_DOMAIN_COUNCIL')
    expect(organisationTypeFromText('SUPPORT_POINT')).toBe('SUPPORT_POINT')
    expect(organisationTypeFromText('UWV-cliëntenraad (regionaal)')).toBe('UWV_COUNCIL')
    expect(organisationTypeFromText('Buurtvereniging')).toBeNull()
  })

  it('knows membership roles by label and common names', () => {
    expect(membershipRoleFromText('Voorzitter')).toBe('voorzitter')
    expect(membershipRoleFromText('vice-voorzitter')).toBe('vicevoorzitter')
    expect(membershipRoleFromText('Wethouder')).toBe('wethouder / portefeuillehouder')
    expect(membershipRoleFromText('AMBTELIJK SECRETARIS')).toBe('ambtelijk secretaris')
    expect(membershipRoleFromText('koning')).toBeNull()
  })

  it('splits lists and compares names without case, accents and spacing', () => {
    expect(splitList('Leeuwarden, Súdwest-Fryslân;Harlingen\n')).toEqual([
      'Leeuwarden',
      'Súdwest-Fryslân',
      'Harlingen',
    ])
    expect(nameKey('  Cliëntenraad   SÚDWEST ')).toBe(nameKey('clientenraad súdwest'))
  })

  it('reads the "Organisatie (rol), …" lists of the people export, parentheses in names included', () => {
    expect(
      parseOrganisationsWithRoles(
        'SUNOF (Steunpunt Noord-Oost Fryslân) (Voorzitter), Wmo-raad Franeker (Lid), Raad, Sneek (Wethouder / portefeuillehouder)',
      ),
    ).toEqual([
      { organisation: 'SUNOF (Steunpunt Noord-Oost Fryslân)', role: 'voorzitter' },
      { organisation: 'Wmo-raad Franeker', role: 'lid' },
      { organisation: 'Raad, Sneek', role: 'wethouder / portefeuillehouder' },
    ])
    expect(parseOrganisationsWithRoles('Wmo-raad Franeker')).toBeNull()
    expect(parseOrganisationsWithRoles('Wmo-raad (Koning)')).toBeNull()
  })
})
