import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { EXTRACTED_TEXT_MAX, extractText } from '~/models/documents/extract-text.server.ts'
import {
  contentDisposition,
  fileResponseHeaders,
  openStoredFile,
  removeStoredFiles,
  safeFileName,
  storedFilePath,
  storeUpload,
  uploadErrorRef,
  uploadsDir,
} from '~/models/documents/file-store.server.ts'
import { parseDocumentForm } from '~/models/documents/upload-form.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'

const MAX_BYTES = 2 * 1024 * 1024
const utf8 = (text: string) => new TextEncoder().encode(text)
const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'))

// A 1×1 PNG and a 1×1 GIF.
const PNG = base64(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
)
const GIF = base64('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7')
// The first bytes of a Windows executable and of a Linux one.
const EXE = new Uint8Array([
  0x4d,
  0x5a,
  0x90,
  0,
  3,
  0,
  0,
  0,
  4,
  0,
  0,
  0,
  0xff,
  0xff,
  0,
  0,
  ...new Array(240).fill(0),
])
const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(240).fill(0)])

// Returns a PDF with one page per entry of `pages`, each a few lines of text.
async function makePdf(pages: string[][]) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const lines of pages) {
    const page = pdf.addPage()
    lines.forEach((line, index) => {
      page.drawText(line, { x: 50, y: 750 - index * 20, font, size: 12 })
    })
  }
  return pdf.save()
}

// Returns a minimal Word document with `body` (WordprocessingML) as its body.
function makeDocx(body: string) {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  })
}

// Returns a minimal OpenDocument text with `body` (ODF text elements) as its text.
function makeOdt(body: string) {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  })
}

// Returns the names of the files in the uploads folder.
function listUploads() {
  return readdir(uploadsDir()).catch(() => [] as string[])
}

// Stores a file that must be accepted and returns what was stored.
async function storeAccepted(fileName: string, bytes: Uint8Array) {
  const result = await storeUpload({ bytes, fileName, maxBytes: MAX_BYTES })
  if (!result.ok) throw new Error(`expected ${fileName} to be stored, got ${result.error}`)
  return result.file
}

// Stores a file that must be refused and returns why; checks that nothing was written.
async function storeRefused(fileName: string, bytes: Uint8Array, maxBytes = MAX_BYTES) {
  const before = await listUploads()
  const result = await storeUpload({ bytes, fileName, maxBytes })
  expect(await listUploads()).toEqual(before)
  if (result.ok) throw new Error(`expected ${fileName} to be refused`)
  return result.error
}

