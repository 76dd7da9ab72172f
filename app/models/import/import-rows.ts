// One import row read into the record it would store, or the reasons it cannot be: a Dutch
// message (reference) per bad field. Text fields are checked with the same rules as the
// organisation and person forms; municipalities, organisations, types and roles are looked
// up by name in maps the server builds once per import.
import { z } from 'zod'
import { OrganisationFormSchema } from '~/models/organisation/organisation.schema.ts'
import type { MembershipRole, OrganisationType } from '~/models/organisation/organisation-types.ts'
import { PersonUpdateSchema } from '~/models/person/person.schema.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import type { CsvRow } from './csv-table.ts'
import type { ImportField, ImportMapping } from './import-fields.ts'
import {
  membershipRoleFromText,
  nameKey,
  organisationTypeFromText,
  parseImportDate,
  parseOrganisationsWithRoles,
  restoreFormulaText,
  splitList,
} from './import-values.ts'

export type RowError = { field: ImportField | 'row'; message: string; value?: string }

export type MunicipalityChoice = {
  id: string
  name: string
  cbsCode: string
  current: boolean
  successors: string[]
}
export type OrganisationChoice = { id: string; name: string; active: boolean }

export type ImportLookups = {
  municipalities: Map<string, MunicipalityChoice[]>
  organisations: Map<string, OrganisationChoice[]>
}

export type OrganisationRecord = {
  name: string
  type: OrganisationType
  municipalityIds: string[]
  municipalityNames: string[]
  address: string | null
  postcode: string | null
  city: string | null
  email: string | null
  phone: string | null
  website: string | null
}

export type MembershipRecord = {
  organisationId: string
  organisationName: string
  role: MembershipRole
  startDate: Date | null
  endDate: Date | null
}

export type PersonRecord = {
  name: string
  email: string | null
  phone: string | null
  memberships: MembershipRecord[]
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] }

type Cells = Partial<Record<ImportField, string>>

const { name, address, postcode, city, email, phone, website } = OrganisationFormSchema.shape
const OrganisationTextSchema = z.object({ name, address, postcode, city, email, phone, website })
const PersonTextSchema = PersonUpdateSchema.pick({ name: true, email: true, phone: true })

// Returns a map from key to every item with that key.
function groupBy<T>(items: readonly T[], keysOf: (item: T) => string[]) {
  const map = new Map<string, T[]>()
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = map.get(key)
      if (list) list.push(item)
      else map.set(key, [item])
    }
  }
  return map
}

// Returns the lookups of an import: municipalities by name and by CBS code, organisations
// by name (both compared without case and accents).
export function buildLookups({
  municipalities,
  organisations,
}: {
  municipalities: readonly MunicipalityChoice[]
  organisations: readonly OrganisationChoice[]
}): ImportLookups {
  return {
    municipalities: groupBy(municipalities, (municipality) => [
      nameKey(municipality.name),
      municipality.cbsCode.toUpperCase(),
    ]),
    organisations: groupBy(organisations, (organisation) => [nameKey(organisation.name)]),
  }
}

// Returns the cells of a row by field, as the mapping assigns them; text that an export
// protected against formulas gets its original form back.
export function rowCells(header: readonly string[], row: CsvRow, mapping: ImportMapping): Cells {
  const cells: Cells = {}
  for (const [field, column] of Object.entries(mapping) as [ImportField, string][]) {
    const index = header.indexOf(column)
    if (index !== -1) cells[field] = restoreFormulaText(row.cells[index] ?? '').trim()
  }
  return cells
}

// Returns the errors of the text fields that `schema` checks, or the parsed values.
function parseText<S extends z.ZodType>(schema: S, cells: Cells) {
  const result = schema.safeParse(cells)
  if (result.success) return { value: result.data as z.output<S>, errors: [] as RowError[] }
  const errors: RowError[] = []
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'row') as ImportField
    if (errors.some((error) => error.field === field)) continue
    errors.push({ field, message: issue.message, value: cells[field] })
  }
  return { value: null, errors }
}

// Returns the municipality a cell names by name or CBS code ("GM0080", "80"), or the
// message why not: unknown, or merged into another municipality.
function findMunicipality(text: string, lookups: ImportLookups) {
  const code = /^(?:gm)?\s*(\d{1,4})$/i.exec(text)
  const key = code ? `GM${(code[1] ?? '').padStart(4, '0')}` : nameKey(text)
  const candidates = lookups.municipalities.get(key) ?? []
  const current = candidates.find((municipality) => municipality.current)
  if (current) return { ok: true as const, municipality: current }
  const merged = candidates[0]
  if (merged)
    return {
      ok: false as const,
      message: messageRef('import.value.mergedMunicipality', {
        name: merged.name,
        successors: merged.successors.join(', ') || '—',
      }),
    }
  return { ok: false as const, message: 'import.value.unknownMunicipality' }
}

