// A meeting as a calendar app sees it: the event of the .ics download and of the personal
// feed. The description is plain text (kind, cancellation, the meeting's own description
// and the agenda), without links; the link to Raadnet goes in the event's URL.

import { localParts } from '~/models/activity/occurred-at.ts'
import { foldText } from '~/models/person/search-text.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import type { IcsEvent } from '~/utils/ics.server.ts'

export type EventMeeting = {
  id: string
  title: string
  kind: string
  status: string
  startsAt: Date
  endsAt: Date
  location: string | null
  description: string | null
  cancelReason: string | null
  sequence: number
  updatedAt: Date
  agendaItems: { title: string; presenter: string | null }[]
}

// The fields of a meeting that the agenda shows, for a Prisma `select`.
export const AGENDA_MEETING_SELECT = {
  id: true,
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  endsAt: true,
  location: true,
} as const

// The fields of a meeting that meetingEvent reads, for a Prisma `select`.
export const EVENT_MEETING_SELECT = {
  ...AGENDA_MEETING_SELECT,
  description: true,
  cancelReason: true,
  sequence: true,
  updatedAt: true,
  agendaItems: { select: { title: true, presenter: true }, orderBy: { position: 'asc' } },
} as const

export const CANCELLED = 'CANCELLED'

// Returns the Dutch label of a catalog value such as meetingKind.THEME, or the raw value
// when the catalog does not know it.
export function catalogLabel(prefix: 'meetingKind' | 'meetingStatus', value: string) {
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? t(key) : value
}

// Returns the plain-text description of a meeting in a calendar.
export function eventDescription(meeting: EventMeeting) {
  const parts = [catalogLabel('meetingKind', meeting.kind)]
  if (meeting.status === CANCELLED) {
    parts.push(
      meeting.cancelReason
        ? t('calendar.eventCancelledBecause', { reason: meeting.cancelReason })
        : t('calendar.eventCancelled'),
    )
  }
  if (meeting.description?.trim()) parts.push(meeting.description.trim())
  if (meeting.agendaItems.length > 0) {
    const items = meeting.agendaItems.map((item, index) =>
      item.presenter
        ? t('calendar.eventAgendaItemBy', { n: index + 1, title: item.title, presenter: item.presenter })
        : t('calendar.eventAgendaItem', { n: index + 1, title: item.title }),
    )
    parts.push([t('calendar.eventAgenda'), ...items].join('\n'))
  }
  return parts.join('\n\n')
}

// Returns the calendar event of a meeting. A cancelled meeting keeps its UID, gets
// STATUS:CANCELLED and "Afgelast:" before its title, for calendar apps that ignore the status.
export function meetingEvent(meeting: EventMeeting, { url }: { url: string | null }): IcsEvent {
  const cancelled = meeting.status === CANCELLED
  return {
    id: meeting.id,
    title: cancelled ? t('calendar.eventCancelledTitle', { title: meeting.title }) : meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    description: eventDescription(meeting),
    url,
    sequence: meeting.sequence,
    cancelled,
    tentative: meeting.status === 'PLANNED',
    updatedAt: meeting.updatedAt,
  }
}

// Returns the file name of a meeting's .ics download in ASCII only, from its title and
// Dutch date: "uitwisseling-leeuwarden-2026-10-22.ics".
export function meetingIcsFilename(meeting: { title: string; startsAt: Date }) {
  const slug = foldText(meeting.title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
  return `${slug || t('calendar.icsFileFallback')}-${localParts(meeting.startsAt).day}.ics`
}
