import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { subDays } from 'date-fns'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { storedFilePath, uploadsDir } from '~/models/documents/file-store.server.ts'
import { search } from '~/models/search/search.server.ts'
import { resolveDatabasePath } from '~/utils/database-url.ts'
import { prisma } from '~/utils/db.server.ts'
import { seedDocuments } from '../../prisma/seed-documents.ts'

// The upload layer as it is, except that a test can make it refuse the n-th file.
const upload = vi.hoisted(() => ({ failAt: null as number | null, calls: 0 }))
vi.mock('~/models/documents/file-store.server.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('~/models/documents/file-store.server.ts')>()
  return {
    ...original,
    storeUpload: async (input: Parameters<typeof original.storeUpload>[0]) => {
      upload.calls++
      if (upload.failAt !== null && upload.calls >= upload.failAt)
        return { ok: false as const, error: 'document.file.tooBig' as const }
      return original.storeUpload(input)
    },
  }
})

const root = path.resolve(import.meta.dirname, '../..')
const KINDS = ['VISION_DOCUMENT', 'ADVICE', 'MINUTES', 'GUIDE', 'PRESENTATION', 'OTHER']
const DOCUMENT_TABLES = [
  'Document',
  'DocumentFile',
  'DocumentOrganisation',
  'DocumentPerson',
  'DocumentTheme',
  'DocumentMeeting',
  'DocumentAdvice',
]
const VOCABULARY = [
  'kwijtschelding',
  'schuldhulpverlening',
  'armoedebeleid',
  'beschut werk',
  'banenafspraak',
  'participatiewet',
  'bijstand',
  're-integratie',
  'wmo',
  'mantelzorg',
  'huishoudelijke hulp',
  'jeugdhulp',
  'energiearmoede',
  'bereikbaarheid',
  'laaggeletterd',
  'cliëntenraad',
  'adviesraad sociaal domein',
  'spreekuur',
  'ervaringsdeskundig',
  'geïnformeerd',
  'financiële',
]
// A word that appears in one demo document only, inside its PDF (not its title or description).
const PDF_ONLY_WORD = 'Jildwizer'

type Row = Record<string, unknown>
type DocumentSpec = { title: string; description: string; file?: string; paragraphs?: string[] }

const time = (value: unknown) => new Date(String(value)).getTime()
const isDateOnly = (value: unknown) => new Date(time(value)).toISOString().endsWith('T00:00:00.000Z')
const words = (text: string) => text.split(/\s+/).filter(Boolean)
// Returns `text` on one line, without list bullets: how a phrase reads, wherever the PDF broke it.
const flat = (text: string) => words(text.replace(/[•]/g, ' ')).join(' ')

