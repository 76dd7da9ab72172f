import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { getWiMonitor } from '~/models/report/wi-monitor.server.ts'
import { dutchYear, formatShare, parseMonitorSearch } from '~/models/report/wi-monitor.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('reports.wiMonitor.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const now = new Date()
  const { jaar } = parseMonitorSearch(new URL(request.url).searchParams, now)
  const { wiThresholdPercent } = await getSettings()
  const monitor = await getWiMonitor({ year: jaar, now, thresholdPercent: wiThresholdPercent })
  const thisYear = dutchYear(now)
  return { ...monitor, years: [thisYear, thisYear - 1, thisYear - 2] }
}

const th = 'py-2 pr-4 whitespace-nowrap'
const td = 'py-2 pr-4 align-top'
const num = `${td} text-right tabular-nums`

const quarterLabel = (row: { year: number; quarter: number }) =>
  t('reports.wiMonitor.quarterLabel', { quarter: row.quarter, year: row.year })

function comparisonText(comparison: { share: number | null; councils: number }) {
  if (comparison.share === null) return t('reports.wiMonitor.noComparison')
  const share = formatShare(comparison.share)
  return comparison.councils === 1
    ? t('reports.wiMonitor.comparisonOverOne', { share })
    : t('reports.wiMonitor.comparisonOver', { share, count: comparison.councils })
}

export default function WiMonitor() {
  const { councils, thresholdPercent, year, years } = useLoaderData<typeof loader>()
  const periods = [
    { to: '/rapportages/wi-monitor', label: t('reports.wiMonitor.periodRecent'), current: year === null },
    ...years.map((y) => ({ to: `/rapportages/wi-monitor?jaar=${y}`, label: String(y), current: year === y })),
  ]
  return (
    <>
      <p className="mb-2">
        <Link to="/rapportages" className="text-brand-700 underline">
          {t('reports.back')}
        </Link>
      </p>
      <PageHeader title={t('reports.wiMonitor.title')} intro={t('reports.wiMonitor.intro')} />

      <section aria-labelledby="wi-monitor-how" className="mb-6 max-w-3xl">
        <h2 id="wi-monitor-how" className="mb-1 text-lg font-semibold">
          {t('reports.wiMonitor.howTitle')}
        </h2>
        <p className="mb-2 text-slate-700">{t('reports.wiMonitor.how')}</p>
        <p className="text-slate-700">{t('reports.wiMonitor.howFlag', { threshold: thresholdPercent })}</p>
      </section>

      <nav aria-label={t('reports.wiMonitor.periodNav')} className="mb-6">
        <ul className="flex flex-wrap gap-4">
          {periods.map((period) => (
            <li key={period.to}>
              {period.current ? (
                <span aria-current="page" className="font-semibold">
                  {period.label}
                </span>
              ) : (
                <Link to={period.to} className="text-brand-700 underline">
                  {period.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {councils.length === 0 ? <p>{t('reports.wiMonitor.noCouncils')}</p> : null}
      {councils.map((council) => (
        <section key={council.id} aria-labelledby={`council-${council.id}`} className="mb-8">
          <h2 id={`council-${council.id}`} className="mb-2 text-lg font-semibold">
            <Link to={`/organisaties/${council.id}`} className="text-brand-700 underline">
              {council.name}
            </Link>
          </h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">
                {t('reports.wiMonitor.caption', { council: council.name })}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className={th}>
                    {t('reports.wiMonitor.quarter')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('reports.wiMonitor.share')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('reports.wiMonitor.wiItems')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('reports.wiMonitor.withTheme')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('reports.wiMonitor.withoutTheme')}
                  </th>
                  <th scope="col" className={th}>
                    {t('reports.wiMonitor.signal')}
                  </th>
                  <th scope="col" className={th}>
                    {t('reports.wiMonitor.comparison')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {council.rows.map((row) => (
                  <tr key={row.key} className="border-b border-slate-200">
                    <th scope="row" className={`${td} text-left font-normal whitespace-nowrap`}>
                      {quarterLabel(row)}
                    </th>
                    {row.status === 'noWork' ? (
                      <td colSpan={5} className={`${td} text-slate-600 italic`}>
                        {t('reports.wiMonitor.noWork')}
                      </td>
                    ) : (
                      <>
                        <td className={num}>
                          {row.share === null ? t('reports.wiMonitor.noThemes') : formatShare(row.share)}
                        </td>
                        <td className={num}>{row.counts.wi}</td>
                        <td className={num}>{row.counts.withTheme}</td>
                        <td className={num}>{row.counts.withoutTheme}</td>
                        <td className={td}>
                          {row.flagged ? (
                            <strong className="rounded bg-amber-100 px-1 text-amber-900">
                              {t('reports.wiMonitor.flag', { threshold: thresholdPercent })}
                            </strong>
                          ) : row.share === null ? null : (
                            t('reports.wiMonitor.ok')
                          )}
                        </td>
                      </>
                    )}
                    <td className={td}>{comparisonText(row.comparison)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  )
}
