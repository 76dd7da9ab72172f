import {
  formatValue,
  type ReportRow,
  type ReportTable,
  type ReportValue,
} from '~/models/report/year-report.ts'
import { t } from '~/utils/i18n/index.ts'

const cell = 'py-1.5 pr-4 align-top'

// Returns true for values that read as text (left-aligned) rather than numbers.
const isText = (value: ReportValue | undefined) => value?.type === 'text' || value?.type === 'day'

function Row({ row, columns, total = false }: { row: ReportRow; columns: string[]; total?: boolean }) {
  return (
    <tr className={total ? 'border-t-2 border-slate-400 font-semibold' : 'border-b border-slate-200'}>
      <th scope="row" className={`${cell} text-left ${total ? '' : 'font-normal'}`}>
        {row.label}
      </th>
      {row.values.map((value, index) => (
        <td
          key={columns[index] ?? index}
          className={`${cell} ${isText(value) ? 'text-left' : 'text-right tabular-nums'}`}
        >
          {formatValue(value)}
        </td>
      ))}
    </tr>
  )
}

// One table of the year report with its caption and, for those who may export, a link to
// the same table as CSV. A table without rows says so instead (its totals are in the CSV).
export function YearReportTable({ table, csvHref }: { table: ReportTable; csvHref: string | null }) {
  const [first, ...valueColumns] = table.columns
  const download = csvHref ? (
    <p className="mt-1 text-sm print:hidden">
      <a href={csvHref} className="text-brand-700 underline">
        {t('reports.yearReport.download')}
        <span className="sr-only"> ({table.caption})</span>
      </a>
    </p>
  ) : null
  if (table.rows.length === 0 && table.empty !== null) {
    return (
      <div className="mb-4">
        <p className="text-slate-700">{table.empty}</p>
        {download}
      </div>
    )
  }
  return (
    <div className="mb-4 break-inside-avoid">
      <div className="overflow-x-auto print:overflow-visible">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold text-slate-900">{table.caption}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={`${cell} text-left`}>
                {first}
              </th>
              {valueColumns.map((column, index) => (
                <th
                  key={column}
                  scope="col"
                  className={`${cell} ${isText(table.rows[0]?.values[index]) ? 'text-left' : 'text-right'}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <Row key={row.key} row={row} columns={valueColumns} />
            ))}
          </tbody>
          {table.totals.length > 0 ? (
            <tfoot>
              {table.totals.map((row) => (
                <Row key={row.key} row={row} columns={valueColumns} total />
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      {download}
    </div>
  )
}
