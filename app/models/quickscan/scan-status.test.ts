import { describe, expect, it } from 'vitest'
import { canInvite, isAnswerable, transitionRefusal, transitionsFrom } from './scan-status.ts'

const day = (text: string) => new Date(`${text}T00:00:00.000Z`)
const scan = (status: string, invitationCount = 3) => ({
  status,
  opensOn: day('2026-03-01'),
  closesOn: day('2026-03-21'),
  invitationCount,
})

describe('answering a scan', () => {
  it('is possible while the scan is open, from the opening day through the closing day', () => {
    expect(isAnswerable(scan('OPEN'), day('2026-03-01'))).toBe(true)
    expect(isAnswerable(scan('OPEN'), day('2026-03-21'))).toBe(true)
    expect(isAnswerable(scan('OPEN'), day('2026-02-28'))).toBe(false)
    expect(isAnswerable(scan('OPEN'), day('2026-03-22'))).toBe(false)
  })

  it('is not possible in any other status, whatever the day', () => {
    for (const status of ['CONCEPT', 'CLOSED', 'DISCUSSED', 'COMPLETED']) {
      expect(isAnswerable(scan(status), day('2026-03-10'))).toBe(false)
    }
  })

  it('takes invitations only while the scan is a concept or open', () => {
    expect(['CONCEPT', 'OPEN', 'CLOSED', 'DISCUSSED', 'COMPLETED'].filter(canInvite)).toEqual([
      'CONCEPT',
      'OPEN',
    ])
  })
})

describe('status changes', () => {
  it('offers the steps that start from the current status', () => {
    expect(transitionsFrom('CONCEPT')).toEqual(['open'])
    expect(transitionsFrom('OPEN')).toEqual(['close'])
    expect(transitionsFrom('CLOSED')).toEqual(['reopen', 'discuss'])
    expect(transitionsFrom('DISCUSSED')).toEqual(['complete'])
    expect(transitionsFrom('COMPLETED')).toEqual([])
  })

  it('opens a concept only with an invitation and before the closing day has passed', () => {
    expect(transitionRefusal('open', scan('CONCEPT'), day('2026-03-10'))).toBeNull()
    expect(transitionRefusal('open', scan('CONCEPT', 0), day('2026-03-10'))).toBe(
      'quickscan.transition.noInvitations',
    )
    expect(transitionRefusal('open', scan('CONCEPT'), day('2026-03-22'))).toBe(
      'quickscan.transition.periodOver',
    )
  })

  it('re-opens a closed scan only until its closing day', () => {
    expect(transitionRefusal('reopen', scan('CLOSED'), day('2026-03-21'))).toBeNull()
    expect(transitionRefusal('reopen', scan('CLOSED'), day('2026-03-22'))).toBe(
      'quickscan.transition.periodOver',
    )
  })

  it('refuses a step from the wrong status', () => {
    expect(transitionRefusal('close', scan('CONCEPT'), day('2026-03-10'))).toBe(
      'quickscan.transition.wrongStatus',
    )
    expect(transitionRefusal('complete', scan('CLOSED'), day('2026-03-10'))).toBe(
      'quickscan.transition.wrongStatus',
    )
    expect(transitionRefusal('discuss', scan('CLOSED'), day('2027-01-01'))).toBeNull()
  })

  it('completes a scan only when no action of its plan is still open or bezig', () => {
    const discussed = scan('DISCUSSED')
    expect(transitionRefusal('complete', { ...discussed, unfinishedActionCount: 1 }, day('2026-05-01'))).toBe(
      'quickscan.transition.openActions',
    )
    expect(
      transitionRefusal('complete', { ...discussed, unfinishedActionCount: 0 }, day('2026-05-01')),
    ).toBeNull()
  })
})
