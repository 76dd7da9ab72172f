import { getSettings } from '~/models/settings/settings.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { ATTENDED } from './meeting-kinds.ts'
import { type SeriesStatistics, seriesStatistics } from './series-stats.ts'

// Returns the attendance statistics of a series as of `now`: per held meeting the people
// present and councils represented, the averages, and the councils that missed the last N
// held meetings (N: the setting missedMeetingsThreshold).
export async function getSeriesStatistics({
  seriesId,
  now = new Date(),
}: {
  seriesId: string
  now?: Date
}): Promise<SeriesStatistics> {
  const [meetings, settings] = await Promise.all([
    prisma.meeting.findMany({
      where: { seriesId },
      select: {
        id: true,
        startsAt: true,
        status: true,
        invitations: {
          where: { status: ATTENDED },
          select: { organisation: { select: { id: true, name: true } } },
        },
      },
    }),
    getSettings(),
  ])
  return seriesStatistics(
    meetings.map((meeting) => ({
      id: meeting.id,
      startsAt: meeting.startsAt,
      status: meeting.status,
      present: meeting.invitations.map((invitation) => ({
        organisationId: invitation.organisation?.id ?? null,
        organisationName: invitation.organisation?.name ?? null,
      })),
    })),
    { now, threshold: settings.missedMeetingsThreshold },
  )
}
