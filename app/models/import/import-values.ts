// Reading single cells of an import: text that an export protected against formulas, dates
// as people write them, organisation types and membership roles by their Dutch label, and
// the "Organisatie (rol), …" lists of the people export.

import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '~/models/organisation/organisation-types.ts'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { foldText } from '~/models/person/search-text.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { headerKey } from './import-fields.ts'

// Returns a cell as the text it stood for before an export protected it against formulas
// (app/utils/csv.ts): "'=SUM(A1)" → "=SUM(A1)", "'+32 2 123 45 67" → "+32 2 123 45 67".
// Only an apostrophe before =, +, -, @, a tab or a CR is taken off, so "'s-Hertogenbosch"
// stays as it is. A formula itself is never run: it is stored as the text it is.
export function restoreFormulaText(cell: string) {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

// Returns a name as compared for duplicates: case, accents and spacing do not count.
export function nameKey(name: string) {
  return foldText(name).replace(/\s+/g, ' ').trim()
}

// Returns the calendar day of a date written dd-mm-jjjj (also d-m-jjjj, with / or . between)
// or jjjj-mm-dd, as the date-only value Raadnet stores; null when it is no real date.
export function parseImportDate(text: string) {
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text.trim())
  if (dutch) {
    const [, day = '', month = '', year = ''] = dutch
    return parseDateOnly(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`)
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim())
  if (iso) {
    const [, year = '', month = '', day = ''] = iso
    return parseDateOnly(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`)
  }
  return null
}

// Returns a lookup from what people write (compared as headerKey compares) to a value: the
// value itself, its Dutch label, and the extra words in `synonyms`.
function lookupTable<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  synonyms: Record<string, T>,
) {
  const table = new Map<string, T>(Object.entries(synonyms))
  for (const value of values) {
    table.set(headerKey(value), value)
    table.set(headerKey(label(value)), value)
  }
  return table
}

let organisationTypes: Map<string, OrganisationType> | undefined
let membershipRoles: Map<string, MembershipRole> | undefined

// Returns the organisation type a cell names ("Wmo-adviesraad", "participatieraad",
// "WMO_COUNCIL"), or null.
export function organisationTypeFromText(text: string): OrganisationType | null {
  organisationTypes ??= lookupTable(ORGANISATION_TYPES, organisationTypeLabel, {
    clientenraad: 'CLIENT_COUNCIL_WI',
    clientenraadwi: 'CLIENT_COUNCIL_WI',
    clientenraadwerkeninkomen: 'CLIENT_COUNCIL_WI',
    wmoraad: 'WMO_COUNCIL',
    participatieraad: 'SOCIAL_DOMAIN_COUNCIL',
    jeugdraad: 'YOUTH_COUNCIL',
    uwvclientenraad: 'UWV_COUNCIL',
    spreekuur: 'SUPPORT_POINT',
    steunpuntorganisatie: 'SUPPORT_ORG',
    partner: 'PARTNER',
    werkbezoek: 'SITE',
    landelijkeorganisatie: 'NATIONAL_BODY',
  })
  return organisationTypes.get(headerKey(text)) ?? null
}

// Returns the membership role a cell names ("Voorzitter", "vice-voorzitter", "wethouder"),
// or null.
export function membershipRoleFromText(text: string): MembershipRole | null {
  membershipRoles ??= lookupTable(MEMBERSHIP_ROLES, membershipRoleLabel, {
    voorzitster: 'voorzitter',
    vicevoorzitster: 'vicevoorzitter',
    wethouder: 'wethouder / portefeuillehouder',
    portefeuillehouder: 'wethouder / portefeuillehouder',
    chair: 'voorzitter',
    chairman: 'voorzitter',
    chairperson: 'voorzitter',
    member: 'lid',
    secretary: 'secretaris',
    treasurer: 'penningmeester',
  })
  return membershipRoles.get(headerKey(text)) ?? null
}

// Returns the names in a list cell ("Leeuwarden, Súdwest-Fryslân" or one per line).
export function splitList(text: string) {
  return text
    .split(/[,;|\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
}

let rolePattern: RegExp | undefined

// Returns the organisations and roles in a cell as the people export writes them
// ("Wmo-raad Franeker (Voorzitter), Cliëntenraad Sneek (Lid)"), or null when the cell does
// not read that way. Parentheses in an organisation's name are fine: only a known role in
// the last parentheses before a comma counts.
export function parseOrganisationsWithRoles(text: string) {
  if (!rolePattern) {
    const names = MEMBERSHIP_ROLES.flatMap((role) => [role, membershipRoleLabel(role)])
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    rolePattern = new RegExp(`\\s*(.+?)\\s*\\((${names.join('|')})\\)\\s*(?:,|$)`, 'iy')
  }
  const found: { organisation: string; role: MembershipRole }[] = []
  const trimmed = text.trim()
  rolePattern.lastIndex = 0
  while (rolePattern.lastIndex < trimmed.length) {
    const match = rolePattern.exec(trimmed)
    const role = match?.[2] ? membershipRoleFromText(match[2]) : null
    if (!match?.[1] || !role) return null
    found.push({ organisation: match[1], role })
  }
  return found
}
