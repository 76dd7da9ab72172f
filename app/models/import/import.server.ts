// CSV import of organisations and of people with memberships: the preview (every row new,
// a likely duplicate or in error) and the import itself, all-or-nothing in one transaction.
// Existing records are read once into maps; rows are never looked up one by one, and the
// new records are written in bulk (their ids made here, so links need no read-back).
import { createHash } from 'node:crypto'
import { Prisma } from '~/generated/prisma/client.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { DEFAULT_LEGAL_BASIS, isCouncilType } from '~/models/organisation/organisation-types.ts'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { calendarDay, termsOverlap } from '~/models/person/membership-term.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { newId } from '~/utils/ids.server.ts'
import { readCsv } from './csv-read.ts'
import type { CsvTable } from './csv-table.ts'
import type { ImportChoice } from './import.schema.ts'
import { type ImportKind, type ImportMapping, parseStoredMapping } from './import-fields.ts'
import {
  DuplicateIndex,
  type Match,
  type MatchReason,
  organisationMatchKeys,
  personMatchKeys,
} from './import-match.ts'
import {
  buildLookups,
  type ImportLookups,
  type MembershipRecord,
  type OrganisationRecord,
  type PersonRecord,
  type RowError,
  type RowResult,
  readOrganisationRow,
  readPersonRow,
  rowCells,
} from './import-rows.ts'
import {
  type ImportReport,
  markImported,
  readUpload,
  type StoredUpload,
  saveUpload,
} from './import-upload.server.ts'

type Client = Prisma.TransactionClient | typeof prisma

// A big import writes for a few seconds; other writers wait for it (SQLite has one writer).
const TRANSACTION_TIMEOUT_MS = 120_000

const ORGANISATION_CONTACT_FIELDS = ['address', 'postcode', 'city', 'email', 'phone', 'website'] as const
const PERSON_CONTACT_FIELDS = ['email', 'phone'] as const

type ExistingOrganisation = { id: string; name: string } & Record<
  (typeof ORGANISATION_CONTACT_FIELDS)[number],
  string | null
> & { municipalityIds: string[] }

type ExistingMembership = MembershipRecord & { id: string | null }

type ExistingPerson = {
  id: string
  name: string
  email: string | null
  phone: string | null
  memberships: ExistingMembership[]
}

type Existing = {
  lookups: ImportLookups
  organisations: Map<string, ExistingOrganisation>
  people: Map<string, ExistingPerson>
}

// Returns what an import compares its rows with: municipalities and organisations for the
// lookups, and the records of `kind` with what a merge may fill in.
async function loadExisting(client: Client, kind: ImportKind, today: Date): Promise<Existing> {
  const day = calendarDay(today)
  const [municipalities, organisations, people] = await Promise.all([
    client.municipality.findMany({
      select: {
        id: true,
        name: true,
        cbsCode: true,
        validTo: true,
        successions: { select: { successor: { select: { name: true } } } },
      },
    }),
    client.organisation.findMany({
      select: {
        id: true,
        name: true,
        active: true,
        ...(kind === 'ORGANISATIONS'
          ? {
              address: true,
              postcode: true,
              city: true,
              email: true,
              phone: true,
              website: true,
              municipalities: { select: { municipalityId: true } },
            }
          : {}),
      },
    }),
    kind === 'PEOPLE'
      ? client.person.findMany({
          select: {
            id: true,
            name: true,
            email: true,
            phone: true,
            memberships: {
              select: {
                id: true,
                organisationId: true,
                role: true,
                startDate: true,
                endDate: true,
                organisation: { select: { name: true } },
              },
            },
          },
        })
      : [],
  ])
  return {
    lookups: buildLookups({
      municipalities: municipalities.map((municipality) => ({
        id: municipality.id,
        name: municipality.name,
        cbsCode: municipality.cbsCode,
        current: municipality.validTo === null || municipality.validTo >= day,
        successors: municipality.successions.map((succession) => succession.successor.name),
      })),
      organisations,
    }),
    organisations: new Map(
      kind === 'ORGANISATIONS'
        ? organisations.map((organisation) => [
            organisation.id,
            {
              id: organisation.id,
              name: organisation.name,
              address: organisation.address ?? null,
              postcode: organisation.postcode ?? null,
              city: organisation.city ?? null,
              email: organisation.email ?? null,
              phone: organisation.phone ?? null,
              website: organisation.website ?? null,
              municipalityIds: (organisation.municipalities ?? []).map((link) => link.municipalityId),
            },
          ])
        : [],
    ),
    people: new Map(
      people.map((person) => [
        person.id,
        {
          ...person,
          memberships: person.memberships.map(({ organisation, ...membership }) => ({
            ...membership,
            // Roles outside today's list (older data) never equal an imported role.
            role: membership.role as MembershipRecord['role'],
            organisationName: organisation.name,
          })),
        },
      ]),
    ),
  }
}

