import { describe, expect, it } from 'vitest'
import { formatShare, median, summariseFigures } from './advice-figures.ts'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

describe('the figures of advices', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull()
    expect(median([30])).toBe(30)
    expect(median([40, 10, 20])).toBe(20)
    expect(median([10, 40, 20, 30])).toBe(25)
  })

  it('counts sent advices, the joint share and the adoption rate without "no response"', () => {
    const figures = summariseFigures([
      {
        councilCount: 2,
        sentOn: day('2026-01-01'),
        responseOn: day('2026-01-31'),
        responseOutcome: 'ADOPTED',
      },
      {
        councilCount: 1,
        sentOn: day('2026-02-01'),
        responseOn: day('2026-03-13'),
        responseOutcome: 'PARTLY_ADOPTED',
      },
      {
        councilCount: 1,
        sentOn: day('2026-03-01'),
        responseOn: day('2026-03-11'),
        responseOutcome: 'NOT_ADOPTED',
      },
      {
        councilCount: 3,
        sentOn: day('2026-01-01'),
        responseOn: day('2026-04-01'),
        responseOutcome: 'NO_RESPONSE',
      },
      { councilCount: 1, sentOn: day('2026-05-01'), responseOn: null, responseOutcome: null },
      // Not sent: not counted at all.
      { councilCount: 2, sentOn: null, responseOn: null, responseOutcome: null },
    ])
    expect(figures).toEqual({
      sent: 5,
      joint: 2,
      jointShare: 0.4,
      responded: 3,
      adopted: 2,
      noResponse: 1,
      adoptionRate: 2 / 3,
      medianResponseDays: 30,
    })
    expect(formatShare(figures.adoptionRate)).toBe('67%')
  })

  it('says nothing rather than 0% when there is nothing to count', () => {
    const figures = summariseFigures([])
    expect(figures.jointShare).toBeNull()
    expect(figures.adoptionRate).toBeNull()
    expect(figures.medianResponseDays).toBeNull()
    expect(formatShare(figures.adoptionRate)).toBe('—')
  })
})
