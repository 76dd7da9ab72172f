import { TZDate } from '@date-fns/tz'
import { addDays, format, isAfter, startOfDay, subDays } from 'date-fns'
import { nl } from 'date-fns/locale'
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import { ADVICE_STATUSES, type AdviceStatus } from '../app/models/advice/advice-types.ts'
import { DOCUMENT_KINDS, DOCUMENT_TITLE_MAX } from '../app/models/documents/document.schema.ts'
import { removeStoredFiles, type StoredFile, storeUpload } from '../app/models/documents/file-store.server.ts'
import { MEETING_KINDS } from '../app/models/meeting/meeting-kinds.ts'
import { SETTING_DEFINITIONS } from '../app/models/settings/settings.ts'
import { TIME_ZONE } from '../app/utils/dates.ts'
import {
  type Calendar,
  createCalendar,
  createRandom,
  findDemoUsers,
  newId,
  officeTime,
  readJson,
} from './seed-helpers.ts'

// The demo knowledge base: some forty documents of the demo network (seed-network.ts) —
// vision documents of the theme and exchange meetings, advices of the councils as they were
// sent, minutes of meetings and werkbezoeken, guides on influence, presentations and a few
// others — with Markdown, text and PDF files stored through the real upload layer
// (app/models/documents/file-store.server.ts), so their text is extracted and searchable like
// that of any upload. Texts come from prisma/data/documents.json; dates follow the meeting,
// advice or werkbezoek a document belongs to, or are counted back from `today`. Documents are
// matched on their title: one that is there already is left alone, so running it twice changes
// nothing. Minutes of a meeting that has not been held (or a document about a record that is
// not in the database) are left out until a later run finds it. All-or-nothing: the rows are
// written in one transaction, and the files this run stored are removed when anything fails.
// The content is deterministic for a given day; only ids and stored file names differ.

const OPBOUWWERKER = 'opbouwwerker@example.org'
const COORDINATOR = 'coordinator@example.org'
const USERS = [OPBOUWWERKER, COORDINATOR] as const
const BY = { opbouwwerker: OPBOUWWERKER, coordinator: COORDINATOR } as const
// The roles of a document's organisations (as in app/models/documents/document.server.ts).
const AUTHOR = 'AUTHOR'
const SUBJECT = 'SUBJECT'

// Documents not tied to a record go back at most this far: two and a half years.
const MAX_DAYS_AGO = 900
// The demo files are small; the app's default upload limit applies to them like to any upload.
const MAX_BYTES = SETTING_DEFINITIONS.documentMaxUploadMb.fallback * 1024 * 1024
type FileFormat = 'md' | 'txt' | 'pdf'

const text = z.string().trim().min(1)
const fileName = z
  .string()
  .regex(/^[a-z0-9-]+\.(md|txt|pdf)$/, 'a lower-case file name ending in .md, .txt or .pdf')
// A paragraph; "## " starts a heading, lines starting with "- " make a list.
const paragraphs = z.array(text).min(3)

const DocumentSchema = z
  .strictObject({
    kind: z.enum(DOCUMENT_KINDS),
    title: text.max(DOCUMENT_TITLE_MAX),
    description: text.max(400),
    // When the document is tied to nothing below: this many days back.
    daysAgo: z.number().int().min(1).max(MAX_DAYS_AGO).optional(),
    // The meeting it came from (kind and title as seed-meetings.ts makes them); dated this
    // many days after it. Left out while the meeting is not held.
    meeting: z
      .strictObject({
        kind: z.enum(MEETING_KINDS),
        title: text,
        afterDays: z.number().int().min(1).max(60),
      })
      .optional(),
    // The advice it is (key in advice.json), dated on the day it was adopted; its councils
    // are the authors and its themes the default themes.
    advice: text.optional(),
    // The werkbezoek it reports on (summary in activity.json), dated a few days after it.
    siteVisit: z.strictObject({ summary: text, afterDays: z.number().int().min(1).max(30) }).optional(),
    // Keys in network.json: who wrote it, and whom it is about or for.
    authors: z.array(text).default([]),
    subjects: z.array(text).default([]),
    // Names of members of an author organisation; linked while their membership runs.
    people: z.array(text).default([]),
    themes: z.array(text).max(4).default([]),
    by: z.enum(['opbouwwerker', 'coordinator']).default('opbouwwerker'),
    // No file: a document known only on paper.
    file: fileName.optional(),
    paragraphs: paragraphs.optional(),
    // An earlier version (number 1), uploaded this many days before the current one.
    previous: z
      .strictObject({ file: fileName, daysBefore: z.number().int().min(7).max(500), paragraphs })
      .optional(),
  })
  .refine((d) => (d.file === undefined) === (d.paragraphs === undefined), 'a file (and only a file) has text')
  .refine((d) => d.file !== undefined || d.previous === undefined, 'an earlier version needs a current one')
  .refine(
    (d) => [d.daysAgo, d.meeting, d.advice, d.siteVisit].filter((x) => x !== undefined).length === 1,
    'a document is dated by exactly one of daysAgo, meeting, advice and siteVisit',
  )
  .refine((d) => d.advice === undefined || d.authors.length === 0, "an advice's councils are its authors")
  .refine(
    (d) => d.advice !== undefined || d.authors.length > 0 || d.people.length === 0,
    'people are linked as members of an author',
  )
  .refine(
    (d) => d.authors.every((key) => !d.subjects.includes(key)),
    'an organisation is author or subject, not both',
  )

