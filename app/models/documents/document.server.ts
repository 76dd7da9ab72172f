// Documents of the knowledge base: visiedocumenten, advices, minutes, tips, presentations,
// each with its uploaded file in versions (every upload is kept; the newest is the current
// one), authors (organisations and people), the organisations it is about, themes, and the
// meetings and advices it belongs to. Files live on disk (file-store.server.ts); a file is
// stored before the transaction that records it and removed again when that transaction
// fails, so a document is never half stored. The search index follows through the
// migration's triggers (20261126143041_documents).
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { foldText } from '~/models/person/search-text.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import { relinkIds } from '~/utils/relink.server.ts'
import type { DocumentFieldsInput, DocumentListQuery } from './document.schema.ts'
import { removeStoredFiles, type StoredFile, storeUpload, uploadErrorRef } from './file-store.server.ts'
import type { DocumentFormFile } from './upload-form.server.ts'

export const PAGE_SIZE = 25
// How many linked documents a meeting, advice or organisation page lists.
export const LINKED_DOCUMENTS_MAX = 20

export const AUTHOR = 'AUTHOR'
export const SUBJECT = 'SUBJECT'

type Tx = Prisma.TransactionClient

export type { Refusal }

export type DocumentFields = DocumentFieldsInput

export type DocumentWriteResult =
  | { ok: true; documentId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

export type DocumentUpdateResult = DocumentWriteResult | { ok: false; reason: 'conflict' }

export type DocumentVersionResult =
  | { ok: true; documentId: string; versionNumber: number }
  | Exclude<DocumentWriteResult, { ok: true }>

const invalid = (refusals: Refusal[]) => ({ ok: false as const, reason: 'invalid' as const, refusals })

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

// Returns the largest file that may be uploaded, in bytes (the setting documentMaxUploadMb).
export async function getMaxUploadBytes() {
  return (await getSettings()).documentMaxUploadMb * 1024 * 1024
}

type StoreOutcome = { ok: true; file: StoredFile } | { ok: false; refusal: Refusal }

// Returns the checked and stored file of an upload, or the refusal for the file field: none
// chosen, too big (with the limit in MB), empty, a type that is not allowed, or a name that
// claims another type than the content.
async function storeFile(upload: DocumentFormFile | null, maxBytes: number): Promise<StoreOutcome> {
  const refuse = (message: string): StoreOutcome => ({ ok: false, refusal: { field: 'file', message } })
  if (!upload) return refuse('document.file.missing')
  if ('tooBig' in upload) return refuse(uploadErrorRef('document.file.tooBig', maxBytes))
  const stored = await storeUpload({ bytes: upload.bytes, fileName: upload.fileName, maxBytes })
  return stored.ok ? stored : refuse(uploadErrorRef(stored.error, maxBytes))
}

// Returns why an upload would be refused, or null; a file that passes is stored for the
// check and removed again. For forms whose other fields failed, so that every message shows
// at once.
export async function checkUpload({
  upload,
  maxBytes,
}: {
  upload: DocumentFormFile | null
  maxBytes: number
}): Promise<Refusal | null> {
  const stored = await storeFile(upload, maxBytes)
  if (!stored.ok) return stored.refusal
  await removeStoredFiles([stored.file.storedName])
  return null
}

// What a document already has: links that may stay although a new document would not be
// offered them (a retired theme).
type Keep = { themeIds: string[] }

// Returns why the links may not be saved: ids of records that do not exist (any more), or a
// retired theme the document did not have already. Each message goes to its own field.
async function checkLinks(client: Tx | typeof prisma, fields: DocumentFields, keep: Keep = { themeIds: [] }) {
  const refusals: Refusal[] = []
  const missing = (field: string) => refusals.push({ field, message: 'validation.unknownReference' })
  const organisationIds = [...new Set([...fields.authorOrganisationIds, ...fields.subjectOrganisationIds])]
  const organisations = await client.organisation.findMany({
    where: { id: { in: organisationIds } },
    select: { id: true },
  })
  const found = new Set(organisations.map((organisation) => organisation.id))
  if (fields.authorOrganisationIds.some((id) => !found.has(id))) missing('authorOrganisationIds')
  if (fields.subjectOrganisationIds.some((id) => !found.has(id))) missing('subjectOrganisationIds')
  const count = async (ids: string[], counter: (ids: string[]) => Promise<number>) =>
    ids.length === 0 ? 0 : counter(ids)
  if (
    (await count(fields.authorPersonIds, (ids) => client.person.count({ where: { id: { in: ids } } }))) !==
    fields.authorPersonIds.length
  ) {
    missing('authorPersonIds')
  }
  const keptThemes = new Set(keep.themeIds)
  const themes = await client.theme.findMany({
    where: { id: { in: fields.themeIds } },
    select: { id: true, active: true },
  })
  if (themes.filter((theme) => theme.active || keptThemes.has(theme.id)).length !== fields.themeIds.length) {
    missing('themeIds')
  }
  if (
    (await count(fields.meetingIds, (ids) => client.meeting.count({ where: { id: { in: ids } } }))) !==
    fields.meetingIds.length
  ) {
    missing('meetingIds')
  }
  if (
    (await count(fields.adviceIds, (ids) => client.advice.count({ where: { id: { in: ids } } }))) !==
    fields.adviceIds.length
  ) {
    missing('adviceIds')
  }
  return refusals
}

// Returns the link rows of a document's fields, for a create.
function linkData(fields: DocumentFields) {
  return {
    organisations: {
      create: [
        ...fields.authorOrganisationIds.map((organisationId) => ({ organisationId, role: AUTHOR })),
        ...fields.subjectOrganisationIds.map((organisationId) => ({ organisationId, role: SUBJECT })),
      ],
    },
    authors: { create: fields.authorPersonIds.map((personId) => ({ personId })) },
    themes: { create: fields.themeIds.map((themeId) => ({ themeId })) },
    meetings: { create: fields.meetingIds.map((meetingId) => ({ meetingId })) },
    advices: { create: fields.adviceIds.map((adviceId) => ({ adviceId })) },
  }
}

// Returns the columns of a stored file for its DocumentFile row.
function fileData(file: StoredFile) {
  return {
    storedName: file.storedName,
    originalName: file.originalName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    extractionStatus: file.extractionStatus,
    extractedText: file.extractedText,
  }
}

// Runs `write` in one transaction after the file was stored; when the transaction fails or
// is refused, the stored file is removed again.
async function withStoredFile<T>(file: StoredFile, write: (tx: Tx) => Promise<T>) {
  try {
    const result = await refusable(write)
    if (typeof result === 'object' && result !== null && 'ok' in result && result.ok === false) {
      await removeStoredFiles([file.storedName])
    }
    return result
  } catch (error) {
    await removeStoredFiles([file.storedName])
    throw error
  }
}

// Records a new document with its first file (required) and its links. The links are checked
// and the file is checked and stored first; the document, its file row, links and audit event
// are then written in one transaction. A refusal leaves nothing behind, on disk or in the
// database.
export async function createDocument({
  actorId,
  upload,
  maxBytes,
  ...fields
}: DocumentFields & {
  actorId: string
  upload: DocumentFormFile | null
  maxBytes?: number
}): Promise<DocumentWriteResult> {
  const limit = maxBytes ?? (await getMaxUploadBytes())
  const refusals = await checkLinks(prisma, fields)
  const stored = await storeFile(upload, limit)
  if (!stored.ok) refusals.push(stored.refusal)
  if (refusals.length > 0) {
    if (stored.ok) await removeStoredFiles([stored.file.storedName])
    return invalid(refusals)
  }
  if (!stored.ok) return invalid([stored.refusal])
  const { file } = stored
  return withStoredFile(file, async (tx): Promise<DocumentWriteResult> => {
    // Checked again inside the transaction: a linked record may have gone meanwhile.
    const late = await checkLinks(tx, fields)
    if (late.length > 0) throw new Refused(late)
    const document = await tx.document.create({
      data: {
        kind: fields.kind,
        title: fields.title,
        documentDate: fields.documentDate,
        description: fields.description,
        createdById: actorId,
        ...linkData(fields),
        files: { create: { versionNumber: 1, uploadedById: actorId, ...fileData(file) } },
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'document.create',
        entityType: 'Document',
        entityId: document.id,
        summary: t('document.auditCreated', { title: fields.title, file: file.originalName }),
      },
      tx,
    )
    return { ok: true, documentId: document.id }
  })
}

// Saves an edit of a document's metadata and links unless someone else saved since
// `version` was read. The files have their own function (addDocumentVersion).
export async function updateDocument({
  documentId,
  version,
  actorId,
  ...fields
}: DocumentFields & { documentId: string; version: number; actorId: string }): Promise<DocumentUpdateResult> {
  return refusable(async (tx): Promise<DocumentUpdateResult> => {
    const current = await tx.document.findUnique({
      where: { id: documentId },
      select: {
        version: true,
        organisations: { select: { organisationId: true, role: true } },
        authors: { select: { personId: true } },
        themes: { select: { themeId: true } },
        meetings: { select: { meetingId: true } },
        advices: { select: { adviceId: true } },
      },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkLinks(tx, fields, { themeIds: current.themes.map((link) => link.themeId) })
    if (refusals.length > 0) return invalid(refusals)
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.document.updateMany({
      where: { id: documentId, version },
      data: {
        kind: fields.kind,
        title: fields.title,
        documentDate: fields.documentDate,
        description: fields.description,
        version: { increment: 1 },
      },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    for (const role of [AUTHOR, SUBJECT]) {
      await relinkIds(
        current.organisations.filter((link) => link.role === role).map((link) => link.organisationId),
        role === AUTHOR ? fields.authorOrganisationIds : fields.subjectOrganisationIds,
        (ids) =>
          tx.documentOrganisation.deleteMany({ where: { documentId, role, organisationId: { in: ids } } }),
        (ids) =>
          tx.documentOrganisation.createMany({
            data: ids.map((organisationId) => ({ documentId, organisationId, role })),
          }),
      )
    }
    await relinkIds(
      current.authors.map((link) => link.personId),
      fields.authorPersonIds,
      (ids) => tx.documentPerson.deleteMany({ where: { documentId, personId: { in: ids } } }),
      (ids) => tx.documentPerson.createMany({ data: ids.map((personId) => ({ documentId, personId })) }),
    )
    await relinkIds(
      current.themes.map((link) => link.themeId),
      fields.themeIds,
      (ids) => tx.documentTheme.deleteMany({ where: { documentId, themeId: { in: ids } } }),
      (ids) => tx.documentTheme.createMany({ data: ids.map((themeId) => ({ documentId, themeId })) }),
    )
    await relinkIds(
      current.meetings.map((link) => link.meetingId),
      fields.meetingIds,
      (ids) => tx.documentMeeting.deleteMany({ where: { documentId, meetingId: { in: ids } } }),
      (ids) => tx.documentMeeting.createMany({ data: ids.map((meetingId) => ({ documentId, meetingId })) }),
    )
    await relinkIds(
      current.advices.map((link) => link.adviceId),
      fields.adviceIds,
      (ids) => tx.documentAdvice.deleteMany({ where: { documentId, adviceId: { in: ids } } }),
      (ids) => tx.documentAdvice.createMany({ data: ids.map((adviceId) => ({ documentId, adviceId })) }),
    )
    await recordAudit(
      {
        actorId,
        action: 'document.update',
        entityType: 'Document',
        entityId: documentId,
        summary: fields.title,
      },
      tx,
    )
    return { ok: true, documentId }
  })
}

// Adds a new file version to a document: its number is one more than the highest so far, and
// every older version is kept. The new file becomes the current one (and what search reads).
export async function addDocumentVersion({
  documentId,
  upload,
  maxBytes,
  actorId,
}: {
  documentId: string
  upload: DocumentFormFile | null
  maxBytes?: number
  actorId: string
}): Promise<DocumentVersionResult> {
  const exists = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } })
  if (!exists) return { ok: false, reason: 'notFound' }
  const stored = await storeFile(upload, maxBytes ?? (await getMaxUploadBytes()))
  if (!stored.ok) return invalid([stored.refusal])
  const { file } = stored
  return withStoredFile(file, async (tx): Promise<DocumentVersionResult> => {
    const document = await tx.document.findUnique({ where: { id: documentId }, select: { title: true } })
    if (!document) return { ok: false, reason: 'notFound' }
    const latest = await tx.documentFile.aggregate({ where: { documentId }, _max: { versionNumber: true } })
    const versionNumber = (latest._max.versionNumber ?? 0) + 1
    await tx.documentFile.create({
      data: { documentId, versionNumber, uploadedById: actorId, ...fileData(file) },
    })
    await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date() } })
    await recordAudit(
      {
        actorId,
        action: 'document.version',
        entityType: 'Document',
        entityId: documentId,
        summary: t('document.auditVersion', {
          title: document.title,
          version: versionNumber,
          file: file.originalName,
        }),
      },
      tx,
    )
    return { ok: true, documentId, versionNumber }
  })
}

