import { type InputHTMLAttributes, type SelectHTMLAttributes, useId } from 'react'
import { t, translateRef } from '~/utils/i18n/index.ts'

type FieldProps = {
  label: string
  hint?: string
  errors?: string[]
}

// Returns the ids and aria attributes that tie a control to its hint and errors.
function useFieldIds(id: string | undefined, hint: string | undefined, errors: string[] | undefined) {
  const generated = useId()
  const controlId = id ?? generated
  const hintId = hint ? `${controlId}-hint` : undefined
  const errorId = errors?.length ? `${controlId}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return { controlId, hintId, errorId, describedBy, invalid: Boolean(errorId) }
}

function FieldMessages({
  hint,
  hintId,
  errors,
  errorId,
}: {
  hint?: string
  hintId?: string
  errors?: string[]
  errorId?: string
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={errorId} className="text-sm font-medium text-red-700">
          {errors.map((error) => (
            <li key={error}>{translateRef(error)}</li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

const controlClass =
  'block w-full rounded-md border bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:border-2 border-slate-500'

export function TextField({
  label,
  hint,
  errors,
  id,
  required,
  ...props
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id, hint, errors)
  return (
    <div className="space-y-1">
      <label htmlFor={ids.controlId} className="block font-medium text-slate-900">
        {label}
        {required ? (
          <span className="ml-1 text-sm font-normal text-slate-600">({t('form.required')})</span>
        ) : null}
      </label>
      <input
        id={ids.controlId}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        className={controlClass}
        {...props}
      />
      <FieldMessages hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  )
}

export function SelectField({
  label,
  hint,
  errors,
  id,
  required,
  options,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const ids = useFieldIds(id, hint, errors)
  return (
    <div className="space-y-1">
      <label htmlFor={ids.controlId} className="block font-medium text-slate-900">
        {label}
        {required ? (
          <span className="ml-1 text-sm font-normal text-slate-600">({t('form.required')})</span>
        ) : null}
      </label>
      <select
        id={ids.controlId}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        className={controlClass}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  )
}

// A message at the top of a form that failed validation, announced to screen readers.
export function ErrorSummary({ errors }: { errors?: Record<string, string[]> }) {
  if (!errors || Object.keys(errors).length === 0) return null
  const general = errors.form ?? []
  return (
    <div role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{t('form.errorSummary')}</p>
      {general.length ? (
        <ul className="mt-1 list-disc pl-5">
          {general.map((error) => (
            <li key={error}>{translateRef(error)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
