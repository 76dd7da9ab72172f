import type { LoaderFunctionArgs } from '@remix-run/node'
import { getYearReport } from '~/models/report/year-report.server.ts'
import { csvRows, isYearReportTable, parsePeriodSearch } from '~/models/report/year-report.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse } from '~/utils/responses.server.ts'

// One table of the year report as CSV, for the same period as the page (?jaar= or ?van=&tot=):
// the same rows and totals the page shows, with the same column headers.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const table = params.table ?? ''
  invariantResponse(isYearReportTable(table), 404)
  const { period } = parsePeriodSearch(new URL(request.url).searchParams)
  invariantResponse(period, 400, t('reports.yearReport.fixInput'))
  const report = await getYearReport({ period })
  const name = period.year ?? `${period.firstDay}-${period.lastDay}`
  return csvResponse({
    filename: csvFilename(`${t('reports.yearReport.title')}-${name}-${table}`),
    header: report.tables[table].columns,
    rows: csvRows(report.tables[table]),
  })
}
