import { Form, Link } from '@remix-run/react'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { Button } from './ui/button.tsx'
import { SelectField } from './ui/field.tsx'

type Option = { value: string; label: string }

export type TimelineProps = {
  subject: 'organisation' | 'person'
  entries: {
    key: string
    href: string
    at: Date
    dateOnly: boolean
    label: string
    title: string
    details: string[]
    themes: { id: string; name: string }[]
  }[]
  filter: { kind?: string; themeId?: string }
  kindOptions: Option[]
  themeOptions: Option[]
  page: number
  pageCount: number
}

// Returns the query string for another page of the timeline with the same filters.
function pageSearch(filter: TimelineProps['filter'], page: number) {
  const params = new URLSearchParams()
  if (filter.kind) params.set('tijdlijnSoort', filter.kind)
  if (filter.themeId) params.set('tijdlijnThema', filter.themeId)
  params.set('tijdlijnPagina', String(page))
  return `?${params}#tijdlijn`
}

// Everything linked to an organisation or person, newest first, filterable by kind and theme.
export function Timeline({
  subject,
  entries,
  filter,
  kindOptions,
  themeOptions,
  page,
  pageCount,
}: TimelineProps) {
  const filtered = Boolean(filter.kind || filter.themeId)
  return (
    <section aria-labelledby="tijdlijn" className="space-y-3">
      <h2 id="tijdlijn" className="text-lg font-semibold">
        {t('timeline.title')}
      </h2>
      <p className="text-sm text-slate-700">
        {t('timeline.intro', { subject: t(`timeline.subject.${subject}`) })}
      </p>
      <Form
        method="get"
        preventScrollReset
        key={`${filter.kind ?? ''}|${filter.themeId ?? ''}`}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="w-48">
          <SelectField
            label={t('timeline.filterKind')}
            name="tijdlijnSoort"
            defaultValue={filter.kind ?? ''}
            options={kindOptions}
          />
        </div>
        <div className="w-64">
          <SelectField
            label={t('timeline.filterTheme')}
            name="tijdlijnThema"
            defaultValue={filter.themeId ?? ''}
            options={[{ value: '', label: t('timeline.any') }, ...themeOptions]}
          />
        </div>
        <Button variant="secondary">{t('timeline.apply')}</Button>
      </Form>
      {entries.length === 0 ? (
        <p className="text-slate-700">{filtered ? t('timeline.emptyFiltered') : t('timeline.empty')}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
          {entries.map((entry) => (
            <li key={entry.key}>
              <p className="text-sm text-slate-700">
                <time dateTime={new Date(entry.at).toISOString()}>
                  {entry.dateOnly ? formatDateOnly(entry.at) : formatDateTime(entry.at)}
                </time>{' '}
                · {entry.label}
              </p>
              <Link to={entry.href} className="font-medium text-brand-700 underline">
                {entry.title}
              </Link>
              {entry.details.length > 0 ? (
                <p className="text-sm text-slate-700">{entry.details.join(' · ')}</p>
              ) : null}
              {entry.themes.length > 0 ? (
                <p className="text-sm text-slate-600">{entry.themes.map((theme) => theme.name).join(', ')}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 ? (
        <nav aria-label={t('timeline.pagination')} className="flex items-center gap-4">
          {page > 1 ? (
            <Link to={pageSearch(filter, page - 1)} preventScrollReset className="text-brand-700 underline">
              {t('timeline.previous')}
            </Link>
          ) : null}
          <span>{t('timeline.page', { page, pages: pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageSearch(filter, page + 1)} preventScrollReset className="text-brand-700 underline">
              {t('timeline.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  )
}
