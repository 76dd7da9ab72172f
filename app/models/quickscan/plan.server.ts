// The plan van aanpak of a quick scan (issue 7 part 7): actions linked to a dimension or an
// item of the photo — what, who carries it out (a person or an organisation), by when, and
// how far it is (open, bezig, gereed, vervallen). Every action has a follow-up
// (FollowUp.quickScanActionId) written in the same transaction, so that it shows in Mijn
// acties, on the dashboard and in the agenda of the scan's supporter; a finished action
// (gereed or vervallen) has its follow-up done. Ticking that follow-up done sets the action
// gereed (follow-up.server.ts, setFollowUpDone).
import type { Prisma } from '~/generated/prisma/client.ts'
import { localToday } from '~/models/activity/occurred-at.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { isAssignable } from '~/models/follow-up/follow-up.server.ts'
import { currentMembershipWhere } from '~/models/person/membership.server.ts'
import { membershipRoleLabel } from '~/models/person/membership-roles.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import {
  listTopicOptions,
  QUESTIONNAIRE_TOPICS_SELECT,
  type ResolvedTopic,
  resolveTopic,
  storedTopicKey,
} from './conversation.server.ts'
import type { ActionExportQuery, ActionFields } from './plan.schema.ts'
import {
  canCompleteScan,
  compareActions,
  countByStatus,
  followUpDescription,
  isActionOverdue,
  isClosedActionStatus,
  isPlanStatus,
  type OwnerRef,
  ownerKey,
  scanStatusAfterAction,
} from './plan-helpers.ts'
import type { ActionStatus } from './quickscan-constants.ts'

type Tx = Prisma.TransactionClient

// The organisation types that are offered as owners beside the scan's councils and the
// municipality's organisations: partners and the support organisation itself.
const PARTNER_TYPES = ['PARTNER', 'SUPPORT_ORG']

const ACTION_SELECT = {
  id: true,
  title: true,
  description: true,
  status: true,
  dueOn: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  dimensionCode: true,
  item: { select: { code: true, text: true } },
  ownerPerson: { select: { id: true, name: true } },
  ownerOrganisation: { select: { id: true, name: true } },
  createdBy: { select: { name: true } },
  followUp: { select: { id: true, done: true, assignee: { select: { id: true, name: true } } } },
  scan: {
    select: {
      id: true,
      title: true,
      closesOn: true,
      municipality: { select: { name: true } },
      questionnaire: { select: { dimensions: { select: { code: true, name: true } } } },
    },
  },
} as const satisfies Prisma.QuickScanActionSelect

type ActionRow = Prisma.QuickScanActionGetPayload<{ select: typeof ACTION_SELECT }>

// Returns the topic of an action: an item (its code and statement) or a dimension (its code
// and name), with its form key; null when it has none.
function actionTopic(
  action: { dimensionCode: string | null; item: { code: string; text: string } | null },
  dimensions: { code: string; name: string }[],
) {
  const key = storedTopicKey(action)
  if (action.item) return { kind: 'item' as const, key, code: action.item.code, text: action.item.text }
  if (!action.dimensionCode) return null
  const dimension = dimensions.find((candidate) => candidate.code === action.dimensionCode)
  return { kind: 'dimension' as const, key, code: action.dimensionCode, text: dimension?.name ?? null }
}

// Returns an action as the pages show it: with its owner, topic and whether it is overdue.
function actionView(action: ActionRow, today: Date) {
  const { ownerPerson, ownerOrganisation, followUp, item, scan, ...rest } = action
  const owner = ownerPerson
    ? {
        kind: 'person' as const,
        id: ownerPerson.id,
        name: ownerPerson.name,
        key: ownerKey({ kind: 'person', id: ownerPerson.id }),
      }
    : ownerOrganisation
      ? {
          kind: 'organisation' as const,
          id: ownerOrganisation.id,
          name: ownerOrganisation.name,
          key: ownerKey({ kind: 'organisation', id: ownerOrganisation.id }),
        }
      : null
  return {
    ...rest,
    topic: actionTopic({ dimensionCode: rest.dimensionCode, item }, scan.questionnaire.dimensions),
    owner,
    followUp,
    scan: { id: scan.id, title: scan.title, closesOn: scan.closesOn, municipality: scan.municipality },
    overdue: isActionOverdue(action, today),
  }
}

export type PlanAction = ReturnType<typeof actionView>

/** An option of a select, maybe under a group heading. */
export type Option = { value: string; label: string; group?: string }

