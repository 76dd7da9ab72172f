import { useId } from 'react'
import { LIKERT_MAX, LIKERT_MIN } from '~/models/quickscan/quickscan-constants.ts'
import { COUNCIL_COLOUR, MUNICIPALITY_COLOUR } from './quickscan-results-labels.tsx'

export type RadarAxis = { key: string; code: string; label: string }
export type RadarSeries = {
  label: string
  kind: 'COUNCIL' | 'MUNICIPALITY'
  values: readonly (number | null)[]
}

const WIDTH = 620
const HEIGHT = 500
const CX = WIDTH / 2
const CY = 270
const RADIUS = 150
const LABEL_OFFSET = 22
const LINE_CHARS = 20
const LINE_HEIGHT = 14

// Returns the point at `value` (0 at the centre, LIKERT_MAX at the rim) on axis `index` of `count`,
// the first axis pointing up and the others clockwise.
function pointAt(index: number, count: number, value: number) {
  const angle = (2 * Math.PI * index) / count - Math.PI / 2
  const distance = (value / LIKERT_MAX) * RADIUS
  return { x: CX + distance * Math.cos(angle), y: CY + distance * Math.sin(angle) }
}

// Returns `text` broken into lines of about LINE_CHARS characters, at spaces.
function wrap(text: string) {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > LINE_CHARS) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.slice(0, 3)
}

const round = (value: number) => Math.round(value * 10) / 10

// A marker: a filled circle for the council, an open square for the municipality.
function Marker({ kind, x, y }: { kind: RadarSeries['kind']; x: number; y: number }) {
  return kind === 'COUNCIL' ? (
    <circle cx={round(x)} cy={round(y)} r="4.5" fill={COUNCIL_COLOUR} stroke="#ffffff" strokeWidth="1" />
  ) : (
    <rect
      x={round(x - 4)}
      y={round(y - 4)}
      width="8"
      height="8"
      fill="#ffffff"
      stroke={MUNICIPALITY_COLOUR}
      strokeWidth="2"
    />
  )
}

// A spider (radar) chart drawn on the server as SVG: one axis per dimension from the centre
// to LIKERT_MAX, rings at every scale point, and per group a polygon through its means —
// the council solid with round markers, the municipality dashed and hatched with square
// markers, so the groups differ in more than colour. An image to assistive technology,
// named by `title` and described by `description` (which points to the table).
export function RadarChart({
  title,
  description,
  axes,
  series,
}: {
  title: string
  description: string
  axes: readonly RadarAxis[]
  series: readonly RadarSeries[]
}) {
  const id = useId().replaceAll(':', '')
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const hatchId = `${id}-hatch`
  const count = axes.length
  const rings = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, index) => LIKERT_MIN + index)
  const ringPoints = (value: number) =>
    axes
      .map((_, index) => {
        const point = pointAt(index, count, value)
        return `${round(point.x)},${round(point.y)}`
      })
      .join(' ')
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      className="max-w-2xl min-w-[28rem] break-inside-avoid font-sans text-slate-900 print:min-w-0"
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
          <line x1="0" y1="0" x2="0" y2="6" stroke={MUNICIPALITY_COLOUR} strokeWidth="1.5" />
        </pattern>
      </defs>
      <g fontSize="12" fill="currentColor">
        {series.map((entry, index) => {
          const x = 20 + index * 200
          return (
            <g key={entry.kind}>
              <line
                x1={x}
                y1="18"
                x2={x + 36}
                y2="18"
                stroke={entry.kind === 'COUNCIL' ? COUNCIL_COLOUR : MUNICIPALITY_COLOUR}
                strokeWidth="2.5"
                strokeDasharray={entry.kind === 'COUNCIL' ? undefined : '6 4'}
              />
              <Marker kind={entry.kind} x={x + 18} y={18} />
              <text x={x + 44} y="22">
                {entry.label}
              </text>
            </g>
          )
        })}
        {rings.map((value) => (
          <g key={value}>
            <polygon points={ringPoints(value)} fill="none" stroke="#cbd5e1" strokeWidth="1" />
            <text x={CX + 4} y={round(pointAt(0, count, value).y) + 12} fontSize="10" fill="#475569">
              {value}
            </text>
          </g>
        ))}
        {axes.map((axis, index) => {
          const end = pointAt(index, count, LIKERT_MAX)
          const label = pointAt(index, count, LIKERT_MAX + (LABEL_OFFSET / RADIUS) * LIKERT_MAX)
          const anchor = Math.abs(label.x - CX) < 1 ? 'middle' : label.x > CX ? 'start' : 'end'
          const lines = [axis.code, ...wrap(axis.label)]
          // Labels above the chart grow upwards, the others downwards.
          const top = label.y < CY - 1 ? label.y - (lines.length - 1) * LINE_HEIGHT : label.y + 4
          return (
            <g key={axis.key}>
              <line x1={CX} y1={CY} x2={round(end.x)} y2={round(end.y)} stroke="#94a3b8" strokeWidth="1" />
              <text x={round(label.x)} y={round(top)} textAnchor={anchor}>
                {lines.map((line, lineIndex) => (
                  <tspan
                    key={line}
                    x={round(label.x)}
                    dy={lineIndex === 0 ? 0 : LINE_HEIGHT}
                    fontWeight={lineIndex === 0 ? 'bold' : undefined}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          )
        })}
        {series.map((entry) => {
          const points = entry.values.flatMap((value, index) =>
            value === null ? [] : [pointAt(index, count, value)],
          )
          const council = entry.kind === 'COUNCIL'
          return (
            <g key={entry.kind}>
              {points.length >= 3 ? (
                <polygon
                  points={points.map((point) => `${round(point.x)},${round(point.y)}`).join(' ')}
                  fill={council ? COUNCIL_COLOUR : `url(#${hatchId})`}
                  fillOpacity={council ? 0.15 : 0.6}
                  stroke={council ? COUNCIL_COLOUR : MUNICIPALITY_COLOUR}
                  strokeWidth="2.5"
                  strokeDasharray={council ? undefined : '6 4'}
                />
              ) : null}
              {points.map((point) => (
                <Marker key={`${point.x},${point.y}`} kind={entry.kind} x={point.x} y={point.y} />
              ))}
            </g>
          )
        })}
      </g>
    </svg>
  )
}
