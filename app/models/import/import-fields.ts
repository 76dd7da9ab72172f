// What a CSV import can fill in, per kind, and how the file's columns are matched to it:
// the last mapping used (ImportMapping) first, then column names people commonly use, in
// Dutch and English. Labels live in the catalog under import.field.*.
import { foldText } from '~/models/person/search-text.ts'
import { messageRef } from '~/utils/i18n/index.ts'

export const IMPORT_KINDS = ['ORGANISATIONS', 'PEOPLE'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export const ORGANISATION_FIELDS = [
  'name',
  'type',
  'municipalities',
  'address',
  'postcode',
  'city',
  'email',
  'phone',
  'website',
] as const
export const PERSON_FIELDS = [
  'name',
  'email',
  'phone',
  'organisation',
  'role',
  'startDate',
  'endDate',
  'memberships',
] as const

export type OrganisationField = (typeof ORGANISATION_FIELDS)[number]
export type PersonField = (typeof PERSON_FIELDS)[number]
export type ImportField = OrganisationField | PersonField

export const IMPORT_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  ORGANISATIONS: ORGANISATION_FIELDS,
  PEOPLE: PERSON_FIELDS,
}

const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  ORGANISATIONS: ['name', 'type'],
  PEOPLE: ['name'],
}

/** Which column (by its header text) fills which field; unmapped fields are absent. */
export type ImportMapping = Partial<Record<ImportField, string>>

// Returns true when `value` is one of the import kinds.
export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value)
}

// Returns true when a field must be mapped to a column before a preview can be made.
export function isRequiredField(kind: ImportKind, field: ImportField) {
  return REQUIRED_FIELDS[kind].includes(field)
}

// Returns a column name as compared: lower case, no accents, letters and digits only
// ("E-mailadres" → "emailadres", "Thema's" → "themas").
export function headerKey(header: string) {
  return foldText(header).replace(/[^a-z0-9]/g, '')
}

// Column names (as headerKey gives them) that mean a field, most likely first.
const SYNONYMS: Record<ImportKind, Partial<Record<ImportField, string[]>>> = {
  ORGANISATIONS: {
    name: [
      'naam',
      'organisatie',
      'organisatienaam',
      'naamorganisatie',
      'raad',
      'name',
      'organisation',
      'organization',
      'organisationname',
      'organizationname',
    ],
    type: [
      'soort',
      'soortorganisatie',
      'organisatiesoort',
      'type',
      'organisatietype',
      'categorie',
      'kind',
      'category',
    ],
    municipalities: ['gemeenten', 'gemeente', 'gemeentecode', 'cbscode', 'municipalities', 'municipality'],
    address: ['adres', 'bezoekadres', 'postadres', 'straat', 'straatenhuisnummer', 'address', 'street'],
    postcode: ['postcode', 'postalcode', 'zipcode', 'zip'],
    city: ['plaats', 'woonplaats', 'vestigingsplaats', 'stad', 'city', 'town'],
    email: ['email', 'emailadres', 'mail', 'mailadres', 'emailaddress'],
    phone: ['telefoon', 'telefoonnummer', 'tel', 'telnr', 'phone', 'phonenumber', 'telephone'],
    website: ['website', 'webadres', 'internet', 'url', 'homepage', 'web'],
  },
  PEOPLE: {
    name: ['naam', 'persoon', 'volledigenaam', 'contactpersoon', 'name', 'fullname', 'person'],
    email: ['email', 'emailadres', 'mail', 'mailadres', 'emailaddress'],
    phone: [
      'telefoon',
      'telefoonnummer',
      'tel',
      'telnr',
      'mobiel',
      'mobielnummer',
      'phone',
      'phonenumber',
      'mobile',
    ],
    organisation: ['organisatie', 'raad', 'organisatienaam', 'organisation', 'organization', 'council'],
    role: ['rol', 'functie', 'role', 'function', 'position'],
    startDate: [
      'begin',
      'begindatum',
      'startdatum',
      'lidsinds',
      'ingangsdatum',
      'vanaf',
      'start',
      'startdate',
      'since',
    ],
    endDate: ['einde', 'einddatum', 'lidtot', 'tot', 'end', 'enddate', 'until'],
    memberships: [
      'huidigeorganisatiesrol',
      'organisatiesrol',
      'organisatiesmetrol',
      'lidmaatschappen',
      'memberships',
    ],
  },
}

const KNOWN_HEADERS = new Set(
  Object.values(SYNONYMS).flatMap((fields) => Object.values(fields).flatMap((keys) => keys ?? [])),
)

// Returns true when a column name is one the import recognises for some field.
export function isKnownHeader(header: string) {
  return KNOWN_HEADERS.has(headerKey(header))
}

// Returns the mapping proposed for a file: a remembered column where the file has it, then
// for each other field the first unused column whose name means that field.
export function guessMapping({
  kind,
  header,
  remembered = {},
}: {
  kind: ImportKind
  header: readonly string[]
  remembered?: ImportMapping
}): ImportMapping {
  const mapping: ImportMapping = {}
  const used = new Set<string>()
  const byKey = new Map<string, string>()
  for (const column of header) if (!byKey.has(headerKey(column))) byKey.set(headerKey(column), column)
  const claim = (field: ImportField, column: string | undefined) => {
    if (column === undefined || used.has(column) || mapping[field] !== undefined) return
    mapping[field] = column
    used.add(column)
  }
  for (const field of IMPORT_FIELDS[kind]) {
    const wanted = remembered[field]
    if (wanted) claim(field, byKey.get(headerKey(wanted)))
  }
  for (const field of IMPORT_FIELDS[kind]) {
    for (const key of SYNONYMS[kind][field] ?? []) claim(field, byKey.get(key))
  }
  return mapping
}

// Returns the mapping a user chose (field → column name; '' for none) checked against the
// file: every column must exist and serve one field, required fields must be mapped. Errors
// are message references per field.
export function checkMapping({
  kind,
  header,
  chosen,
}: {
  kind: ImportKind
  header: readonly string[]
  chosen: Partial<Record<string, string>>
}): { mapping: ImportMapping; errors: Partial<Record<ImportField, string>> } {
  const mapping: ImportMapping = {}
  const errors: Partial<Record<ImportField, string>> = {}
  const owner = new Map<string, ImportField>()
  for (const field of IMPORT_FIELDS[kind]) {
    const column = chosen[field]?.trim() ?? ''
    if (column === '') {
      if (isRequiredField(kind, field)) errors[field] = 'import.mapping.required'
      continue
    }
    if (!header.includes(column)) {
      errors[field] = messageRef('import.mapping.unknownColumn', { column })
      continue
    }
    if (owner.has(column)) {
      errors[field] = messageRef('import.mapping.columnTwice', { column })
      continue
    }
    owner.set(column, field)
    mapping[field] = column
  }
  return { mapping, errors }
}

// Returns a remembered mapping read from its stored JSON; anything unexpected is left out.
export function parseStoredMapping(kind: ImportKind, json: string | null | undefined): ImportMapping {
  if (!json) return {}
  try {
    const value: unknown = JSON.parse(json)
    if (!value || typeof value !== 'object') return {}
    const mapping: ImportMapping = {}
    for (const field of IMPORT_FIELDS[kind]) {
      const column = (value as Record<string, unknown>)[field]
      if (typeof column === 'string' && column !== '') mapping[field] = column
    }
    return mapping
  } catch {
    return {}
  }
}
