import { describe, expect, it } from 'vitest'
import { isHeld, type MeetingFacts, seriesStatistics } from './series-stats.ts'

const now = new Date('2027-12-01T12:00:00Z')

// Returns a meeting on `day` with one present person per organisation id given ('' for
// someone who represented no organisation).
function meeting(id: string, day: string, status: string, present: string[]): MeetingFacts {
  return {
    id,
    startsAt: new Date(`${day}T18:30:00Z`),
    status,
    present: present.map((organisationId) => ({
      organisationId: organisationId || null,
      organisationName: organisationId ? `Raad ${organisationId.toUpperCase()}` : null,
    })),
  }
}

describe('which meetings count as held', () => {
  it('counts a meeting marked held, and a past one with people present that is not cancelled', () => {
    expect(isHeld(meeting('m', '2028-01-20', 'HELD', []), now)).toBe(true)
    expect(isHeld(meeting('m', '2027-01-21', 'PLANNED', ['a']), now)).toBe(true)
    expect(isHeld(meeting('m', '2027-01-21', 'CONFIRMED', []), now)).toBe(false)
    expect(isHeld(meeting('m', '2027-01-21', 'CANCELLED', ['a']), now)).toBe(false)
    expect(isHeld(meeting('m', '2028-01-20', 'PLANNED', ['a']), now)).toBe(false)
  })
})

describe('the statistics of a series', () => {
  // Six meetings: five held (one of them only by its attendance), one cancelled, one to come.
  const meetings = [
    meeting('m5', '2027-09-16', 'HELD', ['a', 'a', 'c']),
    meeting('m1', '2027-01-21', 'HELD', ['a', 'b', 'b', 'c', '']),
    meeting('m2', '2027-03-18', 'HELD', ['a', 'b', 'd']),
    meeting('mx', '2027-04-15', 'CANCELLED', ['b']),
    meeting('m3', '2027-05-20', 'PLANNED', ['a', 'c']),
    meeting('m4', '2027-07-15', 'HELD', ['c']),
    meeting('later', '2028-01-20', 'PLANNED', []),
  ]

  it('counts people and councils per held meeting, in date order, and their averages', () => {
    const stats = seriesStatistics(meetings, { now, threshold: 3 })
    expect(stats.held.map(({ id, people, councils }) => [id, people, councils])).toEqual([
      ['m1', 5, 3],
      ['m2', 3, 3],
      ['m3', 2, 2],
      ['m4', 1, 1],
      ['m5', 3, 2],
    ])
    // People: (5 + 3 + 2 + 1 + 3) / 5 = 2.8; councils: (3 + 3 + 2 + 1 + 2) / 5 = 2.2.
    expect(stats.averagePeople).toBeCloseTo(2.8)
    expect(stats.averageCouncils).toBeCloseTo(2.2)
  })

  it('names the councils that came earlier but to none of the last N held meetings', () => {
    // The last three held: m3 (a, c), m4 (c), m5 (a, c). Earlier: m1 (a, b, c), m2 (a, b, d).
    const stats = seriesStatistics(meetings, { now, threshold: 3 })
    expect(stats.missed).toEqual([
      { id: 'b', name: 'Raad B', lastAttended: new Date('2027-03-18T18:30:00Z') },
      { id: 'd', name: 'Raad D', lastAttended: new Date('2027-03-18T18:30:00Z') },
    ])
    // With N = 1 only m5 (a, c) is recent.
    expect(seriesStatistics(meetings, { now, threshold: 1 }).missed?.map((council) => council.id)).toEqual([
      'b',
      'd',
    ])
  })

  it('cannot say who dropped off without more held meetings than N', () => {
    expect(seriesStatistics(meetings, { now, threshold: 5 }).missed).toBeNull()
    // With N = 4 everyone from m1 (a, b, c) came again to m2 … m5.
    expect(seriesStatistics(meetings, { now, threshold: 4 }).missed).toEqual([])
  })

  it('has no averages without held meetings', () => {
    const stats = seriesStatistics([meeting('later', '2028-01-20', 'PLANNED', [])], { now, threshold: 3 })
    expect(stats).toEqual({
      held: [],
      averagePeople: null,
      averageCouncils: null,
      threshold: 3,
      missed: null,
    })
  })
})
