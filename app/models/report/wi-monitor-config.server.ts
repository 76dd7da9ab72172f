import { z } from 'zod'

// The settings of the W&I attention monitor from the environment; a malformed value falls
// back to its default rather than stopping the app.
const WiMonitorConfigSchema = z.object({
  // Below which W&I share (whole percent) a broad council's quarter is flagged.
  WI_MONITOR_THRESHOLD_PERCENT: z.coerce.number().int().min(1).max(100).catch(25),
})

// Returns the monitor settings, read from `source` (the process environment by default).
export function wiMonitorConfig(source: Record<string, string | undefined> = process.env) {
  const parsed = WiMonitorConfigSchema.parse({
    WI_MONITOR_THRESHOLD_PERCENT: source.WI_MONITOR_THRESHOLD_PERCENT,
  })
  return { thresholdPercent: parsed.WI_MONITOR_THRESHOLD_PERCENT }
}
