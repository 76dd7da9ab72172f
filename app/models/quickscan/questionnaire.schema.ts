// Form schemas of the questionnaire page: one per intent. Errors are message references
// (app/utils/i18n); an empty code means "use the proposed one".
import { z } from 'zod'
import { messageRef } from '~/utils/i18n/index.ts'
import { optionalText, requiredText } from '~/utils/validation.ts'
import {
  DIMENSION_CODE_MAX,
  DIMENSION_CODE_PATTERN,
  DIMENSION_NAME_MAX,
  ITEM_CODE_MAX,
  ITEM_CODE_PATTERN,
  ITEM_TEXT_MAX,
  parseChoices,
  QUESTIONNAIRE_DESCRIPTION_MAX,
  QUESTIONNAIRE_NAME_MAX,
} from './questionnaire-structure.ts'
import { ITEM_KINDS } from './quickscan-constants.ts'

const ID_MAX = 64
// A textarea of ladder choices: ten choices of a hundred characters and their line breaks.
const CHOICES_TEXT_MAX = 1200

const version = z.coerce
  .number({ error: 'validation.invalid' })
  .int({ error: 'validation.invalid' })
  .positive({ error: 'validation.invalid' })

const id = z
  .string({ error: 'validation.invalid' })
  .trim()
  .min(1, { error: 'validation.invalid' })
  .max(ID_MAX)

const direction = z.enum(['up', 'down'], { error: 'validation.invalid' })

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// An optional code: empty → null (the model proposes one).
const optionalCode = (max: number, pattern: RegExp, upperCase: boolean) =>
  z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(max, { error: messageRef('validation.tooLong', { max }) })
        .transform((code) => (upperCase ? code.toUpperCase() : code))
        .refine((code) => pattern.test(code), { error: 'questionnaire.codeFormat' })
        .optional(),
    )
    .transform((code) => code ?? null)

// The choices of a ladder item, one per line; none when the field is empty or absent.
const choices = z
  .preprocess(
    (value) => (value === undefined ? '' : value),
    z.string().max(CHOICES_TEXT_MAX, { error: messageRef('validation.tooLong', { max: CHOICES_TEXT_MAX }) }),
  )
  .transform(parseChoices)

const itemText = requiredText(ITEM_TEXT_MAX)
const dimensionName = requiredText(DIMENSION_NAME_MAX)

export const QuestionnaireUpdateSchema = z.object({
  version,
  name: requiredText(QUESTIONNAIRE_NAME_MAX),
  description: optionalText(QUESTIONNAIRE_DESCRIPTION_MAX),
})

export const ItemAddSchema = z.object({
  version,
  dimensionId: id,
  kind: z.enum(ITEM_KINDS, { error: 'questionnaire.chooseKind' }),
  code: optionalCode(ITEM_CODE_MAX, ITEM_CODE_PATTERN, false),
  text: itemText,
  choices,
})

export const ItemUpdateSchema = z.object({ version, itemId: id, text: itemText, choices })

export const ItemMoveSchema = z.object({ version, itemId: id, direction })

export const ItemRemoveSchema = z.object({ version, itemId: id })

export const DimensionAddSchema = z.object({
  version,
  code: optionalCode(DIMENSION_CODE_MAX, DIMENSION_CODE_PATTERN, true),
  name: dimensionName,
})

export const DimensionRenameSchema = z.object({ version, dimensionId: id, name: dimensionName })

export const DimensionMoveSchema = z.object({ version, dimensionId: id, direction })

export const DimensionRemoveSchema = z.object({ version, dimensionId: id })

export const COPY_MODES = ['version', 'new'] as const

export const CopySchema = z.object({
  mode: z.enum(COPY_MODES, { error: 'questionnaire.chooseCopyMode' }),
  name: requiredText(QUESTIONNAIRE_NAME_MAX),
})