// Deletes a document with all its versions and links; the audit log keeps who deleted what.
// The rows go in one transaction; the files on disk are removed once it committed.
export async function deleteDocument({ documentId, actorId }: { documentId: string; actorId: string }) {
  const storedNames = await prisma.$transaction(async (tx) => {
    const document = await tx.document.findUnique({
      where: { id: documentId },
      select: { title: true, files: { select: { storedName: true } } },
    })
    if (!document) return null
    await tx.documentFile.deleteMany({ where: { documentId } })
    await tx.document.delete({ where: { id: documentId } })
    await recordAudit(
      {
        actorId,
        action: 'document.delete',
        entityType: 'Document',
        entityId: documentId,
        summary: t('document.auditDeleted', { title: document.title, count: document.files.length }),
      },
      tx,
    )
    return document.files.map((file) => file.storedName)
  })
  if (!storedNames) return false
  await removeStoredFiles(storedNames)
  return true
}

const fileSelect = {
  id: true,
  versionNumber: true,
  originalName: true,
  mediaType: true,
  size: true,
  extractionStatus: true,
  uploadedAt: true,
  uploadedBy: { select: { id: true, name: true } },
} as const satisfies Prisma.DocumentFileSelect

// Returns everything the document page shows, or null: the versions newest first (the first
// is the current file).
export async function getDocument({ documentId }: { documentId: string }) {
  const document = await prisma.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      kind: true,
      title: true,
      documentDate: true,
      description: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { id: true, name: true } },
      files: { select: fileSelect, orderBy: { versionNumber: 'desc' } },
      organisations: {
        select: { role: true, organisation: { select: { id: true, name: true, active: true } } },
      },
      authors: { select: { person: { select: { id: true, name: true } } } },
      themes: { select: { theme: { select: { id: true, name: true, active: true } } } },
      meetings: { select: { meeting: { select: { id: true, title: true, startsAt: true } } } },
      advices: { select: { advice: { select: { id: true, title: true, status: true } } } },
    },
  })
  if (!document) return null
  const { organisations, authors, themes, meetings, advices, files, ...rest } = document
  const withRole = (role: string) =>
    organisations
      .filter((link) => link.role === role)
      .map((link) => link.organisation)
      .sort(byName)
  return {
    ...rest,
    files,
    currentFile: files[0] ?? null,
    authorOrganisations: withRole(AUTHOR),
    subjectOrganisations: withRole(SUBJECT),
    authorPeople: authors.map((link) => link.person).sort(byName),
    themes: themes.map((link) => link.theme).sort(byName),
    meetings: meetings
      .map((link) => link.meeting)
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()),
    advices: advices.map((link) => link.advice).sort((a, b) => a.title.localeCompare(b.title, 'nl')),
  }
}

