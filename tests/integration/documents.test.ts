import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterEach, describe, expect, it } from 'vitest'
import { createAdvice } from '~/models/advice/advice.server.ts'
import { createDocument } from '~/models/documents/document.server.ts'
import { storedFilePath, uploadsDir } from '~/models/documents/file-store.server.ts'
import { reindexAll, search } from '~/models/search/search.server.ts'
import { mergeThemes } from '~/models/theme/theme.server.ts'
import { loader as adviceLoader } from '~/routes/adviezen.$adviceId.tsx'
import { loader as meetingLoader } from '~/routes/bijeenkomsten.$meetingId.tsx'
import { loader as listLoader } from '~/routes/documenten._index.tsx'
import { action as detailAction, loader as detailLoader } from '~/routes/documenten.$documentId.tsx'
import { loader as downloadLoader } from '~/routes/documenten.$documentId_.bestand.$fileId.tsx'
import { action as editAction, loader as editLoader } from '~/routes/documenten.$documentId_.bewerken.tsx'
import { loader as csvLoader } from '~/routes/documenten.export[.]csv.ts'
import { action as newAction, loader as newLoader } from '~/routes/documenten.nieuw.tsx'
import { loader as organisationLoader } from '~/routes/organisaties.$organisationId.tsx'
import { parseCsv } from '~/utils/csv.ts'
import { prisma } from '~/utils/db.server.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  createTestTheme,
  type FormFields,
  makeRequest,
  outcome,
  postForm,
  signedIn,
  testContext,
} from '../factories.ts'

type Reply = {
  intent?: string
  errors: Record<string, string[]>
  values: Record<string, string>
  lists: Record<string, string[]>
  conflict?: { changes: { label: string; before: string; after: string }[]; version: number } | null
}

type Upload = { name: string; bytes: Uint8Array; type?: string }

const messages = (reply: { data?: Reply }, field: string) =>
  (reply.data?.errors[field] ?? []).map(translateRef)

afterEach(() => {
  delete process.env.DOCUMENT_MAX_UPLOAD_MB
})

// Returns a PDF whose one page holds `lines` of text.
async function makePdf(lines: string[]) {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  const page = pdf.addPage()
  lines.forEach((line, index) => {
    page.drawText(line, { x: 50, y: 750 - index * 20, font, size: 12 })
  })
  return pdf.save()
}

const utf8 = (text: string) => new TextEncoder().encode(text)

// The first bytes of a Windows program.
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

// Returns a multipart form POST as a browser sends it: repeated fields for lists and the
// file in the field "file" (an empty, nameless file when none was chosen).
function multipart(url: string, cookie: string, fields: FormFields, upload?: Upload | null) {
  const body = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
  }
  const file = upload
    ? new File([Buffer.from(upload.bytes)], upload.name, { type: upload.type ?? 'application/octet-stream' })
    : new File([], '', { type: 'application/octet-stream' })
  body.append('file', file)
  return new Request(new URL(url, 'http://localhost'), { method: 'POST', headers: { Cookie: cookie }, body })
}

function createThroughForm(cookie: string, fields: FormFields, upload?: Upload | null) {
  return outcome<Reply>(() =>
    newAction({
      request: multipart('/documenten/nieuw', cookie, fields, upload),
      params: {},
      context: testContext(),
    }),
  )
}

function uploadVersion(documentId: string, cookie: string, upload?: Upload | null) {
  return outcome<Reply>(() =>
    detailAction({
      request: multipart(`/documenten/${documentId}`, cookie, { intent: 'upload-version' }, upload),
      params: { documentId },
      context: testContext(),
    }),
  )
}

function act(documentId: string, cookie: string, fields: FormFields) {
  return outcome<Reply>(() =>
    detailAction({
      request: postForm(`/documenten/${documentId}`, cookie, fields),
      params: { documentId },
      context: testContext(),
    }),
  )
}

function edit(documentId: string, cookie: string, fields: FormFields) {
  return outcome<Reply>(() =>
    editAction({
      request: postForm(`/documenten/${documentId}/bewerken`, cookie, fields),
      params: { documentId },
      context: testContext(),
    }),
  )
}

