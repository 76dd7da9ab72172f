import { z } from 'zod'

// The settings of the dashboard from the environment; a malformed value falls back to its
// default rather than stopping the app.
const DashboardConfigSchema = z.object({
  // After how many months without any activity an active council shows under "Raden zonder
  // contact".
  DASHBOARD_NO_CONTACT_MONTHS: z.coerce.number().int().min(1).max(60).catch(3),
})

// Returns the dashboard settings, read from `source` (the process environment by default).
export function dashboardConfig(source: Record<string, string | undefined> = process.env) {
  const parsed = DashboardConfigSchema.parse({
    DASHBOARD_NO_CONTACT_MONTHS: source.DASHBOARD_NO_CONTACT_MONTHS,
  })
  return { noContactMonths: parsed.DASHBOARD_NO_CONTACT_MONTHS }
}