const DocumentDataSchema = z.object({
  documents: z
    .array(DocumentSchema)
    .min(34)
    .refine((docs) => new Set(docs.map((d) => d.title)).size === docs.length, 'titles are unique')
    .refine((docs) => {
      const files = docs.flatMap((d) => [d.file ?? [], d.previous?.file ?? []].flat())
      return new Set(files).size === files.length
    }, 'file names are unique'),
})
type DocumentSpec = z.infer<typeof DocumentSchema>

// The parts of the other data files this seed refers to.
const NetworkKeysSchema = z.object({
  organisations: z.array(z.object({ key: text, name: text, type: text })),
})
type NetworkOrg = z.infer<typeof NetworkKeysSchema>['organisations'][number]
const AdviceKeysSchema = z.object({
  advices: z.array(z.object({ key: text, title: text, status: z.enum(ADVICE_STATUSES) })),
})
const ActivityKeysSchema = z.object({ activities: z.array(z.object({ kind: text, summary: text })) })
const MeetingKeysSchema = z.object({
  exchange: z.object({ title: text, topics: z.array(z.object({ theme: text })) }),
  meetings: z.array(z.object({ kind: text, title: text })),
})
const ThemeKeysSchema = z.object({ themes: z.array(z.object({ name: text })) })

type References = {
  network: NetworkOrg[]
  advices: Map<string, string>
  siteVisits: string[]
  meetings: { kind: string; title: string }[]
}

// Reads the other data files, and checks that every document refers to what they contain.
function readReferences(documents: DocumentSpec[]): References {
  const network = NetworkKeysSchema.parse(readJson('network.json')).organisations
  const advices = AdviceKeysSchema.parse(readJson('advice.json')).advices
  const siteVisits = ActivityKeysSchema.parse(readJson('activity.json'))
    .activities.filter((a) => a.kind === 'SITE_VISIT')
    .map((a) => a.summary)
  const meetingData = MeetingKeysSchema.parse(readJson('meetings.json'))
  const meetings = [
    ...meetingData.exchange.topics.map((t) => ({
      kind: 'EXCHANGE',
      title: `${meetingData.exchange.title}: ${t.theme}`,
    })),
    ...meetingData.meetings.map(({ kind, title }) => ({ kind, title })),
  ]
  const themes = new Set(ThemeKeysSchema.parse(readJson('themes.json')).themes.map((t) => t.name))
  const keys = new Set(network.map((o) => o.key))
  const adopted = ADVICE_STATUSES.indexOf('ADOPTED')
  for (const d of documents) {
    const fail = (problem: string) => {
      throw new Error(`Demo documents: "${d.title}" ${problem}`)
    }
    for (const key of [...d.authors, ...d.subjects])
      if (!keys.has(key)) fail(`names no organisation "${key}"`)
    for (const theme of d.themes) if (!themes.has(theme)) fail(`names no theme "${theme}"`)
    const advice = d.advice && advices.find((a) => a.key === d.advice)
    if (d.advice && !advice) fail(`names no advice "${d.advice}"`)
    if (advice && ADVICE_STATUSES.indexOf(advice.status as AdviceStatus) < adopted)
      fail(`names advice "${d.advice}", which is not adopted`)
    if (d.siteVisit && !siteVisits.includes(d.siteVisit.summary)) fail('names no werkbezoek in activity.json')
    const { meeting } = d
    if (meeting && !meetings.some((m) => m.kind === meeting.kind && m.title === meeting.title))
      fail(`names no meeting "${meeting.title}" in meetings.json`)
  }
  return {
    network,
    advices: new Map(advices.map((a) => [a.key, a.title])),
    siteVisits,
    meetings,
  }
}

