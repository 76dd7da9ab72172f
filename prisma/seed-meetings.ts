import { TZDate } from '@date-fns/tz'
import { addDays, format, subDays } from 'date-fns'
import { z } from 'zod'
import type { Prisma, PrismaClient } from '../app/generated/prisma/client.ts'
import { MEETING_KINDS, type MeetingStatus } from '../app/models/meeting/meeting-kinds.ts'
import { encodeRule } from '../app/models/meeting/series-plan.ts'
import { isCouncilType } from '../app/models/organisation/organisation-types.ts'
import { TIME_ZONE } from '../app/utils/dates.ts'
import {
  type Calendar,
  createCalendar,
  createRandom,
  findDemoUsers,
  newId,
  officeTime,
  readJson,
  shuffled,
} from './seed-helpers.ts'

// Two years of demo meetings for the demo network (seed-network.ts): the bi-monthly provincial
// exchange series of the previous and the current calendar year (two series, six meetings
// each, the third Thursday of every other month at 19:30), with agendas, invitations of the
// voorzitter and one member of every active council, attendance, minutes, tips and one set of
// joint actions; two theme meetings with their vision documents, a meeting for local welfare
// workers with Partoer, and an upcoming course for new council members. Texts come from
// prisma/data/meetings.json. The councils that went quiet in seed-activity.ts are the ones
// that stopped coming to the exchange. Meetings have no natural key to match on, so this seed
// is all-or-nothing: it loads nothing when the database already has any meeting or series,
// and never duplicates or overwrites what users planned. The content is deterministic (a
// seeded PRNG) for a given day; only the ids differ between databases.

const COORDINATOR = 'coordinator@example.org'
const OPBOUWWERKER = 'opbouwwerker@example.org'
const USERS = [COORDINATOR, OPBOUWWERKER] as const

// The exchange: the third Thursday of January, March, May, July, September and November.
const THURSDAY = 4 as const
const EXCHANGE_MONTHS = [0, 2, 4, 6, 8, 10]
// A meeting this many days ahead or closer is confirmed; one further off is still planned.
const CONFIRM_DAYS = 42
// The quiet councils of seed-activity.ts were not seen for this many days, and missed at
// least the last MISSED_LAST exchange meetings; each next one stopped this much earlier.
const DORMANT_DAYS = 200
const MISSED_LAST = 3
const DROP_OFF_STAGGER_DAYS = 90
// Who represents a council beside its voorzitter, and who may walk in or take a course.
const SECOND_ROLES = ['vicevoorzitter', 'secretaris', 'penningmeester', 'lid']
const MEMBER_ROLES = ['voorzitter', ...SECOND_ROLES, 'aspirant-lid']

const text = z.string().trim().min(1)
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hh:mm')
const TipSchema = z.strictObject({ text, theme: text.optional() })
const AgendaItemSchema = z.strictObject({
  title: text.max(200),
  presenter: text.optional(),
  theme: text.optional(),
})

const TopicSchema = z
  .strictObject({
    title: text.max(200),
    theme: text,
    presenter: text,
    minutes: text.optional(),
    tips: z.array(TipSchema).max(3).default([]),
  })
  .refine((t) => (t.minutes === undefined) === (t.tips.length === 0), 'a topic with minutes (only) has tips')

const ExchangeSchema = z
  .strictObject({
    title: text.max(200),
    seriesTitle: text.max(200),
    location: text,
    description: text,
    startTime: clock,
    endTime: clock,
    agenda: z.strictObject({ opening: text, news: text, tips: text, closing: text }),
    cancelledSlot: z
      .number()
      .int()
      .min(0)
      .max(EXCHANGE_MONTHS.length - 1),
    cancelReason: text,
    topics: z.array(TopicSchema).length(2 * EXCHANGE_MONTHS.length),
  })
  .refine((e) => e.endTime > e.startTime, 'the exchange ends after it starts')
  .refine(
    (e) => e.topics.every((t, i) => (t.minutes === undefined) === (i === e.cancelledSlot)),
    'every topic has minutes, except that of the cancelled meeting',
  )

const JointActionsSchema = z.strictObject({
  // The key in advice.json of the letter the actions led to.
  advice: text,
  minutes: text,
  actions: z
    .array(
      z
        .strictObject({
          description: text,
          owner: text,
          dueInDays: z.number().int().min(7).max(180),
          doneAfterDays: z.number().int().min(2).max(180).optional(),
        })
        .refine((a) => (a.doneAfterDays ?? 0) <= a.dueInDays, 'done by its due date'),
    )
    .min(3),
})

