import type { LoaderFunctionArgs } from '@remix-run/node'
import { getScanResults } from '~/models/quickscan/results.server.ts'
import { type ItemResult, type LikertFigures, roundToTenth } from '~/models/quickscan/scoring.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type CsvCell, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

const GROUPS = ['COUNCIL', 'MUNICIPALITY'] as const

// Returns a group's three cells of an item: the mean (rounded as the page shows it) or why
// there is none, the real answers and the "weet ik niet" (empty for a suppressed group).
function groupCells(figures: LikertFigures): CsvCell[] {
  if (figures.status === 'SUPPRESSED') return [t('quickscanResults.notShown'), null, null]
  const mean = figures.status === 'SHOWN' ? roundToTenth(figures.mean) : t('quickscanResults.fewAnswers')
  return [mean, figures.answered, figures.dontKnow]
}

// Returns an item's row: the same figures, and the same suppression, as the page's tables.
function itemRow(item: ItemResult): CsvCell[] {
  return [
    item.dimensionCode,
    item.code,
    item.text,
    ...GROUPS.flatMap((group) => groupCells(item.groups[group])),
    item.gap === null ? null : roundToTenth(item.gap),
    item.flags.map((flag) => t(`quickscanResults.flag.${flag}`)).join(', '),
  ]
}

// The photo's item table as CSV: per Likert item both groups side by side with the gap.
// Like every export, for workers and up.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  const results = await getScanResults({ scanId })
  invariantResponse(results, 404)
  const header = [
    t('quickscanResults.dimension'),
    t('quickscanResults.csv.code'),
    t('quickscanResults.item'),
    ...GROUPS.flatMap((group) =>
      [t('quickscanResults.mean'), t('quickscanResults.answered'), t('quickscanResults.dontKnow')].map(
        (column) => `${t(`quickscanResults.group.${group}`)} ${column.toLowerCase()}`,
      ),
    ),
    t('quickscanResults.gap'),
    t('quickscanResults.flagLabel'),
  ]
  return csvResponse({
    filename: csvFilename(`${t('quickscanResults.csv.filename')}-${results.scan.title}`),
    header,
    rows: results.photo.dimensions.flatMap((dimension) => dimension.items.map(itemRow)),
  })
}
