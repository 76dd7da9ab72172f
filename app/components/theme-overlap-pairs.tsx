import { Link } from '@remix-run/react'
import {
  type CouncilPair,
  type OverlapCouncil,
  PAIR_MATRIX_MAX_COUNCILS,
  PAIRS_SHOWN,
} from '~/models/theme/theme-overlap.ts'
import { t } from '~/utils/i18n/index.ts'

// Returns "1 gedeeld thema" or "5 gedeelde thema's".
function sharedText(count: number) {
  return count === 1 ? t('overlap.sharedCount.one') : t('overlap.sharedCount.other', { count })
}

// The pairs of councils that share the most themes, as a ranked list: the first
// PAIRS_SHOWN, or all of them when `showAll`; `toggleHref` switches between the two.
export function ThemeOverlapPairList({
  pairs,
  showAll,
  toggleHref,
}: {
  pairs: Pick<CouncilPair, 'councils' | 'themes'>[]
  showAll: boolean
  toggleHref: string
}) {
  if (pairs.length === 0) return <p>{t('overlap.pairsNone')}</p>
  const shown = showAll ? pairs : pairs.slice(0, PAIRS_SHOWN)
  return (
    <>
      <ol className="list-decimal space-y-2 pl-6">
        {shown.map(({ councils: [a, b], themes }) => (
          <li key={`${a.id}-${b.id}`}>
            <span className="font-medium">{t('overlap.pair', { a: a.name, b: b.name })}</span>:{' '}
            {sharedText(themes.length)}{' '}
            <span className="text-slate-700">({themes.map((theme) => theme.name).join(', ')})</span>
          </li>
        ))}
      </ol>
      {pairs.length > PAIRS_SHOWN ? (
        <p className="mt-3">
          <Link to={toggleHref} className="text-brand-700 underline" preventScrollReset>
            {showAll
              ? t('overlap.pairsShowTop', { count: PAIRS_SHOWN })
              : t('overlap.pairsShowAll', { count: pairs.length })}
          </Link>
        </p>
      ) : null}
    </>
  )
}

const cell = 'h-8 min-w-8 border-b border-slate-200 px-1 text-center tabular-nums'

// The councils × councils table: for every two councils the number of themes they share.
// Columns are numbered like the rows (the names are there for screen readers and on hover),
// so that thirty councils fit; above PAIR_MATRIX_MAX_COUNCILS it says to filter instead.
export function ThemeOverlapPairMatrix({
  councils,
  pairs,
}: {
  councils: OverlapCouncil[]
  pairs: Pick<CouncilPair, 'councils' | 'themes'>[]
}) {
  if (councils.length > PAIR_MATRIX_MAX_COUNCILS) {
    return <p>{t('overlap.pairMatrixTooMany', { max: PAIR_MATRIX_MAX_COUNCILS })}</p>
  }
  const shared = new Map<string, number>()
  for (const {
    councils: [a, b],
    themes,
  } of pairs) {
    shared.set(`${a.id} ${b.id}`, themes.length)
    shared.set(`${b.id} ${a.id}`, themes.length)
  }
  return (
    // A named <section> is a region landmark.
    <section
      aria-label={t('overlap.pairMatrixRegion')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
      tabIndex={0}
      className="relative max-h-[75vh] overflow-auto rounded-md border border-slate-300"
    >
      <table className="border-separate border-spacing-0 text-sm">
        <caption className="px-2 py-2 text-left font-semibold text-slate-900">
          {t('overlap.pairMatrixCaption')}
        </caption>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky top-0 left-0 z-30 border-r border-b border-slate-300 bg-white px-2 py-1 text-left"
            >
              {t('overlap.columnCouncil')}
            </th>
            {councils.map((council, index) => (
              <th
                key={council.id}
                scope="col"
                title={council.name}
                className="sticky top-0 z-20 border-b border-slate-300 bg-white px-1 py-1 text-center tabular-nums"
              >
                <span aria-hidden="true">{index + 1}</span>
                <span className="sr-only">{council.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {councils.map((row, rowIndex) => (
            <tr key={row.id}>
              <th
                scope="row"
                className="sticky left-0 z-10 max-w-72 border-r border-b border-slate-300 bg-white px-2 py-1 text-left font-normal"
              >
                <span aria-hidden="true" className="tabular-nums">
                  {rowIndex + 1}.{' '}
                </span>
                {row.name}
              </th>
              {councils.map((column) => {
                if (column.id === row.id) {
                  return (
                    <td key={column.id} className={`${cell} bg-slate-100 text-slate-600`}>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">{t('overlap.pairMatrixSelf')}</span>
                    </td>
                  )
                }
                const count = shared.get(`${row.id} ${column.id}`) ?? 0
                return (
                  <td
                    key={column.id}
                    className={`${cell} ${count > 0 ? 'font-semibold text-slate-900' : 'text-slate-500'}`}
                  >
                    <span aria-hidden="true">{count}</span>
                    <span className="sr-only">{sharedText(count)}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