// Returns who can be chosen as an action's owner: the current members of the scan's councils
// first, then the councils, the municipality's organisations and partners, then everyone
// else; plus the owners the scan's actions have now (also when they would not be offered).
async function ownerOptions(
  tx: Tx | typeof prisma,
  {
    councilIds,
    municipalityId,
    keep,
    today,
  }: { councilIds: string[]; municipalityId: string; keep: OwnerRef[]; today: Date },
): Promise<Option[]> {
  const [members, organisations, people, kept] = await Promise.all([
    tx.membership.findMany({
      where: { organisationId: { in: councilIds }, ...currentMembershipWhere(today) },
      select: {
        role: true,
        person: { select: { id: true, name: true } },
        organisation: { select: { name: true } },
      },
    }),
    tx.organisation.findMany({
      where: {
        OR: [
          { id: { in: councilIds } },
          { active: true, municipalities: { some: { municipalityId } } },
          { active: true, type: { in: PARTNER_TYPES } },
        ],
      },
      select: { id: true, name: true },
    }),
    tx.person.findMany({ select: { id: true, name: true } }),
    tx.organisation.findMany({
      where: { id: { in: keep.flatMap((owner) => (owner.kind === 'organisation' ? [owner.id] : [])) } },
      select: { id: true, name: true },
    }),
  ])
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl')
  const memberGroup = t('quickscanPlan.owner.groupMembers')
  const memberIds = new Set<string>()
  const memberOptions = members
    .map((member) => ({
      name: member.person.name,
      value: ownerKey({ kind: 'person', id: member.person.id }),
      label: `${member.person.name} (${membershipRoleLabel(member.role)}, ${member.organisation.name})`,
      personId: member.person.id,
    }))
    .sort(byName)
    .filter((option) => {
      if (memberIds.has(option.personId)) return false
      memberIds.add(option.personId)
      return true
    })
    .map(({ value, label }) => ({ value, label, group: memberGroup }))
  const organisationGroup = t('quickscanPlan.owner.groupOrganisations')
  const organisationIds = new Set<string>()
  const organisationOptions = [...organisations, ...kept]
    .sort(byName)
    .filter((organisation) => {
      if (organisationIds.has(organisation.id)) return false
      organisationIds.add(organisation.id)
      return true
    })
    .map((organisation) => ({
      value: ownerKey({ kind: 'organisation', id: organisation.id }),
      label: organisation.name,
      group: organisationGroup,
    }))
  const peopleGroup = t('quickscanPlan.owner.groupPeople')
  const peopleOptions = people
    .filter((person) => !memberIds.has(person.id))
    .sort(byName)
    .map((person) => ({
      value: ownerKey({ kind: 'person', id: person.id }),
      label: person.name,
      group: peopleGroup,
    }))
  return [...memberOptions, ...organisationOptions, ...peopleOptions]
}

// Returns the plan of a scan as its page shows it: the scan, the actions in plan order with
// the counts per status, whether "Afronden" is offered, and the options of the action form.
// Null when the scan does not exist.
export async function getPlan({ scanId, now = new Date() }: { scanId: string; now?: Date }) {
  const today = localToday(now)
  const scan = await prisma.quickScan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      title: true,
      status: true,
      municipality: { select: { id: true, name: true } },
      supporter: { select: { id: true, name: true } },
      councils: {
        select: { organisation: { select: { id: true, name: true } } },
        orderBy: { organisation: { name: 'asc' } },
      },
      conversation: { select: { heldOn: true } },
      questionnaire: { select: QUESTIONNAIRE_TOPICS_SELECT },
      actions: { select: ACTION_SELECT },
    },
  })
  if (!scan) return null
  const actions = scan.actions.map((action) => actionView(action, today)).sort(compareActions)
  const councils = scan.councils.map((council) => council.organisation)
  const topics = listTopicOptions(scan.questionnaire)
  const owners = await ownerOptions(prisma, {
    councilIds: councils.map((council) => council.id),
    municipalityId: scan.municipality.id,
    keep: actions.flatMap((action) =>
      action.owner ? [{ kind: action.owner.kind, id: action.owner.id }] : [],
    ),
    today,
  })
  return {
    scan: {
      id: scan.id,
      title: scan.title,
      status: scan.status,
      municipality: scan.municipality,
      supporter: scan.supporter,
      councils,
      conversationHeldOn: scan.conversation?.heldOn ?? null,
    },
    actions,
    counts: countByStatus(actions),
    overdue: actions.filter((action) => action.overdue).length,
    editable: isPlanStatus(scan.status),
    canComplete: canCompleteScan(scan.status, actions),
    options: {
      topics: topics.map((topic) => ({ value: topic.key, label: topic.label, group: topic.group })),
      owners,
    },
  }
}

