import type { TZDate } from '@date-fns/tz'
import { addBusinessDays, addDays, differenceInBusinessDays } from 'date-fns'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import {
  ACTIVITY_KINDS,
  ACTIVITY_SUBTYPES,
  PARTICIPATION_FORMS,
} from '../app/models/activity/activity-kinds.ts'
import { isCouncilType } from '../app/models/organisation/organisation-types.ts'
import { SIGNAL_STATUSES, type SignalStatus } from '../app/models/signal/signal-statuses.ts'
import {
  type Calendar,
  createCalendar,
  createRandom,
  newId,
  officeTime,
  readJson,
  squeeze,
} from './seed-helpers.ts'

// A year of demo work for the demo network (seed-network.ts): support to every active council,
// contacts, werkbezoeken, panels, achterbanbijeenkomsten and social-media actions, follow-ups,
// and signals from the spreekuurpunten in every stage of their lifecycle. Texts come from
// prisma/data/activity.json; dates are counted back from `today`, so the demo always looks
// current. Activities and signals have no natural key to match on, so this seed is
// all-or-nothing: it loads nothing when the database already has any activity or signal, and
// never duplicates or overwrites what users recorded. The content is deterministic (a seeded
// PRNG); only the ids differ between databases.

const OPBOUWWERKER = 'opbouwwerker@example.org'
const COORDINATOR = 'coordinator@example.org'
const AUTHORS = [OPBOUWWERKER, COORDINATOR] as const
type Author = (typeof AUTHORS)[number]

// Councils in `dormantCouncils` have no activity and receive no signal in this many days.
const DORMANT_DAYS = 200
// The oldest work lies at most this many days back: all of it falls within the last 12 months.
const MAX_DAYS_AGO = 350

const CONTACT_SUBTYPES = ACTIVITY_SUBTYPES.CONTACT
const SUPPORT_SUBTYPES = ACTIVITY_SUBTYPES.SUPPORT

const text = z.string().trim().min(1)
const daysAgo = z.number().int().min(1).max(MAX_DAYS_AGO)
const author = z.enum(AUTHORS)
const contactSubtype = z.enum(CONTACT_SUBTYPES as [string, ...string[]])

const FollowUpSchema = z
  .strictObject({
    description: text,
    // Defaults to the author of the activity or signal.
    assignee: author.optional(),
    // Negative: the due date has passed.
    dueInDays: z.number().int(),
    // Done this many days ago; open when absent.
    doneDaysAgo: z.number().int().min(1).optional(),
  })
  .refine((f) => f.doneDaysAgo === undefined || f.dueInDays <= 0, 'only a follow-up due by now is done')

const ActivitySchema = z
  .strictObject({
    kind: z.enum(ACTIVITY_KINDS),
    subtype: text.optional(),
    daysAgo,
    time: z
      .string()
      .regex(/^(0[89]|1[0-6]):[0-5]\d$/, 'office hours, hh:mm')
      .optional(),
    author: author.default(OPBOUWWERKER),
    visited: text.optional(),
    organisations: z.array(text).min(1).max(4),
    summary: text,
    notes: text.optional(),
    minutes: z.number().int().min(15).max(480),
    participationForm: z.enum(PARTICIPATION_FORMS).optional(),
    themes: z.array(text).min(1).max(3),
    findings: text.optional(),
    followUpQuestions: z.array(text).optional(),
    followUps: z.array(FollowUpSchema).default([]),
  })
  .refine(
    (a) => (a.subtype === undefined ? [] : [a.subtype]).every((s) => ACTIVITY_SUBTYPES[a.kind].includes(s)),
    'subtype does not fit the kind',
  )
  .refine(
    (a) => (a.kind === 'SITE_VISIT') === (a.visited !== undefined && a.findings !== undefined),
    'a werkbezoek (and only a werkbezoek) has a visited site and findings',
  )

