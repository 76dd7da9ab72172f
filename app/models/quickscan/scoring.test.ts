import { describe, expect, it } from 'vitest'
import {
  backgroundTables,
  changeDirection,
  compareScans,
  computePhoto,
  dimensionFigures,
  flagsOf,
  formatMean,
  formatSigned,
  type ItemResult,
  type LikertFigures,
  ladderSide,
  likertFigures,
  openAnswersOf,
  parseBackground,
  type ScoringAnswer,
  type ScoringDimension,
  type ScoringResponse,
  selectTopAgreements,
  selectTopGaps,
} from './scoring.ts'

// Returns Likert answers to one item with the given values (null: weet ik niet).
const answersOf = (values: (number | null)[]): ScoringAnswer[] =>
  values.map((value) => ({ itemId: 'x', value, desiredValue: null, text: null }))

const likert = (code: string, version = 'v1') => ({
  id: `${version}-${code}`,
  code,
  kind: 'LIKERT',
  text: `Stelling ${code}`,
  choices: null,
})

type AnswerSpec = number | null | { now: number | null; desired: number | null } | string

// Returns a response of `group` answering items by code; ids are "<version>-<code>".
function respond(
  group: string,
  answers: Record<string, AnswerSpec>,
  { version = 'v1', background = null }: { version?: string; background?: string | null } = {},
): ScoringResponse {
  return {
    group,
    background,
    answers: Object.entries(answers).map(([code, spec]) => {
      const itemId = `${version}-${code}`
      if (typeof spec === 'string') return { itemId, value: null, desiredValue: null, text: spec }
      if (spec !== null && typeof spec === 'object')
        return { itemId, value: spec.now, desiredValue: spec.desired, text: null }
      return { itemId, value: spec, desiredValue: null, text: null }
    }),
  }
}

// Returns `count` responses of `group`, the i-th answering `answers(i)`.
function many(
  group: string,
  count: number,
  answers: (index: number) => Record<string, AnswerSpec>,
  options?: { version?: string; background?: string | null },
) {
  return Array.from({ length: count }, (_, index) => respond(group, answers(index), options))
}

const oneDimension = (codes: string[], version = 'v1'): ScoringDimension[] => [
  { code: 'A', name: 'Doel en positie', items: codes.map((code) => likert(code, version)) },
]

// Returns the item with `code` from a photo.
function itemOf(photo: ReturnType<typeof computePhoto>, code: string) {
  const item = photo.dimensions.flatMap((dimension) => dimension.items).find((entry) => entry.code === code)
  if (!item) throw new Error(`no item ${code}`)
  return item
}

const shown = (figures: LikertFigures) => {
  if (figures.status !== 'SHOWN') throw new Error(`expected figures, got ${figures.status}`)
  return figures
}

describe('an item’s figures for one group', () => {
  it('leaves "weet ik niet" out of the mean and the distribution, and counts it apart', () => {
    const figures = shown(likertFigures(answersOf([4, 4, 5, 3, 5, null, null]), 5))
    expect(figures.answered).toBe(5)
    expect(figures.dontKnow).toBe(2)
    expect(figures.mean).toBe(4.2)
    expect(figures.distribution).toEqual([0, 0, 1, 2, 2])
  })

  it('keeps the mean at full precision (the page rounds it)', () => {
    expect(shown(likertFigures(answersOf([4, 4, 5]), 3)).mean).toBeCloseTo(13 / 3, 12)
  })

  it('ignores values outside the scale', () => {
    const figures = shown(likertFigures(answersOf([0, 6, 2.5, 1, 1, 1, 1, 1]), 5))
    expect(figures.answered).toBe(5)
    expect(figures.mean).toBe(1)
  })

  it('hides mean and distribution with one real answer fewer than the minimum, and shows them at the minimum', () => {
    expect(likertFigures(answersOf([5, 5, 5, 5, null, null]), 5)).toEqual({
      status: 'FEW_ANSWERS',
      answered: 4,
      dontKnow: 2,
    })
    expect(likertFigures(answersOf([5, 5, 5, 5, 4, null]), 5).status).toBe('SHOWN')
  })
})