export type DocumentDetail = NonNullable<Awaited<ReturnType<typeof getDocument>>>

// Returns one file of a document for a download, or null when the document has no such file.
export function getDocumentFile({ documentId, fileId }: { documentId: string; fileId: string }) {
  return prisma.documentFile.findFirst({
    where: { id: fileId, documentId },
    select: { storedName: true, originalName: true, mediaType: true, size: true },
  })
}

const dayValue = (day: string) => new Date(`${day}T00:00:00.000Z`)
const nextDay = (day: string) => new Date(dayValue(day).getTime() + 86_400_000)

// Returns the "where" of the overview's filters (all but the words). The period is the
// document's own date, or the day it was recorded when it has none.
function listWhere(query: DocumentListQuery): Prisma.DocumentWhereInput {
  const and: Prisma.DocumentWhereInput[] = []
  if (query.soort) and.push({ kind: query.soort })
  if (query.thema) and.push({ themes: { some: { themeId: query.thema } } })
  if (query.organisatie) and.push({ organisations: { some: { organisationId: query.organisatie } } })
  if (query.van || query.tot) {
    const days = {
      ...(query.van ? { gte: dayValue(query.van) } : {}),
      ...(query.tot ? { lte: dayValue(query.tot) } : {}),
    }
    const moments = {
      ...(query.van ? { gte: dayValue(query.van) } : {}),
      ...(query.tot ? { lt: nextDay(query.tot) } : {}),
    }
    and.push({ OR: [{ documentDate: days }, { documentDate: null, createdAt: moments }] })
  }
  return { AND: and }
}

