import type { LoaderFunctionArgs } from '@remix-run/node'
import { getFeedCalendar } from '~/models/calendar/feed.server.ts'
import { calendarNotFound, icsResponse } from '~/models/calendar/ics-response.ts'

// The personal iCalendar feed that calendar apps subscribe to. No session: the secret token
// in the URL is the key (see /agenda/feed). A wrong, malformed or revoked token, or one of
// a deactivated user, gets the same bare 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const calendar = await getFeedCalendar({ token: params.token ?? '', origin: new URL(request.url).origin })
  if (calendar === null) return calendarNotFound()
  return icsResponse(calendar)
}