describe('gaps and flags', () => {
  it('computes the gap as council minus municipality', () => {
    const photo = computePhoto({
      minGroupSize: 1,
      dimensions: oneDimension(['A1', 'A2']),
      responses: [
        respond('COUNCIL', { A1: 4, A2: 2 }),
        respond('COUNCIL', { A1: 4, A2: 3 }),
        respond('MUNICIPALITY', { A1: 2, A2: 4 }),
        respond('MUNICIPALITY', { A1: 3, A2: 4 }),
      ],
    })
    expect(itemOf(photo, 'A1').gap).toBe(1.5)
    expect(itemOf(photo, 'A2').gap).toBe(-1.5)
  })

  it('flags a gap of exactly 1.0 either way, not 0.99', () => {
    expect(flagsOf(4, 3)).toEqual(['GAP'])
    expect(flagsOf(3, 4)).toEqual(['GAP'])
    expect(flagsOf(3.99, 3)).toEqual([])
    expect(flagsOf(3, 3.99)).toEqual([])
  })

  it('flags a gap of 1.0 that floating point makes a hair smaller', () => {
    expect(4.1 - 3.1).toBeLessThan(1)
    expect(flagsOf(4.1, 3.1)).toEqual(['GAP'])
  })

  it('flags "beide laag" when both means are 2.5 or lower, not when one is above', () => {
    expect(flagsOf(2.5, 2.5)).toEqual(['BOTH_LOW'])
    expect(flagsOf(2.5, 2.51)).toEqual([])
    expect(flagsOf(2.6, 1)).toEqual(['GAP'])
  })

  it('gives both flags when both apply', () => {
    expect(flagsOf(1.2, 2.4)).toEqual(['GAP', 'BOTH_LOW'])
  })

  it('flags nothing when a mean is missing', () => {
    expect(flagsOf(null, 1)).toEqual([])
    expect(flagsOf(5, null)).toEqual([])
  })

  it('flags exactly at the thresholds through the photo, from real answers', () => {
    // Council 4, 4, 3, 3 → 3.5; municipality 3, 2, 3, 2 → 2.5: gap 1.0.
    // Council 2, 3, 2, 3 → 2.5; municipality 3, 2, 2, 3 → 2.5: both low, gap 0.
    const photo = computePhoto({
      minGroupSize: 4,
      dimensions: oneDimension(['A1', 'A2']),
      responses: [
        ...[4, 4, 3, 3].map((value, index) =>
          respond('COUNCIL', { A1: value, A2: [2, 3, 2, 3][index] ?? 0 }),
        ),
        ...[3, 2, 3, 2].map((value, index) =>
          respond('MUNICIPALITY', { A1: value, A2: [3, 2, 2, 3][index] ?? 0 }),
        ),
      ],
    })
    expect(itemOf(photo, 'A1').flags).toEqual(['GAP'])
    expect(itemOf(photo, 'A2').flags).toEqual(['BOTH_LOW'])
    expect(photo.flagged.map((topic) => [topic.kind, topic.code, topic.flags])).toEqual([
      ['ITEM', 'A1', ['GAP']],
      ['ITEM', 'A2', ['BOTH_LOW']],
    ])
  })
})

