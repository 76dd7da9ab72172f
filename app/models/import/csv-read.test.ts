import { describe, expect, it } from 'vitest'
import { decodeCsvBytes, detectSeparator, parseCsvRecords, readCsv } from './csv-read.ts'
import { MAX_ROWS } from './csv-table.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

// Returns the bytes of `text` in Windows-1252 (only the characters these tests use).
function windows1252(text: string) {
  const extra: Record<string, number> = { ë: 0xeb, ï: 0xef, é: 0xe9, '€': 0x80, '’': 0x92, '–': 0x96 }
  return new Uint8Array([...text].map((char) => extra[char] ?? char.charCodeAt(0)))
}

// Returns the table of a file that must be readable.
function table(bytes: Uint8Array) {
  const result = readCsv(bytes)
  if (!result.ok) throw new Error(`unreadable: ${result.error}`)
  return result.table
}

describe('decoding an upload', () => {
  it('reads UTF-8 with and without a BOM, and drops the BOM', () => {
    expect(decodeCsvBytes(utf8('\uFEFFNaam\nCliëntenraad'))).toEqual({
      text: 'Naam\nCliëntenraad',
      encoding: 'utf-8',
    })
    expect(decodeCsvBytes(utf8('Naam\nCliëntenraad')).text).toBe('Naam\nCliëntenraad')
  })

  it('falls back to Windows-1252 when the bytes are no valid UTF-8', () => {
    expect(decodeCsvBytes(windows1252('Naam\nCliëntenraad ïnkomen – thema’s, € 5'))).toEqual({
      text: 'Naam\nCliëntenraad ïnkomen – thema’s, € 5',
      encoding: 'windows-1252',
    })
  })

  it('reads UTF-16 with a BOM, as Excel writes "Unicode text"', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'Naam'].flatMap((char) => [char.charCodeAt(0), 0])])
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Naam', encoding: 'utf-16' })
  })
})

describe('finding the separator', () => {
  it('takes the most frequent of ; , and tab in the first line, outside quotes', () => {
    expect(detectSeparator('Naam;Plaats;E-mail\n"a,b,c";x;y')).toBe(';')
    expect(detectSeparator('Naam,Plaats,E-mail\n')).toBe(',')
    expect(detectSeparator('"Naam; met puntkomma",Plaats\n')).toBe(',')
    expect(detectSeparator('Naam\tPlaats\n')).toBe('\t')
  })

  it('prefers ; on a tie, and for a file of one column', () => {
    expect(detectSeparator('Naam, voornaam;E-mail\n')).toBe(';')
    expect(detectSeparator('Naam\nJan\n')).toBe(';')
  })
})

describe('splitting records', () => {
  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsvRecords('a;"b;c";"zei ""hoi""";"regel 1\r\nregel 2"\r\nd;e;f;g\r\n', ';')).toEqual({
      ok: true,
      records: [
        ['a', 'b;c', 'zei "hoi"', 'regel 1\r\nregel 2'],
        ['d', 'e', 'f', 'g'],
      ],
    })
  })

  it('accepts LF and CR line ends, and an empty last field', () => {
    expect(parseCsvRecords('a,b\nc,\rd,e', ',')).toEqual({
      ok: true,
      records: [
        ['a', 'b'],
        ['c', ''],
        ['d', 'e'],
      ],
    })
    expect(parseCsvRecords('a;b;', ';')).toEqual({ ok: true, records: [['a', 'b', '']] })
  })

  it('treats a quote inside an unquoted field as an ordinary character', () => {
    expect(parseCsvRecords('scherm 5" breed;x', ';')).toEqual({
      ok: true,
      records: [['scherm 5" breed', 'x']],
    })
  })

  it('reports the record where a quote opens that never closes', () => {
    expect(parseCsvRecords('Naam;Adres\nA;"Straat 1\nB;C\n', ';')).toEqual({ ok: false, openQuoteRecord: 2 })
  })
})

describe('reading an upload into a table', () => {
  it('numbers rows as a spreadsheet does, skips empty lines and trims cells', () => {
    const result = table(utf8('Naam;Plaats\r\n Wmo-raad ; Sneek \r\n;\r\n\r\n"Raad\nmet regel";Joure\r\n'))
    expect(result.header).toEqual(['Naam', 'Plaats'])
    expect(result.rows).toEqual([
      { row: 2, cells: ['Wmo-raad', 'Sneek'], overflow: false },
      { row: 5, cells: ['Raad\nmet regel', 'Joure'], overflow: false },
    ])
    expect(result.separator).toBe(';')
    expect(result.encoding).toBe('utf-8')
  })

  it('fills short rows and flags rows with more filled cells than the header has columns', () => {
    const result = table(utf8('Naam,Plaats\nA\nB,Sneek,extra\nC,Joure,\n'))
    expect(result.rows.map((row) => [row.cells, row.overflow])).toEqual([
      [['A', ''], false],
      [['B', 'Sneek'], true],
      [['C', 'Joure'], false],
    ])
  })

  it('leaves out a nameless column that is empty throughout, and refuses one with data', () => {
    expect(table(utf8('Naam;Plaats;\nA;Sneek;\n')).header).toEqual(['Naam', 'Plaats'])
    expect(readCsv(utf8('Naam;;Plaats\nA;x;Sneek\n'))).toEqual({
      ok: false,
      error: 'import.error.unnamedColumn?column=2',
    })
  })

  it('says why a file cannot be read', () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), 'import.error.empty'],
      [utf8('\uFEFF \r\n'), 'import.error.empty'],
      [utf8('Jan de Vries;jan@example.org;06 1234 5678\n'), 'import.error.noHeader'],
      [utf8('Naam;Plaats\n'), 'import.error.noRows'],
      [utf8('Naam;naam\nA;B\n'), 'import.error.repeatedColumn?column=naam'],
      [utf8('Naam;Adres\nA;"Straat\n'), 'import.error.unclosedQuote?row=2'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'import.error.spreadsheet'],
      [new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 1]), 'import.error.notText'],
    ]
    for (const [bytes, error] of cases) expect(readCsv(bytes), error).toEqual({ ok: false, error })
  })

  it('accepts a first line of own column names that hold no data', () => {
    expect(table(utf8('Raad;Contact\nWmo-raad;Jan\n')).header).toEqual(['Raad', 'Contact'])
  })

  it(`refuses more than ${MAX_ROWS} rows`, () => {
    const text = `Naam\n${'x\n'.repeat(MAX_ROWS + 1)}`
    expect(readCsv(utf8(text))).toEqual({ ok: false, error: 'import.error.tooManyRows?max=25.000' })
    expect(table(utf8(`Naam\n${'x\n'.repeat(MAX_ROWS)}`)).rows).toHaveLength(MAX_ROWS)
  })
})
