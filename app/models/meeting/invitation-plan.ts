// Who of a council's members an invitation round picks: pure rules, so that "the chair and
// one member per council" can be tested without a database.
import { isCouncilType, MUNICIPAL_ROLES } from '~/models/organisation/organisation-types.ts'
import { compareMembers } from '~/models/person/membership-roles.ts'
import type { InviteSelection } from './invitation.schema.ts'

export type CandidateMember = {
  personId: string
  name: string
  email: string | null
  organisationId: string
  organisationName: string
  role: string
}

export type MemberRule = { selection: InviteSelection; roles: readonly string[]; extra: number }

const municipal = new Set<string>(MUNICIPAL_ROLES)

// Returns each person once, with the role that ranks first (a chair who is also a member
// counts as chair), in the order voorzitter first, then by name.
function onePerPerson(members: CandidateMember[]) {
  const sorted = [...members].sort(compareMembers)
  const seen = new Set<string>()
  return sorted.filter((member) => !seen.has(member.personId) && seen.add(member.personId))
}

// Returns the members of one council to invite: with selection 'alle' every member except
// municipal staff (contactambtenaar, ambtelijk secretaris, wethouder); with 'rollen' the
// members holding one of `roles` plus at most `extra` other council members, taken in role
// order (vicevoorzitter, secretaris, … before lid) and then by name.
export function selectCouncilMembers(members: CandidateMember[], rule: MemberRule): CandidateMember[] {
  const people = onePerPerson(members)
  if (rule.selection === 'alle') return people.filter((member) => !municipal.has(member.role))
  const roles = new Set(rule.roles)
  const byRole = people.filter((member) => roles.has(member.role))
  const others = people
    .filter((member) => !roles.has(member.role) && !municipal.has(member.role))
    .slice(0, rule.extra)
  return [...byRole, ...others].sort(compareMembers)
}

export type OrganisationChoice = { raden: readonly string[]; alleRaden: boolean }

// Returns the organisations of which a round invites members: the ticked ones, and with
// "alle actieve raden" every council (council type) that has current members. Expects
// active organisations only; a ticked one without members stays, to be reported as empty.
export function organisationsToInvite<T extends { id: string; type: string; memberCount: number }>(
  organisations: readonly T[],
  choice: OrganisationChoice,
): T[] {
  const ticked = new Set(choice.raden)
  return organisations.filter(
    (organisation) =>
      ticked.has(organisation.id) ||
      (choice.alleRaden && isCouncilType(organisation.type) && organisation.memberCount > 0),
  )
}
