import { describe, expect, it } from 'vitest'
import {
  formatChoices,
  hasCode,
  insertPosition,
  itemRefusals,
  parseChoices,
  suggestDimensionCode,
  suggestItemCode,
  swapPartner,
} from './questionnaire-structure.ts'

describe('the codes of a questionnaire', () => {
  const codes = ['C1', 'C2', 'C3', 'C4', 'C5', 'C-open', 'E5']

  it('proposes the number after the highest one in the dimension', () => {
    expect(suggestItemCode('C', 'LIKERT', codes)).toBe('C6')
    expect(suggestItemCode('E', 'LADDER', codes)).toBe('E6')
    expect(suggestItemCode('G', 'LIKERT', codes)).toBe('G1')
  })

  it('proposes "<dimension>-open" for an open question, numbered when it is taken', () => {
    expect(suggestItemCode('A', 'OPEN', codes)).toBe('A-open')
    expect(suggestItemCode('C', 'OPEN', codes)).toBe('C-open2')
  })

  it('treats codes that differ only in case as the same code', () => {
    expect(hasCode(codes, 'c2')).toBe(true)
    expect(hasCode(codes, 'C7')).toBe(false)
  })

  it('proposes the letter after the highest dimension, else a free one', () => {
    expect(suggestDimensionCode(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('G')
    expect(suggestDimensionCode(['A', 'C'])).toBe('D')
    expect(suggestDimensionCode([])).toBe('A')
    expect(suggestDimensionCode(['B', 'Z'])).toBe('A')
  })
})

describe('the order of items', () => {
  const items = [
    { kind: 'LIKERT', position: 1 },
    { kind: 'LIKERT', position: 2 },
    { kind: 'OPEN', position: 3 },
  ]

  it('puts a new statement before the open question at the end, and an open question last', () => {
    expect(insertPosition(items, 'LIKERT')).toBe(3)
    expect(insertPosition(items, 'LADDER')).toBe(3)
    expect(insertPosition(items, 'OPEN')).toBe(4)
    expect(insertPosition([], 'LIKERT')).toBe(1)
  })

  it('swaps with the neighbour above or below, and not past either end', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    expect(swapPartner(list, 'b', 'up')?.id).toBe('a')
    expect(swapPartner(list, 'b', 'down')?.id).toBe('c')
    expect(swapPartner(list, 'a', 'up')).toBeNull()
    expect(swapPartner(list, 'c', 'down')).toBeNull()
    expect(swapPartner(list, 'x', 'down')).toBeNull()
  })
})

describe('the choices of a ladder item', () => {
  it('reads one choice per line, trimmed, without empty lines', () => {
    expect(parseChoices(' informeren \r\n\nraadplegen\n')).toEqual(['informeren', 'raadplegen'])
    expect(formatChoices(['informeren', 'raadplegen'])).toBe('informeren\nraadplegen')
    expect(formatChoices([])).toBeNull()
  })

  it('asks a ladder for two to ten different choices, and other kinds for none', () => {
    const text = 'Op welke trede staat de raad?'
    expect(itemRefusals({ kind: 'LADDER', text, choices: ['laag', 'hoog'] })).toEqual([])
    expect(itemRefusals({ kind: 'LADDER', text, choices: ['laag'] })).toEqual([
      { field: 'choices', message: 'questionnaire.choicesTooFew' },
    ])
    expect(itemRefusals({ kind: 'LADDER', text, choices: ['laag', 'Laag'] })[0]?.message).toBe(
      'questionnaire.choicesTwice',
    )
    expect(
      itemRefusals({ kind: 'LADDER', text, choices: Array.from({ length: 11 }, (_, i) => `${i}`) })[0]?.field,
    ).toBe('choices')
    expect(itemRefusals({ kind: 'LIKERT', text, choices: ['laag'] })).toEqual([
      { field: 'choices', message: 'questionnaire.choicesOnlyLadder' },
    ])
  })

  it('asks every item for a text of at most 400 characters', () => {
    expect(itemRefusals({ kind: 'OPEN', text: ' ', choices: [] })[0]?.message).toBe('validation.required')
    expect(itemRefusals({ kind: 'OPEN', text: 'x'.repeat(401), choices: [] })[0]?.message).toMatch(/tooLong/)
  })
})
