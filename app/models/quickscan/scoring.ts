// The quick scan's results ("the photo", issue 7 part 6) and the re-scan comparison (part 8),
// as pure functions of a questionnaire and its anonymous responses. results.server.ts reads
// the rows; the pages only format what these functions return. Definitions:
// - An item's mean for a group is the mean of the real answers (1–5); "weet ik niet / n.v.t."
//   (value null) is counted apart and left out. Means keep full precision; only the page
//   rounds them (one decimal).
// - A group with fewer responses than the scan's minimum group size is suppressed entirely:
//   no means, distributions, ladder figures, open answers or background for it.
// - Within a shown group, an item (or one side of the ladder) with fewer real answers than
//   the minimum shows neither its mean nor its distribution: with, say, one real answer and
//   six "weet ik niet", the mean would be that one person's answer.
// - A dimension's mean for a group is the mean of the item means of its Likert items that
//   are shown for that group (every statement weighs the same, however many said "weet ik
//   niet"; a hidden item stays out, so it cannot be worked back from the dimension's mean).
// - The gap is council mean − municipality mean. A topic is flagged "verschil" when
//   |gap| ≥ GAP_THRESHOLD and "beide laag" when both means are ≤ LOW_MEAN, computed on the
//   unrounded means.
import {
  BACKGROUND_EXPERIENCE,
  BACKGROUND_ROLES,
  BACKGROUND_YEARS,
  GAP_THRESHOLD,
  LIKERT_MAX,
  LIKERT_MIN,
  LOW_MEAN,
  RESPONDENT_GROUPS,
  type RespondentGroup,
} from './quickscan-constants.ts'

// Floating-point slack for the thresholds: 4.1 − 3.1 is 0.9999999999999996 in binary, and
// is a gap of 1.0 all the same.
const EPSILON = 1e-9

// How many topics the summary lists as agreements and as gaps.
export const TOP_COUNT = 3

// ---------------------------------------------------------------------------------------
// Input: what results.server.ts reads

export type ScoringItem = {
  id: string
  code: string
  /** 'LIKERT' | 'LADDER' | 'OPEN'; anything else is ignored. */
  kind: string
  text: string
  /** LADDER: the steps in order, one per line. */
  choices: string | null
}
export type ScoringDimension = { code: string; name: string; items: ScoringItem[] }
export type ScoringAnswer = {
  itemId: string
  value: number | null
  desiredValue: number | null
  text: string | null
}
export type ScoringResponse = { group: string; background: string | null; answers: ScoringAnswer[] }
export type ScoringInput = {
  minGroupSize: number
  /** In questionnaire order, each with its items in order. */
  dimensions: ScoringDimension[]
  responses: ScoringResponse[]
}

// ---------------------------------------------------------------------------------------
// Output: the photo

export type PerGroup<T> = Record<RespondentGroup, T>

export type GroupSummary = { responses: number; suppressed: boolean }

/** Why a figure is not shown: the whole group is too small, or too few real answers. */
export type MissingReason = 'GROUP_SUPPRESSED' | 'FEW_ANSWERS'

/** The counts 1 to 5 (index 0 holds the number of 1s). */
export type Distribution = [number, number, number, number, number]

export type LikertFigures =
  | { status: 'SUPPRESSED' }
  | { status: 'FEW_ANSWERS'; answered: number; dontKnow: number }
  | { status: 'SHOWN'; answered: number; dontKnow: number; mean: number; distribution: Distribution }

export type Flag = 'GAP' | 'BOTH_LOW'

export type ItemResult = {
  id: string
  code: string
  text: string
  dimensionCode: string
  /** The item's place among all Likert items of the questionnaire (for stable ordering). */
  order: number
  groups: PerGroup<LikertFigures>
  gap: number | null
  gapMissing: MissingReason | null
  flags: Flag[]
}

export type DimensionFigures =
  | { status: 'SUPPRESSED' }
  | { status: 'FEW_ANSWERS' }
  | { status: 'SHOWN'; mean: number; itemCount: number }

