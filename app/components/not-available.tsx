import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { PageHeader } from './ui/page-header.tsx'

// The honest state of a section that a later release fills: no fake data.
export function NotAvailable({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <section
        aria-labelledby="not-available"
        className="max-w-prose rounded-md border border-slate-300 bg-slate-50 p-5"
      >
        <h2 id="not-available" className="text-lg font-semibold">
          {t('app.notAvailableYet')}
        </h2>
        <p className="mt-2 text-slate-700">{t('app.notAvailableYetBody')}</p>
        <p className="mt-4">
          <Link to="/" className="text-brand-700 underline">
            {t('app.backToDashboard')}
          </Link>
        </p>
      </section>
    </>
  )
}
