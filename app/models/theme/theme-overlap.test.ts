import { describe, expect, it } from 'vitest'
import type { EvidenceKind } from './theme-lookup.server.ts'
import {
  buildThemeOverlap,
  type EvidenceCount,
  evidenceHref,
  evidenceKindLabel,
  parseOverlapQuery,
  resolvePeriod,
} from './theme-overlap.ts'

const fallback = { from: new Date('2025-06-01T10:00:00Z'), to: new Date('2026-06-01T10:00:00Z') }

describe('the period of the overlap', () => {
  it('takes the fallback when no days are given', () => {
    expect(resolvePeriod({}, fallback)).toEqual({ period: fallback, problem: null })
  })

  it('runs from the start of the first Dutch day to the end of the last', () => {
    const { period, problem } = resolvePeriod({ van: '2025-03-01', tot: '2025-03-31' }, fallback)
    expect(problem).toBeNull()
    expect(period.from.toISOString()).toBe('2025-02-28T23:00:00.000Z')
    expect(period.to.toISOString()).toBe('2025-03-31T21:59:59.999Z')
  })

  it('fills a missing end from the fallback', () => {
    const { period } = resolvePeriod({ van: '2025-01-01' }, fallback)
    expect(period.to).toEqual(fallback.to)
  })

  it('falls back, saying why, for a day that does not exist or days in the wrong order', () => {
    expect(resolvePeriod({ van: '2025-02-30' }, fallback)).toEqual({
      period: fallback,
      problem: 'overlap.periodInvalid',
    })
    expect(resolvePeriod({ tot: 'gisteren' }, fallback).problem).toBe('overlap.periodInvalid')
    expect(resolvePeriod({ van: '2025-05-02', tot: '2025-05-01' }, fallback)).toEqual({
      period: fallback,
      problem: 'overlap.periodReversed',
    })
  })
})

describe('the filters in the URL', () => {
  it('falls back to the defaults for anything odd', () => {
    const query = parseOverlapQuery(
      new URLSearchParams({
        weergave: 'taart',
        gemeente: '<script>',
        soort: 'SITE',
        minimaal: '9',
        vastgelegd: 'misschien',
        paren: 'veel',
      }),
    )
    expect(query).toMatchObject({ weergave: 'themas', minimaal: 1, vastgelegd: false })
    expect(query.gemeente).toBeUndefined()
    expect(query.soort).toBeUndefined()
    expect(query.paren).toBeUndefined()
  })

  it('keeps sensible values, and empty fields of the form count as not given', () => {
    const query = parseOverlapQuery(
      new URLSearchParams({
        weergave: 'raden',
        soort: 'WMO_COUNCIL',
        minimaal: '3',
        vastgelegd: 'ja',
        van: '',
      }),
    )
    expect(query).toMatchObject({ weergave: 'raden', soort: 'WMO_COUNCIL', minimaal: 3, vastgelegd: true })
    expect(query.van).toBeUndefined()
  })
})

// A kind of evidence the catalog does not know: the helpers must carry it along anyway.
const NEW_KIND = 'survey' as EvidenceKind
const KINDS = ['explicit', 'activity', 'signal', NEW_KIND] as EvidenceKind[]

const council = (id: string, name: string) => ({ id, name, type: 'CLIENT_COUNCIL_WI', municipalities: [] })
const theme = (id: string, name: string, domain = 'WI') => ({ id, name, domain, active: true })
const row = (organisationId: string, themeId: string, kind: string, n: number): EvidenceCount => ({
  organisationId,
  themeId,
  kind: kind as EvidenceKind,
  n,
})