// Returns the raw download response of one file.
async function download(documentId: string, fileId: string, cookie: string) {
  try {
    return (await downloadLoader({
      request: makeRequest(`/documenten/${documentId}/bestand/${fileId}`, { cookie }),
      params: { documentId, fileId },
      context: testContext(),
    })) as Response
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

// Returns the id of the document with this title (titles are unique within a test).
async function documentIdOf(title: string) {
  return (await prisma.document.findFirstOrThrow({ where: { title }, select: { id: true } })).id
}

// Returns the ids of the documents the search finds for `q`.
async function foundDocuments(q: string, filters: { themeId?: string; municipalityId?: string } = {}) {
  const result = await search({ q, kinds: ['document'], ...filters })
  return result.hits.map((hit) => hit.recordId)
}

// Returns the names of the files in the uploads folder.
async function storedFiles() {
  return existsSync(uploadsDir()) ? (await readdir(uploadsDir())).sort() : []
}

// Returns a meeting made directly in the database, for linking.
function createTestMeeting(createdById: string, title = `Themabijeenkomst ${Date.now()}`) {
  const startsAt = new Date('2026-10-12T12:00:00Z')
  return prisma.meeting.create({
    data: { kind: 'THEME', title, startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000), createdById },
  })
}

const basicFields = (title: string): FormFields => ({
  kind: 'VISION_DOCUMENT',
  title,
  documentDate: '',
  description: '',
})

describe('a document with an uploaded PDF', () => {
  it('is stored with its links and file, found by words inside the PDF, and listed where it is linked', async () => {
    const worker = await signedIn('opbouwwerker')
    const municipality = await createTestMunicipality({ name: 'Súdwest-Fryslân (test)' })
    const theme = await createTestTheme({ name: 'Kwijtschelding (test)' })
    const council = await createTestOrganisation({
      name: 'Cliëntenraad Súdwest (test)',
      municipalityIds: [municipality.id],
    })
    const subject = await createTestOrganisation({ name: 'Wmo-raad Snits (test)', type: 'WMO_COUNCIL' })
    const person = await prisma.person.create({ data: { name: 'Jelle de Vries (test)' } })
    const meeting = await createTestMeeting(worker.user.id, 'Themabijeenkomst armoede (test)')
    const advice = await createAdvice({
      type: 'UNREQUESTED',
      title: 'Advies kwijtscheldingsbeleid (test)',
      summary: null,
      body: null,
      councilIds: [council.id],
      addressees: [],
      themeIds: [],
      signalIds: [],
      activityIds: [],
      supporterId: null,
      requestReceivedOn: null,
      deadline: null,
      actorId: worker.user.id,
    })
    if (!advice.ok) throw new Error('the test advice was refused')
    const pdf = await makePdf([
      'Visie op armoedebeleid in Sudwest-Fryslan',
      'De raad pleit voor een ruimhartige kwijtscheldingsregeling voor minima.',
    ])

    const created = await createThroughForm(
      worker.cookie,
      {
        kind: 'VISION_DOCUMENT',
        title: 'Visiedocument armoede 2026',
        documentDate: '2026-10-12',
        description: 'Opgesteld na de themabijeenkomst.',
        authorOrganisationIds: [council.id],
        authorPersonIds: [person.id],
        subjectOrganisationIds: [subject.id],
        themeIds: [theme.id],
        meetingIds: [meeting.id],
        adviceIds: [advice.adviceId],
      },
      { name: 'visie-armoede.pdf', bytes: pdf, type: 'application/pdf' },
    )
    expect(created.status, JSON.stringify(created.data)).toBe(302)
    const documentId = await documentIdOf('Visiedocument armoede 2026')
    expect(created.location).toBe(`/documenten/${documentId}`)

    const stored = await prisma.document.findUniqueOrThrow({
      where: { id: documentId },
      include: {
        files: true,
        organisations: true,
        authors: true,
        themes: true,
        meetings: true,
        advices: true,
      },
    })
    expect(stored).toMatchObject({
      kind: 'VISION_DOCUMENT',
      documentDate: new Date('2026-10-12T00:00:00Z'),
      description: 'Opgesteld na de themabijeenkomst.',
      createdById: worker.user.id,
    })
    expect(stored.organisations.map(({ organisationId, role }) => [organisationId, role]).sort()).toEqual(
      [
        [council.id, 'AUTHOR'],
        [subject.id, 'SUBJECT'],
      ].sort(),
    )
    expect(stored.authors.map((link) => link.personId)).toEqual([person.id])
    expect(stored.themes.map((link) => link.themeId)).toEqual([theme.id])
    expect(stored.meetings.map((link) => link.meetingId)).toEqual([meeting.id])
    expect(stored.advices.map((link) => link.adviceId)).toEqual([advice.adviceId])
    expect(stored.files).toMatchObject([
      {
        versionNumber: 1,
        originalName: 'visie-armoede.pdf',
        mediaType: 'application/pdf',
        size: pdf.length,
        extractionStatus: 'EXTRACTED',
        uploadedById: worker.user.id,
      },
    ])
    const [file] = stored.files
    if (!file) throw new Error('no file row')
    expect(new Uint8Array(await readFile(storedFilePath(file.storedName)))).toEqual(pdf)

    // The search finds it by words from inside the PDF, by the beginning of a word, and
    // through its theme and its author's municipality.
    expect(await foundDocuments('ruimhartige kwijtscheldingsregeling')).toEqual([documentId])
    expect(await foundDocuments('kwijtsch')).toContain(documentId)
    expect(await foundDocuments('kwijtsch', { themeId: theme.id })).toEqual([documentId])
    expect(await foundDocuments('kwijtsch', { municipalityId: municipality.id })).toEqual([documentId])
    const other = await createTestMunicipality()
    expect(await foundDocuments('kwijtsch', { municipalityId: other.id })).toEqual([])
    const hit = (await search({ q: 'ruimhartige' })).hits.find((item) => item.recordId === documentId)
    expect(hit).toMatchObject({ kind: 'document', title: 'Visiedocument armoede 2026' })

    // The page shows the document with its current file; the linked pages list it.
    const page = await outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
      detailLoader({
        request: makeRequest(`/documenten/${documentId}`, { cookie: worker.cookie }),
        params: { documentId },
        context: testContext(),
      }),
    )
    expect(page.status).toBe(200)
    expect(page.data?.document.currentFile).toMatchObject({
      versionNumber: 1,
      originalName: 'visie-armoede.pdf',
    })
    expect(page.data?.document.authorPeople).toEqual([{ id: person.id, name: 'Jelle de Vries (test)' }])
    const linked = {
      id: documentId,
      title: 'Visiedocument armoede 2026',
      kind: 'Visiedocument',
      day: '12 oktober 2026',
    }
    const meetingPage = await outcome<Awaited<ReturnType<typeof meetingLoader>>>(() =>
      meetingLoader({
        request: makeRequest(`/bijeenkomsten/${meeting.id}`, { cookie: worker.cookie }),
        params: { meetingId: meeting.id },
        context: testContext(),
      }),
    )
    expect(meetingPage.data?.documents).toEqual([linked])
    const advicePage = await outcome<Awaited<ReturnType<typeof adviceLoader>>>(() =>
      adviceLoader({
        request: makeRequest(`/adviezen/${advice.adviceId}`, { cookie: worker.cookie }),
        params: { adviceId: advice.adviceId },
        context: testContext(),
      }),
    )
    expect(advicePage.data?.documents).toEqual([linked])
    for (const organisationId of [council.id, subject.id]) {
      const organisationPage = await outcome<Awaited<ReturnType<typeof organisationLoader>>>(() =>
        organisationLoader({
          request: makeRequest(`/organisaties/${organisationId}`, { cookie: worker.cookie }),
          params: { organisationId },
          context: testContext(),
        }),
      )
      expect(organisationPage.data?.documents).toEqual([linked])
    }

    // The list filters by kind, theme, organisation, period and words of the title.
    const list = async (search: string) =>
      (
        await outcome<Awaited<ReturnType<typeof listLoader>>>(() =>
          listLoader({
            request: makeRequest(`/documenten${search}`, { cookie: worker.cookie }),
            params: {},
            context: testContext(),
          }),
        )
      ).data?.documents.map((document) => document.id)
    expect(await list(`?thema=${theme.id}`)).toEqual([documentId])
    expect(await list(`?organisatie=${subject.id}&soort=VISION_DOCUMENT`)).toEqual([documentId])
    expect(await list(`?organisatie=${subject.id}&soort=MINUTES`)).toEqual([])
    expect(await list(`?organisatie=${council.id}&van=2026-10-12&tot=2026-10-12`)).toEqual([documentId])
    expect(await list(`?organisatie=${council.id}&van=2026-10-13`)).toEqual([])
    expect(await list(`?organisatie=${council.id}&q=visiedoc`)).toEqual([documentId])
    expect(await list(`?organisatie=${council.id}&q=notulen`)).toEqual([])
    // A filter value that makes no sense falls back to "all".
    expect(await list(`?organisatie=${council.id}&soort=BESTAAT_NIET&van=gisteren&pagina=-3`)).toEqual([
      documentId,
    ])
  })

  it('keeps the index current on every write: edit, new version, delete; reindexing keeps it', async () => {
    const worker = await signedIn('opbouwwerker')
    const coordinator = await signedIn('coordinator')
    const created = await createThroughForm(worker.cookie, basicFields('Verslag uitwisseling Drachten'), {
      name: 'verslag.pdf',
      bytes: await makePdf(['Afspraken over de participatiewet en de tegenprestatie.']),
    })
    expect(created.status, JSON.stringify(created.data)).toBe(302)
    const documentId = await documentIdOf('Verslag uitwisseling Drachten')
    expect(await foundDocuments('tegenprestatie')).toEqual([documentId])

    // Editing the title changes what the search finds.
    const saved = await edit(documentId, worker.cookie, {
      ...basicFields('Verslag uitwisseling Heerenveen'),
      kind: 'MINUTES',
      version: '1',
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(302)
    expect(await foundDocuments('Heerenveen')).toEqual([documentId])
    expect(await foundDocuments('Drachten')).toEqual([])

    // A new version replaces the text the search reads; the old version is kept.
    const text = 'Tweede versie: de raden vragen om schuldhulpverlening zonder wachtlijst.'
    const added = await uploadVersion(documentId, worker.cookie, {
      name: 'verslag-v2.txt',
      bytes: utf8(text),
      type: 'text/plain',
    })
    expect(added.status, JSON.stringify(added.data)).toBe(302)
    expect(added.location).toBe(`/documenten/${documentId}`)
    expect(await foundDocuments('schuldhulpverlening')).toEqual([documentId])
    expect(await foundDocuments('tegenprestatie')).toEqual([])
    const files = await prisma.documentFile.findMany({
      where: { documentId },
      orderBy: { versionNumber: 'asc' },
    })
    expect(files.map((file) => [file.versionNumber, file.originalName, file.mediaType])).toEqual([
      [1, 'verslag.pdf', 'application/pdf'],
      [2, 'verslag-v2.txt', 'text/plain'],
    ])
    for (const file of files) expect(existsSync(storedFilePath(file.storedName))).toBe(true)

    // Rebuilding the whole index keeps documents, with the current version's text.
    await reindexAll()
    expect(await foundDocuments('schuldhulpverlening')).toEqual([documentId])
    expect(await foundDocuments('Heerenveen')).toEqual([documentId])

    // Deleting removes the rows, the files and the search entry.
    const deleted = await act(documentId, coordinator.cookie, { intent: 'delete' })
    expect(deleted.status).toBe(302)
    expect(deleted.location).toBe('/documenten')
    expect(await prisma.document.count({ where: { id: documentId } })).toBe(0)
    expect(await prisma.documentFile.count({ where: { documentId } })).toBe(0)
    for (const file of files) expect(existsSync(storedFilePath(file.storedName))).toBe(false)
    expect(await foundDocuments('schuldhulpverlening')).toEqual([])
    expect(await foundDocuments('Heerenveen')).toEqual([])
    const audit = await prisma.auditEvent.findMany({
      where: { entityType: 'Document', entityId: documentId },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((event) => event.action)).toEqual([
      'document.create',
      'document.update',
      'document.version',
      'document.delete',
    ])
  })
})

describe('upload checks through the form', () => {
  it('refuses a file over the size limit, says so with the limit, keeps the input and stores nothing', async () => {
    process.env.DOCUMENT_MAX_UPLOAD_MB = '1'
    const worker = await signedIn('opbouwwerker')
    const theme = await createTestTheme()
    const before = await storedFiles()
    const big = new Uint8Array(1024 * 1024 + 10)
    big.set(await makePdf(['groot']))
    const refused = await createThroughForm(
      worker.cookie,
      { ...basicFields('Te groot document'), description: 'Blijft staan', themeIds: [theme.id] },
      { name: 'groot.pdf', bytes: big },
    )
    expect(refused.status).toBe(400)
    expect(messages(refused, 'file')).toEqual([
      'Het bestand is groter dan 1 MB. Verklein het of deel het op.',
    ])
    expect(refused.data?.values).toMatchObject({ title: 'Te groot document', description: 'Blijft staan' })
    expect(refused.data?.lists.themeIds).toEqual([theme.id])
    expect(await prisma.document.count({ where: { title: 'Te groot document' } })).toBe(0)
    expect(await storedFiles()).toEqual(before)

    // The form shows the limit in force.
    const form = await outcome<Awaited<ReturnType<typeof newLoader>>>(() =>
      newLoader({
        request: makeRequest('/documenten/nieuw', { cookie: worker.cookie }),
        params: {},
        context: testContext(),
      }),
    )
    expect(form.data?.maxMb).toBe(1)
  })

  it('refuses a program renamed to .pdf with a Dutch message, keeps the other input and stores nothing', async () => {
    const worker = await signedIn('opbouwwerker')
    const council = await createTestOrganisation()
    const before = await storedFiles()
    const refused = await createThroughForm(
      worker.cookie,
      { ...basicFields('Verdacht bestand'), documentDate: '2026-03-01', authorOrganisationIds: [council.id] },
      { name: 'advies.pdf', bytes: EXE, type: 'application/pdf' },
    )
    expect(refused.status).toBe(400)
    expect(messages(refused, 'file')).toEqual([
      'Dit soort bestand kan niet worden opgeslagen. Toegestaan zijn PDF, Word (DOCX), OpenDocument (ODT), tekst in UTF-8 (TXT, MD) en afbeeldingen (PNG, JPEG, GIF, WEBP).',
    ])
    expect(refused.data?.values).toMatchObject({
      kind: 'VISION_DOCUMENT',
      title: 'Verdacht bestand',
      documentDate: '2026-03-01',
    })
    expect(refused.data?.lists.authorOrganisationIds).toEqual([council.id])
    expect(await prisma.document.count({ where: { title: 'Verdacht bestand' } })).toBe(0)
    expect(await storedFiles()).toEqual(before)
  })

  it('shows every problem at once: no file, no title, a linked record that does not exist — never a 500', async () => {
    const worker = await signedIn('opbouwwerker')
    const before = await storedFiles()
    const empty = await createThroughForm(worker.cookie, { ...basicFields(''), kind: '' }, null)
    expect(empty.status).toBe(400)
    expect(messages(empty, 'file')).toEqual(['Kies een bestand.'])
    expect(messages(empty, 'title')).toEqual(['Vul dit veld in.'])
    expect(messages(empty, 'kind')).toEqual(['Kies wat voor document het is.'])

    // A good file beside a bad field is checked, and not kept.
    const pdf = { name: 'goed.pdf', bytes: await makePdf(['goed']) }
    const badDate = await createThroughForm(
      worker.cookie,
      { ...basicFields('Slechte datum'), documentDate: '31-02-2026' },
      pdf,
    )
    expect(badDate.status).toBe(400)
    expect(messages(badDate, 'documentDate')).toEqual(['Vul een geldige datum in.'])
    expect(badDate.data?.errors.file).toBeUndefined()

    const unknown = await createThroughForm(
      worker.cookie,
      {
        ...basicFields('Onbekende koppelingen'),
        meetingIds: ['bestaat-niet'],
        authorPersonIds: ['ook-niet'],
      },
      pdf,
    )
    expect(unknown.status).toBe(400)
    expect(messages(unknown, 'meetingIds')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(messages(unknown, 'authorPersonIds')).toEqual(['Dit bestaat niet (meer). Kies opnieuw.'])
    expect(
      await prisma.document.count({ where: { title: { in: ['Slechte datum', 'Onbekende koppelingen'] } } }),
    ).toBe(0)
    expect(await storedFiles()).toEqual(before)

    // A new version without a file is refused in the same words.
    const created = await createThroughForm(worker.cookie, basicFields('Zonder tweede versie'), pdf)
    expect(created.status).toBe(302)
    const documentId = await documentIdOf('Zonder tweede versie')
    const noFile = await uploadVersion(documentId, worker.cookie, null)
    expect(noFile.status).toBe(400)
    expect(messages(noFile, 'file')).toEqual(['Kies een bestand.'])
    expect(await prisma.documentFile.count({ where: { documentId } })).toBe(1)
  })

  it('removes the stored file again when the database write fails, so nothing is half stored', async () => {
    const before = await storedFiles()
    // An author that does not exist makes the insert fail on its foreign key, after the file
    // was stored.
    await expect(
      createDocument({
        kind: 'OTHER',
        title: 'Half opgeslagen',
        documentDate: null,
        description: null,
        authorOrganisationIds: [],
        authorPersonIds: [],
        subjectOrganisationIds: [],
        themeIds: [],
        meetingIds: [],
        adviceIds: [],
        upload: { fileName: 'half.pdf', bytes: await makePdf(['half']) },
        actorId: 'gebruiker-bestaat-niet',
      }),
    ).rejects.toThrow()
    expect(await storedFiles()).toEqual(before)
    expect(await prisma.document.count({ where: { title: 'Half opgeslagen' } })).toBe(0)
  })

  it('stores a file named with "../" under a name of its own, keeping only the last part to show', async () => {
    const worker = await signedIn('opbouwwerker')
    const pdf = await makePdf(['pad'])
    const created = await createThroughForm(worker.cookie, basicFields('Bestandsnaam met pad'), {
      name: '../../../etc/passwd.pdf',
      bytes: pdf,
    })
    expect(created.status, JSON.stringify(created.data)).toBe(302)
    const file = await prisma.documentFile.findFirstOrThrow({
      where: { document: { title: 'Bestandsnaam met pad' } },
    })
    expect(file.originalName).toBe('passwd.pdf')
    expect(file.storedName).toMatch(/^[0-9a-f]{32}\.pdf$/)
    expect(await storedFiles()).toContain(file.storedName)
    expect(new Uint8Array(await readFile(storedFilePath(file.storedName)))).toEqual(pdf)
  })
})

describe('downloads and roles', () => {
  it('lets every signed-in role download a version with safe headers, and answers 404 for any wrong id', async () => {
    const worker = await signedIn('opbouwwerker')
    const viewer = await signedIn('lezer')
    const pdf = await makePdf(['downloaden'])
    await createThroughForm(worker.cookie, basicFields('Handreiking downloaden'), {
      name: 'Handreiking één.pdf',
      bytes: pdf,
    })
    const documentId = await documentIdOf('Handreiking downloaden')
    await uploadVersion(documentId, worker.cookie, {
      name: 'notities.txt',
      bytes: utf8('Platte tekst, ë en ü.'),
    })
    const [first, second] = await prisma.documentFile.findMany({
      where: { documentId },
      orderBy: { versionNumber: 'asc' },
    })
    if (!first || !second) throw new Error('two versions expected')

    const response = await download(documentId, first.id, viewer.cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/pdf')
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="Handreiking een.pdf"; filename*=UTF-8''Handreiking%20%C3%A9%C3%A9n.pdf`,
    )
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(response.headers.get('Cache-Control')).toBe('private, no-store')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf)

    const text = await download(documentId, second.id, viewer.cookie)
    expect(text.headers.get('Content-Type')).toBe('text/plain; charset=utf-8')
    expect(await text.text()).toBe('Platte tekst, ë en ü.')

    // Not signed in: to the login page.
    const anonymous = await download(documentId, first.id, '')
    expect(anonymous.status).toBe(302)

    // A file of another document, an unknown file, an unknown document.
    await createThroughForm(worker.cookie, basicFields('Ander document'), { name: 'ander.pdf', bytes: pdf })
    const otherId = await documentIdOf('Ander document')
    expect((await download(otherId, first.id, viewer.cookie)).status).toBe(404)
    expect((await download(documentId, 'bestaat-niet', viewer.cookie)).status).toBe(404)
    expect((await download('bestaat-niet', first.id, viewer.cookie)).status).toBe(404)

    // After deleting, its files are gone too.
    const coordinator = await signedIn('coordinator')
    expect((await act(documentId, coordinator.cookie, { intent: 'delete' })).status).toBe(302)
    expect((await download(documentId, first.id, viewer.cookie)).status).toBe(404)
    const page = await outcome(() =>
      detailLoader({
        request: makeRequest(`/documenten/${documentId}`, { cookie: viewer.cookie }),
        params: { documentId },
        context: testContext(),
      }),
    )
    expect(page.status).toBe(404)
  })

  it('lets a lezer read but not create or upload, an opbouwwerker not delete, and a coordinator delete', async () => {
    const worker = await signedIn('opbouwwerker')
    const viewer = await signedIn('lezer')
    const coordinator = await signedIn('coordinator')
    const pdf = { name: 'rollen.pdf', bytes: await makePdf(['rollen']) }
    await createThroughForm(worker.cookie, basicFields('Document over rollen'), pdf)
    const documentId = await documentIdOf('Document over rollen')

    const viewed = await outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
      detailLoader({
        request: makeRequest(`/documenten/${documentId}`, { cookie: viewer.cookie }),
        params: { documentId },
        context: testContext(),
      }),
    )
    expect(viewed.status).toBe(200)
    expect(viewed.data).toMatchObject({ canEdit: false, canDelete: false })
    expect((await createThroughForm(viewer.cookie, basicFields('Door een lezer'), pdf)).status).toBe(403)
    expect((await uploadVersion(documentId, viewer.cookie, pdf)).status).toBe(403)
    expect(await prisma.document.count({ where: { title: 'Door een lezer' } })).toBe(0)

    expect((await act(documentId, worker.cookie, { intent: 'delete' })).status).toBe(403)
    expect(await prisma.document.count({ where: { id: documentId } })).toBe(1)

    // The page asks for confirmation first (?verwijderen), then the coordinator deletes.
    const confirm = await outcome<Awaited<ReturnType<typeof detailLoader>>>(() =>
      detailLoader({
        request: makeRequest(`/documenten/${documentId}?verwijderen`, { cookie: coordinator.cookie }),
        params: { documentId },
        context: testContext(),
      }),
    )
    expect(confirm.data).toMatchObject({ canDelete: true, confirmDelete: true })
    expect((await act(documentId, coordinator.cookie, { intent: 'delete' })).status).toBe(302)
    expect(await prisma.document.count({ where: { id: documentId } })).toBe(0)
    // A second delete of the same document is a 404, not an error.
    expect((await act(documentId, coordinator.cookie, { intent: 'delete' })).status).toBe(404)
    expect((await act(documentId, coordinator.cookie, { intent: 'nonsense' })).status).toBe(400)
  })
})

describe('editing the metadata', () => {
  it('answers a stale edit with 409 and what changed, keeps the input, and saves on the new version', async () => {
    const worker = await signedIn('opbouwwerker')
    const colleague = await signedIn('opbouwwerker')
    await createThroughForm(worker.cookie, basicFields('Presentatie minimabeleid'), {
      name: 'presentatie.pdf',
      bytes: await makePdf(['dia 1']),
    })
    const documentId = await documentIdOf('Presentatie minimabeleid')
    const form = await outcome<Awaited<ReturnType<typeof editLoader>>>(() =>
      editLoader({
        request: makeRequest(`/documenten/${documentId}/bewerken`, { cookie: worker.cookie }),
        params: { documentId },
        context: testContext(),
      }),
    )
    const base = form.data?.base ?? ''
    expect(form.data?.current.values).toMatchObject({
      kind: 'VISION_DOCUMENT',
      title: 'Presentatie minimabeleid',
    })

    const first = await edit(documentId, colleague.cookie, {
      ...basicFields('Presentatie minimabeleid 2027'),
      kind: 'PRESENTATION',
      version: '1',
      base,
    })
    expect(first.status).toBe(302)

    const stale = await edit(documentId, worker.cookie, {
      ...basicFields('Presentatie minimabeleid (herzien)'),
      description: 'Mijn aanvulling',
      version: '1',
      base,
    })
    expect(stale.status).toBe(409)
    expect(stale.data?.conflict?.changes).toEqual([
      { label: 'Soort document', before: 'Visiedocument', after: 'Presentatie' },
      { label: 'Titel', before: 'Presentatie minimabeleid', after: 'Presentatie minimabeleid 2027' },
    ])
    expect(stale.data?.values).toMatchObject({
      title: 'Presentatie minimabeleid (herzien)',
      description: 'Mijn aanvulling',
    })
    expect(stale.data?.conflict?.version).toBe(2)

    const again = await edit(documentId, worker.cookie, {
      ...basicFields('Presentatie minimabeleid (herzien)'),
      kind: 'PRESENTATION',
      version: String(stale.data?.conflict?.version),
    })
    expect(again.status).toBe(302)
    expect(await prisma.document.findUniqueOrThrow({ where: { id: documentId } })).toMatchObject({
      title: 'Presentatie minimabeleid (herzien)',
      kind: 'PRESENTATION',
      version: 3,
    })

    // Unknown ids in the URL are a 404; a bad version is a 400.
    expect((await edit('bestaat-niet', worker.cookie, { ...basicFields('x'), version: '1' })).status).toBe(
      404,
    )
    expect((await edit(documentId, worker.cookie, { ...basicFields('x'), version: 'twee' })).status).toBe(400)
  })
})

describe('themes of documents', () => {
  it('moves a document to the target theme when themes are merged, and the theme filter follows', async () => {
    const worker = await signedIn('opbouwwerker')
    const source = await createTestTheme({ name: 'Schulden (oud, test)' })
    const target = await createTestTheme({ name: 'Armoede en schulden (test)' })
    await createThroughForm(
      worker.cookie,
      { ...basicFields('Document met oud thema'), themeIds: [source.id] },
      { name: 'thema.pdf', bytes: await makePdf(['schuldenbeleid']) },
    )
    const documentId = await documentIdOf('Document met oud thema')
    const merged = await mergeThemes({ sourceId: source.id, targetId: target.id, actorId: worker.user.id })
    expect(merged.ok).toBe(true)
    expect(
      (await prisma.documentTheme.findMany({ where: { documentId } })).map((link) => link.themeId),
    ).toEqual([target.id])
    expect(await foundDocuments('schuldenbeleid', { themeId: target.id })).toEqual([documentId])
  })
})

describe('the CSV export', () => {
  it('writes the filtered documents with their links and current file', async () => {
    const worker = await signedIn('opbouwwerker')
    const viewer = await signedIn('lezer')
    const council = await createTestOrganisation({
      name: 'Adviesraad Sociaal Domein Export (test)',
      type: 'SOCIAL_DOMAIN_COUNCIL',
    })
    const theme = await createTestTheme({ name: 'Bejegening (test)' })
    await createThroughForm(
      worker.cookie,
      {
        kind: 'GUIDE',
        title: 'Tips voor invloed; "bejegening"',
        documentDate: '2026-05-04',
        description: '',
        authorOrganisationIds: [council.id],
        themeIds: [theme.id],
      },
      { name: 'tips.pdf', bytes: await makePdf(['tips']) },
    )
    const documentId = await documentIdOf('Tips voor invloed; "bejegening"')
    await uploadVersion(documentId, worker.cookie, { name: 'tips-v2.pdf', bytes: await makePdf(['tips 2']) })

    const exportFor = (cookie: string) =>
      outcome(async () =>
        csvLoader({
          request: makeRequest(`/documenten/export.csv?organisatie=${council.id}`, { cookie }),
          params: {},
          context: testContext(),
        }),
      )
    expect((await exportFor(viewer.cookie)).status).toBe(403)
    const response = (await csvLoader({
      request: makeRequest(`/documenten/export.csv?organisatie=${council.id}`, { cookie: worker.cookie }),
      params: {},
      context: testContext(),
    })) as Response
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="documenten-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const [header, ...rows] = parseCsv(await response.text())
    expect(header).toEqual([
      'Titel',
      'Soort',
      'Datum',
      'Auteurs (organisaties)',
      'Auteurs (personen)',
      'Gaat over',
      'Thema’s',
      'Bijeenkomsten',
      'Adviezen',
      'Bestand',
      'Soort bestand',
      'Grootte (bytes)',
      'Versies',
      'Vastgelegd op',
    ])
    expect(rows).toHaveLength(1)
    expect(rows[0]?.slice(0, 11)).toEqual([
      'Tips voor invloed; "bejegening"',
      'Handreiking/tip',
      '04-05-2026',
      'Adviesraad Sociaal Domein Export (test)',
      '',
      '',
      'Bejegening (test)',
      '',
      '',
      'tips-v2.pdf',
      'PDF',
    ])
    expect(rows[0]?.[12]).toBe('2')
  })
})
