import { PARTICIPATION_MODELS } from '~/models/organisation/organisation-types.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'

// Returns the Dutch label of a participation model; "Niet vastgelegd" when there is none.
export function participationModelLabel(model: string | null) {
  if (!model) return t('municipality.participationModelUnknown')
  const key = `participationModel.${model}`
  return isMessageKey(key) ? t(key) : model
}

// Returns the participation models as select options, with "not recorded" first.
export function participationModelOptions() {
  return [
    { value: '', label: t('municipality.participationModelChoose') },
    ...PARTICIPATION_MODELS.map((model) => ({ value: model, label: participationModelLabel(model) })),
  ]
}

// Returns a number of inhabitants as Dutch writes it: "27.852"; "onbekend" when missing.
export function formatPopulation(population: number | null) {
  return population === null ? t('municipality.unknown') : population.toLocaleString('nl-NL')
}

// Returns a municipality's name with the note of a split: "Leeuwarden (noordoostelijk deel)".
export function withNote(municipality: { name: string; note: string | null }) {
  const { name, note } = municipality
  return note ? t('municipality.withNote', { name, note }) : name
}
