import { Form, Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { Button, buttonClass } from './ui/button.tsx'
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from './ui/field.tsx'

type Option = { value: string; label: string }

export type ScanFormOptions = {
  municipalities: Option[]
  /// The councils of the chosen municipality; null when no municipality is chosen yet.
  councils: Option[] | null
  questionnaires: Option[]
  supporters: Option[]
}

export type ScanFormValues = { values: Record<string, string>; lists: Record<string, string[]> }

// The submit button's value that shows the councils of the chosen municipality instead of
// saving (the form works without JavaScript).
export const SHOW_COUNCILS = 'show-councils'

// The create and edit form of a quick scan: what the user typed (`submitted`) and the
// errors next to their fields. The councils depend on the municipality: choosing another
// one and pressing "Raden van deze gemeente tonen" sends the form back with its councils.
export function ScanForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
  questionnaireLocked = false,
}: {
  options: ScanFormOptions
  submitted: ScanFormValues
  errors?: Record<string, string[]>
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
  questionnaireLocked?: boolean
}) {
  const { values, lists } = submitted
  const lockedQuestionnaire = options.questionnaires.find((option) => option.value === values.questionnaireId)
  return (
    <Form method="post" className="max-w-3xl space-y-6" noValidate>
      {/* Enter in a text field saves: the first submit button is the form's default. */}
      <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        label={t('quickscan.form.title')}
        name="title"
        required
        maxLength={200}
        autoComplete="off"
        hint={t('quickscan.form.titleHint')}
        defaultValue={values.title}
        errors={errors?.title}
      />
      <div className="space-y-2">
        <SelectField
          label={t('quickscan.form.municipality')}
          name="municipalityId"
          required
          defaultValue={values.municipalityId ?? ''}
          options={[
            { value: '', label: t('quickscan.form.chooseMunicipalityOption') },
            ...options.municipalities,
          ]}
          errors={errors?.municipalityId}
        />
        <Button variant="secondary" name="intent" value={SHOW_COUNCILS} formNoValidate>
          {t('quickscan.form.showCouncils')}
        </Button>
      </div>
      {options.councils === null ? (
        <p className="rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
          {t('quickscan.form.chooseMunicipalityFirst')}
        </p>
      ) : options.councils.length === 0 ? (
        <p className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t('quickscan.form.noCouncils')}
        </p>
      ) : (
        <CheckboxGroup
          label={t('quickscan.form.councils')}
          hint={t('quickscan.form.councilsHint')}
          name="councilIds"
          options={options.councils}
          selected={lists.councilIds ?? []}
          errors={errors?.councilIds}
          columns={1}
        />
      )}
      {options.councils?.length === 0 && errors?.councilIds ? (
        <p className="text-sm font-medium text-red-700">{t('quickscan.form.chooseCouncil')}</p>
      ) : null}
      {questionnaireLocked ? (
        <div className="space-y-1">
          <p className="font-medium text-slate-900">{t('quickscan.form.questionnaire')}</p>
          <p>{lockedQuestionnaire?.label ?? ''}</p>
          <p className="text-sm text-slate-600">{t('quickscan.form.questionnaireLocked')}</p>
          <input type="hidden" name="questionnaireId" value={values.questionnaireId ?? ''} />
        </div>
      ) : (
        <SelectField
          label={t('quickscan.form.questionnaire')}
          name="questionnaireId"
          required
          defaultValue={values.questionnaireId ?? ''}
          options={options.questionnaires}
          errors={errors?.questionnaireId}
        />
      )}
      <ScanPeriodFields values={values} errors={errors} />
      <SelectField
        label={t('quickscan.form.supporter')}
        name="supporterId"
        hint={t('quickscan.form.supporterHint')}
        defaultValue={values.supporterId ?? ''}
        options={[{ value: '', label: t('quickscan.form.noSupporter') }, ...options.supporters]}
        errors={errors?.supporterId}
      />
      <TextAreaField
        label={t('quickscan.form.notes')}
        name="notes"
        rows={4}
        maxLength={4000}
        defaultValue={values.notes}
        errors={errors?.notes}
      />
      <div className="flex flex-wrap gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('quickscan.form.cancel')}
        </Link>
      </div>
    </Form>
  )
}

// The period and the minimum group size, shared by the scan form and the re-scan form.
export function ScanPeriodFields({
  values,
  errors,
}: {
  values: Record<string, string | undefined>
  errors?: Record<string, string[]> | undefined
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('quickscan.form.opensOn')}
          name="opensOn"
          type="date"
          required
          defaultValue={values.opensOn}
          errors={errors?.opensOn}
        />
        <TextField
          label={t('quickscan.form.closesOn')}
          name="closesOn"
          type="date"
          required
          defaultValue={values.closesOn}
          errors={errors?.closesOn}
        />
      </div>
      <TextField
        label={t('quickscan.form.minGroupSize')}
        name="minGroupSize"
        type="number"
        inputMode="numeric"
        min={2}
        max={50}
        required
        hint={t('quickscan.form.minGroupSizeHint')}
        defaultValue={values.minGroupSize}
        errors={errors?.minGroupSize}
      />
    </>
  )
}
