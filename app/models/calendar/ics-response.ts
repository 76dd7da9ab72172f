// The HTTP answers of the calendar files: the download of one meeting, the personal feed,
// and the bare 404 of a feed URL that does not (or no longer) work.
import { t } from '~/utils/i18n/index.ts'

// A meeting, the agenda of the network: for the user only, never kept by a proxy.
const PRIVATE = 'private, no-store'

// Returns an iCalendar response; with `filename` it is a download (Content-Disposition:
// attachment), without it a feed that calendar apps read inline.
export function icsResponse(content: string, { filename }: { filename?: string } = {}) {
  const headers = new Headers({
    'Content-Type': 'text/calendar; charset=utf-8',
    'Cache-Control': PRIVATE,
    'X-Content-Type-Options': 'nosniff',
  })
  if (filename) {
    headers.set('Content-Disposition', `attachment; filename="${filename.replace(/[^\x20-\x7e]|"/g, '_')}"`)
  }
  return new Response(content, { headers })
}

// Returns the plain "Niet gevonden" 404 of a feed or download that does not exist; it says
// nothing about why.
export function calendarNotFound() {
  return new Response(t('calendar.notFound'), {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE },
  })
}
