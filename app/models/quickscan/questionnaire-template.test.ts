import { describe, expect, it } from 'vitest'
import itemsFile from '../../../prisma/data/quickscan-items.json'
import { openItemCode, templateFromItemsFile } from './questionnaire-template.ts'

describe('the default questionnaire from its data file', () => {
  const template = templateFromItemsFile(itemsFile)
  const items = template.dimensions.flatMap((dimension) => dimension.items)

  it('has six dimensions A–F with 25 Likert items, one ladder and six open questions', () => {
    expect(template.dimensions.map((dimension) => dimension.code)).toEqual(['A', 'B', 'C', 'D', 'E', 'F'])
    expect(items.filter((item) => item.kind === 'LIKERT')).toHaveLength(25)
    expect(items.filter((item) => item.kind === 'LADDER')).toHaveLength(1)
    expect(items.filter((item) => item.kind === 'OPEN')).toHaveLength(6)
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length)
  })

  it('asks the ladder in dimension E after E4 and before its open question', () => {
    const e = template.dimensions.find((dimension) => dimension.code === 'E')
    expect(e?.items.map((item) => item.code)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E-open'])
    expect(e?.items[4]?.choices).toEqual([
      'informeren',
      'raadplegen',
      'adviseren',
      'coproduceren',
      'meebeslissen',
    ])
  })

  it('ends every dimension with its open question, coded "<dimension>-open"', () => {
    for (const dimension of template.dimensions) {
      const last = dimension.items.at(-1)
      expect(last?.kind).toBe('OPEN')
      expect(last?.code).toBe(openItemCode(dimension.code))
    }
    expect(items.find((item) => item.code === 'B-open')?.text).toBe('Welke groepen missen we?')
  })

  it('refuses a file of another shape, and a ladder that belongs to no dimension', () => {
    expect(() => templateFromItemsFile({ dimensions: [] })).toThrow()
    expect(() =>
      templateFromItemsFile({
        dimensions: [{ code: 'A', name: 'Doel', items: [{ code: 'A1', text: 'Stelling' }] }],
        ladderItem: { code: 'Z1', text: 'Ladder', choices: ['laag', 'hoog'] },
      }),
    ).toThrow(/Z1/)
  })
})
