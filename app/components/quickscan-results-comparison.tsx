import type { ReactNode } from 'react'
import {
  type Change,
  changeDirection,
  type DimensionChange,
  formatMean,
  formatSigned,
  type ItemChange,
  type PerGroup,
} from '~/models/quickscan/scoring.ts'
import { t } from '~/utils/i18n/index.ts'
import { GROUPS, groupLabel } from './quickscan-results-labels.tsx'
import { cell, headCell, numberCell, ResultsTable } from './quickscan-results-tables.tsx'

const DIRECTION = {
  BETTER: { arrow: '▲', word: 'quickscanResults.comparison.better', className: 'text-green-800' },
  WORSE: { arrow: '▼', word: 'quickscanResults.comparison.worse', className: 'text-red-800' },
  SAME: { arrow: '=', word: 'quickscanResults.comparison.same', className: 'text-slate-700' },
} as const

// A change as a small label: an arrow (decoration only), the signed change and a word, so it
// reads without colour: "▲ +0,6 beter", "▼ −0,4 slechter", "= 0,0 gelijk".
export function ChangeLabel({ change }: { change: number }) {
  const direction = DIRECTION[changeDirection(change)]
  return (
    <span className={`font-semibold whitespace-nowrap ${direction.className} print:text-black`}>
      <span aria-hidden="true">{direction.arrow} </span>
      {t('quickscanResults.comparison.changeLabel', {
        change: formatSigned(change),
        word: t(direction.word),
      })}
    </span>
  )
}

// The three cells of one group's change: then, now and the change (or the reason why not).
function ChangeCells({ change }: { change: Change }) {
  if (change.status === 'MISSING')
    return (
      <td colSpan={3} className={`${cell} text-right text-slate-700`}>
        {t(`quickscanResults.comparison.reason.${change.reason}`)}
      </td>
    )
  return (
    <>
      <td className={numberCell}>{formatMean(change.baseline)}</td>
      <td className={numberCell}>{formatMean(change.current)}</td>
      <td className={numberCell}>
        <ChangeLabel change={change.change} />
      </td>
    </>
  )
}

// The header of a change table: per group "toen", "nu" and "verandering".
function ChangeHead({ first }: { first: string }) {
  return (
    <>
      <tr>
        <th scope="col" rowSpan={2} className={`${headCell} border-b-2 border-slate-400`}>
          {first}
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
      </tr>
      <tr className="border-b-2 border-slate-400">
        {GROUPS.flatMap((group) => [
          <th key={`${group}-then`} scope="col" className={`${headCell} text-right`}>
            {t('quickscanResults.comparison.then')}
          </th>,
          <th key={`${group}-now`} scope="col" className={`${headCell} text-right`}>
            {t('quickscanResults.comparison.now')}
          </th>,
          <th key={`${group}-change`} scope="col" className={`${headCell} text-right`}>
            {t('quickscanResults.comparison.change')}
          </th>,
        ])}
      </tr>
    </>
  )
}

// One row of a change table.
function ChangeRow({ label, groups }: { label: ReactNode; groups: PerGroup<Change> }) {
  return (
    <tr className="border-b border-slate-200">
      <th scope="row" className={`${cell} max-w-md font-normal`}>
        {label}
      </th>
      {GROUPS.map((group) => (
        <ChangeCells key={group} change={groups[group]} />
      ))}
    </tr>
  )
}

// The change per dimension, per group.
export function DimensionChangeTable({ dimensions }: { dimensions: DimensionChange[] }) {
  return (
    <ResultsTable
      caption={t('quickscanResults.comparison.dimensionsTable')}
      head={<ChangeHead first={t('quickscanResults.dimension')} />}
    >
      {dimensions.map((dimension) => (
        <ChangeRow
          key={dimension.code}
          label={t('quickscanResults.dimensionHeading', { code: dimension.code, name: dimension.name })}
          groups={dimension.groups}
        />
      ))}
    </ResultsTable>
  )
}

// The change per item of one dimension, per group.
export function ItemChangeTable({ caption, items }: { caption: string; items: ItemChange[] }) {
  return (
    <ResultsTable caption={caption} head={<ChangeHead first={t('quickscanResults.item')} />}>
      {items.map((item) => (
        <ChangeRow
          key={item.code}
          label={
            <>
              <span className="font-semibold">{item.code}</span> {item.text}
            </>
          }
          groups={item.groups}
        />
      ))}
    </ResultsTable>
  )
}

// The items of a dimension asked in only one of the two scans.
export function UnmatchedItems({ dimension }: { dimension: DimensionChange }) {
  if (dimension.unmatched.length === 0) return null
  return (
    <div className="mb-4 max-w-3xl">
      <h3 className="mb-1 font-semibold">{t('quickscanResults.comparison.notComparable')}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {dimension.unmatched.map((item) => (
          <li key={`${item.onlyIn}-${item.code}`}>
            <span className="font-semibold">{item.code}</span> {item.text}{' '}
            <span className="text-slate-700">({t(`quickscanResults.comparison.onlyIn.${item.onlyIn}`)})</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
