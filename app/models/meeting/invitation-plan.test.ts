import { describe, expect, it } from 'vitest'
import { type CandidateMember, organisationsToInvite, selectCouncilMembers } from './invitation-plan.ts'

const member = (name: string, role: string, personId = name): CandidateMember => ({
  personId,
  name,
  email: null,
  organisationId: 'raad',
  organisationName: 'Cliëntenraad',
  role,
})

const council = [
  member('Piet Lid', 'lid'),
  member('Anna Voorzitter', 'voorzitter'),
  member('Bram Lid', 'lid'),
  member('Carla Secretaris', 'secretaris'),
  member('Dirk Ambtenaar', 'contactambtenaar'),
]

const names = (members: CandidateMember[]) => members.map((item) => item.name)

describe('choosing the members of a council to invite', () => {
  it('takes the chair and one other member, the secretary before ordinary members', () => {
    expect(
      names(selectCouncilMembers(council, { selection: 'rollen', roles: ['voorzitter'], extra: 1 })),
    ).toEqual(['Anna Voorzitter', 'Carla Secretaris'])
  })

  it('takes ordinary members by name once the other roles are used up', () => {
    const picked = selectCouncilMembers(council, {
      selection: 'rollen',
      roles: ['voorzitter', 'secretaris'],
      extra: 1,
    })
    expect(names(picked)).toEqual(['Anna Voorzitter', 'Carla Secretaris', 'Bram Lid'])
  })

  it('takes only the chosen roles when no other members are wanted', () => {
    expect(names(selectCouncilMembers(council, { selection: 'rollen', roles: ['lid'], extra: 0 }))).toEqual([
      'Bram Lid',
      'Piet Lid',
    ])
  })

  it('leaves municipal staff out of "everyone" and out of the other members, unless their role is chosen', () => {
    expect(names(selectCouncilMembers(council, { selection: 'alle', roles: [], extra: 0 }))).not.toContain(
      'Dirk Ambtenaar',
    )
    expect(names(selectCouncilMembers(council, { selection: 'rollen', roles: [], extra: 10 }))).not.toContain(
      'Dirk Ambtenaar',
    )
    expect(
      names(selectCouncilMembers(council, { selection: 'rollen', roles: ['contactambtenaar'], extra: 0 })),
    ).toEqual(['Dirk Ambtenaar'])
  })

  it('invites a chair who is also a member once, as chair', () => {
    const twice = [...council, member('Anna Voorzitter', 'lid', 'Anna Voorzitter')]
    const picked = selectCouncilMembers(twice, { selection: 'rollen', roles: ['voorzitter'], extra: 1 })
    expect(names(picked)).toEqual(['Anna Voorzitter', 'Carla Secretaris'])
  })

  it('invites fewer people when a council has no chair', () => {
    const withoutChair = council.filter((item) => item.role !== 'voorzitter')
    expect(
      names(selectCouncilMembers(withoutChair, { selection: 'rollen', roles: ['voorzitter'], extra: 1 })),
    ).toEqual(['Carla Secretaris'])
  })
})

describe('choosing the organisations to invite', () => {
  const organisations = [
    { id: 'harlingen', type: 'CLIENT_COUNCIL_WI', memberCount: 5 },
    { id: 'sudwest', type: 'SOCIAL_DOMAIN_COUNCIL', memberCount: 3 },
    { id: 'leeg', type: 'WMO_COUNCIL', memberCount: 0 },
    { id: 'fnv', type: 'PARTNER', memberCount: 4 },
  ]
  const ids = (items: { id: string }[]) => items.map((item) => item.id)

  it('takes only the ticked organisations without "alle actieve raden"', () => {
    expect(
      ids(organisationsToInvite(organisations, { raden: ['sudwest', 'fnv'], alleRaden: false })),
    ).toEqual(['sudwest', 'fnv'])
  })

  it('takes every council with members for "alle actieve raden", and other organisations only when ticked', () => {
    expect(ids(organisationsToInvite(organisations, { raden: [], alleRaden: true }))).toEqual([
      'harlingen',
      'sudwest',
    ])
    expect(
      ids(organisationsToInvite(organisations, { raden: ['fnv', 'harlingen'], alleRaden: true })),
    ).toEqual(['harlingen', 'sudwest', 'fnv'])
  })

  it('keeps a ticked council without members, so that the preview can say nobody matched', () => {
    expect(ids(organisationsToInvite(organisations, { raden: ['leeg'], alleRaden: true }))).toEqual([
      'harlingen',
      'sudwest',
      'leeg',
    ])
  })
})
