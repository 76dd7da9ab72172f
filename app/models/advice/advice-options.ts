// Labels and choices of the advice pages, in Dutch through the catalog.
import { activityKindLabel } from '~/models/activity/activity-options.ts'
import { localToday } from '~/models/activity/occurred-at.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { themeDomainLabel, themeLabel } from '~/models/theme/theme-options.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import {
  ADDRESSEE_KINDS,
  ADVICE_STATUSES,
  ADVICE_TYPES,
  RESPONSE_OUTCOMES,
  SUCCESSFUL_OUTCOMES,
} from './advice-types.ts'

// Returns the catalog text of `prefix.value`, or the raw value when the catalog has none.
function label(prefix: string, value: string) {
  const key = `${prefix}.${value}`
  return isMessageKey(key) ? t(key) : value
}

// Returns the Dutch label of an advice type ("Gevraagd advies").
export const adviceTypeLabel = (type: string) => label('adviceType', type)

// Returns the Dutch label of an advice status ("Verzonden").
export const adviceStatusLabel = (status: string) => label('adviceStatus', status)

// Returns the Dutch label of a response outcome ("Deels overgenomen").
export const responseOutcomeLabel = (outcome: string) => label('responseOutcome', outcome)

// Returns the Dutch label of a kind of addressee ("College van B&W").
export const addresseeKindLabel = (kind: string) => label('addresseeKind', kind)

// Returns the badge tone of a status: a request waiting for work asks for action, a
// response received or a closed advice is done.
export function adviceStatusTone(status: string): 'neutral' | 'success' | 'warning' {
  if (status === 'RECEIVED') return 'warning'
  if (status === 'RESPONDED' || status === 'CLOSED') return 'success'
  return 'neutral'
}

// Returns the badge tone of an outcome: (partly) adopted is a success.
export function responseOutcomeTone(outcome: string): 'neutral' | 'success' | 'warning' {
  if ((SUCCESSFUL_OUTCOMES as readonly string[]).includes(outcome)) return 'success'
  return outcome === 'NO_RESPONSE' ? 'warning' : 'neutral'
}

// Returns an addressee in words: "College van B&W Leeuwarden", "UWV", or the label for "other".
export function addresseeText(addressee: {
  kind: string
  label: string | null
  municipality: { name: string } | null
}) {
  if (addressee.kind === 'OTHER') return addressee.label ?? addresseeKindLabel('OTHER')
  const base = addressee.municipality
    ? t('advice.addresseeOf', {
        kind: addresseeKindLabel(addressee.kind),
        municipality: addressee.municipality.name,
      })
    : addresseeKindLabel(addressee.kind)
  return addressee.label ? `${base} (${addressee.label})` : base
}

export const adviceTypeOptions = () =>
  ADVICE_TYPES.map((type) => ({ value: type, label: adviceTypeLabel(type) }))

export const adviceStatusOptions = () =>
  ADVICE_STATUSES.map((status) => ({ value: status, label: adviceStatusLabel(status) }))

// Returns the status filter's choices: every advice still under way together, then each status.
export function adviceStatusFilterOptions() {
  return [{ value: 'open', label: t('advice.filterOpen') }, ...adviceStatusOptions()]
}

export const responseOutcomeOptions = () =>
  RESPONSE_OUTCOMES.map((outcome) => ({ value: outcome, label: responseOutcomeLabel(outcome) }))

export const successfulOutcomeOptions = () =>
  SUCCESSFUL_OUTCOMES.map((outcome) => ({ value: outcome, label: responseOutcomeLabel(outcome) }))

export const addresseeKindOptions = () =>
  ADDRESSEE_KINDS.map((kind) => ({ value: kind, label: addresseeKindLabel(kind) }))

const typeRank = (type: string) => (COUNCIL_TYPES as readonly string[]).indexOf(type)

// Returns councils as select options grouped by their type (in the order of the council
// types), by name within a type; an inactive council says so.
export function councilSelectOptions(
  councils: { id: string; name: string; type: string; active: boolean }[],
) {
  return [...councils]
    .sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.name.localeCompare(b.name, 'nl'))
    .map((council) => ({
      value: council.id,
      label: council.active ? council.name : t('advice.inactiveCouncil', { name: council.name }),
      group: organisationTypeLabel(council.type),
    }))
}

type Named = { id: string; name: string }

// Returns the advice form's choices with Dutch labels: councils grouped by type, current
// municipalities, themes grouped by domain, supporters, and the signals and activities the
// advice may come from.
export function adviceFormOptions(raw: {
  councils: (Named & { type: string; active: boolean })[]
  municipalities: Named[]
  themes: (Named & { domain: string; active: boolean })[]
  supporters: Named[]
  signals: { id: string; title: string; receivedOn: Date }[]
  activities: { id: string; kind: string; summary: string; occurredAt: Date }[]
}) {
  return {
    types: [{ value: '', label: t('advice.chooseTypeOption') }, ...adviceTypeOptions()],
    councils: [{ value: '', label: t('advice.chooseCouncilOption') }, ...councilSelectOptions(raw.councils)],
    addresseeKinds: [{ value: '', label: t('advice.chooseAddresseeKind') }, ...addresseeKindOptions()],
    municipalities: [
      { value: '', label: t('advice.chooseMunicipality') },
      ...raw.municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })),
    ],
    themes: raw.themes.map((theme) => ({
      value: theme.id,
      label: themeLabel(theme),
      group: themeDomainLabel(theme.domain),
    })),
    supporters: [
      { value: '', label: t('advice.chooseSupporter') },
      ...raw.supporters.map((user) => ({ value: user.id, label: user.name })),
    ],
    signals: raw.signals.map((signal) => ({
      value: signal.id,
      label: t('advice.signalOption', { title: signal.title, date: formatDateOnly(signal.receivedOn) }),
    })),
    activities: raw.activities.map((activity) => ({
      value: activity.id,
      label: t('advice.signalOption', {
        title: `${activityKindLabel(activity.kind)}: ${activity.summary}`,
        date: formatDateOnly(localToday(activity.occurredAt)),
      }),
    })),
  }
}

export type AdviceFormOptions = ReturnType<typeof adviceFormOptions>
