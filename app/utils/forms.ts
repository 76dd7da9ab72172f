import type { z } from 'zod'

export type FieldErrors = Record<string, string[]>

/** What the user typed, to put back after an error: `values` has one value per field,
 * `lists` every value of fields that repeat (checkboxes, multi-selects). */
export type SubmittedValues = { values: Record<string, string>; lists: Record<string, string[]> }

export type FormResult<T> =
  | { success: true; value: T }
  | ({ success: false; errors: FieldErrors } & SubmittedValues)

// Returns the text values of a form, for putting the user's input back after an error.
// Passwords are never echoed back.
export function formValues(formData: FormData): Record<string, string> {
  return submittedValues(formData).values
}

// Returns every submitted text value, single and repeated, except passwords.
export function submittedValues(formData: FormData): SubmittedValues {
  const values: Record<string, string> = {}
  const lists: Record<string, string[]> = {}
  for (const [name, value] of formData) {
    if (typeof value !== 'string' || /password/i.test(name)) continue
    values[name] = value
    lists[name] = [...(lists[name] ?? []), value]
  }
  return { values, lists }
}

// Returns the form's fields as the schema reads them: a string, or an array for a name
// that occurs more than once.
function rawFields(formData: FormData) {
  const raw: Record<string, string | string[]> = {}
  for (const [name, value] of formData) {
    if (typeof value !== 'string') continue
    const existing = raw[name]
    raw[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return raw
}

// Returns the parsed form, or field errors (as message references) plus the submitted values.
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const result = schema.safeParse(rawFields(formData))
  if (result.success) return { success: true, value: result.data }
  // One message per field: the first rule that failed ("fill this in" before "too short").
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : 'form'
    errors[field] ??= [issue.message]
  }
  return { success: false, errors, ...submittedValues(formData) }
}
