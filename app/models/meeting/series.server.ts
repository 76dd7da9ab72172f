// Meeting series: plan the dates of a new series for review, save it with one meeting per
// chosen date, extend it, and read series for their pages. A series' meetings are ordinary
// meetings afterwards: editing or cancelling one never touches the others.
import { localParts } from '~/models/activity/occurred-at.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import { generateOccurrences, type RecurrencePattern, type SeriesEnd, type SeriesRule } from './recurrence.ts'
import type { HolidayPolicy, SeriesPlan, SeriesUpdate } from './series.schema.ts'
import {
  chosenDates,
  decodeRule,
  encodeRule,
  latestPlannableDay,
  type PlannedDate,
  planDates,
  planProblem,
} from './series-plan.ts'

export type PlanResult = { ok: true; dates: PlannedDate[] } | { ok: false; refusals: Refusal[] }

// Returns the dates a pattern produces with their warnings (the summer holiday of the
// region in the settings), or why the pattern cannot be planned.
async function plan({
  pattern,
  startDate,
  end,
  startTime,
  endTime,
  after = null,
  holidayPolicy,
  now,
}: {
  pattern: RecurrencePattern
  startDate: string
  end: SeriesEnd
  startTime: string
  endTime: string
  after?: string | null
  holidayPolicy: HolidayPolicy
  now: Date
}): Promise<PlanResult> {
  const generated = generateOccurrences({
    pattern,
    startDate,
    end,
    startTime,
    endTime,
    after,
    latest: latestPlannableDay(localParts(now).day),
  })
  if (!generated.ok)
    return { ok: false, refusals: [planProblem(generated.problem, 'until' in end ? 'until' : 'count')] }
  const { summerHolidayRegion } = await getSettings()
  return { ok: true, dates: planDates(generated.occurrences, summerHolidayRegion, holidayPolicy) }
}

// Returns the dates of a new series for the review step.
export function previewSeries({ plan: seriesPlan, now = new Date() }: { plan: SeriesPlan; now?: Date }) {
  return plan({ ...seriesPlan, now })
}

const noneChosen: Refusal = { field: 'include', message: 'series.noneChosen' }

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0]

// Returns the title of a series' meeting on `day`: the series title, with a year in it
// ("Uitwisselingsbijeenkomsten 2026") changed to the meeting's own year, so meetings added
// by extending into the next year do not carry the old one.
export function meetingTitle(seriesTitle: string, day: string) {
  const years = seriesTitle.match(/\b(19|20)\d{2}\b/g) ?? []
  return years.length === 1 ? seriesTitle.replace(/\b(19|20)\d{2}\b/, day.slice(0, 4)) : seriesTitle
}

// Creates one planned meeting per chosen date of a series, organised by the person who
// planned them.
async function createSeriesMeetings(
  tx: Tx,
  series: {
    seriesId: string
    kind: string
    title: string
    location: string | null
    description: string | null
  },
  chosen: PlannedDate[],
  actorId: string,
) {
  const meetings = await tx.meeting.createManyAndReturn({
    data: chosen.map((date) => ({
      kind: series.kind,
      title: meetingTitle(series.title, date.day),
      startsAt: date.startsAt,
      endsAt: date.endsAt,
      location: series.location,
      description: series.description,
      status: 'PLANNED',
      seriesId: series.seriesId,
      dateWarning: date.warning,
      createdById: actorId,
    })),
    select: { id: true },
  })
  await tx.meetingOrganiser.createMany({
    data: meetings.map((meeting) => ({ meetingId: meeting.id, userId: actorId })),
  })
}

export type CreateSeriesResult =
  | { ok: true; seriesId: string; created: number }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Saves a series and one planned meeting per ticked date, in one transaction. The dates are
