import type { LoaderFunctionArgs } from '@remix-run/node'
import { getDocumentFile } from '~/models/documents/document.server.ts'
import { fileResponseHeaders, openStoredFile } from '~/models/documents/file-store.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

// One version of a document's file, as a download for every signed-in user. The file must
// belong to the document in the URL; an unknown or deleted document or file is a 404. The
// response has the stored media type (found from the content at upload), is never sniffed or
// shown inline, and is not cached; text of any kind is sent as plain UTF-8 text.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const file = await getDocumentFile({
    documentId: requireParam(params, 'documentId'),
    fileId: requireParam(params, 'fileId'),
  })
  invariantResponse(file, 404)
  const stored = await openStoredFile(file.storedName)
  invariantResponse(stored, 404)
  const headers = new Headers(
    fileResponseHeaders({ originalName: file.originalName, mediaType: file.mediaType, size: stored.size }),
  )
  // Text of any kind (plain, Markdown) is offered as plain UTF-8 text.
  if (file.mediaType.startsWith('text/')) headers.set('Content-Type', 'text/plain; charset=utf-8')
  return new Response(stored.stream, { headers })
}
