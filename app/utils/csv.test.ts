import { describe, expect, it } from 'vitest'
import {
  allPages,
  csvDay,
  csvFilename,
  csvLine,
  csvResponse,
  formatCell,
  neutraliseFormula,
  parseCsv,
  quoteField,
} from './csv.ts'
import { parseDateOnly } from './dates.ts'

// Returns the bytes of a response body, BOM included (Response.text() would drop it).
async function bytesOf(response: Response) {
  return new Uint8Array(await response.arrayBuffer())
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)

const day = (text: string) => {
  const date = parseDateOnly(text)
  if (!date) throw new Error(`not a day: ${text}`)
  return date
}

describe('a CSV cell', () => {
  it('writes text as it is, and nothing as an empty cell', () => {
    expect(formatCell('Cliëntenraad Leeuwarden')).toBe('Cliëntenraad Leeuwarden')
    expect(formatCell(null)).toBe('')
    expect(formatCell(undefined)).toBe('')
    expect(formatCell('')).toBe('')
  })

  it('writes yes/no as ja/nee', () => {
    expect(formatCell(true)).toBe('ja')
    expect(formatCell(false)).toBe('nee')
  })

  it('writes numbers as plain digits with a decimal comma and no thousands separator', () => {
    expect(formatCell(90)).toBe('90')
    expect(formatCell(12_345)).toBe('12345')
    expect(formatCell(1.5)).toBe('1,5')
    expect(formatCell(0)).toBe('0')
    expect(formatCell(Number.NaN)).toBe('')
  })

  it('writes a calendar day as dd-mm-jjjj, without shifting it a day', () => {
    expect(formatCell(csvDay(day('2026-11-26')))).toBe('26-11-2026')
    expect(formatCell(csvDay(day('2027-01-01')))).toBe('01-01-2027')
    expect(formatCell(csvDay(null))).toBe('')
  })

  it('writes a moment as dd-mm-jjjj HH:mm in Dutch time, winter and summer', () => {
    expect(formatCell(new Date('2026-11-26T13:05:00Z'))).toBe('26-11-2026 14:05')
    expect(formatCell(new Date('2026-07-01T22:30:00Z'))).toBe('02-07-2026 00:30')
    expect(formatCell(new Date('nonsense'))).toBe('')
  })
})

describe('formula-injection protection', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(neutraliseFormula('@x')).toBe("'@x")
    expect(neutraliseFormula('-5')).toBe("'-5")
    expect(neutraliseFormula('+31 6 12345678')).toBe("'+31 6 12345678")
    expect(neutraliseFormula('\t=1+1')).toBe("'\t=1+1")
    expect(neutraliseFormula('\r=1+1')).toBe("'\r=1+1")
  })

  it('leaves ordinary text alone, also with those characters further on', () => {
    expect(neutraliseFormula('Raad 2026 = goed')).toBe('Raad 2026 = goed')
    expect(neutraliseFormula('06 1234 5678')).toBe('06 1234 5678')
    expect(neutraliseFormula('info@raad.nl')).toBe('info@raad.nl')
  })

  it('applies to every text cell, but not to numbers (a number cannot hold a formula)', () => {
    expect(formatCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")')
    expect(formatCell(-5)).toBe('-5')
  })

  it('keeps a foreign phone number readable: the apostrophe comes before the +', () => {
    expect(csvLine(['+32 2 123 45 67'])).toBe("'+32 2 123 45 67\r\n")
  })
})

