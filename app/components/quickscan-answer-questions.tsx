import type { ReactNode } from 'react'
import { t, translateRef } from '~/utils/i18n/index.ts'

// The questions of the questionnaire as respondents answer them on a phone: every choice a
// large, labelled tap target; a question's message right under its text.

export type ChoiceOption = { value: string; label: string }

// Returns the id of the element that shows a field's message (and the question's anchor).
export const questionId = (field: string) => `vraag-${field}`

// One message under a question, in red, tied to it with aria-describedby.
function QuestionError({ field, error }: { field: string; error?: string }) {
  if (!error) return null
  return (
    <p id={`${questionId(field)}-fout`} className="font-medium text-red-700">
      {translateRef(error)}
    </p>
  )
}

// A question with one answer from a list (a radio group): the question is the legend, each
// choice a label around its radio button.
export function ChoiceQuestion({
  field,
  legend,
  hint,
  options,
  value,
  error,
  columns = 1,
}: {
  field: string
  legend: ReactNode
  hint?: string
  options: ChoiceOption[]
  value?: string
  error?: string
  columns?: 1 | 2
}) {
  const id = questionId(field)
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(' ')
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      className={`space-y-2 rounded-md p-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}
    >
      <legend className="mb-2 text-lg font-semibold leading-snug text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-slate-700">
          {hint}
        </p>
      ) : null}
      <QuestionError field={field} error={error} />
      <div className={`grid gap-2 ${columns === 2 ? 'sm:grid-cols-2' : ''}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-md border border-slate-400 bg-white px-3 py-2 text-base has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type="radio"
              name={field}
              value={option.value}
              defaultChecked={value === option.value}
              className="h-5 w-5 shrink-0 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

// An open question: a text box, not required, with the limit in its hint.
export function OpenQuestion({
  field,
  label,
  hint,
  value,
  error,
}: {
  field: string
  label: string
  hint: string
  value?: string
  error?: string
}) {
  const id = questionId(field)
  const describedBy = [`${id}-hint`, error ? `${id}-fout` : null].filter(Boolean).join(' ')
  return (
    <div className={`space-y-2 p-1 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="block text-lg font-semibold leading-snug text-slate-900">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-slate-700">
        {hint}
      </p>
      <QuestionError field={field} error={error} />
      <textarea
        id={id}
        name={field}
        rows={5}
        defaultValue={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
      />
    </div>
  )
}

// "Stap 3 van 9" with a progress bar.
export function AnswerProgress({ step, total }: { step: number; total: number }) {
  return (
    <div className="space-y-1">
      <p id="voortgang" className="text-sm font-medium text-slate-700">
        {t('quickscan.answer.progress', { step, total })}
      </p>
      <progress
        max={total}
        value={step}
        aria-labelledby="voortgang"
        className="h-2 w-full overflow-hidden rounded accent-brand-700"
      />
    </div>
  )
}

// The id of the message at the top of a step with problems.
export const ERROR_SUMMARY_ID = 'fouten'

// The message at the top of a step with problems; each question shows its own under it. It
// can take the focus, so that after a refused step a keyboard user starts from it.
export function AnswerErrorSummary({ errors }: { errors: Record<string, string> }) {
  if (Object.keys(errors).length === 0) return null
  const general = errors.form
  return (
    <div
      id={ERROR_SUMMARY_ID}
      role="alert"
      tabIndex={-1}
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
    >
      <p className="font-semibold">{general ? translateRef(general) : t('quickscan.answer.errorSummary')}</p>
    </div>
  )
}