describe('storing an uploaded document file', () => {
  it('stores a PDF under a name of its own beside the database, with its text searchable', async () => {
    const bytes = await makePdf([
      ['De cliëntenraad adviseert over ideeën', 'voor één loket'],
      ['Tweede pagina: reüniecoördinatie'],
    ])
    const file = await storeAccepted('../Advies cliëntenraad.pdf', bytes)

    expect(file.storedName).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(file.storedName).not.toContain('Advies')
    expect(file.originalName).toBe('Advies cliëntenraad.pdf')
    expect(file.mediaType).toBe('application/pdf')
    expect(file.size).toBe(bytes.length)
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(file.extractionStatus).toBe('EXTRACTED')
    expect(file.extractedText).toContain('De cliëntenraad adviseert over ideeën')
    expect(file.extractedText).toContain('reüniecoördinatie')

    const stored = storedFilePath(file.storedName)
    expect(path.dirname(stored)).toBe(uploadsDir())
    expect(uploadsDir()).toBe(path.join(path.dirname(process.env.DATABASE_URL?.slice(5) ?? ''), 'uploads'))
    expect(new Uint8Array(await readFile(stored))).toEqual(bytes)
    expect(await listUploads()).toContain(file.storedName)
  })

  it('marks a PDF without text as having no text', async () => {
    const file = await storeAccepted('scan.pdf', await makePdf([[]]))
    expect(file).toMatchObject({ extractionStatus: 'NO_TEXT', extractedText: null })
  })

  it('stores a PDF that cannot be read, marked as failed', async () => {
    const truncated = (await makePdf([['Kapot bestand']])).slice(0, 400)
    const garbage = utf8('%PDF-1.7\nthis is not a PDF at all')
    for (const bytes of [truncated, garbage]) {
      const file = await storeAccepted('kapot.pdf', bytes)
      expect(file).toMatchObject({
        mediaType: 'application/pdf',
        extractionStatus: 'FAILED',
        extractedText: null,
      })
      expect(await listUploads()).toContain(file.storedName)
    }
  })

  it('reads the paragraphs of a Word document', async () => {
    const bytes = makeDocx(
      '<w:p><w:r><w:t>Notulen van de cliëntenraad</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Punt 1:</w:t><w:tab/><w:t>Zorg &amp; Welzijn &lt;Noord&gt;</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>Regel</w:t><w:br/><w:t>na een regeleinde &#233;n &#x20AC; 5</w:t></w:r></w:p>' +
        '<w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>weg</w:delText></w:r></w:p>',
    )
    const file = await storeAccepted('notulen.DOCX', bytes)
    expect(file.storedName).toMatch(/^[0-9a-f]{32}\.docx$/)
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(file.extractionStatus).toBe('EXTRACTED')
    expect(file.extractedText).toBe(
      'Notulen van de cliëntenraad\nPunt 1: Zorg & Welzijn <Noord>\nRegel\nna een regeleinde én € 5',
    )
  })

  it('reads the headings and paragraphs of an OpenDocument text', async () => {
    const bytes = makeOdt(
      '<text:h text:outline-level="1">Visie op participatie</text:h>' +
        '<text:p>Wij willen<text:s text:c="3"/>meedenken<text:tab/>over de Wmo.</text:p>' +
        '<text:p/><text:p>Tweede&#160;alinea<text:line-break/>met &quot;aanhalingstekens&quot; &amp;lt;</text:p>',
    )
    const file = await storeAccepted('visie.odt', bytes)
    expect(file.storedName).toMatch(/^[0-9a-f]{32}\.odt$/)
    expect(file.mediaType).toBe('application/vnd.oasis.opendocument.text')
    expect(file.extractedText).toBe(
      'Visie op participatie\nWij willen meedenken over de Wmo.\n\nTweede alinea\nmet "aanhalingstekens" &lt;',
    )
  })

  it('refuses to inflate a zipped document part that is far too big', async () => {
    const bytes = zipSync({
      '[Content_Types].xml': makeDocxContentTypes(),
      'word/document.xml': new Uint8Array(51 * 1024 * 1024),
    })
    const file = await storeAccepted('bom.docx', bytes)
    expect(file).toMatchObject({ extractionStatus: 'FAILED', extractedText: null })
  })

  it('stores plain text and Markdown in UTF-8, a byte order mark dropped', async () => {
    const text = await storeAccepted('notitie.txt', utf8('\uFEFFAgenda   overleg\r\n\r\n\r\n\r\nPunt één'))
    expect(text).toMatchObject({ mediaType: 'text/plain', extractionStatus: 'EXTRACTED' })
    expect(text.storedName).toMatch(/^[0-9a-f]{32}\.txt$/)
    expect(text.extractedText).toBe('Agenda overleg\n\nPunt één')

    const markdown = await storeAccepted('leesmij.markdown', utf8('# Kop\n\n- punt'))
    expect(markdown).toMatchObject({ mediaType: 'text/markdown', extractedText: '# Kop\n\n- punt' })
    expect(markdown.storedName).toMatch(/^[0-9a-f]{32}\.md$/)

    expect(await storeAccepted('leeg.md', utf8(' \n\t \n'))).toMatchObject({ extractionStatus: 'NO_TEXT' })
  })

  it('keeps at most the limit of text for search', async () => {
    const file = await storeAccepted('lang.txt', utf8('woord '.repeat(100_000)))
    expect(file.extractedText).toHaveLength(EXTRACTED_TEXT_MAX)
  })

  it('stores images without text', async () => {
    const png = await storeAccepted('foto.png', PNG)
    expect(png).toMatchObject({
      mediaType: 'image/png',
      extractionStatus: 'NOT_APPLICABLE',
      extractedText: null,
    })
    expect(png.storedName).toMatch(/^[0-9a-f]{32}\.png$/)
    const gif = await storeAccepted('animatie.gif', GIF)
    expect(gif).toMatchObject({ mediaType: 'image/gif', extractionStatus: 'NOT_APPLICABLE' })
  })

  it('refuses a missing, empty or too big file, writing nothing', async () => {
    expect(await storeRefused('', new Uint8Array())).toBe('document.file.missing')
    expect(await storeRefused('leeg.pdf', new Uint8Array())).toBe('document.file.empty')
    const pdf = await makePdf([['Te groot']])
    expect(await storeRefused('groot.pdf', pdf, pdf.length - 1)).toBe('document.file.tooBig')
  })

  it('refuses files that are no document, whatever their name says', async () => {
    expect(await storeRefused('setup.exe', EXE)).toBe('document.file.type')
    expect(await storeRefused('advies.pdf', EXE)).toBe('document.file.type')
    expect(await storeRefused('advies.pdf', ELF)).toBe('document.file.type')
    expect(await storeRefused('archief.zip', zipSync({ 'a.txt': utf8('hallo') }))).toBe('document.file.type')
    expect(await storeRefused('archief.docx', zipSync({ 'a.txt': utf8('hallo') }))).toBe('document.file.type')
    expect(await storeRefused('pagina.html', utf8('<p>hallo</p>'))).toBe('document.file.type')
    expect(await storeRefused('zonder-extensie', utf8('hallo'))).toBe('document.file.type')
  })

  it('refuses a document whose name claims another type than its content', async () => {
    expect(await storeRefused('advies.pdf', PNG)).toBe('document.file.mismatch')
    expect(await storeRefused('verslag.docx', PNG)).toBe('document.file.mismatch')
    expect(await storeRefused('verslag.odt', await makePdf([['Een PDF']]))).toBe('document.file.mismatch')
    expect(await storeRefused('foto', PNG)).toBe('document.file.mismatch')
  })

  it('refuses text that is not UTF-8 or contains NUL bytes', async () => {
    const latin1 = new Uint8Array([0x63, 0x6c, 0x69, 0xeb, 0x6e, 0x74]) // "cliënt" in Windows-1252
    expect(await storeRefused('notitie.txt', latin1)).toBe('document.file.type')
    expect(await storeRefused('notitie.md', utf8('tekst\u0000met NUL'))).toBe('document.file.type')
    expect(await storeRefused('notitie.txt', PNG)).toBe('document.file.mismatch')
  })

  it('does not throw when text extraction meets a type it does not know', async () => {
    expect(await extractText(utf8('x'), 'application/octet-stream')).toEqual({ status: 'FAILED', text: null })
    expect(await extractText(utf8('not a zip'), 'application/vnd.oasis.opendocument.text')).toEqual({
      status: 'FAILED',
      text: null,
    })
  })
})

