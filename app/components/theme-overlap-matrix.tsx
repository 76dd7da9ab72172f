import { Link } from '@remix-run/react'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { themeDomainLabel, themeLabel } from '~/models/theme/theme-options.ts'
import { groupColumns, type OverlapCell, type ThemeOverlap } from '~/models/theme/theme-overlap.ts'
import { t } from '~/utils/i18n/index.ts'

// Returns "1 raad" / "3 raden" and the like from a message with .one and .other forms.
function counted(base: 'overlap.councilCount' | 'overlap.themeCount' | 'overlap.cellWork', count: number) {
  return count === 1 ? t(`${base}.one`) : t(`${base}.other`, { count })
}

// Returns what a cell says in words, for screen readers: "vastgelegd thema, 4 keer in het werk".
export function describeCell(cell: Pick<OverlapCell, 'explicit' | 'derived' | 'counted'>) {
  const parts: string[] = []
  if (cell.explicit) parts.push(t('overlap.cellExplicit'))
  if (cell.derived > 0) parts.push(counted('overlap.cellWork', cell.derived))
  if (!cell.counted) parts.push(t('overlap.cellBelow'))
  return parts.join(', ')
}

const headerCell = 'border-b border-slate-300 bg-white px-1 py-1 font-semibold'
const rowHeaderCell =
  'sticky left-0 z-10 min-w-60 border-r border-b border-slate-300 bg-white px-2 py-1 text-left font-normal'

// The councils × themes table: a row per council, a column per theme (grouped by domain),
// cells marking an explicit tag (●) and counting the evidence from the work, with totals.
// It scrolls inside a focusable region, with the council column and the theme row sticky.
export function ThemeOverlapMatrix({
  overlap,
  cellHref,
}: {
  overlap: Pick<ThemeOverlap, 'councils' | 'themes' | 'cells'>
  cellHref: (councilId: string, themeId: string) => string
}) {
  const groups = groupColumns(overlap.themes)
  return (
    // A named <section> is a region landmark.
    <section
      aria-label={t('overlap.matrixRegion')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
      tabIndex={0}
      className="relative max-h-[75vh] overflow-auto rounded-md border border-slate-300"
    >
      <table className="border-separate border-spacing-0 text-sm">
        <caption className="px-2 py-2 text-left font-semibold text-slate-900">
          {t('overlap.matrixCaption')}
        </caption>
        <colgroup>
          <col />
        </colgroup>
        {groups.map((group) => (
          <colgroup key={group.domain} span={group.themes.length} />
        ))}
        <colgroup>
          <col />
        </colgroup>
        <thead>
          <tr>
            <td className="sticky left-0 z-10 border-b border-slate-200 bg-white" />
            {groups.map((group) => (
              <th
                key={group.domain}
                scope="colgroup"
                colSpan={group.themes.length}
                className="border-b border-l border-slate-300 bg-slate-50 px-1 py-1 text-left text-xs font-semibold"
              >
                {themeDomainLabel(group.domain)}
              </th>
            ))}
            <td className="border-b border-slate-200 bg-white" />
          </tr>
          <tr>
            <th
              scope="col"
              className={`${headerCell} sticky top-0 left-0 z-30 border-r text-left align-bottom`}
            >
              {t('overlap.columnCouncil')}
            </th>
            {overlap.themes.map((theme) => (
              <th key={theme.id} scope="col" className={`${headerCell} sticky top-0 z-20 align-bottom`}>
                <Link
                  to={`/themas/${theme.id}`}
                  className="inline-block rotate-180 whitespace-nowrap font-normal text-brand-700 underline [writing-mode:vertical-rl]"
                >
                  {themeLabel(theme)}
                </Link>
              </th>
            ))}
            <th
              scope="col"
              className={`${headerCell} sticky top-0 z-20 border-l px-2 text-right align-bottom`}
            >
              {t('overlap.columnThemeCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {overlap.councils.map((council) => (
            <tr key={council.id}>
              <th scope="row" className={rowHeaderCell}>
                <Link to={`/organisaties/${council.id}`} className="text-brand-700 underline">
                  {council.name}
                </Link>
                <span className="block text-xs text-slate-600">{organisationTypeLabel(council.type)}</span>
              </th>
              {overlap.themes.map((theme) => {
                const cell = overlap.cells[council.id]?.[theme.id]
                return (
                  <td
                    key={theme.id}
                    className={`h-9 min-w-9 border-b border-slate-200 p-0 text-center tabular-nums ${
                      cell?.explicit ? 'bg-brand-50' : ''
                    }`}
                  >
                    {cell ? (
                      <Link
                        to={cellHref(council.id, theme.id)}
                        className={`flex h-9 items-center justify-center gap-0.5 px-1 hover:bg-brand-100 ${
                          cell.counted ? 'font-semibold text-slate-900' : 'text-slate-500'
                        }`}
                      >
                        <span aria-hidden="true">
                          {cell.explicit ? '●' : null}
                          {cell.derived > 0 ? cell.derived : null}
                        </span>
                        <span className="sr-only">{describeCell(cell)}</span>
                      </Link>
                    ) : null}
                  </td>
                )
              })}
              <td className="border-b border-l border-slate-300 px-2 text-right font-semibold tabular-nums">
                <span aria-hidden="true">{council.themeCount}</span>
                <span className="sr-only">{counted('overlap.themeCount', council.themeCount)}</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${rowHeaderCell} border-t-2 font-semibold`}>
              {t('overlap.rowCouncilCount')}
            </th>
            {overlap.themes.map((theme) => (
              <td
                key={theme.id}
                className="border-t-2 border-b border-slate-300 px-1 py-1 text-center font-semibold tabular-nums"
              >
                <span aria-hidden="true">{theme.councilCount}</span>
                <span className="sr-only">{counted('overlap.councilCount', theme.councilCount)}</span>
              </td>
            ))}
            <td className="border-t-2 border-b border-l border-slate-300" />
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