type AnalysedRow =
  | {
      row: number
      kind: 'ORGANISATIONS'
      result: RowResult<OrganisationRecord>
      matches: Match[]
      name: string
    }
  | { row: number; kind: 'PEOPLE'; result: RowResult<PersonRecord>; matches: Match[]; name: string }

// Returns every row of the table read and compared: its record or errors, and its likely
// duplicates among the existing records and the rows above it.
function analyse(
  kind: ImportKind,
  table: CsvTable,
  mapping: ImportMapping,
  existing: Existing,
): AnalysedRow[] {
  const index = new DuplicateIndex()
  if (kind === 'ORGANISATIONS') {
    for (const organisation of existing.organisations.values())
      index.add(
        { source: 'existing', id: organisation.id, name: organisation.name },
        organisationMatchKeys(organisation),
      )
  } else {
    for (const person of existing.people.values())
      index.add(
        { source: 'existing', id: person.id, name: person.name },
        personMatchKeys({ ...person, organisationIds: person.memberships.map((m) => m.organisationId) }),
      )
  }
  return table.rows.map((csvRow): AnalysedRow => {
    const cells = rowCells(table.header, csvRow, mapping)
    const name = cells.name ?? ''
    if (kind === 'ORGANISATIONS') {
      const result = readOrganisationRow(csvRow, cells, existing.lookups)
      if (!result.ok) return { row: csvRow.row, kind, result, matches: [], name }
      const keys = organisationMatchKeys(result.value)
      const matches = index.find(keys)
      index.add({ source: 'row', row: csvRow.row, name: result.value.name }, keys)
      return { row: csvRow.row, kind, result, matches, name: result.value.name }
    }
    const result = readPersonRow(csvRow, cells, existing.lookups)
    if (!result.ok) return { row: csvRow.row, kind, result, matches: [], name }
    const keys = personMatchKeys({
      ...result.value,
      organisationIds: result.value.memberships.map((membership) => membership.organisationId),
    })
    const matches = index.find(keys)
    index.add({ source: 'row', row: csvRow.row, name: result.value.name }, keys)
    return { row: csvRow.row, kind, result, matches, name: result.value.name }
  })
}

// Returns a short fingerprint of what the preview showed (each row's result and matches),
// so an import can tell when the data changed since.
function fingerprintOf(rows: readonly AnalysedRow[]) {
  const hash = createHash('sha256')
  for (const row of rows) {
    const matches = row.matches.map((match) => (match.source === 'existing' ? match.id : `r${match.row}`))
    hash.update(`${row.row}:${row.result.ok ? 'ok' : 'error'}:${matches.join(',')}\n`)
  }
  return hash.digest('base64url').slice(0, 22)
}

export type PreviewStatus = 'new' | 'duplicate' | 'error'

export type PreviewMatch = { name: string; reason: MatchReason; href: string | null; row: number | null }

export type PreviewRow = {
  row: number
  status: PreviewStatus
  name: string
  /** What else identifies the row: type and municipalities, or e-mail and memberships. */
  details: string[]
  matches: PreviewMatch[]
  errors: RowError[]
}

// Returns the words that identify a row beside its name.
function detailsOf(row: AnalysedRow) {
  if (!row.result.ok) return []
  if (row.kind === 'ORGANISATIONS' && row.result.ok) {
    const { type, municipalityNames } = row.result.value
    return [organisationTypeLabel(type), municipalityNames.join(', ')].filter(Boolean)
  }
  if (row.kind === 'PEOPLE' && row.result.ok) {
    const { email, memberships } = row.result.value
    const roles = memberships.map((membership) =>
      t('import.preview.membership', {
        organisation: membership.organisationName,
        role: membershipRoleLabel(membership.role),
      }),
    )
    return [email ?? '', roles.join(', ')].filter(Boolean)
  }
  return []
}

