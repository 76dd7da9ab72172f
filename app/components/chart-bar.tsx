import { useId } from 'react'

export type BarChartRow = { key: string; label: string; values: readonly [number, number] }

const WIDTH = 640
const LABEL_WIDTH = 260
const VALUE_WIDTH = 56
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH
const BAR_HEIGHT = 14
const ROW_GAP = 12
const ROW_HEIGHT = 2 * BAR_HEIGHT + ROW_GAP
const LEGEND_HEIGHT = 30
const MAX_LABEL_CHARS = 40

// Returns a label short enough for the label column (the table beside it has it in full).
const shorten = (label: string) =>
  label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : label

// A horizontal bar chart drawn on the server as SVG: per row a solid bar for the first series
// and a hatched one for the second, so that it reads in black and white too. It is an image
// to assistive technology, named by `title` and described by `description`, which should say
// where the same numbers stand as a table.
export function BarChart({
  title,
  description,
  series,
  rows,
  format,
}: {
  title: string
  description: string
  series: readonly [string, string]
  rows: readonly BarChartRow[]
  format: (value: number) => string
}) {
  // React's ids hold colons, which a url(#…) reference does not take everywhere.
  const id = useId().replaceAll(':', '')
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const hatchId = `${id}-hatch`
  const max = Math.max(1, ...rows.flatMap((row) => row.values))
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT
  const barLength = (value: number) => Math.max(value > 0 ? 1 : 0, (value / max) * BAR_AREA)
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="max-w-3xl break-inside-avoid font-sans text-slate-900"
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
          <line x1="0" y1="0" x2="0" y2="6" stroke="#334155" strokeWidth="2" />
        </pattern>
      </defs>
      <g fontSize="12" fill="currentColor">
        <rect x={LABEL_WIDTH} y="6" width="14" height="12" fill="#175962" />
        <text x={LABEL_WIDTH + 20} y="16">
          {series[0]}
        </text>
        <rect x={LABEL_WIDTH + 170} y="6" width="14" height="12" fill={`url(#${hatchId})`} stroke="#334155" />
        <text x={LABEL_WIDTH + 190} y="16">
          {series[1]}
        </text>
        {rows.map((row, index) => {
          const top = LEGEND_HEIGHT + index * ROW_HEIGHT
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - 8} y={top + BAR_HEIGHT + 4} textAnchor="end">
                {shorten(row.label)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={top}
                width={barLength(row.values[0])}
                height={BAR_HEIGHT}
                fill="#175962"
              />
              <text x={LABEL_WIDTH + barLength(row.values[0]) + 6} y={top + BAR_HEIGHT - 3}>
                {format(row.values[0])}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={top + BAR_HEIGHT}
                width={barLength(row.values[1])}
                height={BAR_HEIGHT}
                fill={`url(#${hatchId})`}
                stroke="#334155"
                strokeWidth={row.values[1] > 0 ? 1 : 0}
              />
              <text x={LABEL_WIDTH + barLength(row.values[1]) + 6} y={top + 2 * BAR_HEIGHT - 3}>
                {format(row.values[1])}
              </text>
            </g>
          )
        })}
        <line x1={LABEL_WIDTH} y1={LEGEND_HEIGHT - 4} x2={LABEL_WIDTH} y2={height} stroke="#334155" />
      </g>
    </svg>
  )
}