export type Plan = NonNullable<Awaited<ReturnType<typeof getPlan>>>

export type ActionWriteResult =
  | { ok: true; actionId: string; scanReopened: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'notReady' }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

type ScanForActions = {
  status: string
  title: string
  municipality: { name: string }
  questionnaire: Parameters<typeof resolveTopic>[0]
}

const SCAN_FOR_ACTIONS = {
  status: true,
  title: true,
  supporterId: true,
  municipality: { select: { name: true } },
  questionnaire: { select: QUESTIONNAIRE_TOPICS_SELECT },
} as const satisfies Prisma.QuickScanSelect

// Returns where the fields' topic and owner are stored; throws Refused (rolling back the
// write) for a topic outside the scan's questionnaire, an unknown person, or an organisation
// that is unknown or inactive (unless the action has it already).
async function resolveFields(
  tx: Tx,
  scan: ScanForActions,
  fields: ActionFields,
  keepOrganisationId: string | null,
) {
  const refusals: Refusal[] = []
  let topic: ResolvedTopic | null = null
  if (fields.topic) {
    topic = resolveTopic(scan.questionnaire, fields.topic)
    if (!topic) refusals.push({ field: 'topic', message: 'validation.unknownReference' })
  }
  let ownerPersonId: string | null = null
  let ownerOrganisationId: string | null = null
  if (fields.owner?.kind === 'person') {
    const person = await tx.person.findUnique({ where: { id: fields.owner.id }, select: { id: true } })
    if (person) ownerPersonId = person.id
    else refusals.push({ field: 'owner', message: 'quickscanPlan.action.ownerUnknown' })
  } else if (fields.owner?.kind === 'organisation') {
    const organisation = await tx.organisation.findUnique({
      where: { id: fields.owner.id },
      select: { id: true, active: true },
    })
    if (organisation && (organisation.active || organisation.id === keepOrganisationId)) {
      ownerOrganisationId = organisation.id
    } else refusals.push({ field: 'owner', message: 'quickscanPlan.action.ownerUnknown' })
  }
  if (refusals.length > 0) throw new Refused(refusals)
  return {
    title: fields.title,
    description: fields.description,
    dueOn: fields.dueOn,
    status: fields.status,
    dimensionCode: topic?.dimensionCode ?? null,
    itemId: topic?.itemId ?? null,
    ownerPersonId,
    ownerOrganisationId,
  }
}

// Returns the follow-up fields that mirror an action (what, by when, which organisation
// carries it out, done when the action is finished); `wasDone` keeps the moment it was done.
function followUpFields(
  action: { title: string; dueOn: Date | null; status: string; ownerOrganisationId: string | null },
  municipalityName: string,
  wasDone: { done: boolean; doneAt: Date | null } | null,
  now: Date,
) {
  const done = isClosedActionStatus(action.status)
  return {
    description: followUpDescription(municipalityName, action.title),
    dueDate: action.dueOn,
    ownerOrganisationId: action.ownerOrganisationId,
    done,
    doneAt: done ? (wasDone?.done ? wasDone.doneAt : now) : null,
  }
}

// Writes the follow-up of an action to match it (creating it when it is missing), inside the
// action's transaction. A new follow-up goes to the scan's supporter when they can be given
// follow-ups, else to the one who made the change.
async function syncFollowUp(
  tx: Tx,
  {
    actionId,
    action,
    municipalityName,
    supporterId,
    actorId,
    now,
  }: {
    actionId: string
    action: { title: string; dueOn: Date | null; status: string; ownerOrganisationId: string | null }
    municipalityName: string
    supporterId: string | null
    actorId: string
    now: Date
  },
) {
  const existing = await tx.followUp.findUnique({
    where: { quickScanActionId: actionId },
    select: { id: true, done: true, doneAt: true },
  })
  const fields = followUpFields(action, municipalityName, existing, now)
  if (existing) {
    await tx.followUp.update({ where: { id: existing.id }, data: fields })
    return
  }
  const assigneeId = supporterId && (await isAssignable(tx, supporterId)) ? supporterId : actorId
  await tx.followUp.create({
    data: { ...fields, quickScanActionId: actionId, assigneeId, createdById: actorId },
  })
}

// Moves a completed scan back to DISCUSSED when an action has work again; returns whether it did.
async function reopenScanIfNeeded(tx: Tx, scanId: string, scanStatus: string, actionStatus: string) {
  const status = scanStatusAfterAction(scanStatus, actionStatus)
  if (status === scanStatus) return false
  await tx.quickScan.update({ where: { id: scanId }, data: { status, version: { increment: 1 } } })
  return true
}