const InviteSchema = z.discriminatedUnion('type', [
  // The voorzitter and one member of every active council tagged with one of the themes.
  z.strictObject({ type: z.literal('councils'), themes: z.array(text).min(1) }),
  // Everyone of the spreekuurpunten.
  z.strictObject({ type: z.literal('supportPoints') }),
  // The council members who joined most recently.
  z.strictObject({ type: z.literal('newMembers'), count: z.number().int().min(4).max(30) }),
])

const MeetingSchema = z
  .strictObject({
    kind: z.enum(MEETING_KINDS).exclude(['EXCHANGE']),
    title: text.max(200),
    // Days from today; negative in the past.
    dayOffset: z
      .number()
      .int()
      .min(-350)
      .max(60)
      .refine((n) => n !== 0, 'not today'),
    weekday: z.number().int().min(1).max(5),
    startTime: clock,
    endTime: clock,
    location: text,
    description: text,
    themes: z.array(text).max(3),
    invite: InviteSchema,
    organisers: z.array(z.enum(USERS)).min(1),
    partners: z.array(text).default([]),
    agenda: z.array(AgendaItemSchema).min(3).max(6),
    minutes: text.optional(),
    tips: z.array(TipSchema).default([]),
    vision: z.strictObject({ title: text.max(200), paragraphs: z.array(text).min(3) }).optional(),
  })
  .refine((m) => m.endTime > m.startTime, 'a meeting ends after it starts')
  .refine((m) => m.dayOffset < 0 === (m.minutes !== undefined), 'a past meeting (and only one) has minutes')
  .refine((m) => m.minutes !== undefined || m.tips.length === 0, 'only a past meeting has tips')
  .refine((m) => (m.vision !== undefined) === (m.kind === 'THEME'), 'a theme meeting has a vision document')

const MeetingDataSchema = z.object({
  exchange: ExchangeSchema,
  jointActions: JointActionsSchema,
  meetings: z.array(MeetingSchema),
})
type MeetingData = z.infer<typeof MeetingDataSchema>
type MeetingSpec = z.infer<typeof MeetingSchema>
type AgendaItemSpec = z.infer<typeof AgendaItemSchema>
type TipSpec = z.infer<typeof TipSchema>

// The parts of the other data files this seed needs: which organisation a key names, the
// councils that went quiet, and when the joint letter began.
const NetworkKeysSchema = z.object({
  organisations: z.array(z.object({ key: text, name: text, type: text })),
})
type NetworkOrg = z.infer<typeof NetworkKeysSchema>['organisations'][number]
const ActivityKeysSchema = z.object({ dormantCouncils: z.array(text) })
const AdviceKeysSchema = z.object({ advices: z.array(z.object({ key: text, daysAgo: z.number().int() })) })

type Member = { personId: string; name: string; role: string; start: Date | null; end: Date | null }
type Org = {
  key: string
  id: string
  name: string
  type: string
  active: boolean
  themes: string[]
  members: Member[]
}
type Context = {
  users: Record<(typeof USERS)[number], string>
  orgs: Map<string, Org>
  themes: Map<string, string>
}

// Reads the demo users, the network organisations (by their key in network.json) with their
// theme tags and memberships, and the themes.
async function loadContext(tx: Prisma.TransactionClient, network: NetworkOrg[]): Promise<Context> {
  const users = await findDemoUsers(tx, USERS, 'Demo meetings')
  // Organisations as seed-network.ts matches them: on (type, name), the oldest first.
  const rows = await tx.organisation.findMany({
    where: { name: { in: network.map((org) => org.name) } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      type: true,
      active: true,
      themes: { select: { theme: { select: { name: true } } } },
      memberships: {
        select: { role: true, startDate: true, endDate: true, person: { select: { id: true, name: true } } },
      },
    },
  })
  const orgs = new Map<string, Org>()
  for (const { key, name, type } of network) {
    const row = rows.find((r) => r.name === name && r.type === type)
    if (!row) throw new Error(`Demo meetings: organisation "${name}" is missing; seed the network first`)
    const members = [...row.memberships]
      .sort(
        (a, b) =>
          a.person.name.localeCompare(b.person.name) ||
          (a.startDate?.getTime() ?? 0) - (b.startDate?.getTime() ?? 0),
      )
      .map((m) => ({
        personId: m.person.id,
        name: m.person.name,
        role: m.role,
        start: m.startDate,
        end: m.endDate,
      }))
    orgs.set(key, {
      key,
      id: row.id,
      name: row.name,
      type: row.type,
      active: row.active,
      themes: row.themes.map((t) => t.theme.name),
      members,
    })
  }
  const themes = new Map(
    (await tx.theme.findMany({ select: { id: true, name: true } })).map((t) => [t.name, t.id]),
  )
  return { users, orgs, themes }
}

