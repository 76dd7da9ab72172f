import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { buttonClass } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { meetingKindLabel } from '~/models/meeting/meeting-options.ts'
import { listSeries } from '~/models/meeting/series.server.ts'
import { dateParts, describeRule, formatDay, timeRange } from '~/models/meeting/series-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('series.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const series = await listSeries()
  return {
    series: series.map((item) => ({
      id: item.id,
      title: item.title,
      kind: meetingKindLabel(item.kind),
      pattern: `${describeRule(item.rule)}, ${timeRange(item.startTime, item.endTime)}`,
      meetings:
        item.firstAt && item.lastAt
          ? t('series.meetingsPeriod', {
              count: item.meetingCount,
              from: dateParts(item.firstAt).date,
              to: dateParts(item.lastAt).date,
            })
          : '0',
      next: item.nextAt ? formatDay(item.nextAt) : null,
    })),
    canCreate: hasRole(user.role, 'coordinator'),
  }
}

export default function SeriesList() {
  const { series, canCreate } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader
        title={t('series.listTitle')}
        intro={t('series.listIntro')}
        actions={
          <>
            <Link to="/bijeenkomsten" className={buttonClass('secondary')}>
              {t('series.backToMeetings')}
            </Link>
            {canCreate ? (
              <Link to="/bijeenkomsten/reeksen/nieuw" className={buttonClass('primary')}>
                {t('series.new')}
              </Link>
            ) : null}
          </>
        }
      />
      <p className="mb-2 text-slate-700" role="status">
        {series.length === 1 ? t('series.countOne') : t('series.count', { count: series.length })}
      </p>
      {series.length === 0 ? (
        <p>{t('series.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('series.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('series.columnTitle')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('series.columnPattern')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('series.columnMeetings')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('series.columnNext')}
                </th>
              </tr>
            </thead>
            <tbody>
              {series.map((item) => (
                <tr key={item.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/bijeenkomsten/reeksen/${item.id}`} className="text-brand-700 underline">
                      {item.title}
                    </Link>
                    <span className="block text-sm text-slate-700">{item.kind}</span>
                  </td>
                  <td className="py-2 pr-4">{item.pattern}</td>
                  <td className="py-2 pr-4">{item.meetings}</td>
                  <td className="py-2 pr-4">{item.next ?? t('series.noNext')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
