import type { LoaderFunctionArgs } from '@remix-run/node'
import { getMeetingDownload } from '~/models/calendar/calendar.server.ts'
import { calendarNotFound, icsResponse } from '~/models/calendar/ics-response.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { requireParam } from '~/utils/responses.server.ts'

// One meeting as an .ics download (METHOD:PUBLISH) for every signed-in role; a cancelled
// meeting carries STATUS:CANCELLED, so importing it again removes it from a calendar.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const meetingId = requireParam(params, 'meetingId')
  const download = await getMeetingDownload({ meetingId, origin: new URL(request.url).origin })
  if (!download) throw calendarNotFound()
  return icsResponse(download.content, { filename: download.filename })
}
