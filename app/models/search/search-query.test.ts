import { describe, expect, it } from 'vitest'
import { buildFallbackQuery, buildMatchQuery, MARK_END, MARK_START, snippetSegments } from './search-query.ts'

describe('buildMatchQuery', () => {
  it('quotes every word and matches it as a prefix', () => {
    expect(buildMatchQuery('Cliëntenraad  kwijtsch')).toBe('"cliëntenraad"* "kwijtsch"*')
  })

  it('treats FTS5 syntax as text', () => {
    expect(buildMatchQuery('"armoede" NEAR(x y) -schuld title:foo * (a OR b)')).toBe(
      '"armoede"* "near"* "x"* "y"* "schuld"* "title"* "foo"* "a"* "or"* "b"*',
    )
  })

  it('returns null for empty or punctuation-only input', () => {
    expect(buildMatchQuery('')).toBeNull()
    expect(buildMatchQuery('  "*-:() ')).toBeNull()
  })

  it('limits a very long query', () => {
    expect(buildMatchQuery('woord '.repeat(2000))).toMatch(/^"woord"\* /)
    expect((buildMatchQuery('a'.repeat(10_000)) ?? '').length).toBeLessThan(210)
  })
})

describe('buildFallbackQuery', () => {
  it('cuts long words to their first four letters', () => {
    expect(buildFallbackQuery('kwijtscheling')).toBe('"kwij"*')
    expect(buildFallbackQuery('wmo raad')).toBeNull()
  })
})

describe('snippetSegments', () => {
  it('splits a snippet into plain and matched text', () => {
    expect(snippetSegments(`De ${MARK_START}raad${MARK_END} <b>zegt</b>`)).toEqual([
      { text: 'De ', match: false },
      { text: 'raad', match: true },
      { text: ' <b>zegt</b>', match: false },
    ])
  })
})
