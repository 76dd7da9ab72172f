// Reads a document form sent as multipart/form-data. A form that is not much larger than
// the size limit (browsers always say how large) is read whole by the platform's own parser,
// which reads every file name a browser sends: Remix's streaming parser refuses a name with
// a ";" or "=" in it ("notulen; concept.pdf"). A larger form is streamed, its file read to
// the end without being kept, so the other fields still arrive and the form can be shown
// again with the user's input and a "too big" message. A body that cannot be read as a form
// is a 400.
import { type UploadHandler, unstable_parseMultipartFormData } from '@remix-run/node'

export const FILE_FIELD = 'file'

// A text field larger than this, or a form with more parts than this, is no form of ours.
const TEXT_FIELD_MAX_BYTES = 1024 * 1024
const PARTS_MAX = 1000
// A form at most this much larger than the size limit is read whole.
const FORM_OVERHEAD_BYTES = TEXT_FIELD_MAX_BYTES

export type DocumentFormFile = { fileName: string; bytes: Uint8Array } | { fileName: string; tooBig: true }

// Returns the chunks of a part joined, or null when there are more than `maxBytes` (the rest
// of the part is then still read, but not kept).
async function readPart(data: AsyncIterable<Uint8Array>, maxBytes: number) {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of data) {
    size += chunk.byteLength
    if (size <= maxBytes) chunks.push(chunk)
    else chunks.length = 0
  }
  if (size > maxBytes) return null
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

type ParsedForm = { formData: FormData; file: DocumentFormFile | null }

// Returns the first chosen file of the file field as a DocumentFormFile, and the text fields,
// from a form the platform has read whole.
async function takeFile(received: FormData, maxBytes: number): Promise<ParsedForm> {
  const formData = new FormData()
  let file: DocumentFormFile | null = null
  let parts = 0
  for (const [name, value] of received) {
    parts += 1
    if (parts > PARTS_MAX) throw new Response('Too many form fields', { status: 413 })
    if (typeof value === 'string') {
      // The file field is never text (an empty file input may arrive as an empty string).
      if (name === FILE_FIELD) continue
      if (new TextEncoder().encode(value).byteLength > TEXT_FIELD_MAX_BYTES)
        throw new Response('Form field too large', { status: 413 })
      formData.append(name, value)
      continue
    }
    // Only the first chosen file of the field is used; any other file is dropped. An empty
    // file input sends a part without a name and without bytes.
    if (name !== FILE_FIELD || file !== null || (value.name === '' && value.size === 0)) continue
    file =
      value.size > maxBytes
        ? { fileName: value.name, tooBig: true }
        : { fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
  }
  return { formData, file }
}

// Returns the text fields and the file of a form read as it streams in, the file held only up
// to `maxBytes`.
async function streamForm(request: Request, maxBytes: number): Promise<ParsedForm> {
  let file: DocumentFormFile | null = null
  let parts = 0
  const handler: UploadHandler = async ({ name, filename, data }) => {
    parts += 1
    if (parts > PARTS_MAX) throw new Response('Too many form fields', { status: 413 })
    if (typeof filename !== 'string') {
      const bytes = await readPart(data, TEXT_FIELD_MAX_BYTES)
      if (!bytes) throw new Response('Form field too large', { status: 413 })
      return new TextDecoder().decode(bytes)
    }
    // Only the first chosen file of the field is used; any other file is read past.
    const wanted = name === FILE_FIELD && file === null
    const bytes = await readPart(data, wanted ? maxBytes : 0)
    if (!wanted) return undefined
    if (!bytes) file = { fileName: filename, tooBig: true }
    // An empty file input sends a part without a name and without bytes.
    else if (filename !== '' || bytes.length > 0) file = { fileName: filename, bytes }
    return undefined
  }
  const formData = await unstable_parseMultipartFormData(request, handler)
  return { formData, file }
}

// Returns the text fields of a document form, and its file (field "file") when one was
// chosen: its bytes, or only its name when it is larger than `maxBytes`. Other requests
// are read as ordinary forms, without a file.
export async function parseDocumentForm(request: Request, maxBytes: number): Promise<ParsedForm> {
  const contentType = request.headers.get('Content-Type') ?? ''
  if (!contentType.startsWith('multipart/form-data'))
    return { formData: await request.formData(), file: null }
  const length = Number(request.headers.get('Content-Length') ?? Number.NaN)
  const whole = Number.isFinite(length) && length <= maxBytes + FORM_OVERHEAD_BYTES
  const read = whole
    ? request.formData().then((received) => takeFile(received, maxBytes))
    : streamForm(request, maxBytes)
  return read.catch((error: unknown) => {
    if (error instanceof Response) throw error
    // A body that is no well-formed multipart form (a broken header, no boundary, a
    // connection that dropped halfway) is the client's fault, not a server error.
    throw new Response('Malformed form data', { status: 400 })
  })
}
