import { useId } from 'react'
import { LIKERT_MAX, LIKERT_MIN } from '~/models/quickscan/quickscan-constants.ts'
import { formatMean, type ItemResult, type LikertFigures } from '~/models/quickscan/scoring.ts'
import { t } from '~/utils/i18n/index.ts'
import {
  COUNCIL_COLOUR,
  flagLabel,
  type GROUPS,
  gapLabel,
  groupLabel,
  MUNICIPALITY_COLOUR,
} from './quickscan-results-labels.tsx'

const WIDTH = 760
const LABEL_WIDTH = 260
const BAR_AREA = 340
const BAR_LEFT = LABEL_WIDTH
const BAR_RIGHT = BAR_LEFT + BAR_AREA
const GAP_LEFT = BAR_RIGHT + 56
const BAR_HEIGHT = 14
const ROW_GAP = 16
const ROW_HEIGHT = 2 * BAR_HEIGHT + ROW_GAP
const HEADER_HEIGHT = 46
const LINE_CHARS = 36

// Returns an item's label for the label column in at most two lines: its code and the start
// of its text (the table beside the chart has it in full).
function itemLabel(item: ItemResult) {
  const lines: string[] = []
  let line = ''
  for (const word of `${item.code} ${item.text}`.split(/\s+/)) {
    if (line && line.length + word.length + 1 > LINE_CHARS) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  const [first = '', second] = lines
  if (second === undefined) return [first]
  const rest = lines.slice(1).join(' ')
  return [first, rest.length > LINE_CHARS ? `${rest.slice(0, LINE_CHARS - 1).trimEnd()}…` : rest]
}

// Returns the x coordinate of a value on the 1–5 scale.
function xOf(value: number) {
  return BAR_LEFT + ((value - LIKERT_MIN) / (LIKERT_MAX - LIKERT_MIN)) * BAR_AREA
}

const round = (value: number) => Math.round(value * 10) / 10

// Paired horizontal bars per item on the 1–5 scale: a solid bar for the council and a hatched
// one for the municipality, each with its mean, and the gap with its flags at the right. A
// group without figures for an item gets the reason instead of a bar. An image to assistive
// technology, named by `title` and described by `description` (which points to the table).
export function ItemBarsChart({
  title,
  description,
  items,
}: {
  title: string
  description: string
  items: readonly ItemResult[]
}) {
  const id = useId().replaceAll(':', '')
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const hatchId = `${id}-hatch`
  const height = HEADER_HEIGHT + items.length * ROW_HEIGHT
  const ticks = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, index) => LIKERT_MIN + index)

  function bar(figures: LikertFigures, group: (typeof GROUPS)[number], top: number) {
    const council = group === 'COUNCIL'
    if (figures.status !== 'SHOWN') {
      return (
        <text x={BAR_LEFT + 6} y={top + BAR_HEIGHT - 3} fontStyle="italic" fill="#475569">
          {figures.status === 'SUPPRESSED'
            ? t('quickscanResults.notShown')
            : t('quickscanResults.fewAnswers')}
        </text>
      )
    }
    const width = Math.max(0, xOf(figures.mean) - BAR_LEFT)
    return (
      <>
        <rect
          x={BAR_LEFT}
          y={top}
          width={round(width)}
          height={BAR_HEIGHT}
          fill={council ? COUNCIL_COLOUR : `url(#${hatchId})`}
          stroke={council ? undefined : MUNICIPALITY_COLOUR}
          strokeWidth={council ? undefined : 1}
        />
        <text x={round(BAR_LEFT + width + 6)} y={top + BAR_HEIGHT - 3}>
          {formatMean(figures.mean)}
        </text>
      </>
    )
  }

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="max-w-4xl min-w-[36rem] break-inside-avoid font-sans text-slate-900 print:min-w-0"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <defs>
        <pattern
          id={hatchId}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={MUNICIPALITY_COLOUR} strokeWidth="2" />
        </pattern>
      </defs>
      <g fontSize="12" fill="currentColor">
        <rect x={8} y="4" width="14" height="12" fill={COUNCIL_COLOUR} />
        <text x={28} y="14">
          {groupLabel('COUNCIL')}
        </text>
        <rect x={118} y="4" width="14" height="12" fill={`url(#${hatchId})`} stroke={MUNICIPALITY_COLOUR} />
        <text x={138} y="14">
          {groupLabel('MUNICIPALITY')}
        </text>
        <text x={GAP_LEFT} y="36" fontWeight="bold">
          {t('quickscanResults.gapShort')}
        </text>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={round(xOf(tick))}
              y1={HEADER_HEIGHT - 6}
              x2={round(xOf(tick))}
              y2={height}
              stroke={tick === LIKERT_MIN ? MUNICIPALITY_COLOUR : '#e2e8f0'}
            />
            <text x={round(xOf(tick))} y={HEADER_HEIGHT - 10} textAnchor="middle" fontSize="11">
              {tick}
            </text>
          </g>
        ))}
        {items.map((item, index) => {
          const top = HEADER_HEIGHT + index * ROW_HEIGHT
          return (
            <g key={item.id}>
              <text x={LABEL_WIDTH - 8} y={top} textAnchor="end">
                {itemLabel(item).map((line, lineIndex, lines) => (
                  <tspan
                    key={line}
                    x={LABEL_WIDTH - 8}
                    dy={lineIndex === 0 ? (lines.length === 1 ? BAR_HEIGHT + 4 : 11) : 14}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              {bar(item.groups.COUNCIL, 'COUNCIL', top)}
              {bar(item.groups.MUNICIPALITY, 'MUNICIPALITY', top + BAR_HEIGHT)}
              <text
                x={GAP_LEFT}
                y={top + BAR_HEIGHT - 2}
                fontWeight={item.flags.length > 0 ? 'bold' : undefined}
              >
                {item.gap === null ? t('quickscanResults.none') : gapLabel(item.gap, null)}
              </text>
              {item.flags.length > 0 ? (
                <text x={GAP_LEFT} y={top + 2 * BAR_HEIGHT + 1} fontSize="10">
                  {`! ${item.flags.map(flagLabel).join(', ')}`}
                </text>
              ) : null}
            </g>
          )
        })}
      </g>
    </svg>
  )
}
