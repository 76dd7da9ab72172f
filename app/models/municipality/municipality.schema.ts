import { z } from 'zod'
import { PARTICIPATION_MODELS } from '~/models/organisation/organisation-types.ts'
import { optionalChoice } from '~/utils/validation.ts'

// More people than live in the Netherlands is a typing error.
export const POPULATION_MAX = 20_000_000

// Returns the number in "27852", "27.852" or "27 852"; null when it is not a whole number.
export function parsePopulation(input: string) {
  const text = input.trim()
  if (!/^\d+$/.test(text) && !/^\d{1,3}([. ]\d{3})+$/.test(text)) return null
  const value = Number(text.replace(/[. ]/g, ''))
  return Number.isSafeInteger(value) ? value : null
}

// An optional number of inhabitants (empty → null), a whole number of 0 or more.
const population = z.unknown().transform((value, ctx) => {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return null
  const parsed = typeof value === 'string' ? parsePopulation(value) : null
  if (parsed === null || parsed > POPULATION_MAX) {
    ctx.addIssue({ code: 'custom', message: 'municipality.populationInvalid' })
    return z.NEVER
  }
  return parsed
})

export const MunicipalityUpdateSchema = z.object({
  participationModel: optionalChoice(PARTICIPATION_MODELS),
  population,
  version: z.coerce.number().int().positive({ error: 'validation.invalid' }),
})

// The list's toggle `?historisch=ja`: also the municipalities that were merged away.
export const MunicipalityListSearchSchema = z.object({
  historisch: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value === 'ja' || value === '1' || value === 'on' || value === 'true'),
})
