import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { TZDate } from '@date-fns/tz'
import { addDays, subDays } from 'date-fns'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import { MUNICIPAL_ROLES } from '../app/models/organisation/organisation-types.ts'
import {
  followUpDescription,
  isClosedActionStatus,
  parseTopicKey,
} from '../app/models/quickscan/plan-helpers.ts'
import { openItemCode } from '../app/models/quickscan/questionnaire-template.ts'
import {
  ACTION_STATUSES,
  BACKGROUND_YEARS,
  LIKERT_MAX,
  LIKERT_MIN,
  RESPONDENT_GROUPS,
  type RespondentGroup,
  SCAN_STATUSES,
} from '../app/models/quickscan/quickscan-constants.ts'
import {
  type Calendar,
  createCalendar,
  createRandom,
  findDemoUsers,
  newId,
  officeTime,
  type Random,
  readJson,
  shuffled,
} from './seed-helpers.ts'
import { ensureDefaultQuestionnaire } from './seed-questionnaire.ts'

// Demo quick scans (issue 7) for the demo network (seed-network.ts) with the default
// questionnaire (seed-questionnaire.ts): the Participatieraad Heerenveen (a broad council)
// in 2024 and again in 2026 (a re-scan with the first as its baseline), the Cliëntenraad
// Smallingerland (a separate W&I council), each with answers of council members and municipal
// staff, a goede gesprek with notes on the flagged topics and a plan van aanpak whose actions
// are in every status (some overdue), each with its follow-up for the demo opbouwwerker; and
// an open scan in Súdwest-Fryslân with a few council answers and none from the municipality
// yet (so the photo suppresses that group). Texts and answer patterns come from
// prisma/data/quickscans.json. Answers are drawn with a seeded PRNG, so the demo is the same
// on every run (for a given day). Responses are anonymous: a random id, the group, the
// background and the day; the invitations only say "answered", and their tokens are random
// and stored hashed (nobody needs them). Matched on the scans' titles and all-or-nothing:
// when any demo scan is there, nothing is added.

const COORDINATOR = 'coordinator@example.org'
const OPBOUWWERKER = 'opbouwwerker@example.org'
const USERS = [COORDINATOR, OPBOUWWERKER] as const

// The chance that a respondent answers an open question.
const OPEN_ANSWER_CHANCE = 0.5
// The chance that a respondent skips the ladder ("weet ik niet").
const LADDER_SKIP_CHANCE = 0.05

const text = z.string().trim().min(1)
const mean = z.number().min(LIKERT_MIN).max(LIKERT_MAX)
const pair = z.tuple([mean, mean])
const chance = z.tuple([z.number().min(0).max(0.9), z.number().min(0).max(0.9)])
const topic = text.refine((value) => parseTopicKey(value) !== null, 'a topic: "item:C1" or "dimension:C"')
const perGroup = <T extends z.ZodType>(schema: T) => z.strictObject({ COUNCIL: schema, MUNICIPALITY: schema })

const ActionSchema = z
  .strictObject({
    title: text.max(200),
    description: text.max(2000),
    topic,
    owner: z.union([z.strictObject({ person: text }), z.strictObject({ organisation: text })]),
    dueDaysAgo: z.number().int().min(1).optional(),
    dueInDays: z.number().int().min(1).optional(),
    status: z.enum(ACTION_STATUSES),
    doneDaysAgo: z.number().int().min(1).optional(),
  })
  .refine(
    (a) => (a.dueDaysAgo === undefined) !== (a.dueInDays === undefined),
    'a due day in the past or ahead',
  )
  .refine((a) => (a.status === 'DONE') === (a.doneDaysAgo !== undefined), 'a done action (only) says when')

const ConversationSchema = z.strictObject({
  heldDaysAgo: z.number().int().min(2),
  participants: text.max(1000),
  notes: text,
  // Notes on topics the photo flags (the seed test checks that it does).
  flaggedNotes: z.record(topic, text),
  otherNotes: z.record(topic, text),
})