describe('suppressing small groups', () => {
  const dimensions: ScoringDimension[] = [
    {
      code: 'A',
      name: 'Doel en positie',
      items: [
        likert('A1'),
        { id: 'v1-A9', code: 'A9', kind: 'OPEN', text: 'Wat is het doel?', choices: null },
      ],
    },
  ]
  const background = JSON.stringify({ role: 'POLICY_OFFICER', years: 'GT5' })
  const photoWith = (municipalityResponses: number) =>
    computePhoto({
      minGroupSize: 5,
      dimensions,
      responses: [
        ...many('COUNCIL', 5, () => ({ A1: 4, A9: 'Meer invloed' })),
        ...many('MUNICIPALITY', municipalityResponses, () => ({ A1: 2, A9: 'Geheim van de ambtenaar' }), {
          background,
        }),
      ],
    })

  it('hides a group with one response fewer than the minimum entirely', () => {
    const photo = photoWith(4)
    expect(photo.groups.MUNICIPALITY).toEqual({ responses: 4, suppressed: true })
    const item = itemOf(photo, 'A1')
    expect(item.groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(item.gap).toBeNull()
    expect(item.gapMissing).toBe('GROUP_SUPPRESSED')
    expect(item.flags).toEqual([])
    const [dimension] = photo.dimensions
    expect(dimension?.groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(dimension?.gapMissing).toBe('GROUP_SUPPRESSED')
    expect(dimension?.openQuestions[0]?.groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(photo.background.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    expect(JSON.stringify(photo)).not.toContain('Geheim van de ambtenaar')
    expect(photo.topGaps).toEqual([])
    expect(photo.topAgreements).toEqual([])
    // The other group is still shown.
    expect(shown(item.groups.COUNCIL).mean).toBe(4)
  })

  it('shows a group with exactly the minimum number of responses', () => {
    const photo = photoWith(5)
    expect(photo.groups.MUNICIPALITY).toEqual({ responses: 5, suppressed: false })
    expect(itemOf(photo, 'A1').gap).toBe(2)
    expect(photo.dimensions[0]?.openQuestions[0]?.groups.MUNICIPALITY).toEqual({
      status: 'SHOWN',
      answers: Array.from({ length: 5 }, () => 'Geheim van de ambtenaar'),
    })
  })

  it('treats a group without responses as suppressed', () => {
    const photo = computePhoto({
      minGroupSize: 5,
      dimensions,
      responses: many('COUNCIL', 5, () => ({ A1: 4 })),
    })
    expect(photo.groups.MUNICIPALITY).toEqual({ responses: 0, suppressed: true })
  })

  it('never shows anything below one response, even with a minimum of 0', () => {
    const photo = computePhoto({ minGroupSize: 0, dimensions, responses: [] })
    expect(photo.minGroupSize).toBe(1)
    expect(photo.groups.COUNCIL.suppressed).toBe(true)
  })
})

describe('dimension means', () => {
  it('is the mean of the item means, so every statement weighs the same', () => {
    // A1: five answers of 5 (mean 5); A2: one 1 and four "weet ik niet"… but with a minimum
    // of 1 it is shown (mean 1). Mean of means: 3; all answers pooled would give 4.33.
    const photo = computePhoto({
      minGroupSize: 1,
      dimensions: oneDimension(['A1', 'A2']),
      responses: [respond('COUNCIL', { A1: 5, A2: 1 }), ...many('COUNCIL', 4, () => ({ A1: 5, A2: null }))],
    })
    expect(photo.dimensions[0]?.groups.COUNCIL).toEqual({ status: 'SHOWN', mean: 3, itemCount: 2 })
  })

  it('leaves out an item whose figures are hidden for too few answers', () => {
    expect(
      dimensionFigures([
        { status: 'SHOWN', answered: 5, dontKnow: 0, mean: 4, distribution: [0, 0, 0, 5, 0] },
        { status: 'FEW_ANSWERS', answered: 1, dontKnow: 4 },
        { status: 'SHOWN', answered: 5, dontKnow: 0, mean: 3, distribution: [0, 0, 5, 0, 0] },
      ]),
    ).toEqual({ status: 'SHOWN', mean: 3.5, itemCount: 2 })
  })

  it('has no mean when no item of it is shown', () => {
    expect(dimensionFigures([{ status: 'FEW_ANSWERS', answered: 0, dontKnow: 5 }])).toEqual({
      status: 'FEW_ANSWERS',
    })
    expect(dimensionFigures([])).toEqual({ status: 'FEW_ANSWERS' })
  })

  it('flags a dimension like an item', () => {
    const photo = computePhoto({
      minGroupSize: 1,
      dimensions: oneDimension(['A1']),
      responses: [respond('COUNCIL', { A1: 2 }), respond('MUNICIPALITY', { A1: 1 })],
    })
    const [dimension] = photo.dimensions
    expect(dimension?.gap).toBe(1)
    expect(dimension?.flags).toEqual(['GAP', 'BOTH_LOW'])
    expect(photo.flagged.map((topic) => `${topic.kind} ${topic.code}`)).toEqual(['DIMENSION A', 'ITEM A1'])
  })
})

// Returns an item result with the given means (null: not shown) for ordering tests.
function itemWith(
  code: string,
  order: number,
  council: number | null,
  municipality: number | null,
): ItemResult {
  const figures = (mean: number | null): LikertFigures =>
    mean === null
      ? { status: 'FEW_ANSWERS', answered: 0, dontKnow: 0 }
      : { status: 'SHOWN', answered: 5, dontKnow: 0, mean, distribution: [0, 0, 0, 0, 0] }
  const gap = council !== null && municipality !== null ? council - municipality : null
  return {
    id: code,
    code,
    text: code,
    dimensionCode: code.slice(0, 1),
    order,
    groups: { COUNCIL: figures(council), MUNICIPALITY: figures(municipality) },
    gap,
    gapMissing: gap === null ? 'FEW_ANSWERS' : null,
    flags: flagsOf(council, municipality),
  }
}

describe('the top gaps and agreements', () => {
  const items = [
    itemWith('A1', 0, 4, 4), // gap 0, both high
    itemWith('A2', 1, 3, 4.2), // gap −1.2 (flagged)
    itemWith('A3', 2, 3.5, 3.3), // gap 0.2
    itemWith('B1', 3, 3, 3), // gap 0, lower
    itemWith('B2', 4, 4.5, 3.7), // gap 0.8
    itemWith('B3', 5, 2, 2.8), // gap −0.8 (tie with B2)
    itemWith('C1', 6, null, 3), // no gap
    itemWith('C2', 7, 3.1, 3), // gap 0.1
  ]

  it('lists the largest differences first, by size whatever their sign, ties in questionnaire order', () => {
    expect(selectTopGaps(items).map((item) => item.code)).toEqual(['A2', 'B2', 'B3'])
    expect(selectTopGaps(items, 5).map((item) => item.code)).toEqual(['A2', 'B2', 'B3', 'A3', 'C2'])
  })

  it('leaves out items without a gap, and gaps of zero', () => {
    expect(selectTopGaps([itemWith('A1', 0, 3, 3), itemWith('A2', 1, null, 3)])).toEqual([])
  })

  it('lists the smallest differences first, on a tie the higher means first, and skips flagged items and the top gaps', () => {
    const topGaps = selectTopGaps(items)
    expect(selectTopAgreements(items, topGaps).map((item) => item.code)).toEqual(['A1', 'B1', 'C2'])
    expect(selectTopAgreements(items, topGaps, 10).map((item) => item.code)).toEqual(['A1', 'B1', 'C2', 'A3'])
  })

  it('keeps questionnaire order for agreements equal in gap and means', () => {
    const same = [itemWith('B1', 1, 3, 3), itemWith('A1', 0, 3, 3)]
    expect(selectTopAgreements(same).map((item) => item.code)).toEqual(['A1', 'B1'])
  })

  it('does not count "both low" items as agreements', () => {
    expect(selectTopAgreements([itemWith('A1', 0, 2, 2)])).toEqual([])
  })

  it('fills the photo’s summary with three of each', () => {
    const codes = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']
    // Council 4 everywhere; municipality means (from two answers each) give the gaps
    // 0, +1.5, +0.5, −0.5, +1, −1, 0.
    const municipality = [4, 2.5, 3.5, 4.5, 3, 5, 4]
    const photo = computePhoto({
      minGroupSize: 1,
      dimensions: oneDimension(codes),
      responses: [
        respond('COUNCIL', Object.fromEntries(codes.map((code) => [code, 4]))),
        ...[0, 1].map((offset) =>
          respond(
            'MUNICIPALITY',
            Object.fromEntries(
              codes.map((code, index) => {
                const mean = municipality[index] ?? 0
                const low = Math.floor(mean)
                return [code, offset === 0 ? low : 2 * mean - low]
              }),
            ),
          ),
        ),
      ],
    })
    expect(photo.topGaps.map((item) => [item.code, item.gap])).toEqual([
      ['A2', 1.5],
      ['A5', 1],
      ['A6', -1],
    ])
    // A1 and A7 agree on 4 (questionnaire order); A4 before A3: equally far apart, higher.
    expect(photo.topAgreements.map((item) => item.code)).toEqual(['A1', 'A7', 'A4'])
  })
})

describe('the ladder item', () => {
  it('counts the steps chosen, the lower middle step and the most chosen', () => {
    expect(ladderSide([1, 2, 2, 3, 5, 5], 5, 5)).toEqual({
      answered: 6,
      counts: [1, 2, 1, 0, 2],
      median: 2,
      mostChosen: [2, 5],
    })
    expect(ladderSide([3, 1, 2, 3, 3], 5, 5)).toEqual({
      answered: 5,
      counts: [1, 1, 3, 0, 0],
      median: 3,
      mostChosen: [3],
    })
  })

  it('ignores no answer and steps that do not exist, and hides a side with too few answers', () => {
    expect(ladderSide([null, 0, 6, 2, 2, 2, 2], 5, 5)).toEqual({
      answered: 4,
      counts: null,
      median: null,
      mostChosen: [],
    })
  })

  it('gives now and desired per group in the photo', () => {
    const dimensions: ScoringDimension[] = [
      {
        code: 'E',
        name: 'Invloed',
        items: [
          {
            id: 'v1-E5',
            code: 'E5',
            kind: 'LADDER',
            text: 'Trede?',
            choices: 'informeren\nraadplegen\r\nadviseren\n\ncoproduceren\nmeebeslissen\n',
          },
        ],
      },
    ]
    const photo = computePhoto({
      minGroupSize: 2,
      dimensions,
      responses: [
        respond('COUNCIL', { E5: { now: 1, desired: 4 } }),
        respond('COUNCIL', { E5: { now: 2, desired: 5 } }),
        respond('COUNCIL', { E5: { now: 2, desired: 4 } }),
        respond('MUNICIPALITY', { E5: { now: 3, desired: 3 } }),
      ],
    })
    const [ladder] = photo.ladders
    expect(ladder?.choices).toEqual(['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen'])
    expect(ladder?.dimensionCode).toBe('E')
    expect(ladder?.groups.COUNCIL).toEqual({
      status: 'SHOWN',
      now: { answered: 3, counts: [1, 2, 0, 0, 0], median: 2, mostChosen: [2] },
      desired: { answered: 3, counts: [0, 0, 0, 2, 1], median: 4, mostChosen: [4] },
    })
    expect(ladder?.groups.MUNICIPALITY).toEqual({ status: 'SUPPRESSED' })
    // The ladder is not a Likert item: no mean, no place in the dimension.
    expect(photo.dimensions[0]?.items).toEqual([])
  })
})

describe('open answers', () => {
  it('keeps trimmed, non-empty answers in alphabetical order, never in the order they came', () => {
    const answers = ['  zeker  ', '', 'Anders', '   ', 'énige twijfel', 'beter'].map((text) => ({
      itemId: 'x',
      value: null,
      desiredValue: null,
      text,
    }))
    expect(openAnswersOf(answers)).toEqual(['Anders', 'beter', 'énige twijfel', 'zeker'])
  })

  it('groups open answers under their dimension, per group', () => {
    const dimensions: ScoringDimension[] = [
      {
        code: 'A',
        name: 'A',
        items: [{ id: 'v1-A9', code: 'A9', kind: 'OPEN', text: 'Doel?', choices: null }],
      },
      {
        code: 'B',
        name: 'B',
        items: [{ id: 'v1-B9', code: 'B9', kind: 'OPEN', text: 'Wie?', choices: null }],
      },
    ]
    const photo = computePhoto({
      minGroupSize: 1,
      dimensions,
      responses: [
        respond('COUNCIL', { A9: 'Invloed', B9: 'Jongeren' }),
        respond('MUNICIPALITY', { A9: '<b>Advies</b>' }),
      ],
    })
    expect(
      photo.dimensions.map((dimension) => dimension.openQuestions.map((question) => question.groups)),
    ).toEqual([
      [
        {
          COUNCIL: { status: 'SHOWN', answers: ['Invloed'] },
          MUNICIPALITY: { status: 'SHOWN', answers: ['<b>Advies</b>'] },
        },
      ],
      [
        {
          COUNCIL: { status: 'SHOWN', answers: ['Jongeren'] },
          MUNICIPALITY: { status: 'SHOWN', answers: [] },
        },
      ],
    ])
  })
})

describe('the background of the respondents', () => {
  const withRole = (role: string | null, years = 'Y1_3') =>
    respond('COUNCIL', {}, { background: JSON.stringify(role ? { role, years } : { years }) })

  it('shows only categories of at least the minimum and merges the rest', () => {
    const responses = [
      ...Array.from({ length: 6 }, () => withRole('MEMBER')),
      withRole('CHAIR'),
      withRole('SECRETARY'),
    ]
    const [roles, years, experience] = backgroundTables('COUNCIL', responses, 5)
    expect(roles).toEqual({ question: 'role', rows: [{ value: 'MEMBER', count: 6 }], other: { count: null } })
    expect(years).toEqual({ question: 'years', rows: [{ value: 'Y1_3', count: 8 }], other: null })
    expect(experience).toEqual({
      question: 'experience',
      rows: [{ value: 'NOT_GIVEN', count: 8 }],
      other: null,
    })
  })

  it('shows the merged count when it reaches the minimum itself', () => {
    const responses = [
      ...Array.from({ length: 3 }, () => withRole('CHAIR')),
      ...Array.from({ length: 3 }, () => withRole('SECRETARY')),
    ]
    const [roles] = backgroundTables('COUNCIL', responses, 5)
    expect(roles).toEqual({ question: 'role', rows: [], other: { count: 6 } })
  })

  it('asks municipal staff no experience question and counts unknown values as not given', () => {
    const responses = Array.from({ length: 5 }, () => withRole('CHAIR'))
    const tables = backgroundTables('MUNICIPALITY', responses, 5)
    expect(tables.map((table) => table.question)).toEqual(['role', 'years'])
    expect(tables[0]?.rows).toEqual([{ value: 'NOT_GIVEN', count: 5 }])
  })

  it('reads only known keys with text values, and survives bad JSON', () => {
    expect(parseBackground('{"role":"MEMBER","years":3,"name":"Jan"}')).toEqual({ role: 'MEMBER' })
    expect(parseBackground('not json')).toEqual({})
    expect(parseBackground('[1]')).toEqual({})
    expect(parseBackground(null)).toEqual({})
  })
})

describe('comparing a re-scan with its baseline', () => {
  // The baseline asks A1, A2, A3 and B1; the re-scan (a newer version) drops A3 and adds A4.
  const baselineDimensions: ScoringDimension[] = [
    { code: 'A', name: 'Doel', items: ['A1', 'A2', 'A3'].map((code) => likert(code, 'v1')) },
    { code: 'B', name: 'Samenstelling', items: [likert('B1', 'v1')] },
  ]
  const currentDimensions: ScoringDimension[] = [
    { code: 'A', name: 'Doel', items: ['A1', 'A2', 'A4'].map((code) => likert(code, 'v2')) },
  ]
  const baseline = computePhoto({
    minGroupSize: 2,
    dimensions: baselineDimensions,
    responses: [
      ...many('COUNCIL', 2, () => ({ A1: 3, A2: 2, A3: 5, B1: 4 }), { version: 'v1' }),
      ...many('MUNICIPALITY', 2, () => ({ A1: 4, A2: 4, A3: 1, B1: 4 }), { version: 'v1' }),
    ],
  })
  const current = computePhoto({
    minGroupSize: 2,
    dimensions: currentDimensions,
    responses: [
      ...many('COUNCIL', 2, (index) => ({ A1: 4, A2: index === 0 ? 2 : 1, A4: 5 }), { version: 'v2' }),
      ...many('MUNICIPALITY', 2, () => ({ A1: 4, A2: null, A4: 1 }), { version: 'v2' }),
    ],
  })
  const comparison = compareScans({ current, baseline })
  const [a, b] = comparison.dimensions

  it('matches items by code across versions and gives this scan minus the baseline', () => {
    expect(a?.items.map((item) => item.code)).toEqual(['A1', 'A2'])
    expect(a?.items[0]?.groups.COUNCIL).toEqual({ status: 'SHOWN', baseline: 3, current: 4, change: 1 })
    expect(a?.items[0]?.groups.MUNICIPALITY).toEqual({ status: 'SHOWN', baseline: 4, current: 4, change: 0 })
    expect(a?.items[1]?.groups.COUNCIL).toEqual({ status: 'SHOWN', baseline: 2, current: 1.5, change: -0.5 })
  })

  it('gives the reason when an item has too few answers in this scan', () => {
    expect(a?.items[1]?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'FEW_ANSWERS_CURRENT' })
  })

  it('lists the items asked in only one of the scans as not comparable', () => {
    expect(a?.unmatched).toEqual([
      { code: 'A4', text: 'Stelling A4', onlyIn: 'CURRENT' },
      { code: 'A3', text: 'Stelling A3', onlyIn: 'BASELINE' },
    ])
    expect(a?.onlyIn).toBeNull()
    expect(b).toEqual({
      code: 'B',
      name: 'Samenstelling',
      onlyIn: 'BASELINE',
      groups: {
        COUNCIL: { status: 'MISSING', reason: 'NO_COMMON_ITEMS' },
        MUNICIPALITY: { status: 'MISSING', reason: 'NO_COMMON_ITEMS' },
      },
      items: [],
      unmatched: [{ code: 'B1', text: 'Stelling B1', onlyIn: 'BASELINE' }],
    })
  })

  it('compares a dimension over the items both scans show, so added or dropped items do not move it', () => {
    // Council: A1 3 → 4 and A2 2 → 1.5: (4 + 1.5) / 2 − (3 + 2) / 2 = 0.25 (A3 and A4 left out).
    expect(a?.groups.COUNCIL).toEqual({ status: 'SHOWN', baseline: 2.5, current: 2.75, change: 0.25 })
    // Municipality: A2 has too few answers now, so only A1 counts: 4 → 4.
    expect(a?.groups.MUNICIPALITY).toEqual({ status: 'SHOWN', baseline: 4, current: 4, change: 0 })
  })

  it('shows no change for a group suppressed in either scan, saying which', () => {
    const small = computePhoto({
      minGroupSize: 2,
      dimensions: currentDimensions,
      responses: [
        ...many('COUNCIL', 2, () => ({ A1: 4, A2: 4 }), { version: 'v2' }),
        respond('MUNICIPALITY', { A1: 1, A2: 1 }, { version: 'v2' }),
      ],
    })
    const now = compareScans({ current: small, baseline }).dimensions[0]
    expect(now?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_CURRENT' })
    expect(now?.items[0]?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_CURRENT' })
    expect(now?.items[0]?.groups.COUNCIL.status).toBe('SHOWN')
    const then = compareScans({ current: baseline, baseline: small }).dimensions[0]
    expect(then?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_BASELINE' })
    expect(then?.items[0]?.groups.MUNICIPALITY).toEqual({ status: 'MISSING', reason: 'SUPPRESSED_BASELINE' })
  })
})

describe('Dutch numbers', () => {
  it('shows means with one decimal and a comma', () => {
    expect(formatMean(4.2)).toBe('4,2')
    expect(formatMean(13 / 3)).toBe('4,3')
    expect(formatMean(3)).toBe('3,0')
  })

  it('shows gaps and changes with a sign and a real minus', () => {
    expect(formatSigned(0.6)).toBe('+0,6')
    expect(formatSigned(-0.4)).toBe('−0,4')
    expect(formatSigned(0)).toBe('0,0')
    expect(formatSigned(-0.04)).toBe('0,0')
  })

  it('calls a change better, worse or the same as it is shown', () => {
    expect(changeDirection(0.6)).toBe('BETTER')
    expect(changeDirection(-0.4)).toBe('WORSE')
    expect(changeDirection(0.04)).toBe('SAME')
    expect(changeDirection(-0.04)).toBe('SAME')
    expect(changeDirection(-0.05)).toBe('WORSE')
    expect(formatSigned(-0.05)).toBe('−0,1')
  })
})
