import { z } from 'zod'

// The settings of advices from the environment; a malformed value falls back to its
// default rather than stopping the app.
const AdviceConfigSchema = z.object({
  // How many weeks after sending the college's response is chased (a follow-up falls due),
  // and from when "no response" may be recorded.
  ADVICE_RESPONSE_WEEKS: z.coerce.number().int().min(1).max(104).catch(8),
})

// Returns the advice settings, read from `source` (the process environment by default).
export function adviceConfig(source: Record<string, string | undefined> = process.env) {
  const parsed = AdviceConfigSchema.parse({ ADVICE_RESPONSE_WEEKS: source.ADVICE_RESPONSE_WEEKS })
  return { responseWeeks: parsed.ADVICE_RESPONSE_WEEKS }
}