const ContactTemplate = z.strictObject({
  text,
  subtypes: z.array(contactSubtype).optional(),
  // Used only for councils tagged with one of these themes.
  themes: z.array(text).default([]),
  // A contact about signals (participation form SIGNALS_LINK).
  signals: z.boolean().default(false),
})

const SignalSchema = z
  .strictObject({
    source: text,
    municipality: text,
    status: z.enum(SIGNAL_STATUSES),
    receivedDaysAgo: daysAgo,
    forwardTo: z.array(text).max(2).default([]),
    themes: z.array(text).min(1).max(2),
    title: text,
    description: text,
    councilAction: text.optional(),
    feedback: text.optional(),
    followUps: z.array(FollowUpSchema).default([]),
  })
  .refine(
    (s) => (s.status === 'NEW') === (s.forwardTo.length === 0),
    'a signal past NEW is forwarded to one or two councils; a new one to none',
  )
  .refine(
    (s) => stage(s.status) >= stage('PROCESSED') === (s.councilAction !== undefined),
    'a processed signal (and only one) says what the council did',
  )
  .refine(
    (s) => stage(s.status) >= stage('FED_BACK') === (s.feedback !== undefined),
    'a signal fed back (and only one) has feedback',
  )

const ActivityDataSchema = z.object({
  dormantCouncils: z.array(text),
  themeTopics: z.record(text, z.array(text).min(1)),
  support: z.strictObject({
    summaries: z.record(z.enum(SUPPORT_SUBTYPES as [string, ...string[]]), z.array(text).min(1)),
    notes: z.array(text).min(1),
  }),
  contacts: z.strictObject({
    council: z.array(ContactTemplate).min(8),
    supportPoint: z.array(ContactTemplate).min(3),
    partners: z.array(
      z.strictObject({
        organisation: text,
        subtype: contactSubtype,
        text,
        themes: z.array(text).default([]),
        author: author.default(OPBOUWWERKER),
      }),
    ),
  }),
  followUpTemplates: z.strictObject({ SUPPORT: z.array(text).min(1), CONTACT: z.array(text).min(1) }),
  activities: z.array(ActivitySchema),
  signalEventNotes: z.partialRecord(z.enum(SIGNAL_STATUSES), text),
  signals: z.array(SignalSchema),
})
type ActivityData = z.infer<typeof ActivityDataSchema>
type FollowUpSpec = z.infer<typeof FollowUpSchema>

// The part of network.json this seed needs: which organisation a key names.
const NetworkKeysSchema = z.object({
  organisations: z.array(z.object({ key: text, name: text, type: text })),
})

function stage(status: SignalStatus) {
  return SIGNAL_STATUSES.indexOf(status)
}

// Returns `template` with {topic}, {year} and {nextYear} filled in.
function fill(template: string, values: { topic?: string; day: TZDate }) {
  const year = values.day.getFullYear()
  return template
    .replaceAll('{topic}', values.topic ?? '')
    .replaceAll('{nextYear}', String(year + 1))
    .replaceAll('{year}', String(year))
}

type Org = {
  key: string
  id: string
  name: string
  type: string
  active: boolean
  author: Author
  themes: string[]
  municipalities: string[]
  // Current members: voorzitter first, then secretaris, vicevoorzitter, lid.
  people: { id: string; role: string }[]
}

type Context = {
  users: Record<Author, string>
  orgs: Map<string, Org>
  themes: Map<string, string>
  municipalities: Map<string, string>
  councils: Org[]
}

const ROLE_ORDER = ['voorzitter', 'secretaris', 'vicevoorzitter', 'lid']

