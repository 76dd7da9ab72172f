// The Dutch choices and answer texts of the questionnaire: the Likert scale, a ladder item's
// steps, the background questions, and answers as the review step repeats them.
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { type AnswerItem, backgroundChoices, DONT_KNOW, type DraftAnswer } from './answer-form.ts'
import { LIKERT_MAX, LIKERT_MIN, type RespondentGroup } from './quickscan-constants.ts'

export type ChoiceOption = { value: string; label: string }

const dontKnow = (): ChoiceOption => ({ value: DONT_KNOW, label: t('quickscan.likert.dk') })

// Returns the Dutch text of a key made from a value, or the value itself when unknown.
function labelOf(key: string, fallback: string) {
  return isMessageKey(key) ? t(key) : fallback
}

// Returns the five points of the scale and "weet ik niet / n.v.t.".
export function likertOptions(): ChoiceOption[] {
  const points: ChoiceOption[] = []
  for (let point = LIKERT_MIN; point <= LIKERT_MAX; point++) {
    points.push({ value: String(point), label: labelOf(`quickscan.likert.${point}`, String(point)) })
  }
  return [...points, dontKnow()]
}

// Returns the steps of a ladder item (numbered from 1) and "weet ik niet / n.v.t.".
export function ladderOptions(choices: string[]): ChoiceOption[] {
  return [...choices.map((choice, index) => ({ value: String(index + 1), label: choice })), dontKnow()]
}

// Returns the Dutch label of a background answer ("role", "years" or "experience").
export function backgroundLabel(field: string, value: string) {
  const prefix = field === 'role' ? 'role' : field === 'years' ? 'years' : 'experience'
  return labelOf(`quickscan.${prefix}.${value}`, value)
}

// Returns the choices of a background question for a group, labelled.
export function backgroundOptions(field: string, group: RespondentGroup): ChoiceOption[] {
  return backgroundChoices(field, group).map((value) => ({ value, label: backgroundLabel(field, value) }))
}

// Returns a point of an item as the respondent chose it: a label of the scale or the ladder.
function pointLabel(item: AnswerItem, point: number | null) {
  if (point === null) return t('quickscan.likert.dk')
  if (item.kind === 'LADDER') return item.choices[point - 1] ?? String(point)
  return labelOf(`quickscan.likert.${point}`, String(point))
}

// Returns an answer as the review step shows it; null when there is none yet.
export function answerText(item: AnswerItem, answer: DraftAnswer | undefined): string | null {
  if (item.kind === 'OPEN') return answer?.text ? answer.text : t('quickscan.answer.noText')
  if (!answer || answer.value === undefined) return null
  if (item.kind === 'LADDER') {
    const desired =
      answer.desired === undefined ? t('quickscan.answer.noAnswer') : pointLabel(item, answer.desired)
    return t('quickscan.answer.ladderReview', { now: pointLabel(item, answer.value), desired })
  }
  return pointLabel(item, answer.value)
}
