import type { LoaderFunctionArgs } from '@remix-run/node'
import { ActivityListQuerySchema } from '~/models/activity/activity.schema.ts'
import { getActivities, listActivities } from '~/models/activity/activity.server.ts'
import {
  activityKindLabel,
  activitySubtypeLabel,
  participationFormLabel,
} from '~/models/activity/activity-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { allPages, type CsvRow, csvFilename, csvResponse } from '~/utils/csv.ts'
import { parseDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')

// The activities the log shows for the filters in the URL (every page, newest first) as
// CSV. Notes, findings and follow-up questions stay out: they may name people.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const query = ActivityListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const rows = await allPages(async (page) => {
    const list = await listActivities({
      kind: query.soort,
      organisationId: query.organisatie,
      personId: query.persoon,
      themeId: query.thema,
      authorId: query.auteur,
      from: query.van ? parseDateOnly(query.van) : null,
      to: query.tot ? parseDateOnly(query.tot) : null,
      q: query.q,
      page,
    })
    // The log holds what the page shows; the activities themselves add people, themes and form.
    const activities = await getActivities({ activityIds: list.activities.map(({ id }) => id) })
    const items = activities.flatMap((activity): CsvRow[] =>
      activity
        ? [
            [
              activity.occurredAt,
              activityKindLabel(activity.kind),
              activity.subtype ? activitySubtypeLabel(activity.subtype) : null,
              activity.participationForm ? participationFormLabel(activity.participationForm) : null,
              activity.summary,
              names(activity.organisations),
              names(activity.visited),
              names(activity.people),
              names(activity.themes),
              activity.minutesSpent,
              activity.author.name,
            ],
          ]
        : [],
    )
    return { items, pageCount: list.pageCount }
  })
  return csvResponse({
    filename: csvFilename(t('export.activity.filename')),
    header: [
      t('export.activity.date'),
      t('export.activity.kind'),
      t('export.activity.subtype'),
      t('export.activity.participationForm'),
      t('export.activity.summary'),
      t('export.activity.organisations'),
      t('export.activity.visited'),
      t('export.activity.people'),
      t('export.activity.themes'),
      t('export.activity.minutes'),
      t('export.activity.author'),
    ],
    rows,
  })
}
