import type { ReactNode } from 'react'
import {
  type DimensionResult,
  formatCount,
  type ItemResult,
  type LikertFigures,
} from '~/models/quickscan/scoring.ts'
import { t } from '~/utils/i18n/index.ts'
import { FlagBadges, GROUPS, gapLabel, groupLabel, meanLabel } from './quickscan-results-labels.tsx'

export const cell = 'py-1.5 pr-3 align-top'
export const numberCell = `${cell} text-right tabular-nums`
export const headCell = 'py-1.5 pr-3 align-bottom font-semibold'

// A results table with its caption, scrolling sideways on a narrow screen (never in print).
export function ResultsTable({
  caption,
  head,
  children,
}: {
  caption: string
  head: ReactNode
  children: ReactNode
}) {
  return (
    <div className="mb-4 overflow-x-auto break-inside-avoid print:overflow-visible">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold text-slate-900">{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

// The means of the dimensions side by side, with the gap and flags: the text alternative of
// the radar chart.
export function DimensionTable({ caption, dimensions }: { caption: string; dimensions: DimensionResult[] }) {
  return (
    <ResultsTable
      caption={caption}
      head={
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className={headCell}>
            {t('quickscanResults.dimension')}
          </th>
          {GROUPS.map((group) => (
            <th key={group} scope="col" className={`${headCell} text-right`}>
              {groupLabel(group)}
            </th>
          ))}
          <th scope="col" className={`${headCell} text-right`}>
            {t('quickscanResults.gap')}
          </th>
          <th scope="col" className={headCell}>
            {t('quickscanResults.flagLabel')}
          </th>
        </tr>
      }
    >
      {dimensions.map((dimension) => (
        <tr key={dimension.code} className="border-b border-slate-200">
          <th scope="row" className={`${cell} font-normal`}>
            {t('quickscanResults.dimensionHeading', { code: dimension.code, name: dimension.name })}
          </th>
          {GROUPS.map((group) => (
            <td key={group} className={numberCell}>
              {meanLabel(dimension.groups[group])}
            </td>
          ))}
          <td className={numberCell}>{gapLabel(dimension.gap, dimension.gapMissing)}</td>
          <td className={cell}>
            <FlagBadges flags={dimension.flags} />
          </td>
        </tr>
      ))}
    </ResultsTable>
  )
}

// Returns the number of real answers or "weet ik niet" of an item's figures, or a dash.
function countOf(figures: LikertFigures, field: 'answered' | 'dontKnow') {
  return figures.status === 'SUPPRESSED' ? t('quickscanResults.none') : formatCount(figures[field])
}

// The items of a dimension: per group the mean, the number of real answers and of "weet ik
// niet", then the gap and flags: the text alternative of the bar chart.
export function ItemTable({ caption, items }: { caption: string; items: ItemResult[] }) {
  return (
    <ResultsTable
      caption={caption}
      head={
        <>
          <tr>
            <th scope="col" rowSpan={2} className={`${headCell} border-b-2 border-slate-400`}>
              {t('quickscanResults.item')}
            </th>
            {GROUPS.map((group) => (
              <th
                key={group}
                scope="colgroup"
                colSpan={3}
                className={`${headCell} border-b border-slate-300 text-center`}
              >
                {groupLabel(group)}
              </th>
            ))}
            <th scope="col" rowSpan={2} className={`${headCell} border-b-2 border-slate-400 text-right`}>
              {t('quickscanResults.gap')}
            </th>
            <th scope="col" rowSpan={2} className={`${headCell} border-b-2 border-slate-400`}>
              {t('quickscanResults.flagLabel')}
            </th>
          </tr>
          <tr className="border-b-2 border-slate-400">
            {GROUPS.flatMap((group) => [
              <th key={`${group}-mean`} scope="col" className={`${headCell} text-right`}>
                {t('quickscanResults.mean')}
              </th>,
              <th key={`${group}-answered`} scope="col" className={`${headCell} text-right`}>
                {t('quickscanResults.answered')}
              </th>,
              <th key={`${group}-dontKnow`} scope="col" className={`${headCell} text-right`}>
                {t('quickscanResults.dontKnow')}
              </th>,
            ])}
          </tr>
        </>
      }
    >
      {items.map((item) => (
        <tr key={item.id} className="border-b border-slate-200">
          <th scope="row" className={`${cell} max-w-md min-w-48 font-normal`}>
            <span className="font-semibold">{item.code}</span> {item.text}
          </th>
          {GROUPS.flatMap((group) => [
            <td key={`${group}-mean`} className={numberCell}>
              {meanLabel(item.groups[group])}
            </td>,
            <td key={`${group}-answered`} className={numberCell}>
              {countOf(item.groups[group], 'answered')}
            </td>,
            <td key={`${group}-dontKnow`} className={numberCell}>
              {countOf(item.groups[group], 'dontKnow')}
            </td>,
          ])}
          <td className={numberCell}>{gapLabel(item.gap, item.gapMissing)}</td>
          <td className={cell}>
            <FlagBadges flags={item.flags} />
          </td>
        </tr>
      ))}
    </ResultsTable>
  )
}

const SCALE = [1, 2, 3, 4, 5] as const

// How the answers to each item spread over the scale, per group; a group or item with too
// few answers shows the reason instead of counts.
export function DistributionTable({
  caption,
  items,
  minGroupSize,
}: {
  caption: string
  items: ItemResult[]
  minGroupSize: number
}) {
  return (
    <ResultsTable
      caption={caption}
      head={
        <tr className="border-b-2 border-slate-400">
          <th scope="col" className={headCell}>
            {t('quickscanResults.item')}
          </th>
          <th scope="col" className={headCell}>
            {t('quickscanResults.group')}
          </th>
          {SCALE.map((point) => (
            <th key={point} scope="col" className={`${headCell} text-right`}>
              {t(`quickscanResults.scale.${point}`)}
            </th>
          ))}
          <th scope="col" className={`${headCell} text-right`}>
            {t('quickscanResults.dontKnow')}
          </th>
        </tr>
      }
    >
      {items.flatMap((item) =>
        GROUPS.map((group, index) => {
          const figures = item.groups[group]
          return (
            <tr
              key={`${item.id}-${group}`}
              className={index === GROUPS.length - 1 ? 'border-b border-slate-300' : undefined}
            >
              {index === 0 ? (
                <th scope="rowgroup" rowSpan={GROUPS.length} className={`${cell} font-semibold`}>
                  {item.code}
                </th>
              ) : null}
              <th scope="row" className={`${cell} font-normal`}>
                {groupLabel(group)}
              </th>
              {figures.status === 'SHOWN' ? (
                <>
                  {figures.distribution.map((count, point) => (
                    <td key={SCALE[point]} className={numberCell}>
                      {formatCount(count)}
                    </td>
                  ))}
                  <td className={numberCell}>{formatCount(figures.dontKnow)}</td>
                </>
              ) : (
                <>
                  <td colSpan={SCALE.length} className={`${cell} text-slate-700 italic`}>
                    {figures.status === 'SUPPRESSED'
                      ? t('quickscanResults.distributionSuppressed')
                      : t('quickscanResults.distributionFew', { min: minGroupSize })}
                  </td>
                  <td className={numberCell}>
                    {figures.status === 'SUPPRESSED'
                      ? t('quickscanResults.none')
                      : formatCount(figures.dontKnow)}
                  </td>
                </>
              )}
            </tr>
          )
        }),
      )}
    </ResultsTable>
  )
}
