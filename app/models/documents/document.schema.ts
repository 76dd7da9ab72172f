// Form and search-param schemas of documents, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null. Whether linked records
// exist is checked by document.server.ts; the uploaded file by file-store.server.ts.
import { z } from 'zod'
import { parseDateOnly } from '~/utils/dates.ts'
import { idList, optionalDate, optionalText, requiredText } from '~/utils/validation.ts'

// The kinds of documents (labels: document.kind.* in the catalog).
export const DOCUMENT_KINDS = [
  'VISION_DOCUMENT',
  'ADVICE',
  'MINUTES',
  'GUIDE',
  'PRESENTATION',
  'OTHER',
] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

// Returns true when `value` is one of the document kinds.
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value)
}

export const DOCUMENT_TITLE_MAX = 200
export const DOCUMENT_DESCRIPTION_MAX = 10_000
export const DOCUMENT_SEARCH_MAX = 200
const ID_MAX = 64

const documentFields = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: 'document.chooseKind' }),
  title: requiredText(DOCUMENT_TITLE_MAX),
  documentDate: optionalDate,
  description: optionalText(DOCUMENT_DESCRIPTION_MAX),
  authorOrganisationIds: idList,
  authorPersonIds: idList,
  subjectOrganisationIds: idList,
  themeIds: idList,
  meetingIds: idList,
  adviceIds: idList,
})

// The metadata of a new document; the file travels beside it (upload-form.server.ts).
export const DocumentCreateSchema = documentFields

// An edit of the metadata, with the version the form was opened on.
export const DocumentUpdateSchema = documentFields.extend({
  version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
})

export type DocumentFieldsInput = z.output<typeof DocumentCreateSchema>
export type DocumentUpdateInput = z.output<typeof DocumentUpdateSchema>

// A calendar day "yyyy-mm-dd" from the URL, or undefined.
const dayParam = z
  .string()
  .refine((day) => parseDateOnly(day) !== null)
  .optional()
  .catch(undefined)

const idParam = z.string().trim().min(1).max(ID_MAX).optional().catch(undefined)

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1).default(1)

// The overview's filters from the URL; a value that makes no sense falls back to "all".
export const DocumentListQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(DOCUMENT_SEARCH_MAX)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  soort: z.enum(DOCUMENT_KINDS).optional().catch(undefined),
  thema: idParam,
  organisatie: idParam,
  van: dayParam,
  tot: dayParam,
  pagina: pageParam,
})

export type DocumentListQuery = z.output<typeof DocumentListQuerySchema>
