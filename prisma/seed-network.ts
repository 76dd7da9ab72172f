import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import {
  DEFAULT_LEGAL_BASIS,
  isCouncilType,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  PARTICIPATION_MODELS,
  RELATION_TYPES,
  SITE_KINDS,
} from '../app/models/organisation/organisation-types.ts'
import { parseDateOnly } from '../app/utils/dates.ts'

// The demo network of Fryslân: councils, spreekuurpunten, partners, sites, people and
// memberships, themes and relations, read from prisma/data/network.json. Idempotent, like the
// rest of the seed: every record is matched on a natural key and only created when missing,
// and nothing that exists is ever updated (a user's edits stay), except a municipality's
// participation model while it is still empty.

const dateOnly = z.string().transform((day, ctx) => {
  const date = parseDateOnly(day)
  if (!date) {
    ctx.addIssue({ code: 'custom', message: `not a yyyy-mm-dd date: ${day}` })
    return z.NEVER
  }
  return date
})
const text = z.string().trim().min(1)
// Phone numbers are stored in the canonical form of app/utils/validation.ts.
const phone = z.string().regex(/^\+31\d{9}$/, 'not a canonical Dutch phone number (+31…)')
const email = z
  .email()
  .refine((value) => value === value.toLowerCase(), 'e-mail addresses are stored lower-cased')

const OrganisationSchema = z
  .strictObject({
    key: text,
    name: text,
    type: z.enum(ORGANISATION_TYPES),
    siteKind: z.enum(SITE_KINDS).optional(),
    active: z.boolean().default(true),
    activeFrom: dateOnly.optional(),
    activeTo: dateOnly.optional(),
    predecessor: text.optional(),
    address: text.optional(),
    postcode: text.optional(),
    city: text.optional(),
    email: email.optional(),
    phone: phone.optional(),
    website: z.url().optional(),
    responsibleUser: email.optional(),
    workingGroups: z.array(text).optional(),
    notes: text.optional(),
    municipalities: z.array(text).default([]),
    themes: z.array(text).default([]),
  })
  .refine(
    (org) => (org.type === 'SITE') === (org.siteKind !== undefined),
    'siteKind is for (and required on) sites',
  )
  .refine(
    (org) => org.active === (org.activeTo === undefined),
    'a former organisation has activeTo, and only it',
  )

// Whether a member is a client or an expert by experience is sensitive: only with recorded consent.
const MembershipSchema = z
  .strictObject({
    organisation: text,
    role: z.enum(MEMBERSHIP_ROLES),
    startDate: dateOnly,
    endDate: dateOnly.optional(),
    expertByExperience: z.boolean().optional(),
    isClient: z.boolean().optional(),
    consentDate: dateOnly.optional(),
  })
  .refine(
    (m) => (m.expertByExperience === undefined && m.isClient === undefined) || m.consentDate !== undefined,
    'expertByExperience and isClient need a consentDate',
  )
  .refine((m) => !m.endDate || m.endDate >= m.startDate, 'endDate before startDate')

const NetworkSchema = z.object({
  participationModels: z.record(text, z.enum(PARTICIPATION_MODELS)),
  organisations: z.array(OrganisationSchema),
  people: z.array(
    z.strictObject({
      name: text,
      email: email.optional(),
      phone: phone.optional(),
      memberships: z.array(MembershipSchema).min(1),
    }),
  ),
  relations: z.array(
    z.strictObject({ from: text, to: text, type: z.enum(RELATION_TYPES), note: text.optional() }),
  ),
})
type Network = z.infer<typeof NetworkSchema>

// Returns the network data file, validated, with every key reference checked.
function readNetwork(file = path.join(import.meta.dirname, 'data', 'network.json')): Network {
  const network = NetworkSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  const keys = new Set<string>()
  const identities = new Set<string>()
  for (const org of network.organisations) {
    if (org.predecessor && !keys.has(org.predecessor)) {
      throw new Error(`${org.key}: predecessor ${org.predecessor} must be listed before it`)
    }
    if (keys.has(org.key)) throw new Error(`Duplicate organisation key: ${org.key}`)
    if (identities.has(organisationKey(org))) throw new Error(`Duplicate organisation: ${org.name}`)
    keys.add(org.key)
    identities.add(organisationKey(org))
  }
  const people = new Set<string>()
  for (const person of network.people) {
    if (people.has(personKey(person))) throw new Error(`Duplicate person: ${person.name}`)
    people.add(personKey(person))
    const memberships = new Set<string>()
    for (const m of person.memberships) {
      if (!keys.has(m.organisation)) throw new Error(`${person.name}: unknown organisation ${m.organisation}`)
      const key = `${m.organisation} ${m.role} ${m.startDate.toISOString()}`
      if (memberships.has(key)) throw new Error(`${person.name}: duplicate membership ${key}`)
      memberships.add(key)
    }
  }
  for (const relation of network.relations) {
    for (const key of [relation.from, relation.to]) {
      if (!keys.has(key)) throw new Error(`Relation with unknown organisation ${key}`)
    }
  }
  return network
}