// generated again from the plan; ticked days the plan does not produce are ignored.
export async function createSeries({
  plan: seriesPlan,
  include,
  actorId,
  now = new Date(),
}: {
  plan: SeriesPlan
  include: string[]
  actorId: string
  now?: Date
}): Promise<CreateSeriesResult> {
  const planned = await plan({ ...seriesPlan, now })
  if (!planned.ok) return { ok: false, reason: 'invalid', refusals: planned.refusals }
  const chosen = chosenDates(planned.dates, include)
  if (chosen.length === 0) return { ok: false, reason: 'invalid', refusals: [noneChosen] }
  const rule: SeriesRule = {
    pattern: seriesPlan.pattern,
    startDate: seriesPlan.startDate,
    generatedUntil: planned.dates.at(-1)?.day ?? seriesPlan.startDate,
  }
  return refusable(async (tx) => {
    const series = await tx.meetingSeries.create({
      data: {
        title: seriesPlan.title,
        kind: seriesPlan.kind,
        rule: encodeRule(rule),
        startTime: seriesPlan.startTime,
        endTime: seriesPlan.endTime,
        location: seriesPlan.location,
        description: seriesPlan.description,
        createdById: actorId,
      },
      select: { id: true },
    })
    await createSeriesMeetings(tx, { ...seriesPlan, seriesId: series.id }, chosen, actorId)
    await recordAudit(
      {
        actorId,
        action: 'series.create',
        entityType: 'MeetingSeries',
        entityId: series.id,
        summary: `${seriesPlan.title} (${chosen.length})`,
      },
      tx,
    )
    return { ok: true as const, seriesId: series.id, created: chosen.length }
  })
}

const seriesSelect = {
  id: true,
  title: true,
  kind: true,
  rule: true,
  startTime: true,
  endTime: true,
  location: true,
  description: true,
  version: true,
  createdAt: true,
  createdBy: { select: { name: true } },
} as const

// Returns every series with its rule in words-ready form, its number of meetings, the
// first and last, and the next one that is not cancelled; the next ones first.
export async function listSeries({ now = new Date() }: { now?: Date } = {}) {
  const series = await prisma.meetingSeries.findMany({
    select: {
      ...seriesSelect,
      meetings: { select: { startsAt: true, status: true }, orderBy: { startsAt: 'asc' } },
    },
  })
  return series
    .map(({ meetings, rule, ...rest }) => ({
      ...rest,
      rule: decodeRule(rule),
      meetingCount: meetings.length,
      firstAt: meetings[0]?.startsAt ?? null,
      lastAt: meetings.at(-1)?.startsAt ?? null,
      nextAt:
        meetings.find((meeting) => meeting.startsAt >= now && meeting.status !== 'CANCELLED')?.startsAt ??
        null,
    }))
    .sort(
      (a, b) =>
        Number(a.nextAt === null) - Number(b.nextAt === null) ||
        (a.nextAt?.getTime() ?? 0) - (b.nextAt?.getTime() ?? 0) ||
        a.title.localeCompare(b.title, 'nl'),
    )
}

// Returns a series with its meetings in date order, or null.
export async function getSeries({ seriesId }: { seriesId: string }) {
  const series = await prisma.meetingSeries.findUnique({
    where: { id: seriesId },
    select: {
      ...seriesSelect,
      meetings: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          endsAt: true,
          status: true,
          location: true,
          dateWarning: true,
        },
        orderBy: { startsAt: 'asc' },
      },
    },
  })
  if (!series) return null
  return { ...series, rule: decodeRule(series.rule) }
}

export type SeriesDetail = NonNullable<Awaited<ReturnType<typeof getSeries>>>

// Returns the day after which an extension continues: the last generated day or the day of
// the last meeting, whichever is later.
export function extensionStart(series: { rule: SeriesRule; meetings: { startsAt: Date }[] }) {
  const last = series.meetings.at(-1)
  const lastDay = last ? localParts(last.startsAt).day : null
  return lastDay && lastDay > series.rule.generatedUntil ? lastDay : series.rule.generatedUntil
}

