import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { TIME_ZONE } from './dates.ts'

// iCalendar files (RFC 5545) for meetings: one meeting as a download or mail attachment,
// many as a personal feed. Times are written in Europe/Amsterdam with the matching
// VTIMEZONE, so calendar apps show the right local time on both sides of a DST change.

export type IcsEvent = {
  /// Stable across edits; calendar apps match updates and cancellations on it.
  id: string
  title: string
  startsAt: Date
  endsAt: Date
  location?: string | null
  description?: string | null
  url?: string | null
  /// Bumped on every change a calendar shows (Meeting.sequence).
  sequence: number
  cancelled: boolean
  /// Planned but not yet confirmed: STATUS:TENTATIVE.
  tentative?: boolean
  updatedAt: Date
}

export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL'

const METHODS = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
} as const

// The UID of a meeting in every calendar: the same for the download, the mail and the feed.
export function icsUid(id: string) {
  return `${id}@raadnet`
}

// Returns the text of an iCalendar file with `events`. `method` is REQUEST for an
// invitation, CANCEL for a cancellation and PUBLISH (the default) for downloads and feeds.
export function buildCalendar(options: {
  name: string
  events: IcsEvent[]
  method?: IcsMethod
  /// The ORGANIZER of every event; invitations and cancellations need one.
  organizer?: { name: string; email: string }
}) {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Raadnet', product: 'Raadnet', language: 'NL' },
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED are then written in UTC (with Z) as
    // RFC 5545 requires, while each event's own zone still brings its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    method: METHODS[options.method ?? 'PUBLISH'],
  })
  for (const event of options.events) {
    calendar.createEvent({
      id: icsUid(event.id),
      // ical-generator writes a zoned time with the date's own getters (getHours, …), so
      // hand it a TZDate whose getters answer in Amsterdam time whatever the server's zone.
      start: new TZDate(event.startsAt, TIME_ZONE),
      end: new TZDate(event.endsAt, TIME_ZONE),
      timezone: TIME_ZONE,
      summary: event.title,
      location: event.location ?? null,
      description: event.description ?? null,
      url: event.url ?? null,
      sequence: event.sequence,
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      status: event.cancelled
        ? ICalEventStatus.CANCELLED
        : event.tentative
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
      organizer: options.organizer ?? null,
    })
  }
  return calendar.toString()
}
