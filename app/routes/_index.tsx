import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { activityTypeLabel } from '~/models/activity/activity-options.ts'
import { DashboardQuerySchema } from '~/models/dashboard/dashboard.schema.ts'
import { getDashboard } from '~/models/dashboard/dashboard.server.ts'
import { formatDutchDay } from '~/models/dashboard/dashboard-dates.ts'
import { meetingKindLabel, meetingStatusLabel } from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('dashboard.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const query = DashboardQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const dashboard = await getDashboard({
    userId: user.id,
    onlyMyCouncils: query.raden === 'mijn',
    settings: await getSettings(),
  })
  return { name: user.name, openFollowUps: dashboard.myActions.total, ...dashboard }
}

const linkClass = 'text-brand-700 underline hover:text-brand-900'

// Returns "1 week" or "{count} weken".
const weeks = (count: number) => (count === 1 ? t('dashboard.week') : t('dashboard.weeks', { count }))

// Returns "1 maand" or "{count} maanden".
const months = (count: number) => (count === 1 ? t('dashboard.month') : t('dashboard.months', { count }))

// Returns how far a deadline is from today: "nog 10 dagen", "morgen", "vandaag", "gisteren",
// "3 dagen geleden".
function deadlineDistance(daysLeft: number) {
  if (daysLeft === 0) return t('dashboard.deadlines.today')
  if (daysLeft === 1) return t('dashboard.deadlines.inOneDay')
  if (daysLeft === -1) return t('dashboard.deadlines.oneDayLate')
  return daysLeft > 0
    ? t('dashboard.deadlines.inDays', { count: daysLeft })
    : t('dashboard.deadlines.daysLate', { count: -daysLeft })
}

// One block of the dashboard: a section named by its heading, with an optional intro and
// links at the bottom.
function Block({
  id,
  title,
  intro,
  footer,
  children,
}: {
  id: string
  title: string
  intro?: ReactNode
  footer?: ReactNode
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-md border border-slate-300 p-4">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-700">{intro}</p> : null}
      <div className="mt-3">{children}</div>
      {footer ? <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">{footer}</p> : null}
    </section>
  )
}