export type OpenAnswers = { status: 'SUPPRESSED' } | { status: 'SHOWN'; answers: string[] }
export type OpenQuestionResult = { id: string; code: string; text: string; groups: PerGroup<OpenAnswers> }

export type DimensionResult = {
  code: string
  name: string
  groups: PerGroup<DimensionFigures>
  gap: number | null
  gapMissing: MissingReason | null
  flags: Flag[]
  items: ItemResult[]
  openQuestions: OpenQuestionResult[]
}

/** One side (now or desired) of the ladder for one group. */
export type LadderSide = {
  answered: number
  /** Per step (index 0 = step 1); null when fewer than the minimum chose a step. */
  counts: number[] | null
  /** The middle step (the lower one of the two middle answers when their number is even). */
  median: number | null
  /** The step(s) chosen most often, 1-based; several when tied. */
  mostChosen: number[]
}
export type LadderFigures =
  | { status: 'SUPPRESSED' }
  | { status: 'SHOWN'; now: LadderSide; desired: LadderSide }
export type LadderResult = {
  id: string
  code: string
  text: string
  dimensionCode: string
  choices: string[]
  groups: PerGroup<LadderFigures>
}

export type BackgroundQuestion = 'role' | 'years' | 'experience'
/** A category of a background question; NOT_GIVEN covers no answer and unknown values. */
export type BackgroundRow = { value: string; count: number }
export type BackgroundTable = {
  question: BackgroundQuestion
  /** Only categories with at least the minimum group size. */
  rows: BackgroundRow[]
  /** The smaller categories together: null when there are none; `count` null when it is
   *  below the minimum too (shown as "fewer than …"). */
  other: { count: number | null } | null
}
export type BackgroundBreakdown = { status: 'SUPPRESSED' } | { status: 'SHOWN'; tables: BackgroundTable[] }

export type FlaggedTopic = {
  kind: 'DIMENSION' | 'ITEM'
  code: string
  text: string
  dimensionCode: string
  council: number
  municipality: number
  gap: number
  flags: Flag[]
}

export type Photo = {
  minGroupSize: number
  groups: PerGroup<GroupSummary>
  dimensions: DimensionResult[]
  ladders: LadderResult[]
  topAgreements: ItemResult[]
  topGaps: ItemResult[]
  flagged: FlaggedTopic[]
  background: PerGroup<BackgroundBreakdown>
}

// ---------------------------------------------------------------------------------------
// Small helpers

// Returns `make(group)` for both groups.
function perGroup<T>(make: (group: RespondentGroup) => T): PerGroup<T> {
  return { COUNCIL: make('COUNCIL'), MUNICIPALITY: make('MUNICIPALITY') }
}

// Returns true when `value` is one of the respondent groups.
export function isRespondentGroup(value: string): value is RespondentGroup {
  return (RESPONDENT_GROUPS as readonly string[]).includes(value)
}

// Returns the smallest number of responses or answers that may be shown (at least 1).
function minimumOf(minGroupSize: number) {
  return Math.max(1, Math.floor(minGroupSize))
}

