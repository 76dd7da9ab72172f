// Text of an uploaded document for search: PDF with unpdf (pdf.js), DOCX and ODT by reading
// their XML from the zip, plain text and Markdown as they are. Extraction never throws: a
// file that cannot be read is still stored, marked FAILED ("no text extracted").
import { unzipSync } from 'fflate'
import { extractText as extractPdfText, getDocumentProxy } from 'unpdf'

export const EXTRACTED_TEXT_MAX = 500_000 // characters kept for search

// A zip entry that would inflate to more than this is refused (a zip bomb, or not a document).
export const ZIP_ENTRY_MAX_BYTES = 50 * 1024 * 1024

export type ExtractionStatus = 'EXTRACTED' | 'NO_TEXT' | 'FAILED' | 'NOT_APPLICABLE'
export type Extraction = { status: ExtractionStatus; text: string | null }

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text'

const FAILED: Extraction = { status: 'FAILED', text: null }

// Returns the searchable text of a file whose content is `mediaType`, and how that went.
export async function extractText(bytes: Uint8Array, mediaType: string): Promise<Extraction> {
  try {
    if (mediaType.startsWith('image/')) return { status: 'NOT_APPLICABLE', text: null }
    const raw = await readRawText(bytes, mediaType)
    if (raw === null) return FAILED
    const text = capText(normaliseText(raw))
    return text === '' ? { status: 'NO_TEXT', text: null } : { status: 'EXTRACTED', text }
  } catch {
    return FAILED
  }
}

// Returns the unprocessed text of the file, or null when its type has no extractor.
async function readRawText(bytes: Uint8Array, mediaType: string) {
  switch (mediaType) {
    case 'application/pdf':
      return readPdfText(bytes)
    case DOCX_MEDIA_TYPE:
      return xmlToText(readZipEntry(bytes, 'word/document.xml'))
    case ODT_MEDIA_TYPE:
      return xmlToText(readZipEntry(bytes, 'content.xml'))
    case 'text/plain':
    case 'text/markdown':
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
    default:
      return null
  }
}

// Returns the text of all pages of a PDF. pdf.js takes ownership of (detaches) the buffer it
// is given, so it gets a copy; verbosity 0 keeps its warnings about broken files off the log.
async function readPdfText(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false })
  try {
    const { text } = await extractPdfText(pdf, { mergePages: true })
    return text
  } finally {
    await pdf.destroy()
  }
}

// Returns one entry of a zip file as text; throws when it is missing or would inflate to more
// than ZIP_ENTRY_MAX_BYTES (fflate inflates into a buffer of the declared size, never more).
function readZipEntry(bytes: Uint8Array, name: string) {
  let tooBig = false
  const entries = unzipSync(bytes, {
    filter: (entry) => {
      if (entry.name !== name) return false
      if (entry.originalSize > ZIP_ENTRY_MAX_BYTES) tooBig = true
      return !tooBig
    },
  })
  const entry = entries[name]
  if (tooBig || !entry) throw new Error(`zip entry ${name} missing or too big`)
  return new TextDecoder('utf-8').decode(entry)
}

// Returns the text of a DOCX document.xml or an ODT content.xml: paragraphs and headings on
// lines of their own, tabs as spaces, line breaks kept, field codes and deleted text left out.
export function xmlToText(xml: string) {
  return decodeXmlEntities(
    xml
      .replace(/<w:(instrText|delText)\b[^>]*>[\s\S]*?<\/w:\1>/g, '')
      .replace(/<(w:tab|text:tab|text:s)\b[^>]*\/>/g, ' ')
      .replace(/<(w:br|w:cr|text:line-break)\b[^>]*\/>/g, '\n')
      .replace(/<\/(w:p|text:p|text:h)>|<(w:p|text:p|text:h)\b[^>]*\/>/g, '\n')
      .replace(/<[^>]*>/g, ''),
  )
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

// Returns `text` with the XML entities decoded in one pass (so "&amp;lt;" becomes "&lt;").
export function decodeXmlEntities(text: string) {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (!name.startsWith('#')) return NAMED_ENTITIES[name] ?? whole
    const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

// Returns `text` with control characters and runs of spaces made single spaces, lines
// trimmed and at most one empty line in a row.
export function normaliseText(text: string) {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?!\n)\p{Cc}/gu, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/^ | $/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

// Returns at most EXTRACTED_TEXT_MAX characters of `text`, never half a surrogate pair.
function capText(text: string) {
  if (text.length <= EXTRACTED_TEXT_MAX) return text
  const cut = text.slice(0, EXTRACTED_TEXT_MAX)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}
