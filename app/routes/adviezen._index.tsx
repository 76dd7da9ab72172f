import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { AdviceFigures } from '~/components/advice-figures.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { localToday } from '~/models/activity/occurred-at.ts'
import { type AdviceListQuery, AdviceListQuerySchema } from '~/models/advice/advice.schema.ts'
import { getAdviceFigures, getAdviceFilterOptions, listAdvices } from '~/models/advice/advice.server.ts'
import {
  adviceStatusFilterOptions,
  adviceStatusLabel,
  adviceStatusTone,
  adviceTypeLabel,
  adviceTypeOptions,
  responseOutcomeLabel,
  responseOutcomeTone,
} from '~/models/advice/advice-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, parseDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('advice.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = AdviceListQuerySchema.parse(Object.fromEntries(url.searchParams))
  const [list, filterOptions, figures] = await Promise.all([
    listAdvices(query),
    getAdviceFilterOptions(),
    // The figures follow the filters that make sense for them: council, theme, type,
    // municipality and the period (by the day an advice was sent).
    getAdviceFigures({
      organisationId: query.raad,
      themeId: query.thema,
      type: query.type,
      municipalityId: query.gemeente,
      from: query.van ? parseDateOnly(query.van) : null,
      to: query.tot ? parseDateOnly(query.tot) : null,
    }),
  ])
  return {
    query,
    ...list,
    filterOptions,
    figures,
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overview URL for the same filters with some values replaced.
function hrefWith(query: AdviceListQuery, changes: Partial<Record<keyof AdviceListQuery, string | number>>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina: undefined, ...changes })) {
    if (value === undefined || value === '') continue
    if (key === 'pagina' && value === 1) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/adviezen'
}

export default function Advices() {
  const { query, total, pageCount, advices, filterOptions, figures, canCreate, canExport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('advice.any') }
  const named = (items: { id: string; name: string }[]) =>
    items.map((item) => ({ value: item.id, label: item.name }))
  return (
    <>
      <PageHeader
        title={t('advice.listTitle')}
        intro={t('advice.listIntro')}
        actions={
          <>
            <Link to="/adviezen/bibliotheek" className={buttonClass('secondary')}>
              {t('advice.library')}
            </Link>
            {canCreate ? (
              <Link to="/adviezen/nieuw" className={buttonClass('primary')}>
                {t('advice.new')}
              </Link>
            ) : null}
          </>
        }
      />

      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('advice.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            label={t('advice.filterStatus')}
            name="status"
            defaultValue={query.status ?? ''}
            options={[any, ...adviceStatusFilterOptions()]}
          />
          <SelectField
            label={t('advice.filterType')}
            name="type"
            defaultValue={query.type ?? ''}
            options={[any, ...adviceTypeOptions()]}
          />
          <SelectField
            label={t('advice.filterCouncil')}
            name="raad"
            defaultValue={query.raad ?? ''}
            options={[any, ...named(filterOptions.councils)]}
          />
          <SelectField
            label={t('advice.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...named(filterOptions.themes)]}
          />
          <SelectField
            label={t('advice.filterMunicipality')}
            name="gemeente"
            defaultValue={query.gemeente ?? ''}
            options={[any, ...named(filterOptions.municipalities)]}
          />
          <SelectField
            label={t('advice.filterJoint')}
            name="gezamenlijk"
            defaultValue={query.gezamenlijk ?? ''}
            options={[
              any,
              { value: 'ja', label: t('advice.filterJointYes') },
              { value: 'nee', label: t('advice.filterJointNo') },
            ]}
          />
          <TextField label={t('advice.filterFrom')} name="van" type="date" defaultValue={query.van ?? ''} />
          <TextField label={t('advice.filterTo')} name="tot" type="date" defaultValue={query.tot ?? ''} />
        </div>
        <p className="mt-2 text-sm text-slate-600">{t('advice.filterPeriodHint')}</p>
        <div className="mt-3 flex items-center gap-3">
          <Button>{t('advice.applyFilters')}</Button>
          <Link to="/adviezen" className={buttonClass('link')}>
            {t('advice.resetFilters')}
          </Link>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/adviezen/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
        </p>
      ) : null}

      <div className="mb-8">
        <AdviceFigures figures={figures} id="figures" />
      </div>

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('advice.countOne') : t('advice.count', { count: total })}
      </p>
      {advices.length === 0 ? (
        <p>{t('advice.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('advice.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('advice.title')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('advice.councilsLegend')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('advice.status')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('advice.date')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('advice.outcome')}
                </th>
              </tr>
            </thead>
            <tbody>
              {advices.map((advice) => (
                <tr
                  key={advice.id}
                  className={`border-b border-slate-200 align-top ${advice.deadlineOverdue ? 'bg-amber-50' : ''}`}
                >
                  <td className="py-2 pr-4">
                    <Link to={`/adviezen/${advice.id}`} className="text-brand-700 underline">
                      {advice.title}
                    </Link>
                    <span className="block text-sm text-slate-700">
                      {adviceTypeLabel(advice.type)}
                      {advice.themes.length > 0
                        ? ` · ${advice.themes.map((theme) => theme.name).join(', ')}`
                        : ''}
                    </span>
                  </td>
                  <td className="py-2 pr-4">
                    {advice.joint ? (
                      <span className="mb-1 block">
                        <Badge tone="success">{t('advice.joint')}</Badge>
                      </span>
                    ) : null}
                    {advice.councils.map((council) => council.name).join(', ')}
                  </td>
                  <td className="py-2 pr-4">
                    <Badge tone={adviceStatusTone(advice.status)}>{adviceStatusLabel(advice.status)}</Badge>
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {advice.sentOn ? (
                      t('advice.sentOnShort', { date: formatDateOnly(advice.sentOn) })
                    ) : advice.deadline ? (
                      <>
                        {t('advice.deadlineShort', { date: formatDateOnly(advice.deadline) })}
                        {advice.deadlineOverdue ? (
                          <span className="block">
                            <Badge tone="warning">{t('advice.deadlineOverdue')}</Badge>
                          </span>
                        ) : null}
                      </>
                    ) : (
                      t('advice.createdShort', {
                        date: formatDateOnly(localToday(new Date(advice.createdAt))),
                      })
                    )}
                  </td>
                  <td className="py-2 pr-4">
                    {advice.responseOutcome ? (
                      <Badge tone={responseOutcomeTone(advice.responseOutcome)}>
                        {responseOutcomeLabel(advice.responseOutcome)}
                      </Badge>
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
