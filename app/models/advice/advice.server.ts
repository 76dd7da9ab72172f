// Advices: written by one council or jointly by several, addressed to a college, a
// gemeenteraad, UWV or parliament, moved through the lifecycle (advice-lifecycle.ts) with an
// AdviceEvent for every step, chased with system follow-ups, and — when the college adopted
// them — shared in a library that other councils reuse.
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { FOLLOW_UP_DESCRIPTION_MAX } from '~/models/follow-up/follow-up.schema.ts'
import { ASSIGNABLE_ROLES, isAssignable } from '~/models/follow-up/follow-up.server.ts'
import { compareFollowUps, isOverdue } from '~/models/follow-up/follow-up-order.ts'
import { listCurrentMunicipalityOptions } from '~/models/municipality/municipality.server.ts'
import { COUNCIL_TYPES, isCouncilType } from '~/models/organisation/organisation-types.ts'
import { foldText, matchesAllWords } from '~/models/person/search-text.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { calendarDay } from '~/models/signal/signal-dates.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, messageRef, t } from '~/utils/i18n/index.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import { relinkIds } from '~/utils/relink.server.ts'
import type { AddresseeInput, AdviceListQuery } from './advice.schema.ts'
import { addresseeField } from './advice.schema.ts'
import { summariseFigures } from './advice-figures.ts'
import {
  addWeeks,
  checkStep,
  defaultDeadline,
  initialStatus,
  isAdviceStatus,
  isBeforeSent,
  isDeadlineOverdue,
} from './advice-lifecycle.ts'
import {
  type AdviceStatus,
  type AdviceType,
  DEFAULT_ADVICE_TERM_WEEKS,
  type ResponseOutcome,
  SUCCESSFUL_OUTCOMES,
} from './advice-types.ts'

export const PAGE_SIZE = 25
export const LIBRARY_PAGE_SIZE = 20

// The follow-ups the system makes, and closes when the step they wait for is done.
export const SYSTEM_FOLLOW_UPS = { deadline: 'advice-deadline', response: 'advice-response' } as const

type Tx = Prisma.TransactionClient

export type { Refusal }

