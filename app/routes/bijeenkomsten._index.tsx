import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import {
  MEETING_VIEWS,
  type MeetingListQuery,
  MeetingListQuerySchema,
} from '~/models/meeting/meeting.schema.ts'
import { getMeetingFilterOptions, listMeetings } from '~/models/meeting/meeting.server.ts'
import {
  meetingKindLabel,
  meetingKindOptions,
  meetingStatusLabel,
  meetingStatusOptions,
  meetingStatusTone,
} from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { themeLabel } from '~/models/theme/theme-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('meeting.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = MeetingListQuerySchema.parse(Object.fromEntries(url.searchParams))
  const [list, filterOptions] = await Promise.all([listMeetings(query), getMeetingFilterOptions()])
  return {
    query,
    ...list,
    meetings: list.meetings.map((meeting) => ({
      ...meeting,
      when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
    })),
    themes: filterOptions.themes.map((theme) => ({ value: theme.id, label: themeLabel(theme) })),
    canCreate: hasRole(user.role, 'coordinator'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overview URL for the same view and filters with some values replaced.
function hrefWith(
  query: Partial<MeetingListQuery>,
  changes: Partial<Record<keyof MeetingListQuery, string | number>>,
) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina: undefined, ...changes })) {
    if (value === undefined || value === '') continue
    if ((key === 'pagina' && value === 1) || (key === 'weergave' && value === 'komend')) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/bijeenkomsten'
}

export default function Meetings() {
  const { query, total, pageCount, meetings, themes, canCreate, canExport } = useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('meeting.any') }
  return (
    <>
      <PageHeader
        title={t('meeting.listTitle')}
        intro={t('meeting.listIntro')}
        actions={
          <>
            <Link to="/agenda" className={buttonClass('secondary')}>
              {t('meeting.calendar')}
            </Link>
            <Link to="/bijeenkomsten/reeksen" className={buttonClass('secondary')}>
              {t('meeting.series')}
            </Link>
            {canCreate ? (
              <Link to="/bijeenkomsten/nieuw" className={buttonClass('primary')}>
                {t('meeting.new')}
              </Link>
            ) : null}
          </>
        }
      />

      <nav aria-label={t('meeting.view')} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {MEETING_VIEWS.map((view) => (
            <li key={view}>
              <Link
                to={hrefWith(query, { weergave: view })}
                aria-current={query.weergave === view ? 'page' : undefined}
                className={buttonClass(query.weergave === view ? 'primary' : 'secondary')}
              >
                {t(`meeting.view.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('meeting.filters')}
      >
        <input type="hidden" name="weergave" value={query.weergave} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          <SelectField
            label={t('meeting.filterKind')}
            name="soort"
            defaultValue={query.soort ?? ''}
            options={[any, ...meetingKindOptions()]}
          />
          <SelectField
            label={t('meeting.filterStatus')}
            name="status"
            defaultValue={query.status ?? ''}
            options={[any, ...meetingStatusOptions()]}
          />
          <SelectField
            label={t('meeting.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...themes]}
          />
          <TextField label={t('meeting.filterFrom')} name="van" type="date" defaultValue={query.van ?? ''} />
          <TextField label={t('meeting.filterTo')} name="tot" type="date" defaultValue={query.tot ?? ''} />
        </div>
        <div className="mt-3 flex items-center gap-3">
          <Button>{t('meeting.applyFilters')}</Button>
          <Link to={hrefWith({ weergave: query.weergave, pagina: 1 }, {})} className={buttonClass('link')}>
            {t('meeting.resetFilters')}
          </Link>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3">
          <a href={`/bijeenkomsten/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
        </p>
      ) : null}

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('meeting.countOne') : t('meeting.count', { count: total })}
      </p>
      {meetings.length === 0 ? (
        <p>{t('meeting.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">
              {t('meeting.listTitle')}: {t(`meeting.view.${query.weergave}`)}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('meeting.columnWhen')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('meeting.columnMeeting')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('meeting.location')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('meeting.status')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('meeting.columnAttendance')}
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    {meeting.when}
                    {meeting.dateWarning ? (
                      <span className="block">
                        <Badge tone="warning">{t('meeting.warningBadge')}</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">
                    <Link to={`/bijeenkomsten/${meeting.id}`} className="text-brand-700 underline">
                      {meeting.title}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {[
                        meetingKindLabel(meeting.kind),
                        meeting.series?.title,
                        meeting.themes.map((theme) => theme.name).join(', '),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{meeting.location}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={meetingStatusTone(meeting.status)}>
                      {meetingStatusLabel(meeting.status)}
                    </Badge>
                  </td>
                  <td className="py-2 pr-4 text-sm">
                    {meeting.present > 0
                      ? t('meeting.attendanceShort', {
                          present: meeting.present,
                          organisations: meeting.organisationsPresent,
                        })
                      : meeting.invited > 0
                        ? t('meeting.invitedShort', { count: meeting.invited })
                        : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.pagina} pageCount={pageCount} hrefFor={(n) => hrefWith(query, { pagina: n })} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
