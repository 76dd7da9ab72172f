import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { MEMBERSHIP_ROLES } from '~/models/organisation/organisation-types.ts'
import { listOrganisationChoices } from '~/models/person/membership.server.ts'
import { membershipRoleLabel, membershipRoleOptions } from '~/models/person/membership-roles.ts'
import { listPeople } from '~/models/person/person.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { formatPhone } from '~/utils/validation.ts'

export const meta: MetaFunction = () => [{ title: `${t('people.title')} · ${t('app.name')}` }]

const SEARCH_MAX = 100

// The list's state in the URL (?q=…&organisatie=…&rol=…&pagina=…); anything odd falls back.
const PeopleSearchSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, SEARCH_MAX)),
  organisatie: z.string().trim().max(64).catch(''),
  rol: z.enum(MEMBERSHIP_ROLES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(1_000_000).catch(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const search = PeopleSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const organisations = await listOrganisationChoices()
  // Filtering on an organisation that is not in the select would be a filter the user cannot see.
  const organisationId = organisations.some((organisation) => organisation.id === search.organisatie)
    ? search.organisatie
    : ''
  const role = search.rol ?? ''
  const list = await listPeople({
    q: search.q,
    organisationId: organisationId || null,
    role: role || null,
    page: search.pagina,
  })
  return {
    ...list,
    filters: { q: search.q, organisationId, role },
    organisations: organisations.map(({ id, name }) => ({ id, name })),
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
    canImport: hasRole(user.role, 'coordinator'),
  }
}

type Filters = { q: string; organisationId: string; role: string }

// Returns the list's URL for these filters and page, leaving out what is empty.
function listHref(filters: Filters, page: number) {
  const params = new URLSearchParams()
  if (filters.q) params.set('q', filters.q)
  if (filters.organisationId) params.set('organisatie', filters.organisationId)
  if (filters.role) params.set('rol', filters.role)
  if (page > 1) params.set('pagina', String(page))
  const search = params.toString()
  return search ? `/personen?${search}` : '/personen'
}

export default function People() {
  const { people, total, page, pageCount, filters, organisations, canCreate, canExport, canImport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const filtered = Boolean(filters.q || filters.organisationId || filters.role)
  return (
    <>
      <PageHeader
        title={t('people.title')}
        intro={t('people.intro')}
        actions={
          canCreate ? (
            <Link to="/personen/nieuw" className={buttonClass('primary')}>
              {t('people.new')}
            </Link>
          ) : null
        }
      />
      <section aria-labelledby="people-filters" className="mb-6">
        <h2 id="people-filters" className="sr-only">
          {t('people.filters')}
        </h2>
        <Form
          method="get"
          key={JSON.stringify(filters)}
          className="grid items-end gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_2fr_1fr_auto]"
        >
          <TextField label={t('people.searchLabel')} name="q" type="search" defaultValue={filters.q} />
          <SelectField
            label={t('people.filterOrganisation')}
            name="organisatie"
            defaultValue={filters.organisationId}
            options={[
              { value: '', label: t('people.allOrganisations') },
              ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
            ]}
          />
          <SelectField
            label={t('people.filterRole')}
            name="rol"
            defaultValue={filters.role}
            options={[{ value: '', label: t('people.allRoles') }, ...membershipRoleOptions()]}
          />
          <div className="flex gap-3">
            <Button>{t('people.searchSubmit')}</Button>
            {filtered ? (
              <Link to="/personen" className={buttonClass('secondary')}>
                {t('people.clearFilters')}
              </Link>
            ) : null}
          </div>
        </Form>
      </section>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/personen/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
          <a href={`/personen/lidmaatschappen.csv${search}`} className="text-brand-700 underline">
            {t('export.downloadMemberships')}
          </a>
          {canImport ? (
            <Link to="/beheer/import" className="text-brand-700 underline">
              {t('import.title')}
            </Link>
          ) : null}
        </p>
      ) : null}

      <p className="mb-3 text-slate-700" aria-live="polite">
        {total === 1 ? t('people.countOne') : t('people.countMany', { count: total })}
      </p>
      {people.length === 0 ? (
        <p>{filtered ? t('people.noMatches') : t('people.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('people.title')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('people.name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('people.currentOrganisations')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('people.email')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('people.phone')}
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/personen/${person.id}`} className="text-brand-700 underline">
                      {person.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    {person.memberships.length === 0 ? (
                      <span className="text-slate-600">{t('people.noCurrentOrganisations')}</span>
                    ) : (
                      <ul>
                        {person.memberships.map((membership) => (
                          <li key={membership.id}>
                            {membership.organisation.name}{' '}
                            <span className="text-slate-600">({membershipRoleLabel(membership.role)})</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="py-2 pr-4 break-all">
                    {person.email ? (
                      <a href={`mailto:${person.email}`} className="text-brand-700 underline">
                        {person.email}
                      </a>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {person.phone ? (
                      <a href={`tel:${person.phone}`} className="text-brand-700 underline">
                        {formatPhone(person.phone)}
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(n) => listHref(filters, n)} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
