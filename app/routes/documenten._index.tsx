import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { type DocumentListQuery, DocumentListQuerySchema } from '~/models/documents/document.schema.ts'
import { getDocumentFilterOptions, listDocuments } from '~/models/documents/document.server.ts'
import {
  documentDay,
  documentKindLabel,
  documentKindOptions,
  formatFileSize,
  mediaTypeLabel,
} from '~/models/documents/document-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('document.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const query = DocumentListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [list, filterOptions] = await Promise.all([listDocuments(query), getDocumentFilterOptions()])
  return {
    query,
    ...list,
    filterOptions,
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overview URL for the same filters with some values replaced.
function hrefWith(
  query: DocumentListQuery,
  changes: Partial<Record<keyof DocumentListQuery, string | number>>,
) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina: undefined, ...changes })) {
    if (value === undefined || value === '') continue
    if (key === 'pagina' && value === 1) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/documenten'
}

export default function Documents() {
  const { query, total, pageCount, documents, filterOptions, canCreate, canExport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('document.any') }
  const named = (items: { id: string; name: string }[]) =>
    items.map((item) => ({ value: item.id, label: item.name }))
  return (
    <>
      <PageHeader
        title={t('document.listTitle')}
        intro={t('document.listIntro')}
        actions={
          canCreate ? (
            <Link to="/documenten/nieuw" className={buttonClass('primary')}>
              {t('document.new')}
            </Link>
          ) : undefined
        }
      />

      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('document.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <TextField
            label={t('document.filterTitle')}
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            hint={t('document.filterTitleHint')}
          />
          <SelectField
            label={t('document.filterKind')}
            name="soort"
            defaultValue={query.soort ?? ''}
            options={[any, ...documentKindOptions()]}
          />
          <SelectField
            label={t('document.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...named(filterOptions.themes)]}
          />
          <SelectField
            label={t('document.filterOrganisation')}
            name="organisatie"
            defaultValue={query.organisatie ?? ''}
            options={[any, ...named(filterOptions.organisations)]}
          />
          <TextField label={t('document.filterFrom')} name="van" type="date" defaultValue={query.van ?? ''} />
          <TextField label={t('document.filterTo')} name="tot" type="date" defaultValue={query.tot ?? ''} />
        </div>
        <p className="mt-2 text-sm text-slate-600">{t('document.filterPeriodHint')}</p>
        <div className="mt-3 flex items-center gap-3">
          <Button>{t('document.applyFilters')}</Button>
          <Link to="/documenten" className={buttonClass('link')}>
            {t('document.resetFilters')}
          </Link>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/documenten/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
        </p>
      ) : null}

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('document.countOne') : t('document.count', { count: total })}
      </p>
      {documents.length === 0 ? (
        <p>{t('document.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('document.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('document.title')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('document.authorOrganisations')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('document.date')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('document.fileName')}
                </th>
              </tr>
            </thead>
            <tbody>
              {documents.map((document) => (
                <tr key={document.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/documenten/${document.id}`} className="text-brand-700 underline">
                      {document.title}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {documentKindLabel(document.kind)}
                      {document.themes.length > 0
                        ? ` · ${document.themes.map((theme) => theme.name).join(', ')}`
                        : ''}
                    </span>
                  </td>
                  <td className="py-2 pr-4">
                    {document.authors.map((organisation) => organisation.name).join(', ')}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{documentDay(document)}</td>
                  <td className="py-2 pr-4">
                    {document.currentFile ? (
                      <span className="text-sm text-slate-700">
                        {mediaTypeLabel(document.currentFile.mediaType)} ·{' '}
                        {formatFileSize(document.currentFile.size)}
                        {document.currentFile.versionNumber > 1
                          ? ` · ${t('document.versionShort', { version: document.currentFile.versionNumber })}`
                          : ''}
                      </span>
                    ) : null}
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