// Returns an import row of organisations as the record it would create, or its errors.
export function readOrganisationRow(
  row: CsvRow,
  cells: Cells,
  lookups: ImportLookups,
): RowResult<OrganisationRecord> {
  const text = parseText(OrganisationTextSchema, cells)
  const errors = [...text.errors]
  if (row.overflow) errors.unshift({ field: 'row', message: 'import.value.overflow' })
  const typeText = cells.type ?? ''
  const type = organisationTypeFromText(typeText)
  if (!type)
    errors.push({
      field: 'type',
      message: typeText === '' ? 'validation.required' : 'import.value.unknownType',
      value: typeText,
    })
  const municipalities: MunicipalityChoice[] = []
  for (const part of splitList(cells.municipalities ?? '')) {
    const found = findMunicipality(part, lookups)
    if (found.ok) {
      if (!municipalities.includes(found.municipality)) municipalities.push(found.municipality)
    } else errors.push({ field: 'municipalities', message: found.message, value: part })
  }
  if (errors.length > 0 || !text.value || !type) return { ok: false, errors }
  return {
    ok: true,
    value: {
      ...text.value,
      type,
      municipalityIds: municipalities.map((municipality) => municipality.id),
      municipalityNames: municipalities.map((municipality) => municipality.name),
    },
  }
}

// Returns the active organisation a cell names, or the message why there is none.
function findOrganisation(text: string, lookups: ImportLookups) {
  const candidates = lookups.organisations.get(nameKey(text)) ?? []
  const active = candidates.filter((organisation) => organisation.active)
  const [only] = active
  if (only && active.length === 1) return { ok: true as const, organisation: only }
  if (active.length > 1) return { ok: false as const, message: 'import.value.ambiguousOrganisation' }
  return {
    ok: false as const,
    message: candidates.length > 0 ? 'import.value.inactiveOrganisation' : 'import.value.unknownOrganisation',
  }
}

// Returns a date cell as a date-only value (null when empty), or adds its error.
function readDate(field: 'startDate' | 'endDate', cells: Cells, errors: RowError[]) {
  const value = cells[field] ?? ''
  if (value === '') return null
  const date = parseImportDate(value)
  if (!date) errors.push({ field, message: 'import.value.date', value })
  return date
}

// Returns the membership of the organisation, role and date columns, or null when the row
// names no organisation; adds the errors it finds.
function readMembership(cells: Cells, lookups: ImportLookups, errors: RowError[]): MembershipRecord | null {
  const organisationText = cells.organisation ?? ''
  const roleText = cells.role ?? ''
  const startDate = readDate('startDate', cells, errors)
  const endDate = readDate('endDate', cells, errors)
  if (organisationText === '') {
    if (roleText !== '' || cells.startDate || cells.endDate)
      errors.push({ field: 'organisation', message: 'import.value.organisationRequired' })
    return null
  }
  const organisation = findOrganisation(organisationText, lookups)
  if (!organisation.ok)
    errors.push({ field: 'organisation', message: organisation.message, value: organisationText })
  const role = roleText === '' ? null : membershipRoleFromText(roleText)
  if (!role)
    errors.push({
      field: 'role',
      message: roleText === '' ? 'import.value.roleRequired' : 'import.value.unknownRole',
      value: roleText,
    })
  if (startDate && endDate && endDate < startDate)
    errors.push({ field: 'endDate', message: 'validation.endBeforeStart', value: cells.endDate })
  if (!organisation.ok || !role) return null
  return {
    organisationId: organisation.organisation.id,
    organisationName: organisation.organisation.name,
    role,
    startDate,
    endDate,
  }
}

// Returns the memberships of an "Organisatie (rol), …" cell; adds the errors it finds.
function readMembershipList(cells: Cells, lookups: ImportLookups, errors: RowError[]) {
  const text = cells.memberships ?? ''
  if (text === '') return []
  const entries = parseOrganisationsWithRoles(text)
  if (!entries) {
    errors.push({ field: 'memberships', message: 'import.value.memberships', value: text })
    return []
  }
  return entries.flatMap((entry): MembershipRecord[] => {
    const organisation = findOrganisation(entry.organisation, lookups)
    if (!organisation.ok) {
      errors.push({ field: 'memberships', message: organisation.message, value: entry.organisation })
      return []
    }
    const { id, name } = organisation.organisation
    return [{ organisationId: id, organisationName: name, role: entry.role, startDate: null, endDate: null }]
  })
}

// Returns an import row of people as the person and memberships it would create, or its errors.
export function readPersonRow(row: CsvRow, cells: Cells, lookups: ImportLookups): RowResult<PersonRecord> {
  const text = parseText(PersonTextSchema, cells)
  const errors = [...text.errors]
  if (row.overflow) errors.unshift({ field: 'row', message: 'import.value.overflow' })
  const single = readMembership(cells, lookups, errors)
  const listed = readMembershipList(cells, lookups, errors)
  if (errors.length > 0 || !text.value) return { ok: false, errors }
  // The same organisation and role twice in one row is one membership (the dated one).
  const memberships: MembershipRecord[] = []
  for (const membership of [...(single ? [single] : []), ...listed]) {
    const same = memberships.some(
      (other) => other.organisationId === membership.organisationId && other.role === membership.role,
    )
    if (!same) memberships.push(membership)
  }
  return { ok: true, value: { ...text.value, memberships } }
}
