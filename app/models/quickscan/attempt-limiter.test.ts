import { describe, expect, it } from 'vitest'
import { AttemptLimiter } from './attempt-limiter.ts'

describe('the attempt limiter', () => {
  it('blocks a client after the allowed failures and forgets them after the window', () => {
    const limiter = new AttemptLimiter({ max: 3, windowMs: 1000 })
    for (let i = 0; i < 3; i++) {
      expect(limiter.isBlocked('a', i)).toBe(false)
      limiter.recordFailure('a', i)
    }
    expect(limiter.isBlocked('a', 10)).toBe(true)
    expect(limiter.isBlocked('b', 10)).toBe(false)
    // The first failure leaves the window at 1000 ms.
    expect(limiter.isBlocked('a', 1000)).toBe(false)
  })

  it('remembers a bounded number of clients, forgetting the least recent first', () => {
    const limiter = new AttemptLimiter({ max: 1, windowMs: 1000, maxKeys: 2 })
    limiter.recordFailure('a', 0)
    limiter.recordFailure('b', 1)
    limiter.recordFailure('a', 2)
    limiter.recordFailure('c', 3)
    expect(limiter.isBlocked('a', 4)).toBe(true)
    expect(limiter.isBlocked('b', 4)).toBe(false)
    expect(limiter.isBlocked('c', 4)).toBe(true)
  })
})
