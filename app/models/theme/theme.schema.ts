import { z } from 'zod'
import { THEME_DOMAINS } from '~/models/organisation/organisation-types.ts'
import { checkbox, optionalText, requiredText } from '~/utils/validation.ts'

export const THEME_NAME_MAX = 80
export const THEME_DESCRIPTION_MAX = 500
// More themes than this in one lookup is not a question anyone asks; it also bounds the query.
export const LOOKUP_MAX_THEMES = 20

// A theme name, trimmed and with inner runs of spaces made single, so "Armoede  en schulden"
// cannot sit next to "Armoede en schulden".
const themeName = requiredText(THEME_NAME_MAX).transform((name) => name.replace(/\s+/g, ' '))

const themeDomain = z.enum(THEME_DOMAINS, { error: 'validation.choice' })

const version = z.coerce.number().int().positive({ error: 'validation.invalid' })

export const ThemeCreateSchema = z.object({
  name: themeName,
  domain: themeDomain,
  description: optionalText(THEME_DESCRIPTION_MAX),
})

export const ThemeUpdateSchema = ThemeCreateSchema.extend({ version })

export const ThemeMergeSchema = z.object({
  targetId: z.string({ error: 'theme.chooseTarget' }).trim().min(1, { error: 'theme.chooseTarget' }).max(64),
  confirm: checkbox.refine((checked) => checked, { error: 'theme.mergeConfirmRequired' }),
})

// The lookup's search params: `?thema=<id>&thema=<id>`. Anything odd is dropped, never an error.
export const ThemeLookupSearchSchema = z.object({
  thema: z
    .array(z.unknown())
    .catch([])
    .transform((values) => [
      ...new Set(
        values.filter(
          (value): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value),
        ),
      ),
    ])
    .transform((ids) => ids.slice(0, LOOKUP_MAX_THEMES)),
})

// The theme page's toggle `?alle=ja`: also other organisation types and inactive ones.
export const ThemePageSearchSchema = z.object({
  alle: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value === 'ja' || value === '1' || value === 'on' || value === 'true'),
})
