import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button } from '~/components/ui/button.tsx'
import { TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { YearReportChart } from '~/components/year-report-chart.tsx'
import { YearReportTable } from '~/components/year-report-table.tsx'
import { dutchYear } from '~/models/report/wi-monitor.ts'
import { getYearReport } from '~/models/report/year-report.server.ts'
import { parsePeriodSearch, type YearReport, type YearReportTableId } from '~/models/report/year-report.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction<typeof loader> = ({ data: page }) => [
  { title: `${page?.report?.title ?? t('reports.yearReport.title')} · ${t('app.name')}` },
]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const now = new Date()
  const search = parsePeriodSearch(new URL(request.url).searchParams, now)
  const thisYear = dutchYear(now)
  const page = {
    search,
    years: [thisYear, thisYear - 1, thisYear - 2],
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
  if (!search.period) return data({ ...page, report: null }, { status: 400 })
  return { ...page, report: await getYearReport({ period: search.period, now }) }
}

function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string
  title: string
  intro?: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className="mb-8 print:mb-6">
      <h2 id={id} className="mb-1 text-xl font-semibold break-after-avoid">
        {title}
      </h2>
      {intro ? <p className="mb-3 max-w-3xl text-slate-700">{intro}</p> : null}
      {children}
    </section>
  )
}

// The choice of period: a year by link or by typing it, or a period of one's own. Both are
// plain GET forms, so they work without JavaScript and the URL can be kept or shared.
function PeriodChooser() {
  const { search, years } = useLoaderData<typeof loader>()
  const { search: query } = useLocation()
  const year = search.mode === 'year' && !search.errors.jaar ? search.input.jaar : null
  return (
    <div className="mb-8 space-y-4 print:hidden">
      <nav aria-label={t('reports.yearReport.periodNav')} className="flex flex-wrap gap-4">
        {years.map((option) => (
          <Link
            key={option}
            to={`?jaar=${option}`}
            aria-current={year === String(option) ? 'page' : undefined}
            className="text-brand-700 underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline"
          >
            {option}
          </Link>
        ))}
      </nav>
      <div key={query} className="flex flex-wrap gap-4">
        <Form
          method="get"
          aria-label={t('reports.yearReport.yearForm')}
          className="flex flex-wrap items-start gap-3 rounded-md border border-slate-300 bg-slate-50 p-4"
        >
          <TextField
            label={t('reports.yearReport.year')}
            name="jaar"
            inputMode="numeric"
            autoComplete="off"
            size={6}
            hint={t('reports.yearReport.yearHint', { year: years[1] ?? '' })}
            defaultValue={search.mode === 'year' ? search.input.jaar : ''}
            errors={search.errors.jaar}
          />
          <Button className="mt-7">{t('reports.yearReport.showYear')}</Button>
        </Form>
        <Form
          method="get"
          aria-label={t('reports.yearReport.periodForm')}
          className="flex flex-wrap items-start gap-3 rounded-md border border-slate-300 bg-slate-50 p-4"
        >
          <TextField
            label={t('reports.yearReport.from')}
            name="van"
            type="date"
            hint={t('reports.yearReport.dateHint')}
            defaultValue={search.input.van}
            errors={search.errors.van}
          />
          <TextField
            label={t('reports.yearReport.to')}
            name="tot"
            type="date"
            hint={t('reports.yearReport.dateHint')}
            defaultValue={search.input.tot}
            errors={search.errors.tot}
          />
          <Button className="mt-7">{t('reports.yearReport.showPeriod')}</Button>
        </Form>
      </div>
    </div>
  )
}

function Report({ report, canExport }: { report: YearReport; canExport: boolean }) {
  const table = (id: YearReportTableId) => (
    <YearReportTable
      table={report.tables[id]}
      csvHref={canExport ? `/rapportages/jaarverslag/${id}.csv?${report.search}` : null}
    />
  )
  return (
    <>
      <div className="mb-8 max-w-3xl space-y-1">
        <p>{t('reports.yearReport.comparedWith', { previous: report.previousLabel })}</p>
        {report.ongoing ? <p>{t('reports.yearReport.ongoing', { today: report.today })}</p> : null}
        <p className="hidden text-sm print:block">{t('reports.yearReport.madeOn', { date: report.today })}</p>
      </div>

      <Section
        id="bijeenkomsten"
        title={t('reports.yearReport.meetings')}
        intro={t('reports.yearReport.meetingsIntro')}
      >
        <YearReportChart chart={report.charts.meetings} />
        {table('bijeenkomsten')}
        <h3 className="mt-6 mb-1 text-lg font-semibold break-after-avoid">
          {t('reports.yearReport.visionDocuments')}
        </h3>
        <p className="mb-2 max-w-3xl text-slate-700">
          {t('reports.yearReport.visionDocumentsIntro', {
            ...report.visionDocuments,
            period: report.periodLabel,
            previousPeriod: report.previousLabel,
          })}
        </p>
        {table('visiedocumenten')}
      </Section>

      <Section
        id="ondersteuning"
        title={t('reports.yearReport.support')}
        intro={t('reports.yearReport.supportIntro')}
      >
        <YearReportChart chart={report.charts.support} />
        {table('ondersteuning-per-vorm')}
        {table('ondersteuning-per-raad')}
      </Section>

      <Section
        id="werkbezoeken"
        title={t('reports.yearReport.siteVisits')}
        intro={t('reports.yearReport.siteVisitsIntro')}
      >
        {table('werkbezoeken')}
      </Section>

      <Section
        id="contacten"
        title={t('reports.yearReport.contacts')}
        intro={t('reports.yearReport.contactsIntro')}
      >
        <YearReportChart chart={report.charts.contacts} />
        {table('contacten')}
      </Section>

      <Section
        id="adviezen"
        title={t('reports.yearReport.advices')}
        intro={t('reports.yearReport.advicesIntro')}
      >
        {table('adviezen')}
      </Section>

      <Section
        id="signalen"
        title={t('reports.yearReport.signals')}
        intro={t('reports.yearReport.signalsIntro')}
      >
        {table('signalen')}
      </Section>

      <Section
        id="quickscans"
        title={t('reports.yearReport.quickScans')}
        intro={t('reports.yearReport.quickScansIntro')}
      >
        {table('quickscans')}
      </Section>

      <Section id="verantwoording" title={t('reports.yearReport.method')}>
        <div className="max-w-3xl space-y-2 text-slate-700">
          <p>{t('reports.yearReport.methodPeriod')}</p>
          <p>{t('reports.yearReport.methodMeetings')}</p>
          <p>{t('reports.yearReport.methodActivities')}</p>
          <p>{t('reports.yearReport.methodAdvices')}</p>
          <p>{t('reports.yearReport.methodSignals')}</p>
          <p>{t('reports.yearReport.methodQuickScans')}</p>
        </div>
      </Section>
    </>
  )
}

export default function YearReportPage() {
  const { report, canExport } = useLoaderData<typeof loader>()
  return (
    <>
      <p className="mb-2 print:hidden">
        <Link to="/rapportages" className="text-brand-700 underline">
          {t('reports.back')}
        </Link>
      </p>
      <PageHeader
        title={report?.title ?? t('reports.yearReport.title')}
        intro={t('reports.yearReport.intro')}
      />
      <PeriodChooser />
      {report ? (
        <Report report={report} canExport={canExport} />
      ) : (
        <p role="alert" className="font-medium text-red-700">
          {t('reports.yearReport.fixInput')}
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