// Returns the page's view of one analysed row.
function previewRow(row: AnalysedRow, kind: ImportKind): PreviewRow {
  const base = kind === 'ORGANISATIONS' ? '/organisaties' : '/personen'
  return {
    row: row.row,
    status: !row.result.ok ? 'error' : row.matches.length > 0 ? 'duplicate' : 'new',
    name: row.name,
    details: detailsOf(row),
    matches: row.matches.map((match) => ({
      name: match.name,
      reason: match.reason,
      href: match.source === 'existing' ? `${base}/${match.id}` : null,
      row: match.source === 'row' ? match.row : null,
    })),
    errors: row.result.ok ? [] : row.result.errors,
  }
}

export type ImportPreview = {
  rows: PreviewRow[]
  counts: Record<PreviewStatus, number>
  fingerprint: string
}

// Returns the preview of importing `table` with `mapping`: every row with its result.
export async function previewImport({
  kind,
  table,
  mapping,
  today = new Date(),
}: {
  kind: ImportKind
  table: CsvTable
  mapping: ImportMapping
  today?: Date
}): Promise<ImportPreview> {
  const analysed = analyse(kind, table, mapping, await loadExisting(prisma, kind, today))
  const rows = analysed.map((row) => previewRow(row, kind))
  const counts = { new: 0, duplicate: 0, error: 0 }
  for (const row of rows) counts[row.status] += 1
  return { rows, counts, fingerprint: fingerprintOf(analysed) }
}

// The most parameters one INSERT statement carries (SQLite allows 32 766, PostgreSQL 65 535).
const PARAMETERS_PER_STATEMENT = 10_000

// Inserts rows into `table` with a few multi-row INSERT statements. Prisma's createMany costs
// about half a millisecond per row here (its query building, not SQLite), which made 10 000
// rows take many seconds on a busy machine; a plain INSERT takes microseconds per row.
// Identifiers are quoted and values are parameters; dates are bound as Dates, so they are
// stored exactly as Prisma stores them. Every row must have the same columns.
async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  rows: readonly Record<string, unknown>[],
) {
  const [first] = rows
  if (!first) return
  const columns = Object.keys(first)
  const columnList = Prisma.raw(columns.map((column) => `"${column}"`).join(', '))
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length))
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`)
    await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columnList}) VALUES ${Prisma.join(values)}`
  }
}

export type ImportDecisions = {
  /** The choice per duplicate row, by row number. */
  rows: ReadonlyMap<number, ImportChoice>
  /** The choice for duplicate rows without one of their own. */
  duplicates: ImportChoice | null
  /** Rows with errors are left out (they must be, for an import to run). */
  skipErrors: boolean
}

export type RunImportResult =
  | { ok: true; report: ImportReport }
  | { ok: false; reason: 'errors' | 'undecided'; rows: number[] }
  | { ok: false; reason: 'changed' }

type Tally = {
  created: number
  merged: number
  skippedDuplicates: number
  skippedErrors: number
  membershipsAdded: number
}

// Where a row went: a record this import creates, an existing record, or nowhere (skipped).
type Outcome<P> = { pending: P } | { existingId: string } | null

// Walks the rows in order and calls `create` or `merge` for each row that is imported; a
// row that duplicates an earlier row of the file is merged into wherever that row went
// (created there, or merged into an existing record), and created when that row was skipped.
function planRows<R, P>(
  rows: readonly AnalysedRow[],
  decisions: ImportDecisions,
  tally: Tally,
  handlers: {
    record: (row: AnalysedRow) => R | null
    create: (record: R) => P
    mergeIntoPending: (pending: P, record: R) => void
    mergeIntoExisting: (existingId: string, record: R) => void
  },
) {
  const outcomes = new Map<number, Outcome<P>>()
  for (const row of rows) {
    const record = handlers.record(row)
    if (record === null) {
      tally.skippedErrors += 1
      outcomes.set(row.row, null)
      continue
    }
    const choice = row.matches.length === 0 ? 'create' : (decisions.rows.get(row.row) ?? decisions.duplicates)
    const [target] = row.matches
    if (choice === 'skip') {
      tally.skippedDuplicates += 1
      outcomes.set(row.row, null)
      continue
    }
    const into: Outcome<P> | undefined =
      choice === 'merge' && target
        ? target.source === 'existing'
          ? { existingId: target.id }
          : outcomes.get(target.row)
        : undefined
    if (into && 'pending' in into) {
      handlers.mergeIntoPending(into.pending, record)
      tally.merged += 1
      outcomes.set(row.row, into)
    } else if (into) {
      handlers.mergeIntoExisting(into.existingId, record)
      tally.merged += 1
      outcomes.set(row.row, into)
    } else {
      tally.created += 1
      outcomes.set(row.row, { pending: handlers.create(record) })
    }
  }
}

