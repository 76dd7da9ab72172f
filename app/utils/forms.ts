import type { z } from 'zod'

export type FieldErrors = Record<string, string[]>

export type FormResult<T> =
  | { success: true; value: T }
  | { success: false; errors: FieldErrors; values: Record<string, string> }

// Returns the text values of a form, for putting the user's input back after an error.
// Passwords are never echoed back.
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of formData) {
    if (typeof value === 'string' && !/password/i.test(name)) values[name] = value
  }
  return values
}

// Returns the parsed form, or field errors (as message references) plus the submitted values.
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const raw: Record<string, unknown> = {}
  for (const [name, value] of formData) {
    if (typeof value === 'string') raw[name] = value
  }
  const result = schema.safeParse(raw)
  if (result.success) return { success: true, value: result.data }
  // One message per field: the first rule that failed ("fill this in" before "too short").
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'form'
    errors[field] ??= [issue.message]
  }
  return { success: false, errors, values: formValues(formData) }
}