// Adds an action to the plan of a scan, with its follow-up, in one transaction. Refused
// ('notReady') before the scan's answers are closed.
export function createAction({
  scanId,
  fields,
  actorId,
  now = new Date(),
}: {
  scanId: string
  fields: ActionFields
  actorId: string
  now?: Date
}): Promise<ActionWriteResult> {
  return refusable(async (tx): Promise<ActionWriteResult> => {
    const scan = await tx.quickScan.findUnique({ where: { id: scanId }, select: SCAN_FOR_ACTIONS })
    if (!scan) return { ok: false, reason: 'notFound' }
    if (!isPlanStatus(scan.status)) return { ok: false, reason: 'notReady' }
    const data = await resolveFields(tx, scan, fields, null)
    const action = await tx.quickScanAction.create({
      data: { ...data, scanId, createdById: actorId },
      select: { id: true },
    })
    await syncFollowUp(tx, {
      actionId: action.id,
      action: data,
      municipalityName: scan.municipality.name,
      supporterId: scan.supporterId,
      actorId,
      now,
    })
    const scanReopened = await reopenScanIfNeeded(tx, scanId, scan.status, data.status)
    await recordAudit(
      {
        actorId,
        action: 'quickScanAction.create',
        entityType: 'QuickScanAction',
        entityId: action.id,
        summary: data.title,
      },
      tx,
    )
    return { ok: true, actionId: action.id, scanReopened }
  })
}

