// Form and search-param schemas of advices, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null.
import { z } from 'zod'
import { parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { idList, optionalChoice, optionalDate, optionalText, requiredText } from '~/utils/validation.ts'
import {
  ADDRESSEE_KINDS,
  ADVICE_STATUSES,
  ADVICE_TYPES,
  type AddresseeKind,
  MUNICIPAL_ADDRESSEES,
  RESPONSE_OUTCOMES,
  SUCCESSFUL_OUTCOMES,
} from './advice-types.ts'

export const ADVICE_TITLE_MAX = 200
export const ADVICE_SUMMARY_MAX = 2000
export const ADVICE_BODY_MAX = 50_000
export const ADVICE_LABEL_MAX = 200
export const ADVICE_REASONING_MAX = 4000
export const ADVICE_NOTE_MAX = 1000
export const ADVICE_SEARCH_MAX = 200
// How many councils and addressees one form can carry (empty rows are ignored).
export const ADVICE_ROWS_MAX = 20
const ID_MAX = 64

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// Returns a repeated form field as a list ([] when absent), keeping order and empty values.
const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

// A long optional text; too long gets a message that says how long it is and what to do.
const longText = (max: number, tooLong: 'advice.bodyTooLong' | 'advice.summaryTooLong') =>
  z
    .preprocess(blankToUndefined, z.string().trim().optional())
    .superRefine((value, ctx) => {
      if (value !== undefined && value.length > max) {
        ctx.addIssue({
          code: 'custom',
          message: messageRef(tooLong, {
            max: max.toLocaleString('nl-NL'),
            length: value.length.toLocaleString('nl-NL'),
          }),
        })
      }
    })
    .transform((value) => value ?? null)

// The councils from the form's council rows, in the order chosen (the first one leads);
// empty rows are dropped and duplicates kept, so that the model can name them.
const councilRows = z
  .preprocess(asList, z.array(z.string().trim().max(ID_MAX, { error: 'validation.unknownReference' })))
  .transform((ids) => ids.filter((id) => id !== ''))
  .refine((ids) => ids.length > 0, { error: 'advice.chooseCouncil' })
  .refine((ids) => ids.length <= ADVICE_ROWS_MAX, { error: 'validation.invalid' })

export type AddresseeInput = { kind: AddresseeKind; municipalityId: string | null; label: string | null }

// Returns the field name of the messages of addressee row `index`.
export const addresseeField = (index: number) => `addressee${index}`

type AddresseeIssue = { path: string[]; message: string }

// Returns the addressees of the form's addressee rows (three parallel repeated fields: kind,
// municipality, label; one value per row) and a message per row that is not right. A row
// without kind, municipality or label is empty and ignored.
export function readAddresseeRows(raw: { kinds: unknown; municipalityIds: unknown; labels: unknown }) {
  const strings = (value: unknown) => asList(value).map((item) => (typeof item === 'string' ? item : ''))
  const kinds = strings(raw.kinds)
  const municipalityIds = strings(raw.municipalityIds)
  const labels = strings(raw.labels)
  const addressees: (AddresseeInput & { row: number })[] = []
  const issues: AddresseeIssue[] = []
  const count = Math.min(Math.max(kinds.length, municipalityIds.length, labels.length), ADVICE_ROWS_MAX)
  for (let row = 0; row < count; row++) {
    const kind = kinds[row]?.trim() ?? ''
    const municipalityId = municipalityIds[row]?.trim() || null
    const label = labels[row]?.trim() || null
    const issue = (message: string) => issues.push({ path: [addresseeField(row)], message })
    if (!kind && !municipalityId && !label) continue
    if (!(ADDRESSEE_KINDS as readonly string[]).includes(kind)) {
      issue('advice.addresseeKindRequired')
      continue
    }
    const addresseeKind = kind as AddresseeKind
    const municipal = MUNICIPAL_ADDRESSEES.includes(addresseeKind)
    if (municipal && !municipalityId) issue('advice.addresseeMunicipalityRequired')
    else if (!municipal && municipalityId) issue('advice.addresseeMunicipalityNotHere')
    else if (addresseeKind === 'OTHER' && !label) issue('advice.addresseeLabelRequired')
    else if (label && label.length > ADVICE_LABEL_MAX) {
      issue(messageRef('validation.tooLong', { max: ADVICE_LABEL_MAX }))
    } else if (municipalityId && municipalityId.length > ID_MAX) issue('validation.unknownReference')
    else addressees.push({ kind: addresseeKind, municipalityId, label, row })
  }
  return { addressees, issues }
}

const addresseeRowFields = {
  addresseeKind: z.unknown().optional(),
  addresseeMunicipalityId: z.unknown().optional(),
  addresseeLabel: z.unknown().optional(),
}

type RawRows = { addresseeKind?: unknown; addresseeMunicipalityId?: unknown; addresseeLabel?: unknown }

const rowsOf = (value: RawRows) => ({
  kinds: value.addresseeKind,
  municipalityIds: value.addresseeMunicipalityId,
  labels: value.addresseeLabel,
})

// Puts the messages of the addressee rows on their rows; it also runs when other fields
// failed, so the user sees every problem at once.
function checkAddressees(
  value: RawRows,
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
) {
  for (const issue of readAddresseeRows(rowsOf(value)).issues) ctx.addIssue({ code: 'custom', ...issue })
}

// Returns the parsed form with its addressees (and the form row each came from).
function withAddressees<T extends RawRows>({
  addresseeKind,
  addresseeMunicipalityId,
  addresseeLabel,
  ...value
}: T) {
  const { addressees } = readAddresseeRows(rowsOf({ addresseeKind, addresseeMunicipalityId, addresseeLabel }))
  return {
    ...value,
    addressees: addressees.map(({ row: _row, ...addressee }) => addressee),
    addresseeRows: addressees.map((addressee) => addressee.row),
  }
}

const optionalId = z
  .preprocess(
    blankToUndefined,
    z.string().trim().max(ID_MAX, { error: 'validation.unknownReference' }).optional(),
  )
  .transform((value) => value ?? null)

const adviceFields = z.object({
  type: z.enum(ADVICE_TYPES, { error: 'advice.chooseType' }),
  title: requiredText(ADVICE_TITLE_MAX),
  summary: longText(ADVICE_SUMMARY_MAX, 'advice.summaryTooLong'),
  body: longText(ADVICE_BODY_MAX, 'advice.bodyTooLong'),
  councilIds: councilRows,
  themeIds: idList,
  signalIds: idList,
  activityIds: idList,
  supporterId: optionalId,
  requestReceivedOn: optionalDate,
  deadline: optionalDate,
  ...addresseeRowFields,
})

export const AdviceCreateSchema = adviceFields
  .superRefine(checkAddressees, { when: () => true })
  .transform(withAddressees)

export const AdviceUpdateSchema = adviceFields
  .extend({
    version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
  })
  .superRefine(checkAddressees, { when: () => true })
  .transform(withAddressees)

export type AdviceCreateInput = z.output<typeof AdviceCreateSchema>
export type AdviceUpdateInput = z.output<typeof AdviceUpdateSchema>

// The steps of the lifecycle. Missing dates and outcomes are checked by the lifecycle rules
// (advice-lifecycle.ts), so that the model refuses them whatever calls it.
export const StartSchema = z.object({ note: optionalText(ADVICE_NOTE_MAX) })
export const AdoptSchema = z.object({ adoptedOn: optionalDate })
export const SendSchema = z.object({ sentOn: optionalDate })
export const ResponseSchema = z.object({
  responseOn: optionalDate,
  responseOutcome: optionalChoice(RESPONSE_OUTCOMES),
  responseReasoning: optionalText(ADVICE_REASONING_MAX),
})
export const CloseSchema = z.object({ note: optionalText(ADVICE_NOTE_MAX) })

export const ReuseSchema = z.object({
  adviceId: z.string({ error: 'validation.invalid' }).trim().min(1).max(ID_MAX),
  councilIds: councilRows,
})

export const FollowUpDoneSchema = z.object({
  followUpId: z.string({ error: 'validation.invalid' }).trim().min(1).max(ID_MAX),
  done: z.enum(['true', 'false'], { error: 'validation.invalid' }).transform((value) => value === 'true'),
})

// A calendar day "yyyy-mm-dd" from the URL, or undefined.
const dayParam = z
  .string()
  .refine((day) => parseDateOnly(day) !== null)
  .optional()
  .catch(undefined)

const idParam = z.string().trim().min(1).max(ID_MAX).optional().catch(undefined)

const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1).default(1)

