import { describe, expect, it } from 'vitest'
import { type CouncilContact, selectSilentCouncils } from './silent-councils.ts'

const since = new Date('2026-08-25T22:00:00Z')

const council = (name: string, lastContact: string | null, responsibleUserId: string | null = null) =>
  ({
    id: name,
    name,
    responsibleUserId,
    responsibleUserName: responsibleUserId ? 'Opbouwwerker' : null,
    lastContact: lastContact ? new Date(lastContact) : null,
  }) satisfies CouncilContact

describe('the councils without contact', () => {
  it('lists those silent since before the cut-off, the longest silence first, never contacted leading', () => {
    const councils = [
      council('Recent', '2026-11-20T10:00:00Z'),
      council('Net op tijd', '2026-08-25T22:00:00Z'),
      council('Net te lang', '2026-08-25T21:59:00Z'),
      council('Lang geleden', '2026-01-10T10:00:00Z'),
      council('Nooit', null),
    ]
    expect(selectSilentCouncils(councils, { since, userId: 'u1' }).map((c) => c.name)).toEqual([
      'Nooit',
      'Lang geleden',
      'Net te lang',
    ])
  })

  it("puts the user's own councils first, or shows only those when asked", () => {
    const councils = [
      council('Andermans', null, 'u2'),
      council('Zonder opbouwwerker', '2026-02-01T10:00:00Z'),
      council('Mijn raad', '2026-05-01T10:00:00Z', 'u1'),
    ]
    const all = selectSilentCouncils(councils, { since, userId: 'u1' })
    expect(all.map((c) => [c.name, c.mine])).toEqual([
      ['Mijn raad', true],
      ['Andermans', false],
      ['Zonder opbouwwerker', false],
    ])
    const mine = selectSilentCouncils(councils, { since, userId: 'u1', onlyMine: true })
    expect(mine.map((c) => c.name)).toEqual(['Mijn raad'])
  })
})