const ScanSchema = z
  .strictObject({
    key: text,
    title: text.max(200),
    municipality: text,
    councils: z.array(text).min(1),
    baseline: text.optional(),
    opensDaysAgo: z.number().int(),
    closesDaysAgo: z.number().int(),
    status: z.enum(SCAN_STATUSES),
    invited: perGroup(z.number().int().min(0).max(20)),
    answered: perGroup(z.number().int().min(0).max(20)),
    overrides: z.record(text, pair),
    notes: text.optional(),
    conversation: ConversationSchema.optional(),
    actions: z.array(ActionSchema).default([]),
  })
  .refine((s) => s.opensDaysAgo > s.closesDaysAgo, 'a scan closes after it opens')
  .refine(
    (s) => RESPONDENT_GROUPS.every((group) => s.answered[group] <= s.invited[group]),
    'no more answers than invitations',
  )
  .refine((s) => (s.status === 'OPEN') === s.closesDaysAgo < 0, 'an open scan (only) closes after today')
  .refine(
    (s) => (s.conversation !== undefined) === (s.status === 'DISCUSSED' || s.status === 'COMPLETED'),
    'a discussed or completed scan (only) has its goede gesprek',
  )
  .refine(
    (s) => s.status !== 'COMPLETED' || s.actions.every((action) => isClosedActionStatus(action.status)),
    'a completed scan has no actions to do',
  )
  .refine(
    (s) => !s.conversation || s.conversation.heldDaysAgo < s.closesDaysAgo,
    'the goede gesprek follows the answers',
  )

const QuickScanDataSchema = z.strictObject({
  _about: text,
  profile: z.record(text, pair),
  dontKnow: z.record(text, chance).refine((record) => 'default' in record, 'a default'),
  ladder: z.strictObject({ code: text, now: pair, desired: pair }),
  openAnswers: z.record(text, perGroup(z.array(text))),
  extraCouncilMembers: z.array(text).min(4),
  municipalStaff: z.array(text).min(8),
  scans: z.array(ScanSchema).min(1),
})
type QuickScanData = z.infer<typeof QuickScanDataSchema>
type ScanSpec = z.infer<typeof ScanSchema>
type ActionSpec = z.infer<typeof ActionSchema>

const NetworkKeysSchema = z.object({
  organisations: z.array(z.object({ key: text, name: text, type: text })),
})
type NetworkOrg = z.infer<typeof NetworkKeysSchema>['organisations'][number]

type Member = {
  personId: string
  name: string
  email: string | null
  role: string
  start: Date | null
  end: Date | null
}
type Org = { key: string; id: string; name: string; members: Member[] }
type QuestionnaireItem = { id: string; code: string; kind: string; dimensionCode: string }
type Context = {
  users: Record<(typeof USERS)[number], string>
  orgs: Map<string, Org>
  people: Map<string, string>
  municipalities: Map<string, { id: string; name: string }>
  questionnaire: { id: string; items: QuestionnaireItem[]; dimensionCodes: string[] }
}