type Rows = {
  series: Prisma.MeetingSeriesCreateManyInput[]
  meetings: Prisma.MeetingCreateManyInput[]
  themes: Prisma.MeetingThemeCreateManyInput[]
  organisers: Prisma.MeetingOrganiserCreateManyInput[]
  partners: Prisma.MeetingPartnerCreateManyInput[]
  agendaItems: Prisma.AgendaItemCreateManyInput[]
  tips: Prisma.MeetingTipCreateManyInput[]
  outputs: Prisma.MeetingOutputCreateManyInput[]
  invitations: Prisma.InvitationCreateManyInput[]
  followUps: Prisma.FollowUpCreateManyInput[]
}

type Invitee = { org: Org; member: Member }
// The people invited for one organisation; the first comes when the organisation comes.
type Group = { org: Org; people: Invitee[] }

// Returns the day with weekday `weekday` (0 = Sunday) nearest `day` in `direction`, `day` included.
const toWeekday = (day: TZDate, weekday: number, direction: 1 | -1) =>
  addDays(day, direction * ((direction * (weekday - day.getDay()) + 7) % 7))

// Returns the `nth` `weekday` of a month as a Dutch calendar day.
const nthWeekday = (year: number, month: number, weekday: number, nth: number) =>
  addDays(toWeekday(new TZDate(year, month, 1, TIME_ZONE), weekday, 1), 7 * (nth - 1))

// Whether no demo meeting is held on `day`: the summer and Christmas holidays, King's Day.
const isHoliday = (day: TZDate) => {
  const [month, date] = [day.getMonth(), day.getDate()]
  return (
    month === 6 ||
    month === 7 ||
    (month === 11 && date >= 20) ||
    (month === 0 && date <= 6) ||
    (month === 3 && date === 27)
  )
}

// Returns the Dutch calendar day of a date-only value (midnight UTC).
const localDay = (date: Date) =>
  new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), TIME_ZONE)

// Whether a membership runs on every one of `days` (date-only values).
const runsOn = (member: Member, days: Date[]) =>
  days.every((day) => (!member.start || member.start <= day) && (!member.end || member.end >= day))

const later = (a: Date, b: Date) => (a > b ? a : b)
const earlier = (a: Date, b: Date) => (a < b ? a : b)

