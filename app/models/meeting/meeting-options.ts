// Labels and choices of the meeting pages, in Dutch through the catalog.
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { ORGANISATION_TYPES } from '~/models/organisation/organisation-types.ts'
import { themeDomainLabel, themeLabel } from '~/models/theme/theme-options.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { MEETING_KINDS, MEETING_OUTPUT_KINDS, MEETING_STATUSES, type MeetingStatus } from './meeting-kinds.ts'

// Returns the catalog text of `prefix.value`, or the raw value when the catalog has none.
function label(prefix: string, value: string) {
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? t(key) : value
}

// Returns the Dutch label of a meeting kind ("Themabijeenkomst").
export const meetingKindLabel = (kind: string) => label('meetingKind', kind)

// Returns the Dutch label of a meeting status ("Afgelast").
export const meetingStatusLabel = (status: string) => label('meetingStatus', status)

// Returns the Dutch label of an attendance status ("Afwezig met bericht").
export const attendanceStatusLabel = (status: string) => label('attendanceStatus', status)

// Returns the Dutch label of the kind of a meeting's output ("Visiedocument").
export const meetingOutputKindLabel = (kind: string) => label('meetingOutputKind', kind)

// Returns the badge tone of a meeting status: cancelled asks for attention, held is done.
export function meetingStatusTone(status: string): 'neutral' | 'success' | 'warning' {
  if (status === 'CANCELLED') return 'warning'
  return status === 'HELD' ? 'success' : 'neutral'
}

export const meetingKindOptions = () =>
  MEETING_KINDS.map((kind) => ({ value: kind, label: meetingKindLabel(kind) }))

export const meetingStatusOptions = () =>
  MEETING_STATUSES.map((status) => ({ value: status, label: meetingStatusLabel(status) }))

export const meetingOutputKindOptions = () =>
  MEETING_OUTPUT_KINDS.map((kind) => ({ value: kind, label: meetingOutputKindLabel(kind) }))

// Returns the statuses the meeting form offers: cancelling has its own button with a
// reason, so "afgelast" is only offered to a meeting that is cancelled already (keeping it
// so, or planning it again).
export function formStatusOptions(current: MeetingStatus | null) {
  return meetingStatusOptions().filter((option) => option.value !== 'CANCELLED' || current === 'CANCELLED')
}

type Named = { id: string; name: string }

const typeRank = (type: string) => {
  const index = (ORGANISATION_TYPES as readonly string[]).indexOf(type)
  return index === -1 ? ORGANISATION_TYPES.length : index
}

// Returns the meeting form's choices with Dutch labels: kinds, statuses, themes grouped by
// domain (a retired theme says so), the agenda's theme choice, organisers, and partner
// organisations grouped by type (an inactive one says so).
export function meetingFormOptions(raw: {
  themes: (Named & { domain: string; active: boolean })[]
  organisers: Named[]
  organisations: (Named & { type: string; active: boolean })[]
  status: MeetingStatus | null
}) {
  const themes = raw.themes.map((theme) => ({
    value: theme.id,
    label: themeLabel(theme),
    group: themeDomainLabel(theme.domain),
  }))
  return {
    kinds: [{ value: '', label: t('meeting.chooseKindOption') }, ...meetingKindOptions()],
    statuses: formStatusOptions(raw.status),
    themes,
    agendaThemes: [{ value: '', label: t('meeting.agendaNoTheme') }, ...themes],
    organisers: raw.organisers.map((user) => ({ value: user.id, label: user.name })),
    partners: [...raw.organisations]
      .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.name.localeCompare(b.name, 'nl'))
      .map((organisation) => ({
        value: organisation.id,
        label: organisation.active
          ? organisation.name
          : t('meeting.inactiveOrganisation', { name: organisation.name }),
        group: organisationTypeLabel(organisation.type),
      })),
  }
}

export type MeetingFormOptions = ReturnType<typeof meetingFormOptions>

type RecordSource = {
  minutes: string | null
  tips: { id: string; text: string; theme: { name: string; active: boolean } | null }[]
  jointActions: {
    id: string
    description: string
    dueDate: Date | null
    done: boolean
    overdue: boolean
    assignee: { name: string }
    ownerOrganisation: { id: string; name: string } | null
  }[]
  outputs: { id: string; kind: string; title: string; body: string | null }[]
}

// Returns what a meeting left behind as the pages show it: the minutes, the tips with their
// theme, the joint actions with who follows them up and who carries them out, and the
// outputs with their kind in words.
export function meetingRecordView(meeting: RecordSource) {
  return {
    minutes: meeting.minutes,
    tips: meeting.tips.map((tip) => ({
      id: tip.id,
      text: tip.text,
      theme: tip.theme ? themeLabel(tip.theme) : null,
    })),
    jointActions: meeting.jointActions.map((action) => ({
      id: action.id,
      description: action.description,
      dueDate: action.dueDate,
      done: action.done,
      overdue: action.overdue,
      assignee: action.assignee.name,
      ownerOrganisation: action.ownerOrganisation,
    })),
    outputs: meeting.outputs.map((output) => ({
      id: output.id,
      kind: meetingOutputKindLabel(output.kind),
      title: output.title,
      body: output.body,
    })),
  }
}

export type MeetingRecordView = ReturnType<typeof meetingRecordView>
