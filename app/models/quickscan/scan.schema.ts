// Form and search-param schemas of quick scans, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null. The rules that need the
// database (councils of the chosen municipality, a usable questionnaire, the status) live
// in scan.server.ts.
import { z } from 'zod'
import { parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { idList, optionalText, requiredText } from '~/utils/validation.ts'
import { SCAN_STATUSES } from './quickscan-constants.ts'
import { SCAN_TRANSITIONS } from './scan-status.ts'

export const SCAN_TITLE_MAX = 200
export const SCAN_NOTES_MAX = 4000
export const MIN_GROUP_SIZE_MIN = 2
export const MIN_GROUP_SIZE_MAX = 50
// At most this many councils take part in one scan.
export const SCAN_COUNCILS_MAX = 20
const ID_MAX = 64

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// Returns the calendar day a user typed: "2026-03-01" (a date field), or the Dutch way
// "1-3-2026", "01-03-2026" or "1/3/2026"; null when it is no existing day.
export function parseDutchDay(input: string) {
  const text = input.trim()
  const iso = parseDateOnly(text)
  if (iso) return iso
  const match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text)
  if (!match) return null
  const [, d, m, y] = match
  return parseDateOnly(`${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`)
}

// A required calendar day (stored as midnight UTC of that day).
const requiredDay = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .transform((value, ctx) => {
    const day = parseDutchDay(value)
    if (!day) {
      ctx.addIssue({ code: 'custom', message: 'quickscan.form.dateInvalid' })
      return z.NEVER
    }
    return day
  })

const requiredId = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(ID_MAX, { error: 'validation.unknownReference' })

const optionalId = z
  .preprocess(
    blankToUndefined,
    z.string().trim().max(ID_MAX, { error: 'validation.unknownReference' }).optional(),
  )
  .transform((value) => value ?? null)

const scanFields = z.object({
  title: requiredText(SCAN_TITLE_MAX),
  municipalityId: requiredId('quickscan.form.chooseMunicipality'),
  councilIds: idList
    .refine((ids) => ids.length > 0, { error: 'quickscan.form.chooseCouncil' })
    .refine((ids) => ids.length <= SCAN_COUNCILS_MAX, {
      error: messageRef('quickscan.form.tooManyCouncils', { max: SCAN_COUNCILS_MAX }),
    }),
  questionnaireId: requiredId('quickscan.form.chooseQuestionnaire'),
  opensOn: requiredDay,
  closesOn: requiredDay,
  minGroupSize: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : value),
    z
      .string({ error: 'validation.required' })
      .min(1, { error: 'validation.required' })
      .regex(/^\d{1,3}$/, {
        error: messageRef('quickscan.form.minGroupSizeRange', {
          min: MIN_GROUP_SIZE_MIN,
          max: MIN_GROUP_SIZE_MAX,
        }),
      })
      .transform(Number)
      .pipe(
        z
          .number()
          .int()
          .min(MIN_GROUP_SIZE_MIN, {
            error: messageRef('quickscan.form.minGroupSizeRange', {
              min: MIN_GROUP_SIZE_MIN,
              max: MIN_GROUP_SIZE_MAX,
            }),
          })
          .max(MIN_GROUP_SIZE_MAX, {
            error: messageRef('quickscan.form.minGroupSizeRange', {
              min: MIN_GROUP_SIZE_MIN,
              max: MIN_GROUP_SIZE_MAX,
            }),
          }),
      ),
  ),
  supporterId: optionalId,
  notes: optionalText(SCAN_NOTES_MAX),
})

// Puts "closes before it opens" on the closing day; it also runs when other fields failed,
// so the user sees every problem at once.
function closesNotBeforeOpens(
  value: { opensOn?: unknown; closesOn?: unknown },
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
) {
  const { opensOn, closesOn } = value
  if (opensOn instanceof Date && closesOn instanceof Date && closesOn < opensOn) {
    ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'quickscan.form.closesBeforeOpens' })
  }
}

export const ScanCreateSchema = scanFields.superRefine(closesNotBeforeOpens, { when: () => true })

export const ScanUpdateSchema = scanFields
  .extend({
    version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
  })
  .superRefine(closesNotBeforeOpens, { when: () => true })

export type ScanInput = z.output<typeof ScanCreateSchema>
export type ScanUpdateInput = z.output<typeof ScanUpdateSchema>

// A status change from the scan page.
export const ScanTransitionSchema = z.object({
  transition: z.enum(SCAN_TRANSITIONS, { error: 'validation.choice' }),
})

// A re-scan: a new title, the questionnaire version and the period; the municipality and
// councils come from the baseline.
export const RescanSchema = z
  .object({
    title: requiredText(SCAN_TITLE_MAX),
    questionnaireId: requiredId('quickscan.form.chooseQuestionnaire'),
    opensOn: requiredDay,
    closesOn: requiredDay,
    minGroupSize: scanFields.shape.minGroupSize,
  })
  .superRefine(closesNotBeforeOpens, { when: () => true })

export type RescanInput = z.output<typeof RescanSchema>

const idParam = z.string().trim().min(1).max(ID_MAX).optional().catch(undefined)

// The overview's filters from the URL; a value that makes no sense falls back to "all".
export const ScanListQuerySchema = z.object({
  status: z.enum(SCAN_STATUSES).optional().catch(undefined),
  gemeente: idParam,
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type ScanListQuery = z.output<typeof ScanListQuerySchema>
