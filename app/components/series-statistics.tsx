import { Link } from '@remix-run/react'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { t } from '~/utils/i18n/index.ts'

export type SeriesStatisticsView = {
  heldCount: number
  averagePeople: string
  averageCouncils: string
  held: { id: string; when: string; people: number; councils: number }[]
  threshold: number
  missed: { id: string; name: string; lastAttended: string }[] | null
}

// The attendance of a series: the averages over its held meetings, people and councils per
// held meeting, and the councils that missed the last N held meetings.
export function SeriesStatisticsSection({ stats }: { stats: SeriesStatisticsView }) {
  return (
    <Section id="series-stats" title={t('series.stats')}>
      <p className="text-sm text-slate-600">{t('series.statsIntro')}</p>
      {stats.heldCount === 0 ? (
        <p>{t('series.statsNone')}</p>
      ) : (
        <>
          <dl className="divide-y divide-slate-200">
            <Detail label={t('series.statsHeld')}>{stats.heldCount}</Detail>
            <Detail label={t('series.statsAveragePeople')}>{stats.averagePeople}</Detail>
            <Detail label={t('series.statsAverageCouncils')}>{stats.averageCouncils}</Detail>
          </dl>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-medium">{t('series.statsCaption')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('series.statsMeeting')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('series.statsPeople')}
                  </th>
                  <th scope="col" className="py-2 pr-4 text-right">
                    {t('series.statsCouncils')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.held.map((row) => (
                  <tr key={row.id} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link to={`/bijeenkomsten/${row.id}`} className="text-brand-700 underline">
                        {row.when}
                      </Link>
                    </th>
                    <td className="py-2 pr-4 text-right tabular-nums">{row.people}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{row.councils}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <section aria-labelledby="series-missed" className="space-y-2">
        <h3 id="series-missed" className="font-semibold">
          {t('series.missedTitle', { count: stats.threshold })}
        </h3>
        {stats.missed === null ? (
          <p>{t('series.missedTooFew', { count: stats.threshold })}</p>
        ) : stats.missed.length === 0 ? (
          <p>{t('series.missedNone', { count: stats.threshold })}</p>
        ) : (
          <>
            <p className="text-sm text-slate-600">{t('series.missedIntro', { count: stats.threshold })}</p>
            <ul className="list-disc pl-5">
              {stats.missed.map((council) => (
                <li key={council.id}>
                  <Link to={`/organisaties/${council.id}`} className="text-brand-700 underline">
                    {council.name}
                  </Link>{' '}
                  <span className="text-slate-700">
                    ({t('series.missedLast', { date: council.lastAttended })})
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Section>
  )
}