// Returns the mean of `values`, or null for none.
function meanOf(values: readonly number[]) {
  if (values.length === 0) return null
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

// Returns a negative number, zero or a positive number as `a` is below, about equal to or
// above `b` (equal within floating-point slack).
function compareNumbers(a: number, b: number) {
  return Math.abs(a - b) < EPSILON ? 0 : a - b
}

// Returns true when a Likert value is a real answer on the scale.
function isLikertValue(value: number | null): value is number {
  return value !== null && Number.isInteger(value) && value >= LIKERT_MIN && value <= LIKERT_MAX
}

// Returns the steps of a ladder item: its choices, one per non-empty line.
export function ladderChoices(choices: string | null) {
  return (choices ?? '')
    .split(/\r?\n/)
    .map((choice) => choice.trim())
    .filter(Boolean)
}

// ---------------------------------------------------------------------------------------
// Items, gaps and flags

// Returns an item's figures for one group from that group's answers to it.
export function likertFigures(answers: readonly ScoringAnswer[], minGroupSize: number): LikertFigures {
  const values = answers.map((answer) => answer.value).filter(isLikertValue)
  const dontKnow = answers.filter((answer) => answer.value === null).length
  const answered = values.length
  if (answered < minimumOf(minGroupSize)) return { status: 'FEW_ANSWERS', answered, dontKnow }
  const distribution: Distribution = [0, 0, 0, 0, 0]
  for (const value of values) distribution[value - LIKERT_MIN] = (distribution[value - LIKERT_MIN] ?? 0) + 1
  return { status: 'SHOWN', answered, dontKnow, mean: meanOf(values) ?? 0, distribution }
}

type Figures = { status: 'SUPPRESSED' } | { status: 'FEW_ANSWERS' } | { status: 'SHOWN'; mean: number }

// Returns the gap (council − municipality) of two groups' figures, or why there is none.
export function gapOf(council: Figures, municipality: Figures) {
  if (council.status === 'SHOWN' && municipality.status === 'SHOWN')
    return { gap: council.mean - municipality.mean, gapMissing: null }
  const suppressed = council.status === 'SUPPRESSED' || municipality.status === 'SUPPRESSED'
  return { gap: null, gapMissing: (suppressed ? 'GROUP_SUPPRESSED' : 'FEW_ANSWERS') as MissingReason }
}

// Returns the flags of a topic: GAP when the groups differ by at least GAP_THRESHOLD, BOTH_LOW
// when both means are at most LOW_MEAN; none when either mean is missing.
export function flagsOf(council: number | null, municipality: number | null): Flag[] {
  if (council === null || municipality === null) return []
  const flags: Flag[] = []
  if (Math.abs(council - municipality) >= GAP_THRESHOLD - EPSILON) flags.push('GAP')
  if (council <= LOW_MEAN + EPSILON && municipality <= LOW_MEAN + EPSILON) flags.push('BOTH_LOW')
  return flags
}

// Returns the mean of figures that have one, or null.
function shownMean(figures: Figures) {
  return figures.status === 'SHOWN' ? figures.mean : null
}

// Returns a dimension's figures for one group: the mean of its shown item means.
export function dimensionFigures(items: readonly LikertFigures[]): DimensionFigures {
  if (items.some((item) => item.status === 'SUPPRESSED')) return { status: 'SUPPRESSED' }
  const means = items.flatMap((item) => (item.status === 'SHOWN' ? [item.mean] : []))
  const mean = meanOf(means)
  return mean === null ? { status: 'FEW_ANSWERS' } : { status: 'SHOWN', mean, itemCount: means.length }
}

// Returns the mean of both groups' means of an item, for preferring agreement on what goes well.
function averageOfMeans(item: ItemResult) {
  return ((shownMean(item.groups.COUNCIL) ?? 0) + (shownMean(item.groups.MUNICIPALITY) ?? 0)) / 2
}

// Returns the items with the largest differences between the groups, largest first: only
// items with a gap (both groups shown) that is not zero; ties in questionnaire order.
export function selectTopGaps(items: readonly ItemResult[], count = TOP_COUNT) {
  return items
    .filter((item) => item.gap !== null && Math.abs(item.gap) >= EPSILON)
    .sort((a, b) => compareNumbers(Math.abs(b.gap ?? 0), Math.abs(a.gap ?? 0)) || a.order - b.order)
    .slice(0, count)
}

// Returns the items both groups see most alike: the smallest |gap| first, on equal gaps the
// higher mean of both groups first (agreeing that something goes well before agreeing it
// goes badly), then questionnaire order. Flagged items (they are topics to discuss) and the
// items in `exclude` (the top gaps) are left out.
export function selectTopAgreements(
  items: readonly ItemResult[],
  exclude: readonly ItemResult[] = [],
  count = TOP_COUNT,
) {
  const excluded = new Set(exclude.map((item) => item.id))
  return items
    .filter((item) => item.gap !== null && item.flags.length === 0 && !excluded.has(item.id))
    .sort(
      (a, b) =>
        compareNumbers(Math.abs(a.gap ?? 0), Math.abs(b.gap ?? 0)) ||
        compareNumbers(averageOfMeans(b), averageOfMeans(a)) ||
        a.order - b.order,
    )
    .slice(0, count)
}

// ---------------------------------------------------------------------------------------
// Ladder, open answers and background

// Returns one side of the ladder for a group from the steps chosen (1-based).
export function ladderSide(steps: readonly (number | null)[], stepCount: number, minGroupSize: number) {
  const chosen = steps.filter(
    (step): step is number => step !== null && Number.isInteger(step) && step >= 1 && step <= stepCount,
  )
  const answered = chosen.length
  if (answered < minimumOf(minGroupSize) || stepCount === 0)
    return { answered, counts: null, median: null, mostChosen: [] } satisfies LadderSide
  const counts = Array.from({ length: stepCount }, () => 0)
  for (const step of chosen) counts[step - 1] = (counts[step - 1] ?? 0) + 1
  const sorted = [...chosen].sort((a, b) => a - b)
  const median = sorted[Math.ceil(answered / 2) - 1] ?? null
  const most = Math.max(...counts)
  const mostChosen = counts.flatMap((n, index) => (n === most ? [index + 1] : []))
  return { answered, counts, median, mostChosen } satisfies LadderSide
}

// Returns the non-empty open answers, trimmed, in alphabetical order: never in the order
// they came in, which could hint at who wrote what.
export function openAnswersOf(answers: readonly ScoringAnswer[]) {
  return answers
    .map((answer) => answer.text?.trim() ?? '')
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, 'nl'))
}

