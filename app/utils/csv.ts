// CSV for Dutch spreadsheets (Excel and LibreOffice with Dutch settings): UTF-8 with a BOM,
// so that Excel reads the accents right; ";" between fields, because the comma is the Dutch
// decimal sign; CRLF line ends. The export routes stream it, row by row.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { TIME_ZONE } from './dates.ts'
import { t } from './i18n/index.ts'

export const CSV_SEPARATOR = ';'
const BOM = '\uFEFF'
const LINE_END = '\r\n'
// Rows are encoded and handed to the response in chunks of about this many characters.
const CHUNK_CHARS = 16_384

/** A date-only value (stored as midnight UTC of its calendar day), written as dd-mm-jjjj. */
export type CsvDay = { readonly day: Date }

/**
 * What a cell holds: text, a number (plain digits), a yes/no (ja/nee), a moment (a Date,
 * written dd-mm-jjjj HH:mm in Dutch time), a calendar day (`csvDay`), or nothing (empty).
 */
export type CsvCell = string | number | boolean | Date | CsvDay | null | undefined

export type CsvRow = readonly CsvCell[]

// Returns a date-only value as a cell written dd-mm-jjjj; no date gives an empty cell.
export function csvDay(date: Date | null | undefined): CsvDay | null {
  return date ? { day: date } : null
}

// A spreadsheet runs a cell starting with one of these as a formula (OWASP, "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/

// Returns text that a spreadsheet shows as text and never runs: text starting with =, +, -,
// @, tab or CR gets a leading apostrophe. This also hits harmless text such as a foreign
// phone number ("+32 2 123 45 67" becomes "'+32 2 123 45 67"): it stays readable, and
// without the apostrophe Excel would take it for a sum. Dutch numbers are written
// nationally ("06 1234 5678", see formatPhone) and need no apostrophe.
export function neutraliseFormula(text: string) {
  return FORMULA_START.test(text) ? `'${text}` : text
}

// Returns a number as a Dutch spreadsheet reads it: plain digits, a decimal comma, no
// thousands separator; not a number gives an empty cell. A number cannot carry a formula,
// so a negative one keeps its minus sign without an apostrophe.
function formatNumber(value: number) {
  if (!Number.isFinite(value)) return ''
  return Number.isInteger(value) ? value.toFixed(0) : String(value).replace('.', ',')
}

// Returns a Date as the text `pattern` makes of it in `zone`; an invalid Date gives ''.
function formatDate(date: Date, zone: string, pattern: string) {
  return Number.isNaN(date.getTime()) ? '' : format(new TZDate(date, zone), pattern)
}

// Returns the text of one cell, before quoting.
export function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'boolean') return cell ? t('export.yes') : t('export.no')
  if (typeof cell === 'number') return formatNumber(cell)
  if (cell instanceof Date) return formatDate(cell, TIME_ZONE, 'dd-MM-yyyy HH:mm')
  if (typeof cell === 'object') return formatDate(cell.day, 'UTC', 'dd-MM-yyyy')
  return neutraliseFormula(cell)
}

// Returns a field in quotes (inner quotes doubled) when it holds a separator, a quote or a
// line break; otherwise as it is.
export function quoteField(text: string) {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

// Returns one line of CSV, with its line end.
export function csvLine(cells: CsvRow) {
  return cells.map((cell) => quoteField(formatCell(cell))).join(CSV_SEPARATOR) + LINE_END
}

// Returns the download's file name: `base` and today's Dutch date, in ASCII only
// ("organisaties-2026-11-26.csv"), so that it survives every browser and the header.
export function csvFilename(base: string, now: Date = new Date()) {
  const ascii = base
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
  return `${ascii || 'export'}-${formatDate(now, TIME_ZONE, 'yyyy-MM-dd')}.csv`
}

// Returns the items of every page of a paged list, as the pages are read: page 1 now (so
// that a failing query still ends in an error page rather than a broken download), the
// others when the rows are needed. `loadPage` gives a page's items and the page count.
export async function allPages<T>(
  loadPage: (page: number) => Promise<{ items: readonly T[]; pageCount: number }>,
): Promise<AsyncIterable<T>> {
  const first = await loadPage(1)
  return (async function* () {
    yield* first.items
    // The page count of the latest page: the list may grow or shrink while it is read.
    let pageCount = first.pageCount
    for (let page = 2; page <= pageCount; page += 1) {
      const next = await loadPage(page)
      pageCount = next.pageCount
      yield* next.items
    }
  })()
}

// Returns a CSV download whose body is written while `rows` are read, so that a long list
// is never held in memory as a whole.
export function csvResponse({
  filename,
  header,
  rows,
}: {
  filename: string
  header: readonly string[]
  rows: AsyncIterable<CsvRow> | Iterable<CsvRow>
}) {
  const encoder = new TextEncoder()
  const iterator = (async function* () {
    yield* rows
  })()
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(header)))
    },
    async pull(controller) {
      let chunk = ''
      while (chunk.length < CHUNK_CHARS) {
        const next = await iterator.next()
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk))
          controller.close()
          return
        }
        chunk += csvLine(next.value)
      }
      controller.enqueue(encoder.encode(chunk))
    },
    async cancel() {
      // The download was aborted: stop reading pages.
      await iterator.return(undefined)
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"`,
      'Cache-Control': 'no-store',
    },
  })
}

// Returns the rows of a CSV text as csvLine writes it (BOM, ";", quotes, CRLF), for the
// tests that check what the exports wrote. A trailing line end gives no empty last row.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const input = text.startsWith(BOM) ? text.slice(1) : text
  for (let index = 0; index < input.length; index += 1) {
    const char = input[index]
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"') quoted = true
    else if (char === CSV_SEPARATOR) {
      row.push(field)
      field = ''
    } else if (char === '\r' && input[index + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      index += 1
    } else field += char
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
