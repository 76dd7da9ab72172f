import { z } from 'zod'
import { messageRef } from '~/utils/i18n/index.ts'
import { ROLES } from './roles.ts'

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200
const NAME_MAX = 120
const EMAIL_MAX = 254

// A trimmed text field that must not be empty or only whitespace.
const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: messageRef('validation.tooLong', { max }) })

export const EmailSchema = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(EMAIL_MAX, { error: messageRef('validation.tooLong', { max: EMAIL_MAX }) })
  .pipe(z.email({ error: 'validation.email' }))
  .transform((email) => email.toLowerCase())

export const PasswordSchema = z
  .string({ error: 'validation.required' })
  .min(1, { error: 'validation.required' })
  .min(PASSWORD_MIN, { error: messageRef('validation.tooShort', { min: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: messageRef('validation.tooLong', { max: PASSWORD_MAX }) })

export const RoleSchema = z.enum(ROLES, { error: 'validation.role' })

export const LoginFormSchema = z.object({
  email: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(EMAIL_MAX, { error: messageRef('validation.tooLong', { max: EMAIL_MAX }) }),
  password: z
    .string({ error: 'validation.required' })
    .min(1, { error: 'validation.required' })
    .max(PASSWORD_MAX, { error: messageRef('validation.tooLong', { max: PASSWORD_MAX }) }),
  redirectTo: z.string().optional(),
})

export const UserCreateSchema = z.object({
  name: requiredText(NAME_MAX),
  email: EmailSchema,
  role: RoleSchema,
  password: PasswordSchema,
})

export const UserUpdateSchema = z.object({
  name: requiredText(NAME_MAX),
  email: EmailSchema,
  role: RoleSchema,
  version: z.coerce.number().int().positive({ error: 'validation.invalid' }),
})

export const PasswordResetSchema = z.object({ password: PasswordSchema })

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
    newPassword: PasswordSchema,
    confirmPassword: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    error: 'validation.passwordMismatch',
    path: ['confirmPassword'],
  })