// Reads the demo users, the organisations the scans name (by their key in network.json) with
// their memberships, the people named as owners, the municipalities and the questionnaire.
async function loadContext(
  tx: Prisma.TransactionClient,
  data: QuickScanData,
  network: NetworkOrg[],
  questionnaireId: string,
): Promise<Context> {
  const users = await findDemoUsers(tx, USERS, 'Demo quick scans')
  const keys = new Set(
    data.scans.flatMap((scan) => [
      ...scan.councils,
      ...scan.actions.flatMap((action) =>
        'organisation' in action.owner ? [action.owner.organisation] : [],
      ),
    ]),
  )
  const orgs = new Map<string, Org>()
  for (const key of keys) {
    const spec = network.find((org) => org.key === key)
    if (!spec) throw new Error(`Demo quick scans: no organisation "${key}" in network.json`)
    // Organisations as seed-network.ts matches them: on (type, name), the oldest first.
    const row = await tx.organisation.findFirst({
      where: { name: spec.name, type: spec.type },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        name: true,
        memberships: {
          select: {
            role: true,
            startDate: true,
            endDate: true,
            person: { select: { id: true, name: true, email: true } },
          },
        },
      },
    })
    if (!row)
      throw new Error(`Demo quick scans: organisation "${spec.name}" is missing; seed the network first`)
    const members = row.memberships
      .map((m) => ({
        personId: m.person.id,
        name: m.person.name,
        email: m.person.email,
        role: m.role,
        start: m.startDate,
        end: m.endDate,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    orgs.set(key, { key, id: row.id, name: row.name, members })
  }
  const names = data.scans.flatMap((scan) =>
    scan.actions.flatMap((action) => ('person' in action.owner ? [action.owner.person] : [])),
  )
  const people = new Map<string, string>()
  for (const name of new Set(names)) {
    const person = await tx.person.findFirst({
      where: { name },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    })
    if (!person) throw new Error(`Demo quick scans: person "${name}" is missing; seed the network first`)
    people.set(name, person.id)
  }
  const municipalities = new Map<string, { id: string; name: string }>()
  for (const name of new Set(data.scans.map((scan) => scan.municipality))) {
    const municipality = await tx.municipality.findFirst({
      where: { name, validTo: null },
      select: { id: true, name: true },
    })
    if (!municipality) throw new Error(`Demo quick scans: municipality "${name}" is missing`)
    municipalities.set(name, municipality)
  }
  const questionnaire = await tx.questionnaire.findUniqueOrThrow({
    where: { id: questionnaireId },
    select: {
      id: true,
      dimensions: {
        select: { code: true, items: { select: { id: true, code: true, kind: true } } },
        orderBy: { position: 'asc' },
      },
    },
  })
  return {
    users,
    orgs,
    people,
    municipalities,
    questionnaire: {
      id: questionnaire.id,
      dimensionCodes: questionnaire.dimensions.map((dimension) => dimension.code),
      items: questionnaire.dimensions.flatMap((dimension) =>
        dimension.items.map((item) => ({ ...item, dimensionCode: dimension.code })),
      ),
    },
  }
}

type Rows = {
  scans: Prisma.QuickScanCreateManyInput[]
  councils: Prisma.QuickScanCouncilCreateManyInput[]
  invitations: Prisma.QuickScanInvitationCreateManyInput[]
  responses: Prisma.QuickScanResponseCreateManyInput[]
  answers: Prisma.QuickScanAnswerCreateManyInput[]
  conversations: Prisma.QuickScanConversationCreateManyInput[]
  topicNotes: Prisma.QuickScanTopicNoteCreateManyInput[]
  actions: Prisma.QuickScanActionCreateManyInput[]
  followUps: Prisma.FollowUpCreateManyInput[]
}

// Returns `count` Likert answers whose mean is `target` (as near as `count` allows): the two
// nearest points in the right proportion, then some pairs moved apart (one up, one down, so
// the mean stays), in a seeded order. Sampling each answer on its own would let a group of
// seven drift half a point from its pattern, and a topic meant to be flagged would not be.
function likertValues(random: Random, target: number, count: number) {
  const base = Math.min(LIKERT_MAX, Math.floor(target))
  const ups = base === LIKERT_MAX ? 0 : Math.round((target - base) * count)
  const values = Array.from({ length: count }, (_, at) => base + (at < ups ? 1 : 0))
  for (let move = 0; move < Math.floor(count / 3); move++) {
    const up = random.int(0, count - 1)
    const down = random.int(0, count - 1)
    const a = values[up] ?? 0
    const b = values[down] ?? 0
    if (up !== down && a < LIKERT_MAX && b > LIKERT_MIN) {
      values[up] = a + 1
      values[down] = b - 1
    }
  }
  return shuffled(random, values)
}

// Returns an e-mail address at example.org for an invented name: "hinke.de.jong@example.org".
function exampleEmail(name: string) {
  const local = name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
  return `${local}@example.org`
}

// Returns the hash of a fresh random token: demo invitations have links nobody needs.
const unusedTokenHash = () => createHash('sha256').update(randomBytes(32)).digest('hex')

// Returns `count` names from `pool`, starting at `offset` and wrapping around.
const takeNames = (pool: string[], offset: number, count: number) =>
  Array.from({ length: count }, (_, index) => pool[(offset + index) % pool.length] ?? '')

// Returns the background roles of `count` council members or municipal staff: one chair
// and one secretary (or an alderman, a manager, a council support officer), the rest
// members (policy officers), in a seeded order.
function backgroundRoles(random: Random, group: RespondentGroup, count: number) {
  const roles =
    group === 'COUNCIL'
      ? ['CHAIR', 'SECRETARY', ...Array<string>(Math.max(0, count - 2)).fill('MEMBER')]
      : [
          'ALDERMAN',
          'MANAGER',
          'COUNCIL_SUPPORT',
          'OTHER',
          ...Array<string>(Math.max(0, count - 4)).fill('POLICY_OFFICER'),
        ]
  return shuffled(random, roles.slice(0, count))
}

// Returns the scan's rows and adds its invitations, responses and answers to `rows`.
function buildScan(
  data: QuickScanData,
  spec: ScanSpec,
  index: number,
  context: Context,
  calendar: Calendar,
  random: Random,
  scanIds: Map<string, string>,
  rows: Rows,
) {
  const scanId = newId()
  scanIds.set(spec.key, scanId)
  const municipality = context.municipalities.get(spec.municipality)
  if (!municipality) throw new Error(`Demo quick scans: municipality "${spec.municipality}" not loaded`)
  const opens = calendar.daysAgo(spec.opensDaysAgo)
  const closes = calendar.daysAgo(spec.closesDaysAgo)
  const prepared = calendar.at(subDays(opens, 14), officeTime(random))
  const baselineId = spec.baseline ? scanIds.get(spec.baseline) : null
  if (spec.baseline && !baselineId)
    throw new Error(`Demo quick scans: baseline "${spec.baseline}" comes later`)
  const lastChange = spec.conversation
    ? calendar.at(calendar.daysAgo(spec.conversation.heldDaysAgo - 1), '10:00')
    : prepared
  rows.scans.push({
    id: scanId,
    title: spec.title,
    municipalityId: municipality.id,
    questionnaireId: context.questionnaire.id,
    opensOn: calendar.dateOnly(opens),
    closesOn: calendar.dateOnly(closes),
    minGroupSize: 5,
    status: spec.status,
    baselineId: baselineId ?? null,
    supporterId: context.users[OPBOUWWERKER],
    notes: spec.notes ?? null,
    createdById: context.users[COORDINATOR],
    createdAt: prepared,
    updatedAt: lastChange,
  })
  const councils = spec.councils.map((key) => {
    const org = context.orgs.get(key)
    if (!org) throw new Error(`Demo quick scans: organisation "${key}" not loaded`)
    rows.councils.push({ scanId, organisationId: org.id })
    return org
  })

  // Invitations: the council members on the opening day (not the municipal contacts), then
  // council members added by name; municipal staff by name with an example.org address.
  const opensOn = calendar.dateOnly(opens)
  const municipal = new Set<string>(MUNICIPAL_ROLES)
  const members = councils
    .flatMap((org) => org.members)
    .filter(
      (member) =>
        !municipal.has(member.role) &&
        (member.start === null || member.start <= opensOn) &&
        (member.end === null || member.end >= opensOn),
    )
    .filter((member, at, all) => all.findIndex((other) => other.personId === member.personId) === at)
    .slice(0, spec.invited.COUNCIL)
  const extra = takeNames(data.extraCouncilMembers, index * 2, spec.invited.COUNCIL - members.length)
  const invitees: Record<RespondentGroup, { personId: string | null; name: string; email: string | null }[]> =
    {
      COUNCIL: [
        ...members.map((member) => ({ personId: member.personId, name: member.name, email: member.email })),
        ...extra.map((name) => ({ personId: null, name, email: exampleEmail(name) })),
      ],
      MUNICIPALITY: takeNames(data.municipalStaff, index * 3, spec.invited.MUNICIPALITY).map((name) => ({
        personId: null,
        name,
        email: exampleEmail(name),
      })),
    }
  const sentAt = calendar.at(opens, officeTime(random))
  for (const group of RESPONDENT_GROUPS) {
    const answered = new Set(
      shuffled(
        random,
        invitees[group].map((_, at) => at),
      ).slice(0, spec.answered[group]),
    )
    invitees[group].forEach((invitee, at) => {
      rows.invitations.push({
        id: newId(),
        scanId,
        group,
        personId: invitee.personId,
        name: invitee.name,
        email: invitee.email,
        tokenHash: unusedTokenHash(),
        answered: answered.has(at),
        sentAt,
        createdAt: calendar.at(subDays(opens, 3), officeTime(random)),
      })
    })
  }

  // Responses: anonymous, on days within the period that have passed.
  const firstDay = spec.opensDaysAgo
  const lastDay = Math.max(0, spec.closesDaysAgo)
  const likert = context.questionnaire.items.filter((item) => item.kind === 'LIKERT')
  const ladder = context.questionnaire.items.find((item) => item.code === data.ladder.code)
  for (const group of RESPONDENT_GROUPS) {
    const g = group === 'COUNCIL' ? 0 : 1
    const roles = backgroundRoles(random, group, spec.answered[group])
    const pools = new Map(
      Object.entries(data.openAnswers).map(([code, answers]) => [code, shuffled(random, answers[group])]),
    )
    const responseIds: string[] = []
    for (let n = 0; n < spec.answered[group]; n++) {
      const responseId = randomUUID()
      responseIds.push(responseId)
      const background: Record<string, string> = {
        role: roles[n] ?? 'MEMBER',
        years: random.pick(BACKGROUND_YEARS),
      }
      if (group === 'COUNCIL' && random.chance(0.8)) {
        background.experience = random.weighted({ YES: 4, NO: 4, RATHER_NOT_SAY: 1 })
      }
      rows.responses.push({
        id: responseId,
        scanId,
        group,
        background: JSON.stringify(background),
        submittedOn: calendar.dateOnly(calendar.daysAgo(random.int(lastDay, firstDay))),
      })
    }
    // Per item: who said "weet ik niet", then the others' answers around the pattern's mean.
    for (const item of likert) {
      const target = spec.overrides[item.code] ?? data.profile[item.code]
      if (!target) throw new Error(`Demo quick scans: no answer pattern for item ${item.code}`)
      const dontKnow = (data.dontKnow[item.code] ?? data.dontKnow.default)?.[g] ?? 0
      const skipped = responseIds.map(() => random.chance(dontKnow))
      const values = likertValues(random, target[g], skipped.filter((skip) => !skip).length)
      responseIds.forEach((responseId, at) => {
        rows.answers.push({
          responseId,
          itemId: item.id,
          value: skipped[at] ? null : (values.shift() ?? null),
        })
      })
    }
    if (ladder) {
      const skipped = responseIds.map(() => random.chance(LADDER_SKIP_CHANCE))
      const answering = skipped.filter((skip) => !skip).length
      const now = likertValues(random, data.ladder.now[g], answering)
      const desired = likertValues(random, data.ladder.desired[g], answering)
      responseIds.forEach((responseId, at) => {
        const step = skipped[at] ? null : (now.shift() ?? null)
        const wish = skipped[at] ? null : Math.max(step ?? LIKERT_MIN, desired.shift() ?? LIKERT_MIN)
        rows.answers.push({ responseId, itemId: ladder.id, value: step, desiredValue: wish })
      })
    }
    for (const responseId of responseIds) {
      for (const dimensionCode of context.questionnaire.dimensionCodes) {
        const item = context.questionnaire.items.find(
          (candidate) => candidate.code === openItemCode(dimensionCode),
        )
        const answer = random.chance(OPEN_ANSWER_CHANCE) ? pools.get(dimensionCode)?.shift() : undefined
        if (item && answer) rows.answers.push({ responseId, itemId: item.id, text: answer })
      }
    }
  }
  return { scanId, municipality }
}

// Returns where a topic ("item:C1", "dimension:C") of the questionnaire is stored.
function resolveTopic(context: Context, key: string) {
  const topic = parseTopicKey(key)
  if (topic?.kind === 'dimension' && context.questionnaire.dimensionCodes.includes(topic.code)) {
    return { dimensionCode: topic.code, itemId: null }
  }
  const item = context.questionnaire.items.find((candidate) => candidate.code === topic?.code)
  if (topic?.kind === 'item' && item) return { dimensionCode: item.dimensionCode, itemId: item.id }
  throw new Error(`Demo quick scans: no topic "${key}" in the questionnaire`)
}

// Adds the goede gesprek of a scan and its plan van aanpak (actions with their follow-ups).
function buildPlan(
  spec: ScanSpec,
  scan: { scanId: string; municipality: { name: string } },
  context: Context,
  calendar: Calendar,
  random: Random,
  rows: Rows,
) {
  const conversation = spec.conversation
  if (!conversation) return
  const conversationId = newId()
  const written = calendar.at(calendar.daysAgo(conversation.heldDaysAgo - 1), '10:00')
  rows.conversations.push({
    id: conversationId,
    scanId: scan.scanId,
    heldOn: calendar.dateOnly(calendar.daysAgo(conversation.heldDaysAgo)),
    participants: conversation.participants,
    notes: conversation.notes,
    createdAt: written,
    updatedAt: written,
  })
  for (const [key, note] of Object.entries({ ...conversation.flaggedNotes, ...conversation.otherNotes })) {
    const { dimensionCode, itemId } = resolveTopic(context, key)
    rows.topicNotes.push({
      id: newId(),
      conversationId,
      itemId,
      dimensionCode: itemId ? null : dimensionCode,
      note,
    })
  }
  const created = calendar.daysAgo(Math.max(1, conversation.heldDaysAgo - 2))
  for (const action of spec.actions) buildAction(action, scan, created, context, calendar, random, rows)
}

// Adds one action and its follow-up for the demo opbouwwerker.
function buildAction(
  action: ActionSpec,
  scan: { scanId: string; municipality: { name: string } },
  createdDay: TZDate,
  context: Context,
  calendar: Calendar,
  random: Random,
  rows: Rows,
) {
  const actionId = newId()
  const createdAt = calendar.at(createdDay, officeTime(random))
  const due =
    action.dueDaysAgo !== undefined
      ? calendar.daysAgo(action.dueDaysAgo)
      : calendar.workday(addDays(calendar.today, action.dueInDays ?? 0))
  // Finished on the day given, or (vervallen) halfway to today; in progress a week after it came.
  const finishedDays = action.doneDaysAgo ?? Math.max(1, Math.floor(calendar.daysBefore(createdDay) / 2))
  const changedAt = isClosedActionStatus(action.status)
    ? calendar.at(calendar.daysAgo(finishedDays), officeTime(random))
    : action.status === 'IN_PROGRESS'
      ? calendar.at(calendar.daysAgo(Math.max(1, calendar.daysBefore(createdDay) - 7)), officeTime(random))
      : createdAt
  const owner =
    'person' in action.owner
      ? { ownerPersonId: context.people.get(action.owner.person) ?? null, ownerOrganisationId: null }
      : { ownerPersonId: null, ownerOrganisationId: context.orgs.get(action.owner.organisation)?.id ?? null }
  const dueOn = calendar.dateOnly(due)
  rows.actions.push({
    id: actionId,
    scanId: scan.scanId,
    ...resolveTopic(context, action.topic),
    title: action.title,
    description: action.description,
    ...owner,
    dueOn,
    status: action.status,
    createdById: context.users[COORDINATOR],
    createdAt,
    updatedAt: changedAt,
  })
  const done = isClosedActionStatus(action.status)
  rows.followUps.push({
    id: newId(),
    description: followUpDescription(scan.municipality.name, action.title),
    dueDate: dueOn,
    assigneeId: context.users[OPBOUWWERKER],
    done,
    doneAt: done ? changedAt : null,
    quickScanActionId: actionId,
    ownerOrganisationId: owner.ownerOrganisationId,
    createdById: context.users[COORDINATOR],
    createdAt,
    updatedAt: changedAt,
  })
}

// Returns every row of the demo quick scans.
function buildRows(data: QuickScanData, context: Context, calendar: Calendar): Rows {
  const random = createRandom(20_261_126)
  const rows: Rows = {
    scans: [],
    councils: [],
    invitations: [],
    responses: [],
    answers: [],
    conversations: [],
    topicNotes: [],
    actions: [],
    followUps: [],
  }
  const scanIds = new Map<string, string>()
  data.scans.forEach((spec, index) => {
    const scan = buildScan(data, spec, index, context, calendar, random, scanIds, rows)
    buildPlan(spec, scan, context, calendar, random, rows)
  })
  return rows
}

// Loads the demo quick scans into a database with the demo network and users (seedNetwork
// first); stores the default questionnaire when it is missing.
export async function seedQuickScans(prisma: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const data = QuickScanDataSchema.parse(readJson('quickscans.json'))
  const network = NetworkKeysSchema.parse(readJson('network.json')).organisations
  const questionnaireId = await ensureDefaultQuestionnaire(prisma)
  // One transaction: everything or nothing, and SQLite commits once.
  const rows = await prisma.$transaction(
    async (tx) => {
      const titles = data.scans.map((scan) => scan.title)
      if (await tx.quickScan.findFirst({ where: { title: { in: titles } }, select: { id: true } }))
        return null
      const context = await loadContext(tx, data, network, questionnaireId)
      const rows = buildRows(data, context, createCalendar(today))
      await tx.quickScan.createMany({ data: rows.scans })
      await tx.quickScanCouncil.createMany({ data: rows.councils })
      await tx.quickScanInvitation.createMany({ data: rows.invitations })
      await tx.quickScanResponse.createMany({ data: rows.responses })
      await tx.quickScanAnswer.createMany({ data: rows.answers })
      await tx.quickScanConversation.createMany({ data: rows.conversations })
      await tx.quickScanTopicNote.createMany({ data: rows.topicNotes })
      await tx.quickScanAction.createMany({ data: rows.actions })
      await tx.followUp.createMany({ data: rows.followUps })
      return rows
    },
    { timeout: 60_000 },
  )
  if (!rows) {
    console.info('Demo quick scans: the database already has the demo quick scans; nothing added.')
    return
  }
  const perStatus = ACTION_STATUSES.map(
    (status) => `${rows.actions.filter((action) => action.status === status).length} ${status}`,
  ).join(', ')
  console.info(
    `Demo quick scans: ${rows.scans.length} scans, ${rows.invitations.length} invitations, ` +
      `${rows.responses.length} anonymous responses, ${rows.conversations.length} goede gesprekken, ` +
      `${rows.actions.length} actions (${perStatus}).`,
  )
}
