import type { TZDate } from '@date-fns/tz'
import { addBusinessDays, addDays, addWeeks, differenceInBusinessDays } from 'date-fns'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import {
  ADDRESSEE_KINDS,
  ADVICE_STATUSES,
  ADVICE_TYPES,
  type AdviceStatus,
  DEFAULT_ADVICE_TERM_WEEKS,
  MUNICIPAL_ADDRESSEES,
  RESPONSE_OUTCOMES,
  SUCCESSFUL_OUTCOMES,
} from '../app/models/advice/advice-types.ts'
import { isCouncilType } from '../app/models/organisation/organisation-types.ts'
import {
  type Calendar,
  createCalendar,
  createRandom,
  newId,
  officeTime,
  type Random,
  readJson,
  squeeze,
} from './seed-helpers.ts'

// Two years of demo advices by the councils of the demo network (seed-network.ts): requested
// and unrequested advices, signal letters built on the demo signals (seed-activity.ts) and
// joint letters, in every stage of their lifecycle, with the events and the system follow-ups
// the app makes on the way (the deadline while an advice is not sent, the response while it is
// out). Texts come from prisma/data/advice.json; dates are counted back from `today`, so the
// demo always looks current. Advices have no natural key to match on, so this seed is
// all-or-nothing: it loads nothing when the database already has any advice, and never
// duplicates or overwrites what users recorded (nor the advice terms users set on councils).
// The content is deterministic (a seeded PRNG); only the ids differ between databases.

const OPBOUWWERKER = 'opbouwwerker@example.org'
const COORDINATOR = 'coordinator@example.org'
const SUPPORTERS = [OPBOUWWERKER, COORDINATOR] as const
type Supporter = (typeof SUPPORTERS)[number]

// The oldest advice began at most this many days back: all of them fall within two years.
const MAX_DAYS_AGO = 730
// The dormant councils of seed-activity.ts have had no work in this many days.
const DORMANT_DAYS = 200
// When the response follow-up falls due, and from when "no response" may be recorded: this
// many weeks after an advice was sent (the app's default ADVICE_RESPONSE_WEEKS).
const RESPONSE_WEEKS = 8
// The signals an advice can build on: the council has dealt with them.
const USED_SIGNAL_STATUSES = ['PROCESSED', 'FED_BACK', 'CLOSED']

// Working days from the previous step to each step (RECEIVED or IN_PREPARATION comes first).
const GAPS: Record<AdviceStatus, [number, number]> = {
  RECEIVED: [0, 0],
  IN_PREPARATION: [2, 7],
  ADOPTED: [12, 25],
  SENT: [1, 4],
  RESPONDED: [20, 45],
  CLOSED: [4, 15],
}
// "No response" is recorded only after a long wait and a reminder.
const NO_RESPONSE_GAP: [number, number] = [55, 70]

const text = z.string().trim().min(1)
const daysAgo = z.number().int().min(1).max(MAX_DAYS_AGO)
const status = z.enum(ADVICE_STATUSES)

const stage = (s: AdviceStatus) => ADVICE_STATUSES.indexOf(s)
// The steps of an advice up to `status`: a requested advice starts when the request comes in,
// the others when the council starts preparing.
const stepsOf = (type: string, s: AdviceStatus) =>
  ADVICE_STATUSES.slice(type === 'REQUESTED' ? 0 : 1, stage(s) + 1)

const AddresseeSchema = z
  .strictObject({
    kind: z.enum(ADDRESSEE_KINDS),
    municipality: text.optional(),
    label: text.optional(),
  })
  .refine(
    (a) => MUNICIPAL_ADDRESSEES.includes(a.kind) === (a.municipality !== undefined),
    'the college and the gemeenteraad (and only they) belong to a municipality',
  )
  .refine(
    (a) => (a.kind === 'OTHER' ? a.label !== undefined : !MUNICIPAL_ADDRESSEES.includes(a.kind) || !a.label),
    'another addressee needs a label; a municipal one has none',
  )