describe('grouping the evidence into the overlap views', () => {
  const councils = [council('b', 'Raad B'), council('a', 'Raad A'), council('c', 'Raad C')]
  const themes = [
    theme('jeugd', 'Jeugdhulp', 'JEUGD'),
    theme('armoede', 'Armoede'),
    theme('zorg', 'Mantelzorg', 'WMO'),
    theme('leeg', 'Zonder bewijs'),
  ]
  const rows = [
    row('a', 'armoede', 'explicit', 1),
    row('a', 'armoede', 'activity', 2),
    row('a', 'zorg', NEW_KIND, 1),
    row('b', 'armoede', 'signal', 1),
    row('b', 'zorg', 'activity', 3),
    row('b', 'jeugd', 'explicit', 1),
    row('c', 'jeugd', 'activity', 1),
    // Not one of the councils, or no theme we know: left out.
    row('x', 'armoede', 'explicit', 1),
    row('a', 'weg', 'activity', 1),
  ]

  it('counts every kind per cell, marks explicit tags, and orders rows by name and columns by domain', () => {
    const overlap = buildThemeOverlap({ kinds: KINDS, councils, themes, rows })
    expect(overlap.councils.map((c) => [c.name, c.themeCount])).toEqual([
      ['Raad A', 2],
      ['Raad B', 3],
      ['Raad C', 1],
    ])
    expect(overlap.themes.map((t) => [t.name, t.councilCount])).toEqual([
      ['Armoede', 2],
      ['Mantelzorg', 2],
      ['Jeugdhulp', 2],
    ])
    expect(overlap.cells.a?.armoede).toEqual({
      counts: { explicit: 1, activity: 2, signal: 0, [NEW_KIND]: 0 },
      explicit: true,
      derived: 2,
      counted: true,
    })
    expect(overlap.cells.a?.zorg).toMatchObject({ explicit: false, derived: 1, counted: true })
    expect(overlap.cells.a?.weg).toBeUndefined()
    expect(overlap.cells.x).toBeUndefined()
  })

  it('ranks the pairs by the number of shared themes, then by name', () => {
    const overlap = buildThemeOverlap({ kinds: KINDS, councils, themes, rows })
    expect(
      overlap.pairs.map((pair) => [
        pair.councils.map((c) => c.name).join(' — '),
        pair.themes.map((t) => t.name),
      ]),
    ).toEqual([
      ['Raad A — Raad B', ['Armoede', 'Mantelzorg']],
      ['Raad B — Raad C', ['Jeugdhulp']],
    ])
  })

  it('asks for more evidence from the work with a higher minimum, while a tag always counts', () => {
    const overlap = buildThemeOverlap({ kinds: KINDS, councils, themes, rows, minEvidence: 2 })
    expect(overlap.cells.a?.zorg?.counted).toBe(false)
    expect(overlap.cells.b?.armoede?.counted).toBe(false)
    expect(overlap.cells.b?.jeugd?.counted).toBe(true)
    expect(overlap.themes.map((t) => [t.name, t.councilCount])).toEqual([
      ['Armoede', 1],
      ['Mantelzorg', 1],
      ['Jeugdhulp', 1],
    ])
    expect(overlap.pairs).toEqual([])
  })

  it('keeps only the tags when only explicit themes count', () => {
    const overlap = buildThemeOverlap({ kinds: KINDS, councils, themes, rows, explicitOnly: true })
    expect(overlap.themes.map((t) => t.name)).toEqual(['Armoede', 'Jeugdhulp'])
    expect(overlap.evidenceThemes.map((t) => t.name)).toEqual(['Armoede', 'Jeugdhulp'])
    expect(overlap.cells.a?.armoede?.derived).toBe(0)
    expect(overlap.pairs).toEqual([])
  })

  it('lists the themes with evidence that count for nobody apart from the columns', () => {
    const overlap = buildThemeOverlap({ kinds: KINDS, councils, themes, rows, minEvidence: 3 })
    expect(overlap.themes.map((t) => t.name)).toEqual(['Armoede', 'Mantelzorg', 'Jeugdhulp'])
    const weak = buildThemeOverlap({
      kinds: KINDS,
      councils,
      themes,
      rows: [row('c', 'jeugd', 'activity', 1)],
      minEvidence: 2,
    })
    expect(weak.themes).toEqual([])
    expect(weak.evidenceThemes.map((t) => t.name)).toEqual(['Jeugdhulp'])
  })
})

describe('links to the evidence', () => {
  const link = { councilId: 'raad1', themeId: 'thema1', van: '2025-01-01', tot: '2025-12-31' }

  it('points each known kind at the list filtered on council, theme and period', () => {
    expect(evidenceHref('activity', link)).toBe(
      '/activiteiten?organisatie=raad1&thema=thema1&van=2025-01-01&tot=2025-12-31',
    )
    expect(evidenceHref('signal', link)).toBe(
      '/signalen?raad=raad1&thema=thema1&van=2025-01-01&tot=2025-12-31',
    )
    expect(evidenceHref('explicit', link)).toBe('/organisaties/raad1')
  })

  it('has no link and the raw name for a kind it does not know', () => {
    expect(evidenceHref(NEW_KIND, link)).toBeNull()
    expect(evidenceKindLabel(NEW_KIND)).toBe(NEW_KIND)
    expect(evidenceKindLabel('advice')).toBe('Adviezen')
  })
})