// Saves an edit of an action unless someone else changed it since `version`; its follow-up
// follows in the same transaction.
export function updateAction({
  scanId,
  actionId,
  version,
  fields,
  actorId,
  now = new Date(),
}: {
  scanId: string
  actionId: string
  version: number
  fields: ActionFields
  actorId: string
  now?: Date
}): Promise<ActionWriteResult> {
  return refusable(async (tx): Promise<ActionWriteResult> => {
    const scan = await tx.quickScan.findUnique({ where: { id: scanId }, select: SCAN_FOR_ACTIONS })
    const current = await tx.quickScanAction.findFirst({
      where: { id: actionId, scanId },
      select: { version: true, ownerOrganisationId: true },
    })
    if (!scan || !current) return { ok: false, reason: 'notFound' }
    if (!isPlanStatus(scan.status)) return { ok: false, reason: 'notReady' }
    if (current.version !== version) return { ok: false, reason: 'conflict' }
    const data = await resolveFields(tx, scan, fields, current.ownerOrganisationId)
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.quickScanAction.updateMany({
      where: { id: actionId, version },
      data: { ...data, version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict' }
    await syncFollowUp(tx, {
      actionId,
      action: data,
      municipalityName: scan.municipality.name,
      supporterId: scan.supporterId,
      actorId,
      now,
    })
    const scanReopened = await reopenScanIfNeeded(tx, scanId, scan.status, data.status)
    await recordAudit(
      {
        actorId,
        action: 'quickScanAction.update',
        entityType: 'QuickScanAction',
        entityId: actionId,
        summary: data.title,
      },
      tx,
    )
    return { ok: true, actionId, scanReopened }
  })
}

// Sets an action's status in one tap (no version check: the last tap wins, and an open edit
// form sees the new version); the follow-up is done exactly when the action is finished.
export function setActionStatus({
  scanId,
  actionId,
  status,
  actorId,
  now = new Date(),
}: {
  scanId: string
  actionId: string
  status: ActionStatus
  actorId: string
  now?: Date
}): Promise<ActionWriteResult> {
  return refusable(async (tx): Promise<ActionWriteResult> => {
    const scan = await tx.quickScan.findUnique({ where: { id: scanId }, select: SCAN_FOR_ACTIONS })
    const action = await tx.quickScanAction.findFirst({
      where: { id: actionId, scanId },
      select: { title: true, dueOn: true, status: true, ownerOrganisationId: true },
    })
    if (!scan || !action) return { ok: false, reason: 'notFound' }
    if (!isPlanStatus(scan.status)) return { ok: false, reason: 'notReady' }
    if (action.status === status) return { ok: true, actionId, scanReopened: false }
    await tx.quickScanAction.update({ where: { id: actionId }, data: { status, version: { increment: 1 } } })
    await syncFollowUp(tx, {
      actionId,
      action: { ...action, status },
      municipalityName: scan.municipality.name,
      supporterId: scan.supporterId,
      actorId,
      now,
    })
    const scanReopened = await reopenScanIfNeeded(tx, scanId, scan.status, status)
    await recordAudit(
      {
        actorId,
        action: 'quickScanAction.status',
        entityType: 'QuickScanAction',
        entityId: actionId,
        summary: `${action.title.slice(0, 180)}: ${status}`,
      },
      tx,
    )
    return { ok: true, actionId, scanReopened }
  })
}

// Removes an action of the scan and its follow-up; false when the scan has no such action.
export async function deleteAction({
  scanId,
  actionId,
  actorId,
}: {
  scanId: string
  actionId: string
  actorId: string
}) {
  return prisma.$transaction(async (tx) => {
    const action = await tx.quickScanAction.findFirst({
      where: { id: actionId, scanId },
      select: { title: true },
    })
    if (!action) return false
    // The follow-up goes with it (onDelete: Cascade); said here so it is not forgotten.
    await tx.followUp.deleteMany({ where: { quickScanActionId: actionId } })
    await tx.quickScanAction.delete({ where: { id: actionId } })
    await recordAudit(
      {
        actorId,
        action: 'quickScanAction.delete',
        entityType: 'QuickScanAction',
        entityId: actionId,
        summary: action.title,
      },
      tx,
    )
    return true
  })
}

export type CompleteScanResult = { ok: true } | { ok: false; reason: 'notFound' | 'notAllowed' }

// Completes a discussed scan whose actions are all gereed or vervallen ("Afronden").
export function completeScan({ scanId, actorId }: { scanId: string; actorId: string }) {
  return prisma.$transaction(async (tx): Promise<CompleteScanResult> => {
    const scan = await tx.quickScan.findUnique({
      where: { id: scanId },
      select: { title: true, status: true, actions: { select: { status: true } } },
    })
    if (!scan) return { ok: false, reason: 'notFound' }
    if (!canCompleteScan(scan.status, scan.actions)) return { ok: false, reason: 'notAllowed' }
    const { count } = await tx.quickScan.updateMany({
      where: { id: scanId, status: 'DISCUSSED' },
      data: { status: 'COMPLETED', version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'notAllowed' }
    await recordAudit(
      {
        actorId,
        action: 'quickScan.complete',
        entityType: 'QuickScan',
        entityId: scanId,
        summary: scan.title,
      },
      tx,
    )
    return { ok: true }
  })
}

const OPEN_ACTION_STATUSES: ActionStatus[] = ['OPEN', 'IN_PROGRESS']

// Returns the actions still to do (open or bezig) of the scans with a council or of a
// municipality, for the "Quickscan-acties" section of the organisation and municipality
// pages: for an organisation, also the actions it carries out in other scans. Earliest due
// date first, each with its scan and whether it is overdue.
export async function listOpenScanActions({
  organisationId,
  municipalityId,
  now = new Date(),
}: {
  organisationId?: string
  municipalityId?: string
  now?: Date
}) {
  if (!organisationId && !municipalityId) return []
  const today = localToday(now)
  const where: Prisma.QuickScanActionWhereInput = organisationId
    ? {
        status: { in: OPEN_ACTION_STATUSES },
        OR: [{ scan: { councils: { some: { organisationId } } } }, { ownerOrganisationId: organisationId }],
      }
    : { status: { in: OPEN_ACTION_STATUSES }, scan: { municipalityId } }
  const actions = await prisma.quickScanAction.findMany({
    where,
    select: ACTION_SELECT,
  })
  return actions
    .map((action) => actionView(action, today))
    .sort((a, b) => compareActions({ ...a, status: 'OPEN' }, { ...b, status: 'OPEN' }))
}

export type OpenScanAction = Awaited<ReturnType<typeof listOpenScanActions>>[number]

// Returns the quick-scan actions for the CSV export, filtered by scan, municipality and
// status; by scan (newest period first), then in plan order.
export async function listActionsForExport(query: ActionExportQuery, now = new Date()) {
  const today = localToday(now)
  const actions = await prisma.quickScanAction.findMany({
    where: {
      ...(query.scan ? { scanId: query.scan } : {}),
      ...(query.gemeente ? { scan: { municipalityId: query.gemeente } } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    select: ACTION_SELECT,
  })
  return actions
    .map((action) => actionView(action, today))
    .sort(
      (a, b) =>
        b.scan.closesOn.getTime() - a.scan.closesOn.getTime() ||
        a.scan.title.localeCompare(b.scan.title, 'nl') ||
        compareActions(a, b),
    )
}
