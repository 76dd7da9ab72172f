import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { ActivityListQuerySchema } from '~/models/activity/activity.schema.ts'
import { getActivityFilterOptions, listActivities } from '~/models/activity/activity.server.ts'
import { activityKindOptions, activityTypeLabel } from '~/models/activity/activity-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateTime, parseDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('activity.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const query = ActivityListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [list, options] = await Promise.all([
    listActivities({
      kind: query.soort,
      organisationId: query.organisatie,
      personId: query.persoon,
      themeId: query.thema,
      authorId: query.auteur,
      from: query.van ? parseDateOnly(query.van) : null,
      to: query.tot ? parseDateOnly(query.tot) : null,
      q: query.q,
      page: query.pagina,
    }),
    getActivityFilterOptions(),
  ])
  return {
    query: { ...query, pagina: list.page },
    ...list,
    options,
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the list URL for the same filters on another page.
function pageHref(query: Record<string, string | number | undefined>, page: number) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && key !== 'pagina') params.set(key, String(value))
  }
  params.set('pagina', String(page))
  return `?${params}`
}

export default function Activities() {
  const { query, activities, total, page, pageCount, options, canCreate, canExport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('activity.any') }
  const choices = (items: { id: string; name: string }[]) => [
    any,
    ...items.map((item) => ({ value: item.id, label: item.name })),
  ]
  return (
    <>
      <PageHeader
        title={t('activity.listTitle')}
        intro={t('activity.listIntro')}
        actions={
          canCreate ? (
            <>
              <Link to="/activiteiten/snel" className={buttonClass('secondary')}>
                {t('activity.quickNew')}
              </Link>
              <Link to="/activiteiten/nieuw" className={buttonClass('primary')}>
                {t('activity.new')}
              </Link>
            </>
          ) : undefined
        }
      />
      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('activity.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <TextField label={t('activity.filterText')} name="q" type="search" defaultValue={query.q} />
          <SelectField
            label={t('activity.filterKind')}
            name="soort"
            defaultValue={query.soort ?? ''}
            options={[any, ...activityKindOptions()]}
          />
          <SelectField
            label={t('activity.filterOrganisation')}
            name="organisatie"
            defaultValue={query.organisatie ?? ''}
            options={choices(options.organisations)}
          />
          <SelectField
            label={t('activity.filterPerson')}
            name="persoon"
            defaultValue={query.persoon ?? ''}
            options={choices(options.people)}
          />
          <SelectField
            label={t('activity.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={choices(options.themes)}
          />
          <SelectField
            label={t('activity.filterAuthor')}
            name="auteur"
            defaultValue={query.auteur ?? ''}
            options={choices(options.authors)}
          />
          <TextField label={t('activity.filterFrom')} name="van" type="date" defaultValue={query.van ?? ''} />
          <TextField label={t('activity.filterTo')} name="tot" type="date" defaultValue={query.tot ?? ''} />
          <div className="flex items-end gap-3">
            <Button>{t('activity.applyFilters')}</Button>
            <Link to="/activiteiten" className={buttonClass('link')}>
              {t('activity.resetFilters')}
            </Link>
          </div>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/activiteiten/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
        </p>
      ) : null}

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('activity.countOne') : t('activity.count', { count: total })}
      </p>
      {activities.length === 0 ? (
        <p>{t('activity.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('activity.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('activity.columnWhen')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('activity.columnKind')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('activity.summary')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('activity.organisations')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('activity.author')}
                </th>
              </tr>
            </thead>
            <tbody>
              {activities.map((activity) => (
                <tr key={activity.id} className="border-b border-slate-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-4">{formatDateTime(activity.occurredAt)}</td>
                  <td className="py-2 pr-4">{activityTypeLabel(activity.kind, activity.subtype)}</td>
                  <td className="py-2 pr-4">
                    <Link to={`/activiteiten/${activity.id}`} className="text-brand-700 underline">
                      {activity.summary}
                    </Link>
                    {activity.openFollowUps > 0 ? (
                      <>
                        {' '}
                        <Badge tone="warning">
                          {t('activity.openFollowUps', { count: activity.openFollowUps })}
                        </Badge>
                      </>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">
                    {activity.organisations.map((organisation, index) => (
                      <span key={organisation.id}>
                        {index > 0 ? ', ' : ''}
                        <Link to={`/organisaties/${organisation.id}`} className="text-brand-700 underline">
                          {organisation.name}
                        </Link>
                      </span>
                    ))}
                  </td>
                  <td className="py-2 pr-4">{activity.author.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => pageHref(query, n)} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
