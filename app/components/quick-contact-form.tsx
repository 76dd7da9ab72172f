import { TZDate } from '@date-fns/tz'
import { Form, useLocation } from '@remix-run/react'
import { format } from 'date-fns'
import { TIME_ZONE } from '~/utils/dates.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { Button } from './ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from './ui/field.tsx'

// The forms a contact takes, as ACTIVITY_SUBTYPES.CONTACT lists them (a component does not
// import models; app/models/activity/quick-contact-types.test.ts keeps the two equal).
export const QUICK_CONTACT_TYPES = ['telefoon', 'e-mail', 'bezoek', 'overleg', 'videogesprek'] as const

export type QuickContactFormProps = {
  /** Where the form posts; the quick entry route by default. */
  action?: string
  /** The organisations to choose from ("Met"), by name; usually the active ones. */
  organisations: { id: string; name: string }[]
  /** The people to choose from (optional field), by name. */
  people: { id: string; name: string }[]
  /** What the form starts with, e.g. the organisation whose page it is on. */
  defaults: { organisationId?: string; personId?: string }
  /** A local path to go back to after saving (e.g. the page the form is on). */
  redirectTo: string
  /** What the user typed, after a refused submit. */
  values?: Record<string, string>
  /** Field errors (message references) after a refused submit. */
  errors?: Record<string, string[]>
}

// Returns the Dutch label of a contact type ("telefoon" → "Telefoon").
function contactTypeLabel(type: string) {
  const key = `activity.subtype.${type}`
  return isMessageKey(key) ? t(key) : type
}

// Record a contact in seconds: with whom, how, when and about what. Works without
// JavaScript; the action shows its own page with the errors when something is missing.
export function QuickContactForm({
  action = '/activiteiten/snel',
  organisations,
  people,
  defaults,
  redirectTo,
  values,
  errors,
}: QuickContactFormProps) {
  const today = format(new TZDate(new Date(), TIME_ZONE), 'yyyy-MM-dd')
  // Every arrival on a page (also the redirect back after saving) starts with an empty form,
  // so a saved contact is not sent twice.
  const { key } = useLocation()
  return (
    <Form key={key} method="post" action={action} className="space-y-3" noValidate>
      <ErrorSummary errors={errors} />
      <input type="hidden" name="redirectTo" value={values?.redirectTo ?? redirectTo} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('quickContact.with')}
          name="organisationId"
          defaultValue={values?.organisationId ?? defaults.organisationId ?? ''}
          options={[
            { value: '', label: t('quickContact.chooseOrganisation') },
            ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
          ]}
          errors={errors?.organisationId}
        />
        <SelectField
          label={t('quickContact.person')}
          name="personId"
          defaultValue={values?.personId ?? defaults.personId ?? ''}
          options={[
            { value: '', label: t('quickContact.noPerson') },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
          errors={errors?.personId}
        />
        <SelectField
          label={t('quickContact.type')}
          name="subtype"
          required
          defaultValue={values?.subtype ?? 'telefoon'}
          options={QUICK_CONTACT_TYPES.map((type) => ({ value: type, label: contactTypeLabel(type) }))}
          errors={errors?.subtype}
        />
        <TextField
          label={t('quickContact.date')}
          name="occurredOn"
          type="date"
          required
          defaultValue={values?.occurredOn ?? today}
          errors={errors?.occurredOn}
        />
      </div>
      <TextField
        label={t('quickContact.summary')}
        name="summary"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={values?.summary ?? ''}
        errors={errors?.summary}
      />
      <Button>{t('quickContact.submit')}</Button>
    </Form>
  )
}
