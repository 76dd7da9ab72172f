// Form schemas of people and memberships, shared by the routes. Errors are message
// references (app/utils/i18n); empty optional fields become null.
import { z } from 'zod'
import { MEMBERSHIP_ROLES } from '~/models/organisation/organisation-types.ts'
import {
  checkbox,
  optionalDate,
  optionalEmail,
  optionalPhone,
  optionalText,
  requiredText,
} from '~/utils/validation.ts'
import { sensitiveFlags } from './consent.ts'
import { endsBeforeStart } from './membership-term.ts'

export const PERSON_NAME_MAX = 120
export const PERSON_NOTES_MAX = 2000
const ID_MAX = 64

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

const personFields = {
  name: requiredText(PERSON_NAME_MAX),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText(PERSON_NOTES_MAX),
}

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

const membershipRole = z.preprocess(
  blankToUndefined,
  z.enum(MEMBERSHIP_ROLES, {
    error: (issue) => (issue.input === undefined ? 'people.chooseRole' : 'validation.choice'),
  }),
)

const optionalMembershipRole = z
  .preprocess(blankToUndefined, z.enum(MEMBERSHIP_ROLES, { error: 'validation.choice' }).optional())
  .transform((value) => value ?? null)

// A required calendar day from an <input type="date">.
const requiredDate = optionalDate.transform((value, ctx) => {
  if (value !== null) return value
  ctx.addIssue({ code: 'custom', message: 'validation.required' })
  return z.NEVER
})

export const PersonCreateSchema = z
  .object({
    ...personFields,
    organisationId: optionalId,
    role: optionalMembershipRole,
    startDate: optionalDate,
  })
  .superRefine(
    (value, ctx) => {
      if (value.organisationId && !value.role)
        ctx.addIssue({ code: 'custom', message: 'people.chooseRole', path: ['role'] })
      if (!value.organisationId && (value.role || value.startDate))
        ctx.addIssue({
          code: 'custom',
          message: 'people.chooseOrganisationOrClear',
          path: ['organisationId'],
        })
    },
    // Also when another field is wrong, so every message shows at once.
    { when: () => true },
  )
  .transform(({ organisationId, role, startDate, ...person }) => ({
    ...person,
    membership: organisationId && role ? { organisationId, role, startDate } : null,
  }))

export const PersonUpdateSchema = z.object({
  ...personFields,
  version: z.coerce.number({ error: 'validation.invalid' }).int().positive({ error: 'validation.invalid' }),
})

export const MembershipSchema = z
  .object({
    organisationId: chosenId('people.chooseOrganisation'),
    role: membershipRole,
    startDate: optionalDate,
    endDate: optionalDate,
    expertByExperience: checkbox,
    isClient: checkbox,
    consentDate: optionalDate,
  })
  .superRefine(
    (value, ctx) => {
      const day = (date: unknown) => (date instanceof Date ? date : null)
      if (endsBeforeStart({ startDate: day(value.startDate), endDate: day(value.endDate) }))
        ctx.addIssue({ code: 'custom', message: 'validation.endBeforeStart', path: ['endDate'] })
      if ((value.expertByExperience === true || value.isClient === true) && !day(value.consentDate))
        ctx.addIssue({ code: 'custom', message: 'people.consentRequired', path: ['consentDate'] })
    },
    // Also when another field is wrong, so every message shows at once; fields that failed
    // their own check are read defensively above.
    { when: () => true },
  )
  .transform(({ expertByExperience, isClient, consentDate, ...membership }) => {
    // The refinement above guarantees a consent date when a box is ticked.
    const flags = sensitiveFlags({ expertByExperience, isClient, consentDate }) ?? {
      expertByExperience: null,
      isClient: null,
      consentDate: null,
    }
    return { ...membership, ...flags }
  })

export const EndMembershipSchema = z.object({
  membershipId: chosenId('validation.invalid'),
  endDate: requiredDate,
})

export const RemoveMembershipSchema = z.object({ membershipId: chosenId('validation.invalid') })

export type PersonCreateInput = z.output<typeof PersonCreateSchema>
export type PersonUpdateInput = z.output<typeof PersonUpdateSchema>
export type MembershipInput = z.output<typeof MembershipSchema>