// The natural keys the seed matches existing rows on.
const organisationKey = (org: { name: string; type: string }) => `${org.type}\u0000${org.name}`
const personKey = (person: { name: string; email?: string | null }) =>
  `${person.name}\u0000${person.email ?? ''}`
const membershipKey = (m: {
  personId: string
  organisationId: string
  role: string
  startDate: Date | null
}) => `${m.personId}\u0000${m.organisationId}\u0000${m.role}\u0000${m.startDate?.toISOString() ?? ''}`
const pairKey = (...ids: string[]) => ids.join('\u0000')

// Returns `map.get(key)`, or throws when the seed data names something the database lacks.
function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key)
  if (value === undefined) throw new Error(`Demo network: unknown ${what} "${key}"`)
  return value
}

// Loads the demo network into a database that already has the demo users, municipalities and themes.
export async function seedNetwork(prisma: PrismaClient) {
  const network = readNetwork()
  // One transaction: the network is loaded completely or not at all, and SQLite commits once.
  const created = await prisma.$transaction((tx) => loadNetwork(tx, network), { timeout: 60_000 })
  console.info(
    `Demo network: ${network.organisations.length} organisations, ${network.people.length} people; ` +
      `created now: ${created.organisations} organisations, ${created.people} people, ` +
      `${created.memberships} memberships, ${created.relations} relations.`,
  )
}

