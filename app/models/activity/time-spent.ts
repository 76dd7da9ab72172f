// Time spent ("Tijdsbesteding") as people type it: hours and minutes ("1:30") or decimal
// hours with a comma or a point ("1,5"). Stored as whole minutes.

export const MAX_MINUTES = 24 * 60

export type TimeSpentResult =
  | { ok: true; minutes: number | null }
  | { ok: false; reason: 'invalid' | 'negative' | 'tooLong' }

// Returns the minutes in `text` ("1:30" → 90, "1,5" → 90, "2" → 120, "" → null), or why
// it is refused: not a time, below zero, or more than 24 hours.
export function parseTimeSpent(text: string): TimeSpentResult {
  const input = text.trim().replace(/\s+/g, '')
  if (input === '') return { ok: true, minutes: null }
  const negative = input.startsWith('-')
  const unsigned = negative ? input.slice(1) : input
  let minutes: number
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(unsigned)
  const decimal = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(unsigned)
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2])
  else if (decimal) minutes = Math.round(Number(`${decimal[1]}.${decimal[2] ?? '0'}`) * 60)
  else return { ok: false, reason: 'invalid' }
  if (negative && minutes > 0) return { ok: false, reason: 'negative' }
  if (minutes > MAX_MINUTES) return { ok: false, reason: 'tooLong' }
  return { ok: true, minutes }
}

// Returns stored minutes as the form shows them: 90 → "1:30", null → "".
export function timeSpentInputValue(minutes: number | null | undefined) {
  if (minutes === null || minutes === undefined) return ''
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`
}