type Extension = { end: SeriesEnd; holidayPolicy: HolidayPolicy }

const unreadableRule: Refusal = { field: 'form', message: 'series.ruleUnknown' }

// Returns the next dates of a series with the same rule and times, after its last meeting
// (or after the last day generated before, when that is later).
export function previewExtension({
  series,
  end,
  holidayPolicy,
  now = new Date(),
}: Extension & { series: SeriesDetail; now?: Date }): Promise<PlanResult> | PlanResult {
  if (!series.rule) return { ok: false, refusals: [unreadableRule] }
  return plan({
    pattern: series.rule.pattern,
    startDate: series.rule.startDate,
    end,
    startTime: series.startTime,
    endTime: series.endTime,
    after: extensionStart({ rule: series.rule, meetings: series.meetings }),
    holidayPolicy,
    now,
  })
}

export type ExtendSeriesResult =
  | { ok: true; created: number }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Adds one planned meeting per ticked date of the extension, unless the series changed
// since `version` was read (someone else extended it: saving again would double the
// dates). The rule remembers how far it was generated; the series' version goes up.
export async function extendSeries({
  seriesId,
  version,
  end,
  holidayPolicy,
  include,
  actorId,
  now = new Date(),
}: Extension & {
  seriesId: string
  version: number
  include: string[]
  actorId: string
  now?: Date
}): Promise<ExtendSeriesResult> {
  const series = await getSeries({ seriesId })
  if (!series) return { ok: false, reason: 'notFound' }
  if (series.version !== version) return { ok: false, reason: 'conflict' }
  const planned = await previewExtension({ series, end, holidayPolicy, now })
  if (!planned.ok) return { ok: false, reason: 'invalid', refusals: planned.refusals }
  const chosen = chosenDates(planned.dates, include)
  if (chosen.length === 0) return { ok: false, reason: 'invalid', refusals: [noneChosen] }
  const rule = series.rule as SeriesRule
  const result = await refusable(async (tx) => {
    // The version check and bump in one statement: of two saves at the same moment, one wins.
    const bumped = await tx.meetingSeries.updateMany({
      where: { id: seriesId, version },
      data: {
        version: { increment: 1 },
        rule: encodeRule({ ...rule, generatedUntil: planned.dates.at(-1)?.day ?? rule.generatedUntil }),
      },
    })
    // Rolls back; reported as a conflict below.
    if (bumped.count === 0) throw new Refused([])
    await createSeriesMeetings(tx, { ...series, seriesId }, chosen, actorId)
    await recordAudit(
      {
        actorId,
        action: 'series.extend',
        entityType: 'MeetingSeries',
        entityId: seriesId,
        summary: `${series.title} (+${chosen.length})`,
      },
      tx,
    )
    return { ok: true as const, created: chosen.length }
  })
  return result.ok ? result : { ok: false, reason: 'conflict' }
}

export type UpdateSeriesResult =
  | { ok: true }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'conflict'; current: SeriesDetail }

// Saves the series' own title, location and description unless someone else saved since
// `version` was read. Its meetings keep their own; new ones (extending) take these.
export async function updateSeries({
  seriesId,
  version,
  title,
  location,
  description,
  actorId,
}: SeriesUpdate & { seriesId: string; actorId: string }): Promise<UpdateSeriesResult> {
  const updated = await prisma.$transaction(async (tx) => {
    const saved = await tx.meetingSeries.updateMany({
      where: { id: seriesId, version },
      data: { title, location, description, version: { increment: 1 } },
    })
    if (saved.count === 1) {
      await recordAudit(
        { actorId, action: 'series.update', entityType: 'MeetingSeries', entityId: seriesId, summary: title },
        tx,
      )
    }
    return saved.count === 1
  })
  if (updated) return { ok: true }
  const current = await getSeries({ seriesId })
  return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'notFound' }
}