const BACKGROUND_VALUES: Record<BackgroundQuestion, PerGroup<readonly string[]>> = {
  role: BACKGROUND_ROLES,
  years: { COUNCIL: BACKGROUND_YEARS, MUNICIPALITY: BACKGROUND_YEARS },
  // Asked of council members only.
  experience: { COUNCIL: BACKGROUND_EXPERIENCE, MUNICIPALITY: [] },
}
const BACKGROUND_QUESTIONS = ['role', 'years', 'experience'] as const satisfies BackgroundQuestion[]
export const NOT_GIVEN = 'NOT_GIVEN'

// Returns the background answers of a response (JSON: { role, years, experience }), reading
// only known keys with string values; bad JSON counts as no answers.
export function parseBackground(background: string | null): Partial<Record<BackgroundQuestion, string>> {
  if (!background) return {}
  try {
    const parsed: unknown = JSON.parse(background)
    if (typeof parsed !== 'object' || parsed === null) return {}
    const record = parsed as Record<string, unknown>
    const result: Partial<Record<BackgroundQuestion, string>> = {}
    for (const question of BACKGROUND_QUESTIONS) {
      const value = record[question]
      if (typeof value === 'string') result[question] = value
    }
    return result
  } catch {
    return {}
  }
}

// Returns the background of a shown group: per question the categories with at least the
// minimum group size, the rest merged into "overig / niet getoond".
export function backgroundTables(
  group: RespondentGroup,
  responses: readonly ScoringResponse[],
  minGroupSize: number,
): BackgroundTable[] {
  const minimum = minimumOf(minGroupSize)
  const parsed = responses.map((response) => parseBackground(response.background))
  return BACKGROUND_QUESTIONS.filter((question) => BACKGROUND_VALUES[question][group].length > 0).map(
    (question) => {
      const known = BACKGROUND_VALUES[question][group]
      const counts = new Map<string, number>([...known, NOT_GIVEN].map((value) => [value, 0]))
      for (const answers of parsed) {
        const value = answers[question]
        const category = value !== undefined && known.includes(value) ? value : NOT_GIVEN
        counts.set(category, (counts.get(category) ?? 0) + 1)
      }
      const rows: BackgroundRow[] = []
      let other = 0
      for (const [value, count] of counts) {
        if (count >= minimum) rows.push({ value, count })
        else other += count
      }
      return { question, rows, other: other === 0 ? null : { count: other >= minimum ? other : null } }
    },
  )
}

// ---------------------------------------------------------------------------------------
// The photo

