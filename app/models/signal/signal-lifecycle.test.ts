import { describe, expect, it } from 'vitest'
import { canMove, checkMove, closeNeedsNote, isOpenStatus, nextStatus } from './signal-lifecycle.ts'
import { SIGNAL_STATUSES } from './signal-statuses.ts'

describe('the lifecycle of a signal', () => {
  it('names the next step of every status, and none after closing', () => {
    expect(SIGNAL_STATUSES.map(nextStatus)).toEqual([
      'FORWARDED',
      'IN_PROGRESS',
      'PROCESSED',
      'FED_BACK',
      'CLOSED',
      null,
    ])
  })

  it('moves forward one step at a time', () => {
    expect(canMove('NEW', 'FORWARDED')).toBe(true)
    expect(canMove('FORWARDED', 'IN_PROGRESS')).toBe(true)
    expect(canMove('IN_PROGRESS', 'PROCESSED')).toBe(true)
    expect(canMove('PROCESSED', 'FED_BACK')).toBe(true)
    expect(canMove('FED_BACK', 'CLOSED')).toBe(true)
  })

  it('refuses a skipped step and names the allowed next one', () => {
    expect(checkMove('NEW', 'PROCESSED')).toEqual({ ok: false, reason: 'skip', next: 'FORWARDED' })
    expect(checkMove('FORWARDED', 'FED_BACK')).toEqual({ ok: false, reason: 'skip', next: 'IN_PROGRESS' })
  })

  it('refuses a move backwards or to the same status', () => {
    expect(checkMove('PROCESSED', 'FORWARDED')).toEqual({ ok: false, reason: 'backward', next: 'FED_BACK' })
    expect(checkMove('IN_PROGRESS', 'IN_PROGRESS')).toEqual({
      ok: false,
      reason: 'same',
      next: 'PROCESSED',
    })
  })

  it('allows closing from any open status, with a note unless it was fed back', () => {
    for (const status of SIGNAL_STATUSES.filter((s) => s !== 'CLOSED')) {
      expect(canMove(status, 'CLOSED'), status).toBe(true)
    }
    expect(closeNeedsNote('NEW')).toBe(true)
    expect(closeNeedsNote('PROCESSED')).toBe(true)
    expect(closeNeedsNote('FED_BACK')).toBe(false)
  })

  it('lets nothing move once a signal is closed', () => {
    expect(checkMove('CLOSED', 'NEW')).toEqual({ ok: false, reason: 'closed', next: null })
    expect(canMove('CLOSED', 'CLOSED')).toBe(false)
  })

  it('counts a signal as open until it is fed back or closed', () => {
    expect(SIGNAL_STATUSES.filter(isOpenStatus)).toEqual(['NEW', 'FORWARDED', 'IN_PROGRESS', 'PROCESSED'])
  })
})