describe('a CSV line', () => {
  it('separates fields with ; and ends with CRLF', () => {
    expect(csvLine(['a', 1, true, null])).toBe('a;1;ja;\r\n')
  })

  it('quotes fields holding a separator, a quote or a line break, doubling the quotes', () => {
    expect(quoteField('Raad; Leeuwarden')).toBe('"Raad; Leeuwarden"')
    expect(quoteField('De "brede" raad')).toBe('"De ""brede"" raad"')
    expect(quoteField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"')
    expect(quoteField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"')
    expect(quoteField('gewoon, met komma')).toBe('gewoon, met komma')
  })

  it('neutralises before quoting, so a quoted formula is still harmless', () => {
    expect(csvLine(['=1;2'])).toBe(`"'=1;2"\r\n`)
  })

  it('reads back as written', () => {
    const cells = ['Raad; "Zuid"', 'twee\r\nregels', '', 'é ë ï', '=A1']
    expect(parseCsv(csvLine(cells) + csvLine(['x']))).toEqual([
      ['Raad; "Zuid"', 'twee\r\nregels', '', 'é ë ï', "'=A1"],
      ['x'],
    ])
  })
})

describe('the download file name', () => {
  it('is ASCII with the Dutch date of today', () => {
    expect(csvFilename('organisaties', new Date('2026-11-26T10:00:00Z'))).toBe('organisaties-2026-11-26.csv')
    // Just before midnight UTC it is already the next day in the Netherlands.
    expect(csvFilename('thema’s & raden', new Date('2026-11-26T23:30:00Z'))).toBe(
      'thema-s-raden-2026-11-27.csv',
    )
    expect(csvFilename('cliëntenraden', new Date('2026-11-26T10:00:00Z'))).toBe(
      'clientenraden-2026-11-26.csv',
    )
  })
})

describe('reading every page', () => {
  it('reads page 1 at once and the others as the rows are needed', async () => {
    const asked: number[] = []
    const pages = [['a', 'b'], ['c', 'd'], ['e']]
    const items = await allPages(async (page) => {
      asked.push(page)
      return { items: pages[page - 1] ?? [], pageCount: pages.length }
    })
    expect(asked).toEqual([1])
    const all: string[] = []
    for await (const item of items) all.push(item)
    expect(all).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(asked).toEqual([1, 2, 3])
  })

  it('reads one page when the list is empty', async () => {
    const items = await allPages(async () => ({ items: [], pageCount: 1 }))
    const all: unknown[] = []
    for await (const item of items) all.push(item)
    expect(all).toEqual([])
  })
})

describe('a CSV response', () => {
  it('is a UTF-8 download with a BOM, a header line and the rows', async () => {
    const response = csvResponse({
      filename: 'organisaties-2026-11-26.csv',
      header: ['Naam', 'Actief'],
      rows: [
        ['Cliëntenraad Súdwest-Fryslân', true],
        ['Wmo-raad; "oud"', false],
      ],
    })
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toBe(
      'attachment; filename="organisaties-2026-11-26.csv"',
    )
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const bytes = await bytesOf(response)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(decode(bytes)).toBe(
      '\uFEFFNaam;Actief\r\nCliëntenraad Súdwest-Fryslân;ja\r\n"Wmo-raad; ""oud""";nee\r\n',
    )
  })

  it('streams rows from an async source, in chunks, without reading ahead of the reader', async () => {
    let produced = 0
    async function* rows() {
      for (let index = 0; index < 5000; index += 1) {
        produced += 1
        yield [`Rij ${index}`, index]
      }
    }
    const response = csvResponse({ filename: 'x.csv', header: ['Naam', 'Nummer'], rows: rows() })
    const reader = response.body?.getReader()
    if (!reader) throw new Error('no body')
    await reader.read()
    expect(produced).toBeLessThan(5000)
    await reader.cancel()

    const whole = csvResponse({ filename: 'x.csv', header: ['Naam', 'Nummer'], rows: rows() })
    const lines = parseCsv(decode(await bytesOf(whole)))
    expect(lines).toHaveLength(5001)
    expect(lines.at(-1)).toEqual(['Rij 4999', '4999'])
  })

  it('stops reading its source when the download is cancelled', async () => {
    let finished = false
    async function* rows() {
      try {
        for (let index = 0; ; index += 1) yield [`Rij ${index}`]
      } finally {
        finished = true
      }
    }
    const response = csvResponse({ filename: 'x.csv', header: ['Naam'], rows: rows() })
    const reader = response.body?.getReader()
    if (!reader) throw new Error('no body')
    await reader.read()
    await reader.read()
    await reader.cancel()
    expect(finished).toBe(true)
  })

  it('keeps the file name in the header ASCII and free of quotes', () => {
    const response = csvResponse({ filename: 'a"b-é.csv', header: [], rows: [] })
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="a_b-_.csv"')
  })
})

describe('reading CSV back', () => {
  it('drops the BOM and a trailing line end, and keeps empty fields', () => {
    expect(parseCsv('\uFEFFa;;b\r\n;\r\n')).toEqual([
      ['a', '', 'b'],
      ['', ''],
    ])
  })
})
