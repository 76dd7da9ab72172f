import { describe, expect, it } from 'vitest'
import { compareFollowUps, isOverdue } from './follow-up-order.ts'

const day = (text: string) => new Date(`${text}T00:00:00Z`)
const created = new Date('2026-01-01T10:00:00Z')

describe('the order of follow-ups', () => {
  it('puts the earliest due date first and follow-ups without a due date last', () => {
    const items = [
      { name: 'zonder datum', dueDate: null, createdAt: created },
      { name: 'volgende week', dueDate: day('2026-05-08'), createdAt: created },
      { name: 'vorige week', dueDate: day('2026-04-24'), createdAt: created },
    ]
    expect([...items].sort(compareFollowUps).map((item) => item.name)).toEqual([
      'vorige week',
      'volgende week',
      'zonder datum',
    ])
  })

  it('calls a follow-up overdue from the day after its due date, unless it is done', () => {
    const today = day('2026-05-01')
    expect(isOverdue({ dueDate: day('2026-04-30'), done: false }, today)).toBe(true)
    expect(isOverdue({ dueDate: day('2026-05-01'), done: false }, today)).toBe(false)
    expect(isOverdue({ dueDate: day('2026-04-30'), done: true }, today)).toBe(false)
    expect(isOverdue({ dueDate: null, done: false }, today)).toBe(false)
  })
})
