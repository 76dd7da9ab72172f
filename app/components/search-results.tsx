import { TZDate } from '@date-fns/tz'
import { Link } from '@remix-run/react'
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'
import { formatDateOnly, TIME_ZONE } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

// The kinds of search hits; kept in step with SEARCH_KINDS in app/models/search/search-query.ts.
type Kind = 'organisation' | 'person' | 'activity' | 'signal' | 'meeting' | 'advice' | 'document'

export type SearchResultHit = {
  kind: Kind
  recordId: string
  title: string
  snippet: { text: string; match: boolean }[]
  date: string | null
}

const PATHS: Record<Kind, string> = {
  organisation: '/organisaties',
  person: '/personen',
  activity: '/activiteiten',
  signal: '/signalen',
  meeting: '/bijeenkomsten',
  advice: '/adviezen',
  document: '/documenten',
}

// Returns the page of a hit.
export function hitHref(hit: { kind: Kind; recordId: string }) {
  return `${PATHS[hit.kind]}/${hit.recordId}`
}

// Returns the day of a hit: signals store a calendar day, the others a moment.
function hitDay(kind: Kind, date: string) {
  if (kind === 'signal') return formatDateOnly(date)
  return format(new TZDate(new Date(date), TIME_ZONE), 'd MMMM yyyy', { locale: nl })
}

export const kindLabel = (kind: Kind) => t(`search.kind.${kind}` as MessageKey)

// A snippet with the matched words in <mark>; the text is rendered as text, never as HTML.
export function Snippet({ segments }: { segments: SearchResultHit['snippet'] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a render
          <mark key={index} className="bg-yellow-200 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a render
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  )
}

// The hits of one page, in sections per kind (in the order of `kinds`), each with the
// total number of hits of that kind.
export function SearchResultGroups({
  hits,
  kinds,
  counts,
}: {
  hits: SearchResultHit[]
  kinds: readonly Kind[]
  counts: Record<Kind, number>
}) {
  return (
    <div className="space-y-6">
      {kinds.map((kind) => {
        const group = hits.filter((hit) => hit.kind === kind)
        if (group.length === 0) return null
        const headingId = `zoek-${kind}`
        return (
          <section key={kind} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-2 text-lg font-semibold">
              {t('search.kindCount', { kind: kindLabel(kind), count: counts[kind] })}
            </h2>
            <ul className="space-y-3">
              {group.map((hit) => (
                <li key={`${hit.kind}-${hit.recordId}`}>
                  <Link to={hitHref(hit)} className="font-medium text-brand-700 underline">
                    {hit.title}
                  </Link>
                  {hit.date ? (
                    <span className="ml-2 text-sm text-slate-600">{hitDay(hit.kind, hit.date)}</span>
                  ) : null}
                  {hit.snippet.length > 0 ? (
                    <p className="text-slate-700">
                      <Snippet segments={hit.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
