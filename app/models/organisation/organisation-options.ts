import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import { COUNCIL_TYPES, OTHER_ORGANISATION_TYPES, RELATION_TYPES, SITE_KINDS } from './organisation-types.ts'

// Returns the Dutch label of an organisation type (the raw value for an unknown one).
export function organisationTypeLabel(type: string) {
  const key = `organisationType.${type}`
  return isMessageKey(key) ? t(key) : type
}

// Returns the organisation types as grouped select options: councils, then the others.
export function organisationTypeOptions() {
  return [
    ...COUNCIL_TYPES.map((type) => ({
      value: type,
      label: organisationTypeLabel(type),
      group: t('organisation.typeCouncils'),
    })),
    ...OTHER_ORGANISATION_TYPES.map((type) => ({
      value: type,
      label: organisationTypeLabel(type),
      group: t('organisation.typeOther'),
    })),
  ]
}

// Returns the site kinds as select options, with an empty choice first.
export function siteKindOptions() {
  return [
    { value: '', label: t('organisation.noChoice') },
    ...SITE_KINDS.map((kind) => ({ value: kind, label: kind })),
  ]
}

// Returns the relation types as select options, in the reading "this organisation … other".
export function relationTypeOptions() {
  return RELATION_TYPES.map((type) => ({ value: type, label: t(`relationType.${type}` as MessageKey) }))
}

// Returns how a relation reads from this organisation's side.
export function relationLabel(type: string, inverse: boolean) {
  return t(`relationType.${type}${inverse ? '.inverse' : ''}` as MessageKey)
}

type RawFormOptions = {
  municipalities: { id: string; name: string }[]
  themes: { id: string; name: string; domain: string }[]
  workers: { id: string; name: string }[]
  organisations: { id: string; name: string; active: boolean }[]
}

// Returns the organisation form's choices with Dutch labels; `exceptId` is left out of
// the predecessors (an organisation cannot succeed itself).
export function organisationFormOptions(raw: RawFormOptions, exceptId?: string) {
  const none = { value: '', label: t('organisation.noChoice') }
  return {
    types: organisationTypeOptions(),
    siteKinds: siteKindOptions(),
    municipalities: raw.municipalities.map((municipality) => ({
      value: municipality.id,
      label: municipality.name,
    })),
    themes: raw.themes.map((theme) => ({
      value: theme.id,
      label: theme.name,
      group: t(`themeDomain.${theme.domain}` as MessageKey),
    })),
    workers: [none, ...raw.workers.map((worker) => ({ value: worker.id, label: worker.name }))],
    predecessors: [
      none,
      ...raw.organisations
        .filter((organisation) => organisation.id !== exceptId)
        .map((organisation) => ({ value: organisation.id, label: organisation.name })),
    ],
  }
}
