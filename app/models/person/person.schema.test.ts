import { describe, expect, it } from 'vitest'
import { parseForm } from '~/utils/forms.ts'
import { translateRef } from '~/utils/i18n/index.ts'
import { MembershipSchema, PersonCreateSchema } from './person.schema.ts'

const formData = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const messages = (result: ReturnType<typeof parseForm>) =>
  result.success
    ? {}
    : Object.fromEntries(Object.entries(result.errors).map(([f, e]) => [f, e.map(translateRef)]))

describe('the person form', () => {
  it('normalises e-mail and phone and turns empty fields into nothing', () => {
    const result = parseForm(
      formData({ name: '  Jan de Vries ', email: 'Jan@Example.ORG', phone: '06-12345678', notes: '' }),
      PersonCreateSchema,
    )
    expect(result).toEqual({
      success: true,
      value: {
        name: 'Jan de Vries',
        email: 'jan@example.org',
        phone: '+31612345678',
        notes: null,
        membership: null,
      },
    })
  })

  it('asks for a role when an organisation is chosen, and for an organisation when only a role is', () => {
    expect(messages(parseForm(formData({ name: 'A', organisationId: 'org-1' }), PersonCreateSchema))).toEqual(
      {
        role: ['Kies een rol.'],
      },
    )
    expect(messages(parseForm(formData({ name: 'A', role: 'lid' }), PersonCreateSchema))).toEqual({
      organisationId: ['Kies een organisatie, of laat rol en begindatum leeg.'],
    })
  })

  it('refuses notes longer than 2000 characters', () => {
    expect(messages(parseForm(formData({ name: 'A', notes: 'x'.repeat(2001) }), PersonCreateSchema))).toEqual(
      {
        notes: ['Gebruik hoogstens 2000 tekens.'],
      },
    )
  })
})

describe('the membership form', () => {
  it('names every problem next to its field', () => {
    const result = parseForm(
      formData({
        organisationId: '',
        role: '<script>',
        startDate: '2026-05-01',
        endDate: '2026-04-30',
        isClient: 'on',
      }),
      MembershipSchema,
    )
    expect(messages(result)).toEqual({
      organisationId: ['Kies een organisatie.'],
      role: ['Kies een van de mogelijkheden.'],
      endDate: ['De einddatum ligt vóór de begindatum.'],
      consentDate: [
        'Vul de datum in waarop de persoon toestemming gaf, of vink ervaringsdeskundige en cliënt uit.',
      ],
    })
  })

  it('drops a consent date when no sensitive box is ticked', () => {
    const result = parseForm(
      formData({ organisationId: 'org-1', role: 'lid', consentDate: '2026-01-01' }),
      MembershipSchema,
    )
    expect(result.success && result.value).toMatchObject({
      expertByExperience: null,
      isClient: null,
      consentDate: null,
    })
  })
})
