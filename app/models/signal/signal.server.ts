// Signals: a spreekuurpunt reports a practice signal, the worker forwards it to councils,
// the council acts on it and the result goes back to the spreekuurpunt. Every status
// change follows the lifecycle (signal-lifecycle.ts) and writes a SignalEvent in the
// same transaction.
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import {
  currentMunicipalityWhere,
  listCurrentMunicipalityOptions,
} from '~/models/municipality/municipality.server.ts'
import { COUNCIL_TYPES, isCouncilType } from '~/models/organisation/organisation-types.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { type MessageKey, messageRef, t } from '~/utils/i18n/index.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import type { SignalListQuery } from './signal.schema.ts'
import { calendarDay, daysBefore, weeksBetween } from './signal-dates.ts'
import { checkMove, closeNeedsNote, isOpenStatus, isSignalStatus, OPEN_STATUSES } from './signal-lifecycle.ts'
import { findBsnNumbers } from './signal-privacy.ts'
import type { SignalStatus } from './signal-statuses.ts'

export const PAGE_SIZE = 25

type Tx = Prisma.TransactionClient

export type { Refusal }

export type SignalWriteResult =
  | { ok: true; signalId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

export type SignalUpdateResult = SignalWriteResult | { ok: false; reason: 'conflict' }

const statusLabel = (status: string) => t(`signalStatus.${status}` as MessageKey)

// Returns the Dutch message for a step the lifecycle does not allow, naming the next step.
function lifecycleMessage(from: SignalStatus, to: SignalStatus) {
  const verdict = checkMove(from, to)
  if (verdict.ok) return null
  if (verdict.reason === 'closed') return 'signal.lifecycle.closed'
  const next = verdict.next ? statusLabel(verdict.next) : ''
  const key = `signal.lifecycle.${verdict.reason}` as const
  return messageRef(key, { to: statusLabel(to), next })
}

// Returns the status of a signal row as the lifecycle knows it (rows only hold valid ones).
function statusOf(signal: { status: string }): SignalStatus {
  return isSignalStatus(signal.status) ? signal.status : 'NEW'
}

// Moves a signal from its current status to `to` and records the event; throws Refused
// when the lifecycle or its conditions do not allow it. `data` is written with the move.
async function moveStatus(
  tx: Tx,
  {
    signal,
    to,
    note,
    actorId,
    data = {},
  }: {
    signal: { id: string; status: string; feedback: string | null }
    to: SignalStatus
    note: string | null
    actorId: string
    data?: Prisma.SignalUpdateManyMutationInput
  },
) {
  const from = statusOf(signal)
  const refused = lifecycleMessage(from, to)
  if (refused) throw new Refused([{ field: 'form', message: refused }])
  if (to === 'FORWARDED' && (await tx.signalForward.count({ where: { signalId: signal.id } })) === 0) {
    throw new Refused([{ field: 'form', message: 'signal.forwardFirst' }])
  }
  const feedback = typeof data.feedback === 'string' ? data.feedback : signal.feedback
  if (to === 'FED_BACK' && !feedback?.trim()) {
    throw new Refused([{ field: 'feedback', message: 'signal.feedbackRequired' }])
  }
  if (to === 'CLOSED' && closeNeedsNote(from) && !note?.trim()) {
    throw new Refused([{ field: 'note', message: 'signal.closeNoteRequired' }])
  }
  // The status in the WHERE makes the check and the move one step: of two people moving
  // the same signal at once, the second is told it changed meanwhile.
  const { count } = await tx.signal.updateMany({
    where: { id: signal.id, status: from },
    data: { ...data, status: to },
  })
  if (count === 0) throw new Refused([{ field: 'form', message: 'signal.statusChanged' }])
  await tx.signalEvent.create({
    data: { signalId: signal.id, fromStatus: from, toStatus: to, actorId, note: note?.trim() || null },
  })
}

const lifecycleSelect = { id: true, status: true, feedback: true, receivedOn: true, title: true } as const

// Returns the signal for a write inside the transaction, or null.
function findForWrite(tx: Tx, signalId: string) {
  return tx.signal.findUnique({ where: { id: signalId }, select: lifecycleSelect })
}

type SignalFields = {
  receivedOn: Date
  municipalityId: string | null
  title: string
  description: string
  themeIds: string[]
  /** The user confirmed that an e-mail address or phone number is not a client's. */
  contactConfirmed?: boolean
}

// Returns why the fields may not be saved: unknown or merged municipality, retired or
// unknown theme, a date in the future, a BSN. `keep` are the links the signal already has.
async function checkFields(
  tx: Tx,
  fields: SignalFields,
  today: Date,
  keep: { municipalityId: string | null; themeIds: string[] } = { municipalityId: null, themeIds: [] },
) {
  const refusals: Refusal[] = []
  if (fields.receivedOn > calendarDay(today)) {
    refusals.push({ field: 'receivedOn', message: 'signal.dateInFuture' })
  }
  if (fields.municipalityId && fields.municipalityId !== keep.municipalityId) {
    const current = await tx.municipality.count({
      where: { AND: [{ id: fields.municipalityId }, currentMunicipalityWhere(today)] },
    })
    if (current === 0) refusals.push({ field: 'municipalityId', message: 'validation.unknownReference' })
  }
  const themes = await tx.theme.findMany({
    where: { id: { in: fields.themeIds } },
    select: { id: true, active: true },
  })
  const kept = new Set(keep.themeIds)
  if (themes.filter((theme) => theme.active || kept.has(theme.id)).length !== fields.themeIds.length) {
    refusals.push({ field: 'themeIds', message: 'validation.unknownReference' })
  }
  // The forms refuse a BSN already; this keeps one out whatever calls the model.
  for (const field of ['title', 'description'] as const) {
    const found = findBsnNumbers(fields[field])
    if (found.length > 0) {
      refusals.push({ field, message: messageRef('signal.privacy.bsn', { found: found.join(', ') }) })
    }
  }
  return refusals
}

// Returns the audit line of a saved signal: its title, and that contact details were kept
// on the user's word that they are not a client's.
function auditSummary(fields: SignalFields) {
  return fields.contactConfirmed ? `${fields.title} — ${t('signal.audit.contactConfirmed')}` : fields.title
}

// Records a new signal from a spreekuurpunt (an active organisation of type SUPPORT_POINT),
// with status NEW and its first event.
export async function createSignal({
  sourceId,
  actorId,
  today = new Date(),
  ...fields
}: SignalFields & { sourceId: string; actorId: string; today?: Date }): Promise<SignalWriteResult> {
  return refusable(async (tx): Promise<SignalWriteResult> => {
    const refusals = await checkFields(tx, fields, today)
    const source = await tx.organisation.findUnique({
      where: { id: sourceId },
      select: { type: true, active: true },
    })
    if (!source?.active || source.type !== 'SUPPORT_POINT') {
      refusals.unshift({ field: 'sourceId', message: 'signal.sourceNotSupportPoint' })
    }
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    const signal = await tx.signal.create({
      data: {
        sourceId,
        receivedOn: fields.receivedOn,
        municipalityId: fields.municipalityId,
        title: fields.title,
        description: fields.description,
        status: 'NEW',
        createdById: actorId,
        themes: { create: fields.themeIds.map((themeId) => ({ themeId })) },
        events: { create: { fromStatus: null, toStatus: 'NEW', actorId } },
      },
      select: { id: true },
    })
    await recordAudit(
      {
        actorId,
        action: 'signal.create',
        entityType: 'Signal',
        entityId: signal.id,
        summary: auditSummary(fields),
      },
      tx,
    )
    return { ok: true, signalId: signal.id }
  })
}

// Returns everything the signal page shows, or null.
export async function getSignal({ signalId }: { signalId: string }) {
  const signal = await prisma.signal.findUnique({
    where: { id: signalId },
    select: {
      id: true,
      title: true,
      description: true,
      status: true,
      receivedOn: true,
      councilAction: true,
      feedback: true,
      feedbackOn: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { id: true, name: true } },
      source: { select: { id: true, name: true, active: true } },
      municipality: { select: { id: true, name: true } },
      themes: { select: { theme: { select: { id: true, name: true, active: true } } } },
      forwards: {
        select: {
          id: true,
          forwardedOn: true,
          createdAt: true,
          organisation: { select: { id: true, name: true, type: true, active: true } },
          forwardedBy: { select: { id: true, name: true } },
        },
        orderBy: [{ forwardedOn: 'asc' }, { createdAt: 'asc' }],
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
          assignee: { select: { id: true, name: true } },
        },
        orderBy: [{ done: 'asc' }, { dueDate: 'asc' }, { createdAt: 'asc' }],
      },
    },
  })
  if (!signal) return null
  const { themes, status, ...rest } = signal
  return {
    ...rest,
    status: statusOf({ status }),
    themes: themes.map((link) => link.theme).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  }
}

