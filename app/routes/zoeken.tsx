import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { SearchResultGroups } from '~/components/search-results.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { CheckboxGroup, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { localMoment } from '~/models/activity/occurred-at.ts'
import { listSearchFilterOptions, search } from '~/models/search/search.server.ts'
import { MAX_QUERY_LENGTH, SEARCH_KINDS, type SearchKind } from '~/models/search/search-query.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('search.title')} · ${t('app.name')}` }]

// The search's parameters from the URL; a value that makes no sense falls back.
const SearchQuerySchema = z.object({
  q: z
    .string()
    .catch('')
    .default('')
    .transform((q) => q.slice(0, MAX_QUERY_LENGTH)),
  soort: z.array(z.enum(SEARCH_KINDS)).catch([]).default([]),
  thema: z.string().max(64).optional().catch(undefined),
  gemeente: z.string().max(64).optional().catch(undefined),
  van: z.string().max(32).optional().catch(undefined),
  tot: z.string().max(32).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

const DAY_MS = 86_400_000

type PeriodError = { error: 'search.badDate' | 'search.badPeriod'; field: 'van' | 'tot' }

// Returns the period of the filter, or the message that says why it is not used and the
// field it belongs to.
function parsePeriod(
  van: string | undefined,
  tot: string | undefined,
): PeriodError | { from?: Date; to?: Date } {
  const from = van ? parseDateOnly(van) : null
  const toDay = tot ? parseDateOnly(tot) : null
  if (van && !from) return { error: 'search.badDate', field: 'van' }
  if (tot && !toDay) return { error: 'search.badDate', field: 'tot' }
  if (from && toDay && from > toDay) return { error: 'search.badPeriod', field: 'van' }
  // Whole Dutch days: an activity at 00:30 Dutch time belongs to that day, not the one before.
  return {
    from: from ? localMoment(from, '00:00') : undefined,
    to: toDay ? localMoment(new Date(toDay.getTime() + DAY_MS), '00:00') : undefined,
  }
}

// Returns a day from the URL as a date field's value: '' for no day or one that does not
// exist (a date field cannot show it, and the message beside the field says why).
function dateInputValue(day: string | undefined) {
  return day && parseDateOnly(day) ? day : ''
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = SearchQuerySchema.parse({
    ...Object.fromEntries(url.searchParams),
    soort: url.searchParams.getAll('soort'),
  })
  const period = parsePeriod(query.van || undefined, query.tot || undefined)
  const [result, options] = await Promise.all([
    search({
      q: query.q,
      kinds: query.soort,
      themeId: query.thema || undefined,
      municipalityId: query.gemeente || undefined,
      from: 'error' in period ? undefined : period.from,
      to: 'error' in period ? undefined : period.to,
      page: query.pagina,
    }),
    listSearchFilterOptions(),
  ])
  const periodError = 'error' in period ? { error: period.error, field: period.field } : null
  return { query, result, options, periodError }
}

// Returns the search URL for the same query and filters with some parameters replaced.
function searchHref(
  query: z.output<typeof SearchQuerySchema>,
  changes: { pagina?: number; soort?: SearchKind[] },
) {
  const params = new URLSearchParams()
  params.set('q', query.q)
  for (const kind of changes.soort ?? query.soort) params.append('soort', kind)
  for (const key of ['thema', 'gemeente', 'van', 'tot'] as const) {
    const value = query[key]
    if (value) params.set(key, value)
  }
  if (changes.pagina && changes.pagina > 1) params.set('pagina', String(changes.pagina))
  return `/zoeken?${params}`
}

export default function Search() {
  const { query, result, options, periodError } = useLoaderData<typeof loader>()
  const any = { value: '', label: t('search.any') }
  const kinds = query.soort.length > 0 ? query.soort : SEARCH_KINDS
  return (
    <>
      <PageHeader title={t('search.title')} />
      <Form
        key={JSON.stringify({ ...query, pagina: undefined })}
        method="get"
        className="mb-6 space-y-4 rounded-md border border-slate-300 bg-slate-50 p-4"
      >
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-64 flex-1">
            <TextField
              label={t('search.queryLabel')}
              name="q"
              type="search"
              maxLength={MAX_QUERY_LENGTH}
              defaultValue={query.q}
            />
          </div>
          <Button>{t('search.submit')}</Button>
        </div>
        <details
          open={query.soort.length > 0 || Boolean(query.thema || query.gemeente || query.van || query.tot)}
        >
          <summary className="cursor-pointer font-medium">{t('search.filters')}</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <div className="sm:col-span-2 lg:col-span-4">
              <CheckboxGroup
                label={t('search.filterKind')}
                name="soort"
                columns={3}
                selected={query.soort}
                options={SEARCH_KINDS.map((kind) => ({
                  value: kind,
                  label: t(`search.kind.${kind}` as MessageKey),
                }))}
              />
            </div>
            <SelectField
              label={t('search.filterTheme')}
              name="thema"
              defaultValue={query.thema ?? ''}
              options={[any, ...options.themes.map((theme) => ({ value: theme.id, label: theme.name }))]}
            />
            <SelectField
              label={t('search.filterMunicipality')}
              name="gemeente"
              defaultValue={query.gemeente ?? ''}
              options={[any, ...options.municipalities.map((m) => ({ value: m.id, label: m.name }))]}
            />
            <TextField
              label={t('search.filterFrom')}
              name="van"
              type="date"
              defaultValue={dateInputValue(query.van)}
              hint={t('search.periodHint')}
              errors={periodError?.field === 'van' ? [periodError.error] : undefined}
            />
            <TextField
              label={t('search.filterTo')}
              name="tot"
              type="date"
              defaultValue={dateInputValue(query.tot)}
              errors={periodError?.field === 'tot' ? [periodError.error] : undefined}
            />
          </div>
          <p className="mt-3">
            <Link to={`/zoeken?${new URLSearchParams({ q: query.q })}`} className={buttonClass('link')}>
              {t('search.resetFilters')}
            </Link>
          </p>
        </details>
      </Form>

      {!result.searched ? (
        <p className="max-w-prose text-slate-700">{t('search.emptyIntro')}</p>
      ) : result.total === 0 && Object.values(result.counts).every((count) => count === 0) ? (
        <p role="status">{t('search.noResults', { q: query.q })}</p>
      ) : (
        <>
          {result.approximate ? <p className="mb-2">{t('search.approximate', { q: query.q })}</p> : null}
          <p role="status" className="mb-2 text-slate-700">
            {result.total === 1
              ? t('search.countOne', { q: query.q })
              : t('search.count', { count: result.total, q: query.q })}
          </p>
          <nav aria-label={t('search.countsLabel')} className="mb-4">
            <ul className="flex flex-wrap gap-3 text-sm">
              {SEARCH_KINDS.filter((kind) => result.counts[kind] > 0).map((kind) => (
                <li key={kind}>
                  <Link
                    to={searchHref(query, { soort: [kind] })}
                    className="text-brand-700 underline"
                    aria-current={query.soort.length === 1 && query.soort[0] === kind ? 'page' : undefined}
                  >
                    {t('search.kindCount', {
                      kind: t(`search.kind.${kind}` as MessageKey),
                      count: result.counts[kind],
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SearchResultGroups hits={result.hits} kinds={kinds} counts={result.counts} />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            hrefFor={(page) => searchHref(query, { pagina: page })}
          />
        </>
      )}
    </>
  )
}
