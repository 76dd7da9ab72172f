import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ItemBarsChart } from '~/components/quickscan-results-bars.tsx'
import { GROUPS, groupInText, groupLabel } from '~/components/quickscan-results-labels.tsx'
import { RadarChart } from '~/components/quickscan-results-radar.tsx'
import {
  BackgroundResults,
  LadderResults,
  OpenAnswersList,
  ResultsSection,
  Summary,
  SuppressionNotices,
} from '~/components/quickscan-results-sections.tsx'
import { DimensionTable, DistributionTable, ItemTable } from '~/components/quickscan-results-tables.tsx'
import { Detail } from '~/components/ui/detail-page.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { GAP_THRESHOLD, LOW_MEAN } from '~/models/quickscan/quickscan-constants.ts'
import { getScanResults } from '~/models/quickscan/results.server.ts'
import { formatCount, formatMean } from '~/models/quickscan/scoring.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${data ? t('quickscanResults.metaTitle', { title: data.scan.title }) : t('nav.quickscans')} · ${t('app.name')}`,
  },
]

// Every reader may see a scan's results: they hold no answer that can be traced to anyone.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const scanId = requireParam(params, 'scanId')
  const results = await getScanResults({ scanId })
  invariantResponse(results, 404)
  return {
    ...results,
    today: formatDateOnly(new Date()),
    // Exports are for workers and up, as everywhere.
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

const STILL_OPEN = new Set(['CONCEPT', 'OPEN'])

function Facts() {
  const { scan, photo } = useLoaderData<typeof loader>()
  return (
    <section aria-labelledby="over-de-scan" className="mb-6 max-w-3xl">
      <h2 id="over-de-scan" className="sr-only">
        {t('quickscanResults.facts')}
      </h2>
      <dl className="divide-y divide-slate-200">
        <Detail label={t('quickscanResults.municipality')}>{scan.municipality.name}</Detail>
        <Detail label={t('quickscanResults.councils')}>
          {scan.councils.length > 0
            ? scan.councils.map((council) => council.name).join(', ')
            : t('quickscanResults.noCouncils')}
        </Detail>
        <Detail label={t('quickscanResults.period')}>
          {t('quickscanResults.periodRange', {
            from: formatDateOnly(scan.opensOn),
            to: formatDateOnly(scan.closesOn),
          })}
        </Detail>
        <Detail label={t('quickscanResults.questionnaire')}>
          {t('quickscanResults.questionnaireVersion', {
            name: scan.questionnaire.name,
            version: scan.questionnaire.versionNumber,
          })}
        </Detail>
        <Detail label={t('quickscanResults.responses')}>
          <ul>
            {GROUPS.map((group) => (
              <li key={group}>
                {t('quickscanResults.responsesOfInvited', {
                  group: groupLabel(group),
                  responses: formatCount(photo.groups[group].responses),
                  invited: formatCount(scan.invited[group]),
                })}
              </li>
            ))}
          </ul>
        </Detail>
        <Detail label={t('quickscanResults.minGroupSize')}>
          {t('quickscanResults.minGroupSizeValue', { min: photo.minGroupSize })}
        </Detail>
      </dl>
    </section>
  )
}

function HowToRead() {
  const { photo } = useLoaderData<typeof loader>()
  return (
    <ResultsSection id="hoe-lezen" title={t('quickscanResults.howToRead')}>
      <ul className="max-w-3xl list-disc space-y-1 pl-6 text-slate-800">
        <li>{t('quickscanResults.howScale')}</li>
        <li>{t('quickscanResults.howDimension')}</li>
        <li>{t('quickscanResults.howGap')}</li>
        <li>
          {t('quickscanResults.howFlags', {
            threshold: formatMean(GAP_THRESHOLD),
            low: formatMean(LOW_MEAN),
          })}
        </li>
        <li>{t('quickscanResults.howSuppression', { min: photo.minGroupSize })}</li>
      </ul>
    </ResultsSection>
  )
}

function Overview() {
  const { photo } = useLoaderData<typeof loader>()
  const table = t('quickscanResults.dimensionTable')
  const shown = GROUPS.filter((group) => !photo.groups[group].suppressed)
  const [onlyGroup] = shown
  return (
    <ResultsSection id="overzicht" title={t('quickscanResults.overview')}>
      {shown.length > 0 && photo.dimensions.length > 0 ? (
        <figure className="mb-4 overflow-x-auto break-inside-avoid print:overflow-visible">
          <RadarChart
            title={t('quickscanResults.radarTitle')}
            description={
              shown.length === 1 && onlyGroup
                ? t('quickscanResults.radarOneGroup', { group: groupInText(onlyGroup), table })
                : t('quickscanResults.radarDescription', { table })
            }
            axes={photo.dimensions.map((dimension) => ({
              key: dimension.code,
              code: dimension.code,
              label: dimension.name,
            }))}
            series={shown.map((group) => ({
              kind: group,
              label: groupLabel(group),
              values: photo.dimensions.map((dimension) => {
                const figures = dimension.groups[group]
                return figures.status === 'SHOWN' ? figures.mean : null
              }),
            }))}
          />
        </figure>
      ) : null}
      <DimensionTable caption={table} dimensions={photo.dimensions} />
    </ResultsSection>
  )
}

function Dimensions() {
  const { photo } = useLoaderData<typeof loader>()
  return (
    <>
      {photo.dimensions.map((dimension) => {
        const name = t('quickscanResults.dimensionHeading', { code: dimension.code, name: dimension.name })
        const itemTable = t('quickscanResults.itemTable', { dimension: name })
        return (
          <ResultsSection key={dimension.code} id={`onderdeel-${dimension.code}`} title={name}>
            {dimension.items.length > 0 ? (
              <>
                <figure className="mb-4 overflow-x-auto break-inside-avoid print:overflow-visible">
                  <ItemBarsChart
                    title={t('quickscanResults.barsTitle', { dimension: name })}
                    description={t('quickscanResults.barsDescription', { table: itemTable })}
                    items={dimension.items}
                  />
                </figure>
                <ItemTable caption={itemTable} items={dimension.items} />
                <DistributionTable
                  caption={t('quickscanResults.distributionTable', { dimension: name })}
                  items={dimension.items}
                  minGroupSize={photo.minGroupSize}
                />
              </>
            ) : (
              <p className="mb-4 text-slate-700">{t('quickscanResults.noItems')}</p>
            )}
            <OpenAnswersList questions={dimension.openQuestions} headingId={`open-${dimension.code}`} />
          </ResultsSection>
        )
      })}
    </>
  )
}

export default function ScanResultsPage() {
  const { scan, photo, today, canExport } = useLoaderData<typeof loader>()
  return (
    <>
      <p className="mb-2 flex flex-wrap gap-x-6 gap-y-1 print:hidden">
        <Link to={`/quickscans/${scan.id}`} className="text-brand-700 underline">
          {t('quickscanResults.backToScan')}
        </Link>
        {scan.baselineId ? (
          <Link to={`/quickscans/${scan.id}/vergelijking`} className="text-brand-700 underline">
            {t('quickscanResults.toComparison')}
          </Link>
        ) : null}
        {canExport ? (
          <a href={`/quickscans/${scan.id}/uitslag.csv`} className="text-brand-700 underline">
            {t('quickscanResults.csv.download')}
          </a>
        ) : null}
      </p>
      <PageHeader
        title={t('quickscanResults.title', { title: scan.title })}
        intro={`${scan.municipality.name} · ${t('quickscanResults.periodRange', {
          from: formatDateOnly(scan.opensOn),
          to: formatDateOnly(scan.closesOn),
        })}`}
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-700 print:hidden">{t('quickscanResults.printHint')}</p>
      <Facts />
      {STILL_OPEN.has(scan.status) ? (
        <p role="note" className="mb-6 max-w-3xl font-medium">
          {t('quickscanResults.stillOpen')}
        </p>
      ) : null}
      <SuppressionNotices groups={photo.groups} minGroupSize={photo.minGroupSize} />
      <HowToRead />
      <ResultsSection id="samenvatting" title={t('quickscanResults.summary')}>
        <Summary topAgreements={photo.topAgreements} topGaps={photo.topGaps} flagged={photo.flagged} />
      </ResultsSection>
      <Overview />
      <Dimensions />
      {photo.ladders.length > 0 ? (
        <ResultsSection
          id="participatieladder"
          title={t('quickscanResults.ladder')}
          intro={t('quickscanResults.ladderIntro')}
        >
          {photo.ladders.map((ladder) => (
            <LadderResults key={ladder.id} ladder={ladder} minGroupSize={photo.minGroupSize} />
          ))}
        </ResultsSection>
      ) : null}
      <ResultsSection
        id="achtergrond"
        title={t('quickscanResults.background')}
        intro={t('quickscanResults.backgroundIntro', { min: photo.minGroupSize })}
      >
        <BackgroundResults background={photo.background} minGroupSize={photo.minGroupSize} />
      </ResultsSection>
      <p className="hidden text-sm print:block">{t('quickscanResults.madeOn', { date: today })}</p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
