// The files of documents, beside the database (data/uploads/<32 hex>.<ext>). What a file is
// comes from its content, never from its name or the browser's media type; the user's file
// name is only kept (made safe) for showing and as the download name. The stored name is made
// here, so nothing a user sends can point outside the folder.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createReadableStreamFromReadable } from '@remix-run/node'
import { fileTypeFromBuffer } from 'file-type'
import { resolveDatabasePath } from '~/utils/database-url.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { DOCX_MEDIA_TYPE, type ExtractionStatus, extractText, ODT_MEDIA_TYPE } from './extract-text.server.ts'

export { EXTRACTED_TEXT_MAX, type ExtractionStatus } from './extract-text.server.ts'

export type StoredFile = {
  storedName: string
  originalName: string
  mediaType: string
  size: number
  sha256: string
  extractionStatus: ExtractionStatus
  extractedText: string | null
}

export type UploadError =
  | 'document.file.missing'
  | 'document.file.empty'
  | 'document.file.tooBig'
  | 'document.file.type'
  | 'document.file.mismatch'

export type UploadResult = { ok: true; file: StoredFile } | { ok: false; error: UploadError }

type AllowedType = { mediaType: string; storedExtension: string; extensions: readonly string[] }

// The types a document file may have, by the media type file-type finds in the content.
const DETECTED_TYPES: Record<string, AllowedType> = {
  'application/pdf': { mediaType: 'application/pdf', storedExtension: 'pdf', extensions: ['pdf'] },
  [DOCX_MEDIA_TYPE]: { mediaType: DOCX_MEDIA_TYPE, storedExtension: 'docx', extensions: ['docx'] },
  [ODT_MEDIA_TYPE]: { mediaType: ODT_MEDIA_TYPE, storedExtension: 'odt', extensions: ['odt'] },
  'image/png': { mediaType: 'image/png', storedExtension: 'png', extensions: ['png'] },
  // An animated PNG is a PNG (and named one).
  'image/apng': { mediaType: 'image/png', storedExtension: 'png', extensions: ['png', 'apng'] },
  'image/jpeg': { mediaType: 'image/jpeg', storedExtension: 'jpg', extensions: ['jpg', 'jpeg'] },
  'image/gif': { mediaType: 'image/gif', storedExtension: 'gif', extensions: ['gif'] },
  'image/webp': { mediaType: 'image/webp', storedExtension: 'webp', extensions: ['webp'] },
}

// Text has no signature file-type could find: its extension says what it is, and the content
// must then be UTF-8 without NUL bytes.
const TEXT_TYPES: readonly AllowedType[] = [
  { mediaType: 'text/plain', storedExtension: 'txt', extensions: ['txt'] },
  { mediaType: 'text/markdown', storedExtension: 'md', extensions: ['md', 'markdown'] },
]

const STORED_NAME_PATTERN = /^[0-9a-f]{32}\.(pdf|docx|odt|png|jpg|gif|webp|txt|md)$/

// Returns the folder of the document files: "uploads" beside the database file.
export function uploadsDir() {
  const databasePath = resolveDatabasePath()
  return databasePath === ':memory:'
    ? path.resolve('data', 'uploads')
    : path.join(path.dirname(databasePath), 'uploads')
}

// Returns true when `storedName` has the shape of a name made by storeUpload.
export function isStoredName(storedName: string) {
  return STORED_NAME_PATTERN.test(storedName)
}

// Returns the path of a stored file; throws for anything but a name made by storeUpload, so
// a name can never leave the folder.
export function storedFilePath(storedName: string) {
  if (!isStoredName(storedName)) throw new Error('invalid stored file name')
  return path.join(uploadsDir(), storedName)
}

// Returns the lower-case extension of a file name without the dot ('' when there is none).
function extensionOf(fileName: string) {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : ''
}