export type SignalDetail = NonNullable<Awaited<ReturnType<typeof getSignal>>>

// Saves an edit of the signal's own fields unless someone else saved since `version` was
// read. Status, forwards, council action and feedback have their own functions.
export async function updateSignal({
  signalId,
  version,
  actorId,
  today = new Date(),
  ...fields
}: SignalFields & {
  signalId: string
  version: number
  actorId: string
  today?: Date
}): Promise<SignalUpdateResult> {
  return refusable(async (tx): Promise<SignalUpdateResult> => {
    const current = await tx.signal.findUnique({
      where: { id: signalId },
      select: { version: true, municipalityId: true, themes: { select: { themeId: true } } },
    })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const refusals = await checkFields(tx, fields, today, {
      municipalityId: current.municipalityId,
      themeIds: current.themes.map((link) => link.themeId),
    })
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.signal.updateMany({
      where: { id: signalId, version },
      data: {
        receivedOn: fields.receivedOn,
        municipalityId: fields.municipalityId,
        title: fields.title,
        description: fields.description,
        version: { increment: 1 },
      },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await tx.signalTheme.deleteMany({ where: { signalId, themeId: { notIn: fields.themeIds } } })
    const have = new Set(
      (await tx.signalTheme.findMany({ where: { signalId }, select: { themeId: true } })).map(
        (link) => link.themeId,
      ),
    )
    await tx.signalTheme.createMany({
      data: fields.themeIds.filter((themeId) => !have.has(themeId)).map((themeId) => ({ signalId, themeId })),
    })
    await recordAudit(
      {
        actorId,
        action: 'signal.update',
        entityType: 'Signal',
        entityId: signalId,
        summary: auditSummary(fields),
      },
      tx,
    )
    return { ok: true, signalId }
  })
}

export type ForwardResult =
  | { ok: true; signalId: string; added: string[]; alreadyForwarded: string[] }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Forwards a signal to one or more active councils on `forwardedOn`. A council it was
// already forwarded to is not added twice. The first forward moves the signal from NEW to
// FORWARDED; later ones (to more councils) leave the status as it is.
export async function forwardSignal({
  signalId,
  organisationIds,
  forwardedOn,
  actorId,
  today = new Date(),
}: {
  signalId: string
  organisationIds: string[]
  forwardedOn: Date
  actorId: string
  today?: Date
}): Promise<ForwardResult> {
  return refusable(async (tx): Promise<ForwardResult> => {
    const signal = await findForWrite(tx, signalId)
    if (!signal) return { ok: false, reason: 'notFound' }
    const refusals: Refusal[] = []
    if (signal.status === 'CLOSED') refusals.push({ field: 'form', message: 'signal.forwardClosed' })
    const wanted = [...new Set(organisationIds)]
    const councils = await tx.organisation.findMany({
      where: { id: { in: wanted } },
      select: { id: true, name: true, type: true, active: true },
    })
    if (wanted.length === 0) refusals.push({ field: 'organisationIds', message: 'signal.chooseCouncil' })
    else if (
      councils.length !== wanted.length ||
      councils.some((council) => !council.active || !isCouncilType(council.type))
    ) {
      refusals.push({ field: 'organisationIds', message: 'signal.forwardNotCouncil' })
    }
    if (forwardedOn > calendarDay(today)) {
      refusals.push({ field: 'forwardedOn', message: 'signal.dateInFuture' })
    } else if (forwardedOn < signal.receivedOn) {
      refusals.push({ field: 'forwardedOn', message: 'signal.forwardBeforeReceived' })
    }
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }

    const existing = new Set(
      (
        await tx.signalForward.findMany({
          where: { signalId, organisationId: { in: wanted } },
          select: { organisationId: true },
        })
      ).map((forward) => forward.organisationId),
    )
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl')
    const added = councils.filter((council) => !existing.has(council.id)).sort(byName)
    await tx.signalForward.createMany({
      data: added.map((council) => ({
        signalId,
        organisationId: council.id,
        forwardedOn,
        forwardedById: actorId,
      })),
    })
    const names = added.map((council) => council.name).join(', ')
    if (added.length > 0) {
      if (signal.status === 'NEW') {
        await moveStatus(tx, {
          signal,
          to: 'FORWARDED',
          note: t('signal.forwardedToNote', { names }),
          actorId,
        })
      }
      await recordAudit(
        { actorId, action: 'signal.forward', entityType: 'Signal', entityId: signalId, summary: names },
        tx,
      )
    }
    return {
      ok: true,
      signalId,
      added: added.map((council) => council.name),
      alreadyForwarded: councils
        .filter((council) => existing.has(council.id))
        .sort(byName)
        .map((council) => council.name),
    }
  })
}

// Moves a signal to `toStatus` (one step forward, or closing early with a note) and
// records who, when and the note. FORWARDED needs a forward, FED_BACK recorded feedback.
export async function changeSignalStatus({
  signalId,
  toStatus,
  note,
  actorId,
}: {
  signalId: string
  toStatus: SignalStatus
  note: string | null
  actorId: string
}): Promise<SignalWriteResult> {
  return refusable(async (tx): Promise<SignalWriteResult> => {
    const signal = await findForWrite(tx, signalId)
    if (!signal) return { ok: false, reason: 'notFound' }
    await moveStatus(tx, { signal, to: toStatus, note, actorId })
    return { ok: true, signalId }
  })
}

// Records what the council(s) did with the signal and moves it from IN_PROGRESS to
// PROCESSED. Once processed (or fed back) the text can still be corrected without a move.
export async function recordCouncilAction({
  signalId,
  councilAction,
  actorId,
}: {
  signalId: string
  councilAction: string
  actorId: string
}): Promise<SignalWriteResult> {
  return refusable(async (tx): Promise<SignalWriteResult> => {
    const signal = await findForWrite(tx, signalId)
    if (!signal) return { ok: false, reason: 'notFound' }
    const text = councilAction.trim()
    if (!text)
      return {
        ok: false,
        reason: 'invalid',
        refusals: [{ field: 'councilAction', message: 'validation.required' }],
      }
    if (signal.status === 'PROCESSED' || signal.status === 'FED_BACK') {
      await tx.signal.update({ where: { id: signalId }, data: { councilAction: text } })
      await recordAudit(
        {
          actorId,
          action: 'signal.councilAction',
          entityType: 'Signal',
          entityId: signalId,
          summary: t('signal.audit.councilActionCorrected'),
        },
        tx,
      )
    } else {
      await moveStatus(tx, { signal, to: 'PROCESSED', note: null, actorId, data: { councilAction: text } })
    }
    return { ok: true, signalId }
  })
}

// Records what was fed back to the spreekuurpunt and when, and moves the signal from
// PROCESSED to FED_BACK. Once fed back the feedback can still be corrected without a move.
export async function recordFeedback({
  signalId,
  feedback,
  feedbackOn,
  actorId,
  today = new Date(),
}: {
  signalId: string
  feedback: string
  feedbackOn: Date
  actorId: string
  today?: Date
}): Promise<SignalWriteResult> {
  return refusable(async (tx): Promise<SignalWriteResult> => {
    const signal = await findForWrite(tx, signalId)
    if (!signal) return { ok: false, reason: 'notFound' }
    const text = feedback.trim()
    const refusals: Refusal[] = []
    if (!text) refusals.push({ field: 'feedback', message: 'signal.feedbackRequired' })
    if (feedbackOn > calendarDay(today))
      refusals.push({ field: 'feedbackOn', message: 'signal.dateInFuture' })
    else if (feedbackOn < signal.receivedOn) {
      refusals.push({ field: 'feedbackOn', message: 'signal.feedbackBeforeReceived' })
    }
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }
    if (signal.status === 'FED_BACK') {
      await tx.signal.update({ where: { id: signalId }, data: { feedback: text, feedbackOn } })
      await recordAudit(
        {
          actorId,
          action: 'signal.feedback',
          entityType: 'Signal',
          entityId: signalId,
          summary: t('signal.audit.feedbackCorrected'),
        },
        tx,
      )
    } else {
      await moveStatus(tx, {
        signal,
        to: 'FED_BACK',
        note: null,
        actorId,
        data: { feedback: text, feedbackOn },
      })
    }
    return { ok: true, signalId }
  })
}