// Reads the demo users, the network organisations (by their key in network.json), themes and
// municipalities that the demo work links to.
async function loadContext(tx: Prisma.TransactionClient, today: Date): Promise<Context> {
  const network = NetworkKeysSchema.parse(readJson('network.json'))
  const users = await tx.user.findMany({
    where: { email: { in: [...AUTHORS] } },
    select: { id: true, email: true },
  })
  const userIds = Object.fromEntries(users.map((user) => [user.email, user.id]))
  const opbouwwerker = userIds[OPBOUWWERKER]
  const coordinator = userIds[COORDINATOR]
  if (!opbouwwerker || !coordinator) throw new Error('Demo activity: the demo users are missing')

  // Organisations as seed-network.ts matches them: on (type, name), the oldest first.
  const rows = await tx.organisation.findMany({
    where: { name: { in: network.organisations.map((org) => org.name) } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      type: true,
      active: true,
      responsibleUserId: true,
      themes: { select: { theme: { select: { name: true } } } },
      municipalities: { select: { municipality: { select: { name: true } } } },
      memberships: {
        where: { OR: [{ endDate: null }, { endDate: { gt: today } }] },
        select: { role: true, person: { select: { id: true, name: true } } },
      },
    },
  })
  const byIdentity = new Map<string, (typeof rows)[number]>()
  for (const row of rows) {
    const identity = `${row.type}\u0000${row.name}`
    if (!byIdentity.has(identity)) byIdentity.set(identity, row)
  }
  const orgs = new Map<string, Org>()
  for (const { key, name, type } of network.organisations) {
    const row = byIdentity.get(`${type}\u0000${name}`)
    if (!row) throw new Error(`Demo activity: organisation "${name}" is missing; seed the network first`)
    const people = row.memberships
      .filter((m) => ROLE_ORDER.includes(m.role))
      .sort(
        (a, b) =>
          ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
          a.person.name.localeCompare(b.person.name),
      )
      .map((m) => ({ id: m.person.id, role: m.role }))
    orgs.set(key, {
      key,
      id: row.id,
      name: row.name,
      type: row.type,
      active: row.active,
      author: row.responsibleUserId === coordinator ? COORDINATOR : OPBOUWWERKER,
      themes: row.themes.map((t) => t.theme.name).sort(),
      municipalities: row.municipalities.map((m) => m.municipality.name).sort(),
      people,
    })
  }
  const themes = new Map(
    (await tx.theme.findMany({ select: { id: true, name: true } })).map((t) => [t.name, t.id]),
  )
  // Today's municipality first when a former one has the same name (as seed-network.ts does).
  const municipalities = new Map<string, string>()
  const allMunicipalities = await tx.municipality.findMany({
    select: { id: true, name: true, validTo: true },
  })
  for (const m of allMunicipalities.sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null))) {
    if (!municipalities.has(m.name)) municipalities.set(m.name, m.id)
  }
  const councils = [...orgs.values()].filter((org) => org.active && isCouncilType(org.type))
  return {
    users: { [OPBOUWWERKER]: opbouwwerker, [COORDINATOR]: coordinator },
    orgs,
    themes,
    municipalities,
    councils,
  }
}

type Rows = {
  activities: Prisma.ActivityCreateManyInput[]
  activityOrganisations: Prisma.ActivityOrganisationCreateManyInput[]
  activityPeople: Prisma.ActivityPersonCreateManyInput[]
  activityThemes: Prisma.ActivityThemeCreateManyInput[]
  followUps: Prisma.FollowUpCreateManyInput[]
  signals: Prisma.SignalCreateManyInput[]
  signalThemes: Prisma.SignalThemeCreateManyInput[]
  signalForwards: Prisma.SignalForwardCreateManyInput[]
  signalEvents: Prisma.SignalEventCreateManyInput[]
}

type ActivityInput = {
  kind: string
  subtype?: string
  day: TZDate
  time: string
  author: Author
  organisations: { org: Org; role: 'involved' | 'visited' }[]
  people: string[]
  themes: string[]
  summary: string
  notes?: string
  minutes: number
  participationForm?: string
  findings?: string
  followUpQuestions?: string
}