// Returns true when `bytes` are UTF-8 text (a leading BOM allowed) without NUL bytes.
function isUtf8Text(bytes: Uint8Array) {
  if (bytes.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

// Returns true for media types that are text themselves (XML, calendars, ...): such content
// may still be stored as plain text when its name says .txt or .md.
function isTextualMediaType(mediaType: string) {
  return mediaType.startsWith('text/') || /[/+]xml$/.test(mediaType)
}

// Returns the allowed type of a file by its content, or why it is refused: 'type' when the
// content is no allowed type, 'mismatch' when it is one but the name claims another.
export async function checkFileType({
  bytes,
  fileName,
}: {
  bytes: Uint8Array
  fileName: string
}): Promise<
  { ok: true; type: AllowedType } | { ok: false; error: 'document.file.type' | 'document.file.mismatch' }
> {
  const extension = extensionOf(fileName)
  const detected = await fileTypeFromBuffer(bytes).catch(() => undefined)
  const detectedType = detected ? DETECTED_TYPES[detected.mime] : undefined
  if (detectedType) {
    return detectedType.extensions.includes(extension)
      ? { ok: true, type: detectedType }
      : { ok: false, error: 'document.file.mismatch' }
  }
  const textType = TEXT_TYPES.find((type) => type.extensions.includes(extension))
  const textual = !detected || isTextualMediaType(detected.mime)
  if (textType && textual && isUtf8Text(bytes)) return { ok: true, type: textType }
  return { ok: false, error: 'document.file.type' }
}

// Checks an uploaded file, stores it under a new name and extracts its text. Nothing is
// written when a check fails; a file whose text cannot be read is still stored (FAILED).
export async function storeUpload({
  bytes,
  fileName,
  maxBytes,
}: {
  bytes: Uint8Array
  fileName: string
  maxBytes: number
}): Promise<UploadResult> {
  if (fileName.trim() === '' && bytes.length === 0) return { ok: false, error: 'document.file.missing' }
  if (bytes.length === 0) return { ok: false, error: 'document.file.empty' }
  if (bytes.length > maxBytes) return { ok: false, error: 'document.file.tooBig' }
  const originalName = safeFileName(fileName)
  const checked = await checkFileType({ bytes, fileName: originalName })
  if (!checked.ok) return checked
  const { type } = checked
  const extraction = await extractText(bytes, type.mediaType).catch(() => ({
    status: 'FAILED' as const,
    text: null,
  }))
  const storedName = `${randomBytes(16).toString('hex')}.${type.storedExtension}`
  await writeStoredFile(storedName, bytes)
  return {
    ok: true,
    file: {
      storedName,
      originalName,
      mediaType: type.mediaType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      extractionStatus: extraction.status,
      extractedText: extraction.text,
    },
  }
}

// Writes a file in one step (a half-written file never carries a stored name).
async function writeStoredFile(storedName: string, bytes: Uint8Array) {
  const file = storedFilePath(storedName)
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' })
  await rename(temporary, file)
}

// Deletes stored files; missing files and names that are not stored names are skipped.
export async function removeStoredFiles(storedNames: string[]) {
  await Promise.all(
    storedNames.filter(isStoredName).map((storedName) => rm(storedFilePath(storedName), { force: true })),
  )
}

// Returns a stored file's content as a stream with its size, or null when the file is gone.
export async function openStoredFile(storedName: string) {
  if (!isStoredName(storedName)) return null
  const file = storedFilePath(storedName)
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return null
  return { size: info.size, stream: createReadableStreamFromReadable(createReadStream(file)) }
}

const FILE_NAME_MAX = 200
const EXTENSION_MAX = 16

// Returns the user's file name made safe to show and to download as: the last part of a
// path only, without control or direction characters, trimmed, at most 200 characters
// (the extension kept), and 'document' when nothing is left.
export function safeFileName(name: string) {
  const base = (name.normalize('NFC').split(/[/\\]/).pop() ?? '')
    .replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .trim()
  if (base === '' || /^\.+$/.test(base)) return 'document'
  const characters = Array.from(base)
  if (characters.length <= FILE_NAME_MAX) return base
  const dot = characters.lastIndexOf('.')
  const extension =
    dot > 0 && characters.length - dot - 1 <= EXTENSION_MAX ? characters.slice(dot).join('') : ''
  const stem = characters
    .slice(0, FILE_NAME_MAX - Array.from(extension).length)
    .join('')
    .trimEnd()
  return `${stem}${extension}`
}

// Returns `text` percent-encoded as an RFC 5987 value (encodeURIComponent leaves ' ( ) * as
// they are, which the attr-char grammar does not allow).
function encodeRfc5987(text: string) {
  return encodeURIComponent(text).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

// Returns the Content-Disposition header of a download (RFC 6266): an ASCII name for old
// clients, with accents dropped and anything that could end the quoted string replaced,
// and the full UTF-8 name in filename*.
export function contentDisposition(originalName: string) {
  const name = safeFileName(originalName)
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7E]|["\\%]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(name)}`
}

// Returns the headers of a download of a stored file: its own media type (text as UTF-8),
// never sniffed, never shown inline.
export function fileResponseHeaders({
  originalName,
  mediaType,
  size,
}: {
  originalName: string
  mediaType: string
  size: number
}) {
  return {
    'Content-Type': mediaType.startsWith('text/') ? `${mediaType}; charset=utf-8` : mediaType,
    'Content-Length': String(size),
    'Content-Disposition': contentDisposition(originalName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  }
}

// Returns the message reference (see messageRef) of an upload error; the size limit is shown
// in MB.
export function uploadErrorRef(error: UploadError, maxBytes: number) {
  if (error !== 'document.file.tooBig') return error
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10
  return messageRef(error, { max: megabytes.toLocaleString('nl') })
}
