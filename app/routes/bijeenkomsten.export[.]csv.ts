import type { LoaderFunctionArgs } from '@remix-run/node'
import { MeetingListQuerySchema } from '~/models/meeting/meeting.schema.ts'
import { listMeetings } from '~/models/meeting/meeting.server.ts'
import { meetingKindLabel, meetingStatusLabel } from '~/models/meeting/meeting-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvFilename, csvResponse } from '~/utils/csv.ts'
import { t } from '~/utils/i18n/index.ts'

// The meetings the overview shows for the view and filters in the URL (every page, in the
// overview's order) as CSV, with how many people were present and how many councils and
// other organisations they represented. Descriptions and minutes stay out.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = MeetingListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const now = new Date()
  const rows = await allPages(async (pagina) => {
    const list = await listMeetings({ ...query, pagina }, { now })
    const items = list.meetings.map(
      (meeting): CsvRow => [
        meeting.startsAt,
        meeting.endsAt,
        meeting.title,
        meetingKindLabel(meeting.kind),
        meetingStatusLabel(meeting.status),
        meeting.location,
        meeting.themes.map((theme) => theme.name).join(', '),
        meeting.series?.title,
        meeting.invited,
        meeting.present,
        meeting.organisationsPresent,
      ],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('meeting.export.filename')),
    header: [
      t('meeting.export.start'),
      t('meeting.export.end'),
      t('meeting.export.title'),
      t('meeting.export.kind'),
      t('meeting.export.status'),
      t('meeting.export.location'),
      t('meeting.export.themes'),
      t('meeting.export.series'),
      t('meeting.export.invited'),
      t('meeting.export.present'),
      t('meeting.export.organisations'),
    ],
    rows,
  })
}
