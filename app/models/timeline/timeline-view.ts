import { ACTIVITY_KINDS } from '~/models/activity/activity-kinds.ts'
import { ATTENDED } from '~/models/meeting/meeting-kinds.ts'
import { formatDuration } from '~/utils/duration.ts'
import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import type { TimelineItem } from './timeline.server.ts'

export type TimelineEntry = {
  key: string
  href: string
  at: Date
  /** A calendar day without a time of day (signals, advices). */
  dateOnly: boolean
  label: string
  title: string
  details: string[]
  themes: { id: string; name: string }[]
}

const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback)

// Returns what the subject's invitations to a meeting say: a person's own status (and
// whether they walked in), or how many of an organisation's people were present.
function attendanceDetail(item: Extract<TimelineItem, { entry: 'meeting' }>) {
  if (item.subject === 'person') {
    const [own] = item.attendance
    if (!own) return []
    const status = label(`attendanceStatus.${own.status}`, own.status)
    return [own.walkIn ? t('timeline.walkIn', { status }) : status]
  }
  const details: string[] = []
  if (item.partner) details.push(t('timeline.meetingPartner'))
  if (item.attendance.length > 0) {
    const present = item.attendance.filter((invitation) => invitation.status === ATTENDED).length
    details.push(t('timeline.meetingRepresented', { present, invited: item.attendance.length }))
  }
  return details
}

// Returns a timeline item as the timeline shows it: a kind label, a title and details.
export function toTimelineEntry(item: TimelineItem): TimelineEntry {
  if (item.entry === 'meeting') {
    return {
      key: `meeting-${item.id}`,
      href: `/bijeenkomsten/${item.id}`,
      at: item.at,
      dateOnly: false,
      label: label(`meetingKind.${item.kind}`, t('timeline.kindMeeting')),
      title: item.title,
      details: [
        ...(item.status === 'CANCELLED' || item.status === 'HELD'
          ? [label(`meetingStatus.${item.status}`, item.status)]
          : []),
        ...(item.location ? [item.location] : []),
        ...attendanceDetail(item),
      ],
      themes: item.themes,
    }
  }
  if (item.entry === 'advice') {
    return {
      key: `advice-${item.id}`,
      href: `/adviezen/${item.id}`,
      at: item.at,
      dateOnly: true,
      label: label(`adviceType.${item.type}`, t('timeline.kindAdvice')),
      title: item.title,
      details: [
        ...(item.councils.length > 1 ? [item.councils.map((council) => council.name).join(' + ')] : []),
        label(`adviceStatus.${item.status}`, item.status),
        ...(item.responseOutcome
          ? [label(`responseOutcome.${item.responseOutcome}`, item.responseOutcome)]
          : []),
      ],
      themes: item.themes,
    }
  }
  if (item.entry === 'signal') {
    return {
      key: `signal-${item.id}`,
      href: `/signalen/${item.id}`,
      at: item.at,
      dateOnly: true,
      label: t('timeline.kindSignal'),
      title: item.title,
      details: [
        t('timeline.signalFrom', { name: item.source.name }),
        label(`signalStatus.${item.status}`, item.status),
      ],
      themes: item.themes,
    }
  }
  const visited = item.organisations.filter((organisation) => organisation.role === 'visited')
  return {
    key: `activity-${item.id}`,
    href: `/activiteiten/${item.id}`,
    at: item.at,
    dateOnly: false,
    label: [
      label(`activityKind.${item.kind}`, item.kind),
      item.subtype ? label(`activity.subtype.${item.subtype}`, item.subtype) : null,
    ]
      .filter(Boolean)
      .join(' · '),
    title: item.summary,
    details: [
      t('timeline.by', { name: item.author.name }),
      ...(item.minutesSpent
        ? [t('timeline.timeSpent', { duration: formatDuration(item.minutesSpent) })]
        : []),
      ...(visited.length > 0
        ? [t('timeline.visited', { names: visited.map((site) => site.name).join(', ') })]
        : []),
    ],
    themes: item.themes,
  }
}

// Returns the kinds a timeline can be filtered on: activities first, then (for an
// organisation) signals and advices, then meetings.
export function timelineKindOptions({ withSignals }: { withSignals: boolean }) {
  return [
    { value: '', label: t('timeline.any') },
    ...ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activityKind.${kind}` as MessageKey) })),
    ...(withSignals
      ? [
          { value: 'SIGNAL', label: t('timeline.kindSignal') },
          { value: 'ADVICE', label: t('timeline.kindAdvice') },
        ]
      : []),
    { value: 'MEETING', label: t('timeline.kindMeeting') },
  ]
}
