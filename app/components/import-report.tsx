import { Link } from '@remix-run/react'
import { buttonClass } from '~/components/ui/button.tsx'
import { t } from '~/utils/i18n/index.ts'

// The result of an import: how many rows were created, merged and skipped.
export function ImportReport({
  intro,
  lines,
  list,
}: {
  intro: string
  lines: { label: string; count: number }[]
  list: { href: string; label: string }
}) {
  return (
    <section aria-labelledby="import-verslag" className="max-w-2xl space-y-4">
      <h2 id="import-verslag" className="text-lg font-semibold">
        {t('import.report.title')}
      </h2>
      <p className="text-slate-800">{intro}</p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t('import.report.caption')}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">{t('import.report.caption')}</span>
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t('import.report.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-normal">
                {line.label}
              </th>
              <td className="py-2 pr-4 text-right tabular-nums">{line.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <Link to={list.href} className={buttonClass('primary')}>
          {list.label}
        </Link>
        <Link to="/beheer/import" className={buttonClass('secondary')}>
          {t('import.report.again')}
        </Link>
      </div>
    </section>
  )
}