export const ADVICE_STATUS_FILTERS = ['open', ...ADVICE_STATUSES] as const

// The overview's filters from the URL; a value that makes no sense falls back to "all".
export const AdviceListQuerySchema = z.object({
  status: z.enum(ADVICE_STATUS_FILTERS).optional().catch(undefined),
  type: z.enum(ADVICE_TYPES).optional().catch(undefined),
  raad: idParam,
  thema: idParam,
  gemeente: idParam,
  gezamenlijk: z.enum(['ja', 'nee']).optional().catch(undefined),
  van: dayParam,
  tot: dayParam,
  pagina: pageParam,
})

export type AdviceListQuery = z.output<typeof AdviceListQuerySchema>

const SUCCESSFUL = SUCCESSFUL_OUTCOMES as readonly string[]

// The library's search from the URL.
export const LibraryQuerySchema = z.object({
  thema: idParam,
  type: z.enum(ADVICE_TYPES).optional().catch(undefined),
  gemeente: idParam,
  uitkomst: z
    .string()
    .refine((value) => SUCCESSFUL.includes(value))
    .optional()
    .catch(undefined),
  q: z
    .string()
    .trim()
    .max(ADVICE_SEARCH_MAX)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  pagina: pageParam,
})

export type LibraryQuery = z.output<typeof LibraryQuerySchema>
