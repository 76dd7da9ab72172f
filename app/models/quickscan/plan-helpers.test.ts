import { describe, expect, it } from 'vitest'
import {
  canCompleteScan,
  compareActions,
  countByStatus,
  followUpDescription,
  isActionOverdue,
  isPlanStatus,
  ownerKey,
  parseOwnerKey,
  parseTopicKey,
  scanStatusAfterAction,
  scanStatusAfterConversation,
  topicKey,
} from './plan-helpers.ts'

const day = (text: string) => new Date(`${text}T00:00:00.000Z`)

describe('topics and owners in a form', () => {
  it('writes and reads a dimension or an item', () => {
    expect(topicKey({ kind: 'dimension', code: 'C' })).toBe('dimension:C')
    expect(parseTopicKey('item:C1')).toEqual({ kind: 'item', code: 'C1' })
    expect(parseTopicKey(' dimension:A ')).toEqual({ kind: 'dimension', code: 'A' })
  })

  it('reads nothing from anything else', () => {
    for (const value of ['', 'C1', 'theme:C', 'item:', `item:${'x'.repeat(41)}`]) {
      expect(parseTopicKey(value), value).toBeNull()
    }
  })

  it('writes and reads a person or an organisation, and refuses odd ids', () => {
    expect(ownerKey({ kind: 'person', id: 'p1' })).toBe('person:p1')
    expect(parseOwnerKey('organisation:cm0abc')).toEqual({ kind: 'organisation', id: 'cm0abc' })
    expect(parseOwnerKey('user:u1')).toBeNull()
    expect(parseOwnerKey('person:<script>')).toBeNull()
  })
})

describe('the plan van aanpak', () => {
  it('is kept once the answers are in, not before', () => {
    expect(['CONCEPT', 'OPEN', 'CLOSED', 'DISCUSSED', 'COMPLETED'].map(isPlanStatus)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ])
  })

  it('names the municipality in the follow-up', () => {
    expect(followUpDescription('Heerenveen', 'Werving nieuwe leden')).toBe(
      'Quickscan Heerenveen: Werving nieuwe leden',
    )
  })

  it('calls an action overdue only when it is still to do and was due before today', () => {
    const today = day('2026-11-26')
    expect(isActionOverdue({ status: 'OPEN', dueOn: day('2026-11-25') }, today)).toBe(true)
    expect(isActionOverdue({ status: 'IN_PROGRESS', dueOn: day('2026-11-26') }, today)).toBe(false)
    expect(isActionOverdue({ status: 'DONE', dueOn: day('2026-01-01') }, today)).toBe(false)
    expect(isActionOverdue({ status: 'CANCELLED', dueOn: day('2026-01-01') }, today)).toBe(false)
    expect(isActionOverdue({ status: 'OPEN', dueOn: null }, today)).toBe(false)
  })

  it('counts every status, also those without actions', () => {
    expect(
      countByStatus([{ status: 'OPEN' }, { status: 'OPEN' }, { status: 'DONE' }, { status: 'x' }]),
    ).toEqual({
      OPEN: 2,
      IN_PROGRESS: 0,
      DONE: 1,
      CANCELLED: 0,
    })
  })

  it('orders by status, then due date (undated last), then age', () => {
    const at = (n: number) => new Date(2026, 0, n)
    const actions = [
      { id: 'done', status: 'DONE', dueOn: day('2026-01-01'), createdAt: at(1) },
      { id: 'undated', status: 'OPEN', dueOn: null, createdAt: at(1) },
      { id: 'late', status: 'OPEN', dueOn: day('2026-02-01'), createdAt: at(3) },
      { id: 'early', status: 'OPEN', dueOn: day('2026-01-15'), createdAt: at(4) },
      { id: 'busy', status: 'IN_PROGRESS', dueOn: null, createdAt: at(1) },
      { id: 'early-older', status: 'OPEN', dueOn: day('2026-01-15'), createdAt: at(2) },
    ]
    expect(actions.sort(compareActions).map((action) => action.id)).toEqual([
      'early-older',
      'early',
      'late',
      'undated',
      'busy',
      'done',
    ])
  })

  it('offers to complete a discussed scan once nothing is open or in progress', () => {
    expect(canCompleteScan('DISCUSSED', [{ status: 'DONE' }, { status: 'CANCELLED' }])).toBe(true)
    expect(canCompleteScan('DISCUSSED', [])).toBe(true)
    expect(canCompleteScan('DISCUSSED', [{ status: 'DONE' }, { status: 'IN_PROGRESS' }])).toBe(false)
    expect(canCompleteScan('CLOSED', [{ status: 'DONE' }])).toBe(false)
    expect(canCompleteScan('COMPLETED', [{ status: 'DONE' }])).toBe(false)
  })

  it('reopens a completed scan when its plan has work again', () => {
    expect(scanStatusAfterAction('COMPLETED', 'OPEN')).toBe('DISCUSSED')
    expect(scanStatusAfterAction('COMPLETED', 'DONE')).toBe('COMPLETED')
    expect(scanStatusAfterAction('DISCUSSED', 'OPEN')).toBe('DISCUSSED')
    expect(scanStatusAfterAction('CLOSED', 'IN_PROGRESS')).toBe('CLOSED')
  })

  it('marks a closed scan discussed when the goede gesprek is saved', () => {
    expect(scanStatusAfterConversation('CLOSED')).toBe('DISCUSSED')
    expect(scanStatusAfterConversation('DISCUSSED')).toBe('DISCUSSED')
    expect(scanStatusAfterConversation('COMPLETED')).toBe('COMPLETED')
  })
})