// Returns the names of the fields of `target` that are empty and that `source` fills, and
// fills them.
function fillEmpty<F extends string>(
  target: Record<F, string | null>,
  source: Record<F, string | null>,
  fields: readonly F[],
) {
  const filled: F[] = []
  for (const field of fields) {
    if (target[field] === null && source[field] !== null) {
      target[field] = source[field]
      filled.push(field)
    }
  }
  return filled
}

type PendingOrganisation = OrganisationRecord & { id: string }

// Imports the organisation rows: creates, merges (fills empty contact fields and, when it
// has none, the municipalities) and records an audit event per merged organisation.
async function writeOrganisations(
  tx: Prisma.TransactionClient,
  rows: readonly AnalysedRow[],
  existing: Existing,
  decisions: ImportDecisions,
  tally: Tally,
  audit: { actorId: string; fileName: string },
) {
  const creates: PendingOrganisation[] = []
  const merged = new Map<string, { fields: Set<string>; municipalityIds: string[] }>()
  planRows<OrganisationRecord, PendingOrganisation>(rows, decisions, tally, {
    record: (row) => (row.kind === 'ORGANISATIONS' && row.result.ok ? row.result.value : null),
    create: (record) => {
      const pending = { ...record, id: newId() }
      creates.push(pending)
      return pending
    },
    mergeIntoPending: (pending, record) => {
      fillEmpty(pending, record, ORGANISATION_CONTACT_FIELDS)
      if (pending.municipalityIds.length === 0) pending.municipalityIds = record.municipalityIds
    },
    mergeIntoExisting: (id, record) => {
      const target = existing.organisations.get(id)
      if (!target) return
      const change = merged.get(id) ?? { fields: new Set<string>(), municipalityIds: [] }
      for (const field of fillEmpty(target, record, ORGANISATION_CONTACT_FIELDS)) change.fields.add(field)
      if (target.municipalityIds.length === 0 && record.municipalityIds.length > 0) {
        target.municipalityIds = record.municipalityIds
        change.municipalityIds = record.municipalityIds
        change.fields.add('municipalities')
      }
      merged.set(id, change)
    },
  })
  const now = new Date()
  await insertRows(
    tx,
    'Organisation',
    creates.map(({ id, name, type, address, postcode, city, email, phone, website }) => ({
      id,
      name,
      type,
      address,
      postcode,
      city,
      email,
      phone,
      website,
      // As a council made with the form: the usual legal basis of its type.
      legalBasis: isCouncilType(type) ? DEFAULT_LEGAL_BASIS[type].join('\n') : null,
      createdAt: now,
      updatedAt: now,
    })),
  )
  const links = creates.flatMap((organisation) =>
    organisation.municipalityIds.map((municipalityId) => ({
      organisationId: organisation.id,
      municipalityId,
    })),
  )
  for (const [organisationId, change] of merged) {
    const target = existing.organisations.get(organisationId)
    if (!target || change.fields.size === 0) continue
    await tx.organisation.update({
      where: { id: organisationId },
      data: {
        address: target.address,
        postcode: target.postcode,
        city: target.city,
        email: target.email,
        phone: target.phone,
        website: target.website,
        version: { increment: 1 },
      },
    })
    links.push(...change.municipalityIds.map((municipalityId) => ({ organisationId, municipalityId })))
  }
  await insertRows(tx, 'OrganisationMunicipality', links)
  await recordMergeAudits(tx, 'Organisation', merged, audit)
}

// Records one audit event per merged record, naming the fields that were filled.
async function recordMergeAudits(
  tx: Prisma.TransactionClient,
  entityType: 'Organisation' | 'Person',
  merged: ReadonlyMap<string, { fields: Set<string> }>,
  { actorId, fileName }: { actorId: string; fileName: string },
) {
  const fieldLabel = (field: string) => t(`import.audit.field.${field}` as Parameters<typeof t>[0])
  await tx.auditEvent.createMany({
    data: [...merged]
      .filter(([, change]) => change.fields.size > 0)
      .map(([entityId, change]) => ({
        actorId,
        action: 'import.merge',
        entityType,
        entityId,
        summary: t('import.audit.merged', {
          file: fileName,
          fields: [...change.fields].map(fieldLabel).join(', '),
        }),
      })),
  })
}

