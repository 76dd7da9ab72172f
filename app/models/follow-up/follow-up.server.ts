// Follow-ups ("vervolgacties"): something to do after an activity, about a signal, or a
// joint action agreed at a meeting — what, by when, by whom, done or not. Pass one of
// `activityId`, `signalId` or `meetingId`. The follow-ups of quick-scan actions are written
// by the plan van aanpak (app/models/quickscan/plan.server.ts); ticking one done here sets
// its action gereed.

import type { Prisma } from '~/generated/prisma/client.ts'
import { localToday } from '~/models/activity/occurred-at.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { CLOSED_ACTION_STATUSES } from '~/models/quickscan/quickscan-constants.ts'
import { prisma } from '~/utils/db.server.ts'
import { FOLLOW_UP_DESCRIPTION_MAX } from './follow-up.schema.ts'
import { compareFollowUps, isOverdue } from './follow-up-order.ts'
import { followUpHref } from './follow-up-source.ts'

type Client = Prisma.TransactionClient | typeof prisma

// Who may be given a follow-up: the roles that record work.
export const ASSIGNABLE_ROLES = ['opbouwwerker', 'coordinator', 'beheerder']

// Returns the people a follow-up can be assigned to (active workers and up), by name.
export function listAssignees() {
  return prisma.user.findMany({
    where: { active: true, role: { in: ASSIGNABLE_ROLES } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  })
}

// Returns true when `userId` is an active user who may be given a follow-up.
export async function isAssignable(client: Client, userId: string) {
  const user = await client.user.findFirst({
    where: { id: userId, active: true, role: { in: ASSIGNABLE_ROLES } },
    select: { id: true },
  })
  return user !== null
}

export type AddFollowUpInput = {
  /** The activity the follow-up belongs to; give exactly one of the three. */
  activityId?: string | null
  /** The signal the follow-up belongs to. */
  signalId?: string | null
  /** The meeting where the follow-up was agreed as a joint action. */
  meetingId?: string | null
  /** The council or partner that carries a joint action out (the assignee follows it up). */
  ownerOrganisationId?: string | null
  description: string
  /** A date-only value (midnight UTC of the day), or null for "no due date". */
  dueDate: Date | null
  assigneeId: string
  actorId: string
}

export type FollowUpRefusal = {
  field: 'description' | 'dueDate' | 'assigneeId' | 'ownerOrganisationId'
  message: string
}

export type AddFollowUpResult =
  | { ok: true; followUpId: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: FollowUpRefusal[] }

// Returns whether the one record a follow-up belongs to exists; false when there is not
// exactly one.
async function targetExists(
  tx: Prisma.TransactionClient,
  {
    activityId,
    signalId,
    meetingId,
  }: { activityId: string | null; signalId: string | null; meetingId: string | null },
) {
  if ([activityId, signalId, meetingId].filter((id) => id !== null).length !== 1) return false
  const select = { id: true } as const
  const target = activityId
    ? await tx.activity.findUnique({ where: { id: activityId }, select })
    : signalId
      ? await tx.signal.findUnique({ where: { id: signalId }, select })
      : await tx.meeting.findUnique({ where: { id: meetingId ?? '' }, select })
  return target !== null
}

// Adds a follow-up to an activity, a signal or a meeting (a joint action, optionally
// carried out by an organisation). Refused ('invalid', with field messages) for an empty or
// too long description, an assignee who is not an active worker or an owner organisation
// that is unknown or inactive; 'notFound' when the record it belongs to does not exist (or
// not exactly one is given). Pass a transaction client to make it part of a larger write.
export async function addFollowUp(input: AddFollowUpInput, client?: Prisma.TransactionClient) {
  const run = async (tx: Prisma.TransactionClient): Promise<AddFollowUpResult> => {
    const { activityId = null, signalId = null, meetingId = null, ownerOrganisationId = null } = input
    if (!(await targetExists(tx, { activityId, signalId, meetingId })))
      return { ok: false, reason: 'notFound' }

    const refusals: FollowUpRefusal[] = []
    const description = input.description.trim()
    if (description === '') refusals.push({ field: 'description', message: 'validation.required' })
    else if (description.length > FOLLOW_UP_DESCRIPTION_MAX) {
      refusals.push({ field: 'description', message: `validation.tooLong?max=${FOLLOW_UP_DESCRIPTION_MAX}` })
    }
    if (input.dueDate && Number.isNaN(input.dueDate.getTime())) {
      refusals.push({ field: 'dueDate', message: 'validation.date' })
    }
    if (!(await isAssignable(tx, input.assigneeId))) {
      refusals.push({ field: 'assigneeId', message: 'followUp.assigneeNotAvailable' })
    }
    if (
      ownerOrganisationId &&
      !(await tx.organisation.findFirst({
        where: { id: ownerOrganisationId, active: true },
        select: { id: true },
      }))
    ) {
      refusals.push({ field: 'ownerOrganisationId', message: 'validation.unknownReference' })
    }
    if (refusals.length > 0) return { ok: false, reason: 'invalid', refusals }

    const followUp = await tx.followUp.create({
      data: {
        description,
        dueDate: input.dueDate,
        assigneeId: input.assigneeId,
        activityId,
        signalId,
        meetingId,
        ownerOrganisationId,
        createdById: input.actorId,
      },
      select: { id: true },
    })
    return { ok: true, followUpId: followUp.id }
  }
  return client ? run(client) : prisma.$transaction(run)
}

export type SetFollowUpDoneResult =
  | { ok: true; activityId: string | null; signalId: string | null }
  | { ok: false; reason: 'notFound' }

// Sets the quick-scan action of a follow-up in step with it, in the same transaction: done
// makes the action gereed, open again makes a finished action open (and a completed scan
// discussed again, as its plan has work again).
async function syncQuickScanAction(tx: Prisma.TransactionClient, actionId: string, done: boolean) {
  const action = await tx.quickScanAction.findUnique({
    where: { id: actionId },
    select: { status: true, scanId: true, scan: { select: { status: true } } },
  })
  if (!action) return
  const finished = (CLOSED_ACTION_STATUSES as readonly string[]).includes(action.status)
  if (done === finished) return
  await tx.quickScanAction.update({
    where: { id: actionId },
    data: { status: done ? 'DONE' : 'OPEN', version: { increment: 1 } },
  })
  if (!done && action.scan.status === 'COMPLETED') {
    await tx.quickScan.update({
      where: { id: action.scanId },
      data: { status: 'DISCUSSED', version: { increment: 1 } },
    })
  }
}

// Marks a follow-up done (recording when) or open again; the audit log keeps who did it.
// The follow-up of a quick-scan action takes its action along.
export async function setFollowUpDone({
  followUpId,
  done,
  actorId,
}: {
  followUpId: string
  done: boolean
  actorId: string
}): Promise<SetFollowUpDoneResult> {
  return prisma.$transaction(async (tx) => {
    const followUp = await tx.followUp.findUnique({
      where: { id: followUpId },
      select: {
        id: true,
        done: true,
        description: true,
        activityId: true,
        signalId: true,
        quickScanActionId: true,
      },
    })
    if (!followUp) return { ok: false, reason: 'notFound' }
    if (followUp.done !== done) {
      await tx.followUp.update({
        where: { id: followUpId },
        data: { done, doneAt: done ? new Date() : null },
      })
      if (followUp.quickScanActionId) await syncQuickScanAction(tx, followUp.quickScanActionId, done)
      await recordAudit(
        {
          actorId,
          action: done ? 'followUp.done' : 'followUp.reopen',
          entityType: 'FollowUp',
          entityId: followUpId,
          summary: followUp.description.slice(0, 200),
        },
        tx,
      )
    }
    return { ok: true, activityId: followUp.activityId, signalId: followUp.signalId }
  })
}

const followUpSelect = {
  id: true,
  description: true,
  dueDate: true,
  done: true,
  doneAt: true,
  createdAt: true,
  assignee: { select: { id: true, name: true, active: true } },
  createdBy: { select: { id: true, name: true } },
} as const

// Returns one follow-up with what it belongs to, or null.
export function getFollowUp({ followUpId }: { followUpId: string }) {
  return prisma.followUp.findUnique({
    where: { id: followUpId },
    select: { ...followUpSelect, assigneeId: true, activityId: true, signalId: true },
  })
}

// Returns the follow-ups of one activity or one signal: open ones first (earliest due date
// first, undated last), then the done ones.
export async function listFollowUps({
  activityId,
  signalId,
  today = new Date(),
}: {
  activityId?: string
  signalId?: string
  today?: Date
}) {
  if (!activityId && !signalId) return []
  const day = localToday(today)
  const followUps = await prisma.followUp.findMany({
    where: activityId ? { activityId } : { signalId },
    select: followUpSelect,
  })
  return followUps
    .sort((a, b) => Number(a.done) - Number(b.done) || compareFollowUps(a, b))
    .map((followUp) => ({ ...followUp, overdue: isOverdue(followUp, day) }))
}

export type FollowUpItem = Awaited<ReturnType<typeof listFollowUps>>[number]

// Returns the follow-ups assigned to `userId` that are not done: overdue ones first (due
// before `today` in Dutch time), then by due date, those without a due date last. Each
// carries what it belongs to and where that is shown (`href`). With `includeDone`, the
// done ones follow, the most recently done first (at most 50).
export async function listMyFollowUps({
  userId,
  today = new Date(),
  includeDone = false,
}: {
  userId: string
  today?: Date
  includeDone?: boolean
}) {
  const day = localToday(today)
  const select = {
    ...followUpSelect,
    activityId: true,
    signalId: true,
    adviceId: true,
    meetingId: true,
    activity: { select: { id: true, kind: true, subtype: true, summary: true, occurredAt: true } },
    signal: { select: { id: true, title: true, receivedOn: true } },
    advice: { select: { id: true, title: true } },
    meeting: { select: { id: true, title: true, startsAt: true } },
    quickScanAction: { select: { id: true, scanId: true } },
    ownerOrganisation: { select: { id: true, name: true } },
  } as const
  const [open, done] = await Promise.all([
    prisma.followUp.findMany({ where: { assigneeId: userId, done: false }, select }),
    includeDone
      ? prisma.followUp.findMany({
          where: { assigneeId: userId, done: true },
          select,
          orderBy: { doneAt: 'desc' },
          take: 50,
        })
      : Promise.resolve([]),
  ])
  return [...open.sort(compareFollowUps), ...done].map(
    ({ activity, signal, advice, meeting, ...followUp }) => ({
      ...followUp,
      overdue: isOverdue(followUp, day),
      activity,
      signal,
      advice,
      meeting,
      href: followUpHref(followUp),
    }),
  )
}

export type MyFollowUp = Awaited<ReturnType<typeof listMyFollowUps>>[number]

// Returns how many follow-ups assigned to `userId` are not done.
export function countOpenFollowUps({ userId }: { userId: string }) {
  return prisma.followUp.count({ where: { assigneeId: userId, done: false } })
}
