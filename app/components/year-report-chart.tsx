import { type ChartData, formatValue } from '~/models/report/year-report.ts'
import { t } from '~/utils/i18n/index.ts'
import { BarChart } from './chart-bar.tsx'

// A chart of the year report: the bars of both periods, with a caption that names the
// series in words and points to the table with the same numbers.
export function YearReportChart({ chart }: { chart: ChartData }) {
  if (chart.rows.length === 0)
    return <p className="mb-4 text-slate-700">{t('reports.yearReport.chartEmpty')}</p>
  const [current, previous] = chart.series
  const format = (value: number) =>
    formatValue(chart.unit === 'hours' ? { type: 'hours', minutes: value * 60 } : { type: 'count', value })
  return (
    <figure className="mb-4 break-inside-avoid">
      <BarChart
        title={chart.title}
        description={t('reports.yearReport.chartDescription', { current, previous, table: chart.table })}
        series={chart.series}
        rows={chart.rows}
        format={format}
      />
      <figcaption className="mt-1 text-sm text-slate-700">
        {chart.title}. {t('reports.yearReport.chartSeries', { current, previous })}
      </figcaption>
    </figure>
  )
}
