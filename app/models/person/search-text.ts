// Accent- and case-insensitive matching of names ("clientenraad" finds "Cliëntenraad").

// Returns `text` lower-cased without diacritics, for comparing what people type.
export function foldText(text: string) {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

// Returns true when every word of `query` occurs somewhere in `text`; an empty query matches all.
export function matchesAllWords(text: string, query: string) {
  const folded = foldText(text)
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word))
}
