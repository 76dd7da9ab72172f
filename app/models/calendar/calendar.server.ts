// The agenda (/agenda): meetings and the due dates of open follow-ups, as a month grid or as
// a list of what is coming. Meetings fall on their Dutch calendar day (a meeting at 00:30
// on the 1st belongs to the 1st); due dates are date-only values (docs/decisions/003).

import { localMoment, localParts, localToday } from '~/models/activity/occurred-at.ts'
import { isOverdue } from '~/models/follow-up/follow-up-order.ts'
import { followUpHref } from '~/models/follow-up/follow-up-source.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { buildCalendar } from '~/utils/ics.server.ts'
import {
  type CalendarMonth,
  dayTitle,
  gridSpan,
  isShownMonth,
  monthKey,
  monthTitle,
  monthWeeks,
  shiftMonth,
  weekdayNames,
} from './calendar-grid.ts'
import {
  AGENDA_MEETING_SELECT,
  CANCELLED,
  catalogLabel,
  EVENT_MEETING_SELECT,
  type EventMeeting,
  meetingEvent,
  meetingIcsFilename,
} from './meeting-event.ts'

/** Whose follow-ups the agenda shows: the user's own, or everyone's. */
export type FollowUpScope = { userId: string; everyone: boolean }

export const UPCOMING_PAGE_SIZE = 30

const followUpSelect = {
  id: true,
  description: true,
  dueDate: true,
  done: true,
  activityId: true,
  signalId: true,
  adviceId: true,
  meetingId: true,
  quickScanAction: { select: { id: true, scanId: true } },
  assignee: { select: { name: true } },
} as const

type MeetingRow = Pick<EventMeeting, keyof typeof AGENDA_MEETING_SELECT>
type FollowUpRow = {
  id: string
  description: string
  dueDate: Date | null
  done: boolean
  activityId: string | null
  signalId: string | null
  adviceId: string | null
  meetingId: string | null
  quickScanAction: { id: string; scanId: string } | null
  assignee: { name: string }
}

// Returns a calendar day ("2026-11-05") as the date-only value we store (midnight UTC).
// The days here come from the grid or the clock, never from the URL, so they are valid.
function dateOnly(day: string) {
  return new Date(`${day}T00:00:00.000Z`)
}

// Returns the start of a Dutch calendar day ("2026-11-05") as a UTC moment.
function startOfLocalDay(day: string) {
  return localMoment(dateOnly(day), '00:00')
}

// Returns a meeting as an item of the agenda, with every text it shows.
function meetingEntry(meeting: MeetingRow) {
  const start = localParts(meeting.startsAt)
  return {
    key: `meeting-${meeting.id}`,
    type: 'meeting' as const,
    day: start.day,
    time: start.time,
    endTime: localParts(meeting.endsAt).time,
    href: `/bijeenkomsten/${meeting.id}`,
    title: meeting.title,
    label: catalogLabel('meetingKind', meeting.kind),
    statusLabel: catalogLabel('meetingStatus', meeting.status),
    cancelled: meeting.status === CANCELLED,
    overdue: false,
    location: meeting.location,
    assigneeName: null,
    at: meeting.startsAt.getTime(),
  }
}

// Returns a follow-up as an item of the agenda on its due date.
function followUpEntry(followUp: FollowUpRow, scope: FollowUpScope, today: Date) {
  return {
    key: `followUp-${followUp.id}`,
    type: 'followUp' as const,
    day: followUp.dueDate?.toISOString().slice(0, 10) ?? '',
    time: null,
    endTime: null,
    href: followUpHref(followUp) ?? '/acties',
    title: followUp.description,
    label: t('calendar.followUp'),
    statusLabel: null,
    cancelled: false,
    overdue: isOverdue(followUp, today),
    location: null,
    assigneeName: scope.everyone ? followUp.assignee.name : null,
    // Before every meeting of the day.
    at: 0,
  }
}

/** One item of the agenda: a meeting, or a follow-up on its due date. `at` orders a day. */
export type CalendarEntry = ReturnType<typeof meetingEntry> | ReturnType<typeof followUpEntry>