// Builds every row of the demo work; pure apart from the ids.
function buildRows(data: ActivityData, context: Context, calendar: Calendar): Rows {
  const random = createRandom(20_261_126)
  const rows: Rows = {
    activities: [],
    activityOrganisations: [],
    activityPeople: [],
    activityThemes: [],
    followUps: [],
    signals: [],
    signalThemes: [],
    signalForwards: [],
    signalEvents: [],
  }
  const org = (key: string) => {
    const found = context.orgs.get(key)
    if (!found) throw new Error(`Demo activity: unknown organisation "${key}"`)
    return found
  }
  const themeId = (name: string) => {
    const id = context.themes.get(name)
    if (!id) throw new Error(`Demo activity: unknown theme "${name}"`)
    return id
  }
  const dormant = new Set(data.dormantCouncils.map((key) => org(key).id))
  const topics = (theme: string) => data.themeTopics[theme] ?? []

  const addFollowUp = (
    spec: FollowUpSpec,
    link: { activityId: string } | { signalId: string },
    from: { day: TZDate; at: Date; author: Author },
  ) => {
    const dueDay = calendar.workday(addDays(calendar.today, spec.dueInDays))
    if (dueDay < from.day) throw new Error(`Demo activity: "${spec.description}" is due before it was made`)
    const doneDay = spec.doneDaysAgo === undefined ? null : calendar.daysAgo(spec.doneDaysAgo)
    if (doneDay && doneDay < from.day) throw new Error(`Demo activity: "${spec.description}" done too early`)
    // Done after it was made, also when a weekend moved the day back to the same Friday.
    const doneAt = doneDay
      ? new Date(Math.max(calendar.at(doneDay, officeTime(random)).getTime(), from.at.getTime() + 3_600_000))
      : null
    rows.followUps.push({
      id: newId(),
      description: spec.description,
      dueDate: calendar.dateOnly(dueDay),
      assigneeId: context.users[spec.assignee ?? from.author],
      done: doneAt !== null,
      doneAt,
      ...link,
      createdById: context.users[from.author],
      createdAt: from.at,
      updatedAt: doneAt ?? from.at,
    })
  }

  const addActivity = (input: ActivityInput) => {
    const id = newId()
    const at = calendar.at(input.day, input.time)
    for (const { org: o } of input.organisations) {
      if (dormant.has(o.id) && calendar.daysBefore(input.day) < DORMANT_DAYS) {
        throw new Error(`Demo activity: ${o.name} should have no activity in the last ${DORMANT_DAYS} days`)
      }
    }
    rows.activities.push({
      id,
      kind: input.kind,
      subtype: input.subtype ?? null,
      occurredAt: at,
      authorId: context.users[input.author],
      summary: input.summary,
      notes: input.notes ?? null,
      minutesSpent: input.minutes,
      participationForm: input.participationForm ?? null,
      findings: input.findings ?? null,
      followUpQuestions: input.followUpQuestions ?? null,
      createdAt: at,
      updatedAt: at,
    })
    const orgIds = new Set<string>()
    for (const { org: o, role } of input.organisations) {
      if (orgIds.has(o.id)) throw new Error(`Demo activity: ${o.name} twice in "${input.summary}"`)
      orgIds.add(o.id)
      rows.activityOrganisations.push({ activityId: id, organisationId: o.id, role })
    }
    for (const personId of new Set(input.people)) rows.activityPeople.push({ activityId: id, personId })
    for (const name of new Set(input.themes))
      rows.activityThemes.push({ activityId: id, themeId: themeId(name) })
    return { id, day: input.day, at, author: input.author }
  }

  // A generated follow-up: due one to three weeks after the activity; done when it was due a
  // while ago, sometimes still open when recently due.
  const maybeFollowUp = (
    activity: ReturnType<typeof addActivity>,
    templates: string[],
    probability: number,
  ) => {
    if (!random.chance(probability)) return
    const dueIn = random.int(5, 21) - calendar.daysBefore(activity.day)
    const overdue = -dueIn
    const done = overdue > 45 || (overdue > 0 && random.chance(0.85))
    addFollowUp(
      {
        description: random.pick(templates),
        dueInDays: dueIn,
        doneDaysAgo: done
          ? Math.max(1, Math.min(overdue + random.int(0, 3), calendar.daysBefore(activity.day) - 1))
          : undefined,
      },
      { activityId: activity.id },
      activity,
    )
  }

  // Spreads `count` days over [from, to] days ago, one in each slot, avoiding the summer and
  // Christmas recess where the slot leaves room.
  const spread = (count: number, from: number, to: number) =>
    Array.from({ length: count }, (_, i) => {
      let days = from + Math.floor(((to - from) * (i + random.next())) / count)
      for (let tries = 0; tries < 3 && isRecess(calendar.daysAgo(days)); tries++) {
        days = days + 21 <= to ? days + 21 : Math.max(from, days - 21)
      }
      return days
    })

  // Support to every active council: two to six times over the year.
  const supportWeights = {
    'advies ter plaatse': 35,
    'begeleiding vergadering': 30,
    training: 15,
    cursus: 10,
    teambuildingsdag: 10,
  }
  const supportMinutes: Record<string, [number, number]> = {
    'advies ter plaatse': [90, 180],
    'begeleiding vergadering': [120, 180],
    training: [150, 240],
    cursus: [180, 300],
    teambuildingsdag: [360, 480],
  }
  for (const council of context.councils) {
    const isDormant = dormant.has(council.id)
    const count = isDormant ? 2 : random.int(2, 6)
    const themed = council.themes.filter((theme) => topics(theme).length > 0)
    if (themed.length === 0) throw new Error(`Demo activity: ${council.name} has no theme with topics`)
    let teambuilding = false
    for (const days of spread(count, isDormant ? DORMANT_DAYS + 10 : 4, MAX_DAYS_AGO)) {
      let subtype = random.weighted(supportWeights)
      if (subtype === 'teambuildingsdag' && teambuilding) subtype = 'advies ter plaatse'
      teambuilding ||= subtype === 'teambuildingsdag'
      const day = calendar.daysAgo(days)
      const main = random.pick(themed)
      const themes = [main]
      for (const p of [0.5, 0.2]) if (random.chance(p)) themes.push(random.pick(council.themes))
      const [chair, secretary] = ['voorzitter', 'secretaris'].map(
        (role) => council.people.find((m) => m.role === role)?.id,
      )
      const people = [random.chance(0.6) ? chair : undefined, random.chance(0.35) ? secretary : undefined]
      const [low, high] = supportMinutes[subtype] ?? [60, 120]
      const activity = addActivity({
        kind: 'SUPPORT',
        subtype,
        day,
        time:
          subtype === 'teambuildingsdag'
            ? '09:30'
            : random.pick(['09:30', '10:00', '10:30', '13:30', '14:00']),
        author: council.author,
        organisations: [{ org: council, role: 'involved' }],
        people: people.filter((id) => id !== undefined),
        themes,
        summary: fill(random.pick(data.support.summaries[subtype] ?? []), {
          topic: random.pick(topics(main)),
          day,
        }),
        notes: random.chance(0.3) ? random.pick(data.support.notes) : undefined,
        minutes: 15 * random.int(low / 15, high / 15),
      })
      if (subtype === 'advies ter plaatse' || subtype === 'begeleiding vergadering') {
        maybeFollowUp(activity, data.followUpTemplates.SUPPORT, 0.2)
      }
    }
  }

  // Contacts with councils: a few a year, at least one recent one; none recently with the
  // dormant councils (for the "not contacted for N months" report).
  const contactWeights = { telefoon: 30, 'e-mail': 30, bezoek: 12, overleg: 15, videogesprek: 13 }
  const contactMinutes: Record<string, [number, number]> = {
    telefoon: [10, 30],
    'e-mail': [10, 20],
    bezoek: [60, 120],
    overleg: [45, 90],
    videogesprek: [30, 60],
  }
  const contactPeople = (o: Org, subtype: string) => {
    const chair = o.people.find((m) => m.role === 'voorzitter')?.id
    const secretary = o.people.find((m) => m.role === 'secretaris')?.id
    if (subtype === 'bezoek' || subtype === 'overleg')
      return [chair, secretary].filter((id) => id !== undefined)
    const one = random.weighted({ chair: 5, secretary: 3, none: 2 })
    const id = one === 'chair' ? chair : one === 'secretary' ? secretary : undefined
    return id ? [id] : []
  }
  const addContact = (o: Org, days: number, template: z.infer<typeof ContactTemplate>, used: Set<string>) => {
    used.add(template.text)
    const day = calendar.daysAgo(days)
    const subtype = template.subtypes ? random.pick(template.subtypes) : random.weighted(contactWeights)
    let topic: string | undefined
    let themes = template.themes.filter((theme) => o.themes.includes(theme))
    if (template.text.includes('{topic}')) {
      const theme = random.pick(o.themes.filter((t) => topics(t).length > 0))
      topic = random.pick(topics(theme))
      themes = [theme]
    }
    const [low, high] = contactMinutes[subtype] ?? [15, 30]
    const activity = addActivity({
      kind: 'CONTACT',
      subtype,
      day,
      time: officeTime(random),
      author: o.author,
      organisations: [{ org: o, role: 'involved' }],
      people: contactPeople(o, subtype),
      themes: themes.length > 0 ? themes : template.themes,
      summary: fill(template.text, { topic, day }),
      minutes: 5 * random.int(low / 5, high / 5),
      participationForm: template.signals ? 'SIGNALS_LINK' : undefined,
    })
    maybeFollowUp(activity, data.followUpTemplates.CONTACT, 0.12)
  }
  const templatesFor = (templates: z.infer<typeof ContactTemplate>[], o: Org, used: Set<string>) =>
    templates.filter(
      (t) =>
        !used.has(t.text) &&
        (t.themes.length === 0 || t.themes.some((theme) => o.themes.includes(theme))) &&
        (!t.text.includes('{topic}') || o.themes.some((theme) => topics(theme).length > 0)),
    )
  for (const council of context.councils) {
    const used = new Set<string>()
    const days = dormant.has(council.id)
      ? [random.int(DORMANT_DAYS + 10, MAX_DAYS_AGO - 10)]
      : [random.int(2, 75), ...spread(random.int(1, 3), 2, MAX_DAYS_AGO)]
    for (const d of days)
      addContact(council, d, random.pick(templatesFor(data.contacts.council, council, used)), used)
  }
  // Contacts with the spreekuurpunten, at least one in the last two months.
  for (const point of [...context.orgs.values()].filter((o) => o.type === 'SUPPORT_POINT' && o.active)) {
    const used = new Set<string>()
    for (const d of [random.int(2, 60), ...spread(random.int(1, 2), 2, MAX_DAYS_AGO)]) {
      addContact(point, d, random.pick(templatesFor(data.contacts.supportPoint, point, used)), used)
    }
  }
  // Contacts with partners, national bodies and municipal departments.
  for (const partner of data.contacts.partners) {
    const day = calendar.daysAgo(random.int(5, MAX_DAYS_AGO - 10))
    const [low, high] = contactMinutes[partner.subtype] ?? [15, 30]
    addActivity({
      kind: 'CONTACT',
      subtype: partner.subtype,
      day,
      time: officeTime(random),
      author: partner.author,
      organisations: [{ org: org(partner.organisation), role: 'involved' }],
      people: [],
      themes: partner.themes,
      summary: fill(partner.text, { day }),
      minutes: 5 * random.int(low / 5, high / 5),
    })
  }

  // Werkbezoeken, panels, achterbanbijeenkomsten, social media and joint-advice contacts.
  const defaultForm: Record<string, string | undefined> = {
    SITE_VISIT: 'SITE_VISIT',
    PANEL: 'PANEL',
    CONSTITUENCY_MEETING: 'CONSTITUENCY_MEETING',
    SOCIAL_MEDIA: 'SOCIAL_MEDIA',
  }
  for (const spec of data.activities) {
    const day = calendar.daysAgo(spec.daysAgo)
    const involved = spec.organisations.map(org)
    const visited = spec.visited ? org(spec.visited) : undefined
    if (visited && visited.type !== 'SITE')
      throw new Error(`Demo activity: ${visited.name} is not a werkbezoek site`)
    // The chairs of the organisations involved, and on a werkbezoek one more member of the first.
    const people =
      spec.kind === 'SOCIAL_MEDIA'
        ? []
        : [
            ...involved.flatMap((o) => o.people.filter((m) => m.role === 'voorzitter').map((m) => m.id)),
            ...(spec.kind === 'SITE_VISIT'
              ? (involved[0]?.people.filter((m) => m.role === 'lid').map((m) => m.id) ?? []).slice(0, 1)
              : []),
          ]
    const activity = addActivity({
      kind: spec.kind,
      subtype: spec.subtype,
      day,
      time: spec.time ?? officeTime(random),
      author: spec.author,
      organisations: [
        ...(visited ? [{ org: visited, role: 'visited' as const }] : []),
        ...involved.map((o) => ({ org: o, role: 'involved' as const })),
      ],
      people,
      themes: spec.themes,
      summary: fill(spec.summary, { day }),
      notes: spec.notes,
      minutes: spec.minutes,
      participationForm: spec.participationForm ?? defaultForm[spec.kind],
      findings: spec.findings,
      followUpQuestions: spec.followUpQuestions?.join('\n'),
    })
    for (const followUp of spec.followUps) addFollowUp(followUp, { activityId: activity.id }, activity)
  }

  // Signals, each through its lifecycle up to its status, one event per step.
  const gaps: Record<SignalStatus, [number, number]> = {
    NEW: [0, 0],
    FORWARDED: [1, 4],
    IN_PROGRESS: [3, 12],
    PROCESSED: [10, 35],
    FED_BACK: [3, 15],
    CLOSED: [5, 20],
  }
  const lastDay = calendar.daysAgo(1)
  for (const spec of data.signals) {
    const source = org(spec.source)
    if (source.type !== 'SUPPORT_POINT')
      throw new Error(`Demo activity: ${source.name} is not a spreekuurpunt`)
    if (!source.municipalities.includes(spec.municipality)) {
      throw new Error(`Demo activity: ${source.name} does not serve ${spec.municipality}`)
    }
    const municipalityId = context.municipalities.get(spec.municipality)
    if (!municipalityId) throw new Error(`Demo activity: unknown municipality ${spec.municipality}`)
    const councils = spec.forwardTo.map(org)
    for (const council of councils) {
      if (!isCouncilType(council.type) || !council.municipalities.includes(spec.municipality)) {
        throw new Error(`Demo activity: ${council.name} is not a council of ${spec.municipality}`)
      }
      if (dormant.has(council.id)) throw new Error(`Demo activity: ${council.name} should receive no signals`)
    }
    const steps = SIGNAL_STATUSES.slice(0, stage(spec.status) + 1)
    const received = calendar.daysAgo(spec.receivedDaysAgo)
    // Working days between the steps, squeezed to end by yesterday.
    const wanted = steps.slice(1).map((status) => random.int(...gaps[status]))
    const available = differenceInBusinessDays(lastDay, received)
    if (available < wanted.length) throw new Error(`Demo activity: "${spec.title}" was received too recently`)
    const squeezed = squeeze(wanted, available)
    let day = received
    const events = steps.map((status, i) => {
      if (i > 0) day = addBusinessDays(day, squeezed[i - 1] ?? 1)
      return { status, day, at: calendar.at(day, officeTime(random)) }
    })
    // "Received on", "forwarded on" and "fed back on" are date-only values; events are moments.
    const eventOf = (status: SignalStatus) => events.find((e) => e.status === status)
    const dayOf = (status: SignalStatus) => {
      const event = eventOf(status)
      return event ? calendar.dateOnly(event.day) : null
    }
    const id = newId()
    const signalAuthor = source.author
    const created = events[0]?.at ?? calendar.at(received, '10:00')
    const lastEvent = events[events.length - 1] ?? events[0]
    rows.signals.push({
      id,
      sourceId: source.id,
      receivedOn: calendar.dateOnly(received),
      municipalityId,
      title: spec.title,
      description: spec.description,
      status: spec.status,
      councilAction: spec.councilAction ?? null,
      feedback: spec.feedback ?? null,
      feedbackOn: spec.feedback ? dayOf('FED_BACK') : null,
      createdById: context.users[signalAuthor],
      version: events.length,
      createdAt: created,
      updatedAt: lastEvent?.at ?? created,
    })
    for (const name of new Set(spec.themes)) rows.signalThemes.push({ signalId: id, themeId: themeId(name) })
    const forwarded = eventOf('FORWARDED')
    if (forwarded) {
      for (const council of councils) {
        rows.signalForwards.push({
          id: newId(),
          signalId: id,
          organisationId: council.id,
          forwardedOn: calendar.dateOnly(forwarded.day),
          forwardedById: context.users[signalAuthor],
          createdAt: forwarded.at,
        })
      }
    }
    events.forEach((event, i) => {
      rows.signalEvents.push({
        id: newId(),
        signalId: id,
        fromStatus: i === 0 ? null : (steps[i - 1] ?? null),
        toStatus: event.status,
        at: event.at,
        actorId: context.users[signalAuthor],
        note: data.signalEventNotes[event.status] ?? null,
      })
    })
    if (lastEvent) {
      for (const followUp of spec.followUps) {
        addFollowUp(
          followUp,
          { signalId: id },
          { day: lastEvent.day, at: lastEvent.at, author: signalAuthor },
        )
      }
    }
  }
  return rows
}

