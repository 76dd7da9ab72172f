import { describe, expect, it } from 'vitest'
import {
  type AnswerDimension,
  answerSteps,
  mergeStep,
  missingAnswers,
  normaliseOpenText,
  parseDraft,
  readBackgroundStep,
  readDimensionStep,
  responseAnswers,
  responseBackground,
  serializeDraft,
  stepNumber,
  stepValues,
} from './answer-form.ts'
import { OPEN_ANSWER_MAX } from './quickscan-constants.ts'

const dimensionA: AnswerDimension = {
  id: 'dA',
  code: 'A',
  name: 'Doel en positie',
  items: [
    { id: 'a1', code: 'A1', kind: 'LIKERT', text: 'Het doel is duidelijk.', choices: [] },
    { id: 'a2', code: 'A2', kind: 'LIKERT', text: 'De taken zijn vastgelegd.', choices: [] },
    { id: 'aOpen', code: 'A-open', kind: 'OPEN', text: 'Wat is het doel?', choices: [] },
  ],
}
const dimensionE: AnswerDimension = {
  id: 'dE',
  code: 'E',
  name: 'Invloed',
  items: [
    { id: 'e1', code: 'E1', kind: 'LIKERT', text: 'Er komt een reactie.', choices: [] },
    {
      id: 'e5',
      code: 'E5',
      kind: 'LADDER',
      text: 'Op welke trede?',
      choices: ['informeren', 'raadplegen', 'adviseren', 'coproduceren', 'meebeslissen'],
    },
  ],
}
const dimensions = [dimensionA, dimensionE]
const step = (index: number) => answerSteps(dimensions)[index - 1] ?? { kind: 'intro' as const }

describe('the steps of the questionnaire', () => {
  it('are an introduction, the background, one per dimension and a review', () => {
    expect(answerSteps(dimensions).map((s) => (s.kind === 'dimension' ? s.dimension.code : s.kind))).toEqual([
      'intro',
      'background',
      'A',
      'E',
      'review',
    ])
  })

  it('reads the step from the address, within the questionnaire', () => {
    expect(stepNumber('3', 5)).toBe(3)
    expect(stepNumber(null, 5)).toBe(1)
    expect(stepNumber('0', 5)).toBe(1)
    expect(stepNumber('99', 5)).toBe(5)
    expect(stepNumber('2abc', 5)).toBe(1)
  })
})

describe('reading a dimension step', () => {
  it('takes the scale, "weet ik niet" and open text, and names every missing answer', () => {
    const reading = readDimensionStep(dimensionA, {
      'item-a1': '4',
      'text-aOpen': '  <b>Samen</b>\r\nbeter  ',
    })
    expect(reading.invalid).toBe(false)
    expect(reading.answers).toEqual({ a1: { value: 4 }, aOpen: { text: '<b>Samen</b>\nbeter' } })
    expect(reading.errors).toEqual({ 'item-a2': 'quickscan.answer.missing' })
    expect(readDimensionStep(dimensionA, { 'item-a1': 'dk', 'item-a2': '1' }).answers).toEqual({
      a1: { value: null },
      a2: { value: 1 },
    })
  })

  it('refuses values outside the scale or the ladder', () => {
    for (const value of ['0', '6', '-1', '3.5', 'veel', '1e0']) {
      expect(readDimensionStep(dimensionA, { 'item-a1': value, 'item-a2': '3' }).invalid).toBe(true)
    }
    expect(readDimensionStep(dimensionE, { 'item-e1': '3', 'now-e5': '6', 'desired-e5': '2' }).invalid).toBe(
      true,
    )
    expect(readDimensionStep(dimensionE, { 'item-e1': '3', 'now-e5': '5', 'desired-e5': 'dk' }).invalid).toBe(
      false,
    )
  })

  it('asks the ladder item twice: now and desired', () => {
    const reading = readDimensionStep(dimensionE, { 'item-e1': '2', 'now-e5': '2' })
    expect(reading.answers.e5).toEqual({ value: 2 })
    expect(reading.errors).toEqual({ 'desired-e5': 'quickscan.answer.missing' })
  })

  it('refuses an open answer over the limit with its length, keeping the earlier text', () => {
    const long = 'x'.repeat(OPEN_ANSWER_MAX + 1)
    const reading = readDimensionStep(dimensionA, { 'item-a1': '1', 'item-a2': '2', 'text-aOpen': long })
    expect(reading.errors['text-aOpen']).toBe(
      `quickscan.answer.textTooLong?max=${OPEN_ANSWER_MAX}&count=${OPEN_ANSWER_MAX + 1}`,
    )
    const draft = { background: {}, answers: { aOpen: { text: 'eerder' } } }
    expect(mergeStep(draft, step(3), reading).answers.aOpen).toEqual({ text: 'eerder' })
  })

  it('ignores fields of items outside the step', () => {
    expect(readDimensionStep(dimensionA, { 'item-a1': '1', 'item-a2': '1', 'item-e1': '9' }).answers).toEqual(
      {
        a1: { value: 1 },
        a2: { value: 1 },
      },
    )
  })
})