// Orders entries by day; within a day the follow-ups (all day) first, then meetings by start.
// Ties go by id, as the queries order them, so the pages of the list fit together.
function compareEntries(a: CalendarEntry, b: CalendarEntry) {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1
  if (a.type !== b.type) return a.type === 'followUp' ? -1 : 1
  if (a.at !== b.at) return a.at - b.at
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

// Returns the entries grouped by day, in the order given.
function groupByDay(entries: CalendarEntry[]) {
  const days = new Map<string, CalendarEntry[]>()
  for (const entry of entries) days.set(entry.day, [...(days.get(entry.day) ?? []), entry])
  return days
}

const followUpWhere = (scope: FollowUpScope) => ({
  done: false,
  ...(scope.everyone ? {} : { assigneeId: scope.userId }),
})

// Returns the entries of the Dutch calendar days `from` up to (not including) `to`.
export async function listCalendarEntries({
  from,
  to,
  scope,
  now = new Date(),
}: {
  from: string
  to: string
  scope: FollowUpScope
  now?: Date
}) {
  const [meetings, followUps] = await Promise.all([
    prisma.meeting.findMany({
      where: { startsAt: { gte: startOfLocalDay(from), lt: startOfLocalDay(to) } },
      select: AGENDA_MEETING_SELECT,
    }),
    prisma.followUp.findMany({
      where: { ...followUpWhere(scope), dueDate: { gte: dateOnly(from), lt: dateOnly(to) } },
      select: followUpSelect,
    }),
  ])
  const today = localToday(now)
  return [
    ...meetings.map(meetingEntry),
    ...followUps.map((followUp) => followUpEntry(followUp, scope, today)),
  ].sort(compareEntries)
}

// Returns the month view: the month's title, its neighbours, the weekday names and the
// weeks of days, each with its entries; today is marked.
export async function getMonthView({
  month,
  scope,
  now = new Date(),
}: {
  month: CalendarMonth
  scope: FollowUpScope
  now?: Date
}) {
  const span = gridSpan(month)
  const entries = await listCalendarEntries({ ...span, scope, now })
  const today = localParts(now).day
  const byDay = groupByDay(entries)
  const neighbour = (delta: number) => {
    const other = shiftMonth(month, delta)
    return isShownMonth(other) ? { key: monthKey(other), title: monthTitle(other) } : null
  }
  return {
    key: monthKey(month),
    title: monthTitle(month),
    previous: neighbour(-1),
    next: neighbour(1),
    weekdays: weekdayNames(),
    weeks: monthWeeks(month).map((week) =>
      week.map((day) => ({
        ...day,
        title: dayTitle(day.day),
        isToday: day.day === today,
        entries: byDay.get(day.day) ?? [],
      })),
    ),
  }
}

// Returns what is coming from today on, by day: meetings (cancelled ones too) and the due
// dates of open follow-ups, UPCOMING_PAGE_SIZE entries a page.
export async function getUpcomingView({
  scope,
  page,
  now = new Date(),
}: {
  scope: FollowUpScope
  page: number
  now?: Date
}) {
  const todayDay = localParts(now).day
  const meetingWhere = { startsAt: { gte: startOfLocalDay(todayDay) } }
  const dueWhere = { ...followUpWhere(scope), dueDate: { gte: dateOnly(todayDay) } }
  const [meetingCount, followUpCount] = await Promise.all([
    prisma.meeting.count({ where: meetingWhere }),
    prisma.followUp.count({ where: dueWhere }),
  ])
  const total = meetingCount + followUpCount
  const pageCount = Math.max(1, Math.ceil(total / UPCOMING_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  // The first `current` pages of each source hold every entry of the merged page.
  const take = current * UPCOMING_PAGE_SIZE
  const [meetings, followUps] = await Promise.all([
    prisma.meeting.findMany({
      where: meetingWhere,
      select: AGENDA_MEETING_SELECT,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take,
    }),
    prisma.followUp.findMany({
      where: dueWhere,
      select: followUpSelect,
      orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      take,
    }),
  ])
  const today = localToday(now)
  const entries = [
    ...meetings.map(meetingEntry),
    ...followUps.map((followUp) => followUpEntry(followUp, scope, today)),
  ]
    .sort(compareEntries)
    .slice((current - 1) * UPCOMING_PAGE_SIZE, take)
  return {
    total,
    page: current,
    pageCount,
    days: [...groupByDay(entries)].map(([day, dayEntries]) => ({
      day,
      title: dayTitle(day),
      isToday: day === todayDay,
      entries: dayEntries,
    })),
  }
}

// Returns one meeting's .ics download (its text and file name), or null when the meeting
// does not exist.
export async function getMeetingDownload({ meetingId, origin }: { meetingId: string; origin: string }) {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: EVENT_MEETING_SELECT })
  if (!meeting) return null
  return {
    content: buildCalendar({
      name: t('calendar.downloadCalendarName'),
      events: [meetingEvent(meeting, { url: `${origin}/bijeenkomsten/${meeting.id}` })],
    }),
    filename: meetingIcsFilename(meeting),
  }
}
