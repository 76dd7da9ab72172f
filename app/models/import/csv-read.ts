// Reading an uploaded CSV file into a table: the encoding (UTF-8 with or without a BOM,
// UTF-16 with a BOM, else Windows-1252), the separator (";", "," or a tab, taken from the
// header line), quoted fields (with separators, doubled quotes and line breaks inside) and
// the checks that make a file unusable as a whole. Problems are message references
// (app/utils/i18n), so the page says them in Dutch.
import { CsvError, parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { messageRef } from '~/utils/i18n/index.ts'
import { type CsvEncoding, type CsvReadResult, type CsvSeparator, MAX_ROWS } from './csv-table.ts'
import { isKnownHeader } from './import-fields.ts'

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t']

// Returns the message reference for a file that is not a text file at all (a spreadsheet,
// a PDF, an image), or null for text.
function notTextProblem(bytes: Uint8Array) {
  const startsWith = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
  // .xlsx and .ods are zip files; .xls is an OLE compound file.
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0xd0, 0xcf, 0x11, 0xe0))
    return 'import.error.spreadsheet'
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) return null
  const head = bytes.subarray(0, 8192)
  return head.includes(0) ? 'import.error.notText' : null
}

// Returns the text of the file and the encoding it was read in: UTF-16 when it starts with
// a UTF-16 BOM, UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252
// (what Excel on Windows writes for "CSV") otherwise.
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not TextDecoder: Node 20 reads 'windows-1252' as Latin-1 (no €, ‘ ’, – …).
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' }
  }
}

// Returns the separator of the file: the one of ";", "," and tab that occurs most often in
// the first line outside quotes; ";" (the Dutch spreadsheets' choice) on a tie.
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]))
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1)
  }
  return SEPARATORS.reduce((best, separator) =>
    (counts.get(separator) ?? 0) > (counts.get(best) ?? 0) ? separator : best,
  )
}

// Returns the records of a CSV text (csv-parse): fields split on `separator`, lines on
// CRLF, LF or CR, quoted fields may hold separators, line breaks and doubled quotes. Lenient
// as spreadsheets are: a quote inside an unquoted field is an ordinary character, and rows
// may have fewer or more cells than the header. A quote that never closes gives the number
// of the record where it opened.
export function parseCsvRecords(
  text: string,
  separator: CsvSeparator,
): { ok: true; records: string[][] } | { ok: false; openQuoteRecord: number } {
  try {
    const records: string[][] = parse(text, {
      delimiter: separator,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    })
    return { ok: true, records }
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return { ok: false, openQuoteRecord: Number(error.records ?? 0) + 1 }
    }
    throw error
  }
}

// Returns true when a cell looks like data rather than a column name: an e-mail address, a
// date, a postcode, a phone number or another number, a web address.
function looksLikeData(cell: string) {
  return (
    /^\S+@\S+\.\S+$/.test(cell) ||
    /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$/.test(cell) ||
    /^[1-9]\d{3}\s?[a-z]{2}$/i.test(cell) ||
    /^[+(]?\d[\d\s\-()]{4,}$/.test(cell) ||
    /^(https?:\/\/|www\.)/i.test(cell)
  )
}

// Returns the table of an uploaded file, or the message reference of why it cannot be read:
// empty, not a text file, an unclosed quote, no header row, nameless or repeated column
// names, no data, or more than MAX_ROWS rows. Rows without any filled cell are left out.
export function readCsv(bytes: Uint8Array): CsvReadResult {
  const fail = (error: string) => ({ ok: false as const, error })
  if (bytes.byteLength === 0) return fail('import.error.empty')
  const notText = notTextProblem(bytes)
  if (notText) return fail(notText)
  const { text, encoding } = decodeCsvBytes(bytes)
  if (text.trim() === '') return fail('import.error.empty')
  const separator = detectSeparator(text)
  const parsed = parseCsvRecords(text, separator)
  if (!parsed.ok) return fail(messageRef('import.error.unclosedQuote', { row: parsed.openQuoteRecord }))
  const [rawHeader = [], ...records] = parsed.records
  const header = rawHeader.map((cell) => cell.trim())
  const rows = records.flatMap((cells, index) => {
    const trimmed = cells.map((cell) => cell.trim())
    return trimmed.some((cell) => cell !== '') ? [{ row: index + 2, cells: trimmed }] : []
  })
  if (!header.some(isKnownHeader) && header.some(looksLikeData)) return fail('import.error.noHeader')
  // A column without a name is left out when it is empty throughout (a trailing ";" that
  // spreadsheets write); with data in it, the user has to name it.
  const kept: number[] = []
  for (const [column, name] of header.entries()) {
    if (name !== '') kept.push(column)
    else if (rows.some((row) => (row.cells[column] ?? '') !== ''))
      return fail(messageRef('import.error.unnamedColumn', { column: column + 1 }))
  }
  const names = kept.map((column) => header[column] ?? '')
  const seen = new Set<string>()
  for (const name of names) {
    const key = name.toLocaleLowerCase('nl')
    if (seen.has(key)) return fail(messageRef('import.error.repeatedColumn', { column: name }))
    seen.add(key)
  }
  if (rows.length === 0) return fail('import.error.noRows')
  if (rows.length > MAX_ROWS)
    return fail(messageRef('import.error.tooManyRows', { max: MAX_ROWS.toLocaleString('nl') }))
  return {
    ok: true,
    table: {
      header: names,
      rows: rows.map(({ row, cells }) => ({
        row,
        cells: kept.map((column) => cells[column] ?? ''),
        overflow: cells.slice(header.length).some((cell) => cell !== ''),
      })),
      separator,
      encoding,
    },
  }
}
