// When a meeting takes place: a Dutch calendar day with a start and an end time, both in
// Europe/Amsterdam, stored as two UTC moments (docs/decisions/003). Unlike an activity
// (decision 007), a meeting refuses a time that does not exist: invitations and calendar
// files must say exactly when to come, so 02:30 on the night the clocks go forward is a
// field error rather than a silent 03:30.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { nl } from 'date-fns/locale'
import { localMoment, localParts, localToday, normaliseTime } from '~/models/activity/occurred-at.ts'
import { formatDateOnly, parseDateOnly, TIME_ZONE } from '~/utils/dates.ts'
import { messageRef } from '~/utils/i18n/index.ts'

// Meetings can be recorded from this day on, and planned this many years ahead.
export const MEETING_EARLIEST_DAY = '1990-01-01'
export const MEETING_YEARS_AHEAD = 5

export type MeetingTimeField = 'date' | 'startTime' | 'endTime'
export type MeetingTimeIssue = { field: MeetingTimeField; message: string }

export type MeetingTimes =
  | { ok: true; startsAt: Date; endsAt: Date }
  | { ok: false; issues: MeetingTimeIssue[] }

// Returns the UTC moment of the wall-clock `time` ("19:30") on the Dutch calendar day `day`
// (a date-only value), or null when the clock skips that time on that day.
export function existingMoment(day: Date, time: string): Date | null {
  const moment = localMoment(day, time)
  const parts = localParts(moment)
  return parts.day === day.toISOString().slice(0, 10) && parts.time === time ? moment : null
}

// Returns the start and end of a meeting from the form's day and times, or a message per
// field: a missing or impossible day (30 February), a day out of range, a time that is not
// one or that does not exist on that day, an end that is not after the start.
export function readMeetingTimes(
  raw: { date?: unknown; startTime?: unknown; endTime?: unknown },
  now: Date = new Date(),
): MeetingTimes {
  const issues: MeetingTimeIssue[] = []
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const dayText = text(raw.date)
  const day = parseDateOnly(dayText)
  if (dayText === '') issues.push({ field: 'date', message: 'validation.required' })
  else if (!day) issues.push({ field: 'date', message: 'validation.date' })
  else {
    const today = localToday(now)
    const latest = Date.UTC(
      today.getUTCFullYear() + MEETING_YEARS_AHEAD,
      today.getUTCMonth(),
      today.getUTCDate(),
    )
    if (day.getTime() < (parseDateOnly(MEETING_EARLIEST_DAY)?.getTime() ?? 0)) {
      issues.push({ field: 'date', message: 'meeting.dateTooEarly' })
    } else if (day.getTime() > latest) {
      issues.push({
        field: 'date',
        message: messageRef('meeting.dateTooLate', { years: MEETING_YEARS_AHEAD }),
      })
    }
  }
  const moments: Partial<Record<'startTime' | 'endTime', Date>> = {}
  for (const field of ['startTime', 'endTime'] as const) {
    const input = text(raw[field])
    const time = normaliseTime(input)
    if (input === '') issues.push({ field, message: 'validation.required' })
    else if (!time) issues.push({ field, message: 'meeting.timeInvalid' })
    else if (day) {
      const moment = existingMoment(day, time)
      if (moment) moments[field] = moment
      else {
        issues.push({
          field,
          message: messageRef('meeting.timeSkipped', { time, date: formatDateOnly(day) }),
        })
      }
    }
  }
  const { startTime: startsAt, endTime: endsAt } = moments
  if (startsAt && endsAt && endsAt <= startsAt) {
    issues.push({ field: 'endTime', message: 'meeting.endNotAfterStart' })
  }
  if (issues.length > 0 || !startsAt || !endsAt) return { ok: false, issues }
  return { ok: true, startsAt, endsAt }
}

// Returns when a meeting is, as people say it: "donderdag 19 maart 2026, 19:30–21:30".
export function formatMeetingWhen(startsAt: Date | string, endsAt: Date | string) {
  const start = new TZDate(new Date(startsAt), TIME_ZONE)
  const end = new TZDate(new Date(endsAt), TIME_ZONE)
  const sameDay = format(start, 'yyyy-MM-dd') === format(end, 'yyyy-MM-dd')
  const day = format(start, 'EEEE d MMMM yyyy', { locale: nl })
  return sameDay
    ? `${day}, ${format(start, 'HH:mm')}–${format(end, 'HH:mm')}`
    : `${day}, ${format(start, 'HH:mm')} – ${format(end, 'EEEE d MMMM yyyy, HH:mm', { locale: nl })}`
}

// Returns the form's day and times of a stored meeting ("2026-03-19", "19:30", "21:30").
export function meetingTimeInputs(meeting: { startsAt: Date | string; endsAt: Date | string }) {
  const start = localParts(meeting.startsAt)
  return { date: start.day, startTime: start.time, endTime: localParts(meeting.endsAt).time }
}
