import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { OrganisationListQuerySchema, SORTS, STATUSES } from '~/models/organisation/organisation.schema.ts'
import { getOrganisationFormOptions, listOrganisations } from '~/models/organisation/organisation.server.ts'
import { organisationTypeLabel, organisationTypeOptions } from '~/models/organisation/organisation-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('organisation.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = OrganisationListQuerySchema.parse(Object.fromEntries(url.searchParams))
  const [list, options] = await Promise.all([listOrganisations(query), getOrganisationFormOptions()])
  return {
    query,
    ...list,
    filterOptions: {
      municipalities: options.municipalities,
      themes: options.themes,
      workers: options.workers,
    },
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
    canImport: hasRole(user.role, 'coordinator'),
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

export default function Organisations() {
  const { query, organisations, total, pageCount, filterOptions, canCreate, canExport, canImport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('organisation.any') }
  return (
    <>
      <PageHeader
        title={t('organisation.listTitle')}
        intro={t('organisation.listIntro')}
        actions={
          canCreate ? (
            <Link to="/organisaties/nieuw" className={buttonClass('primary')}>
              {t('organisation.new')}
            </Link>
          ) : undefined
        }
      />
      <Form
        // A new key when the URL changes, so the fields show the filters in force (also after
        // "Filters wissen" or the back button, which do not reload the page).
        key={JSON.stringify({ ...query, pagina: undefined })}
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('organisation.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <TextField label={t('organisation.filterName')} name="q" type="search" defaultValue={query.q} />
          <SelectField
            label={t('organisation.filterType')}
            name="type"
            defaultValue={query.type ?? ''}
            options={[any, ...organisationTypeOptions()]}
          />
          <SelectField
            label={t('organisation.filterMunicipality')}
            name="gemeente"
            defaultValue={query.gemeente ?? ''}
            options={[any, ...filterOptions.municipalities.map((m) => ({ value: m.id, label: m.name }))]}
          />
          <SelectField
            label={t('organisation.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...filterOptions.themes.map((theme) => ({ value: theme.id, label: theme.name }))]}
          />
          <SelectField
            label={t('organisation.filterWorker')}
            name="opbouwwerker"
            defaultValue={query.opbouwwerker ?? ''}
            options={[
              any,
              ...filterOptions.workers.map((worker) => ({ value: worker.id, label: worker.name })),
            ]}
          />
          <SelectField
            label={t('organisation.filterStatus')}
            name="status"
            defaultValue={query.status}
            options={STATUSES.map((status) => ({ value: status, label: t(`organisation.status.${status}`) }))}
          />
          <SelectField
            label={t('organisation.sort')}
            name="sort"
            defaultValue={query.sort}
            options={SORTS.map((sort) => ({ value: sort, label: t(`organisation.sort.${sort}`) }))}
          />
          <div className="flex items-end gap-3">
            <Button>{t('organisation.applyFilters')}</Button>
            <Link to="/organisaties" className={buttonClass('link')}>
              {t('organisation.resetFilters')}
            </Link>
          </div>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/organisaties/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
          {canImport ? (
            <Link to="/beheer/import" className="text-brand-700 underline">
              {t('import.title')}
            </Link>
          ) : null}
        </p>
      ) : null}

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('organisation.countOne') : t('organisation.count', { count: total })}
      </p>
      {organisations.length === 0 ? (
        <p>{t('organisation.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('organisation.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('organisation.name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('organisation.type')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('organisation.municipalities')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('organisation.responsible')}
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/organisaties/${organisation.id}`} className="text-brand-700 underline">
                      {organisation.name}
                    </Link>{' '}
                    {organisation.active ? null : <Badge>{t('organisation.statusInactive')}</Badge>}
                  </td>
                  <td className="py-2 pr-4">{organisationTypeLabel(organisation.type)}</td>
                  <td className="py-2 pr-4">{organisation.municipalities.map((m) => m.name).join(', ')}</td>
                  <td className="py-2 pr-4">{organisation.responsibleUser?.name ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.pagina} pageCount={pageCount} hrefFor={(n) => pageHref(query, n)} />
    </>
  )
}
