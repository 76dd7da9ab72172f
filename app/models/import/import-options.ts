// The import page's words: field labels and hints, the file's description, and preview rows
// and errors in Dutch, so the components only show text.
import { isMessageKey, type MessageKey, t, translateRef } from '~/utils/i18n/index.ts'
import type { CsvEncoding, CsvSeparator } from './csv-table.ts'
import type { PreviewRow } from './import.server.ts'
import { IMPORT_FIELDS, type ImportField, type ImportKind, isRequiredField } from './import-fields.ts'
import type { MatchReason } from './import-match.ts'
import type { RowError } from './import-rows.ts'

// Returns the Dutch label of a field of `kind`.
export function importFieldLabel(kind: ImportKind, field: ImportField | 'row') {
  if (field === 'row') return t('import.preview.rowField')
  return t(`import.field.${kind}.${field}` as MessageKey)
}

// Returns the fields of `kind` as the mapping form shows them.
export function importFieldOptions(kind: ImportKind) {
  return IMPORT_FIELDS[kind].map((field) => {
    const hint = `import.fieldHint.${kind}.${field}`
    return {
      field,
      label: importFieldLabel(kind, field),
      hint: isMessageKey(hint) ? t(hint) : undefined,
      required: isRequiredField(kind, field),
    }
  })
}

const SEPARATOR_KEYS: Record<CsvSeparator, MessageKey> = {
  ';': 'import.separator.semicolon',
  ',': 'import.separator.comma',
  '\t': 'import.separator.tab',
}

// Returns "1 rij" or "12 rijen".
export function rowCount(count: number) {
  return count === 1 ? t('import.rows.one') : t('import.rows.other', { count: count.toLocaleString('nl') })
}

// Returns the one-line description of an uploaded file.
export function describeFile({
  fileName,
  rows,
  separator,
  encoding,
}: {
  fileName: string
  rows: number
  separator: CsvSeparator
  encoding: CsvEncoding
}) {
  return t('import.fileSummary', {
    file: fileName,
    rows: rowCount(rows),
    separator: t(SEPARATOR_KEYS[separator]),
    encoding: t(`import.encoding.${encoding}`),
  })
}

// Returns row numbers as a short list: the first 20, then how many more.
export function rowList(rows: readonly number[]) {
  const shown = rows.slice(0, 20).join(', ')
  return rows.length > 20 ? t('import.rowList.more', { rows: shown, count: rows.length - 20 }) : shown
}

// Returns one error of a row in words: the field, the value it had, and what is wrong.
export function describeRowError(kind: ImportKind, error: RowError) {
  const params = { field: importFieldLabel(kind, error.field), message: translateRef(error.message) }
  return error.value
    ? t('import.preview.errorWithValue', { ...params, value: error.value })
    : t('import.preview.error', params)
}

// Returns why a row looks like a duplicate, in words.
export function matchReasonLabel(reason: MatchReason) {
  return t(`import.preview.reason.${reason}`)
}

// Returns a preview row as the page shows it: errors and matches in words, each error once.
export function describePreviewRow(kind: ImportKind, row: PreviewRow) {
  return {
    row: row.row,
    status: row.status,
    name: row.name,
    details: row.details,
    matches: row.matches.map((match) => ({
      text:
        match.row === null ? match.name : t('import.preview.matchRow', { name: match.name, row: match.row }),
      reason: matchReasonLabel(match.reason),
      href: match.href,
    })),
    errors: [...new Set(row.errors.map((error) => describeRowError(kind, error)))],
  }
}
