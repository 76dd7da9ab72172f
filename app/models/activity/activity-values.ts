// The activity as the edit form shows it, and the snapshot a conflict message compares.
import { activityKindLabel, activitySubtypeLabel, participationFormLabel } from './activity-options.ts'
import { localParts } from './occurred-at.ts'
import { timeSpentInputValue } from './time-spent.ts'

type Editable = {
  kind: string
  subtype: string | null
  occurredAt: Date
  summary: string
  notes: string | null
  minutesSpent: number | null
  participationForm: string | null
  findings: string | null
  followUpQuestions: string | null
  organisations: { id: string; name: string }[]
  visited: { id: string; name: string }[]
  people: { id: string; name: string }[]
  themes: { id: string; name: string }[]
}

// Returns the form's text values and repeated (multi-select, checkbox) values.
export function activityFormValues(activity: Editable) {
  const { day, time } = localParts(activity.occurredAt)
  return {
    values: {
      kind: activity.kind,
      subtype: activity.subtype ?? '',
      occurredOn: day,
      occurredTime: time,
      summary: activity.summary,
      notes: activity.notes ?? '',
      timeSpent: timeSpentInputValue(activity.minutesSpent),
      participationForm: activity.participationForm ?? '',
      findings: activity.findings ?? '',
      followUpQuestions: activity.followUpQuestions ?? '',
    },
    lists: {
      organisationIds: activity.organisations.map((organisation) => organisation.id),
      visitedIds: activity.visited.map((organisation) => organisation.id),
      personIds: activity.people.map((person) => person.id),
      themeIds: activity.themes.map((theme) => theme.id),
    },
  }
}

// Returns the activity as the user reads it (names instead of ids), for telling what
// someone else changed meanwhile.
export function activitySnapshot(activity: Editable) {
  const { values } = activityFormValues(activity)
  const names = (items: { name: string }[]) => items.map((item) => item.name).join(', ')
  return {
    ...values,
    kind: activityKindLabel(activity.kind),
    subtype: activity.subtype ? activitySubtypeLabel(activity.subtype) : '',
    participationForm: activity.participationForm ? participationFormLabel(activity.participationForm) : '',
    organisationIds: names(activity.organisations),
    visitedIds: names(activity.visited),
    personIds: names(activity.people),
    themeIds: names(activity.themes),
  }
}