// Returns the photo of a scan: both groups side by side per item and dimension, the ladder,
// the open answers, the background, the top agreements and gaps and the flagged topics.
export function computePhoto({ minGroupSize, dimensions, responses }: ScoringInput): Photo {
  const byGroup = perGroup((group) => responses.filter((response) => response.group === group))
  const minimum = minimumOf(minGroupSize)
  const groups = perGroup((group) => ({
    responses: byGroup[group].length,
    suppressed: byGroup[group].length < minimum,
  }))

  // Every group's answers per item, in one pass.
  const answersByItem = new Map<string, PerGroup<ScoringAnswer[]>>()
  for (const response of responses) {
    if (!isRespondentGroup(response.group)) continue
    for (const answer of response.answers) {
      let entry = answersByItem.get(answer.itemId)
      if (!entry) {
        entry = { COUNCIL: [], MUNICIPALITY: [] }
        answersByItem.set(answer.itemId, entry)
      }
      entry[response.group].push(answer)
    }
  }
  const answersOf = (itemId: string, group: RespondentGroup) => answersByItem.get(itemId)?.[group] ?? []

  let order = 0
  const ladders: LadderResult[] = []
  const dimensionResults = dimensions.map((dimension): DimensionResult => {
    const items = dimension.items
      .filter((item) => item.kind === 'LIKERT')
      .map((item): ItemResult => {
        const figures = perGroup<LikertFigures>((group) =>
          groups[group].suppressed
            ? { status: 'SUPPRESSED' }
            : likertFigures(answersOf(item.id, group), minGroupSize),
        )
        const { gap, gapMissing } = gapOf(figures.COUNCIL, figures.MUNICIPALITY)
        return {
          id: item.id,
          code: item.code,
          text: item.text,
          dimensionCode: dimension.code,
          order: order++,
          groups: figures,
          gap,
          gapMissing,
          flags: flagsOf(shownMean(figures.COUNCIL), shownMean(figures.MUNICIPALITY)),
        }
      })
    const figures = perGroup((group) =>
      groups[group].suppressed
        ? ({ status: 'SUPPRESSED' } as const)
        : dimensionFigures(items.map((item) => item.groups[group])),
    )
    for (const item of dimension.items.filter((candidate) => candidate.kind === 'LADDER')) {
      const choices = ladderChoices(item.choices)
      ladders.push({
        id: item.id,
        code: item.code,
        text: item.text,
        dimensionCode: dimension.code,
        choices,
        groups: perGroup<LadderFigures>((group) => {
          if (groups[group].suppressed) return { status: 'SUPPRESSED' }
          const answers = answersOf(item.id, group)
          return {
            status: 'SHOWN',
            now: ladderSide(
              answers.map((answer) => answer.value),
              choices.length,
              minGroupSize,
            ),
            desired: ladderSide(
              answers.map((answer) => answer.desiredValue),
              choices.length,
              minGroupSize,
            ),
          }
        }),
      })
    }
    const openQuestions = dimension.items
      .filter((item) => item.kind === 'OPEN')
      .map((item) => ({
        id: item.id,
        code: item.code,
        text: item.text,
        groups: perGroup<OpenAnswers>((group) =>
          groups[group].suppressed
            ? { status: 'SUPPRESSED' }
            : { status: 'SHOWN', answers: openAnswersOf(answersOf(item.id, group)) },
        ),
      }))
    return {
      code: dimension.code,
      name: dimension.name,
      groups: figures,
      ...gapOf(figures.COUNCIL, figures.MUNICIPALITY),
      flags: flagsOf(shownMean(figures.COUNCIL), shownMean(figures.MUNICIPALITY)),
      items,
      openQuestions,
    }
  })

  const allItems = dimensionResults.flatMap((dimension) => dimension.items)
  const topGaps = selectTopGaps(allItems)
  const flagged: FlaggedTopic[] = dimensionResults.flatMap((dimension) => [
    ...flaggedTopic('DIMENSION', dimension.code, dimension.name, dimension.code, dimension),
    ...dimension.items.flatMap((item) => flaggedTopic('ITEM', item.code, item.text, dimension.code, item)),
  ])
  return {
    minGroupSize: minimum,
    groups,
    dimensions: dimensionResults,
    ladders,
    topAgreements: selectTopAgreements(allItems, topGaps),
    topGaps,
    flagged,
    background: perGroup<BackgroundBreakdown>((group) =>
      groups[group].suppressed
        ? { status: 'SUPPRESSED' }
        : { status: 'SHOWN', tables: backgroundTables(group, byGroup[group], minGroupSize) },
    ),
  }
}

