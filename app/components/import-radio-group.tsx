import { useId } from 'react'
import { translateRef } from '~/utils/i18n/index.ts'

export type ImportRadioOption = { value: string; label: string; hint?: string }

// A set of radio buttons under one name, in a fieldset whose legend is the label, with an
// optional hint per option and the group's error messages (message references).
export function ImportRadioGroup({
  label,
  name,
  options,
  defaultValue,
  errors,
}: {
  label: string
  name: string
  options: ImportRadioOption[]
  defaultValue?: string
  errors?: string[]
}) {
  const id = useId()
  const errorId = errors?.length ? `${id}-error` : undefined
  return (
    <fieldset aria-describedby={errorId} aria-invalid={errorId ? true : undefined} className="space-y-2">
      <legend className="font-medium text-slate-900">{label}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`
        const hintId = option.hint ? `${optionId}-hint` : undefined
        return (
          <div key={option.value} className="flex items-start gap-2">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={option.value === defaultValue}
              aria-describedby={hintId}
              className="mt-1 h-4 w-4 accent-brand-700"
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p id={hintId} className="text-sm text-slate-600">
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        )
      })}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors?.map(translateRef).join(' ')}
        </p>
      ) : null}
    </fieldset>
  )
}
