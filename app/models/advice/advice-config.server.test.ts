import { describe, expect, it } from 'vitest'
import { adviceConfig } from './advice-config.server.ts'

describe('the advice settings', () => {
  it('chases the response eight weeks after sending unless told otherwise', () => {
    expect(adviceConfig({}).responseWeeks).toBe(8)
    expect(adviceConfig({ ADVICE_RESPONSE_WEEKS: '12' }).responseWeeks).toBe(12)
  })

  it('falls back to eight weeks for a value that makes no sense', () => {
    for (const value of ['', 'acht', '0', '-3', '2.5', '1000']) {
      expect(adviceConfig({ ADVICE_RESPONSE_WEEKS: value }).responseWeeks, value).toBe(8)
    }
  })
})
