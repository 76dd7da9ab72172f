import { Form, Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { Button, buttonClass } from './ui/button.tsx'
import {
  CheckboxGroup,
  type CheckboxOption,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
} from './ui/field.tsx'

type Option = { value: string; label: string; group?: string }

export type OrganisationFormOptions = {
  types: Option[]
  siteKinds: Option[]
  municipalities: CheckboxOption[]
  themes: CheckboxOption[]
  workers: Option[]
  predecessors: Option[]
}

export type OrganisationFormValues = { values: Record<string, string>; lists: Record<string, string[]> }

// The create and edit form of an organisation. It shows what the user typed (`values`,
// `lists` for the checkbox groups) and the errors next to their fields.
export function OrganisationForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
}: {
  options: OrganisationFormOptions
  submitted: OrganisationFormValues
  errors?: Record<string, string[]>
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
}) {
  const { values, lists } = submitted
  return (
    <Form method="post" className="max-w-3xl space-y-8" noValidate>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField
            label={t('organisation.name')}
            name="name"
            required
            maxLength={160}
            defaultValue={values.name}
            errors={errors?.name}
          />
        </div>
        <SelectField
          label={t('organisation.type')}
          name="type"
          required
          defaultValue={values.type}
          options={options.types}
          errors={errors?.type}
        />
        <SelectField
          label={t('organisation.siteKind')}
          name="siteKind"
          hint={t('organisation.siteKindHint')}
          defaultValue={values.siteKind ?? ''}
          options={options.siteKinds}
          errors={errors?.siteKind}
        />
        <TextField
          label={t('organisation.activeFrom')}
          name="activeFrom"
          type="date"
          defaultValue={values.activeFrom}
          errors={errors?.activeFrom}
        />
        <TextField
          label={t('organisation.activeTo')}
          name="activeTo"
          type="date"
          defaultValue={values.activeTo}
          errors={errors?.activeTo}
        />
        <SelectField
          label={t('organisation.responsible')}
          name="responsibleUserId"
          defaultValue={values.responsibleUserId ?? ''}
          options={options.workers}
          errors={errors?.responsibleUserId}
        />
        <SelectField
          label={t('organisation.predecessor')}
          name="predecessorId"
          hint={t('organisation.predecessorHint')}
          defaultValue={values.predecessorId ?? ''}
          options={options.predecessors}
          errors={errors?.predecessorId}
        />
      </div>

      <CheckboxGroup
        label={t('organisation.municipalities')}
        hint={t('organisation.municipalitiesHint')}
        name="municipalityIds"
        options={options.municipalities}
        selected={lists.municipalityIds ?? []}
        errors={errors?.municipalityIds}
        columns={3}
      />

      <CheckboxGroup
        label={t('organisation.themes')}
        hint={t('organisation.themesHint')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={2}
      />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t('organisation.contact')}</legend>
        <div className="sm:col-span-2">
          <TextField
            label={t('organisation.address')}
            name="address"
            maxLength={200}
            autoComplete="street-address"
            defaultValue={values.address}
            errors={errors?.address}
          />
        </div>
        <TextField
          label={t('organisation.postcode')}
          name="postcode"
          autoComplete="postal-code"
          defaultValue={values.postcode}
          errors={errors?.postcode}
        />
        <TextField
          label={t('organisation.city')}
          name="city"
          maxLength={100}
          defaultValue={values.city}
          errors={errors?.city}
        />
        <TextField
          label={t('organisation.email')}
          name="email"
          type="email"
          defaultValue={values.email}
          errors={errors?.email}
        />
        <TextField
          label={t('organisation.phone')}
          name="phone"
          type="tel"
          defaultValue={values.phone}
          errors={errors?.phone}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('organisation.website')}
            name="website"
            defaultValue={values.website}
            errors={errors?.website}
          />
        </div>
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('organisation.councilDetails')}</legend>
        <TextAreaField
          label={t('organisation.legalBasis')}
          name="legalBasis"
          hint={t('organisation.legalBasisHint')}
          defaultValue={values.legalBasis}
          errors={errors?.legalBasis}
        />
        <TextAreaField
          label={t('organisation.workingGroups')}
          name="workingGroups"
          hint={t('organisation.workingGroupsHint')}
          defaultValue={values.workingGroups}
          errors={errors?.workingGroups}
        />
      </fieldset>

      <TextAreaField
        label={t('organisation.notes')}
        name="notes"
        rows={4}
        defaultValue={values.notes}
        errors={errors?.notes}
      />

      <div className="flex gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('organisation.cancel')}
        </Link>
      </div>
    </Form>
  )
}
