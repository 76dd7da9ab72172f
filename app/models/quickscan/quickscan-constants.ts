// The fixed vocabularies of the quick scan (issue 7), shared by questionnaires, scans,
// answering, the results ("the photo") and the plan van aanpak. Dutch labels live in the
// catalog (app/utils/i18n/nl/quickscans.ts and friends), keyed by these values.

// Who answers: council members, or municipal staff.
export const RESPONDENT_GROUPS = ['COUNCIL', 'MUNICIPALITY'] as const
export type RespondentGroup = (typeof RESPONDENT_GROUPS)[number]

// A scan's life: prepared, answering, answers closed, the goede gesprek held, plan done.
export const SCAN_STATUSES = ['CONCEPT', 'OPEN', 'CLOSED', 'DISCUSSED', 'COMPLETED'] as const
export type ScanStatus = (typeof SCAN_STATUSES)[number]

// The kinds of questionnaire items.
export const ITEM_KINDS = ['LIKERT', 'LADDER', 'OPEN'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]

// The Likert scale: 1 (helemaal oneens) to 5 (helemaal eens); "weet ik niet / n.v.t." is
// stored as no value and left out of every mean.
export const LIKERT_MIN = 1
export const LIKERT_MAX = 5

// The photo flags a topic for the goede gesprek when the groups differ this much, or when
// both means are at or below LOW_MEAN.
export const GAP_THRESHOLD = 1.0
export const LOW_MEAN = 2.5

// An open answer or note may be this long.
export const OPEN_ANSWER_MAX = 2000

// The states of a plan van aanpak action; DONE and CANCELLED close its follow-up.
export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]
export const CLOSED_ACTION_STATUSES: readonly ActionStatus[] = ['DONE', 'CANCELLED']

// Background questions asked of every respondent (stored with the response as JSON).
// Kept small on purpose: the more background, the easier a small group is recognised.
export const BACKGROUND_ROLES = {
  COUNCIL: ['CHAIR', 'SECRETARY', 'MEMBER'],
  MUNICIPALITY: ['POLICY_OFFICER', 'COUNCIL_SUPPORT', 'MANAGER', 'ALDERMAN', 'OTHER'],
} as const satisfies Record<RespondentGroup, readonly string[]>
export const BACKGROUND_YEARS = ['LT1', 'Y1_3', 'Y3_5', 'GT5'] as const
// Council members only, optional: client or expert by experience themselves.
export const BACKGROUND_EXPERIENCE = ['YES', 'NO', 'RATHER_NOT_SAY'] as const