// Builds every row of the demo meetings; pure apart from the ids.
function buildRows(
  data: MeetingData,
  context: Context,
  calendar: Calendar,
  now: Date,
  dropOffKeys: string[],
  jointActionsDaysAgo: number,
): Rows {
  const random = createRandom(20_261_128)
  const rows: Rows = {
    series: [],
    meetings: [],
    themes: [],
    organisers: [],
    partners: [],
    agendaItems: [],
    tips: [],
    outputs: [],
    invitations: [],
    followUps: [],
  }
  const org = (key: string) => {
    const found = context.orgs.get(key)
    if (!found) throw new Error(`Demo meetings: unknown organisation "${key}"`)
    return found
  }
  const themeId = (name: string) => {
    const id = context.themes.get(name)
    if (!id) throw new Error(`Demo meetings: unknown theme "${name}"`)
    return id
  }
  const { users } = context
  const dropOffs = new Set(dropOffKeys.map((key) => org(key).id))
  const councils = [...context.orgs.values()].filter((o) => o.active && isCouncilType(o.type))
  const regulars = councils.filter((o) => !dropOffs.has(o.id))
  // How likely each council is to come, and who besides the voorzitter usually represents it.
  const reliability = new Map(
    councils.map((o) => [o.id, dropOffs.has(o.id) ? 0.6 : 0.8 + 0.17 * random.next()]),
  )
  const seconds = new Map(
    councils.map((o) => [
      o.id,
      shuffled(
        random,
        o.members.filter((m) => SECOND_ROLES.includes(m.role)),
      ),
    ]),
  )
  const today = calendar.dateOnly(calendar.today)

  // The voorzitter and one more member of `o` on every one of `days`, leaving out people taken
  // already (someone on two councils represents the first).
  const representatives = (o: Org, days: Date[], taken: Set<string>): Group => {
    const chair = o.members.find((m) => m.role === 'voorzitter' && runsOn(m, days) && !taken.has(m.personId))
    if (chair) taken.add(chair.personId)
    const second = (seconds.get(o.id) ?? []).find((m) => runsOn(m, days) && !taken.has(m.personId))
    if (second) taken.add(second.personId)
    return { org: o, people: [chair, second].flatMap((member) => (member ? [{ org: o, member }] : [])) }
  }
  // When an invitation went out: with the others, or once the person joined the council.
  const sentAt = (sent: Date, member: Member) =>
    earlier(member.start ? later(sent, calendar.at(localDay(member.start), '10:00')) : sent, now)
  // When attendance and minutes were recorded: the next day, or that evening for yesterday's meeting.
  const recordedAt = (day: TZDate, endsAt: Date) =>
    calendar.daysBefore(day) >= 2
      ? calendar.at(addDays(day, 1), officeTime(random))
      : new Date(endsAt.getTime() + 30 * 60_000)

  const addMeeting = (input: {
    kind: string
    title: string
    day: TZDate
    startTime: string
    endTime: string
    location: string
    description: string
    status: MeetingStatus
    seriesId?: string
    cancelReason?: string
    minutes?: string
    createdAt: Date
    updatedAt: Date
    themes: string[]
    organisers: (typeof USERS)[number][]
    partners: string[]
    agenda: AgendaItemSpec[]
  }) => {
    const id = newId()
    const startsAt = calendar.at(input.day, input.startTime)
    const endsAt = calendar.at(input.day, input.endTime)
    const edits = { PLANNED: 1, CONFIRMED: 2, CANCELLED: 2, HELD: 3 }[input.status]
    rows.meetings.push({
      id,
      kind: input.kind,
      title: input.title,
      startsAt,
      endsAt,
      location: input.location,
      description: input.description,
      status: input.status,
      cancelReason: input.cancelReason ?? null,
      seriesId: input.seriesId ?? null,
      minutes: input.minutes ?? null,
      // A cancellation is the one change a subscribed calendar has to pick up.
      sequence: input.status === 'CANCELLED' ? 1 : 0,
      version: edits,
      createdById: users[COORDINATOR],
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
    })
    for (const name of new Set(input.themes)) rows.themes.push({ meetingId: id, themeId: themeId(name) })
    for (const email of new Set(input.organisers))
      rows.organisers.push({ meetingId: id, userId: users[email] })
    for (const key of new Set(input.partners))
      rows.partners.push({ meetingId: id, organisationId: org(key).id })
    input.agenda.forEach((item, i) => {
      rows.agendaItems.push({
        id: newId(),
        meetingId: id,
        position: i + 1,
        title: item.title,
        presenter: item.presenter ?? null,
        themeId: item.theme ? themeId(item.theme) : null,
      })
    })
    return { id, startsAt, endsAt }
  }
  const addTips = (meetingId: string, tips: TipSpec[], at: Date) => {
    for (const tip of tips) {
      rows.tips.push({
        id: newId(),
        meetingId,
        text: tip.text,
        themeId: tip.theme ? themeId(tip.theme) : null,
        createdAt: at,
      })
    }
  }
  const addInvitation = (
    meeting: { id: string; day: TZDate },
    invitee: Invitee,
    status: string,
    at: { invitedAt: Date | null; createdAt: Date; updatedAt: Date },
    walkIn = false,
  ) => {
    if (
      status === 'PRESENT' &&
      dropOffs.has(invitee.org.id) &&
      calendar.daysBefore(meeting.day) < DORMANT_DAYS
    ) {
      throw new Error(
        `Demo meetings: ${invitee.org.name} should not have come in the last ${DORMANT_DAYS} days`,
      )
    }
    rows.invitations.push({
      id: newId(),
      meetingId: meeting.id,
      personId: invitee.member.personId,
      organisationId: invitee.org.id,
      status,
      walkIn,
      invitedAt: at.invitedAt,
      createdAt: at.createdAt,
      updatedAt: at.updatedAt,
    })
  }
  // The people on an agenda ("Minke Bouma (Cliëntenraad …)") who are in the network, for the
  // organisation they are a member of on `days`.
  const speakersOf = (agenda: AgendaItemSpec[], days: Date[]) =>
    agenda.flatMap((item) => {
      const name = item.presenter?.split(' (')[0]
      for (const o of context.orgs.values()) {
        const member = o.members.find(
          (m) => m.name === name && MEMBER_ROLES.includes(m.role) && runsOn(m, days),
        )
        if (o.active && member) return [{ org: o, member }]
      }
      return []
    })
  // Adds the speakers who are not invited yet, each for their own organisation; returns who speaks.
  const addSpeakers = (groups: Group[], speakers: Invitee[], taken: Set<string>) => {
    for (const speaker of speakers) {
      if (taken.has(speaker.member.personId)) continue
      taken.add(speaker.member.personId)
      groups.push({ org: speaker.org, people: [speaker] })
    }
    return new Set(speakers.map((speaker) => speaker.member.personId))
  }
  // Who came to a past meeting: the speakers, the first of every attending group and `extra` of
  // the others, drawn at random; the rest sent apologies, or (more often when `quiet`) stayed
  // away unannounced.
  const attendance = (
    groups: Group[],
    attending: Set<Group>,
    extra: number,
    { quiet, speakers }: { quiet: (o: Org) => boolean; speakers: Set<string> },
  ) => {
    const speaks = (invitee: Invitee) => speakers.has(invitee.member.personId)
    for (const g of groups) if (g.people.some(speaks)) attending.add(g)
    const present = new Set(
      shuffled(
        random,
        [...attending].flatMap((g) => g.people.slice(1)),
      ).slice(0, Math.max(0, extra)),
    )
    for (const g of attending)
      for (const [i, invitee] of g.people.entries()) if (i === 0 || speaks(invitee)) present.add(invitee)
    return groups.flatMap((g) =>
      g.people.map((invitee) => {
        if (present.has(invitee)) return { invitee, status: 'PRESENT' }
        const absent = quiet(g.org) ? random.chance(0.8) : random.chance(0.2)
        return { invitee, status: absent ? 'ABSENT' : 'EXCUSED' }
      }),
    )
  }
  // An invitation to a meeting still to come (or cancelled): registered or not yet answered.
  const openInvitation = (
    meeting: { id: string; day: TZDate },
    invitee: Invitee,
    sent: Date,
    chance: number,
    until: Date,
  ) => {
    const invitedAt = sentAt(sent, invitee.member)
    const registered = !dropOffs.has(invitee.org.id) && random.chance(chance)
    const answeredAt = later(invitedAt, earlier(addDays(invitedAt, random.int(1, 20)), until))
    addInvitation(meeting, invitee, registered ? 'REGISTERED' : 'INVITED', {
      invitedAt,
      createdAt: invitedAt,
      updatedAt: registered ? answeredAt : invitedAt,
    })
  }

  // The exchange series: one per calendar year, planned early in December before it.
  const ex = data.exchange
  const year = calendar.today.getFullYear()
  type Slot = { day: TZDate; seriesId: string; plannedAt: Date; index: number; cancelled: boolean }
  const slots: Slot[] = []
  for (const [offset, y] of [year - 1, year].entries()) {
    const days = EXCHANGE_MONTHS.map((month) => nthWeekday(y, month, THURSDAY, 3))
    const first = days[0]
    if (!first) continue
    const plannedAt = calendar.at(calendar.workday(new TZDate(y - 1, 11, 1, TIME_ZONE)), '10:00')
    const seriesId = newId()
    rows.series.push({
      id: seriesId,
      title: ex.seriesTitle.replaceAll('{year}', String(y)),
      kind: 'EXCHANGE',
      // The rule the series pages read and extend (app/models/meeting/series-plan.ts).
      rule: encodeRule({
        pattern: { frequency: 'MONTHLY', interval: 2, nth: 3, weekday: THURSDAY },
        startDate: format(first, 'yyyy-MM-dd'),
        generatedUntil: format(days[days.length - 1] ?? first, 'yyyy-MM-dd'),
      }),
      startTime: ex.startTime,
      endTime: ex.endTime,
      location: ex.location,
      description: ex.description,
      createdById: users[COORDINATOR],
      createdAt: plannedAt,
      updatedAt: plannedAt,
    })
    days.forEach((day, i) => {
      slots.push({
        day,
        seriesId,
        plannedAt,
        index: offset * days.length + i,
        cancelled: offset === 0 && i === ex.cancelledSlot,
      })
    })
  }
  const held = slots.filter((s) => !s.cancelled && s.day < calendar.today)
  // The quiet councils came to the first meetings, then stopped: from the first one within
  // their quiet days on, and at least for the last few.
  const stoppedFrom = new Map<string, number>()
  dropOffKeys.forEach((key, i) => {
    const since = subDays(calendar.today, DORMANT_DAYS + i * DROP_OFF_STAGGER_DAYS)
    const recent = held.findIndex((s) => s.day >= since)
    stoppedFrom.set(
      org(key).id,
      Math.max(1, Math.min(recent < 0 ? held.length : recent, held.length - MISSED_LAST)),
    )
  })
  const jointDay = calendar.daysAgo(jointActionsDaysAgo)
  const jointSlot = held.filter((s) => s.day <= jointDay).at(-1)
  if (!jointSlot) throw new Error('Demo meetings: no exchange meeting was held before the joint letter began')

  for (const slot of slots) {
    const topic = ex.topics[slot.index]
    if (!topic) continue
    const heldIndex = held.indexOf(slot)
    const daysAhead = -calendar.daysBefore(slot.day)
    const status: MeetingStatus = slot.cancelled
      ? 'CANCELLED'
      : heldIndex >= 0
        ? 'HELD'
        : daysAhead <= CONFIRM_DAYS
          ? 'CONFIRMED'
          : 'PLANNED'
    const endsAt = calendar.at(slot.day, ex.endTime)
    const recorded = heldIndex >= 0 ? recordedAt(slot.day, endsAt) : null
    const changedAt = (daysBefore: number) =>
      later(
        slot.plannedAt,
        earlier(calendar.at(calendar.workday(subDays(slot.day, daysBefore)), '11:00'), now),
      )
    const actions = slot === jointSlot ? data.jointActions.actions : []
    const agenda = [
      { title: ex.agenda.opening },
      { title: topic.title, presenter: topic.presenter, theme: topic.theme },
      { title: ex.agenda.news },
      { title: ex.agenda.tips },
      { title: ex.agenda.closing },
    ]
    const minutes =
      heldIndex >= 0 && topic.minutes
        ? [
            topic.minutes,
            ...(actions.length > 0
              ? [
                  `\n${data.jointActions.minutes}`,
                  ...actions.map((a) => `- ${a.description}; trekker: ${org(a.owner).name}`),
                ]
              : []),
          ].join('\n')
        : undefined
    const meeting = addMeeting({
      kind: 'EXCHANGE',
      // "Uitwisseling: Armoede en schulden": the kind is shown beside it anyway.
      title: `${ex.title}: ${topic.theme}`,
      day: slot.day,
      startTime: ex.startTime,
      endTime: ex.endTime,
      location: ex.location,
      description: ex.description,
      status,
      seriesId: slot.seriesId,
      cancelReason: slot.cancelled ? ex.cancelReason : undefined,
      minutes,
      createdAt: slot.plannedAt,
      updatedAt:
        recorded ??
        (status === 'CANCELLED'
          ? changedAt(21)
          : status === 'CONFIRMED'
            ? changedAt(CONFIRM_DAYS - 7)
            : slot.plannedAt),
      themes: [topic.theme],
      organisers: [COORDINATOR],
      partners: [],
      agenda,
    })
    const where = { id: meeting.id, day: slot.day }
    const dayOnly = calendar.dateOnly(slot.day)
    const taken = new Set<string>()
    const days = heldIndex >= 0 || slot.cancelled ? [dayOnly] : [dayOnly, today]
    const groups = councils.map((o) => representatives(o, days, taken)).filter((g) => g.people.length > 0)
    const speakers = addSpeakers(groups, speakersOf(agenda, days), taken)

    if (!recorded) {
      const chance = slot.cancelled ? 0.15 : status === 'CONFIRMED' ? 0.55 : 0.1
      const until = slot.cancelled ? changedAt(21) : now
      for (const g of groups) {
        for (const invitee of g.people) {
          const sure = speakers.has(invitee.member.personId)
          openInvitation(where, invitee, slot.plannedAt, sure ? 1 : chance, until)
        }
      }
      continue
    }
    // About thirty people from most councils; fewer in the summer holidays.
    const stopped = (o: Org) => heldIndex >= (stoppedFrom.get(o.id) ?? Number.POSITIVE_INFINITY)
    const summer = slot.day.getMonth() === 6
    const target = summer ? random.int(22, 26) : random.int(27, 33)
    // A walk-in or two at every other meeting.
    const walkIns = heldIndex % 2 === 0 ? random.int(1, 2) : random.int(0, 1)
    const attending = new Set(
      groups.filter(
        (g) =>
          !stopped(g.org) &&
          ((heldIndex === 0 && dropOffs.has(g.org.id)) ||
            random.chance((reliability.get(g.org.id) ?? 0.8) * (summer ? 0.85 : 1))),
      ),
    )
    for (const { invitee, status: attended } of attendance(
      groups,
      attending,
      target - attending.size - walkIns,
      { quiet: stopped, speakers },
    )) {
      const invitedAt = sentAt(slot.plannedAt, invitee.member)
      addInvitation(where, invitee, attended, { invitedAt, createdAt: invitedAt, updatedAt: recorded })
    }
    // Walk-ins: another member of a council that came, registered at the door.
    const others = new Map<string, Invitee>()
    for (const g of attending) {
      for (const member of g.org.members) {
        if (MEMBER_ROLES.includes(member.role) && runsOn(member, days) && !taken.has(member.personId)) {
          others.set(member.personId, others.get(member.personId) ?? { org: g.org, member })
        }
      }
    }
    for (const invitee of shuffled(random, [...others.values()]).slice(0, walkIns)) {
      taken.add(invitee.member.personId)
      addInvitation(
        where,
        invitee,
        'PRESENT',
        { invitedAt: null, createdAt: meeting.startsAt, updatedAt: recorded },
        true,
      )
    }
    addTips(meeting.id, topic.tips, recorded)
    for (const action of actions) {
      const owner = org(action.owner)
      if (!isCouncilType(owner.type) || dropOffs.has(owner.id)) {
        throw new Error(`Demo meetings: ${owner.name} cannot carry a joint action`)
      }
      const doneDay =
        action.doneAfterDays === undefined ? null : calendar.workday(addDays(slot.day, action.doneAfterDays))
      const doneAt =
        doneDay && doneDay < calendar.today
          ? later(calendar.at(doneDay, officeTime(random)), new Date(recorded.getTime() + 3_600_000))
          : null
      rows.followUps.push({
        id: newId(),
        description: action.description,
        dueDate: calendar.dateOnly(calendar.workday(addDays(slot.day, action.dueInDays))),
        assigneeId: users[OPBOUWWERKER],
        done: doneAt !== null,
        doneAt,
        meetingId: meeting.id,
        ownerOrganisationId: owner.id,
        createdById: users[COORDINATOR],
        createdAt: recorded,
        updatedAt: doneAt ?? recorded,
      })
    }
  }

  // The people invited to a theme meeting, the welfare workers' meeting or the course, by
  // the organisation they come for.
  const invitedFor = (spec: MeetingSpec, days: Date[], taken: Set<string>): Group[] => {
    const { invite } = spec
    if (invite.type === 'councils') {
      return regulars
        .filter((o) => o.themes.some((theme) => invite.themes.includes(theme)))
        .map((o) => representatives(o, days, taken))
        .filter((g) => g.people.length > 0)
    }
    // One person per group: they come or not on their own.
    const single = (invitees: Invitee[]) =>
      invitees.flatMap((invitee) => {
        if (taken.has(invitee.member.personId)) return []
        taken.add(invitee.member.personId)
        return [{ org: invitee.org, people: [invitee] }]
      })
    if (invite.type === 'supportPoints') {
      return single(
        [...context.orgs.values()]
          .filter((o) => o.active && o.type === 'SUPPORT_POINT')
          .flatMap((o) =>
            o.members
              .filter((m) => MEMBER_ROLES.includes(m.role) && runsOn(m, days))
              .map((member) => ({ org: o, member })),
          ),
      )
    }
    const newest = regulars
      .flatMap((o) =>
        o.members
          .filter((m) => MEMBER_ROLES.includes(m.role) && m.role !== 'voorzitter' && runsOn(m, days))
          .map((member) => ({ org: o, member })),
      )
      .sort((a, b) => (b.member.start?.getTime() ?? 0) - (a.member.start?.getTime() ?? 0))
    return single(newest).slice(0, invite.count)
  }
  // Theme meetings, the welfare workers' meeting and the course.
  const yesterday = calendar.at(calendar.daysAgo(1), '10:00')
  for (const spec of data.meetings) {
    const direction = spec.dayOffset < 0 ? -1 : 1
    let day = toWeekday(addDays(calendar.today, spec.dayOffset), spec.weekday, direction)
    while (isHoliday(day)) day = addDays(day, 7 * direction)
    const past = day < calendar.today
    const dayOnly = calendar.dateOnly(day)
    const days = past ? [dayOnly] : [dayOnly, today]
    const createdAt = earlier(calendar.at(calendar.workday(subDays(day, 56)), '10:00'), yesterday)
    const sent = earlier(calendar.at(calendar.workday(subDays(day, 28)), '10:00'), yesterday)
    const endsAt = calendar.at(day, spec.endTime)
    const recorded = past ? recordedAt(day, endsAt) : null
    const status: MeetingStatus = past
      ? 'HELD'
      : -calendar.daysBefore(day) <= CONFIRM_DAYS
        ? 'CONFIRMED'
        : 'PLANNED'
    const meeting = addMeeting({
      ...spec,
      day,
      status,
      createdAt,
      updatedAt: recorded ?? later(createdAt, sent),
    })
    const where = { id: meeting.id, day }
    const taken = new Set<string>()
    const groups = invitedFor(spec, days, taken)
    const speakers = addSpeakers(groups, speakersOf(spec.agenda, days), taken)
    if (!recorded) {
      for (const g of groups) {
        for (const invitee of g.people) {
          openInvitation(where, invitee, sent, speakers.has(invitee.member.personId) ? 1 : 0.6, now)
        }
      }
      continue
    }
    const attending = new Set(groups.filter((g) => random.chance(reliability.get(g.org.id) ?? 0.75)))
    const extra = Math.round(0.6 * [...attending].reduce((n, g) => n + g.people.length - 1, 0))
    for (const { invitee, status: attended } of attendance(groups, attending, extra, {
      quiet: () => false,
      speakers,
    })) {
      const invitedAt = sentAt(sent, invitee.member)
      addInvitation(where, invitee, attended, { invitedAt, createdAt: invitedAt, updatedAt: recorded })
    }
    addTips(meeting.id, spec.tips, recorded)
    if (spec.vision) {
      // Written up by the Steunpunt in the weeks after the meeting.
      const writtenAt = later(
        recorded,
        earlier(calendar.at(calendar.workday(addDays(day, 14)), '14:00'), yesterday),
      )
      rows.outputs.push({
        id: newId(),
        meetingId: meeting.id,
        kind: 'VISION_DOCUMENT',
        title: spec.vision.title,
        body: spec.vision.paragraphs.join('\n\n'),
        createdAt: writtenAt,
        updatedAt: writtenAt,
      })
    }
  }

  return rows
}

