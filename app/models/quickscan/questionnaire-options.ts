// Labels of the questionnaire pages, in Dutch through the catalog.
import { isMessageKey, type MessageKey, t } from '~/utils/i18n/index.ts'
import { ITEM_KINDS, LIKERT_MAX, LIKERT_MIN } from './quickscan-constants.ts'

// Returns the Dutch label of a kind of item ("Stelling"), or the raw value when unknown.
export function itemKindLabel(kind: string) {
  const key = `questionnaire.kind.${kind}`
  return isMessageKey(key) ? t(key) : kind
}

// Returns the kinds of item as options of a select.
export const itemKindOptions = () => ITEM_KINDS.map((kind) => ({ value: kind, label: itemKindLabel(kind) }))

// Returns the answers of the Likert scale as a respondent sees them, from 1 to 5, then
// "weet ik niet / n.v.t.".
export function likertLabels() {
  const points = Array.from({ length: LIKERT_MAX - LIKERT_MIN + 1 }, (_, index) =>
    t(`questionnaire.scale.${LIKERT_MIN + index}` as MessageKey),
  )
  return [...points, t('questionnaire.scale.dontKnow')]
}

// Returns the label of a version: "versie 2".
export const versionLabel = (versionNumber: number) =>
  t('questionnaire.versionLabel', { number: versionNumber })