type Member = { personId: string; name: string; start: Date | null; end: Date | null }
type Org = { id: string; name: string; members: Member[] }
type AdviceRef = { id: string; adoptedOn: Date | null; councils: string[]; themes: string[] }
type Context = {
  users: Record<(typeof USERS)[number], string>
  orgs: Map<string, Org>
  themes: Map<string, string>
  existing: Set<string>
  meetings: { id: string; kind: string; title: string; status: string; startsAt: Date }[]
  advices: Map<string, AdviceRef>
  siteVisits: Map<string, { id: string; occurredAt: Date }>
}

// Reads what the documents refer to: the demo users, the network organisations (by their key
// in network.json) with their members, the themes, the titles of the documents there already,
// and the meetings, advices and werkbezoeken the documents belong to.
async function loadContext(
  tx: Prisma.TransactionClient,
  documents: DocumentSpec[],
  references: References,
): Promise<Context> {
  const users = await findDemoUsers(tx, USERS, 'Demo documents')
  const rows = await tx.organisation.findMany({
    where: { name: { in: references.network.map((o) => o.name) } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      type: true,
      memberships: {
        select: { startDate: true, endDate: true, person: { select: { id: true, name: true } } },
      },
    },
  })
  const orgs = new Map<string, Org>()
  for (const { key, name, type } of references.network) {
    // As seed-network.ts matches them: on (type, name), the oldest first.
    const row = rows.find((r) => r.name === name && r.type === type)
    if (!row) throw new Error(`Demo documents: organisation "${name}" is missing; seed the network first`)
    const members = row.memberships.map((m) => ({
      personId: m.person.id,
      name: m.person.name,
      start: m.startDate,
      end: m.endDate,
    }))
    orgs.set(key, { id: row.id, name: row.name, members })
  }
  const themes = new Map(
    (await tx.theme.findMany({ select: { id: true, name: true } })).map((t) => [t.name, t.id]),
  )
  const existing = await tx.document.findMany({
    where: { title: { in: documents.map((d) => d.title) } },
    select: { title: true },
  })
  const meetings = await tx.meeting.findMany({
    where: { title: { in: references.meetings.map((m) => m.title) } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, title: true, status: true, startsAt: true },
  })
  const adviceRows = await tx.advice.findMany({
    where: { title: { in: [...references.advices.values()] } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      adoptedOn: true,
      councils: { select: { organisationId: true } },
      themes: { select: { theme: { select: { name: true } } } },
    },
  })
  const advices = new Map<string, AdviceRef>()
  for (const [key, title] of references.advices) {
    const row = adviceRows.find((a) => a.title === title)
    if (!row) continue
    advices.set(key, {
      id: row.id,
      adoptedOn: row.adoptedOn,
      councils: row.councils.map((c) => c.organisationId),
      themes: row.themes.map((t) => t.theme.name),
    })
  }
  const visits = await tx.activity.findMany({
    where: { kind: 'SITE_VISIT', summary: { in: references.siteVisits } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, summary: true, occurredAt: true },
  })
  const siteVisits = new Map<string, { id: string; occurredAt: Date }>()
  for (const visit of visits) if (!siteVisits.has(visit.summary)) siteVisits.set(visit.summary, visit)
  return {
    users,
    orgs,
    themes,
    existing: new Set(existing.map((d) => d.title)),
    meetings,
    advices,
    siteVisits,
  }
}

// One file version to store: its name, what it says, and when it was uploaded.
type VersionPlan = { versionNumber: number; file: string; paragraphs: string[]; day: TZDate; at: Date }
type DocumentPlan = {
  spec: DocumentSpec
  id: string
  day: TZDate
  authors: string[]
  people: string[]
  meetingId: string | null
  adviceId: string | null
  themes: string[]
  versions: VersionPlan[]
}

// Returns a 32-bit hash of `value` (FNV-1a): each document draws its own random times.
function hash(value: string) {
  let h = 0x811c9dc5
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193)
  return h >>> 0
}