// Loads two years of demo meetings into a database with the demo network, activity and
// advices (seedNetwork, seedActivity and seedAdvice first).
export async function seedMeetings(prisma: PrismaClient, { today = new Date() }: { today?: Date } = {}) {
  const data = MeetingDataSchema.parse(readJson('meetings.json'))
  const network = NetworkKeysSchema.parse(readJson('network.json')).organisations
  const { dormantCouncils } = ActivityKeysSchema.parse(readJson('activity.json'))
  const letter = AdviceKeysSchema.parse(readJson('advice.json')).advices.find(
    (advice) => advice.key === data.jointActions.advice,
  )
  if (!letter) throw new Error(`Demo meetings: no advice "${data.jointActions.advice}" in advice.json`)
  // One transaction: everything or nothing, and SQLite commits once.
  const rows = await prisma.$transaction(
    async (tx) => {
      // All-or-nothing: any meeting or series means users (or an earlier run) planned meetings,
      // and demo meetings beside them would mix up their calendar and attendance figures.
      if (
        (await tx.meeting.findFirst({ select: { id: true } })) ||
        (await tx.meetingSeries.findFirst({ select: { id: true } }))
      ) {
        return null
      }
      const context = await loadContext(tx, network)
      const rows = buildRows(data, context, createCalendar(today), today, dormantCouncils, letter.daysAgo)
      await tx.meetingSeries.createMany({ data: rows.series })
      await tx.meeting.createMany({ data: rows.meetings })
      await tx.meetingTheme.createMany({ data: rows.themes })
      await tx.meetingOrganiser.createMany({ data: rows.organisers })
      await tx.meetingPartner.createMany({ data: rows.partners })
      await tx.agendaItem.createMany({ data: rows.agendaItems })
      await tx.meetingTip.createMany({ data: rows.tips })
      await tx.meetingOutput.createMany({ data: rows.outputs })
      await tx.invitation.createMany({ data: rows.invitations })
      await tx.followUp.createMany({ data: rows.followUps })
      return rows
    },
    { timeout: 60_000 },
  )
  if (!rows) {
    console.info('Demo meetings: the database already has meetings; nothing added.')
    return
  }
  const count = (values: unknown[]) => {
    const counts = new Map<unknown, number>()
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
    return [...counts].map(([value, n]) => `${n} ${String(value)}`).join(', ')
  }
  const inSeries = rows.meetings.filter((m) => m.seriesId).length
  const present = rows.invitations.filter((i) => i.status === 'PRESENT').length
  console.info(
    `Demo meetings: ${rows.meetings.length} meetings (${count(rows.meetings.map((m) => m.kind))}; ` +
      `${count(rows.meetings.map((m) => m.status))}), ${inSeries} of them in ${rows.series.length} series, ` +
      `${rows.invitations.length} invitations (${present} present), ` +
      `${rows.agendaItems.length} agenda items, ${rows.tips.length} tips, ${rows.outputs.length} vision documents, ` +
      `${rows.followUps.length} joint actions.`,
  )
}
