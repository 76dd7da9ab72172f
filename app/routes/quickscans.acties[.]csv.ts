import type { LoaderFunctionArgs } from '@remix-run/node'
import { ActionExportQuerySchema } from '~/models/quickscan/plan.schema.ts'
import { listActionsForExport } from '~/models/quickscan/plan.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

// The actions of the quick scans' plans van aanpak as CSV: all of them, or those of one scan
// (?scan=), one municipality (?gemeente=) or one status (?status=OPEN …); a filter that makes
// no sense is ignored.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = ActionExportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const actions = await listActionsForExport(query)
  const rows = actions.map(
    (action): CsvRow => [
      action.scan.title,
      action.scan.municipality.name,
      action.title,
      action.description,
      action.topic ? action.topic.code : null,
      action.owner?.name,
      csvDay(action.dueOn),
      t(`quickscanPlan.status.${action.status}` as MessageKey),
      action.overdue,
      action.followUp?.assignee.name,
      action.createdAt,
      action.updatedAt,
    ],
  )
  return csvResponse({
    filename: csvFilename(t('quickscanPlan.csv.filename')),
    header: [
      t('quickscanPlan.csv.scan'),
      t('quickscanPlan.csv.municipality'),
      t('quickscanPlan.csv.title'),
      t('quickscanPlan.csv.description'),
      t('quickscanPlan.csv.topic'),
      t('quickscanPlan.csv.owner'),
      t('quickscanPlan.csv.dueOn'),
      t('quickscanPlan.csv.status'),
      t('quickscanPlan.csv.overdue'),
      t('quickscanPlan.csv.followedUpBy'),
      t('quickscanPlan.csv.createdAt'),
      t('quickscanPlan.csv.updatedAt'),
    ],
    rows,
  })
}
