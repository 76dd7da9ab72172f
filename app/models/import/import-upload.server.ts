// Uploaded CSV files between the steps of an import. The file is read once, at upload, and
// kept as its parsed table in a file of its own beside the database (data/imports/<id>.json),
// under a random id and the uploader's user id. The later steps send only that id and the
// user's choices: nothing the browser sends can change the rows, and nothing needs
// JavaScript. After the import the rows are dropped and only the report stays; anything
// older than a day is deleted.
import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { resolveDatabasePath } from '~/utils/database-url.ts'
import type { CsvTable } from './csv-table.ts'
import { UPLOAD_ID_PATTERN } from './import.schema.ts'
import type { ImportKind } from './import-fields.ts'

export const UPLOAD_LIFETIME_MS = 24 * 3_600_000

export type ImportReport = {
  kind: ImportKind
  created: number
  merged: number
  skippedDuplicates: number
  skippedErrors: number
  membershipsAdded: number
  importedAt: string
}

export type StoredUpload = {
  id: string
  userId: string
  kind: ImportKind
  fileName: string
  createdAt: string
} & ({ state: 'uploaded'; table: CsvTable } | { state: 'imported'; report: ImportReport })

// Returns the folder of the uploads: "imports" beside the database file.
function uploadDir() {
  const databasePath = resolveDatabasePath()
  return databasePath === ':memory:'
    ? path.resolve('data', 'imports')
    : path.join(path.dirname(databasePath), 'imports')
}

// Returns the file of an upload id; the id is checked first, so it can never leave the folder.
function uploadFile(id: string) {
  if (!UPLOAD_ID_PATTERN.test(id)) return null
  return path.join(uploadDir(), `${id}.json`)
}

// Writes an upload's file in one step (a half-written file is never read).
async function writeUpload(upload: StoredUpload) {
  const file = uploadFile(upload.id)
  if (!file) throw new Error('invalid upload id')
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporary, JSON.stringify(upload), { mode: 0o600 })
  await rename(temporary, file)
}

// Deletes uploads (and reports) older than a day.
export async function deleteExpiredUploads(now: Date = new Date()) {
  const dir = uploadDir()
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name)
      const info = await stat(file).catch(() => null)
      if (info && now.getTime() - info.mtimeMs > UPLOAD_LIFETIME_MS) await rm(file, { force: true })
    }),
  )
}

// Stores a parsed upload for `userId` and returns its id.
export async function saveUpload({
  userId,
  kind,
  fileName,
  table,
  now = new Date(),
}: {
  userId: string
  kind: ImportKind
  fileName: string
  table: CsvTable
  now?: Date
}) {
  await mkdir(uploadDir(), { recursive: true, mode: 0o700 })
  await deleteExpiredUploads(now)
  const id = randomBytes(16).toString('base64url')
  await writeUpload({ id, userId, kind, fileName, createdAt: now.toISOString(), state: 'uploaded', table })
  return id
}

// Returns the upload `id` of `userId`, or null when there is none: unknown, someone else's
// or expired (then it is deleted).
export async function readUpload({
  id,
  userId,
  now = new Date(),
}: {
  id: string
  userId: string
  now?: Date
}): Promise<StoredUpload | null> {
  const file = uploadFile(id)
  if (!file) return null
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return null
  const upload = JSON.parse(text) as StoredUpload
  if (upload.userId !== userId) return null
  if (now.getTime() - new Date(upload.createdAt).getTime() > UPLOAD_LIFETIME_MS) {
    await rm(file, { force: true })
    return null
  }
  return upload
}

// Replaces an upload's rows by the report of its import.
export async function markImported(upload: StoredUpload, report: ImportReport) {
  const { id, userId, kind, fileName, createdAt } = upload
  await writeUpload({ id, userId, kind, fileName, createdAt, state: 'imported', report })
}

// Deletes an upload (the user starts again).
export async function deleteUpload(id: string) {
  const file = uploadFile(id)
  if (file) await rm(file, { force: true })
}
