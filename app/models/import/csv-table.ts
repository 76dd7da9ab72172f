// The limits and shapes of an uploaded CSV table, apart from the reader (csv-read.ts), so
// pages can use them without bundling the parser and the encoding tables for the browser.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024
export const MAX_ROWS = 25_000

export type CsvEncoding = 'utf-8' | 'utf-16' | 'windows-1252'
export type CsvSeparator = ';' | ',' | '\t'

export type CsvRow = {
  /** The row number a spreadsheet shows for this line: the header is row 1. */
  row: number
  /** One trimmed cell per header column; missing cells are ''. */
  cells: string[]
  /** True when the row has filled cells beyond the header's columns. */
  overflow: boolean
}

export type CsvTable = {
  header: string[]
  rows: CsvRow[]
  separator: CsvSeparator
  encoding: CsvEncoding
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; error: string }
