// The fixed lists of the activity log (../shared/data/domain.json). Labels live in the
// message catalog under activityKind.*, participationForm.*.

export const ACTIVITY_KINDS = [
  'CONTACT',
  'SUPPORT',
  'SITE_VISIT',
  'PANEL',
  'CONSTITUENCY_MEETING',
  'SOCIAL_MEDIA',
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]

// The forms a contact or a support activity takes; other kinds have none.
export const ACTIVITY_SUBTYPES: Record<ActivityKind, readonly string[]> = {
  CONTACT: ['telefoon', 'e-mail', 'bezoek', 'overleg', 'videogesprek'],
  SUPPORT: ['advies ter plaatse', 'cursus', 'teambuildingsdag', 'training', 'begeleiding vergadering'],
  SITE_VISIT: [],
  PANEL: [],
  CONSTITUENCY_MEETING: [],
  SOCIAL_MEDIA: [],
}

// The six participation forms of the FSU plan.
export const PARTICIPATION_FORMS = [
  'PANEL',
  'SOCIAL_MEDIA',
  'CONSTITUENCY_MEETING',
  'SIGNALS_LINK',
  'SITE_VISIT',
  'COUNCIL_LINK',
] as const
export type ParticipationForm = (typeof PARTICIPATION_FORMS)[number]

// Returns true when `kind` is an activity kind.
export function isActivityKind(kind: unknown): kind is ActivityKind {
  return typeof kind === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(kind)
}
