import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { DETAIL_ID, ThemeOverlapDetail } from '~/components/theme-overlap-detail.tsx'
import { ThemeOverlapFilters, ThemeOverlapViewSwitch } from '~/components/theme-overlap-filters.tsx'
import { ThemeOverlapMatrix } from '~/components/theme-overlap-matrix.tsx'
import { ThemeOverlapPairList, ThemeOverlapPairMatrix } from '~/components/theme-overlap-pairs.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { defaultPeriod, EVIDENCE_KINDS } from '~/models/theme/theme-lookup.server.ts'
import { getThemeOverlap, listCouncilMunicipalities } from '~/models/theme/theme-overlap.server.ts'
import {
  evidenceKindLabel,
  type OverlapView,
  parseOverlapQuery,
  periodDays,
  resolvePeriod,
} from '~/models/theme/theme-overlap.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('overlap.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const query = parseOverlapQuery(new URL(request.url).searchParams)
  const { period, problem } = resolvePeriod(query, defaultPeriod())
  const municipalities = await listCouncilMunicipalities()
  // A municipality no active council serves (or no municipality at all) is no filter.
  const municipalityId = municipalities.some((municipality) => municipality.id === query.gemeente)
    ? query.gemeente
    : undefined
  const overlap = await getThemeOverlap({
    period,
    municipalityId,
    councilType: query.soort,
    minEvidence: query.minimaal,
    explicitOnly: query.vastgelegd,
  })
  const days = periodDays(period)
  const council = overlap.councils.find((candidate) => candidate.id === query.raad)
  const theme = overlap.themes.find((candidate) => candidate.id === query.thema)
  const detail =
    query.weergave === 'themas' && council && theme
      ? {
          council: { id: council.id, name: council.name },
          theme: { id: theme.id, name: theme.name },
          cell: overlap.cells[council.id]?.[theme.id] ?? null,
        }
      : null
  return {
    filters: {
      weergave: query.weergave,
      gemeente: municipalityId,
      soort: query.soort,
      minimaal: query.minimaal,
      vastgelegd: query.vastgelegd,
      ...days,
    },
    problem,
    municipalities,
    overlap,
    detail,
    showAllPairs: query.paren === 'alle',
    workKinds: EVIDENCE_KINDS.filter((kind) => kind !== 'explicit'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overlap page's URL for the current search with some params set or removed.
function hrefWith(search: string, changes: Record<string, string | null>, hash = '') {
  const params = new URLSearchParams(search)
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name)
    else params.set(name, value)
  }
  const query = params.toString()
  return `/themas/overlap${query ? `?${query}` : ''}${hash}`
}

export default function ThemeOverlapPage() {
  const { filters, problem, municipalities, overlap, detail, showAllPairs, workKinds, canExport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const view = filters.weergave
  const kinds = workKinds.map((kind) => evidenceKindLabel(kind).toLowerCase()).join(', ')
  const councilCount =
    overlap.councils.length === 1
      ? t('overlap.councilCount.one')
      : t('overlap.councilCount.other', { count: overlap.councils.length })
  const themeCount =
    overlap.themes.length === 1
      ? t('overlap.themeCount.one')
      : t('overlap.themeCount.other', { count: overlap.themes.length })
  const viewHref = (next: OverlapView) =>
    hrefWith(search, { weergave: next, raad: null, thema: null, paren: null })
  return (
    <>
      <PageHeader title={t('overlap.title')} intro={t('overlap.intro', { kinds })} />
      <ThemeOverlapViewSwitch current={view} hrefFor={viewHref} />
      {/* Remounted per URL, so that "Filters wissen" and the view switch reset the fields. */}
      <ThemeOverlapFilters key={search} values={filters} municipalities={municipalities} />

      {problem ? (
        <p
          role="alert"
          className="mb-4 max-w-prose rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
        >
          {t(problem)}
        </p>
      ) : null}
      <div className="mb-4 flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <p className="text-slate-700" role="status">
          {filters.vastgelegd
            ? t('overlap.periodExplicitOnly')
            : t('overlap.period', {
                from: formatDateOnly(filters.van),
                to: formatDateOnly(filters.tot),
              })}{' '}
          {t('overlap.summary', { councils: councilCount, themes: themeCount })}
        </p>
        {canExport ? (
          <a href={`/themas/overlap.csv${search}`} className="text-brand-700 underline">
            {t('overlap.download')}
          </a>
        ) : null}
      </div>

      {overlap.councils.length === 0 ? (
        <p>{t('overlap.noCouncils')}</p>
      ) : view === 'themas' ? (
        <section aria-labelledby="overlap-matrix">
          <h2 id="overlap-matrix" className="mb-2 text-lg font-semibold">
            {t('overlap.matrixTitle')}
          </h2>
          {detail ? (
            <ThemeOverlapDetail
              council={detail.council}
              theme={detail.theme}
              cell={detail.cell}
              period={{ van: filters.van, tot: filters.tot }}
              closeHref={hrefWith(search, { raad: null, thema: null })}
            />
          ) : null}
          {overlap.themes.length === 0 ? (
            <p>{t('overlap.noThemes')}</p>
          ) : (
            <>
              <div className="mb-3 text-sm text-slate-700">
                <p className="font-medium">{t('overlap.legendTitle')}</p>
                <ul className="flex flex-wrap gap-x-6">
                  <li>{t('overlap.legendExplicit')}</li>
                  {filters.vastgelegd ? null : <li>{t('overlap.legendCount', { kinds })}</li>}
                  {filters.minimaal > 1 && !filters.vastgelegd ? (
                    <li>{t('overlap.legendBelow', { count: filters.minimaal })}</li>
                  ) : null}
                  <li>{t('overlap.legendLink')}</li>
                </ul>
              </div>
              <ThemeOverlapMatrix
                overlap={overlap}
                cellHref={(councilId, themeId) =>
                  hrefWith(search, { raad: councilId, thema: themeId }, `#${DETAIL_ID}`)
                }
              />
            </>
          )}
        </section>
      ) : (
        <>
          <section aria-labelledby="overlap-pairs" className="mb-10">
            <h2 id="overlap-pairs" className="text-lg font-semibold">
              {t('overlap.pairsTitle')}
            </h2>
            <p className="mb-3 text-slate-700">{t('overlap.pairsIntro')}</p>
            <ThemeOverlapPairList
              pairs={overlap.pairs}
              showAll={showAllPairs}
              toggleHref={hrefWith(search, { paren: showAllPairs ? null : 'alle' })}
            />
          </section>
          <section aria-labelledby="overlap-pair-matrix">
            <h2 id="overlap-pair-matrix" className="mb-2 text-lg font-semibold">
              {t('overlap.pairMatrixTitle')}
            </h2>
            <ThemeOverlapPairMatrix councils={overlap.councils} pairs={overlap.pairs} />
          </section>
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
