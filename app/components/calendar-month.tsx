import { Link } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'
import { CalendarDayList, type CalendarDayView, CalendarEntry } from './calendar-entries.tsx'

export type CalendarMonthView = {
  title: string
  previous: { title: string; href: string } | null
  next: { title: string; href: string } | null
  /** The link back to the current month, when another month is shown. */
  current: { href: string } | null
  weekdays: { long: string; short: string }[]
  weeks: (CalendarDayView & { date: number; inMonth: boolean })[][]
}

// The month as a table, Monday first, with links to the months before and after; on a
// narrow screen the days of the month that have items, as a list.
export function CalendarMonth({ month }: { month: CalendarMonthView }) {
  const daysWithEntries = month.weeks.flat().filter((day) => day.inMonth && day.entries.length > 0)
  return (
    <section aria-labelledby="calendar-month-title" className="space-y-4">
      <nav
        aria-label={t('calendar.monthNavigation')}
        className="grid grid-cols-2 items-center gap-3 md:grid-cols-[1fr_auto_1fr]"
      >
        <div className="col-span-2 flex flex-wrap items-baseline justify-center gap-3 md:order-2 md:col-span-1">
          <h2 id="calendar-month-title" className="text-xl font-semibold first-letter:uppercase">
            {month.title}
          </h2>
          {month.current ? (
            <Link to={month.current.href} className="text-sm text-brand-700 underline">
              {t('calendar.thisMonth')}
            </Link>
          ) : null}
        </div>
        <div className="md:order-1">
          {month.previous ? (
            <Link
              to={month.previous.href}
              rel="prev"
              className="text-brand-700 underline"
              aria-label={t('calendar.previousMonthLabel', { month: month.previous.title })}
            >
              ← {month.previous.title}
            </Link>
          ) : null}
        </div>
        <div className="text-right md:order-3">
          {month.next ? (
            <Link
              to={month.next.href}
              rel="next"
              className="text-brand-700 underline"
              aria-label={t('calendar.nextMonthLabel', { month: month.next.title })}
            >
              {month.next.title} →
            </Link>
          ) : null}
        </div>
      </nav>

      <div className="hidden md:block">
        <table className="w-full table-fixed border-collapse">
          <caption className="sr-only">{t('calendar.monthCaption', { month: month.title })}</caption>
          <thead>
            <tr>
              {month.weekdays.map((weekday) => (
                <th
                  key={weekday.long}
                  scope="col"
                  abbr={weekday.short}
                  className="border border-slate-300 bg-slate-100 px-2 py-1 text-left text-sm font-semibold"
                >
                  {weekday.long}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr key={week[0]?.day}>
                {week.map((day) => (
                  <td
                    key={day.day}
                    aria-current={day.isToday ? 'date' : undefined}
                    className={`h-28 border border-slate-300 p-1 align-top ${
                      day.isToday ? 'bg-brand-50 outline-2 -outline-offset-2 outline-brand-700' : ''
                    } ${day.inMonth ? '' : 'bg-slate-50 text-slate-500'}`}
                  >
                    <p className="mb-1 text-right text-sm">
                      <span
                        aria-hidden="true"
                        className={
                          day.isToday
                            ? 'inline-block min-w-6 rounded-full bg-brand-700 px-1 text-center font-semibold text-white'
                            : ''
                        }
                      >
                        {day.date}
                      </span>
                      <span className="sr-only">
                        {day.title}
                        {day.isToday ? `, ${t('calendar.today')}` : ''}
                      </span>
                    </p>
                    {day.entries.length > 0 ? (
                      <ul className="space-y-1">
                        {day.entries.map((entry) => (
                          <CalendarEntry key={entry.key} entry={entry} compact />
                        ))}
                      </ul>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="md:hidden">
        {daysWithEntries.length > 0 ? (
          <CalendarDayList days={daysWithEntries} />
        ) : (
          <p>{t('calendar.noEntriesMonth', { month: month.title })}</p>
        )}
      </div>
    </section>
  )
}
