import type { LoaderFunctionArgs } from '@remix-run/node'
import { getSettings } from '~/models/settings/settings.server.ts'
import { type SignalListQuery, SignalListQuerySchema } from '~/models/signal/signal.schema.ts'
import {
  getSignal,
  listOpenSignalsByCouncil,
  listSignals,
  listSignalsWithoutFeedback,
  PAGE_SIZE,
} from '~/models/signal/signal.server.ts'
import { signalStatusLabel } from '~/models/signal/signal-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvDay, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

// Returns a reader of the signals the chosen view shows for the filters, page by page: "per
// raad" the open signals (each once, also when forwarded to several councils), "zonder
// terugkoppeling" the stuck ones, the list and the counts every signal the filters keep.
async function signalPages(
  query: SignalListQuery,
): Promise<(page: number) => Promise<{ signals: { id: string }[]; pageCount: number }>> {
  if (query.weergave === 'lijst' || query.weergave === 'telling') {
    return async (page) => {
      const list = await listSignals({ ...query, pagina: page })
      return { signals: list.signals, pageCount: list.pageCount }
    }
  }
  // These views are not paged: read once, then handed out in pages for the details.
  const all =
    query.weergave === 'per-raad'
      ? await openSignals(query)
      : await listSignalsWithoutFeedback(query, { weeks: (await getSettings()).signalFeedbackWeeks })
  return async (page) => ({
    signals: all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    pageCount: Math.max(1, Math.ceil(all.length / PAGE_SIZE)),
  })
}

// Returns the open signals of the "per raad" view once each, oldest first.
async function openSignals(query: SignalListQuery) {
  const { councils, notForwarded } = await listOpenSignalsByCouncil(query)
  const byId = new Map([...councils.flatMap((group) => group.signals), ...notForwarded].map((s) => [s.id, s]))
  return [...byId.values()].sort((a, b) => a.receivedOn.getTime() - b.receivedOn.getTime())
}

// The signals of the overview for the filters and view in the URL (every page) as CSV. The
// description, council action and feedback text stay out: a spreadsheet travels further.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = SignalListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const loadPage = await signalPages(query)
  const rows = await allPages(async (page) => {
    const list = await loadPage(page)
    // The overview holds what its rows show; the signal itself adds themes and feedback.
    const signals = await Promise.all(list.signals.map(({ id }) => getSignal({ signalId: id })))
    const items = signals.flatMap((signal): CsvRow[] =>
      signal
        ? [
            [
              csvDay(signal.receivedOn),
              signal.title,
              signal.source.name,
              signal.municipality?.name,
              signal.themes.map((theme) => theme.name).join(', '),
              signalStatusLabel(signal.status),
              signal.forwards.map((forward) => forward.organisation.name).join(', '),
              csvDay(signal.feedbackOn),
            ],
          ]
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.signal.filename')),
    header: [
      t('export.signal.receivedOn'),
      t('export.signal.title'),
      t('export.signal.source'),
      t('export.signal.municipality'),
      t('export.signal.themes'),
      t('export.signal.status'),
      t('export.signal.forwardedTo'),
      t('export.signal.feedbackOn'),
    ],
    rows,
  })
}
