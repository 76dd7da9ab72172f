// What the import page's forms send: the column chosen per field (kolom.<field>), and on the
// preview the choice per likely duplicate (keuze.<row>), the choice for all duplicates
// (dubbelen) and whether rows with errors are skipped (foutenOverslaan). Anything else than
// the known values counts as not chosen.
import { IMPORT_FIELDS, type ImportKind } from './import-fields.ts'

type Fields = { get(name: string): FormDataEntryValue | null; keys(): IterableIterator<string> }

export type ImportChoice = 'skip' | 'merge' | 'create'
export const IMPORT_CHOICES: readonly ImportChoice[] = ['skip', 'merge', 'create']

export const UPLOAD_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/

// Returns the name of the form field that chooses the column of `field`.
export const columnFieldName = (field: string) => `kolom.${field}`
// Returns the name of the form field that chooses what happens to duplicate row `row`.
export const choiceFieldName = (row: number) => `keuze.${row}`

// Returns true when `value` is one of the choices for a duplicate.
export function isImportChoice(value: unknown): value is ImportChoice {
  return typeof value === 'string' && (IMPORT_CHOICES as readonly string[]).includes(value)
}

// Returns the column chosen per field ('' for none), from a query string or a form.
export function readChosenColumns(kind: ImportKind, fields: Fields) {
  const chosen: Partial<Record<string, string>> = {}
  for (const field of IMPORT_FIELDS[kind]) {
    const value = fields.get(columnFieldName(field))
    chosen[field] = typeof value === 'string' ? value : ''
  }
  return chosen
}

// Returns the decisions of the preview form.
export function readDecisions(fields: Fields) {
  const rows = new Map<number, ImportChoice>()
  for (const name of fields.keys()) {
    const match = /^keuze\.(\d{1,6})$/.exec(name)
    const value = fields.get(name)
    if (match && isImportChoice(value)) rows.set(Number(match[1]), value)
  }
  const duplicates = fields.get('dubbelen')
  return {
    rows,
    duplicates: isImportChoice(duplicates) ? duplicates : null,
    skipErrors: fields.get('foutenOverslaan') === 'on',
  }
}

// Returns the upload id a form or query names, or null when it is missing or malformed.
export function readUploadId(fields: Pick<Fields, 'get'>) {
  const value = fields.get('bestand')
  return typeof value === 'string' && UPLOAD_ID_PATTERN.test(value) ? value : null
}
