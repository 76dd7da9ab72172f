// The figures of a set of advices, without a database: how many were sent, how many of
// those jointly, how many the college adopted, and how long a response took.
//
// The adoption rate is (ADOPTED + PARTLY_ADOPTED) / the advices the college actually
// responded to (ADOPTED, PARTLY_ADOPTED, NOT_ADOPTED, NOTED). NO_RESPONSE is left out of the
// denominator and counted on its own: a college that never answers did not judge the
// advice, and mixing silence into the rate would hide it. The page says so.
import { daysBetween } from './advice-lifecycle.ts'
import { SUCCESSFUL_OUTCOMES } from './advice-types.ts'

export type FigureRow = {
  councilCount: number
  sentOn: Date | null
  responseOn: Date | null
  responseOutcome: string | null
}

// Returns the middle value of `values` (the mean of the two middle ones for an even count),
// or null for none.
export function median(values: number[]) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2
}

// Returns `part / whole`, or null when there is nothing to divide by.
export function share(part: number, whole: number) {
  return whole === 0 ? null : part / whole
}

// Returns the figures of the sent advices among `rows` (rows without a send date are ignored).
export function summariseFigures(rows: FigureRow[]) {
  const sent = rows.filter((row) => row.sentOn !== null)
  const joint = sent.filter((row) => row.councilCount >= 2).length
  const answered = sent.filter((row) => row.responseOutcome && row.responseOutcome !== 'NO_RESPONSE')
  const adopted = answered.filter((row) =>
    SUCCESSFUL_OUTCOMES.some((outcome) => outcome === row.responseOutcome),
  ).length
  const noResponse = sent.filter((row) => row.responseOutcome === 'NO_RESPONSE').length
  const responseDays = answered.flatMap((row) =>
    row.sentOn && row.responseOn ? [daysBetween(row.sentOn, row.responseOn)] : [],
  )
  return {
    sent: sent.length,
    joint,
    jointShare: share(joint, sent.length),
    responded: answered.length,
    adopted,
    noResponse,
    adoptionRate: share(adopted, answered.length),
    medianResponseDays: median(responseDays),
  }
}

export type AdviceFigureSummary = ReturnType<typeof summariseFigures>

// Returns a share (0–1) as a whole percentage "67%", or "—" when there is none.
export function formatShare(value: number | null) {
  return value === null ? '—' : `${Math.round(value * 100)}%`
}
