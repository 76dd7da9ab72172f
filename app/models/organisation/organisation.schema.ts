import { z } from 'zod'
import {
  endNotBeforeStart,
  idList,
  optionalChoice,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalPostcode,
  optionalText,
  optionalWebsite,
  requiredText,
} from '~/utils/validation.ts'
import { ORGANISATION_TYPES, RELATION_TYPES, SITE_KINDS } from './organisation-types.ts'

const optionalId = z
  .preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.string().max(64).optional(),
  )
  .transform((value) => value ?? null)

export const OrganisationFormSchema = z
  .object({
    name: requiredText(160),
    type: z.enum(ORGANISATION_TYPES, { error: 'validation.choice' }),
    siteKind: optionalChoice(SITE_KINDS),
    municipalityIds: idList,
    themeIds: idList,
    activeFrom: optionalDate,
    activeTo: optionalDate,
    predecessorId: optionalId,
    address: optionalText(200),
    postcode: optionalPostcode,
    city: optionalText(100),
    email: optionalEmail,
    phone: optionalPhone,
    website: optionalWebsite,
    responsibleUserId: optionalId,
    legalBasis: optionalText(1000),
    workingGroups: optionalText(1000),
    notes: optionalText(4000),
  })
  .superRefine(...endNotBeforeStart('activeFrom', 'activeTo'))

export type OrganisationInput = z.output<typeof OrganisationFormSchema>

export const OrganisationUpdateSchema = OrganisationFormSchema.and(
  z.object({ version: z.coerce.number().int().positive({ error: 'validation.invalid' }) }),
)

export const RelationFormSchema = z.object({
  type: z.enum(RELATION_TYPES, { error: 'validation.choice' }),
  // "out": this organisation → the other one; "in": the other one → this organisation.
  direction: z.enum(['out', 'in']).catch('out'),
  otherId: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(64),
  note: optionalText(300),
})

export const SORTS = ['naam', 'type', 'gewijzigd'] as const
export const STATUSES = ['actief', 'inactief', 'alle'] as const

// The list's filters from the URL; a value that makes no sense falls back to its default.
export const OrganisationListQuerySchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  type: z.enum(ORGANISATION_TYPES).optional().catch(undefined),
  gemeente: z.string().max(64).optional().catch(undefined),
  thema: z.string().max(64).optional().catch(undefined),
  opbouwwerker: z.string().max(64).optional().catch(undefined),
  status: z.enum(STATUSES).catch('actief').default('actief'),
  sort: z.enum(SORTS).catch('naam').default('naam'),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export type OrganisationListQuery = z.output<typeof OrganisationListQuerySchema>
