// Labels and ordering of membership roles (voorzitter, lid, contactambtenaar, …).
import { MEMBERSHIP_ROLES, type MembershipRole } from '~/models/organisation/organisation-types.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'

// Returns true when `value` is one of the membership roles.
export function isMembershipRole(value: unknown): value is MembershipRole {
  return typeof value === 'string' && (MEMBERSHIP_ROLES as readonly string[]).includes(value)
}

// Returns the Dutch label of a role; a role outside the list (older data) as stored.
export function membershipRoleLabel(role: string) {
  const key = `people.membershipRole.${role}`
  return isMessageKey(key) ? t(key) : role
}

// Returns the options of a role select, in the order of MEMBERSHIP_ROLES.
export function membershipRoleOptions() {
  return MEMBERSHIP_ROLES.map((role) => ({ value: role, label: membershipRoleLabel(role) }))
}

// Returns the position of a role in MEMBERSHIP_ROLES; unknown roles sort after all others.
export function roleRank(role: string) {
  const index = (MEMBERSHIP_ROLES as readonly string[]).indexOf(role)
  return index === -1 ? MEMBERSHIP_ROLES.length : index
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

// Returns names in Dutch alphabetical order, ignoring case and accents ("Ébe" beside "Ebe").
export function compareNames(a: string, b: string) {
  return collator.compare(a, b)
}

// Returns the sort order of members: by role as MEMBERSHIP_ROLES lists them, then by name.
export function compareMembers(a: { role: string; name: string }, b: { role: string; name: string }) {
  return roleRank(a.role) - roleRank(b.role) || compareNames(a.name, b.name)
}
