import { describe, expect, it } from 'vitest'
import { signalConfig } from './signal-config.server.ts'

describe('the signals settings', () => {
  it('waits six weeks for feedback unless told otherwise', () => {
    expect(signalConfig({}).feedbackWeeks).toBe(6)
    expect(signalConfig({ SIGNAL_FEEDBACK_WEEKS: '8' }).feedbackWeeks).toBe(8)
  })

  it('falls back to six weeks for a value that makes no sense', () => {
    for (const value of ['', 'zes', '0', '-3', '2.5', '1000']) {
      expect(signalConfig({ SIGNAL_FEEDBACK_WEEKS: value }).feedbackWeeks, value).toBe(6)
    }
  })
})
