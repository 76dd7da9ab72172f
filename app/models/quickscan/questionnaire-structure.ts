// The rules of a questionnaire's structure that need no database: codes, positions, the
// choices of a ladder item and what an item must have. A re-scan compares answers by item
// code, so codes are chosen once and never change (a copy keeps them).
import { messageRef } from '~/utils/i18n/index.ts'
import type { ItemKind } from './quickscan-constants.ts'

export const QUESTIONNAIRE_NAME_MAX = 200
export const QUESTIONNAIRE_DESCRIPTION_MAX = 2000
export const DIMENSION_NAME_MAX = 200
export const ITEM_TEXT_MAX = 400
export const ITEM_CODE_MAX = 20
export const DIMENSION_CODE_MAX = 10
export const CHOICE_MAX = 100
export const CHOICES_MIN = 2
export const CHOICES_MAX = 10

// "C6", "E5", "A-open", "B-extra2": letters and digits, parts joined by single hyphens.
export const ITEM_CODE_PATTERN = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/
// "A", "G", "W2": capitals and digits.
export const DIMENSION_CODE_PATTERN = /^[A-Z0-9]+$/

export type Direction = 'up' | 'down'
export type StructureRefusal = { field: string; message: string }

// Returns the choices of a ladder item from a text with one choice per line (empty lines
// dropped, each trimmed).
export function parseChoices(text: string) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

// Returns the stored form of a ladder item's choices (one per line), or null for none.
export function formatChoices(choices: readonly string[]) {
  return choices.length > 0 ? choices.join('\n') : null
}

// Returns true when `code` is among `codes`, ignoring case ("c6" and "C6" are one code).
export function hasCode(codes: readonly string[], code: string) {
  const wanted = code.toLowerCase()
  return codes.some((existing) => existing.toLowerCase() === wanted)
}

// Returns the code to propose for a new item in dimension `dimensionCode`: the next number
// after the highest "C<n>" (C6 after C5), or "C-open" (then "C-open2", …) for an open
// question; never one of `codes`.
export function suggestItemCode(dimensionCode: string, kind: ItemKind, codes: readonly string[]) {
  if (kind === 'OPEN') {
    const base = `${dimensionCode}-open`
    if (!hasCode(codes, base)) return base
    for (let n = 2; ; n++) if (!hasCode(codes, `${base}${n}`)) return `${base}${n}`
  }
  const pattern = new RegExp(`^${dimensionCode}(\\d+)$`, 'i')
  const highest = Math.max(0, ...codes.map((code) => Number(pattern.exec(code)?.[1] ?? 0)))
  for (let n = highest + 1; ; n++) if (!hasCode(codes, `${dimensionCode}${n}`)) return `${dimensionCode}${n}`
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

// Returns the code to propose for a new dimension: the letter after the highest letter in
// use (G after A–F), else the first free letter, else "D<n>".
export function suggestDimensionCode(codes: readonly string[]) {
  const used = new Set(codes.map((code) => code.toUpperCase()))
  const highest = Math.max(-1, ...[...used].map((code) => (code.length === 1 ? LETTERS.indexOf(code) : -1)))
  const after = [...LETTERS.slice(highest + 1)].find((letter) => !used.has(letter))
  if (after) return after
  const free = [...LETTERS].find((letter) => !used.has(letter))
  if (free) return free
  for (let n = codes.length + 1; ; n++) if (!used.has(`D${n}`)) return `D${n}`
}

// Returns the position a new item of `kind` takes among a dimension's items: an open
// question goes last; another item goes before the open questions at the end, so that
// "anything else?" stays the dimension's last question.
export function insertPosition(items: readonly { kind: string; position: number }[], kind: ItemKind) {
  const ordered = [...items].sort((a, b) => a.position - b.position)
  let index = ordered.length
  if (kind !== 'OPEN') while (index > 0 && ordered[index - 1]?.kind === 'OPEN') index--
  return index + 1
}

// Returns the neighbour that `id` swaps places with when it moves `direction` in a list
// ordered by position, or null when it is already first (up) or last (down) or not there.
export function swapPartner<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
  direction: Direction,
) {
  const index = ordered.findIndex((entry) => entry.id === id)
  if (index < 0) return null
  return ordered[direction === 'up' ? index - 1 : index + 1] ?? null
}

// Returns what is wrong with an item's kind, text and choices: a ladder item needs
// CHOICES_MIN to CHOICES_MAX choices of at most CHOICE_MAX characters; other kinds have none.
export function itemRefusals({
  kind,
  text,
  choices,
}: {
  kind: ItemKind
  text: string
  choices: readonly string[]
}): StructureRefusal[] {
  const refusals: StructureRefusal[] = []
  if (text.trim() === '') refusals.push({ field: 'text', message: 'validation.required' })
  else if (text.length > ITEM_TEXT_MAX) {
    refusals.push({ field: 'text', message: messageRef('validation.tooLong', { max: ITEM_TEXT_MAX }) })
  }
  if (kind === 'LADDER') {
    if (choices.length < CHOICES_MIN)
      refusals.push({ field: 'choices', message: 'questionnaire.choicesTooFew' })
    else if (choices.length > CHOICES_MAX) {
      refusals.push({
        field: 'choices',
        message: messageRef('questionnaire.choicesTooMany', { max: CHOICES_MAX }),
      })
    } else if (choices.some((choice) => choice.length > CHOICE_MAX)) {
      refusals.push({
        field: 'choices',
        message: messageRef('questionnaire.choiceTooLong', { max: CHOICE_MAX }),
      })
    } else if (new Set(choices.map((choice) => choice.toLowerCase())).size !== choices.length) {
      refusals.push({ field: 'choices', message: 'questionnaire.choicesTwice' })
    }
  } else if (choices.length > 0) {
    refusals.push({ field: 'choices', message: 'questionnaire.choicesOnlyLadder' })
  }
  return refusals
}