// Creates whatever of the network is missing; returns how many records of each kind it created.
async function loadNetwork(tx: Prisma.TransactionClient, network: Network) {
  const { organisations, people, relations } = network

  const userEmails = [...new Set(organisations.flatMap((org) => org.responsibleUser ?? []))]
  const users = new Map(
    (await tx.user.findMany({ where: { email: { in: userEmails } }, select: { id: true, email: true } })).map(
      (user) => [user.email, user.id],
    ),
  )
  // Names are unique among today's municipalities; a former one is named only when no current one is.
  const municipalities = new Map<string, string>()
  const allMunicipalities = await tx.municipality.findMany({
    select: { id: true, name: true, validTo: true },
  })
  for (const m of allMunicipalities.sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null))) {
    if (!municipalities.has(m.name)) municipalities.set(m.name, m.id)
  }
  const themeNames = [...new Set(organisations.flatMap((org) => org.themes))]
  const themes = new Map(
    (await tx.theme.findMany({ where: { name: { in: themeNames } }, select: { id: true, name: true } })).map(
      (theme) => [theme.name, theme.id],
    ),
  )

  // Organisations, matched on (name, type); the oldest wins when a user made a duplicate.
  const existingOrganisations = new Map<string, string>()
  for (const org of await tx.organisation.findMany({
    where: { name: { in: organisations.map((org) => org.name) } },
    select: { id: true, name: true, type: true },
    orderBy: { createdAt: 'asc' },
  })) {
    const key = organisationKey(org)
    if (!existingOrganisations.has(key)) existingOrganisations.set(key, org.id)
  }
  const organisationIds = new Map<string, string>()
  let createdOrganisations = 0
  for (const org of organisations) {
    let id = existingOrganisations.get(organisationKey(org))
    if (!id) {
      const record = await tx.organisation.create({
        data: {
          name: org.name,
          type: org.type,
          siteKind: org.siteKind ?? null,
          active: org.active,
          activeFrom: org.activeFrom ?? null,
          activeTo: org.activeTo ?? null,
          predecessorId: org.predecessor ? lookup(organisationIds, org.predecessor, 'organisation') : null,
          address: org.address ?? null,
          postcode: org.postcode ?? null,
          city: org.city ?? null,
          email: org.email ?? null,
          phone: org.phone ?? null,
          website: org.website ?? null,
          responsibleUserId: org.responsibleUser ? lookup(users, org.responsibleUser, 'user') : null,
          legalBasis: isCouncilType(org.type) ? DEFAULT_LEGAL_BASIS[org.type].join('\n') : null,
          workingGroups: org.workingGroups?.join('\n') ?? null,
          notes: org.notes ?? null,
        },
        select: { id: true },
      })
      id = record.id
      createdOrganisations++
    }
    organisationIds.set(org.key, id)
  }
  const orgIds = [...organisationIds.values()]

  // Municipality and theme tags, by their composite ids.
  const haveMunicipalities = new Set(
    (
      await tx.organisationMunicipality.findMany({
        where: { organisationId: { in: orgIds } },
        select: { organisationId: true, municipalityId: true },
      })
    ).map((link) => pairKey(link.organisationId, link.municipalityId)),
  )
  await tx.organisationMunicipality.createMany({
    data: organisations
      .flatMap((org) =>
        org.municipalities.map((name) => ({
          organisationId: lookup(organisationIds, org.key, 'organisation'),
          municipalityId: lookup(municipalities, name, 'municipality'),
        })),
      )
      .filter((link) => !haveMunicipalities.has(pairKey(link.organisationId, link.municipalityId))),
  })
  const haveThemes = new Set(
    (
      await tx.organisationTheme.findMany({
        where: { organisationId: { in: orgIds } },
        select: { organisationId: true, themeId: true },
      })
    ).map((link) => pairKey(link.organisationId, link.themeId)),
  )
  await tx.organisationTheme.createMany({
    data: organisations
      .flatMap((org) =>
        org.themes.map((name) => ({
          organisationId: lookup(organisationIds, org.key, 'organisation'),
          themeId: lookup(themes, name, 'theme'),
        })),
      )
      .filter((link) => !haveThemes.has(pairKey(link.organisationId, link.themeId))),
  })

  // The participation model, only where nobody has set one yet.
  for (const model of PARTICIPATION_MODELS) {
    const names = Object.entries(network.participationModels).flatMap(([name, m]) =>
      m === model ? name : [],
    )
    if (names.length === 0) continue
    await tx.municipality.updateMany({
      where: {
        id: { in: names.map((name) => lookup(municipalities, name, 'municipality')) },
        participationModel: null,
      },
      data: { participationModel: model },
    })
  }

  // People, matched on (name, e-mail).
  const findPeople = async () => {
    const found = new Map<string, string>()
    for (const person of await tx.person.findMany({
      where: { name: { in: people.map((person) => person.name) } },
      select: { id: true, name: true, email: true },
      orderBy: { createdAt: 'asc' },
    })) {
      if (!found.has(personKey(person))) found.set(personKey(person), person.id)
    }
    return found
  }
  let personIds = await findPeople()
  const newPeople = people.filter((person) => !personIds.has(personKey(person)))
  if (newPeople.length > 0) {
    await tx.person.createMany({
      data: newPeople.map((person) => ({
        name: person.name,
        email: person.email ?? null,
        phone: person.phone ?? null,
      })),
    })
    personIds = await findPeople()
  }

  // Memberships, matched on (person, organisation, role, start date).
  const haveMemberships = new Set(
    (
      await tx.membership.findMany({
        where: { organisationId: { in: orgIds } },
        select: { personId: true, organisationId: true, role: true, startDate: true },
      })
    ).map(membershipKey),
  )
  const newMemberships = people
    .flatMap((person) =>
      person.memberships.map((m) => ({
        personId: lookup(personIds, personKey(person), 'person'),
        organisationId: lookup(organisationIds, m.organisation, 'organisation'),
        role: m.role,
        startDate: m.startDate,
        endDate: m.endDate ?? null,
        expertByExperience: m.expertByExperience ?? null,
        isClient: m.isClient ?? null,
        consentDate: m.consentDate ?? null,
      })),
    )
    .filter((m) => !haveMemberships.has(membershipKey(m)))
  await tx.membership.createMany({ data: newMemberships })

  // Relations, by their unique (from, to, type).
  const haveRelations = new Set(
    (
      await tx.organisationRelation.findMany({
        where: { fromId: { in: orgIds } },
        select: { fromId: true, toId: true, type: true },
      })
    ).map((r) => pairKey(r.fromId, r.toId, r.type)),
  )
  const newRelations = relations
    .map((r) => ({
      fromId: lookup(organisationIds, r.from, 'organisation'),
      toId: lookup(organisationIds, r.to, 'organisation'),
      type: r.type,
      note: r.note ?? null,
    }))
    .filter((r) => !haveRelations.has(pairKey(r.fromId, r.toId, r.type)))
  await tx.organisationRelation.createMany({ data: newRelations })

  return {
    organisations: createdOrganisations,
    people: newPeople.length,
    memberships: newMemberships.length,
    relations: newRelations.length,
  }
}
