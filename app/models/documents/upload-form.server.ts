// Reads a document form sent as multipart/form-data. The file is read as it streams in and
// held in memory only up to the size limit; a larger file is read to its end without being
// kept, so the other fields still arrive and the form can be shown again with the user's
// input and a "too big" message.
import { type UploadHandler, unstable_parseMultipartFormData } from '@remix-run/node'

export const FILE_FIELD = 'file'

// A text field larger than this, or a form with more parts than this, is no form of ours.
const TEXT_FIELD_MAX_BYTES = 1024 * 1024
const PARTS_MAX = 1000

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

// Returns the text fields of a document form, and its file (field "file") when one was
// chosen: its bytes, or only its name when it is larger than `maxBytes`. Other requests
// are read as ordinary forms, without a file.
export async function parseDocumentForm(
  request: Request,
  maxBytes: number,
): Promise<{ formData: FormData; file: DocumentFormFile | null }> {
  const contentType = request.headers.get('Content-Type') ?? ''
  if (!contentType.startsWith('multipart/form-data'))
    return { formData: await request.formData(), file: null }
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