// A list of a block; each item a link with details under it.
function List({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-slate-200 border-y border-slate-200">{children}</ul>
}

function Item({ to, label, children }: { to: string; label: string; children?: ReactNode }) {
  return (
    <li className="py-2 break-words">
      <Link to={to} className={`${linkClass} font-medium`}>
        {label}
      </Link>
      {children ? (
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm text-slate-700">{children}</p>
      ) : null}
    </li>
  )
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-slate-700">{children}</p>
}

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')

export default function DashboardPage() {
  const { name, myActions, meetings, deadlines, responses, signals, councils, activities, reference } =
    useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.welcome', { name })} />
      <p className="mb-6 max-w-prose text-slate-700">{t('dashboard.intro')}</p>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Block
          id="mijn-acties"
          title={t('dashboard.myActions.title')}
          footer={
            <Link to="/acties" className={linkClass}>
              {t('dashboard.myActions.all')}
            </Link>
          }
        >
          <p className="mb-2">
            {myActions.total === 1
              ? t('dashboard.myActions.countOne')
              : t('dashboard.myActions.count', { count: myActions.total })}
          </p>
          {myActions.items.length > 0 ? (
            <List>
              {myActions.items.map((followUp) => (
                <Item key={followUp.id} to={followUp.href} label={followUp.description}>
                  {followUp.overdue ? <Badge tone="warning">{t('dashboard.overdue')}</Badge> : null}
                  <span>
                    {followUp.dueDate
                      ? t('dashboard.myActions.due', { date: formatDateOnly(followUp.dueDate) })
                      : t('dashboard.myActions.noDueDate')}
                  </span>
                </Item>
              ))}
            </List>
          ) : null}
        </Block>

        <Block
          id="komende-bijeenkomsten"
          title={t('dashboard.meetings.title')}
          intro={t('dashboard.meetings.intro', { period: weeks(meetings.weeks) })}
          footer={
            <>
              {meetings.total > meetings.items.length ? (
                <span>{t('dashboard.meetings.more', { count: meetings.total - meetings.items.length })}</span>
              ) : null}
              <Link to="/bijeenkomsten" className={linkClass}>
                {t('dashboard.meetings.all')}
              </Link>
              <Link to="/agenda" className={linkClass}>
                {t('dashboard.meetings.calendar')}
              </Link>
            </>
          }
        >
          {meetings.items.length === 0 ? (
            <Empty>{t('dashboard.meetings.none', { period: weeks(meetings.weeks) })}</Empty>
          ) : (
            <List>
              {meetings.items.map((meeting) => (
                <Item key={meeting.id} to={`/bijeenkomsten/${meeting.id}`} label={meeting.title}>
                  {meeting.mine ? <Badge>{t('dashboard.meetings.mine')}</Badge> : null}
                  {meeting.status === 'CONFIRMED' ? (
                    <Badge tone="success">{meetingStatusLabel(meeting.status)}</Badge>
                  ) : null}
                  <span>{formatMeetingWhen(meeting.startsAt, meeting.endsAt)}</span>
                  <span>· {meetingKindLabel(meeting.kind)}</span>
                  {meeting.location ? <span>· {meeting.location}</span> : null}
                </Item>
              ))}
            </List>
          )}
        </Block>

        <Block
          id="adviestermijnen"
          title={t('dashboard.deadlines.title')}
          intro={t('dashboard.deadlines.intro', { days: deadlines.days })}
          footer={
            <Link to="/adviezen" className={linkClass}>
              {t('dashboard.allAdvices')}
            </Link>
          }
        >
          {deadlines.items.length === 0 ? (
            <Empty>{t('dashboard.deadlines.none', { days: deadlines.days })}</Empty>
          ) : (
            <List>
              {deadlines.items.map((advice) => (
                <Item key={advice.id} to={`/adviezen/${advice.id}`} label={advice.title}>
                  {advice.overdue ? <Badge tone="warning">{t('dashboard.overdue')}</Badge> : null}
                  <span>
                    {t('dashboard.deadlines.due', { date: formatDateOnly(advice.deadline) })} (
                    {deadlineDistance(advice.daysLeft)})
                  </span>
                  {advice.councils.length > 0 ? <span>· {names(advice.councils)}</span> : null}
                </Item>
              ))}
            </List>
          )}
        </Block>

        <Block
          id="reacties-college"
          title={t('dashboard.responses.title')}
          intro={t('dashboard.responses.intro', { period: weeks(responses.weeks) })}
          footer={
            <Link to="/adviezen" className={linkClass}>
              {t('dashboard.allAdvices')}
            </Link>
          }
        >
          {responses.items.length === 0 ? (
            <Empty>{t('dashboard.responses.none', { period: weeks(responses.weeks) })}</Empty>
          ) : (
            <List>
              {responses.items.map((advice) => (
                <Item key={advice.id} to={`/adviezen/${advice.id}`} label={advice.title}>
                  <span>
                    {t('dashboard.responses.sent', {
                      date: formatDateOnly(advice.sentOn),
                      period: weeks(advice.weeksWaiting),
                    })}
                  </span>
                  {advice.councils.length > 0 ? <span>· {names(advice.councils)}</span> : null}
                </Item>
              ))}
            </List>
          )}
        </Block>

        <Block
          id="signalen-zonder-terugkoppeling"
          title={t('dashboard.signals.title')}
          intro={t('dashboard.signals.intro', { period: weeks(signals.weeks) })}
          footer={
            <Link to="/signalen?weergave=zonder-terugkoppeling" className={linkClass}>
              {t('dashboard.signals.all', { count: signals.total })}
            </Link>
          }
        >
          {signals.items.length === 0 ? (
            <Empty>{t('dashboard.signals.none')}</Empty>
          ) : (
            <List>
              {signals.items.map((signal) => (
                <Item key={signal.id} to={`/signalen/${signal.id}`} label={signal.title}>
                  {signal.firstForwardedOn ? (
                    <span>
                      {t('dashboard.signals.forwarded', {
                        date: formatDateOnly(signal.firstForwardedOn),
                        period: weeks(signal.weeksWaiting),
                      })}
                    </span>
                  ) : null}
                  {signal.councils.length > 0 ? <span>· {names(signal.councils)}</span> : null}
                </Item>
              ))}
            </List>
          )}
        </Block>

        <Block
          id="raden-zonder-contact"
          title={t('dashboard.councils.title')}
          intro={t('dashboard.councils.intro', { period: months(councils.months) })}
        >
          {councils.hasOwnCouncils ? (
            <nav aria-label={t('dashboard.councils.choice')} className="mb-3 flex gap-4 text-sm">
              {[
                { to: '/', label: t('dashboard.councils.all'), current: !councils.onlyMine },
                { to: '/?raden=mijn', label: t('dashboard.councils.onlyMine'), current: councils.onlyMine },
              ].map((choice) => (
                <Link
                  key={choice.to}
                  to={choice.to}
                  preventScrollReset
                  aria-current={choice.current ? 'true' : undefined}
                  className={choice.current ? 'font-semibold text-slate-900' : linkClass}
                >
                  {choice.label}
                </Link>
              ))}
            </nav>
          ) : null}
          {councils.items.length === 0 ? (
            <Empty>
              {t(councils.onlyMine ? 'dashboard.councils.noneMine' : 'dashboard.councils.none', {
                period: months(councils.months),
              })}
            </Empty>
          ) : (
            <List>
              {councils.items.map((council) => (
                <Item key={council.id} to={`/organisaties/${council.id}`} label={council.name}>
                  {council.mine ? <Badge>{t('dashboard.councils.mine')}</Badge> : null}
                  <span>
                    {t('dashboard.councils.lastContact', {
                      date: council.lastContact
                        ? formatDutchDay(council.lastContact)
                        : t('dashboard.councils.never'),
                    })}
                  </span>
                  {council.responsibleUserName && !council.mine ? (
                    <span>
                      · {t('dashboard.councils.responsible', { name: council.responsibleUserName })}
                    </span>
                  ) : null}
                </Item>
              ))}
            </List>
          )}
        </Block>

        <Block
          id="recente-activiteit"
          title={t('dashboard.activities.title')}
          footer={
            <Link to="/activiteiten" className={linkClass}>
              {t('dashboard.activities.all')}
            </Link>
          }
        >
          {activities.length === 0 ? (
            <Empty>{t('dashboard.activities.none')}</Empty>
          ) : (
            <List>
              {activities.map((activity) => (
                <Item key={activity.id} to={`/activiteiten/${activity.id}`} label={activity.summary}>
                  <span>{formatDutchDay(activity.occurredAt)}</span>
                  <span>· {activityTypeLabel(activity.kind, activity.subtype)}</span>
                </Item>
              ))}
            </List>
          )}
        </Block>
      </div>

      <section aria-labelledby="basisgegevens" className="mt-8 text-sm text-slate-700">
        <h2 id="basisgegevens" className="font-semibold text-slate-900">
          {t('dashboard.referenceData')}
        </h2>
        <dl className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {[
            { label: t('dashboard.municipalities'), value: reference.municipalities, to: '/gemeenten' },
            { label: t('dashboard.themes'), value: reference.themes, to: '/themas' },
          ].map((item) => (
            <div key={item.label} className="flex gap-1">
              <dt>
                <Link to={item.to} className={linkClass}>
                  {item.label}
                </Link>
                :
              </dt>
              <dd className="font-semibold">{item.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