// Runs the whole demo seed (every part of it) against this test file's database.
async function seedAll() {
  const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${resolveDatabasePath()}` },
    timeout: 90_000,
  })
  return stdout
}

// Returns every row of the document tables, in a stable order.
function snapshot(db: Database.Database) {
  return Object.fromEntries(
    DOCUMENT_TABLES.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
  )
}

const listUploads = () => readdirSync(uploadsDir()).sort()

describe('the demo documents', () => {
  const data = JSON.parse(readFileSync(path.join(root, 'prisma/data/documents.json'), 'utf8')) as {
    documents: DocumentSpec[]
  }
  let db: Database.Database
  let now: Date
  let firstRunOutput: string
  let secondRunOutput: string
  let rowsAfterFirstRun: ReturnType<typeof snapshot>
  let uploadsAfterFirstRun: string[]
  let documents: Row[]
  let files: Row[]
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]
  const currentFile = (documentId: unknown) =>
    files
      .filter((f) => f.documentId === documentId)
      .sort((a, b) => Number(b.versionNumber) - Number(a.versionNumber))[0]

  // Two runs of the whole seed on this file's database (so the app's search and uploadsDir()
  // see it): the second must find the documents there and add nothing.
  beforeAll(async () => {
    firstRunOutput = await seedAll()
    now = new Date()
    db = new Database(resolveDatabasePath(), { readonly: true })
    rowsAfterFirstRun = snapshot(db)
    uploadsAfterFirstRun = listUploads()
    db.close()
    secondRunOutput = await seedAll()
    db = new Database(resolveDatabasePath(), { readonly: true })
    documents = all('SELECT * FROM Document ORDER BY documentDate')
    files = all('SELECT * FROM DocumentFile')
    return () => db.close()
  }, 180_000)

  it('has thirty or more documents of every kind, dated over the last two and a half years', () => {
    expect(documents.length).toBeGreaterThanOrEqual(30)
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(KINDS))
    const users = new Set(
      all(`SELECT id FROM User WHERE email IN ('opbouwwerker@example.org', 'coordinator@example.org')`).map(
        (u) => u.id,
      ),
    )
    for (const d of documents) {
      const name = String(d.title)
      expect(isDateOnly(d.documentDate), name).toBe(true)
      expect(time(d.documentDate), name).toBeGreaterThanOrEqual(subDays(now, 915).getTime())
      expect(time(d.documentDate), name).toBeLessThan(now.getTime())
      expect(String(d.description ?? '').length, name).toBeGreaterThan(40)
      expect(users, name).toContain(d.createdById)
      expect(time(d.createdAt), name).toBeLessThanOrEqual(time(d.updatedAt))
    }
    const days = documents.map((d) => time(d.documentDate))
    expect(Math.max(...days) - Math.min(...days)).toBeGreaterThan(500 * 86_400_000)
  })

  it('gives most documents a file with several paragraphs of extracted Dutch text', () => {
    const withFile = documents.filter((d) => currentFile(d.id))
    expect(withFile.length).toBeGreaterThanOrEqual(documents.length - 2)
    expect(new Set(files.map((f) => f.mediaType))).toEqual(
      new Set(['text/markdown', 'text/plain', 'application/pdf']),
    )
    for (const d of withFile) {
      const file = currentFile(d.id)
      expect(file?.extractionStatus, String(d.title)).toBe('EXTRACTED')
      const count = words(String(file?.extractedText)).length
      expect(count, String(d.title)).toBeGreaterThanOrEqual(150)
      expect(count, String(d.title)).toBeLessThanOrEqual(650)
    }
    const text = files.map((f) => String(f.extractedText)).join('\n')
    // The words people search for, spelled as they should be (cliëntenraad, not clientenraad).
    for (const word of VOCABULARY) expect(text.toLowerCase(), word).toContain(word)
  })

  it('stores every file under uploadsDir(), as recorded, and nothing else', () => {
    for (const f of files) {
      const bytes = readFileSync(storedFilePath(String(f.storedName)))
      expect(bytes.length, String(f.originalName)).toBe(f.size)
      expect(createHash('sha256').update(bytes).digest('hex'), String(f.originalName)).toBe(f.sha256)
    }
    expect(listUploads()).toEqual(files.map((f) => String(f.storedName)).sort())
  })

  it('makes four or more real PDFs whose text is extracted, one of them over two pages', () => {
    const pdfs = files.filter((f) => f.mediaType === 'application/pdf')
    expect(pdfs.length).toBeGreaterThanOrEqual(4)
    for (const pdf of pdfs) {
      const name = String(pdf.originalName)
      expect(
        readFileSync(storedFilePath(String(pdf.storedName)))
          .subarray(0, 5)
          .toString(),
        name,
      ).toBe('%PDF-')
      expect(pdf.extractionStatus, name).toBe('EXTRACTED')
      // The start of the last paragraph of its text, found in what was extracted from the PDF.
      const spec = data.documents.find((d) => d.file === name)
      const phrase = words(String(spec?.paragraphs?.at(-1)).replace(/^(## |- )/, ''))
        .slice(0, 8)
        .join(' ')
      expect(flat(String(pdf.extractedText)), name).toContain(phrase)
    }
    expect(pdfs.some((pdf) => String(pdf.extractedText).includes('pagina 2 van 2'))).toBe(true)
  })

  it('keeps both versions of a revised document, the newer one current and indexed', () => {
    const revised = documents.filter((d) => files.some((f) => f.documentId === d.id && f.versionNumber === 2))
    expect(revised.length).toBeGreaterThanOrEqual(1)
    for (const d of revised) {
      const name = String(d.title)
      const versions = files
        .filter((f) => f.documentId === d.id)
        .sort((a, b) => Number(a.versionNumber) - Number(b.versionNumber))
      expect(
        versions.map((f) => f.versionNumber),
        name,
      ).toEqual([1, 2])
      const [first, second] = versions
      expect(time(second?.uploadedAt), name).toBeGreaterThan(time(first?.uploadedAt))
      expect(time(d.createdAt), name).toBe(time(first?.uploadedAt))
      expect(time(d.updatedAt), name).toBe(time(second?.uploadedAt))
      expect(second?.sha256, name).not.toBe(first?.sha256)
      // Search reads the current version.
      const [indexed] = all(`SELECT body FROM SearchDocument WHERE kind = 'document' AND recordId = ?`, d.id)
      expect(String(indexed?.body), name).toContain(String(second?.extractedText))
    }
    // The edit counter is the app's, for concurrent edits; new file versions leave it alone.
    for (const d of documents) expect(d.version, String(d.title)).toBe(1)
  })

  it('links the documents to the demo meetings, advices, councils, their members and themes', () => {
    const links = (table: string, column: string) =>
      new Map(all(`SELECT documentId, ${column} AS id FROM "${table}"`).map((r) => [r.documentId, r.id]))
    const meetingOf = links('DocumentMeeting', 'meetingId')
    const meetings = new Map(all('SELECT * FROM Meeting').map((m) => [m.id, m]))
    const visions = documents.filter((d) => d.kind === 'VISION_DOCUMENT')
    expect(visions.filter((d) => meetings.get(meetingOf.get(d.id))?.kind === 'THEME').length).toBe(2)
    for (const [documentId, meetingId] of meetingOf) {
      const meeting = meetings.get(meetingId)
      const d = documents.find((doc) => doc.id === documentId)
      expect(meeting?.status, String(d?.title)).toBe('HELD')
      expect(time(d?.documentDate), String(d?.title)).toBeGreaterThanOrEqual(
        time(meeting?.startsAt) - 86_400_000,
      )
    }
    expect(
      documents.filter((d) => d.kind === 'MINUTES' && meetingOf.has(d.id)).length,
    ).toBeGreaterThanOrEqual(5)

    // An advice's document is written by exactly the councils of the advice.
    const adviceOf = links('DocumentAdvice', 'adviceId')
    const advices = documents.filter((d) => d.kind === 'ADVICE')
    expect(advices.length).toBeGreaterThanOrEqual(6)
    for (const d of advices) {
      const adviceId = adviceOf.get(d.id)
      expect(adviceId, String(d.title)).toBeDefined()
      const councils = all('SELECT organisationId FROM AdviceCouncil WHERE adviceId = ?', adviceId).map(
        (r) => r.organisationId,
      )
      const authors = all(
        `SELECT organisationId FROM DocumentOrganisation WHERE documentId = ? AND role = 'AUTHOR'`,
        d.id,
      ).map((r) => r.organisationId)
      expect(new Set(authors), String(d.title)).toEqual(new Set(councils))
    }
    expect(all('SELECT * FROM DocumentAdvice').length).toBe(advices.length)

    // Authors on most documents, subjects on some; the people named are members of an author.
    const organisations = all('SELECT * FROM DocumentOrganisation')
    expect(new Set(organisations.filter((o) => o.role === 'AUTHOR').map((o) => o.documentId)).size).toBe(
      documents.length,
    )
    expect(organisations.filter((o) => o.role === 'SUBJECT').length).toBeGreaterThanOrEqual(15)
    const people = all(
      `SELECT dp.documentId, EXISTS (SELECT 1 FROM Membership m JOIN DocumentOrganisation o
         ON o.organisationId = m.organisationId AND o.documentId = dp.documentId AND o.role = 'AUTHOR'
         WHERE m.personId = dp.personId) AS member
       FROM DocumentPerson dp`,
    )
    expect(people.length).toBeGreaterThanOrEqual(30)
    for (const p of people) expect(p.member).toBe(1)
    const themed = new Set(all('SELECT documentId FROM DocumentTheme').map((t) => t.documentId))
    expect(themed.size).toBeGreaterThanOrEqual(documents.length - 5)
  })

  it('finds a document by a word that appears only inside its PDF', async () => {
    const [spec, ...others] = data.documents.filter((d) => d.paragraphs?.join(' ').includes(PDF_ONLY_WORD))
    expect(others).toEqual([])
    expect(spec?.file).toMatch(/\.pdf$/)
    expect(`${spec?.title} ${spec?.description}`).not.toContain(PDF_ONLY_WORD)
    const document = documents.find((d) => d.title === spec?.title)
    // The index holds the PDF's text (accent-insensitive FTS5, as the search uses it) ...
    const indexed = all(
      `SELECT d.recordId FROM SearchIndex JOIN SearchDocument d ON d.id = SearchIndex.rowid
       WHERE SearchIndex MATCH ?`,
      `"${PDF_ONLY_WORD.toLowerCase()}"*`,
    )
    expect(indexed.map((r) => r.recordId)).toEqual([document?.id])
    // ... and the app's search finds it there.
    const result = await search({ q: PDF_ONLY_WORD, kinds: ['document'] })
    expect(result.hits.map((hit) => [hit.kind, hit.recordId])).toEqual([['document', document?.id]])
    expect(result.hits[0]?.snippet.some((s) => s.match && s.text.includes(PDF_ONLY_WORD))).toBe(true)
  })

  it('changes nothing when run a second time', () => {
    expect(firstRunOutput).toMatch(/Demo documents: \d+ documents \(/)
    expect(secondRunOutput).toMatch(
      /Demo documents: the database already has the demo documents; nothing added/,
    )
    expect(snapshot(db)).toEqual(rowsAfterFirstRun)
    expect(listUploads()).toEqual(uploadsAfterFirstRun)
  })

  it('removes the files it stored, and saves no document, when the upload layer refuses one halfway', async () => {
    // Without the documents, a run stores their files again; the eleventh is refused.
    await prisma.document.deleteMany()
    const before = listUploads()
    upload.failAt = 11
    upload.calls = 0
    await expect(seedDocuments(prisma)).rejects.toThrow(/was refused \(document\.file\.tooBig\)/)
    upload.failAt = null
    expect(upload.calls).toBe(11)
    expect(await prisma.document.count()).toBe(0)
    expect(await prisma.documentFile.count()).toBe(0)
    expect(listUploads()).toEqual(before)
  })
})