// Returns the Dutch calendar day of a moment, or of a date-only value (midnight UTC).
const dayOf = (moment: Date) => startOfDay(new TZDate(moment, TIME_ZONE))
const dateOnlyDay = (date: Date) =>
  new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), TIME_ZONE)

// Returns what to add for one document: its day, authors, people, links and file versions;
// null when it is there already, or its meeting, advice or werkbezoek is not (yet) there.
function planDocument(spec: DocumentSpec, context: Context, calendar: Calendar): DocumentPlan | null {
  if (context.existing.has(spec.title)) return null
  const org = (key: string) => {
    const found = context.orgs.get(key)
    if (!found) throw new Error(`Demo documents: unknown organisation "${key}"`)
    return found
  }
  const latest = calendar.daysAgo(1)
  // A day after a record: a working day, and never today or later.
  const after = (day: TZDate, days: number) => {
    const result = calendar.workday(addDays(day, days))
    return isAfter(result, latest) ? latest : result
  }
  let day: TZDate
  let authors = spec.authors.map((key) => org(key).id)
  let themes = spec.themes
  let meetingId: string | null = null
  let adviceId: string | null = null
  if (spec.meeting) {
    const { kind, title, afterDays } = spec.meeting
    const meeting = context.meetings.find((m) => m.kind === kind && m.title === title)
    if (meeting?.status !== 'HELD') return null
    meetingId = meeting.id
    day = after(dayOf(meeting.startsAt), afterDays)
  } else if (spec.advice) {
    const advice = context.advices.get(spec.advice)
    if (!advice?.adoptedOn) return null
    adviceId = advice.id
    authors = advice.councils
    if (themes.length === 0) themes = advice.themes
    day = after(dateOnlyDay(advice.adoptedOn), 0)
  } else if (spec.siteVisit) {
    const visit = context.siteVisits.get(spec.siteVisit.summary)
    if (!visit) return null
    day = after(dayOf(visit.occurredAt), spec.siteVisit.afterDays)
  } else {
    day = calendar.daysAgo(spec.daysAgo ?? 1)
  }

  // The people, as members of an author on the document's day.
  const dateOnly = calendar.dateOnly(day)
  const people = spec.people.flatMap((name) => {
    const memberships = [...context.orgs.values()]
      .filter((o) => authors.includes(o.id))
      .flatMap((o) => o.members)
      .filter((m) => m.name === name)
    if (memberships.length === 0)
      throw new Error(`Demo documents: "${spec.title}": ${name} is no member of an author`)
    const current = memberships.find(
      (m) => (!m.start || m.start <= dateOnly) && (!m.end || m.end >= dateOnly),
    )
    return current ? [current.personId] : []
  })

  const random = createRandom(hash(spec.title))
  const versions: VersionPlan[] = []
  if (spec.previous) {
    const earlier = calendar.workday(subDays(day, spec.previous.daysBefore))
    versions.push({
      versionNumber: 1,
      file: spec.previous.file,
      paragraphs: spec.previous.paragraphs,
      day: earlier,
      at: calendar.at(earlier, officeTime(random)),
    })
  }
  if (spec.file && spec.paragraphs) {
    versions.push({
      versionNumber: versions.length + 1,
      file: spec.file,
      paragraphs: spec.paragraphs,
      day,
      at: calendar.at(day, officeTime(random)),
    })
  }
  return {
    spec,
    id: newId(),
    day,
    authors: [...new Set(authors)],
    people: [...new Set(people)],
    meetingId,
    adviceId,
    themes: [...new Set(themes)],
    versions,
  }
}

// Returns the line under a document's title: its authors and its date ("12 maart 2026").
function byline(authors: string[], day: TZDate) {
  const date = format(day, 'd MMMM yyyy', { locale: nl })
  return authors.length > 0 ? `${authors.join(', ')} · ${date}` : date
}

// Returns the text of a paragraph without its Markdown marks.
const plain = (paragraph: string) => paragraph.replace(/^## /, '').replace(/^- /gm, '• ')

// Returns a Markdown or plain-text file of the document.
function renderText(format: 'md' | 'txt', title: string, line: string, body: string[]) {
  const text =
    format === 'md'
      ? [`# ${title}`, `*${line}*`, ...body]
      : [title, '='.repeat(Math.min(title.length, 72)), line, ...body.map(plain)]
  return new TextEncoder().encode(`${text.join('\n\n')}\n`)
}

const A4: [number, number] = [595.28, 841.89]
const MARGIN = 64
const GREY = rgb(0.35, 0.35, 0.35)

// Returns the words of `text` broken into lines no wider than `width` points.
function wrap(text: string, font: PDFFont, size: number, width: number) {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word
    if (line && font.widthOfTextAtSize(longer, size) > width) {
      lines.push(line)
      line = word
    } else {
      line = longer
    }
  }
  if (line) lines.push(line)
  return lines
}