// Returns true when every word of `query` begins a word of `title` (accent- and
// case-insensitive), as the search box finds words by their beginning.
export function titleMatches(title: string, query: string) {
  const words = foldText(title).match(/[\p{L}\p{N}]+/gu) ?? []
  return (foldText(query).match(/[\p{L}\p{N}]+/gu) ?? []).every((wanted) =>
    words.some((word) => word.startsWith(wanted)),
  )
}

const listSelect = {
  id: true,
  kind: true,
  title: true,
  documentDate: true,
  createdAt: true,
  organisations: { select: { role: true, organisation: { select: { id: true, name: true } } } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
  files: {
    select: { id: true, originalName: true, mediaType: true, size: true, versionNumber: true },
    orderBy: { versionNumber: 'desc' },
    take: 1,
  },
} as const satisfies Prisma.DocumentSelect

type ListRow = Prisma.DocumentGetPayload<{ select: typeof listSelect }>

// Returns a document row of a list: its date (own date, else the day it was recorded), its
// author organisations and themes by name, and its current file.
function listItem({ organisations, themes, files, ...document }: ListRow) {
  return {
    ...document,
    date: document.documentDate ?? document.createdAt,
    authors: organisations
      .filter((link) => link.role === AUTHOR)
      .map((link) => link.organisation)
      .sort(byName),
    themes: themes.map((link) => link.theme).sort(byName),
    currentFile: files[0] ?? null,
  }
}

export type DocumentListItem = ReturnType<typeof listItem>

// Returns a document's date for ordering: its own date, else the moment it was recorded.
const sortDate = (row: { documentDate: Date | null; createdAt: Date }) =>
  (row.documentDate ?? row.createdAt).getTime()

// Returns one page of documents for the overview's filters, newest first (by their own date,
// else the day they were recorded), and the total. The words `q` must each begin a word of
// the title; the search box searches the files' text too.
export async function listDocuments(query: DocumentListQuery) {
  const candidates = await prisma.document.findMany({
    where: listWhere(query),
    select: { id: true, title: true, documentDate: true, createdAt: true },
  })
  const matching = (query.q ? candidates.filter((row) => titleMatches(row.title, query.q ?? '')) : candidates)
    .sort((a, b) => sortDate(b) - sortDate(a) || a.title.localeCompare(b.title, 'nl'))
    .map((row) => row.id)
  const total = matching.length
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const ids = matching.slice((query.pagina - 1) * PAGE_SIZE, query.pagina * PAGE_SIZE)
  const rows = await prisma.document.findMany({ where: { id: { in: ids } }, select: listSelect })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return {
    total,
    pageCount,
    documents: ids.flatMap((id) => {
      const row = byId.get(id)
      return row ? [listItem(row)] : []
    }),
  }
}

// Returns the choices of the overview's filters: the organisations and themes documents
// have (and the active themes).
export async function getDocumentFilterOptions() {
  const [organisations, usedThemes] = await Promise.all([
    prisma.organisation.findMany({
      where: { documents: { some: {} } },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.documentTheme.findMany({ select: { themeId: true }, distinct: ['themeId'] }),
  ])
  const themes = await listActiveThemeOptions({ keepIds: usedThemes.map((row) => row.themeId) })
  return { organisations, themes: themes.map(({ id, name }) => ({ id, name })).sort(byName) }
}

// Returns the documents linked to a meeting, an advice or an organisation (as author or
// subject), newest first, for a short list on that record's page.
export async function listLinkedDocuments(
  link: { meetingId: string } | { adviceId: string } | { organisationId: string },
) {
  const where: Prisma.DocumentWhereInput =
    'meetingId' in link
      ? { meetings: { some: { meetingId: link.meetingId } } }
      : 'adviceId' in link
        ? { advices: { some: { adviceId: link.adviceId } } }
        : { organisations: { some: { organisationId: link.organisationId } } }
  const rows = await prisma.document.findMany({
    where,
    select: { id: true, kind: true, title: true, documentDate: true, createdAt: true },
  })
  return rows
    .sort((a, b) => sortDate(b) - sortDate(a) || a.title.localeCompare(b.title, 'nl'))
    .slice(0, LINKED_DOCUMENTS_MAX)
    .map((row) => ({ ...row, date: row.documentDate ?? row.createdAt }))
}

// Returns the choices of the document form. Inactive organisations and retired themes are
// offered only when the document already has them; every person, meeting and advice is.
export async function getDocumentFormOptions({
  keepOrganisationIds = [],
  keepThemeIds = [],
}: {
  keepOrganisationIds?: string[]
  keepThemeIds?: string[]
} = {}) {
  const [organisations, people, themes, meetings, advices] = await Promise.all([
    prisma.organisation.findMany({
      where: { OR: [{ active: true }, { id: { in: keepOrganisationIds } }] },
      select: { id: true, name: true, type: true, active: true },
    }),
    prisma.person.findMany({ select: { id: true, name: true } }),
    listActiveThemeOptions({ keepIds: keepThemeIds }),
    prisma.meeting.findMany({
      select: { id: true, title: true, startsAt: true },
      orderBy: { startsAt: 'desc' },
    }),
    prisma.advice.findMany({
      select: { id: true, title: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    }),
  ])
  return { organisations: organisations.sort(byName), people: people.sort(byName), themes, meetings, advices }
}

export type DocumentFormChoices = Awaited<ReturnType<typeof getDocumentFormOptions>>

export type DocumentPrefill = {
  kind: string
  title: string
  meetingIds: string[]
  adviceIds: string[]
  authorOrganisationIds: string[]
  themeIds: string[]
  /** The page the form came from, to go back to. */
  back: string | null
}

// Returns what a new document starts with when it is added from a meeting (linked, with the
// meeting's active themes), an advice (linked, kind "advies", its councils as authors and its
// active themes) or an organisation (as author). Unknown ids are ignored.
export async function getDocumentPrefill({
  meetingId,
  adviceId,
  organisationId,
}: {
  meetingId?: string | null
  adviceId?: string | null
  organisationId?: string | null
}): Promise<DocumentPrefill> {
  const prefill: DocumentPrefill = {
    kind: '',
    title: '',
    meetingIds: [],
    adviceIds: [],
    authorOrganisationIds: [],
    themeIds: [],
    back: null,
  }
  const activeThemes = (links: { theme: { id: string; active: boolean } }[]) =>
    links.filter((link) => link.theme.active).map((link) => link.theme.id)
  const add = (list: string[], ids: string[]) => {
    for (const id of ids) if (!list.includes(id)) list.push(id)
  }
  if (meetingId) {
    const meeting = await prisma.meeting.findUnique({
      where: { id: meetingId },
      select: { id: true, themes: { select: { theme: { select: { id: true, active: true } } } } },
    })
    if (meeting) {
      prefill.meetingIds = [meeting.id]
      add(prefill.themeIds, activeThemes(meeting.themes))
      prefill.back = `/bijeenkomsten/${meeting.id}`
    }
  }
  if (adviceId) {
    const advice = await prisma.advice.findUnique({
      where: { id: adviceId },
      select: {
        id: true,
        councils: { select: { organisation: { select: { id: true, active: true } } } },
        themes: { select: { theme: { select: { id: true, active: true } } } },
      },
    })
    if (advice) {
      prefill.kind = 'ADVICE'
      prefill.adviceIds = [advice.id]
      add(
        prefill.authorOrganisationIds,
        advice.councils.filter((link) => link.organisation.active).map((link) => link.organisation.id),
      )
      add(prefill.themeIds, activeThemes(advice.themes))
      prefill.back = `/adviezen/${advice.id}`
    }
  }
  if (organisationId) {
    const organisation = await prisma.organisation.findUnique({
      where: { id: organisationId },
      select: { id: true, active: true },
    })
    if (organisation?.active) {
      add(prefill.authorOrganisationIds, [organisation.id])
      prefill.back ??= `/organisaties/${organisation.id}`
    }
  }
  return prefill
}
