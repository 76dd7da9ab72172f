import { z } from 'zod'
import { ACTIVITY_KINDS } from '~/models/activity/activity-kinds.ts'

// The timeline's filters from the URL (prefixed, so they live beside a page's own params);
// a value that makes no sense falls back to "everything".
export const TimelineQuerySchema = z.object({
  tijdlijnSoort: z
    .enum([...ACTIVITY_KINDS, 'SIGNAL', 'ADVICE', 'MEETING'])
    .optional()
    .catch(undefined),
  tijdlijnThema: z.string().max(64).optional().catch(undefined),
  tijdlijnPagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

// Returns the timeline filters of a request URL.
export function parseTimelineQuery(url: URL) {
  const query = TimelineQuerySchema.parse(Object.fromEntries(url.searchParams))
  return { kind: query.tijdlijnSoort, themeId: query.tijdlijnThema || undefined, page: query.tijdlijnPagina }
}
