import {
  type InputHTMLAttributes,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react'
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

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-medium text-slate-900">
      {label}
      {required ? (
        <span className="ml-1 text-sm font-normal text-slate-600">({t('form.required')})</span>
      ) : null}
    </label>
  )
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
      <FieldLabel htmlFor={ids.controlId} label={label} required={required} />
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
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string; group?: string }[] }) {
  const ids = useFieldIds(id, hint, errors)
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={ids.controlId} label={label} required={required} />
      <select
        id={ids.controlId}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        className={controlClass}
        {...props}
      >
        {[...new Set(options.map((option) => option.group ?? ''))].map((group) => {
          const items = options
            .filter((option) => (option.group ?? '') === group)
            .map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))
          return group ? (
            <optgroup key={group} label={group}>
              {items}
            </optgroup>
          ) : (
            items
          )
        })}
      </select>
      <FieldMessages hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  )
}

export function TextAreaField({
  label,
  hint,
  errors,
  id,
  required,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(id, hint, errors)
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={ids.controlId} label={label} required={required} />
      <textarea
        id={ids.controlId}
        required={required}
        aria-invalid={ids.invalid || undefined}
        aria-describedby={ids.describedBy}
        className={controlClass}
        rows={3}
        {...props}
      />
      <FieldMessages hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </div>
  )
}

export type CheckboxOption = { value: string; label: string; group?: string }

// A set of checkboxes under one name, in a fieldset whose legend is the label; options with
// a `group` are shown under that group's heading.
export function CheckboxGroup({
  label,
  hint,
  errors,
  name,
  options,
  selected,
  columns = 2,
}: FieldProps & { name: string; options: CheckboxOption[]; selected: string[]; columns?: 1 | 2 | 3 }) {
  const ids = useFieldIds(undefined, hint, errors)
  const chosen = new Set(selected)
  const groups = [...new Set(options.map((option) => option.group ?? ''))]
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-2 lg:grid-cols-3' }[columns]
  return (
    <fieldset
      aria-describedby={ids.describedBy}
      aria-invalid={ids.invalid || undefined}
      className="space-y-2"
    >
      <legend className="font-medium text-slate-900">{label}</legend>
      {groups.map((group) => (
        <div key={group || 'all'}>
          {group ? <p className="mt-2 text-sm font-semibold text-slate-700">{group}</p> : null}
          <div className={`grid grid-cols-1 gap-x-4 gap-y-1 ${grid}`}>
            {options
              .filter((option) => (option.group ?? '') === group)
              .map((option) => {
                const optionId = `${ids.controlId}-${option.value}`
                return (
                  <div key={option.value} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={optionId}
                      name={name}
                      value={option.value}
                      defaultChecked={chosen.has(option.value)}
                      className="h-4 w-4 accent-brand-700"
                    />
                    <label htmlFor={optionId}>{option.label}</label>
                  </div>
                )
              })}
          </div>
        </div>
      ))}
      <FieldMessages hint={hint} hintId={ids.hintId} errors={errors} errorId={ids.errorId} />
    </fieldset>
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
