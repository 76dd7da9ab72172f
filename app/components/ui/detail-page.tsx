import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { t } from '~/utils/i18n/index.ts'
import { ErrorSummary } from './field.tsx'

// A titled part of a detail page, with optional actions beside its heading.
export function Section({
  id,
  title,
  children,
  actions,
}: {
  id: string
  title: string
  children: ReactNode
  actions?: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  )
}

// One labelled value in a definition list; a dash when there is nothing to show.
export function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-3">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="sm:col-span-2">{children ?? t('common.notSet')}</dd>
    </div>
  )
}

// A form of one intent in a bordered box, with its heading and error summary.
export function ActionBox({
  title,
  intro,
  errors,
  children,
}: {
  title: string
  intro?: string
  errors?: Record<string, string[]>
  children: ReactNode
}) {
  return (
    <Form method="post" className="space-y-3 rounded-md border border-slate-300 p-4" noValidate>
      <h3 className="font-semibold">{title}</h3>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      <ErrorSummary errors={errors} />
      {children}
    </Form>
  )
}
