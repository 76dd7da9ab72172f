import { Form, Link } from '@remix-run/react'
import { type ReactNode, useId } from 'react'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import type { FieldErrors } from '~/utils/forms.ts'
import { t, translateRef } from '~/utils/i18n/index.ts'

type Option = { value: string; label: string }

export type SeriesFormChoices = {
  kinds: Option[]
  frequencies: Option[]
  nths: Option[]
  weekdays: Option[]
  timesPerYear: Option[]
  holidayPolicies: Option[]
}

// The messages of a field, announced with the control that points to them.
function Messages({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <ul id={id} className="text-sm font-medium text-red-700">
      {errors.map((error) => (
        <li key={error}>{translateRef(error)}</li>
      ))}
    </ul>
  )
}

// A set of radio buttons under one name in a fieldset, with the legend as its label; each
// option may carry fields of its own below it.
function RadioGroup({
  legend,
  hint,
  name,
  options,
  value,
  errors,
  details,
}: {
  legend: string
  hint?: string
  name: string
  options: Option[]
  value: string
  errors?: string[]
  details?: Record<string, ReactNode>
}) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      className="space-y-3"
      aria-describedby={describedBy || undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <Messages id={`${id}-error`} errors={errors} />
      {options.map((option) => (
        <div
          key={option.value}
          className={details?.[option.value] ? 'rounded-md border border-slate-300 p-3' : ''}
        >
          <div className="flex items-center gap-2">
            <input
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              defaultChecked={value === option.value}
              className="h-4 w-4 accent-brand-700"
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
          {details?.[option.value] ? <div className="mt-3 pl-6">{details[option.value]}</div> : null}
        </div>
      ))}
    </fieldset>
  )
}

// The end of a series (a day or a number of meetings) and what to do with dates on holidays:
// the part of the form that planning and extending share.
export function SeriesEndFields({
  values,
  errors,
  choices,
  region,
  maxOccurrences,
}: {
  values: Record<string, string>
  errors?: FieldErrors
  choices: Pick<SeriesFormChoices, 'holidayPolicies'>
  region: string
  maxOccurrences: number
}) {
  return (
    <>
      <fieldset className="space-y-3" aria-describedby="series-end-hint">
        <legend className="font-medium text-slate-900">{t('series.end')}</legend>
        <p id="series-end-hint" className="text-sm text-slate-600">
          {t('series.endHint', { max: maxOccurrences })}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('series.untilDate')}
            name="untilDate"
            type="date"
            defaultValue={values.untilDate}
            errors={errors?.untilDate}
          />
          <TextField
            label={t('series.countField')}
            name="count"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxOccurrences}
            defaultValue={values.count}
            errors={errors?.count}
          />
        </div>
      </fieldset>
      <RadioGroup
        legend={t('series.holidayPolicy')}
        hint={t('series.holidayPolicyHint', { region })}
        name="holidayPolicy"
        options={choices.holidayPolicies}
        value={values.holidayPolicy ?? 'flag'}
        errors={errors?.holidayPolicy}
      />
    </>
  )
}

// Step 1 of planning a series: title, kind, the pattern, start, end, times, location and
// description. It posts to the same route with intent "preview".
export function SeriesPlanForm({
  values,
  errors,
  choices,
  region,
  maxOccurrences,
  cancelTo,
}: {
  values: Record<string, string>
  errors?: FieldErrors
  choices: SeriesFormChoices
  region: string
  maxOccurrences: number
  cancelTo: string
}) {
  return (
    <Form method="post" className="max-w-3xl space-y-8" noValidate>
      <h2 className="text-lg font-semibold">{t('series.stepForm')}</h2>
      <ErrorSummary errors={errors} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField
            label={t('series.title')}
            name="title"
            required
            autoComplete="off"
            hint={t('series.titleHint')}
            defaultValue={values.title}
            errors={errors?.title}
          />
        </div>
        <SelectField
          label={t('series.kind')}
          name="kind"
          required
          defaultValue={values.kind ?? ''}
          options={choices.kinds}
          errors={errors?.kind}
        />
        <TextField
          label={t('series.startDate')}
          name="startDate"
          type="date"
          required
          hint={t('series.startDateHint')}
          defaultValue={values.startDate}
          errors={errors?.startDate}
        />
      </div>

      <RadioGroup
        legend={t('series.pattern')}
        hint={t('series.patternHint')}
        name="frequency"
        options={choices.frequencies}
        value={values.frequency ?? ''}
        errors={errors?.frequency}
        details={{
          MONTHLY: (
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField
                label={t('series.monthInterval')}
                name="monthInterval"
                type="number"
                inputMode="numeric"
                min={1}
                max={12}
                defaultValue={values.monthInterval}
                errors={errors?.monthInterval}
              />
              <SelectField
                label={t('series.nth')}
                name="nth"
                defaultValue={values.nth ?? ''}
                options={choices.nths}
                errors={errors?.nth}
              />
              <SelectField
                label={t('series.weekday')}
                name="weekday"
                defaultValue={values.weekday ?? ''}
                options={choices.weekdays}
                errors={errors?.weekday}
              />
            </div>
          ),
          TIMES_PER_YEAR: (
            <SelectField
              label={t('series.timesPerYear')}
              name="timesPerYear"
              hint={t('series.timesPerYearHint')}
              defaultValue={values.timesPerYear ?? ''}
              options={choices.timesPerYear}
              errors={errors?.timesPerYear}
            />
          ),
          WEEKLY: (
            <TextField
              label={t('series.weekInterval')}
              name="weekInterval"
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              hint={t('series.weekIntervalHint')}
              defaultValue={values.weekInterval}
              errors={errors?.weekInterval}
            />
          ),
        }}
      />

      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900">{t('series.times')}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('series.startTime')}
            name="startTime"
            type="time"
            required
            defaultValue={values.startTime}
            errors={errors?.startTime}
          />
          <TextField
            label={t('series.endTime')}
            name="endTime"
            type="time"
            required
            defaultValue={values.endTime}
            errors={errors?.endTime}
          />
        </div>
      </fieldset>

      <SeriesEndFields
        values={values}
        errors={errors}
        choices={choices}
        region={region}
        maxOccurrences={maxOccurrences}
      />

      <div className="space-y-4">
        <TextField
          label={t('series.location')}
          name="location"
          autoComplete="off"
          defaultValue={values.location}
          errors={errors?.location}
        />
        <TextAreaField
          label={t('series.description')}
          name="description"
          rows={4}
          hint={t('series.descriptionHint')}
          defaultValue={values.description}
          errors={errors?.description}
        />
      </div>

      <div className="flex gap-3">
        <Button name="intent" value="preview">
          {t('series.showDates')}
        </Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('series.cancel')}
        </Link>
      </div>
    </Form>
  )
}
