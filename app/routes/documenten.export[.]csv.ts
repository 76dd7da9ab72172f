import type { LoaderFunctionArgs } from '@remix-run/node'
import { DocumentListQuerySchema } from '~/models/documents/document.schema.ts'
import { getDocument, listDocuments } from '~/models/documents/document.server.ts'
import { documentKindLabel, mediaTypeLabel } from '~/models/documents/document-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')
const titles = (items: { title: string }[]) => items.map((item) => item.title).join(', ')

// The documents the overview shows for the filters in the URL (every page, newest first) as
// CSV: their metadata and current file. The files' text stays out.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = DocumentListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const rows = await allPages(async (pagina) => {
    const list = await listDocuments({ ...query, pagina })
    // The overview holds what its rows show; the document itself adds its other links.
    const documents = await Promise.all(list.documents.map(({ id }) => getDocument({ documentId: id })))
    const items = documents.flatMap((document): CsvRow[] =>
      document
        ? [
            [
              document.title,
              documentKindLabel(document.kind),
              csvDay(document.documentDate),
              names(document.authorOrganisations),
              names(document.authorPeople),
              names(document.subjectOrganisations),
              names(document.themes),
              titles(document.meetings),
              titles(document.advices),
              document.currentFile?.originalName,
              document.currentFile ? mediaTypeLabel(document.currentFile.mediaType) : null,
              document.currentFile?.size,
              document.files.length,
              document.createdAt,
            ],
          ]
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('document.export.filename')),
    header: [
      t('document.export.title'),
      t('document.export.kind'),
      t('document.export.date'),
      t('document.export.authorOrganisations'),
      t('document.export.authorPeople'),
      t('document.export.subjects'),
      t('document.export.themes'),
      t('document.export.meetings'),
      t('document.export.advices'),
      t('document.export.fileName'),
      t('document.export.fileType'),
      t('document.export.fileSize'),
      t('document.export.versions'),
      t('document.export.recordedOn'),
    ],
    rows,
  })
}
