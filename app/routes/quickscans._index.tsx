import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { type ScanListQuery, ScanListQuerySchema } from '~/models/quickscan/scan.schema.ts'
import { listScanMunicipalities, listScans } from '~/models/quickscan/scan.server.ts'
import { scanStatusLabel, scanStatusOptions, scanStatusTone } from '~/models/quickscan/scan-status.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('quickscan.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const query = ScanListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const [list, municipalities] = await Promise.all([listScans(query), listScanMunicipalities()])
  return {
    query,
    total: list.total,
    pageCount: list.pageCount,
    scans: list.scans.map((scan) => ({
      id: scan.id,
      title: scan.title,
      status: scan.status,
      municipality: scan.municipality.name,
      councils: scan.councils.map((council) => council.name).join(', '),
      period: t('quickscan.period', {
        from: formatDateOnly(scan.opensOn),
        to: formatDateOnly(scan.closesOn),
      }),
      responses: scan.responses,
    })),
    municipalities: municipalities.map((municipality) => ({
      value: municipality.id,
      label: municipality.name,
    })),
    canCreate: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overview URL for the same filters with some values replaced.
function hrefWith(
  query: Partial<ScanListQuery>,
  changes: Partial<Record<keyof ScanListQuery, string | number>>,
) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina: undefined, ...changes })) {
    if (value === undefined || value === '' || (key === 'pagina' && value === 1)) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/quickscans'
}

export default function QuickScans() {
  const { query, total, pageCount, scans, municipalities, canCreate } = useLoaderData<typeof loader>()
  const any = { value: '', label: t('quickscan.any') }
  return (
    <>
      <PageHeader
        title={t('quickscan.listTitle')}
        intro={t('quickscan.listIntro')}
        actions={
          <>
            <Link to="/quickscans/vragenlijsten" className={buttonClass('secondary')}>
              {t('questionnaire.listTitle')}
            </Link>
            {canCreate ? (
              <Link to="/quickscans/nieuw" className={buttonClass('primary')}>
                {t('quickscan.new')}
              </Link>
            ) : null}
          </>
        }
      />
      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('quickscan.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('quickscan.filterStatus')}
            name="status"
            defaultValue={query.status ?? ''}
            options={[any, ...scanStatusOptions()]}
          />
          <SelectField
            label={t('quickscan.filterMunicipality')}
            name="gemeente"
            defaultValue={query.gemeente ?? ''}
            options={[any, ...municipalities]}
          />
        </div>
        <div className="mt-3 flex items-center gap-3">
          <Button>{t('quickscan.applyFilters')}</Button>
          <Link to="/quickscans" className={buttonClass('link')}>
            {t('quickscan.resetFilters')}
          </Link>
        </div>
      </Form>
      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('quickscan.countOne') : t('quickscan.count', { count: total })}
      </p>
      {scans.length === 0 ? (
        <p>{t('quickscan.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('quickscan.listTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnScan')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnMunicipality')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnCouncils')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnPeriod')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnStatus')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('quickscan.columnResponses')}
                </th>
              </tr>
            </thead>
            <tbody>
              {scans.map((scan) => (
                <tr key={scan.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/quickscans/${scan.id}`} className="text-brand-700 underline">
                      {scan.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{scan.municipality}</td>
                  <td className="py-2 pr-4">{scan.councils}</td>
                  <td className="py-2 pr-4">{scan.period}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={scanStatusTone(scan.status)}>{scanStatusLabel(scan.status)}</Badge>
                  </td>
                  <td className="py-2 pr-4 text-sm">
                    {t('quickscan.responsesShort', {
                      council: scan.responses.COUNCIL,
                      municipality: scan.responses.MUNICIPALITY,
                    })}
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

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
