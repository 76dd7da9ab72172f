// Dutch labels and select options of the activity log's fixed lists.
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { ORGANISATION_TYPES } from '~/models/organisation/organisation-types.ts'
import { themeDomainLabel } from '~/models/theme/theme-options.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { ACTIVITY_KINDS, ACTIVITY_SUBTYPES, PARTICIPATION_FORMS } from './activity-kinds.ts'

// Returns the Dutch label of an activity kind (the raw value for an unknown one).
export function activityKindLabel(kind: string) {
  const key = `activityKind.${kind}`
  return isMessageKey(key) ? t(key) : kind
}

// Returns the Dutch label of a subtype ("telefoon" → "Telefoon"), the raw value if unknown.
export function activitySubtypeLabel(subtype: string) {
  const key = `activity.subtype.${subtype}`
  return isMessageKey(key) ? t(key) : subtype
}

// Returns the kind with its subtype as a list shows it: "Contact · Telefoon".
export function activityTypeLabel(kind: string, subtype: string | null) {
  return subtype ? `${activityKindLabel(kind)} · ${activitySubtypeLabel(subtype)}` : activityKindLabel(kind)
}

// Returns the Dutch label of a participation form (the raw value for an unknown one).
export function participationFormLabel(form: string) {
  const key = `participationForm.${form}`
  return isMessageKey(key) ? t(key) : form
}

// Returns the activity kinds as select options.
export function activityKindOptions() {
  return ACTIVITY_KINDS.map((kind) => ({ value: kind, label: activityKindLabel(kind) }))
}

// Returns the subtypes as select options grouped per kind, with "none" first.
export function activitySubtypeOptions() {
  return [
    { value: '', label: t('activity.noChoice') },
    ...ACTIVITY_KINDS.flatMap((kind) =>
      ACTIVITY_SUBTYPES[kind].map((subtype) => ({
        value: subtype,
        label: activitySubtypeLabel(subtype),
        group: activityKindLabel(kind),
      })),
    ),
  ]
}

// Returns the participation forms as select options, with "none" first.
export function participationFormOptions() {
  return [
    { value: '', label: t('activity.noChoice') },
    ...PARTICIPATION_FORMS.map((form) => ({ value: form, label: participationFormLabel(form) })),
  ]
}

// Returns minutes as people say them: "45 minuten", "2 uur", "1 uur en 30 minuten".
export function formatMinutes(minutes: number) {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('activity.durationMinutes', { minutes: rest })
  if (rest === 0) return t('activity.durationHours', { hours })
  return t('activity.durationHoursMinutes', { hours, minutes: rest })
}

type RawFormOptions = {
  organisations: { id: string; name: string; type: string; active: boolean }[]
  people: { id: string; name: string }[]
  themes: { id: string; name: string; domain: string; active: boolean }[]
  assignees: { id: string; name: string }[]
}

// Returns the organisation as an option: its name, marked when it is no longer active.
const organisationOption = (organisation: { id: string; name: string; active: boolean }) => ({
  value: organisation.id,
  label: organisation.active ? organisation.name : `${organisation.name} ${t('activity.inactive')}`,
})

// Returns the activity form's choices with Dutch labels: organisations grouped by type
// (councils first), werkbezoeklocaties apart for "visited", themes per domain.
export function activityFormOptions(raw: RawFormOptions) {
  const typeOrder = (type: string) => {
    const index = (ORGANISATION_TYPES as readonly string[]).indexOf(type)
    return index === -1 ? ORGANISATION_TYPES.length : index
  }
  const organisations = [...raw.organisations].sort((a, b) => typeOrder(a.type) - typeOrder(b.type))
  return {
    organisations: organisations.map((organisation) => ({
      ...organisationOption(organisation),
      group: organisationTypeLabel(organisation.type),
    })),
    sites: raw.organisations.filter((organisation) => organisation.type === 'SITE').map(organisationOption),
    people: raw.people.map((person) => ({ value: person.id, label: person.name })),
    themes: raw.themes.map((theme) => ({
      value: theme.id,
      label: theme.active ? theme.name : `${theme.name} ${t('activity.retired')}`,
      group: themeDomainLabel(theme.domain),
    })),
    assignees: raw.assignees.map((user) => ({ value: user.id, label: user.name })),
  }
}

export type ActivityFormChoices = ReturnType<typeof activityFormOptions>
