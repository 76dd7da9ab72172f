import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { CalendarDayList } from '~/components/calendar-entries.tsx'
import { CalendarMonth } from '~/components/calendar-month.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { buttonClass } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import {
  CALENDAR_VIEWS,
  type CalendarQuery,
  CalendarQuerySchema,
  isUnknownMonth,
  requestedMonth,
} from '~/models/calendar/calendar.schema.ts'
import { getMonthView, getUpcomingView } from '~/models/calendar/calendar.server.ts'
import { currentMonth, monthKey } from '~/models/calendar/calendar-grid.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('calendar.title')} · ${t('app.name')}` }]

// Returns the agenda's URL for the same view with some values replaced; defaults stay out.
function hrefWith(query: CalendarQuery, changes: Partial<CalendarQuery>) {
  const merged = { ...query, pagina: 1, ...changes }
  const params = new URLSearchParams()
  if (merged.weergave !== 'maand') params.set('weergave', merged.weergave)
  if (merged.weergave === 'maand' && merged.maand) params.set('maand', merged.maand)
  if (merged.acties !== 'mijn') params.set('acties', merged.acties)
  if (merged.weergave === 'lijst' && merged.pagina > 1) params.set('pagina', String(merged.pagina))
  const search = params.toString()
  return search ? `/agenda?${search}` : '/agenda'
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const parsed = CalendarQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  // A month that makes no sense falls back to the current one; the page says so, and the
  // links leave it out.
  const unknownMonth = isUnknownMonth(parsed)
  const query = unknownMonth ? { ...parsed, maand: undefined } : parsed
  const now = new Date()
  const scope = { userId: user.id, everyone: query.acties === 'iedereen' }
  const links = {
    views: CALENDAR_VIEWS.map((view) => ({
      view,
      href: hrefWith(query, { weergave: view }),
      current: view === query.weergave,
    })),
    scope: hrefWith(query, { acties: query.acties === 'mijn' ? 'iedereen' : 'mijn' }),
  }
  if (query.weergave === 'lijst') {
    const upcoming = await getUpcomingView({ scope, page: query.pagina, now })
    return { query, links, unknownMonth: false, month: null, upcoming }
  }
  const month = requestedMonth(query, now)
  const view = await getMonthView({ month, scope, now })
  const today = monthKey(currentMonth(now))
  const monthHref = (key: string) => hrefWith(query, { maand: key === today ? undefined : key })
  return {
    query,
    links,
    unknownMonth,
    upcoming: null,
    month: {
      ...view,
      previous: view.previous ? { title: view.previous.title, href: monthHref(view.previous.key) } : null,
      next: view.next ? { title: view.next.title, href: monthHref(view.next.key) } : null,
      current: view.key === today ? null : { href: monthHref(today) },
    },
  }
}

const VIEW_LABELS = { maand: 'calendar.viewMonth', lijst: 'calendar.viewList' } as const

export default function Agenda() {
  const { query, links, unknownMonth, month, upcoming } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        intro={t('calendar.intro')}
        actions={
          <Link to="/agenda/feed" className={buttonClass('secondary')}>
            {t('calendar.feedLink')}
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t('calendar.views')}>
          <ul className="flex flex-wrap gap-2">
            {links.views.map((link) => (
              <li key={link.view}>
                <Link
                  to={link.href}
                  aria-current={link.current ? 'page' : undefined}
                  className={`inline-block rounded-md border px-3 py-1.5 text-sm font-semibold ${
                    link.current
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
                  }`}
                >
                  {t(VIEW_LABELS[link.view])}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm">
          {query.acties === 'mijn' ? t('calendar.showingMine') : t('calendar.showingEveryone')}{' '}
          <Link to={links.scope} className="text-brand-700 underline">
            {query.acties === 'mijn' ? t('calendar.showEveryone') : t('calendar.showMine')}
          </Link>
        </p>
      </div>

      {unknownMonth ? (
        <p
          role="status"
          className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950"
        >
          {t('calendar.unknownMonth')}
        </p>
      ) : null}

      {month ? <CalendarMonth month={month} /> : null}

      {upcoming ? (
        <section aria-labelledby="calendar-upcoming-title" className="space-y-4">
          <h2 id="calendar-upcoming-title" className="text-xl font-semibold">
            {t('calendar.upcomingTitle')}
          </h2>
          {upcoming.days.length === 0 ? (
            <p>{t('calendar.noUpcoming')}</p>
          ) : (
            <CalendarDayList days={upcoming.days} />
          )}
          <Pagination
            page={upcoming.page}
            pageCount={upcoming.pageCount}
            hrefFor={(page) => hrefWith(query, { pagina: page })}
          />
        </section>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
