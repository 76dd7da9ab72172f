import { describe, expect, it } from 'vitest'
import { UserCreateSchema } from '~/models/user/user.schema.ts'
import { parseForm } from './forms.ts'
import { translateRef } from './i18n/index.ts'

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(values)) data.append(name, value)
  return data
}

describe('reading a submitted form', () => {
  it('shows one message per field: the first rule that failed', () => {
    const result = parseForm(
      form({ name: 'Jan', email: 'jan@example.org', role: 'lezer', password: '' }),
      UserCreateSchema,
    )
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.errors.password?.map(translateRef)).toEqual(['Vul dit veld in.'])
  })

  it('gives the typed values back, except passwords', () => {
    const result = parseForm(
      form({ name: 'Jan', email: 'fout', role: 'lezer', password: 'geheim' }),
      UserCreateSchema,
    )
    if (result.success) throw new Error('expected a validation error')
    expect(result.values).toEqual({ name: 'Jan', email: 'fout', role: 'lezer' })
  })

  it('returns trimmed, normalised values when everything is right', () => {
    const result = parseForm(
      form({ name: '  Jan  ', email: ' Jan@Example.ORG ', role: 'coordinator', password: 'lang-genoeg-1' }),
      UserCreateSchema,
    )
    expect(result).toEqual({
      success: true,
      value: { name: 'Jan', email: 'jan@example.org', role: 'coordinator', password: 'lang-genoeg-1' },
    })
  })
})