// Closes a signal. After feedback the note is optional; closing earlier (e.g. "niet
// bruikbaar") skips steps, so then the note saying why is required.
export async function closeSignal({
  signalId,
  note,
  actorId,
}: {
  signalId: string
  note: string | null
  actorId: string
}): Promise<SignalWriteResult> {
  return changeSignalStatus({ signalId, toStatus: 'CLOSED', note, actorId })
}

// Deletes a signal entered by mistake, with its themes, forwards, events and follow-ups;
// the audit log keeps who deleted what.
export async function deleteSignal({ signalId, actorId }: { signalId: string; actorId: string }) {
  return prisma.$transaction(async (tx) => {
    const signal = await tx.signal.findUnique({
      where: { id: signalId },
      select: { title: true, status: true, source: { select: { name: true } } },
    })
    if (!signal) return false
    await tx.signal.delete({ where: { id: signalId } })
    await recordAudit(
      {
        actorId,
        action: 'signal.delete',
        entityType: 'Signal',
        entityId: signalId,
        summary: t('signal.audit.deleted', {
          title: signal.title,
          source: signal.source.name,
          status: statusLabel(signal.status),
        }),
      },
      tx,
    )
    return true
  })
}

// Returns the choices of the signal form. Merged municipalities and retired themes are only
// offered when the signal already has them (`keep…`).
export async function getSignalFormOptions({
  keepMunicipalityIds = [],
  keepThemeIds = [],
  today = new Date(),
}: {
  keepMunicipalityIds?: string[]
  keepThemeIds?: string[]
  today?: Date
} = {}) {
  const [sources, municipalities, themes] = await Promise.all([
    prisma.organisation.findMany({
      where: { type: 'SUPPORT_POINT', active: true },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    listCurrentMunicipalityOptions({ keepIds: keepMunicipalityIds, today }),
    listActiveThemeOptions({ keepIds: keepThemeIds }),
  ])
  return { sources, municipalities, themes }
}

// Returns the active councils a signal can be forwarded to, by name.
export function listForwardableCouncils() {
  return prisma.organisation.findMany({
    where: { active: true, type: { in: [...COUNCIL_TYPES] } },
    select: { id: true, name: true, type: true },
    orderBy: { name: 'asc' },
  })
}

// Returns the choices of the overview's filters: every spreekuurpunt and council that can
// be or has been part of a signal, the municipalities and themes in use or current.
export async function getSignalFilterOptions({ today = new Date() }: { today?: Date } = {}) {
  const [sources, councils, usedMunicipalities, usedThemes] = await Promise.all([
    prisma.organisation.findMany({
      where: { type: 'SUPPORT_POINT', OR: [{ active: true }, { signalsReported: { some: {} } }] },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.organisation.findMany({
      where: { type: { in: [...COUNCIL_TYPES] }, OR: [{ active: true }, { signalsReceived: { some: {} } }] },
      select: { id: true, name: true },
      orderBy: { name: 'asc' },
    }),
    prisma.signal.findMany({
      where: { municipalityId: { not: null } },
      select: { municipalityId: true },
      distinct: ['municipalityId'],
    }),
    prisma.signalTheme.findMany({ select: { themeId: true }, distinct: ['themeId'] }),
  ])
  const [municipalities, themes] = await Promise.all([
    listCurrentMunicipalityOptions({
      keepIds: usedMunicipalities.flatMap((row) => (row.municipalityId ? [row.municipalityId] : [])),
      today,
    }),
    listActiveThemeOptions({ keepIds: usedThemes.map((row) => row.themeId) }),
  ])
  return { sources, councils, municipalities, themes }
}

// Returns the "where" of the overview's filters.
function listWhere(query: SignalListQuery): Prisma.SignalWhereInput {
  const where: Prisma.SignalWhereInput = {}
  if (query.status === 'open') where.status = { in: [...OPEN_STATUSES] }
  else if (query.status) where.status = query.status
  if (query.spreekuurpunt) where.sourceId = query.spreekuurpunt
  if (query.raad) where.forwards = { some: { organisationId: query.raad } }
  if (query.thema) where.themes = { some: { themeId: query.thema } }
  if (query.gemeente) where.municipalityId = query.gemeente
  if (query.van || query.tot) {
    where.receivedOn = {
      ...(query.van ? { gte: new Date(`${query.van}T00:00:00.000Z`) } : {}),
      ...(query.tot ? { lte: new Date(`${query.tot}T00:00:00.000Z`) } : {}),
    }
  }
  return where
}

const listSelect = {
  id: true,
  title: true,
  status: true,
  receivedOn: true,
  source: { select: { id: true, name: true } },
  municipality: { select: { id: true, name: true } },
  forwards: {
    select: { forwardedOn: true, organisation: { select: { id: true, name: true } } },
    orderBy: { forwardedOn: 'asc' },
  },
} as const satisfies Prisma.SignalSelect

type ListRow = Prisma.SignalGetPayload<{ select: typeof listSelect }>

// Returns a signal row of a list with its status checked and its councils by name.
function listItem({ forwards, status, ...signal }: ListRow) {
  return {
    ...signal,
    status: statusOf({ status }),
    councils: forwards
      .map((forward) => forward.organisation)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    firstForwardedOn: forwards[0]?.forwardedOn ?? null,
  }
}

export type SignalListItem = ReturnType<typeof listItem>

// Returns one page of signals for the overview's filters, newest first, and the total.
export async function listSignals(query: SignalListQuery) {
  const where = listWhere(query)
  const [total, signals] = await Promise.all([
    prisma.signal.count({ where }),
    prisma.signal.findMany({
      where,
      select: listSelect,
      orderBy: [{ receivedOn: 'desc' }, { createdAt: 'desc' }],
      skip: (query.pagina - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ])
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), signals: signals.map(listItem) }
}

// Returns the open signals (not fed back or closed) for the filters, grouped by the council
// they were forwarded to (a signal sent to two councils shows under both), councils by
// name, oldest signal first; and the open signals not forwarded yet.
export async function listOpenSignalsByCouncil(query: SignalListQuery) {
  const signals = (
    await prisma.signal.findMany({
      where: { AND: [listWhere(query), { status: { in: [...OPEN_STATUSES] } }] },
      select: listSelect,
      orderBy: [{ receivedOn: 'asc' }, { createdAt: 'asc' }],
    })
  ).map(listItem)
  const groups = new Map<string, { council: { id: string; name: string }; signals: SignalListItem[] }>()
  for (const signal of signals) {
    for (const council of signal.councils) {
      const group = groups.get(council.id) ?? { council, signals: [] }
      group.signals.push(signal)
      groups.set(council.id, group)
    }
  }
  return {
    councils: [...groups.values()].sort((a, b) => a.council.name.localeCompare(b.council.name, 'nl')),
    notForwarded: signals.filter((signal) => signal.councils.length === 0),
  }
}

// Returns the stuck signals: forwarded more than `weeks` weeks ago (to at least one
// council) and still not fed back or closed, the longest waiting first.
export async function listSignalsWithoutFeedback(
  query: SignalListQuery,
  { weeks, today = new Date() }: { weeks: number; today?: Date },
) {
  const day = calendarDay(today)
  const cutoff = daysBefore(day, weeks * 7)
  const signals = await prisma.signal.findMany({
    where: {
      AND: [
        listWhere(query),
        {
          status: { in: OPEN_STATUSES.filter((status) => status !== 'NEW') },
          forwards: { some: { forwardedOn: { lt: cutoff } } },
        },
      ],
    },
    select: listSelect,
  })
  return signals
    .map(listItem)
    .map((signal) => ({
      ...signal,
      weeksWaiting: signal.firstForwardedOn ? weeksBetween(signal.firstForwardedOn, day) : 0,
    }))
    .sort((a, b) => (a.firstForwardedOn?.getTime() ?? 0) - (b.firstForwardedOn?.getTime() ?? 0))
}

type CountRow = { id: string | null; name: string; total: number; open: number; fedBack: number }

// Returns the number of signals for the filters per theme and per municipality: in total,
// still open, and fed back or closed. Signals without a theme or municipality get a row of
// their own (id null).
export async function countSignals(query: SignalListQuery) {
  const signals = await prisma.signal.findMany({
    where: listWhere(query),
    select: {
      status: true,
      municipality: { select: { id: true, name: true } },
      themes: { select: { theme: { select: { id: true, name: true } } } },
    },
  })
  const tally = (
    rows: Map<string, CountRow>,
    key: string,
    id: string | null,
    name: string,
    status: string,
  ) => {
    const row = rows.get(key) ?? { id, name, total: 0, open: 0, fedBack: 0 }
    row.total += 1
    if (isSignalStatus(status) && isOpenStatus(status)) row.open += 1
    else row.fedBack += 1
    rows.set(key, row)
  }
  const byTheme = new Map<string, CountRow>()
  const byMunicipality = new Map<string, CountRow>()
  for (const signal of signals) {
    if (signal.themes.length === 0) tally(byTheme, '', null, t('signal.noTheme'), signal.status)
    for (const { theme } of signal.themes) tally(byTheme, theme.id, theme.id, theme.name, signal.status)
    const municipality = signal.municipality
    if (municipality)
      tally(byMunicipality, municipality.id, municipality.id, municipality.name, signal.status)
    else tally(byMunicipality, '', null, t('signal.noMunicipality'), signal.status)
  }
  // Most signals first; the rows without a theme or municipality last.
  const order = (rows: Map<string, CountRow>) =>
    [...rows.values()].sort(
      (a, b) =>
        Number(a.id === null) - Number(b.id === null) ||
        b.total - a.total ||
        a.name.localeCompare(b.name, 'nl'),
    )
  return { total: signals.length, byTheme: order(byTheme), byMunicipality: order(byMunicipality) }
}

// Returns the latest signals an organisation reported (as spreekuurpunt) or received (as
// council), newest first, each saying which of the two it was.
export async function listSignalsForOrganisation({
  organisationId,
  take = 20,
}: {
  organisationId: string
  take?: number
}) {
  const signals = await prisma.signal.findMany({
    where: { OR: [{ sourceId: organisationId }, { forwards: { some: { organisationId } } }] },
    select: {
      id: true,
      title: true,
      status: true,
      receivedOn: true,
      sourceId: true,
      source: { select: { id: true, name: true } },
      themes: { select: { theme: { select: { id: true, name: true } } } },
      forwards: { where: { organisationId }, select: { forwardedOn: true } },
    },
    orderBy: [{ receivedOn: 'desc' }, { createdAt: 'desc' }],
    take,
  })
  return signals.map(({ sourceId, themes, forwards, status, ...signal }) => ({
    ...signal,
    status: statusOf({ status }),
    role: sourceId === organisationId ? ('reported' as const) : ('received' as const),
    forwardedOn: forwards[0]?.forwardedOn ?? null,
    themes: themes.map((link) => link.theme),
  }))
}
