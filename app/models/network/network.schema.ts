// The filters of the network picture, from the URL (a GET form). A value that makes no sense
// falls back to its default, never an error.
import { z } from 'zod'
import { endOfLocalDay, localMoment, localToday } from '~/models/activity/occurred-at.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { LINK_KINDS, type LinkKind } from './network-graph.ts'

// The link kinds as the URL spells them: ?verband=relatie&verband=advies&verband=bijeenkomst.
export const LINK_KIND_PARAMS: Record<LinkKind, string> = {
  relation: 'relatie',
  advice: 'advies',
  meeting: 'bijeenkomst',
}

// ?soorten=raden (the default): councils only; ?soorten=alle: every type of organisation.
export const NETWORK_SCOPES = ['raden', 'alle'] as const
export type NetworkScope = (typeof NETWORK_SCOPES)[number]

// Any id is looked up as given (the query binds it as a parameter); one that does not exist
// is ignored with a message by the page. Absurdly long ones are dropped at once.
const id = z.string().trim().min(1).max(100).optional().catch(undefined)

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => parseDateOnly(value) !== null)
  .optional()
  .catch(undefined)

const NetworkSearchSchema = z.object({
  thema: id,
  gemeente: id,
  soorten: z.enum(NETWORK_SCOPES).catch('raden').default('raden'),
  verband: z.array(z.string()).optional().catch(undefined),
  van: day,
  tot: day,
})

export type NetworkQuery = {
  themeId: string | null
  municipalityId: string | null
  scope: NetworkScope
  kinds: LinkKind[]
  /** The first and last day of the period, as <input type="date"> values. */
  from: string
  to: string
  /** The period as moments: from the start of the first day to the end of the last, Dutch time. */
  period: { from: Date; to: Date }
}

// Returns a date-only value (midnight UTC) as "yyyy-mm-dd".
const dayValue = (day: Date) => day.toISOString().slice(0, 10)

// Returns the same calendar day `months` earlier (the month's last day when it has no such day).
function monthsBefore(day: Date, months: number) {
  const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() - months, day.getUTCDate()]
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(date, lastOfMonth)))
}

// Returns the filters of the network picture. Without `verband` every kind of link shows;
// the form always sends an empty `verband`, so unticking every box shows none. The period is
// the last twelve months unless given; a period given backwards is turned round.
export function parseNetworkSearch(params: URLSearchParams, now: Date = new Date()): NetworkQuery {
  const raw = NetworkSearchSchema.parse({
    thema: params.get('thema') ?? undefined,
    gemeente: params.get('gemeente') ?? undefined,
    soorten: params.get('soorten') ?? undefined,
    verband: params.has('verband') ? params.getAll('verband') : undefined,
    van: params.get('van') ?? undefined,
    tot: params.get('tot') ?? undefined,
  })
  const today = localToday(now)
  const kinds = raw.verband
    ? LINK_KINDS.filter((kind) => raw.verband?.includes(LINK_KIND_PARAMS[kind]))
    : [...LINK_KINDS]
  let from = raw.van ?? dayValue(monthsBefore(today, 12))
  let to = raw.tot ?? dayValue(today)
  if (from > to) [from, to] = [to, from]
  const first = parseDateOnly(from) ?? today
  const last = parseDateOnly(to) ?? today
  return {
    themeId: raw.thema ?? null,
    municipalityId: raw.gemeente ?? null,
    scope: raw.soorten,
    kinds,
    from,
    to,
    period: {
      from: localMoment(first, '00:00'),
      to: endOfLocalDay(last),
    },
  }
}
