import type { LoaderFunctionArgs } from '@remix-run/node'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { defaultPeriod, EVIDENCE_KINDS } from '~/models/theme/theme-lookup.server.ts'
import { themeDomainLabel } from '~/models/theme/theme-options.ts'
import { getThemeOverlap, listCouncilMunicipalities } from '~/models/theme/theme-overlap.server.ts'
import { evidenceKindLabel, parseOverlapQuery, resolvePeriod } from '~/models/theme/theme-overlap.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type CsvRow, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

// The theme overlap for the filters in the URL as CSV. "Raden × thema's" gives one row per
// council and theme with evidence (also evidence that does not count), with the pieces of
// evidence per kind, so that a spreadsheet can pivot it; "raden × raden" gives every pair of
// councils that share themes, most shared first.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = parseOverlapQuery(new URL(request.url).searchParams)
  const { period } = resolvePeriod(query, defaultPeriod())
  const municipalities = await listCouncilMunicipalities()
  const overlap = await getThemeOverlap({
    period,
    municipalityId: municipalities.some((municipality) => municipality.id === query.gemeente)
      ? query.gemeente
      : undefined,
    councilType: query.soort,
    minEvidence: query.minimaal,
    explicitOnly: query.vastgelegd,
  })

  if (query.weergave === 'raden') {
    return csvResponse({
      filename: csvFilename(t('overlap.csv.filenameCouncils')),
      header: [
        t('overlap.csv.councilA'),
        t('overlap.csv.councilB'),
        t('overlap.csv.sharedCount'),
        t('overlap.csv.sharedThemes'),
      ],
      rows: overlap.pairs.map(
        ({ councils: [a, b], themes }): CsvRow => [
          a.name,
          b.name,
          themes.length,
          themes.map((theme) => theme.name).join(', '),
        ],
      ),
    })
  }

  const workKinds = EVIDENCE_KINDS.filter((kind) => kind !== 'explicit')
  // Every theme with evidence, also those that count for no council and have no column.
  const rows = overlap.councils.flatMap((council) =>
    overlap.evidenceThemes.flatMap((theme): CsvRow[] => {
      const cell = overlap.cells[council.id]?.[theme.id]
      if (!cell) return []
      return [
        [
          council.name,
          organisationTypeLabel(council.type),
          council.municipalities.join(', '),
          theme.name,
          themeDomainLabel(theme.domain),
          cell.explicit,
          ...workKinds.map((kind) => cell.counts[kind]),
          cell.derived,
          cell.counted,
        ],
      ]
    }),
  )
  return csvResponse({
    filename: csvFilename(t('overlap.csv.filenameThemes')),
    header: [
      t('overlap.csv.council'),
      t('overlap.csv.type'),
      t('overlap.csv.municipalities'),
      t('overlap.csv.theme'),
      t('overlap.csv.domain'),
      t('overlap.csv.explicit'),
      ...workKinds.map(evidenceKindLabel),
      t('overlap.csv.derived'),
      t('overlap.csv.counted'),
    ],
    rows,
  })
}