// Returns the [Content_Types].xml of a Word document.
function makeDocxContentTypes() {
  return strToU8(
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
}

describe('stored file names', () => {
  it('gives a path only for names the server made', async () => {
    const file = await storeAccepted('foto.png', PNG)
    expect(storedFilePath(file.storedName)).toBe(path.join(uploadsDir(), file.storedName))
    for (const name of [
      '../x',
      'x',
      '',
      `../${file.storedName}`,
      `${file.storedName}/../../test.db`,
      file.storedName.toUpperCase(),
      `${'a'.repeat(32)}.exe`,
      `${'a'.repeat(31)}.pdf`,
      `${'a'.repeat(32)}.pdf\n`,
    ]) {
      expect(() => storedFilePath(name), name).toThrow('invalid stored file name')
    }
  })

  it('removes stored files, skipping missing ones and foreign names', async () => {
    const file = await storeAccepted('foto.png', PNG)
    await removeStoredFiles([file.storedName, `${'0'.repeat(32)}.pdf`, '../test.db'])
    expect(await listUploads()).not.toContain(file.storedName)
    expect(await openStoredFile(file.storedName)).toBeNull()
  })

  it('opens a stored file for download', async () => {
    const file = await storeAccepted('foto.png', PNG)
    const opened = await openStoredFile(file.storedName)
    expect(opened?.size).toBe(PNG.length)
    expect(new Uint8Array(await new Response(opened?.stream).arrayBuffer())).toEqual(PNG)
    expect(await openStoredFile('../test.db')).toBeNull()
  })
})

describe('file names of uploads', () => {
  it('keeps only the last part of a path', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\Jan\\Documenten\\verslag.pdf')).toBe('verslag.pdf')
    expect(safeFileName('..\\..\\advies.docx')).toBe('advies.docx')
    expect(safeFileName('map/')).toBe('document')
    expect(safeFileName('../..')).toBe('document')
  })

  it('drops control and direction characters and surrounding spaces', () => {
    expect(safeFileName('  ver\u0000sl\u001fag\n 2024\u007f.pdf ')).toBe('verslag 2024.pdf')
    expect(safeFileName('rapport\u202Efdp.exe')).toBe('rapportfdp.exe')
    expect(safeFileName('\u0000\t ')).toBe('document')
  })

  it('shortens long names to 200 characters, keeping the extension', () => {
    const long = safeFileName(`${'a'.repeat(300)}.pdf`)
    expect(long).toBe(`${'a'.repeat(196)}.pdf`)
    expect(safeFileName('é'.repeat(250))).toBe('é'.repeat(200))
    expect(safeFileName('cliënt'.normalize('NFD'))).toBe('cliënt')
  })

  it('makes a download header from which no quote or backslash breaks out', () => {
    expect(contentDisposition('verslag.pdf')).toBe(
      `attachment; filename="verslag.pdf"; filename*=UTF-8''verslag.pdf`,
    )
    expect(contentDisposition('Advies "cliëntenraad" (def).pdf')).toBe(
      `attachment; filename="Advies _clientenraad_ (def).pdf"; filename*=UTF-8''Advies%20%22cli%C3%ABntenraad%22%20%28def%29.pdf`,
    )
    expect(contentDisposition('a\\b"; filename=evil.exe')).toBe(
      `attachment; filename="b_; filename=evil.exe"; filename*=UTF-8''b%22%3B%20filename%3Devil.exe`,
    )
    expect(contentDisposition('100% €\r\n.txt')).toBe(
      `attachment; filename="100_ _.txt"; filename*=UTF-8''100%25%20%E2%82%AC.txt`,
    )
  })

  it('gives download headers that keep the browser from sniffing or showing the file', () => {
    expect(
      fileResponseHeaders({ originalName: 'notitie.txt', mediaType: 'text/plain', size: 12 }),
    ).toMatchObject({
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': '12',
      'Content-Disposition': `attachment; filename="notitie.txt"; filename*=UTF-8''notitie.txt`,
      'X-Content-Type-Options': 'nosniff',
    })
  })
})