type PendingPerson = Omit<PersonRecord, 'memberships'> & { id: string; memberships: ExistingMembership[] }

// Adds a row's memberships to a person's: the same organisation and role in an overlapping
// term fills that membership's empty dates; any other becomes a new membership. Returns the
// memberships that changed or were added.
function mergeMemberships(memberships: ExistingMembership[], incoming: readonly MembershipRecord[]) {
  const touched: ExistingMembership[] = []
  for (const membership of incoming) {
    const same = memberships.find(
      (other) =>
        other.organisationId === membership.organisationId &&
        other.role === membership.role &&
        termsOverlap(other, membership),
    )
    if (!same) {
      const added = { ...membership, id: null }
      memberships.push(added)
      touched.push(added)
      continue
    }
    const startDate = same.startDate ?? membership.startDate
    const endDate = same.endDate ?? membership.endDate
    const valid = !startDate || !endDate || endDate >= startDate
    if (valid && (startDate !== same.startDate || endDate !== same.endDate)) {
      same.startDate = startDate
      same.endDate = endDate
      touched.push(same)
    }
  }
  return touched
}

// Imports the people rows: creates people with their memberships, merges (fills an empty
// e-mail address or phone number, adds memberships) and records an audit event per merged
// person that changed — naming fields, never values.
async function writePeople(
  tx: Prisma.TransactionClient,
  rows: readonly AnalysedRow[],
  existing: Existing,
  decisions: ImportDecisions,
  tally: Tally,
  audit: { actorId: string; fileName: string },
) {
  const creates: PendingPerson[] = []
  const merged = new Map<string, { fields: Set<string>; memberships: ExistingMembership[] }>()
  planRows<PersonRecord, PendingPerson>(rows, decisions, tally, {
    record: (row) => (row.kind === 'PEOPLE' && row.result.ok ? row.result.value : null),
    create: (record) => {
      const pending: PendingPerson = { ...record, id: newId(), memberships: [] }
      mergeMemberships(pending.memberships, record.memberships)
      creates.push(pending)
      return pending
    },
    mergeIntoPending: (pending, record) => {
      fillEmpty(pending, record, PERSON_CONTACT_FIELDS)
      mergeMemberships(pending.memberships, record.memberships)
    },
    mergeIntoExisting: (id, record) => {
      const target = existing.people.get(id)
      if (!target) return
      const change = merged.get(id) ?? { fields: new Set<string>(), memberships: [] }
      for (const field of fillEmpty(target, record, PERSON_CONTACT_FIELDS)) change.fields.add(field)
      for (const membership of mergeMemberships(target.memberships, record.memberships)) {
        if (!change.memberships.includes(membership)) change.memberships.push(membership)
        change.fields.add('memberships')
      }
      merged.set(id, change)
    },
  })
  const now = new Date()
  await insertRows(
    tx,
    'Person',
    creates.map(({ id, name, email, phone }) => ({ id, name, email, phone, createdAt: now, updatedAt: now })),
  )
  const newMemberships = creates.flatMap((person) =>
    person.memberships.map((membership) => ({ ...membership, personId: person.id })),
  )
  for (const [personId, change] of merged) {
    const target = existing.people.get(personId)
    if (!target) continue
    if (change.fields.has('email') || change.fields.has('phone')) {
      await tx.person.update({
        where: { id: personId },
        data: { email: target.email, phone: target.phone, version: { increment: 1 } },
      })
    }
    for (const membership of change.memberships) {
      if (membership.id === null) newMemberships.push({ ...membership, personId })
      else
        await tx.membership.update({
          where: { id: membership.id },
          data: { startDate: membership.startDate, endDate: membership.endDate },
        })
    }
  }
  await insertRows(
    tx,
    'Membership',
    newMemberships.map(({ personId, organisationId, role, startDate, endDate }) => ({
      id: newId(),
      personId,
      organisationId,
      role,
      startDate,
      endDate,
      createdAt: now,
      updatedAt: now,
    })),
  )
  tally.membershipsAdded = newMemberships.length
  await recordMergeAudits(tx, 'Person', merged, audit)
}

