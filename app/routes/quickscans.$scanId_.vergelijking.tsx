import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import {
  DimensionChangeTable,
  ItemChangeTable,
  UnmatchedItems,
} from '~/components/quickscan-results-comparison.tsx'
import { GROUPS, groupInText } from '~/components/quickscan-results-labels.tsx'
import { ResultsSection } from '~/components/quickscan-results-sections.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { getScanComparison } from '~/models/quickscan/results.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? t('quickscanResults.comparison.metaTitle', { title: data.scan.title }) : t('nav.quickscans')} · ${t('app.name')}`,
  },
]

// Returns a scan's period as the page shows it.
function periodOf(scan: { opensOn: Date; closesOn: Date }) {
  return t('quickscanResults.periodRange', {
    from: formatDateOnly(scan.opensOn),
    to: formatDateOnly(scan.closesOn),
  })
}

// Every reader may compare a scan with its baseline; only the figures travel to the page.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const scanId = requireParam(params, 'scanId')
  const found = await getScanComparison({ scanId })
  invariantResponse(found, 404)
  const { scan, photo, baseline, comparison } = found
  return {
    scan: { id: scan.id, title: scan.title, municipality: scan.municipality.name, period: periodOf(scan) },
    groups: photo.groups,
    minGroupSize: photo.minGroupSize,
    baseline: baseline
      ? {
          id: baseline.scan.id,
          title: baseline.scan.title,
          period: periodOf(baseline.scan),
          groups: baseline.photo.groups,
          minGroupSize: baseline.photo.minGroupSize,
        }
      : null,
    comparison,
  }
}

function Notices() {
  const { groups, minGroupSize, baseline } = useLoaderData<typeof loader>()
  const notices = GROUPS.flatMap((group) => [
    ...(groups[group].suppressed
      ? [t('quickscanResults.comparison.suppressedCurrent', { min: minGroupSize, group: groupInText(group) })]
      : []),
    ...(baseline?.groups[group].suppressed
      ? [
          t('quickscanResults.comparison.suppressedBaseline', {
            min: baseline.minGroupSize,
            group: groupInText(group),
          }),
        ]
      : []),
  ])
  if (notices.length === 0) return null
  return (
    <div
      role="note"
      className="mb-6 max-w-3xl rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
    </div>
  )
}

export default function ScanComparisonPage() {
  const { scan, baseline, comparison } = useLoaderData<typeof loader>()
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-x-6 gap-y-1 print:hidden">
        <Link to={`/quickscans/${scan.id}`} className="text-brand-700 underline">
          {t('quickscanResults.backToScan')}
        </Link>
        <Link to={`/quickscans/${scan.id}/uitslag`} className="text-brand-700 underline">
          {t('quickscanResults.toPhoto')}
        </Link>
      </p>
      <PageHeader
        title={t('quickscanResults.comparison.title', { title: scan.title })}
        intro={`${scan.municipality} · ${scan.period}`}
      />
      {baseline && comparison ? (
        <>
          <p className="mb-4 max-w-3xl">
            {t('quickscanResults.comparison.intro', { baseline: baseline.title, period: baseline.period })}
          </p>
          <Notices />
          <ResultsSection id="hoe-lezen" title={t('quickscanResults.howToRead')}>
            <ul className="max-w-3xl list-disc space-y-1 pl-6 text-slate-800">
              <li>{t('quickscanResults.comparison.howChange')}</li>
              <li>{t('quickscanResults.comparison.howMatch')}</li>
            </ul>
          </ResultsSection>
          <ResultsSection id="per-onderdeel" title={t('quickscanResults.overview')}>
            <DimensionChangeTable dimensions={comparison.dimensions} />
          </ResultsSection>
          {comparison.dimensions.map((dimension) => {
            const name = t('quickscanResults.dimensionHeading', {
              code: dimension.code,
              name: dimension.name,
            })
            return (
              <ResultsSection key={dimension.code} id={`onderdeel-${dimension.code}`} title={name}>
                {dimension.items.length > 0 ? (
                  <ItemChangeTable
                    caption={t('quickscanResults.comparison.itemsTable', { dimension: name })}
                    items={dimension.items}
                  />
                ) : (
                  <p className="mb-4 text-slate-700">
                    {dimension.onlyIn
                      ? t(`quickscanResults.comparison.dimensionOnly.${dimension.onlyIn}`)
                      : t('quickscanResults.comparison.noItems')}
                  </p>
                )}
                <UnmatchedItems dimension={dimension} />
              </ResultsSection>
            )
          })}
        </>
      ) : (
        <section
          aria-labelledby="geen-basis"
          className="max-w-3xl rounded-md border border-slate-300 bg-slate-50 p-6"
        >
          <h2 id="geen-basis" className="mb-2 text-lg font-semibold">
            {t('quickscanResults.comparison.emptyTitle')}
          </h2>
          <p>{t('quickscanResults.comparison.empty')}</p>
        </section>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