describe('messages of upload errors', () => {
  it('names the size limit in MB', () => {
    expect(translateRef(uploadErrorRef('document.file.tooBig', 20 * 1024 * 1024))).toBe(
      'Het bestand is groter dan 20 MB. Verklein het of deel het op.',
    )
    expect(translateRef(uploadErrorRef('document.file.tooBig', 1.5 * 1024 * 1024))).toContain('1,5 MB')
    expect(translateRef(uploadErrorRef('document.file.empty', MAX_BYTES))).toBe('Het bestand is leeg.')
  })
})

describe('reading a document form', () => {
  // Returns a multipart request as a browser sends it.
  function postForm(fields: Record<string, string>, file?: File) {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    if (file) form.set('file', file)
    return new Request('http://localhost/documenten/nieuw', { method: 'POST', body: form })
  }

  // Returns the same request with its length, as a browser sends every form.
  async function withLength(request: Request) {
    const body = await request.arrayBuffer()
    const headers = new Headers(request.headers)
    headers.set('Content-Length', String(body.byteLength))
    return new Request(request.url, { method: 'POST', headers, body })
  }

  it('gives the fields and the bytes of a file within the limit', async () => {
    const { formData, file } = await parseDocumentForm(
      postForm({ title: 'Visie', kind: 'GUIDE' }, new File([PNG], 'foto.png', { type: 'image/png' })),
      1024,
    )
    expect(formData.get('title')).toBe('Visie')
    expect(formData.get('kind')).toBe('GUIDE')
    expect(formData.has('file')).toBe(false)
    expect(file).toEqual({ fileName: 'foto.png', bytes: PNG })
  })

  it('keeps the other fields when the file is too big', async () => {
    const big = new Uint8Array(300_000).fill(0x61)
    const { formData, file } = await parseDocumentForm(
      postForm({ title: 'Jaarverslag', description: 'Met bijlagen' }, new File([big], 'groot.pdf')),
      100_000,
    )
    expect(formData.get('title')).toBe('Jaarverslag')
    expect(formData.get('description')).toBe('Met bijlagen')
    expect(file).toEqual({ fileName: 'groot.pdf', tooBig: true })
  })

  it('reads a file name with a semicolon or an equals sign, as a browser sends it', async () => {
    for (const name of ['notulen; concept.txt', 'x=1 verslag.txt']) {
      const { formData, file } = await parseDocumentForm(
        await withLength(postForm({ title: 'Notulen' }, new File(['hallo'], name))),
        1024,
      )
      expect(formData.get('title')).toBe('Notulen')
      expect(file).toEqual({ fileName: name, bytes: utf8('hallo') })
    }
  })

  it('reads a form of known length whole, with the same answers as when streamed', async () => {
    const big = new Uint8Array(300_000).fill(0x61)
    const tooBig = await parseDocumentForm(
      await withLength(postForm({ title: 'Jaarverslag' }, new File([big], 'groot.pdf'))),
      100_000,
    )
    expect(tooBig.formData.get('title')).toBe('Jaarverslag')
    expect(tooBig.file).toEqual({ fileName: 'groot.pdf', tooBig: true })
    const none = await parseDocumentForm(
      await withLength(postForm({ title: 'Zonder' }, new File([], ''))),
      1024,
    )
    expect(none.file).toBeNull()
    expect(none.formData.has('file')).toBe(false)
    const empty = await parseDocumentForm(
      await withLength(postForm({ title: 'Leeg' }, new File([], 'leeg.pdf'))),
      1024,
    )
    expect(empty.file).toEqual({ fileName: 'leeg.pdf', bytes: new Uint8Array() })
  })

  it('gives no file for an empty file input, and an empty file as empty bytes', async () => {
    const none = await parseDocumentForm(postForm({ title: 'Zonder' }, new File([], '')), 1024)
    expect(none.file).toBeNull()
    expect(none.formData.get('title')).toBe('Zonder')
    const empty = await parseDocumentForm(postForm({ title: 'Leeg' }, new File([], 'leeg.pdf')), 1024)
    expect(empty.file).toEqual({ fileName: 'leeg.pdf', bytes: new Uint8Array() })
  })

  it('reads an ordinary form without a file', async () => {
    const request = new Request('http://localhost/documenten/nieuw', {
      method: 'POST',
      body: new URLSearchParams({ title: 'Gewoon' }),
    })
    const { formData, file } = await parseDocumentForm(request, 1024)
    expect(formData.get('title')).toBe('Gewoon')
    expect(file).toBeNull()
  })

  it('answers a body that is no well-formed form with 400, never a server error', async () => {
    // Returns the status parseDocumentForm throws for a multipart body.
    const statusFor = async (body: string, contentType: string) => {
      const statuses = []
      const headerSets: Record<string, string>[] = [
        { 'Content-Type': contentType },
        { 'Content-Type': contentType, 'Content-Length': String(utf8(body).byteLength) },
      ]
      for (const headers of headerSets) {
        const request = new Request('http://localhost/documenten/nieuw', { method: 'POST', headers, body })
        const thrown = await parseDocumentForm(request, 1024).then(
          () => null,
          (error: unknown) => error,
        )
        statuses.push(thrown instanceof Response ? thrown.status : thrown)
      }
      // Streamed or read whole, the answer is the same.
      expect(statuses[0]).toEqual(statuses[1])
      return statuses[0]
    }
    const part = (disposition: string) =>
      `--X\r\nContent-Disposition: ${disposition}\r\n\r\nhallo\r\n--X--\r\n`
    // A part without a name, and a file name whose quote is never closed.
    expect(await statusFor(part('form-data; filename="a.txt"'), 'multipart/form-data; boundary=X')).toBe(400)
    expect(
      await statusFor(part('form-data; name="file"; filename="a.txt'), 'multipart/form-data; boundary=X'),
    ).toBe(400)
    // No boundary, and a body cut off halfway.
    expect(await statusFor(part('form-data; name="title"'), 'multipart/form-data')).toBe(400)
    expect(
      await statusFor(part('form-data; name="title"').slice(0, 30), 'multipart/form-data; boundary=X'),
    ).toBe(400)
  })
})