describe('reading the background', () => {
  it('needs role and years; experience is optional and only for council members', () => {
    expect(readBackgroundStep('COUNCIL', { role: 'CHAIR', years: 'Y1_3' })).toMatchObject({
      background: { role: 'CHAIR', years: 'Y1_3' },
      errors: {},
      invalid: false,
    })
    expect(readBackgroundStep('COUNCIL', { years: 'GT5' }).errors).toEqual({
      role: 'quickscan.answer.missingChoice',
    })
    expect(readBackgroundStep('MUNICIPALITY', { role: 'CHAIR', years: 'GT5' }).invalid).toBe(true)
    expect(
      readBackgroundStep('MUNICIPALITY', { role: 'MANAGER', years: 'GT5', experience: 'YES' }).invalid,
    ).toBe(true)
  })
})

describe('the draft', () => {
  it('survives being stored, and a damaged draft is an empty one', () => {
    const draft = {
      background: { role: 'MEMBER' },
      answers: { a1: { value: null }, e5: { value: 2, desired: 4 } },
    }
    expect(parseDraft(serializeDraft(draft))).toEqual(draft)
    expect(parseDraft('{nope')).toEqual({ background: {}, answers: {} })
    expect(parseDraft(JSON.stringify({ answers: { a1: { value: 'x' } } }))).toEqual({
      background: {},
      answers: { a1: {} },
    })
  })

  it('gives the form its values back, "weet ik niet" included', () => {
    const draft = {
      background: {},
      answers: { a1: { value: null }, a2: { value: 5 }, aOpen: { text: 'Hoi' } },
    }
    expect(stepValues(draft, step(3))).toEqual({ 'item-a1': 'dk', 'item-a2': '5', 'text-aOpen': 'Hoi' })
  })

  it('lists the steps that still lack required answers', () => {
    const draft = {
      background: { role: 'MEMBER' },
      answers: { a1: { value: 3 }, a2: { value: null }, e5: { value: 1 } },
    }
    expect(missingAnswers(draft, dimensions, 'COUNCIL')).toEqual([
      { step: 2, name: '', count: 1 },
      { step: 4, name: 'Invloed', count: 2 },
    ])
  })
})

describe('the stored response', () => {
  it('has one row per closed item and per open answer with text, and only known background', () => {
    const draft = {
      background: { role: 'MEMBER', years: 'LT1', experience: 'RATHER_NOT_SAY' },
      answers: {
        a1: { value: 5 },
        a2: { value: null },
        aOpen: { text: '' },
        e1: { value: 1 },
        e5: { value: 2, desired: null },
      },
    }
    expect(responseAnswers(draft, dimensions)).toEqual([
      { itemId: 'a1', value: 5, desiredValue: null, text: null },
      { itemId: 'a2', value: null, desiredValue: null, text: null },
      { itemId: 'e1', value: 1, desiredValue: null, text: null },
      { itemId: 'e5', value: 2, desiredValue: null, text: null },
    ])
    expect(JSON.parse(responseBackground(draft, 'COUNCIL'))).toEqual(draft.background)
    // MEMBER is no municipal role, and experience is asked of council members only.
    expect(JSON.parse(responseBackground(draft, 'MUNICIPALITY'))).toEqual({ years: 'LT1' })
  })

  it('keeps open text as plain characters without control characters', () => {
    expect(normaliseOpenText(' a\u0000b\r\n<script>c</script>\u0007 ')).toBe('ab\n<script>c</script>')
  })
})
