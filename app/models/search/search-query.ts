// Pure helpers of the search: turning what a user typed into a safe FTS5 query, and a
// snippet with match markers into segments that React renders (no HTML strings).

export const SEARCH_KINDS = [
  'organisation',
  'person',
  'activity',
  'signal',
  'meeting',
  'advice',
  'document',
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

// Longer input is cut off: nobody types more, and it keeps the query cheap.
export const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 12

// Private-use characters that mark the start and end of a match in a snippet.
export const MARK_START = '\uE000'
export const MARK_END = '\uE001'

// Returns the words of `input`: runs of letters and digits, lower-cased, at most MAX_TERMS.
export function searchTerms(input: string) {
  const words =
    input
      .slice(0, MAX_QUERY_LENGTH)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words)].slice(0, MAX_TERMS)
}

// Returns an FTS5 query matching records that contain every word (as a prefix), or null
// when the input has no words. Each term is a quoted string, so FTS5 operators typed by the
// user (NEAR, AND, -, :, *, parentheses) are plain text.
export function buildMatchQuery(input: string) {
  const terms = searchTerms(input)
  if (terms.length === 0) return null
  return terms.map((term) => `"${term}"*`).join(' ')
}

// Returns a looser query for when the exact one finds nothing (a typo further on in a
// word): every word cut to its first four letters, or null when that changes nothing.
export function buildFallbackQuery(input: string) {
  const terms = searchTerms(input)
  if (!terms.some((term) => term.length > 4)) return null
  return terms.map((term) => `"${term.slice(0, 4)}"*`).join(' ')
}

export type SnippetSegment = { text: string; match: boolean }

// Returns the snippet as text segments, those between markers flagged as a match.
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = []
  for (const [index, part] of snippet.split(MARK_START).entries()) {
    if (index === 0) {
      if (part) segments.push({ text: part, match: false })
      continue
    }
    const [matched = '', ...rest] = part.split(MARK_END)
    if (matched) segments.push({ text: matched, match: true })
    const after = rest.join('')
    if (after) segments.push({ text: after, match: false })
  }
  return segments
}
