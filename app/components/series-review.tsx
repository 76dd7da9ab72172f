import { Form } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button } from '~/components/ui/button.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import type { FieldErrors } from '~/utils/forms.ts'
import { t, translateRef } from '~/utils/i18n/index.ts'

export type ReviewRow = {
  day: string
  date: string
  weekday: string
  time: string
  warning: string | null
  checked: boolean
}

// Step 2 of planning or extending a series: the generated dates in a table with a checkbox
// each, and every field of step 1 as hidden inputs, so that the server can generate the
// same dates again on saving (it never takes the dates from the form). Works without
// JavaScript; with it, the heading takes the focus when the step appears.
export function SeriesReview({
  rows,
  hidden,
  errors,
  intro,
  saveLabel,
}: {
  rows: ReviewRow[]
  hidden: Record<string, string>
  errors?: FieldErrors
  intro: string
  saveLabel: string
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const warnings = rows.filter((row) => row.warning).length
  const includeErrors = errors?.include
  return (
    // Keyed on the ticks, so that a reply with other ticks is shown as it says.
    <Form
      method="post"
      className="max-w-4xl space-y-4"
      noValidate
      key={rows.map((row) => (row.checked ? '1' : '0')).join('')}
    >
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t('series.stepReview')}
      </h2>
      <p className="text-slate-700">{intro}</p>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p role="status">
        {rows.length === 1
          ? t('series.reviewSummaryOne', { warnings })
          : t('series.reviewSummary', { count: rows.length, warnings })}
      </p>
      <div className="overflow-x-auto">
        <table
          className="w-full border-collapse text-left"
          aria-describedby={includeErrors ? 'include-error' : undefined}
        >
          <caption className="sr-only">{t('series.reviewCaption')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t('series.reviewInclude')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('series.reviewDate')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('series.reviewWeekday')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('series.reviewTime')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('series.reviewWarning')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.day} className={`border-b border-slate-200 ${row.warning ? 'bg-amber-50' : ''}`}>
                <td className="py-2 pr-4">
                  <input
                    type="checkbox"
                    id={`include-${row.day}`}
                    name="include"
                    value={row.day}
                    defaultChecked={row.checked}
                    className="h-5 w-5 accent-brand-700"
                  />
                  <label htmlFor={`include-${row.day}`} className="sr-only">
                    {t('series.includeLabel', { date: row.date })}
                  </label>
                </td>
                <td className="py-2 pr-4 whitespace-nowrap">{row.date}</td>
                <td className="py-2 pr-4">{row.weekday}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{row.time}</td>
                <td className="py-2 pr-4">
                  {row.warning ? <Badge tone="warning">{row.warning}</Badge> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {includeErrors?.length ? (
        <ul id="include-error" className="text-sm font-medium text-red-700">
          {includeErrors.map((error) => (
            <li key={error}>{translateRef(error)}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button name="intent" value="save">
          {saveLabel}
        </Button>
        <Button name="intent" value="edit" variant="secondary">
          {t('series.backToForm')}
        </Button>
      </div>
    </Form>
  )
}