// Returns a topic as a flagged topic, in a list of one, or an empty list when it has no flag.
function flaggedTopic(
  kind: FlaggedTopic['kind'],
  code: string,
  text: string,
  dimensionCode: string,
  topic: { groups: PerGroup<Figures>; gap: number | null; flags: Flag[] },
): FlaggedTopic[] {
  const council = shownMean(topic.groups.COUNCIL)
  const municipality = shownMean(topic.groups.MUNICIPALITY)
  if (topic.flags.length === 0 || council === null || municipality === null || topic.gap === null) return []
  return [{ kind, code, text, dimensionCode, council, municipality, gap: topic.gap, flags: topic.flags }]
}

// ---------------------------------------------------------------------------------------
// The re-scan comparison

/** Why a change is not shown. */
export type ChangeMissingReason =
  | 'SUPPRESSED_CURRENT'
  | 'SUPPRESSED_BASELINE'
  | 'FEW_ANSWERS_CURRENT'
  | 'FEW_ANSWERS_BASELINE'
  | 'NO_COMMON_ITEMS'

export type Change =
  | { status: 'SHOWN'; baseline: number; current: number; change: number }
  | { status: 'MISSING'; reason: ChangeMissingReason }

export type ItemChange = { code: string; text: string; groups: PerGroup<Change> }
/** An item asked in only one of the two scans. */
export type UnmatchedItem = { code: string; text: string; onlyIn: 'CURRENT' | 'BASELINE' }

export type DimensionChange = {
  code: string
  name: string
  /** Set for a dimension that is in only one of the two scans. */
  onlyIn: 'CURRENT' | 'BASELINE' | null
  /** Over the items that both scans asked and show for the group (see compareScans). */
  groups: PerGroup<Change>
  items: ItemChange[]
  unmatched: UnmatchedItem[]
}

export type Comparison = { dimensions: DimensionChange[] }

// Returns the change of one group between two figures (this scan − baseline), or why not.
export function changeOf(current: Figures, baseline: Figures): Change {
  if (current.status === 'SUPPRESSED') return { status: 'MISSING', reason: 'SUPPRESSED_CURRENT' }
  if (baseline.status === 'SUPPRESSED') return { status: 'MISSING', reason: 'SUPPRESSED_BASELINE' }
  if (current.status !== 'SHOWN') return { status: 'MISSING', reason: 'FEW_ANSWERS_CURRENT' }
  if (baseline.status !== 'SHOWN') return { status: 'MISSING', reason: 'FEW_ANSWERS_BASELINE' }
  return {
    status: 'SHOWN',
    baseline: baseline.mean,
    current: current.mean,
    change: current.mean - baseline.mean,
  }
}

// Returns a dimension's change for one group over the item pairs (this scan, baseline) that
// both show: the mean of those item means now − the mean of the same items' means then. An
// item added or dropped between versions thus does not move the dimension.
function dimensionChange(
  group: RespondentGroup,
  pairs: readonly [ItemResult, ItemResult][],
  current: PerGroup<GroupSummary>,
  baseline: PerGroup<GroupSummary>,
): Change {
  if (current[group].suppressed) return { status: 'MISSING', reason: 'SUPPRESSED_CURRENT' }
  if (baseline[group].suppressed) return { status: 'MISSING', reason: 'SUPPRESSED_BASELINE' }
  if (pairs.length === 0) return { status: 'MISSING', reason: 'NO_COMMON_ITEMS' }
  const shown = pairs.flatMap(([now, then]) => {
    const a = shownMean(now.groups[group])
    const b = shownMean(then.groups[group])
    return a !== null && b !== null ? [[a, b] as const] : []
  })
  if (shown.length === 0) {
    const currentHasFew = pairs.every(([now]) => now.groups[group].status !== 'SHOWN')
    return { status: 'MISSING', reason: currentHasFew ? 'FEW_ANSWERS_CURRENT' : 'FEW_ANSWERS_BASELINE' }
  }
  const now = meanOf(shown.map(([a]) => a)) ?? 0
  const then = meanOf(shown.map(([, b]) => b)) ?? 0
  return { status: 'SHOWN', baseline: then, current: now, change: now - then }
}