// Returns an A4 PDF of the document with real text (Helvetica, so WinAnsi: ë, é and ï work),
// lines wrapped and pages added as the text needs. Its dates are the upload's, so the bytes
// are the same on every run of the same day.
async function renderPdf(title: string, line: string, body: string[], authors: string[], at: Date) {
  const pdf = await PDFDocument.create({ updateMetadata: false })
  pdf.setTitle(title)
  pdf.setAuthor(authors.join(', ') || 'Steunpunt Cliëntenparticipatie Fryslân')
  pdf.setLanguage('nl-NL')
  pdf.setCreator('Raadnet (demodocument)')
  pdf.setProducer('pdf-lib')
  pdf.setCreationDate(at)
  pdf.setModificationDate(at)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = A4[0] - 2 * MARGIN
  let page: PDFPage = pdf.addPage(A4)
  let y = A4[1] - MARGIN
  const write = (
    content: string,
    { font = regular, size = 11, gap = 8, indent = 0, bullet = false, color = rgb(0, 0, 0) } = {},
  ) => {
    for (const [i, text] of wrap(content, font, size, width - indent).entries()) {
      if (y - size * 1.4 < MARGIN) {
        page = pdf.addPage(A4)
        y = A4[1] - MARGIN
      }
      y -= size * 1.4
      if (bullet && i === 0) page.drawText('•', { x: MARGIN + indent - 10, y, size, font })
      page.drawText(text, { x: MARGIN + indent, y, size, font, color })
    }
    y -= gap
  }
  write(title, { font: bold, size: 16, gap: 4 })
  write(line, { size: 9.5, gap: 16, color: GREY })
  for (const paragraph of body) {
    if (paragraph.startsWith('## ')) {
      write(paragraph.slice(3), { font: bold, size: 12.5, gap: 4 })
    } else if (paragraph.startsWith('- ')) {
      const items = paragraph.split('\n')
      for (const [i, item] of items.entries()) {
        write(item.replace(/^- /, ''), { indent: 14, bullet: true, gap: i === items.length - 1 ? 8 : 2 })
      }
    } else {
      write(paragraph)
    }
  }
  const pages = pdf.getPages()
  for (const [i, p] of pages.entries()) {
    p.drawText(
      `${title.length > 70 ? `${title.slice(0, 69)}…` : title} — pagina ${i + 1} van ${pages.length}`,
      {
        x: MARGIN,
        y: MARGIN - 28,
        size: 8,
        font: regular,
        color: GREY,
      },
    )
  }
  return pdf.save({ useObjectStreams: false })
}

// Returns the bytes of one file version of a document.
async function renderFile(plan: DocumentPlan, version: VersionPlan, authorNames: string[]) {
  const format = version.file.split('.').pop() as FileFormat
  const line = byline(authorNames, version.day)
  return format === 'pdf'
    ? renderPdf(plan.spec.title, line, version.paragraphs, authorNames, version.at)
    : renderText(format, plan.spec.title, line, version.paragraphs)
}

type Rows = {
  documents: Prisma.DocumentCreateManyInput[]
  files: Prisma.DocumentFileCreateManyInput[]
  organisations: Prisma.DocumentOrganisationCreateManyInput[]
  people: Prisma.DocumentPersonCreateManyInput[]
  themes: Prisma.DocumentThemeCreateManyInput[]
  meetings: Prisma.DocumentMeetingCreateManyInput[]
  advices: Prisma.DocumentAdviceCreateManyInput[]
}