export type AdviceWriteResult =
  | { ok: true; adviceId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

export type AdviceUpdateResult = AdviceWriteResult | { ok: false; reason: 'conflict' }

const invalid = (refusals: Refusal[]) => ({ ok: false as const, reason: 'invalid' as const, refusals })

const statusLabel = (status: string) => t(`adviceStatus.${status}` as MessageKey)

// Returns the status of an advice row as the lifecycle knows it (rows only hold valid ones).
function statusOf(advice: { status: string }): AdviceStatus {
  return isAdviceStatus(advice.status) ? advice.status : 'IN_PREPARATION'
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'nl')

type AdviceFields = {
  type: AdviceType
  title: string
  summary: string | null
  body: string | null
  /** The authoring councils, the leading one first (its term sets the default deadline). */
  councilIds: string[]
  addressees: AddresseeInput[]
  /** The form row each addressee came from, so that a refusal shows beside it. */
  addresseeRows?: number[]
  themeIds: string[]
  signalIds: string[]
  activityIds: string[]
  supporterId: string | null
  requestReceivedOn: Date | null
  deadline: Date | null
}

// What an advice already has: links that may stay although they would not be offered for a
// new advice (an inactive council, a merged municipality, a retired theme, a supporter who
// left), and the lifecycle facts an edit must respect.
type Keep = {
  councilIds: string[]
  municipalityIds: string[]
  themeIds: string[]
  supporterId: string | null
  status: AdviceStatus | null
  adoptedOn: Date | null
}

const NOTHING_KEPT: Keep = {
  councilIds: [],
  municipalityIds: [],
  themeIds: [],
  supporterId: null,
  status: null,
  adoptedOn: null,
}

// Returns why the councils may not author an advice: none, one chosen twice, or one that is
// not an active council (unless the advice already has it). `field` is where the message goes.
async function checkCouncils(tx: Tx, councilIds: string[], keep: string[], field = 'councilIds') {
  const refusals: Refusal[] = []
  if (councilIds.length === 0) return [{ field, message: 'advice.chooseCouncil' }]
  const councils = await tx.organisation.findMany({
    where: { id: { in: councilIds } },
    select: { id: true, name: true, type: true, active: true },
  })
  const found = new Map(councils.map((council) => [council.id, council]))
  const twice = [...new Set(councilIds.filter((id, index) => councilIds.indexOf(id) !== index))]
  for (const id of twice) {
    refusals.push({ field, message: messageRef('advice.councilTwice', { name: found.get(id)?.name ?? id }) })
  }
  const kept = new Set(keep)
  const wrong = [...new Set(councilIds)].filter((id) => {
    const council = found.get(id)
    return !council || !isCouncilType(council.type) || (!council.active && !kept.has(id))
  })
  if (wrong.length > 0) refusals.push({ field, message: 'advice.notActiveCouncil' })
  return refusals
}

// Returns why the fields may not be saved, and the deadline to store (the default one when
// a requested advice has none).
async function checkFields(tx: Tx, fields: AdviceFields, today: Date, keep: Keep = NOTHING_KEPT) {
  const refusals = await checkCouncils(tx, fields.councilIds, keep.councilIds)

  // Addressees: COLLEGE and COUNCIL of an existing municipality — a current one, or a
  // merged one this advice was already addressed to.
  const municipalityIds = [
    ...new Set(fields.addressees.flatMap((addressee) => addressee.municipalityId ?? [])),
  ]
  const municipalities = await tx.municipality.findMany({
    where: { id: { in: municipalityIds } },
    select: { id: true, name: true, validTo: true },
  })
  const keptMunicipalities = new Set(keep.municipalityIds)
  fields.addressees.forEach((addressee, index) => {
    if (!addressee.municipalityId) return
    const field = addresseeField(fields.addresseeRows?.[index] ?? index)
    const municipality = municipalities.find((item) => item.id === addressee.municipalityId)
    if (!municipality) refusals.push({ field, message: 'validation.unknownReference' })
    else if (
      municipality.validTo &&
      municipality.validTo < today &&
      !keptMunicipalities.has(municipality.id)
    ) {
      refusals.push({
        field,
        message: messageRef('advice.addresseeMunicipalityHistoric', { name: municipality.name }),
      })
    }
  })

  const themes = await tx.theme.findMany({
    where: { id: { in: fields.themeIds } },
    select: { id: true, active: true },
  })
  const keptThemes = new Set(keep.themeIds)
  if (themes.filter((theme) => theme.active || keptThemes.has(theme.id)).length !== fields.themeIds.length) {
    refusals.push({ field: 'themeIds', message: 'validation.unknownReference' })
  }
  if ((await tx.signal.count({ where: { id: { in: fields.signalIds } } })) !== fields.signalIds.length) {
    refusals.push({ field: 'signalIds', message: 'validation.unknownReference' })
  }
  if (
    (await tx.activity.count({ where: { id: { in: fields.activityIds } } })) !== fields.activityIds.length
  ) {
    refusals.push({ field: 'activityIds', message: 'validation.unknownReference' })
  }
  if (
    fields.supporterId &&
    fields.supporterId !== keep.supporterId &&
    !(await isAssignable(tx, fields.supporterId))
  ) {
    refusals.push({ field: 'supporterId', message: 'advice.supporterNotAvailable' })
  }

  // A requested advice has the date its request came in and a deadline; other advices none.
  let deadline = fields.deadline
  if (fields.type === 'REQUESTED') {
    const received = fields.requestReceivedOn
    if (!received) refusals.push({ field: 'requestReceivedOn', message: 'advice.requestDateRequired' })
    else if (received > today) refusals.push({ field: 'requestReceivedOn', message: 'advice.dateInFuture' })
    else if (keep.adoptedOn && received > keep.adoptedOn) {
      refusals.push({
        field: 'requestReceivedOn',
        message: messageRef('advice.requestAfterAdopted', { date: formatDateOnly(keep.adoptedOn) }),
      })
    }
    if (received && deadline && deadline < received) {
      refusals.push({ field: 'deadline', message: 'advice.deadlineBeforeRequest' })
    }
    if (received && !deadline) {
      const lead = fields.councilIds[0]
      const council = lead
        ? await tx.organisation.findUnique({ where: { id: lead }, select: { adviceTermWeeks: true } })
        : null
      deadline = defaultDeadline(received, council?.adviceTermWeeks ?? DEFAULT_ADVICE_TERM_WEEKS)
    }
  } else {
    if (fields.requestReceivedOn) {
      refusals.push({ field: 'requestReceivedOn', message: 'advice.requestOnlyForRequested' })
    }
    if (fields.deadline) refusals.push({ field: 'deadline', message: 'advice.requestOnlyForRequested' })
    if (keep.status === 'RECEIVED') refusals.push({ field: 'type', message: 'advice.typeFixedWhileReceived' })
  }
  return { refusals, deadline }
}

// Brings the system follow-ups of an advice in line with its state: "Adviestermijn
// verloopt" while a requested advice with a deadline is not sent, "Reactie van het college
// nagaan" while it waits for a response. A follow-up the step no longer needs is closed; one
// that somebody closed by hand is not opened again.
async function syncSystemFollowUps(tx: Tx, adviceId: string, actorId: string, responseWeeks: number) {
  const advice = await tx.advice.findUnique({
    where: { id: adviceId },
    select: {
      title: true,
      type: true,
      status: true,
      deadline: true,
      sentOn: true,
      supporterId: true,
      createdById: true,
      followUps: {
        where: { systemKey: { in: Object.values(SYSTEM_FOLLOW_UPS) } },
        select: { id: true, systemKey: true, done: true, dueDate: true, assigneeId: true },
      },
    },
  })
  if (!advice) return
  const status = statusOf(advice)
  const assigneeId = advice.supporterId ?? advice.createdById
  const wanted = [
    {
      key: SYSTEM_FOLLOW_UPS.deadline,
      due: advice.type === 'REQUESTED' && advice.deadline && isBeforeSent(status) ? advice.deadline : null,
      description: t('advice.followUpDeadline', { title: advice.title }),
    },
    {
      key: SYSTEM_FOLLOW_UPS.response,
      due: status === 'SENT' && advice.sentOn ? addWeeks(advice.sentOn, responseWeeks) : null,
      description: t('advice.followUpResponse', { title: advice.title }),
    },
  ]
  for (const { key, due, description } of wanted) {
    const existing = advice.followUps.filter((followUp) => followUp.systemKey === key)
    const open = existing.filter((followUp) => !followUp.done)
    if (due === null) {
      if (open.length > 0) {
        await tx.followUp.updateMany({
          where: { id: { in: open.map((followUp) => followUp.id) } },
          data: { done: true, doneAt: new Date() },
        })
      }
    } else if (existing.length === 0) {
      await tx.followUp.create({
        data: {
          description: description.slice(0, FOLLOW_UP_DESCRIPTION_MAX),
          dueDate: due,
          assigneeId,
          adviceId,
          systemKey: key,
          createdById: actorId,
        },
      })
    } else {
      for (const followUp of open) {
        if (followUp.dueDate?.getTime() !== due.getTime() || followUp.assigneeId !== assigneeId) {
          await tx.followUp.update({ where: { id: followUp.id }, data: { dueDate: due, assigneeId } })
        }
      }
    }
  }
}

// The link rows of an advice's fields, for a create.
function linkData(fields: AdviceFields) {
  return {
    councils: { create: [...new Set(fields.councilIds)].map((organisationId) => ({ organisationId })) },
    addressees: {
      create: fields.addressees.map((addressee) => ({
        kind: addressee.kind,
        municipalityId: addressee.municipalityId,
        label: addressee.label,
      })),
    },
    themes: { create: fields.themeIds.map((themeId) => ({ themeId })) },
    signals: { create: fields.signalIds.map((signalId) => ({ signalId })) },
    activities: { create: fields.activityIds.map((activityId) => ({ activityId })) },
  }
}

// Records a new advice by one or more active councils (two or more: a joint advice). A
// requested advice starts at RECEIVED with the date of the request and a deadline (by
// default the leading council's term, else DEFAULT_ADVICE_TERM_WEEKS); the others start
// IN_PREPARATION. Writes the first event and, for a deadline, its system follow-up.
export async function createAdvice({
  actorId,
  today = new Date(),
  responseWeeks,
  ...fields
}: AdviceFields & { actorId: string; today?: Date; responseWeeks?: number }): Promise<AdviceWriteResult> {
  const weeks = responseWeeks ?? (await getSettings()).adviceResponseWeeks
  return refusable(async (tx): Promise<AdviceWriteResult> => {
    const { refusals, deadline } = await checkFields(tx, fields, calendarDay(today))
    if (refusals.length > 0) return invalid(refusals)
    const status = initialStatus(fields.type)
    const advice = await tx.advice.create({
      data: {
        type: fields.type,
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        status,
        requestReceivedOn: fields.type === 'REQUESTED' ? fields.requestReceivedOn : null,
        deadline: fields.type === 'REQUESTED' ? deadline : null,
        supporterId: fields.supporterId,
        createdById: actorId,
        ...linkData(fields),
        events: { create: { fromStatus: null, toStatus: status, actorId } },
      },
      select: { id: true },
    })
    await syncSystemFollowUps(tx, advice.id, actorId, weeks)
    await recordAudit(
      { actorId, action: 'advice.create', entityType: 'Advice', entityId: advice.id, summary: fields.title },
      tx,
    )
    return { ok: true, adviceId: advice.id }
  })
}

// Saves an edit of the advice's own fields and links unless someone else saved since
// `version` was read. The lifecycle has its own functions. The type may change, but an
// advice at RECEIVED stays a requested one.
export async function updateAdvice({
  adviceId,
  version,
  actorId,
  today = new Date(),
  responseWeeks,
  ...fields
}: AdviceFields & {
  adviceId: string
  version: number
  actorId: string
  today?: Date
  responseWeeks?: number
}): Promise<AdviceUpdateResult> {
  const weeks = responseWeeks ?? (await getSettings()).adviceResponseWeeks
  return refusable(async (tx): Promise<AdviceUpdateResult> => {
    const current = await tx.advice.findUnique({
      where: { id: adviceId },
      select: {
        version: true,
        status: true,
        adoptedOn: true,
        supporterId: true,
        councils: { select: { organisationId: true } },
        addressees: { select: { municipalityId: true } },
        themes: { select: { themeId: true } },
        signals: { select: { signalId: true } },
        activities: { select: { activityId: true } },
      },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const { refusals, deadline } = await checkFields(tx, fields, calendarDay(today), {
      councilIds: current.councils.map((link) => link.organisationId),
      municipalityIds: current.addressees.flatMap((link) => link.municipalityId ?? []),
      themeIds: current.themes.map((link) => link.themeId),
      supporterId: current.supporterId,
      status: statusOf(current),
      adoptedOn: current.adoptedOn,
    })
    if (refusals.length > 0) return invalid(refusals)
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.advice.updateMany({
      where: { id: adviceId, version },
      data: {
        type: fields.type,
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        requestReceivedOn: fields.type === 'REQUESTED' ? fields.requestReceivedOn : null,
        deadline: fields.type === 'REQUESTED' ? deadline : null,
        supporterId: fields.supporterId,
        version: { increment: 1 },
      },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await relinkIds(
      current.councils.map((link) => link.organisationId),
      fields.councilIds,
      (ids) => tx.adviceCouncil.deleteMany({ where: { adviceId, organisationId: { in: ids } } }),
      (ids) =>
        tx.adviceCouncil.createMany({ data: ids.map((organisationId) => ({ adviceId, organisationId })) }),
    )
    await relinkIds(
      current.themes.map((link) => link.themeId),
      fields.themeIds,
      (ids) => tx.adviceTheme.deleteMany({ where: { adviceId, themeId: { in: ids } } }),
      (ids) => tx.adviceTheme.createMany({ data: ids.map((themeId) => ({ adviceId, themeId })) }),
    )
    await relinkIds(
      current.signals.map((link) => link.signalId),
      fields.signalIds,
      (ids) => tx.adviceSignal.deleteMany({ where: { adviceId, signalId: { in: ids } } }),
      (ids) => tx.adviceSignal.createMany({ data: ids.map((signalId) => ({ adviceId, signalId })) }),
    )
    await relinkIds(
      current.activities.map((link) => link.activityId),
      fields.activityIds,
      (ids) => tx.adviceActivity.deleteMany({ where: { adviceId, activityId: { in: ids } } }),
      (ids) => tx.adviceActivity.createMany({ data: ids.map((activityId) => ({ adviceId, activityId })) }),
    )
    // Addressees have no identity of their own: the form's list replaces the stored one.
    await tx.adviceAddressee.deleteMany({ where: { adviceId } })
    await tx.adviceAddressee.createMany({
      data: fields.addressees.map((addressee) => ({ adviceId, ...addressee })),
    })
    await syncSystemFollowUps(tx, adviceId, actorId, weeks)
    await recordAudit(
      { actorId, action: 'advice.update', entityType: 'Advice', entityId: adviceId, summary: fields.title },
      tx,
    )
    return { ok: true, adviceId }
  })
}

export type MoveInput = {
  adviceId: string
  to: AdviceStatus
  /** The date of the step: adopted on, sent on, or the date of the response. */
  on?: Date | null
  outcome?: ResponseOutcome | null
  reasoning?: string | null
  note?: string | null
  actorId: string
  today?: Date
  responseWeeks?: number
}

// Moves an advice one step (or closes it early with a note) when the lifecycle and the
// step's dates allow it, writes the step's dates, records the event and brings the system
// follow-ups in line — all in one transaction. Refused steps change nothing.
export async function moveAdvice({
  adviceId,
  to,
  on = null,
  outcome = null,
  reasoning = null,
  note = null,
  actorId,
  today = new Date(),
  responseWeeks,
}: MoveInput): Promise<AdviceWriteResult> {
  const weeks = responseWeeks ?? (await getSettings()).adviceResponseWeeks
  return refusable(async (tx): Promise<AdviceWriteResult> => {
    const advice = await tx.advice.findUnique({
      where: { id: adviceId },
      select: { id: true, status: true, requestReceivedOn: true, adoptedOn: true, sentOn: true },
    })
    if (!advice) return { ok: false, reason: 'notFound' }
    const from = statusOf(advice)
    const day = calendarDay(today)
    const refusals = checkStep({
      to,
      advice: { ...advice, status: from },
      on,
      outcome,
      reasoning,
      note,
      today: day,
      responseWeeks: weeks,
    })
    if (refusals.length > 0) return invalid(refusals)
    const data: Prisma.AdviceUpdateManyMutationInput = { status: to }
    if (to === 'ADOPTED') data.adoptedOn = on
    if (to === 'SENT') data.sentOn = on
    if (to === 'RESPONDED') {
      data.responseOn = on
      data.responseOutcome = outcome
      data.responseReasoning = reasoning?.trim() || null
    }
    if (to === 'CLOSED') data.closedOn = day
    // The status in the WHERE makes the check and the move one step: of two people moving
    // the same advice at once, the second is told it changed meanwhile.
    const { count } = await tx.advice.updateMany({ where: { id: adviceId, status: from }, data })
    if (count === 0) throw new Refused([{ field: 'form', message: 'advice.statusChanged' }])
    const eventNote =
      to === 'RESPONDED' && outcome
        ? t('advice.eventOutcome', { outcome: t(`responseOutcome.${outcome}`) })
        : note?.trim() || null
    await tx.adviceEvent.create({
      data: { adviceId, fromStatus: from, toStatus: to, actorId, note: eventNote },
    })
    await syncSystemFollowUps(tx, adviceId, actorId, weeks)
    return { ok: true, adviceId }
  })
}

// `responseWeeks` is the setting adviceResponseWeeks; read from the settings in force when not given.
type StepArgs = { adviceId: string; actorId: string; today?: Date; responseWeeks?: number }

// Starts preparing a requested advice (RECEIVED → IN_PREPARATION).
export function startPreparation({ note = null, ...args }: StepArgs & { note?: string | null }) {
  return moveAdvice({ ...args, to: 'IN_PREPARATION', note })
}

// Records that the council(s) adopted the advice on `adoptedOn`.
export function adoptAdvice({ adoptedOn, ...args }: StepArgs & { adoptedOn: Date | null }) {
  return moveAdvice({ ...args, to: 'ADOPTED', on: adoptedOn })
}

// Records that the advice was sent on `sentOn` (not before it was adopted).
export function sendAdvice({ sentOn, ...args }: StepArgs & { sentOn: Date | null }) {
  return moveAdvice({ ...args, to: 'SENT', on: sentOn })
}

// Records the response: its date (not before sending), its outcome and an optional
// reasoning. "No response" only once the response weeks (setting adviceResponseWeeks) passed,
// and without reasoning.
export function recordResponse({
  responseOn,
  responseOutcome,
  responseReasoning = null,
  ...args
}: StepArgs & {
  responseOn: Date | null
  responseOutcome: ResponseOutcome | null
  responseReasoning?: string | null
}) {
  return moveAdvice({
    ...args,
    to: 'RESPONDED',
    on: responseOn,
    outcome: responseOutcome,
    reasoning: responseReasoning,
  })
}

// Closes an advice: after the response, or earlier (never sent) with a note saying why.
export function closeAdvice({ note = null, ...args }: StepArgs & { note?: string | null }) {
  return moveAdvice({ ...args, to: 'CLOSED', note })
}

// Returns true when the outcome of a response makes an advice a success for the library.
export function isSuccessfulOutcome(outcome: string | null) {
  return SUCCESSFUL_OUTCOMES.some((successful) => successful === outcome)
}

// Marks an advice as an example for other councils (the library), or takes it out again.
// Only an advice the college (partly) adopted can be marked.
export async function setAdviceShareable({
  adviceId,
  shareable,
  actorId,
}: {
  adviceId: string
  shareable: boolean
  actorId: string
}): Promise<AdviceWriteResult> {
  return prisma.$transaction(async (tx): Promise<AdviceWriteResult> => {
    const advice = await tx.advice.findUnique({
      where: { id: adviceId },
      select: { title: true, shareable: true, responseOutcome: true },
    })
    if (!advice) return { ok: false, reason: 'notFound' }
    if (shareable && !isSuccessfulOutcome(advice.responseOutcome)) {
      return invalid([{ field: 'form', message: 'advice.shareOnlySuccessful' }])
    }
    if (advice.shareable !== shareable) {
      await tx.advice.update({ where: { id: adviceId }, data: { shareable } })
      await recordAudit(
        {
          actorId,
          action: shareable ? 'advice.share' : 'advice.unshare',
          entityType: 'Advice',
          entityId: adviceId,
          summary: advice.title,
        },
        tx,
      )
    }
    return { ok: true, adviceId }
  })
}

export type ReuseResult =
  | { ok: true; adviceId: string; basedOnTitle: string }
  | Exclude<AdviceWriteResult, { ok: true }>

// Creates a new draft for other council(s) from an advice in the library: title, summary,
// text and (active) themes are copied and `basedOnId` links back. The draft starts
// IN_PREPARATION. A requested advice becomes an unrequested draft: the other council got no
// request we know of — when it did, the worker makes it "gevraagd" and fills in the request
// date on the edit page, and the deadline follows.
export async function reuseAdvice({
  adviceId,
  councilIds,
  actorId,
}: {
  adviceId: string
  councilIds: string[]
  actorId: string
}): Promise<ReuseResult> {
  return refusable(async (tx): Promise<ReuseResult> => {
    const source = await tx.advice.findUnique({
      where: { id: adviceId },
      select: {
        id: true,
        type: true,
        title: true,
        summary: true,
        body: true,
        shareable: true,
        responseOutcome: true,
        themes: { select: { theme: { select: { id: true, active: true } } } },
      },
    })
    if (!source) return { ok: false, reason: 'notFound' }
    const refusals: Refusal[] = []
    if (!source.shareable || !isSuccessfulOutcome(source.responseOutcome)) {
      refusals.push({ field: 'form', message: 'advice.reuseNotShared' })
    }
    refusals.push(...(await checkCouncils(tx, councilIds, [])))
    if (refusals.length > 0) return invalid(refusals)
    const supporterId = (await isAssignable(tx, actorId)) ? actorId : null
    const type: AdviceType = source.type === 'REQUESTED' ? 'UNREQUESTED' : (source.type as AdviceType)
    const draft = await tx.advice.create({
      data: {
        type,
        title: source.title,
        summary: source.summary,
        body: source.body,
        status: 'IN_PREPARATION',
        basedOnId: source.id,
        supporterId,
        createdById: actorId,
        councils: { create: [...new Set(councilIds)].map((organisationId) => ({ organisationId })) },
        themes: {
          create: source.themes
            .filter((link) => link.theme.active)
            .map((link) => ({ themeId: link.theme.id })),
        },
        events: {
          create: {
            fromStatus: null,
            toStatus: 'IN_PREPARATION',
            actorId,
            note: t('advice.eventReused', { title: source.title }),
          },
        },
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'advice.reuse',
        entityType: 'Advice',
        entityId: draft.id,
        summary: t('advice.auditReused', { title: source.title }),
      },
      tx,
    )
    return { ok: true, adviceId: draft.id, basedOnTitle: source.title }
  })
}

// Deletes an advice with its links, events and follow-ups (drafts based on it keep their
// text and lose the link); the audit log keeps who deleted what.
export async function deleteAdvice({ adviceId, actorId }: { adviceId: string; actorId: string }) {
  return prisma.$transaction(async (tx) => {
    const advice = await tx.advice.findUnique({
      where: { id: adviceId },
      select: {
        title: true,
        status: true,
        councils: { select: { organisation: { select: { name: true } } } },
      },
    })
    if (!advice) return false
    await tx.advice.delete({ where: { id: adviceId } })
    await recordAudit(
      {
        actorId,
        action: 'advice.delete',
        entityType: 'Advice',
        entityId: adviceId,
        summary: t('advice.auditDeleted', {
          title: advice.title,
          councils: advice.councils
            .map((link) => link.organisation.name)
            .sort((a, b) => a.localeCompare(b, 'nl'))
            .join(', '),
          status: statusLabel(advice.status),
        }),
      },
      tx,
    )
    return true
  })
}

export type AddAdviceFollowUpResult =
  | { ok: true; followUpId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Adds a follow-up by hand to an advice: what, by when, by whom (an active worker).
export async function addAdviceFollowUp({
  adviceId,
  description,
  dueDate,
  assigneeId,
  actorId,
}: {
  adviceId: string
  description: string
  dueDate: Date | null
  assigneeId: string
  actorId: string
}): Promise<AddAdviceFollowUpResult> {
  return prisma.$transaction(async (tx): Promise<AddAdviceFollowUpResult> => {
    if (!(await tx.advice.findUnique({ where: { id: adviceId }, select: { id: true } }))) {
      return { ok: false, reason: 'notFound' }
    }
    const text = description.trim()
    const refusals: Refusal[] = []
    if (text === '') refusals.push({ field: 'description', message: 'validation.required' })
    else if (text.length > FOLLOW_UP_DESCRIPTION_MAX) {
      refusals.push({
        field: 'description',
        message: messageRef('validation.tooLong', { max: FOLLOW_UP_DESCRIPTION_MAX }),
      })
    }
    if (!(await isAssignable(tx, assigneeId))) {
      refusals.push({ field: 'assigneeId', message: 'advice.supporterNotAvailable' })
    }
    if (refusals.length > 0) return invalid(refusals)
    const followUp = await tx.followUp.create({
      data: { description: text, dueDate, assigneeId, adviceId, createdById: actorId },
      select: { id: true },
    })
    return { ok: true, followUpId: followUp.id }
  })
}

const councilSelect = { id: true, name: true, type: true, active: true } as const

// Returns everything the advice page shows, or null.
export async function getAdvice({ adviceId, today = new Date() }: { adviceId: string; today?: Date }) {
  const advice = await prisma.advice.findUnique({
    where: { id: adviceId },
    select: {
      id: true,
      type: true,
      title: true,
      summary: true,
      body: true,
      status: true,
      requestReceivedOn: true,
      deadline: true,
      adoptedOn: true,
      sentOn: true,
      responseOn: true,
      responseOutcome: true,
      responseReasoning: true,
      closedOn: true,
      shareable: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      supporter: { select: { id: true, name: true, active: true } },
      createdBy: { select: { id: true, name: true } },
      basedOn: {
        select: {
          id: true,
          title: true,
          councils: { select: { organisation: { select: { id: true, name: true } } } },
        },
      },
      derived: {
        select: {
          id: true,
          title: true,
          status: true,
          councils: { select: { organisation: { select: { id: true, name: true } } } },
        },
        orderBy: { createdAt: 'asc' },
      },
      councils: { select: { organisation: { select: councilSelect } } },
      addressees: {
        select: {
          id: true,
          kind: true,
          label: true,
          municipality: { select: { id: true, name: true, validTo: true } },
        },
      },
      themes: { select: { theme: { select: { id: true, name: true, active: true } } } },
      signals: {
        select: { signal: { select: { id: true, title: true, status: true, receivedOn: true } } },
      },
      activities: {
        select: { activity: { select: { id: true, kind: true, summary: true, occurredAt: true } } },
      },
      events: {
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          at: true,
          note: true,
          actor: { select: { id: true, name: true } },
        },
        orderBy: { at: 'asc' },
      },
      followUps: {
        select: {
          id: true,
          description: true,
          dueDate: true,
          done: true,
          doneAt: true,
          createdAt: true,
          systemKey: true,
          assignee: { select: { id: true, name: true } },
        },
      },
    },
  })
  if (!advice) return null
  const day = calendarDay(today)
  const { councils, themes, signals, activities, basedOn, derived, followUps, status, ...rest } = advice
  const names = (links: { organisation: { id: string; name: string } }[]) =>
    links.map((link) => link.organisation).sort(byName)
  return {
    ...rest,
    status: statusOf({ status }),
    councils: names(councils),
    joint: councils.length >= 2,
    themes: themes.map((link) => link.theme).sort(byName),
    signals: signals
      .map((link) => link.signal)
      .sort((a, b) => b.receivedOn.getTime() - a.receivedOn.getTime()),
    activities: activities
      .map((link) => link.activity)
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime()),
    basedOn: basedOn ? { ...basedOn, councils: names(basedOn.councils) } : null,
    derived: derived.map((item) => ({ ...item, councils: names(item.councils) })),
    deadlineOverdue: isDeadlineOverdue(advice, day),
    followUps: followUps
      .sort((a, b) => Number(a.done) - Number(b.done) || compareFollowUps(a, b))
      .map(({ systemKey, ...followUp }) => ({
        ...followUp,
        overdue: isOverdue(followUp, day),
        /** Made by the system (deadline, response); closed when that step is done. */
        system: systemKey !== null,
      })),
  }
}

export type AdviceDetail = NonNullable<Awaited<ReturnType<typeof getAdvice>>>

// Returns the active councils (plus `keepIds`, councils an advice already has), by name.
export function listCouncilOptions({ keepIds = [] }: { keepIds?: string[] } = {}) {
  return prisma.organisation.findMany({
    where: { type: { in: [...COUNCIL_TYPES] }, OR: [{ active: true }, { id: { in: keepIds } }] },
    select: councilSelect,
    orderBy: { name: 'asc' },
  })
}

// Returns the choices of the advice form. Inactive councils, merged municipalities, retired
// themes and a supporter who left are offered only when the advice already has them. The
// signals and activities it may come from are those of its councils (`councilIds`): signals
// forwarded to them and activities with them in the last year, plus the ones already linked.
export async function getAdviceFormOptions({
  councilIds = [],
  keepCouncilIds = [],
  keepMunicipalityIds = [],
  keepThemeIds = [],
  keepSupporterId = null,
  keepSignalIds = [],
  keepActivityIds = [],
  today = new Date(),
}: {
  councilIds?: string[]
  keepCouncilIds?: string[]
  keepMunicipalityIds?: string[]
  keepThemeIds?: string[]
  keepSupporterId?: string | null
  keepSignalIds?: string[]
  keepActivityIds?: string[]
  today?: Date
} = {}) {
  const yearAgo = new Date(calendarDay(today).getTime() - 365 * 86_400_000)
  const [councils, municipalities, themes, supporters, signals, activities] = await Promise.all([
    listCouncilOptions({ keepIds: keepCouncilIds }),
    listCurrentMunicipalityOptions({ keepIds: keepMunicipalityIds, today }),
    listActiveThemeOptions({ keepIds: keepThemeIds }),
    prisma.user.findMany({
      where: {
        OR: [
          { active: true, role: { in: ASSIGNABLE_ROLES } },
          ...(keepSupporterId ? [{ id: keepSupporterId }] : []),
        ],
      },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.signal.findMany({
      where: {
        OR: [{ id: { in: keepSignalIds } }, { forwards: { some: { organisationId: { in: councilIds } } } }],
      },
      select: { id: true, title: true, receivedOn: true },
      orderBy: { receivedOn: 'desc' },
      take: 40,
    }),
    prisma.activity.findMany({
      where: {
        OR: [
          { id: { in: keepActivityIds } },
          { occurredAt: { gte: yearAgo }, organisations: { some: { organisationId: { in: councilIds } } } },
        ],
      },
      select: { id: true, kind: true, summary: true, occurredAt: true },
      orderBy: { occurredAt: 'desc' },
      take: 40,
    }),
  ])
  return { councils, municipalities, themes, supporters, signals, activities }
}

export type AdviceFormChoices = Awaited<ReturnType<typeof getAdviceFormOptions>>

export type AdvicePrefill = {
  type: AdviceType | null
  title: string
  councilIds: string[]
  themeIds: string[]
  addressees: AddresseeInput[]
  signalIds: string[]
}

// Returns what a new advice starts with when it comes from a signal (`signalId`: a signal
// letter by the councils the signal was forwarded to, with its themes, its municipality's
// college as addressee and the signal linked) and/or for a council (`councilId`, first).
// Only active councils, current municipalities and active themes are taken over.
export async function getAdvicePrefill({
  signalId,
  councilId,
  today = new Date(),
}: {
  signalId?: string | null
  councilId?: string | null
  today?: Date
}): Promise<AdvicePrefill> {
  const prefill: AdvicePrefill = {
    type: null,
    title: '',
    councilIds: [],
    themeIds: [],
    addressees: [],
    signalIds: [],
  }
  const signal = signalId
    ? await prisma.signal.findUnique({
        where: { id: signalId },
        select: {
          id: true,
          title: true,
          municipality: { select: { id: true, validTo: true } },
          themes: { select: { theme: { select: { id: true, active: true } } } },
          forwards: {
            select: { organisation: { select: councilSelect } },
            orderBy: [{ forwardedOn: 'asc' }, { createdAt: 'asc' }],
          },
        },
      })
    : null
  if (signal) {
    const day = calendarDay(today)
    prefill.type = 'SIGNAL_LETTER'
    prefill.title = signal.title
    prefill.signalIds = [signal.id]
    prefill.councilIds = signal.forwards
      .map((forward) => forward.organisation)
      .filter((council) => council.active && isCouncilType(council.type))
      .map((council) => council.id)
    prefill.themeIds = signal.themes.filter((link) => link.theme.active).map((link) => link.theme.id)
    const municipality = signal.municipality
    if (municipality && (!municipality.validTo || municipality.validTo >= day)) {
      prefill.addressees = [{ kind: 'COLLEGE', municipalityId: municipality.id, label: null }]
    }
  }
  if (councilId && !prefill.councilIds.includes(councilId)) {
    const council = await prisma.organisation.findUnique({ where: { id: councilId }, select: councilSelect })
    if (council?.active && isCouncilType(council.type)) prefill.councilIds.unshift(council.id)
  }
  return prefill
}

// Returns the "where" of advices about a municipality: addressed to its college or
// gemeenteraad, or written by a council that serves it.
function municipalityWhere(municipalityId: string): Prisma.AdviceWhereInput {
  return {
    OR: [
      { addressees: { some: { municipalityId } } },
      { councils: { some: { organisation: { municipalities: { some: { municipalityId } } } } } },
    ],
  }
}

// Returns the ids of the joint advices (two or more councils).
async function jointAdviceIds() {
  const groups = await prisma.adviceCouncil.groupBy({
    by: ['adviceId'],
    _count: { organisationId: true },
    having: { organisationId: { _count: { gt: 1 } } },
  })
  return groups.map((group) => group.adviceId)
}

const dayValue = (day: string) => new Date(`${day}T00:00:00.000Z`)
const nextDay = (day: string) => new Date(dayValue(day).getTime() + 86_400_000)

// Returns the "where" of the overview's filters. The period is the day an advice was sent;
// one not sent yet counts by the day its request came in, else the day it was recorded.
async function listWhere(query: AdviceListQuery): Promise<Prisma.AdviceWhereInput> {
  const and: Prisma.AdviceWhereInput[] = []
  if (query.status === 'open') and.push({ status: { in: ['RECEIVED', 'IN_PREPARATION', 'ADOPTED', 'SENT'] } })
  else if (query.status) and.push({ status: query.status })
  if (query.type) and.push({ type: query.type })
  if (query.raad) and.push({ councils: { some: { organisationId: query.raad } } })
  if (query.thema) and.push({ themes: { some: { themeId: query.thema } } })
  if (query.gemeente) and.push(municipalityWhere(query.gemeente))
  if (query.gezamenlijk) {
    const ids = await jointAdviceIds()
    and.push({ id: query.gezamenlijk === 'ja' ? { in: ids } : { notIn: ids } })
  }
  if (query.van || query.tot) {
    const days = {
      ...(query.van ? { gte: dayValue(query.van) } : {}),
      ...(query.tot ? { lte: dayValue(query.tot) } : {}),
    }
    const moments = {
      ...(query.van ? { gte: dayValue(query.van) } : {}),
      ...(query.tot ? { lt: nextDay(query.tot) } : {}),
    }
    and.push({
      OR: [
        { sentOn: days },
        { sentOn: null, requestReceivedOn: days },
        { sentOn: null, requestReceivedOn: null, createdAt: moments },
      ],
    })
  }
  return { AND: and }
}

const listSelect = {
  id: true,
  type: true,
  title: true,
  status: true,
  requestReceivedOn: true,
  deadline: true,
  sentOn: true,
  responseOn: true,
  responseOutcome: true,
  shareable: true,
  createdAt: true,
  councils: { select: { organisation: { select: { id: true, name: true } } } },
  themes: { select: { theme: { select: { id: true, name: true } } } },
} as const satisfies Prisma.AdviceSelect

type ListRow = Prisma.AdviceGetPayload<{ select: typeof listSelect }>

// Returns an advice row of a list with its councils and themes by name.
function listItem({ councils, themes, status, ...advice }: ListRow, today: Date) {
  return {
    ...advice,
    status: statusOf({ status }),
    councils: councils.map((link) => link.organisation).sort(byName),
    joint: councils.length >= 2,
    themes: themes.map((link) => link.theme).sort(byName),
    deadlineOverdue: isDeadlineOverdue({ status, deadline: advice.deadline }, today),
  }
}

export type AdviceListItem = ReturnType<typeof listItem>

// Returns one page of advices for the overview's filters, newest first, and the total.
export async function listAdvices(query: AdviceListQuery, { today = new Date() }: { today?: Date } = {}) {
  const where = await listWhere(query)
  const day = calendarDay(today)
  const [total, advices] = await Promise.all([
    prisma.advice.count({ where }),
    prisma.advice.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (query.pagina - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ])
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    advices: advices.map((advice) => listItem(advice, day)),
  }
}

// Returns the choices of the overview's and the library's filters: the councils, themes and
// municipalities that are current or have advices.
export async function getAdviceFilterOptions({ today = new Date() }: { today?: Date } = {}) {
  const [councils, usedThemes, usedMunicipalities] = await Promise.all([
    prisma.organisation.findMany({
      where: { type: { in: [...COUNCIL_TYPES] }, OR: [{ active: true }, { advices: { some: {} } }] },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.adviceTheme.findMany({ select: { themeId: true }, distinct: ['themeId'] }),
    prisma.adviceAddressee.findMany({
      where: { municipalityId: { not: null } },
      select: { municipalityId: true },
      distinct: ['municipalityId'],
    }),
  ])
  const [themes, municipalities] = await Promise.all([
    listActiveThemeOptions({ keepIds: usedThemes.map((row) => row.themeId) }),
    listCurrentMunicipalityOptions({
      keepIds: usedMunicipalities.flatMap((row) => row.municipalityId ?? []),
      today,
    }),
  ])
  return { councils, themes, municipalities }
}

// Returns the figures of advices: how many were sent in the period (`from`–`to`, by the
// day they were sent), the share of joint ones, the adoption rate ((partly) adopted out of
// those the college responded to; "no response" is counted apart, not in the rate), the
// median number of days from sending to the response, and the requested advices not sent
// yet (open deadlines, and how many of those passed; these ignore the period). Narrowed to
// one council, theme, type or municipality when given.
export async function getAdviceFigures({
  organisationId,
  themeId,
  type,
  municipalityId,
  from,
  to,
  today = new Date(),
}: {
  organisationId?: string | null
  themeId?: string | null
  type?: AdviceType | null
  municipalityId?: string | null
  from?: Date | null
  to?: Date | null
  today?: Date
} = {}) {
  const scope: Prisma.AdviceWhereInput[] = []
  if (organisationId) scope.push({ councils: { some: { organisationId } } })
  if (themeId) scope.push({ themes: { some: { themeId } } })
  if (type) scope.push({ type })
  if (municipalityId) scope.push(municipalityWhere(municipalityId))
  const day = calendarDay(today)
  const [sent, open] = await Promise.all([
    prisma.advice.findMany({
      where: {
        AND: [
          ...scope,
          { sentOn: { not: null, ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } },
        ],
      },
      select: {
        sentOn: true,
        responseOn: true,
        responseOutcome: true,
        _count: { select: { councils: true } },
      },
    }),
    prisma.advice.findMany({
      where: {
        AND: [
          ...scope,
          {
            type: 'REQUESTED',
            deadline: { not: null },
            status: { in: ['RECEIVED', 'IN_PREPARATION', 'ADOPTED'] },
          },
        ],
      },
      select: { status: true, deadline: true },
    }),
  ])
  return {
    ...summariseFigures(sent.map(({ _count, ...row }) => ({ ...row, councilCount: _count.councils }))),
    openDeadlines: open.length,
    overdueDeadlines: open.filter((advice) => isDeadlineOverdue(advice, day)).length,
  }
}

export type AdviceFigures = Awaited<ReturnType<typeof getAdviceFigures>>

// Returns the advices that came from a signal (for the signal's page): title, status,
// councils, and the outcome and date of the response once there is one.
export async function listAdvicesForSignal({ signalId }: { signalId: string }) {
  const advices = await prisma.advice.findMany({
    where: { signals: { some: { signalId } } },
    select: {
      id: true,
      type: true,
      title: true,
      status: true,
      sentOn: true,
      responseOutcome: true,
      responseOn: true,
      councils: { select: { organisation: { select: { id: true, name: true } } } },
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  return advices.map(({ councils, status, ...advice }) => ({
    ...advice,
    status: statusOf({ status }),
    councils: councils.map((link) => link.organisation).sort(byName),
    joint: councils.length >= 2,
  }))
}

// Returns the latest advices a council wrote (alone or jointly), newest first by their
// date: sent, adopted, request received, else recorded. For timelines and council pages.
export async function listAdvicesForOrganisation({
  organisationId,
  take = 20,
}: {
  organisationId: string
  take?: number
}) {
  const advices = await prisma.advice.findMany({
    where: { councils: { some: { organisationId } } },
    select: {
      id: true,
      type: true,
      title: true,
      status: true,
      requestReceivedOn: true,
      deadline: true,
      adoptedOn: true,
      sentOn: true,
      responseOn: true,
      responseOutcome: true,
      createdAt: true,
      councils: { select: { organisation: { select: { id: true, name: true } } } },
      themes: { select: { theme: { select: { id: true, name: true } } } },
    },
  })
  return advices
    .map(({ councils, themes, status, ...advice }) => ({
      ...advice,
      status: statusOf({ status }),
      date: advice.sentOn ?? advice.adoptedOn ?? advice.requestReceivedOn ?? advice.createdAt,
      joint: councils.length >= 2,
      councils: councils.map((link) => link.organisation).sort(byName),
      /** The other councils of a joint advice. */
      partners: councils
        .map((link) => link.organisation)
        .filter((council) => council.id !== organisationId)
        .sort(byName),
      themes: themes.map((link) => link.theme).sort(byName),
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'nl'))
    .slice(0, take)
}

// Returns one page of the library: advices marked as an example whose response was
// (partly) adopted, filtered by theme, type, municipality, outcome and words in the title,
// summary or text (accent- and case-insensitive, every word must occur). Newest response
// first; each with how often it was reused.
export async function listLibrary({
  themeId,
  type,
  municipalityId,
  outcome,
  q,
  page = 1,
}: {
  themeId?: string | null
  type?: AdviceType | null
  municipalityId?: string | null
  outcome?: string | null
  q?: string | null
  page?: number
} = {}) {
  const and: Prisma.AdviceWhereInput[] = [
    { shareable: true, responseOutcome: { in: [...SUCCESSFUL_OUTCOMES] } },
  ]
  if (themeId) and.push({ themes: { some: { themeId } } })
  if (type) and.push({ type })
  if (municipalityId) and.push(municipalityWhere(municipalityId))
  if (outcome) and.push({ responseOutcome: outcome })
  const rows = await prisma.advice.findMany({
    where: { AND: and },
    select: {
      id: true,
      type: true,
      title: true,
      summary: true,
      body: true,
      sentOn: true,
      responseOn: true,
      responseOutcome: true,
      councils: { select: { organisation: { select: { id: true, name: true } } } },
      themes: { select: { theme: { select: { id: true, name: true } } } },
      addressees: { select: { kind: true, label: true, municipality: { select: { id: true, name: true } } } },
      _count: { select: { derived: true } },
    },
    orderBy: [{ responseOn: 'desc' }, { id: 'asc' }],
  })
  const words = q?.trim() ?? ''
  const matching = words
    ? rows.filter((row) => matchesAllWords(`${row.title}\n${row.summary ?? ''}\n${row.body ?? ''}`, words))
    : rows
  const current = Math.max(1, page)
  return {
    total: matching.length,
    pageCount: Math.max(1, Math.ceil(matching.length / LIBRARY_PAGE_SIZE)),
    advices: matching
      .slice((current - 1) * LIBRARY_PAGE_SIZE, current * LIBRARY_PAGE_SIZE)
      .map(({ councils, themes, body, _count, ...advice }) => ({
        ...advice,
        excerpt: excerpt(advice.summary ?? body ?? '', words),
        councils: councils.map((link) => link.organisation).sort(byName),
        joint: councils.length >= 2,
        themes: themes.map((link) => link.theme).sort(byName),
        reuseCount: _count.derived,
      })),
  }
}

export type LibraryItem = Awaited<ReturnType<typeof listLibrary>>['advices'][number]

// Returns about 300 characters of `text` around the first searched word (the start when
// none occurs), with "…" where it was cut.
function excerpt(text: string, q: string, size = 300) {
  if (text.length <= size) return text
  const word = foldText(q).split(/\s+/).find(Boolean)
  const at = word ? foldText(text).indexOf(word) : -1
  const start = at > size / 3 ? Math.min(at - Math.floor(size / 3), text.length - size) : 0
  return `${start > 0 ? '…' : ''}${text.slice(start, start + size).trim()}${start + size < text.length ? '…' : ''}`
}