const AdviceSchema = z
  .strictObject({
    key: text,
    type: z.enum(ADVICE_TYPES),
    councils: z.array(text).min(1).max(8),
    title: text.max(200),
    summary: text,
    body: text.optional(),
    themes: z.array(text).min(1).max(3),
    // Defaults to the college of every municipality of the councils.
    addressees: z.array(AddresseeSchema).min(1).optional(),
    status,
    // The first step: the request came in (REQUESTED) or the preparation began.
    daysAgo,
    // Pins later steps; the others follow with seeded gaps.
    stepDaysAgo: z.partialRecord(status, daysAgo).default({}),
    outcome: z.enum(RESPONSE_OUTCOMES).optional(),
    reasoning: text.optional(),
    // Titles of demo signals and summaries of demo activities the advice came from.
    signals: z.array(text).default([]),
    activities: z.array(text).default([]),
    shareable: z.boolean().default(false),
    basedOn: text.optional(),
    // Defaults to the responsible worker of the first council.
    supporter: z.enum(SUPPORTERS).optional(),
  })
  .refine((a) => new Set(a.councils).size === a.councils.length, 'a council is named twice')
  .refine((a) => a.type === 'REQUESTED' || a.status !== 'RECEIVED', 'only a requested advice is RECEIVED')
  .refine(
    (a) => stage(a.status) >= stage('RESPONDED') === (a.outcome !== undefined),
    'an advice with a response (and only one) has an outcome',
  )
  .refine(
    (a) => (a.outcome !== undefined && a.outcome !== 'NO_RESPONSE') === (a.reasoning !== undefined),
    'a response (and only one) has reasoning; "no response" has none',
  )
  .refine(
    (a) => !a.shareable || (a.outcome !== undefined && SUCCESSFUL_OUTCOMES.includes(a.outcome)),
    'only a successful advice is shareable',
  )
  .refine((a) => a.type !== 'SIGNAL_LETTER' || a.signals.length > 0, 'a signal letter builds on signals')
  .refine((a) => {
    const steps = stepsOf(a.type, a.status)
    const pinned = Object.entries(a.stepDaysAgo) as [AdviceStatus, number][]
    return pinned.every(
      ([s, days]) =>
        steps.indexOf(s) > 0 &&
        days < a.daysAgo &&
        pinned.every(([t, other]) => steps.indexOf(t) <= steps.indexOf(s) || other < days),
    )
  }, 'stepDaysAgo pins later steps of this advice, each after the one before')

const AdviceDataSchema = z.object({
  adviceTermWeeks: z.record(text, z.number().int().min(1).max(26)),
  // Notes on the steps where the app lets a worker write one.
  eventNotes: z.partialRecord(z.enum(['IN_PREPARATION', 'CLOSED']), text),
  // The notes the app writes itself: with the response, and on the first step of a reused advice.
  responseNote: text,
  outcomeLabels: z.record(z.enum(RESPONSE_OUTCOMES), text),
  reusedNote: text,
  followUps: z.strictObject({ deadline: text, response: text }),
  advices: z.array(AdviceSchema).min(40),
})
type AdviceData = z.infer<typeof AdviceDataSchema>
type AdviceSpec = z.infer<typeof AdviceSchema>

// The part of network.json this seed needs: which council a key names, where it works and on what.
const NetworkSchema = z.object({
  organisations: z.array(
    z.object({
      key: text,
      name: text,
      type: text,
      active: z.boolean().default(true),
      responsibleUser: text.optional(),
      municipalities: z.array(text).default([]),
      themes: z.array(text).default([]),
    }),
  ),
})
type NetworkOrg = z.infer<typeof NetworkSchema>['organisations'][number]
// The part of activity.json this seed needs: councils without recent work.
const ActivityKeysSchema = z.object({ dormantCouncils: z.array(text) })

// Checks the advices against the demo network: real councils, their themes and municipalities,
// and reuse of a shareable advice by other councils. Throws on the first mistake.
function checkData(data: AdviceData, network: Map<string, NetworkOrg>) {
  const keys = new Map<string, AdviceSpec>()
  for (const spec of data.advices) {
    const fail = (message: string) => {
      throw new Error(`Demo advice "${spec.key}": ${message}`)
    }
    if (keys.has(spec.key)) fail('the key is used twice')
    keys.set(spec.key, spec)
    const councils = spec.councils.map((key) => network.get(key) ?? fail(`unknown council "${key}"`))
    for (const council of councils) {
      if (!isCouncilType(council.type) || !council.active) fail(`${council.name} is not an active council`)
    }
    const themes = new Set(councils.flatMap((c) => c.themes))
    for (const theme of spec.themes) if (!themes.has(theme)) fail(`no council of it works on "${theme}"`)
    const municipalities = new Set(councils.flatMap((c) => c.municipalities))
    for (const addressee of spec.addressees ?? []) {
      if (addressee.municipality && !municipalities.has(addressee.municipality)) {
        fail(`${addressee.municipality} is not a municipality of its councils`)
      }
    }
    if (!spec.addressees && municipalities.size === 0) fail('its councils have no college to address')
    if (spec.basedOn) {
      const basis = keys.get(spec.basedOn) ?? fail(`"${spec.basedOn}" is not an earlier advice`)
      if (!basis.shareable) fail(`"${spec.basedOn}" is not shareable`)
      if (basis.councils.some((c) => spec.councils.includes(c)))
        fail('it reuses an advice of its own council')
      // The app turns a reused advice into a draft in preparation.
      if (spec.type === 'REQUESTED') fail('a reused advice is not a requested one')
    }
  }
  for (const key of Object.keys(data.adviceTermWeeks)) {
    const council = network.get(key)
    if (!council || !isCouncilType(council.type)) throw new Error(`Demo advice: "${key}" is not a council`)
  }
}

