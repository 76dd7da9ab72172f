// The fixed lists of advices (../shared/data/domain.json). Labels live in the message
// catalog under adviceType.*, adviceStatus.*, responseOutcome.*, addresseeKind.*.

export const ADVICE_TYPES = ['REQUESTED', 'UNREQUESTED', 'SIGNAL_LETTER', 'LETTER'] as const
export type AdviceType = (typeof ADVICE_TYPES)[number]

// The lifecycle in order. A requested advice starts at RECEIVED (the request came in);
// the others start IN_PREPARATION.
export const ADVICE_STATUSES = [
  'RECEIVED',
  'IN_PREPARATION',
  'ADOPTED',
  'SENT',
  'RESPONDED',
  'CLOSED',
] as const
export type AdviceStatus = (typeof ADVICE_STATUSES)[number]

export const RESPONSE_OUTCOMES = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'NOTED', 'NO_RESPONSE'] as const
export type ResponseOutcome = (typeof RESPONSE_OUTCOMES)[number]

// Outcomes that count as "adopted" in the adoption rate and for the library.
export const SUCCESSFUL_OUTCOMES: readonly ResponseOutcome[] = ['ADOPTED', 'PARTLY_ADOPTED']

export const ADDRESSEE_KINDS = ['COLLEGE', 'COUNCIL', 'UWV', 'PARLIAMENT', 'MINISTER', 'OTHER'] as const
export type AddresseeKind = (typeof ADDRESSEE_KINDS)[number]

// Addressees that belong to one municipality (its college or its gemeenteraad).
export const MUNICIPAL_ADDRESSEES: readonly AddresseeKind[] = ['COLLEGE', 'COUNCIL']

// The usual adviestermijn when a council has none of its own, in weeks.
export const DEFAULT_ADVICE_TERM_WEEKS = 6
