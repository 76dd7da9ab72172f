// Form and search-param schemas of signals, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null.
import { z } from 'zod'
import { parseDateOnly } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { checkbox, idList, optionalDate, optionalText, requiredText } from '~/utils/validation.ts'
import { checkPrivacy } from './signal-privacy.ts'
import { SIGNAL_STATUSES } from './signal-statuses.ts'

export const SIGNAL_TITLE_MAX = 160
export const SIGNAL_DESCRIPTION_MAX = 4000
export const SIGNAL_TEXT_MAX = 4000
export const SIGNAL_NOTE_MAX = 1000
const ID_MAX = 64

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// An id chosen in a select; `missing` is the message when nothing was chosen.
const chosenId = (missing: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: missing }).trim().max(ID_MAX, { error: 'validation.unknownReference' }),
  )

const optionalId = z
  .preprocess(
    blankToUndefined,
    z.string().trim().max(ID_MAX, { error: 'validation.unknownReference' }).optional(),
  )
  .transform((value) => value ?? null)

// A required calendar day from an <input type="date">.
const requiredDate = optionalDate.transform((value, ctx) => {
  if (value !== null) return value
  ctx.addIssue({ code: 'custom', message: 'validation.required' })
  return z.NEVER
})

const signalFields = {
  receivedOn: requiredDate,
  municipalityId: optionalId,
  title: requiredText(SIGNAL_TITLE_MAX),
  description: requiredText(SIGNAL_DESCRIPTION_MAX),
  themeIds: idList,
  // "This is not a client's detail (e.g. an agency's address)": lets an e-mail address or
  // phone number through.
  contactConfirmed: checkbox,
}

type PrivacyContext = {
  addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void
}

// Puts the privacy refusals on the title and description: a BSN always, an e-mail address
// or phone number unless the user confirmed it is not a client's.
function refusePrivateData(value: Record<string, unknown>, ctx: PrivacyContext) {
  for (const field of ['title', 'description']) {
    const text = value[field]
    if (typeof text !== 'string') continue
    const found = checkPrivacy(text)
    if (found.bsn.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: messageRef('signal.privacy.bsn', { found: found.bsn.join(', ') }),
      })
    } else if (value.contactConfirmed !== true && found.emails.length + found.phones.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: messageRef('signal.privacy.contact', {
          found: [...found.emails, ...found.phones].join(', '),
        }),
      })
    }
  }
}

export const SignalCreateSchema = z
  .object({ sourceId: chosenId('signal.chooseSource'), ...signalFields })
  // Also when another field is wrong, so every message shows at once.
  .superRefine(refusePrivateData, { when: () => true })

export const SignalUpdateSchema = z
  .object({
    ...signalFields,
    version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
  })
  .superRefine(refusePrivateData, { when: () => true })

export type SignalCreateInput = z.output<typeof SignalCreateSchema>
export type SignalUpdateInput = z.output<typeof SignalUpdateSchema>

export const ForwardSchema = z.object({
  organisationIds: idList.refine((ids) => ids.length > 0, { error: 'signal.chooseCouncil' }),
  forwardedOn: requiredDate,
})

export const StatusChangeSchema = z.object({
  toStatus: z.enum(SIGNAL_STATUSES, { error: 'validation.choice' }),
  note: optionalText(SIGNAL_NOTE_MAX),
})

export const CouncilActionSchema = z.object({ councilAction: requiredText(SIGNAL_TEXT_MAX) })

export const FeedbackSchema = z.object({
  feedback: requiredText(SIGNAL_TEXT_MAX),
  feedbackOn: requiredDate,
})

export const CloseSchema = z.object({ note: optionalText(SIGNAL_NOTE_MAX) })

export const FollowUpDoneSchema = z.object({
  followUpId: chosenId('validation.invalid'),
  done: z.enum(['true', 'false'], { error: 'validation.invalid' }).transform((value) => value === 'true'),
})

export const SIGNAL_VIEWS = ['lijst', 'per-raad', 'zonder-terugkoppeling', 'telling'] as const
export type SignalView = (typeof SIGNAL_VIEWS)[number]
export const SIGNAL_STATUS_FILTERS = ['open', ...SIGNAL_STATUSES] as const

// A calendar day "yyyy-mm-dd" from the URL, or undefined.
const dayParam = z
  .string()
  .refine((day) => parseDateOnly(day) !== null)
  .optional()
  .catch(undefined)

const idParam = z.string().trim().min(1).max(ID_MAX).optional().catch(undefined)

// The overview's filters and view from the URL; a value that makes no sense falls back to
// its default.
export const SignalListQuerySchema = z.object({
  weergave: z.enum(SIGNAL_VIEWS).catch('lijst').default('lijst'),
  status: z.enum(SIGNAL_STATUS_FILTERS).optional().catch(undefined),
  spreekuurpunt: idParam,
  raad: idParam,
  thema: idParam,
  gemeente: idParam,
  van: dayParam,
  tot: dayParam,
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type SignalListQuery = z.output<typeof SignalListQuerySchema>