type Org = NetworkOrg & { id: string; adviceTermWeeks: number | null }
type Context = {
  users: Record<Supporter, string>
  orgs: Map<string, Org>
  themes: Map<string, string>
  municipalities: Map<string, string>
  signals: Map<
    string,
    { id: string; status: string; forwards: { organisationId: string; forwardedOn: Date }[] }[]
  >
  activities: Map<string, string[]>
}

// Sets the advice term of the demo councils that have none yet: a user's own term stays.
async function setAdviceTerms(
  tx: Prisma.TransactionClient,
  data: AdviceData,
  network: Map<string, NetworkOrg>,
) {
  const byWeeks = new Map<number, NetworkOrg[]>()
  for (const [key, weeks] of Object.entries(data.adviceTermWeeks)) {
    const council = network.get(key)
    if (council) byWeeks.set(weeks, [...(byWeeks.get(weeks) ?? []), council])
  }
  for (const [weeks, councils] of byWeeks) {
    await tx.organisation.updateMany({
      where: {
        adviceTermWeeks: null,
        OR: councils.map((c) => ({ name: c.name, type: c.type })),
      },
      data: { adviceTermWeeks: weeks },
    })
  }
}

// Reads the demo users, the councils (by their key in network.json), themes, municipalities and
// the demo signals and activities the advices name.
async function loadContext(
  tx: Prisma.TransactionClient,
  data: AdviceData,
  network: Map<string, NetworkOrg>,
): Promise<Context> {
  const users = await tx.user.findMany({
    where: { email: { in: [...SUPPORTERS] } },
    select: { id: true, email: true },
  })
  const userIds = Object.fromEntries(users.map((user) => [user.email, user.id]))
  const opbouwwerker = userIds[OPBOUWWERKER]
  const coordinator = userIds[COORDINATOR]
  if (!opbouwwerker || !coordinator) throw new Error('Demo advice: the demo users are missing')

  // Organisations as seed-network.ts matches them: on (type, name), the oldest first.
  const used = [...new Set(data.advices.flatMap((a) => a.councils))].map((key) => network.get(key))
  const rows = await tx.organisation.findMany({
    where: { name: { in: used.flatMap((org) => (org ? [org.name] : [])) } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, type: true, adviceTermWeeks: true },
  })
  const orgs = new Map<string, Org>()
  for (const org of used) {
    if (!org) continue
    const row = rows.find((r) => r.name === org.name && r.type === org.type)
    if (!row) throw new Error(`Demo advice: organisation "${org.name}" is missing; seed the network first`)
    orgs.set(org.key, { ...org, id: row.id, adviceTermWeeks: row.adviceTermWeeks })
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
  const signals: Context['signals'] = new Map()
  for (const signal of await tx.signal.findMany({
    where: { title: { in: data.advices.flatMap((a) => a.signals) } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      title: true,
      status: true,
      forwards: { select: { organisationId: true, forwardedOn: true } },
    },
  })) {
    signals.set(signal.title, [...(signals.get(signal.title) ?? []), signal])
  }
  const activities = new Map<string, string[]>()
  for (const activity of await tx.activity.findMany({
    where: { summary: { in: data.advices.flatMap((a) => a.activities) } },
    orderBy: { occurredAt: 'asc' },
    select: { id: true, summary: true },
  })) {
    activities.set(activity.summary, [...(activities.get(activity.summary) ?? []), activity.id])
  }
  return {
    users: { [OPBOUWWERKER]: opbouwwerker, [COORDINATOR]: coordinator },
    orgs,
    themes,
    municipalities,
    signals,
    activities,
  }
}

type Rows = {
  advices: Prisma.AdviceCreateManyInput[]
  councils: Prisma.AdviceCouncilCreateManyInput[]
  addressees: Prisma.AdviceAddresseeCreateManyInput[]
  themes: Prisma.AdviceThemeCreateManyInput[]
  signals: Prisma.AdviceSignalCreateManyInput[]
  activities: Prisma.AdviceActivityCreateManyInput[]
  events: Prisma.AdviceEventCreateManyInput[]
  followUps: Prisma.FollowUpCreateManyInput[]
  // Signals and activities named in advice.json that were not there (or no longer fit).
  skippedLinks: number
}

// Returns the day of every step of `spec`: the first on `daysAgo`, pinned ones on their day,
// the others after seeded gaps in working days, squeezed to end by yesterday and, for a
// requested advice, to be sent by its deadline.
function planDays(
  spec: AdviceSpec,
  steps: AdviceStatus[],
  calendar: Calendar,
  random: Random,
  deadline: TZDate | null,
) {
  const wanted = steps.map((s) =>
    s === 'RESPONDED' && spec.outcome === 'NO_RESPONSE'
      ? random.int(...NO_RESPONSE_GAP)
      : random.int(...GAPS[s]),
  )
  const yesterday = calendar.daysAgo(1)
  const limits = (Object.entries(spec.stepDaysAgo) as [AdviceStatus, number][]).map(([s, days]) => ({
    index: steps.indexOf(s),
    day: calendar.daysAgo(days),
    exact: true,
  }))
  const sent = steps.indexOf('SENT')
  if (deadline && sent > 0 && !limits.some((limit) => limit.index >= sent)) {
    limits.push({ index: sent, day: deadline < yesterday ? deadline : yesterday, exact: false })
  }
  if (!limits.some((limit) => limit.index === steps.length - 1)) {
    limits.push({ index: steps.length - 1, day: yesterday, exact: false })
  }
  limits.sort((a, b) => a.index - b.index)
  const days: TZDate[] = [calendar.daysAgo(spec.daysAgo)]
  let from = 0
  for (const limit of limits) {
    if (limit.index <= from) continue
    const start = days[from] ?? days[0]
    if (!start) break
    const available = differenceInBusinessDays(limit.day, start)
    if (available < limit.index - from) {
      throw new Error(`Demo advice "${spec.key}": no room for its steps before ${steps[limit.index]}`)
    }
    const gaps = wanted.slice(from + 1, limit.index + 1)
    const placed = limit.exact ? squeeze(gaps.slice(0, -1), available - 1) : squeeze(gaps, available)
    let day = start
    for (const gap of placed) {
      day = addBusinessDays(day, gap)
      days.push(day)
    }
    if (limit.exact) days.push(limit.day)
    from = limit.index
  }
  return days
}

// Builds every row of the demo advices; pure apart from the ids.
function buildRows(data: AdviceData, context: Context, calendar: Calendar, dormant: Set<string>): Rows {
  const random = createRandom(20_261_127)
  const rows: Rows = {
    advices: [],
    councils: [],
    addressees: [],
    themes: [],
    signals: [],
    activities: [],
    events: [],
    followUps: [],
    skippedLinks: 0,
  }
  const org = (key: string) => {
    const found = context.orgs.get(key)
    if (!found) throw new Error(`Demo advice: unknown organisation "${key}"`)
    return found
  }
  const lookup = (map: Map<string, string>, name: string, what: string) => {
    const id = map.get(name)
    if (!id) throw new Error(`Demo advice: unknown ${what} "${name}"`)
    return id
  }
  // What the reuse check needs of an advice already built.
  type Built = { id: string; title: string; responseDay: TZDate | undefined }
  const built = new Map<string, Built>()

  for (const spec of data.advices) {
    const councils = spec.councils.map(org)
    const first = councils[0]
    if (!first) continue
    const supporter: Supporter =
      spec.supporter ?? (first.responsibleUser === COORDINATOR ? COORDINATOR : OPBOUWWERKER)
    const actorId = context.users[supporter]
    const steps = stepsOf(spec.type, spec.status)
    const start = calendar.daysAgo(spec.daysAgo)
    const termWeeks = first.adviceTermWeeks ?? DEFAULT_ADVICE_TERM_WEEKS
    const deadline = spec.type === 'REQUESTED' ? addWeeks(start, termWeeks) : null
    const days = planDays(spec, steps, calendar, random, deadline)
    const events = steps.map((s, i) => {
      const day = days[i] ?? start
      return { status: s, day, at: calendar.at(day, officeTime(random)) }
    })
    const eventOf = (s: AdviceStatus) => events.find((e) => e.status === s)
    const dayOf = (s: AdviceStatus) => {
      const event = eventOf(s)
      return event ? calendar.dateOnly(event.day) : null
    }
    const firstEvent = events[0]
    const lastEvent = events[events.length - 1]
    if (!firstEvent || !lastEvent) continue
    if (spec.councils.some((key) => dormant.has(key)) && calendar.daysBefore(lastEvent.day) < DORMANT_DAYS) {
      throw new Error(
        `Demo advice "${spec.key}": a dormant council has no work in the last ${DORMANT_DAYS} days`,
      )
    }
    const sentDay = eventOf('SENT')?.day
    const responseDay = eventOf('RESPONDED')?.day
    if (
      spec.outcome === 'NO_RESPONSE' &&
      sentDay &&
      responseDay &&
      responseDay < addWeeks(sentDay, RESPONSE_WEEKS)
    ) {
      throw new Error(`Demo advice "${spec.key}": "no response" only ${RESPONSE_WEEKS} weeks after sending`)
    }
    let basis: Built | undefined
    if (spec.basedOn) {
      basis = built.get(spec.basedOn)
      if (!basis?.responseDay || basis.responseDay >= start) {
        throw new Error(`Demo advice "${spec.key}": "${spec.basedOn}" was not a success yet when it began`)
      }
    }

    const id = newId()
    built.set(spec.key, { id, title: spec.title, responseDay })
    rows.advices.push({
      id,
      type: spec.type,
      title: spec.title,
      summary: spec.summary,
      body: spec.body ?? null,
      status: spec.status,
      requestReceivedOn: dayOf('RECEIVED'),
      deadline: deadline ? calendar.dateOnly(deadline) : null,
      adoptedOn: dayOf('ADOPTED'),
      sentOn: dayOf('SENT'),
      responseOn: dayOf('RESPONDED'),
      responseOutcome: spec.outcome ?? null,
      responseReasoning: spec.reasoning ?? null,
      closedOn: dayOf('CLOSED'),
      shareable: spec.shareable,
      basedOnId: basis?.id ?? null,
      supporterId: actorId,
      createdById: actorId,
      // Steps do not bump the version in the app; only edits of the fields do.
      version: 1,
      createdAt: firstEvent.at,
      updatedAt: lastEvent.at,
    })
    for (const council of councils) rows.councils.push({ adviceId: id, organisationId: council.id })
    const addressees =
      spec.addressees ??
      [...new Set(councils.flatMap((c) => c.municipalities))].map((municipality) => ({
        kind: 'COLLEGE' as const,
        municipality,
        label: undefined,
      }))
    for (const addressee of addressees) {
      rows.addressees.push({
        id: newId(),
        adviceId: id,
        kind: addressee.kind,
        municipalityId: addressee.municipality
          ? lookup(context.municipalities, addressee.municipality, 'municipality')
          : null,
        label: addressee.label ?? null,
      })
    }
    for (const theme of new Set(spec.themes)) {
      rows.themes.push({ adviceId: id, themeId: lookup(context.themes, theme, 'theme') })
    }
    // A signal counts when a council of the advice received it before the advice began and has
    // dealt with it; one a user changed or removed since is left out.
    const councilIds = new Set(councils.map((c) => c.id))
    for (const title of new Set(spec.signals)) {
      const signal = (context.signals.get(title) ?? []).find(
        (s) =>
          USED_SIGNAL_STATUSES.includes(s.status) &&
          s.forwards.some(
            (f) => councilIds.has(f.organisationId) && f.forwardedOn <= calendar.dateOnly(start),
          ),
      )
      if (signal) rows.signals.push({ adviceId: id, signalId: signal.id })
      else rows.skippedLinks++
    }
    for (const summary of new Set(spec.activities)) {
      const activityId = context.activities.get(summary)?.[0]
      if (activityId) rows.activities.push({ adviceId: id, activityId })
      else rows.skippedLinks++
    }
    // The notes as the app writes them: the outcome with the response, the source of a reused
    // advice on its first step, and the worker's own note where the app asks for one.
    const eventNote = (s: AdviceStatus, i: number) => {
      if (i === 0) return basis ? data.reusedNote.replaceAll('{title}', basis.title) : null
      if (s === 'RESPONDED' && spec.outcome) {
        return data.responseNote.replaceAll('{outcome}', data.outcomeLabels[spec.outcome])
      }
      return s === 'IN_PREPARATION' || s === 'CLOSED' ? (data.eventNotes[s] ?? null) : null
    }
    events.forEach((event, i) => {
      rows.events.push({
        id: newId(),
        adviceId: id,
        fromStatus: i === 0 ? null : (steps[i - 1] ?? null),
        toStatus: event.status,
        at: event.at,
        actorId,
        note: eventNote(event.status, i),
      })
    })

    // The system follow-ups, as the app makes them: the deadline from the request until the
    // advice is sent, the response from sending until it is recorded. Each closes with its step.
    const addFollowUp = (
      systemKey: string,
      template: string,
      dueDate: Date,
      from: { at: Date },
      doneBy: { at: Date } | undefined,
    ) => {
      rows.followUps.push({
        id: newId(),
        description: template.replaceAll('{title}', spec.title),
        dueDate,
        assigneeId: actorId,
        done: doneBy !== undefined,
        doneAt: doneBy?.at ?? null,
        adviceId: id,
        systemKey,
        createdById: actorId,
        createdAt: from.at,
        updatedAt: doneBy?.at ?? from.at,
      })
    }
    const received = eventOf('RECEIVED')
    if (deadline && received) {
      addFollowUp(
        'advice-deadline',
        data.followUps.deadline,
        calendar.dateOnly(deadline),
        received,
        eventOf('SENT'),
      )
    }
    const sentEvent = eventOf('SENT')
    if (sentEvent) {
      addFollowUp(
        'advice-response',
        data.followUps.response,
        calendar.dateOnly(addDays(sentEvent.day, RESPONSE_WEEKS * 7)),
        sentEvent,
        eventOf('RESPONDED'),
      )
    }
  }
  return rows
}

// Loads two years of demo advices into a database with the demo network and activity
// (seedNetwork and seedActivity first).
export async function seedAdvice(prisma: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const data = AdviceDataSchema.parse(readJson('advice.json'))
  const network = new Map(
    NetworkSchema.parse(readJson('network.json')).organisations.map((org) => [org.key, org]),
  )
  const dormant = new Set(ActivityKeysSchema.parse(readJson('activity.json')).dormantCouncils)
  checkData(data, network)
  // One transaction: everything or nothing, and SQLite commits once.
  const rows = await prisma.$transaction(
    async (tx) => {
      // All-or-nothing: any advice means users (or an earlier run) recorded advices, and demo
      // advices beside them would mix up their lists, adoption rates and follow-ups.
      if (await tx.advice.findFirst({ select: { id: true } })) return null
      await setAdviceTerms(tx, data, network)
      const rows = buildRows(data, await loadContext(tx, data, network), createCalendar(today), dormant)
      // A reused advice after the one it is based on.
      await tx.advice.createMany({
        data: [...rows.advices].sort((a, b) => Number(Boolean(a.basedOnId)) - Number(Boolean(b.basedOnId))),
      })
      await tx.adviceCouncil.createMany({ data: rows.councils })
      await tx.adviceAddressee.createMany({ data: rows.addressees })
      await tx.adviceTheme.createMany({ data: rows.themes })
      await tx.adviceSignal.createMany({ data: rows.signals })
      await tx.adviceActivity.createMany({ data: rows.activities })
      await tx.adviceEvent.createMany({ data: rows.events })
      await tx.followUp.createMany({ data: rows.followUps })
      return rows
    },
    { timeout: 60_000 },
  )
  if (!rows) {
    console.info('Demo advice: the database already has advices; nothing added.')
    return
  }
  const byStatus = new Map<string, number>()
  for (const advice of rows.advices) byStatus.set(advice.status, (byStatus.get(advice.status) ?? 0) + 1)
  const open = rows.followUps.filter((f) => !f.done).length
  console.info(
    `Demo advice: ${rows.advices.length} advices (${[...byStatus].map(([s, n]) => `${n} ${s}`).join(', ')}), ` +
      `${rows.events.length} status events, ${rows.followUps.length} follow-ups (${open} open), ` +
      `${rows.signals.length} signal and ${rows.activities.length} activity links` +
      (rows.skippedLinks > 0 ? ` (${rows.skippedLinks} named ones not found)` : '') +
      '.',
  )
}
