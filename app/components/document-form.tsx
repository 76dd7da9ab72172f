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

export type DocumentFormOptions = {
  kinds: Option[]
  organisations: Option[]
  people: Option[]
  themes: CheckboxOption[]
  meetings: Option[]
  advices: Option[]
}

export type DocumentFormValues = { values: Record<string, string>; lists: Record<string, string[]> }

// The file types a document may have, for the file input's `accept` (the server decides by
// the content; this only narrows the browser's file picker).
const ACCEPT = '.pdf,.docx,.odt,.txt,.md,.png,.jpg,.jpeg,.gif,.webp'

// Returns how many rows a multiple select shows: enough to see a few, never the whole list.
const selectSize = (options: Option[]) => Math.min(8, Math.max(3, options.length))

// The file field of a document form. After any refused submit the browser has forgotten the
// chosen file, so the field says to choose it again.
export function DocumentFileField({
  maxMb,
  errors,
  chooseAgain,
  label = t('document.file'),
}: {
  maxMb: number
  errors?: string[]
  chooseAgain: boolean
  label?: string
}) {
  const hint = [t('document.fileHint', { max: maxMb }), chooseAgain ? t('document.fileChooseAgain') : null]
    .filter(Boolean)
    .join(' ')
  return (
    <TextField label={label} name="file" type="file" required accept={ACCEPT} hint={hint} errors={errors} />
  )
}

// The create and edit form of a document's metadata: what the user typed (`submitted`) and
// the errors next to their fields. With `maxMb` it is the create form, with the file field and
// sent as multipart/form-data, so it works without JavaScript.
export function DocumentForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
  maxMb,
  refused = false,
}: {
  options: DocumentFormOptions
  submitted: DocumentFormValues
  errors?: Record<string, string[]>
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
  /** The upload limit in MB; only the create form has a file field. */
  maxMb?: number
  /** True after a refused submit: the file has to be chosen again. */
  refused?: boolean
}) {
  const { values, lists } = submitted
  const withFile = maxMb !== undefined
  return (
    <Form
      method="post"
      encType={withFile ? 'multipart/form-data' : undefined}
      className="max-w-3xl space-y-8"
      noValidate
    >
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('document.kind')}
          name="kind"
          required
          defaultValue={values.kind ?? ''}
          options={options.kinds}
          errors={errors?.kind}
        />
        <TextField
          label={t('document.documentDate')}
          name="documentDate"
          type="date"
          hint={t('document.documentDateHint')}
          defaultValue={values.documentDate}
          errors={errors?.documentDate}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('document.title')}
            name="title"
            required
            autoComplete="off"
            defaultValue={values.title}
            errors={errors?.title}
          />
        </div>
      </div>

      {withFile ? <DocumentFileField maxMb={maxMb} errors={errors?.file} chooseAgain={refused} /> : null}

      {/* No maxLength: a browser would cut a pasted long text off without a word. */}
      <TextAreaField
        label={t('document.description')}
        name="description"
        rows={5}
        hint={t('document.descriptionHint')}
        defaultValue={values.description}
        errors={errors?.description}
      />

      <fieldset className="space-y-4">
        <legend className="font-medium text-slate-900">{t('document.authors')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t('document.authorOrganisations')}
            name="authorOrganisationIds"
            multiple
            size={selectSize(options.organisations)}
            hint={t('document.multiSelectHint')}
            defaultValue={lists.authorOrganisationIds ?? []}
            options={options.organisations}
            errors={errors?.authorOrganisationIds}
          />
          <SelectField
            label={t('document.authorPeople')}
            name="authorPersonIds"
            multiple
            size={selectSize(options.people)}
            hint={t('document.multiSelectHint')}
            defaultValue={lists.authorPersonIds ?? []}
            options={options.people}
            errors={errors?.authorPersonIds}
          />
        </div>
      </fieldset>

      <SelectField
        label={t('document.subjectOrganisations')}
        name="subjectOrganisationIds"
        multiple
        size={selectSize(options.organisations)}
        hint={`${t('document.subjectHint')} ${t('document.multiSelectHint')}`}
        defaultValue={lists.subjectOrganisationIds ?? []}
        options={options.organisations}
        errors={errors?.subjectOrganisationIds}
      />

      <CheckboxGroup
        label={t('document.themes')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={3}
      />

      <fieldset className="space-y-4">
        <legend className="font-medium text-slate-900">{t('document.belongsTo')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t('document.meetings')}
            name="meetingIds"
            multiple
            size={selectSize(options.meetings)}
            hint={t('document.multiSelectHint')}
            defaultValue={lists.meetingIds ?? []}
            options={options.meetings}
            errors={errors?.meetingIds}
          />
          <SelectField
            label={t('document.advices')}
            name="adviceIds"
            multiple
            size={selectSize(options.advices)}
            hint={t('document.multiSelectHint')}
            defaultValue={lists.adviceIds ?? []}
            options={options.advices}
            errors={errors?.adviceIds}
          />
        </div>
      </fieldset>

      <div className="flex gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('document.cancel')}
        </Link>
      </div>
    </Form>
  )
}