// Builds the rows of the planned documents, storing their files on the way; every stored
// name is added to `stored` at once, so that a failure further on can remove the file.
async function buildRows(
  plans: DocumentPlan[],
  context: Context,
  calendar: Calendar,
  stored: string[],
): Promise<Rows> {
  const rows: Rows = {
    documents: [],
    files: [],
    organisations: [],
    people: [],
    themes: [],
    meetings: [],
    advices: [],
  }
  const names = new Map([...context.orgs.values()].map((o) => [o.id, o.name]))
  for (const plan of plans) {
    const { spec, id } = plan
    const userId = context.users[BY[spec.by]]
    const authorNames = plan.authors.map((orgId) => names.get(orgId) ?? '')
    for (const version of plan.versions) {
      const bytes = await renderFile(plan, version, authorNames)
      const result = await storeUpload({ bytes, fileName: version.file, maxBytes: MAX_BYTES })
      if (!result.ok) throw new Error(`Demo documents: ${version.file} was refused (${result.error})`)
      const file: StoredFile = result.file
      stored.push(file.storedName)
      if (file.extractionStatus !== 'EXTRACTED')
        throw new Error(
          `Demo documents: no text was extracted from ${version.file} (${file.extractionStatus})`,
        )
      rows.files.push({
        id: newId(),
        documentId: id,
        versionNumber: version.versionNumber,
        ...file,
        uploadedById: userId,
        uploadedAt: version.at,
      })
    }
    const [first, last] = [plan.versions[0], plan.versions.at(-1)]
    // A document without a file was recorded on its day.
    const created = first?.at ?? calendar.at(plan.day, '10:00')
    rows.documents.push({
      id,
      kind: spec.kind,
      title: spec.title,
      documentDate: calendar.dateOnly(plan.day),
      description: spec.description,
      createdById: userId,
      createdAt: created,
      updatedAt: last?.at ?? created,
    })
    for (const organisationId of plan.authors)
      rows.organisations.push({ documentId: id, organisationId, role: AUTHOR })
    for (const key of spec.subjects) {
      const organisationId = context.orgs.get(key)?.id
      if (organisationId && !plan.authors.includes(organisationId))
        rows.organisations.push({ documentId: id, organisationId, role: SUBJECT })
    }
    for (const personId of plan.people) rows.people.push({ documentId: id, personId })
    for (const name of plan.themes) {
      const themeId = context.themes.get(name)
      if (!themeId) throw new Error(`Demo documents: unknown theme "${name}"`)
      rows.themes.push({ documentId: id, themeId })
    }
    if (plan.meetingId) rows.meetings.push({ documentId: id, meetingId: plan.meetingId })
    if (plan.adviceId) rows.advices.push({ documentId: id, adviceId: plan.adviceId })
  }
  return rows
}

// Loads the demo documents into a database with the demo network, activity, advices and
// meetings (seedNetwork, seedActivity, seedAdvice and seedMeetings first).
export async function seedDocuments(prisma: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const { documents } = DocumentDataSchema.parse(readJson('documents.json'))
  const references = readReferences(documents)
  const calendar = createCalendar(today)
  // The files this run stored: removed again when the documents are not saved after all.
  const stored: string[] = []
  let outcome: { rows: Rows; plans: DocumentPlan[]; present: number }
  try {
    // One transaction: everything or nothing, and SQLite commits once.
    outcome = await prisma.$transaction(
      async (tx) => {
        const context = await loadContext(tx, documents, references)
        const plans = documents.flatMap((spec) => planDocument(spec, context, calendar) ?? [])
        const rows = await buildRows(plans, context, calendar, stored)
        await tx.document.createMany({ data: rows.documents })
        await tx.documentFile.createMany({ data: rows.files })
        await tx.documentOrganisation.createMany({ data: rows.organisations })
        await tx.documentPerson.createMany({ data: rows.people })
        await tx.documentTheme.createMany({ data: rows.themes })
        await tx.documentMeeting.createMany({ data: rows.meetings })
        await tx.documentAdvice.createMany({ data: rows.advices })
        return { rows, plans, present: context.existing.size }
      },
      { timeout: 120_000 },
    )
  } catch (error) {
    await removeStoredFiles(stored)
    throw error
  }
  const { rows, plans, present } = outcome
  const waiting = documents.length - present - plans.length
  const later = waiting > 0 ? ` ${waiting} wait for a meeting or record that is not there yet.` : ''
  if (plans.length === 0) {
    const there = present > 0 ? ' the database already has the demo documents;' : ''
    console.info(`Demo documents:${there} nothing added.${later}`)
    return
  }
  const kinds = new Map<string, number>()
  for (const d of rows.documents) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1)
  const pdfs = rows.files.filter((f) => f.mediaType === 'application/pdf').length
  console.info(
    `Demo documents: ${rows.documents.length} documents (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${rows.files.length} files (${pdfs} PDF), ${present} there already.${later}`,
  )
}
