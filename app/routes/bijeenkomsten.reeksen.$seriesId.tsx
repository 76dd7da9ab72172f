import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { SeriesStatisticsSection } from '~/components/series-statistics.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { meetingKindLabel, meetingStatusLabel, meetingStatusTone } from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { getSeries } from '~/models/meeting/series.server.ts'
import { describeRule, formatAverage, formatDay, timeRange } from '~/models/meeting/series-options.ts'
import { getSeriesStatistics } from '~/models/meeting/series-stats.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.series.title ?? t('series.listTitle')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const seriesId = requireParam(params, 'seriesId')
  const series = await getSeries({ seriesId })
  invariantResponse(series, 404)
  const stats = await getSeriesStatistics({ seriesId })
  const whenOf = new Map(series.meetings.map((meeting) => [meeting.id, formatDay(meeting.startsAt)]))
  return {
    series: {
      id: series.id,
      title: series.title,
      intro: t('series.detailIntro', {
        kind: meetingKindLabel(series.kind),
        pattern: describeRule(series.rule),
        time: timeRange(series.startTime, series.endTime),
      }),
      location: series.location,
      description: series.description,
      startedOn: series.rule ? formatDateOnly(`${series.rule.startDate}T00:00:00Z`) : null,
      createdBy: series.createdBy.name,
      extendable: series.rule !== null,
    },
    meetings: series.meetings.map((meeting) => ({
      id: meeting.id,
      when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
      status: meeting.status,
      warning: meeting.dateWarning,
    })),
    stats: {
      heldCount: stats.held.length,
      averagePeople: formatAverage(stats.averagePeople),
      averageCouncils: formatAverage(stats.averageCouncils),
      held: stats.held.map((row) => ({ ...row, when: whenOf.get(row.id) ?? '' })),
      threshold: stats.threshold,
      missed:
        stats.missed?.map((council) => ({
          id: council.id,
          name: council.name,
          lastAttended: formatDay(council.lastAttended),
        })) ?? null,
    },
    canManage: hasRole(user.role, 'coordinator'),
  }
}

export default function SeriesPage() {
  const { series, meetings, stats, canManage } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader
        title={series.title}
        intro={series.intro}
        actions={
          <>
            <Link to="/bijeenkomsten/reeksen" className={buttonClass('secondary')}>
              {t('series.backToList')}
            </Link>
            {canManage ? (
              <Link to={`/bijeenkomsten/reeksen/${series.id}/bewerken`} className={buttonClass('secondary')}>
                {t('series.edit')}
              </Link>
            ) : null}
            {canManage && series.extendable ? (
              <Link to={`/bijeenkomsten/reeksen/${series.id}/verlengen`} className={buttonClass('primary')}>
                {t('series.extend')}
              </Link>
            ) : null}
          </>
        }
      />
      <div className="space-y-10">
        <Section id="series-details" title={t('series.details')}>
          <dl className="divide-y divide-slate-200">
            <Detail label={t('series.location')}>{series.location}</Detail>
            <Detail label={t('series.description')}>
              {series.description ? <p className="whitespace-pre-line">{series.description}</p> : null}
            </Detail>
            <Detail label={t('series.startedOn')}>{series.startedOn}</Detail>
            <Detail label={t('series.createdBy')}>{series.createdBy}</Detail>
          </dl>
          {series.extendable ? null : <p className="text-amber-900">{t('series.ruleUnknown')}</p>}
        </Section>

        <Section id="series-meetings" title={t('series.occurrences')}>
          <p className="text-sm text-slate-600">{t('series.occurrencesHint')}</p>
          {meetings.length === 0 ? (
            <p>{t('series.noOccurrences')}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('series.occurrencesCaption')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-4">
                      {t('series.columnWhen')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('series.columnStatus')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('series.columnWarning')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {meetings.map((meeting) => (
                    <tr key={meeting.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">
                        <Link to={`/bijeenkomsten/${meeting.id}`} className="text-brand-700 underline">
                          {meeting.when}
                        </Link>
                      </td>
                      <td className="py-2 pr-4">
                        <Badge tone={meetingStatusTone(meeting.status)}>
                          {meetingStatusLabel(meeting.status)}
                        </Badge>
                      </td>
                      <td className="py-2 pr-4">
                        {meeting.warning ? <Badge tone="warning">{meeting.warning}</Badge> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>

        <SeriesStatisticsSection stats={stats} />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
