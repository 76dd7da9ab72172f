// Labels and choices of the signal pages, in Dutch through the catalog.
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import { SIGNAL_STATUSES } from './signal-statuses.ts'

// Returns the Dutch label of a signal status (the raw value for an unknown one).
export function signalStatusLabel(status: string) {
  const key = `signalStatus.${status}`
  return isMessageKey(key) ? t(key) : status
}

// Returns the badge tone of a status: new ones ask for action, fed-back ones are done.
export function signalStatusTone(status: string): 'neutral' | 'success' | 'warning' {
  if (status === 'NEW') return 'warning'
  if (status === 'FED_BACK' || status === 'CLOSED') return 'success'
  return 'neutral'
}

// Returns the status filter's choices: every open status together, then each status.
export function signalStatusFilterOptions() {
  return [
    { value: 'open', label: t('signal.filterOpen') },
    ...SIGNAL_STATUSES.map((status) => ({ value: status, label: signalStatusLabel(status) })),
  ]
}

type Named = { id: string; name: string }

// Returns the signal form's choices with Dutch labels: spreekuurpunten, municipalities
// (with "none" first) and themes grouped by domain.
export function signalFormOptions(raw: {
  sources: Named[]
  municipalities: Named[]
  themes: (Named & { domain: string })[]
}) {
  return {
    sources: [
      { value: '', label: t('signal.chooseSourceOption') },
      ...raw.sources.map((source) => ({ value: source.id, label: source.name })),
    ],
    municipalities: [
      { value: '', label: t('signal.noMunicipalityOption') },
      ...raw.municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name })),
    ],
    themes: raw.themes.map((theme) => ({
      value: theme.id,
      label: theme.name,
      group: t(`themeDomain.${theme.domain}` as MessageKey),
    })),
  }
}

export type SignalFormOptions = ReturnType<typeof signalFormOptions>

const typeRank = (type: string) => (COUNCIL_TYPES as readonly string[]).indexOf(type)

// Returns councils as checkbox options grouped by their type (in the order of the council
// types), by name within a type.
export function councilOptions(councils: (Named & { type: string })[]) {
  const sorted = [...councils].sort(
    (a, b) => typeRank(a.type) - typeRank(b.type) || a.name.localeCompare(b.name, 'nl'),
  )
  return sorted.map((council) => ({
    value: council.id,
    label: council.name,
    group: organisationTypeLabel(council.type),
  }))
}