// Imports `table` with `mapping` in one transaction, or nothing at all. Refused when a row
// has errors and errors are not skipped, when a likely duplicate has no choice, or when the
// preview the user decided on (`fingerprint`) no longer matches the data. Records an audit
// event for the import and remembers the mapping for the next one.
export async function runImport({
  kind,
  table,
  mapping,
  decisions,
  fingerprint = null,
  actorId,
  fileName,
  today = new Date(),
}: {
  kind: ImportKind
  table: CsvTable
  mapping: ImportMapping
  decisions: ImportDecisions
  fingerprint?: string | null
  actorId: string
  fileName: string
  today?: Date
}): Promise<RunImportResult> {
  return prisma.$transaction(
    async (tx): Promise<RunImportResult> => {
      const existing = await loadExisting(tx, kind, today)
      const rows = analyse(kind, table, mapping, existing)
      if (fingerprint !== null && fingerprint !== fingerprintOf(rows)) return { ok: false, reason: 'changed' }
      const errorRows = rows.filter((row) => !row.result.ok).map((row) => row.row)
      if (errorRows.length > 0 && !decisions.skipErrors)
        return { ok: false, reason: 'errors', rows: errorRows }
      const undecided = rows
        .filter((row) => row.result.ok && row.matches.length > 0)
        .filter((row) => !(decisions.rows.get(row.row) ?? decisions.duplicates))
        .map((row) => row.row)
      if (undecided.length > 0) return { ok: false, reason: 'undecided', rows: undecided }

      const tally: Tally = {
        created: 0,
        merged: 0,
        skippedDuplicates: 0,
        skippedErrors: 0,
        membershipsAdded: 0,
      }
      const audit = { actorId, fileName }
      if (kind === 'ORGANISATIONS') await writeOrganisations(tx, rows, existing, decisions, tally, audit)
      else await writePeople(tx, rows, existing, decisions, tally, audit)

      await tx.auditEvent.create({
        data: {
          actorId,
          action: kind === 'ORGANISATIONS' ? 'import.organisations' : 'import.people',
          entityType: 'Import',
          summary: t(kind === 'ORGANISATIONS' ? 'import.audit.organisations' : 'import.audit.people', {
            file: fileName,
            ...tally,
            skipped: tally.skippedDuplicates + tally.skippedErrors,
          }),
        },
      })
      const stored = JSON.stringify(mapping)
      await tx.importMapping.upsert({
        where: { kind },
        create: { kind, mapping: stored, updatedById: actorId },
        update: { mapping: stored, updatedById: actorId },
      })
      return { ok: true, report: { kind, ...tally, importedAt: new Date().toISOString() } }
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  )
}

// Returns the mapping last used for `kind` (empty when there is none).
export async function getRememberedMapping(kind: ImportKind): Promise<ImportMapping> {
  const stored = await prisma.importMapping.findUnique({ where: { kind }, select: { mapping: true } })
  return parseStoredMapping(kind, stored?.mapping)
}

// Reads an uploaded file and keeps it for the next steps; returns its id, or the message
// reference of why the file cannot be used.
export async function storeUpload({
  userId,
  kind,
  fileName,
  bytes,
}: {
  userId: string
  kind: ImportKind
  fileName: string
  bytes: Uint8Array
}): Promise<{ ok: true; uploadId: string } | { ok: false; error: string }> {
  const read = readCsv(bytes)
  if (!read.ok) return read
  return { ok: true, uploadId: await saveUpload({ userId, kind, fileName, table: read.table }) }
}

// Uploads being imported right now, so a second click cannot import the same file twice.
const running = new Set<string>()

// Imports a stored upload of `userId` (see runImport) and replaces it by its report.
export async function importUpload({
  upload,
  mapping,
  decisions,
  fingerprint,
  actorId,
}: {
  upload: StoredUpload
  mapping: ImportMapping
  decisions: ImportDecisions
  fingerprint: string | null
  actorId: string
}): Promise<RunImportResult | { ok: false; reason: 'busy' | 'gone' }> {
  if (running.has(upload.id)) return { ok: false, reason: 'busy' }
  running.add(upload.id)
  try {
    // Read again inside the lock: the click before this one may just have finished.
    const current = await readUpload({ id: upload.id, userId: actorId })
    if (!current) return { ok: false, reason: 'gone' }
    if (current.state === 'imported') return { ok: true, report: current.report }
    const result = await runImport({
      kind: current.kind,
      table: current.table,
      mapping,
      decisions,
      fingerprint,
      actorId,
      fileName: current.fileName,
    })
    if (result.ok) await markImported(current, result.report)
    return result
  } finally {
    running.delete(upload.id)
  }
}
