// The default questionnaire of the quick scan, read from its data file
// (prisma/data/quickscan-items.json): dimensions A–F with their Likert items, the
// participation-ladder item and one open question per dimension.
import { z } from 'zod'
import type { ItemKind } from './quickscan-constants.ts'

// The natural key of the default questionnaire: seeding it twice finds the first one.
export const DEFAULT_QUESTIONNAIRE = {
  familyId: 'default-wi',
  versionNumber: 1,
  name: 'Quickscan cliëntenparticipatie Werk en Inkomen',
} as const

export type TemplateItem = { code: string; kind: ItemKind; text: string; choices: string[] }
export type TemplateDimension = { code: string; name: string; items: TemplateItem[] }
export type QuestionnaireTemplate = { description: string | null; dimensions: TemplateDimension[] }

const text = z.string().trim().min(1)

const ItemsFileSchema = z.object({
  dimensions: z
    .array(
      z.object({
        code: text,
        name: text,
        items: z.array(z.object({ code: text, text })),
        openQuestion: text.optional(),
      }),
    )
    .min(1),
  ladderItem: z.object({ code: text, text, choices: z.array(text).min(2) }).optional(),
})

// Returns the code of a dimension's open question: "A-open".
export const openItemCode = (dimensionCode: string) => `${dimensionCode}-open`

// Returns the dimensions and items of a quickscan-items.json file in the order a respondent
// meets them: per dimension its Likert items, then the ladder item when its code belongs to
// that dimension ("E5" → E), then the dimension's open question. Throws when the file does
// not have that shape, or when the ladder item names no dimension.
export function templateFromItemsFile(file: unknown): QuestionnaireTemplate {
  const { dimensions, ladderItem } = ItemsFileSchema.parse(file)
  const ladderDimension = ladderItem
    ? dimensions.find((dimension) => new RegExp(`^${dimension.code}\\d+$`).test(ladderItem.code))
    : undefined
  if (ladderItem && !ladderDimension) {
    throw new Error(`The ladder item ${ladderItem.code} belongs to no dimension`)
  }
  return {
    description: null,
    dimensions: dimensions.map((dimension) => ({
      code: dimension.code,
      name: dimension.name,
      items: [
        ...dimension.items.map(
          (item): TemplateItem => ({ code: item.code, kind: 'LIKERT', text: item.text, choices: [] }),
        ),
        ...(ladderItem && dimension === ladderDimension
          ? [
              {
                code: ladderItem.code,
                kind: 'LADDER' as const,
                text: ladderItem.text,
                choices: ladderItem.choices,
              },
            ]
          : []),
        ...(dimension.openQuestion
          ? [
              {
                code: openItemCode(dimension.code),
                kind: 'OPEN' as const,
                text: dimension.openQuestion,
                choices: [],
              },
            ]
          : []),
      ],
    })),
  }
}
