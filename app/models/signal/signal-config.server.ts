import { z } from 'zod'

// The settings of the signals loop from the environment; a malformed value falls back to
// its default rather than stopping the app.
const SignalConfigSchema = z.object({
  // After how many weeks without feedback a forwarded signal counts as stuck.
  SIGNAL_FEEDBACK_WEEKS: z.coerce.number().int().min(1).max(104).catch(6),
})

// Returns the signals settings, read from `source` (the process environment by default).
export function signalConfig(source: Record<string, string | undefined> = process.env) {
  const parsed = SignalConfigSchema.parse({ SIGNAL_FEEDBACK_WEEKS: source.SIGNAL_FEEDBACK_WEEKS })
  return { feedbackWeeks: parsed.SIGNAL_FEEDBACK_WEEKS }
}
