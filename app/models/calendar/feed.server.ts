// The personal iCalendar feed: a secret URL per user (/kalender/<token>/raadnet.ics) that a
// calendar app subscribes to without logging in. Like a session, only the SHA-256 of the
// random token is stored, so the URL can be shown once and never again; a new URL replaces
// the old one and revoking deletes it.
import { createHash, randomBytes } from 'node:crypto'
import { subMonths } from 'date-fns'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { buildCalendar } from '~/utils/ics.server.ts'
import { EVENT_MEETING_SELECT, meetingEvent } from './meeting-event.ts'

// 32 random bytes: 256 bits, written as 43 base64url characters.
const TOKEN_BYTES = 32
// How far back the feed reaches.
export const FEED_MONTHS_BACK = 12
// lastUsedAt is written at most this often, so a calendar polling every few minutes does
// not cause a write per request.
const LAST_USED_INTERVAL_MS = 3_600_000

// Returns the SHA-256 of a feed token; only this is stored.
function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

// Returns the path of a feed URL for `token`.
export function feedPath(token: string) {
  return `/kalender/${token}/raadnet.ics`
}

// Returns whether the user has a feed, and since when and when it was last fetched.
export function getFeedStatus({ userId }: { userId: string }) {
  return prisma.calendarFeed.findUnique({
    where: { userId },
    select: { createdAt: true, lastUsedAt: true },
  })
}

// Makes a new feed token for the user and returns it; a feed the user had stops working.
export async function createFeed({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const token = randomBytes(TOKEN_BYTES).toString('base64url')
  const tokenHash = hashToken(token)
  await prisma.$transaction(async (tx) => {
    const previous = await tx.calendarFeed.findUnique({ where: { userId }, select: { id: true } })
    await tx.calendarFeed.upsert({
      where: { userId },
      create: { userId, tokenHash, createdAt: now },
      update: { tokenHash, createdAt: now, lastUsedAt: null },
    })
    await recordAudit(
      {
        actorId: userId,
        action: previous ? 'calendarFeed.replace' : 'calendarFeed.create',
        entityType: 'User',
        entityId: userId,
        summary: t(previous ? 'calendar.auditFeedReplaced' : 'calendar.auditFeedCreated'),
      },
      tx,
    )
  })
  return token
}

// Ends the user's feed; returns false when there was none.
export async function revokeFeed({ userId }: { userId: string }) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.deleteMany({ where: { userId } })
    if (count === 0) return false
    await recordAudit(
      {
        actorId: userId,
        action: 'calendarFeed.revoke',
        entityType: 'User',
        entityId: userId,
        summary: t('calendar.auditFeedRevoked'),
      },
      tx,
    )
    return true
  })
}

// Returns the feed's calendar text for `token`, or null when the token is wrong, malformed
// or revoked, or its user is deactivated. Every token is hashed and looked up the same way,
// so the answer and its timing do not tell these cases apart. Holds every meeting from
// FEED_MONTHS_BACK months ago on, cancelled ones with STATUS:CANCELLED.
export async function getFeedCalendar({
  token,
  origin,
  now = new Date(),
}: {
  token: string
  origin: string
  now?: Date
}) {
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, lastUsedAt: true, user: { select: { active: true } } },
  })
  if (!feed?.user.active) return null
  if (!feed.lastUsedAt || now.getTime() - feed.lastUsedAt.getTime() >= LAST_USED_INTERVAL_MS) {
    await prisma.calendarFeed.updateMany({ where: { id: feed.id }, data: { lastUsedAt: now } })
  }
  const meetings = await prisma.meeting.findMany({
    where: { startsAt: { gte: subMonths(now, FEED_MONTHS_BACK) } },
    select: EVENT_MEETING_SELECT,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  })
  return buildCalendar({
    name: t('calendar.feedCalendarName'),
    events: meetings.map((meeting) =>
      meetingEvent(meeting, { url: `${origin}/bijeenkomsten/${meeting.id}` }),
    ),
  })
}