// Returns the comparison of a scan with its baseline: per dimension (matched by code) and
// per Likert item (matched by code across questionnaire versions) the change per group,
// this scan's mean − the baseline's. Items in only one of the scans are listed apart, under
// the dimension that holds them; a suppressed group (in either scan) shows no change.
export function compareScans({ current, baseline }: { current: Photo; baseline: Photo }): Comparison {
  const baselineItems = new Map(
    baseline.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.code, item] as const)),
  )
  const currentCodes = new Set(
    current.dimensions.flatMap((dimension) => dimension.items.map((item) => item.code)),
  )
  const currentDimensionCodes = new Set(current.dimensions.map((dimension) => dimension.code))

  const matched = current.dimensions.map((dimension): DimensionChange => {
    const pairs: [ItemResult, ItemResult][] = []
    const unmatched: UnmatchedItem[] = []
    for (const item of dimension.items) {
      const then = baselineItems.get(item.code)
      if (then) pairs.push([item, then])
      else unmatched.push({ code: item.code, text: item.text, onlyIn: 'CURRENT' })
    }
    const before = baseline.dimensions.find((candidate) => candidate.code === dimension.code)
    for (const item of before?.items ?? []) {
      if (!currentCodes.has(item.code))
        unmatched.push({ code: item.code, text: item.text, onlyIn: 'BASELINE' })
    }
    return {
      code: dimension.code,
      name: dimension.name,
      onlyIn: before ? null : 'CURRENT',
      groups: perGroup((group) => dimensionChange(group, pairs, current.groups, baseline.groups)),
      items: pairs.map(([now, then]) => ({
        code: now.code,
        text: now.text,
        groups: perGroup((group) => changeOf(now.groups[group], then.groups[group])),
      })),
      unmatched,
    }
  })
  // Dimensions the newer questionnaire dropped: everything in them is "not comparable".
  const dropped = baseline.dimensions
    .filter((dimension) => !currentDimensionCodes.has(dimension.code))
    .map(
      (dimension): DimensionChange => ({
        code: dimension.code,
        name: dimension.name,
        onlyIn: 'BASELINE',
        groups: perGroup(() => ({ status: 'MISSING', reason: 'NO_COMMON_ITEMS' }) as const),
        items: [],
        unmatched: dimension.items
          .filter((item) => !currentCodes.has(item.code))
          .map((item) => ({ code: item.code, text: item.text, onlyIn: 'BASELINE' as const })),
      }),
    )
  return { dimensions: [...matched, ...dropped] }
}

// ---------------------------------------------------------------------------------------
// Dutch number formatting

const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const signedOneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})
const whole = new Intl.NumberFormat('nl-NL')

// Returns a mean with one decimal and a decimal comma: "3,5".
export function formatMean(value: number) {
  return oneDecimal.format(value)
}

// Returns a gap or change with its sign and a real minus sign: "+0,6", "−0,4", "0,0".
export function formatSigned(value: number) {
  return signedOneDecimal.format(value).replace('-', '−')
}

// Returns a count in Dutch notation.
export function formatCount(value: number) {
  return whole.format(value)
}

// Returns a number rounded to one decimal the way the page shows it (halves away from zero).
export function roundToTenth(value: number) {
  return Number(value.toFixed(1))
}

// Returns whether a change reads as better, worse or the same as shown (a change that rounds
// to 0,0 is the same). On the Likert scale higher means more agreement, which is better.
export function changeDirection(change: number): 'BETTER' | 'WORSE' | 'SAME' {
  const rounded = roundToTenth(change)
  if (rounded === 0) return 'SAME'
  return rounded > 0 ? 'BETTER' : 'WORSE'
}
