import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { Badge } from './ui/badge.tsx'

/** One item of the agenda as the loader hands it over, every text already in Dutch. */
export type CalendarEntryView = {
  key: string
  type: 'meeting' | 'followUp'
  time: string | null
  endTime: string | null
  href: string
  title: string
  label: string
  statusLabel: string | null
  cancelled: boolean
  overdue: boolean
  location: string | null
  assigneeName: string | null
}

/** A calendar day with its items. */
export type CalendarDayView = { day: string; title: string; isToday: boolean; entries: CalendarEntryView[] }

// One meeting or follow-up: a link to its page with when and what. A cancelled meeting is
// struck through and says "Afgelast" in words, which a screen reader announces.
export function CalendarEntry({ entry, compact = false }: { entry: CalendarEntryView; compact?: boolean }) {
  const when =
    entry.type === 'meeting'
      ? compact
        ? entry.time
        : t('calendar.timeRange', { start: entry.time ?? '', end: entry.endTime ?? '' })
      : `${entry.label}:`
  // A title such as "Provinciale uitwisselingsbijeenkomst" already says its kind.
  const sayKind = entry.type === 'meeting' && !entry.title.toLowerCase().includes(entry.label.toLowerCase())
  const details = [
    sayKind ? entry.label : null,
    entry.type === 'meeting' && !compact ? entry.location : null,
    entry.assigneeName ? t('calendar.assignee', { name: entry.assigneeName }) : null,
  ].filter(Boolean)
  const tone =
    entry.type === 'followUp'
      ? 'border-amber-600'
      : entry.cancelled
        ? 'border-slate-400 text-slate-600'
        : 'border-brand-700'
  return (
    <li className={`border-l-4 pl-2 ${tone} ${compact ? 'text-xs' : ''}`}>
      <Link to={entry.href} className={`text-brand-700 underline ${entry.cancelled ? 'line-through' : ''}`}>
        <span className="font-semibold">{when}</span> {entry.title}
      </Link>
      <span className="block text-slate-700">
        {details.join(' · ')}
        {entry.type === 'meeting' && entry.statusLabel ? (
          <>
            {details.length > 0 ? ' · ' : null}
            {entry.cancelled ? (
              <strong className="font-semibold text-slate-900">{entry.statusLabel}</strong>
            ) : (
              entry.statusLabel
            )}
          </>
        ) : null}
        {entry.overdue ? (
          <>
            {' '}
            <Badge tone="warning">{t('followUp.overdue')}</Badge>
          </>
        ) : null}
      </span>
    </li>
  )
}

// Days under one another, each with its heading and items: the list view, and the month
// view on a narrow screen.
export function CalendarDayList({ days }: { days: CalendarDayView[] }) {
  return (
    <ol className="space-y-5">
      {days.map((day) => (
        <li key={day.day} aria-current={day.isToday ? 'date' : undefined}>
          <h3 className="mb-2 border-b border-slate-200 pb-1 font-semibold first-letter:uppercase">
            {day.title}
            {day.isToday ? (
              <>
                {' '}
                <Badge tone="success">{t('calendar.today')}</Badge>
              </>
            ) : null}
          </h3>
          <ul className="space-y-2">
            {day.entries.map((entry) => (
              <CalendarEntry key={entry.key} entry={entry} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
