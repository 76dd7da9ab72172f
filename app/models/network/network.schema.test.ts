import { describe, expect, it } from 'vitest'
import { parseNetworkSearch } from './network.schema.ts'

// 26 November 2026, 15:00 in Amsterdam.
const now = new Date('2026-11-26T14:00:00Z')
const parse = (search: string) => parseNetworkSearch(new URLSearchParams(search), now)

describe('the filters of the network picture', () => {
  it('shows the councils, every kind of link and the last twelve months by default', () => {
    const query = parse('')
    expect(query).toMatchObject({
      themeId: null,
      municipalityId: null,
      scope: 'raden',
      kinds: ['relation', 'advice', 'meeting'],
      from: '2025-11-26',
      to: '2026-11-26',
    })
    // From the start of the first day to the end of the last, Dutch time (CET, UTC+1).
    expect(query.period.from.toISOString()).toBe('2025-11-25T23:00:00.000Z')
    expect(query.period.to.toISOString()).toBe('2026-11-26T22:59:59.999Z')
  })

  it('reads the chosen theme, municipality, types, kinds and period', () => {
    const query = parse(
      'thema=th_1&gemeente=gm-2&soorten=alle&verband=&verband=advies&verband=bijeenkomst&van=2026-01-01&tot=2026-06-30',
    )
    expect(query).toMatchObject({
      themeId: 'th_1',
      municipalityId: 'gm-2',
      scope: 'alle',
      kinds: ['advice', 'meeting'],
      from: '2026-01-01',
      to: '2026-06-30',
    })
  })

  it('passes on an id it cannot know, for the page to look up and report', () => {
    expect(parse(`thema=${encodeURIComponent('<script>')}`).themeId).toBe('<script>')
  })

  it('shows no links when the form was sent with every kind unticked', () => {
    expect(parse('verband=').kinds).toEqual([])
  })

  it('falls back to the defaults for values that make no sense, and turns a backward period round', () => {
    const query = parse(
      `thema=${'x'.repeat(200)}&gemeente=&soorten=iedereen&verband=alles&van=2026-02-30&tot=morgen`,
    )
    expect(query).toMatchObject({ themeId: null, municipalityId: null, scope: 'raden', kinds: [] })
    expect([query.from, query.to]).toEqual(['2025-11-26', '2026-11-26'])
    const backwards = parse('van=2026-06-30&tot=2026-01-01')
    expect([backwards.from, backwards.to]).toEqual(['2026-01-01', '2026-06-30'])
  })

  it('goes back to the last day of a shorter month', () => {
    const query = parseNetworkSearch(new URLSearchParams(), new Date('2024-02-29T12:00:00Z'))
    expect(query.from).toBe('2023-02-28')
  })
})