// The summer recess (mid-July to late August) and the Christmas holidays.
function isRecess(day: TZDate) {
  const month = day.getMonth()
  const date = day.getDate()
  return (
    (month === 6 && date >= 15) ||
    (month === 7 && date <= 20) ||
    (month === 11 && date >= 22) ||
    (month === 0 && date <= 3)
  )
}

// Loads a year of demo work into a database that has the demo network (seedNetwork first).
export async function seedActivity(prisma: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const data = ActivityDataSchema.parse(readJson('activity.json'))
  // One transaction: everything or nothing, and SQLite commits once.
  const rows = await prisma.$transaction(
    async (tx) => {
      // All-or-nothing: any activity or signal means users (or an earlier run) recorded work.
      if (
        (await tx.activity.findFirst({ select: { id: true } })) ||
        (await tx.signal.findFirst({ select: { id: true } }))
      ) {
        return null
      }
      const rows = buildRows(data, await loadContext(tx, today), createCalendar(today))
      await tx.activity.createMany({ data: rows.activities })
      await tx.activityOrganisation.createMany({ data: rows.activityOrganisations })
      await tx.activityPerson.createMany({ data: rows.activityPeople })
      await tx.activityTheme.createMany({ data: rows.activityThemes })
      await tx.signal.createMany({ data: rows.signals })
      await tx.signalTheme.createMany({ data: rows.signalThemes })
      await tx.signalForward.createMany({ data: rows.signalForwards })
      await tx.signalEvent.createMany({ data: rows.signalEvents })
      await tx.followUp.createMany({ data: rows.followUps })
      return rows
    },
    { timeout: 60_000 },
  )
  if (!rows) {
    console.info('Demo activity: the database already has activities or signals; nothing added.')
    return
  }
  const byKind = new Map<string, number>()
  for (const activity of rows.activities) byKind.set(activity.kind, (byKind.get(activity.kind) ?? 0) + 1)
  console.info(
    `Demo activity: ${rows.activities.length} activities (${[...byKind].map(([kind, n]) => `${n} ${kind}`).join(', ')}), ` +
      `${rows.followUps.length} follow-ups, ${rows.signals.length} signals with ${rows.signalForwards.length} forwards ` +
      `and ${rows.signalEvents.length} status events.`,
  )
}
