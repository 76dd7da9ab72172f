import { describe, expect, it } from 'vitest'
import { dashboardConfig } from './dashboard-config.server.ts'

describe('the dashboard settings', () => {
  it('lists councils without contact for three months unless told otherwise', () => {
    expect(dashboardConfig({}).noContactMonths).toBe(3)
    expect(dashboardConfig({ DASHBOARD_NO_CONTACT_MONTHS: '6' }).noContactMonths).toBe(6)
  })

  it('falls back to three months for a value that makes no sense', () => {
    for (const value of ['', 'drie', '0', '-2', '1.5', '1000', '3 maanden']) {
      expect(dashboardConfig({ DASHBOARD_NO_CONTACT_MONTHS: value }).noContactMonths, value).toBe(3)
    }
  })
})
