// Quick-scan questionnaires: versioned sets of dimensions and items. Versions of one
// questionnaire share a familyId; a copy is the next version of its family or the first of
// a new one, and keeps every item code (a re-scan compares answers by code). Once a scan
// that uses a questionnaire has a response, the questionnaire is frozen: every change is
// refused here, whatever calls it, so every stored answer keeps its meaning.
//
// Every change bumps Questionnaire.version by one and records one audit event about the
// questionnaire. A stale form is refused (conflict); the events since the form's version are
// then exactly what the other person changed (listQuestionnaireChangesSince).

import type { Prisma, PrismaClient } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { newId } from '~/utils/ids.server.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import defaultItemsFile from '../../../prisma/data/quickscan-items.json'
import { versionLabel } from './questionnaire-options.ts'
import {
  DIMENSION_CODE_MAX,
  DIMENSION_CODE_PATTERN,
  type Direction,
  formatChoices,
  hasCode,
  ITEM_CODE_MAX,
  ITEM_CODE_PATTERN,
  insertPosition,
  itemRefusals,
  parseChoices,
  suggestDimensionCode,
  suggestItemCode,
  swapPartner,
} from './questionnaire-structure.ts'
import {
  DEFAULT_QUESTIONNAIRE,
  type QuestionnaireTemplate,
  templateFromItemsFile,
} from './questionnaire-template.ts'
import { ITEM_KINDS, type ItemKind } from './quickscan-constants.ts'

type Tx = Prisma.TransactionClient
type Client = PrismaClient | Tx

export type { Refusal }

export type QuestionnaireWriteResult =
  | { ok: true; questionnaireId: string; code?: string }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'frozen' }
  | { ok: false; reason: 'conflict'; version: number }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

export type CopyResult =
  | { ok: true; questionnaireId: string; versionNumber: number }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// The audit actions of changes that bump the version (a copy starts a new questionnaire).
const CHANGE_ACTIONS = [
  'questionnaire.update',
  'questionnaire.addItem',
  'questionnaire.updateItem',
  'questionnaire.moveItem',
  'questionnaire.removeItem',
  'questionnaire.addDimension',
  'questionnaire.renameDimension',
  'questionnaire.moveDimension',
  'questionnaire.removeDimension',
] as const
type ChangeAction = (typeof CHANGE_ACTIONS)[number]

const ENTITY_TYPE = 'Questionnaire'

// How many missed changes a conflict message names at most.
const CHANGES_SHOWN_MAX = 20

const isItemKind = (kind: string): kind is ItemKind => (ITEM_KINDS as readonly string[]).includes(kind)

// Returns true when a scan that uses the questionnaire has a response.
async function hasResponses(client: Client, questionnaireId: string) {
  const response = await client.quickScanResponse.findFirst({
    where: { scan: { questionnaireId } },
    select: { id: true },
  })
  return response !== null
}

// Returns true when the questionnaire may no longer change: a scan that uses it has a
// response. An unknown questionnaire is not frozen.
export function isQuestionnaireFrozen({ questionnaireId }: { questionnaireId: string }) {
  return hasResponses(prisma, questionnaireId)
}

// ——— The default questionnaire ———

// Stores `template` (by default the app's copy of prisma/data/quickscan-items.json) as the
// default questionnaire unless it is there already (found by its natural key:
// DEFAULT_QUESTIONNAIRE.familyId, version 1). Returns its id and whether it was created now;
// never changes an existing one. The demo seed calls it, and so do the lists below: `npm
// start` skips the seed in a database with users, and a real installation needs the default
// questionnaire all the same.
export async function installDefaultQuestionnaire({
  client = prisma,
  template,
}: {
  client?: PrismaClient
  template?: QuestionnaireTemplate
} = {}) {
  const key = { familyId: DEFAULT_QUESTIONNAIRE.familyId, versionNumber: DEFAULT_QUESTIONNAIRE.versionNumber }
  const existing = await client.questionnaire.findUnique({
    where: { familyId_versionNumber: key },
    select: { id: true },
  })
  if (existing) return { questionnaireId: existing.id, created: false }
  try {
    const questionnaireId = await client.$transaction((tx) =>
      createFromTemplate(tx, template ?? templateFromItemsFile(defaultItemsFile), {
        ...key,
        name: DEFAULT_QUESTIONNAIRE.name,
        basedOnId: null,
        createdById: null,
      }),
    )
    return { questionnaireId, created: true }
  } catch (error) {
    // Two first visitors at once: the other one stored it.
    const stored = await client.questionnaire.findUnique({
      where: { familyId_versionNumber: key },
      select: { id: true },
    })
    if (stored) return { questionnaireId: stored.id, created: false }
    throw error
  }
}

// Writes a questionnaire with the dimensions and items of `template`, in their order.
async function createFromTemplate(
  tx: Tx,
  template: QuestionnaireTemplate,
  {
    id = newId(),
    familyId,
    versionNumber,
    name,
    description = template.description,
    basedOnId,
    createdById,
  }: {
    id?: string
    familyId: string
    versionNumber: number
    name: string
    description?: string | null
    basedOnId: string | null
    createdById: string | null
  },
) {
  await tx.questionnaire.create({
    data: { id, familyId, versionNumber, name, description, basedOnId, createdById },
  })
  const dimensions = template.dimensions.map((dimension, index) => ({
    id: newId(),
    questionnaireId: id,
    code: dimension.code,
    name: dimension.name,
    position: index + 1,
  }))
  await tx.questionnaireDimension.createMany({ data: dimensions })
  await tx.questionnaireItem.createMany({
    data: template.dimensions.flatMap((dimension, index) =>
      dimension.items.map((item, itemIndex) => ({
        questionnaireId: id,
        dimensionId: dimensions[index]?.id ?? '',
        code: item.code,
        kind: item.kind,
        text: item.text,
        choices: formatChoices(item.choices),
        position: itemIndex + 1,
      })),
    ),
  })
  return id
}

// ——— Reading ———

// Returns every questionnaire, grouped by family (the family of the default first, then by
// name), each version with its number of items, the scans that use it, their responses and
// whether it is frozen. Stores the default questionnaire first when it is missing (an
// installation without the demo data).
export async function listQuestionnaires() {
  await installDefaultQuestionnaire()
  const questionnaires = await prisma.questionnaire.findMany({
    select: {
      id: true,
      familyId: true,
      versionNumber: true,
      name: true,
      description: true,
      createdAt: true,
      basedOn: { select: { id: true, name: true, versionNumber: true } },
      _count: { select: { items: true, scans: true } },
      scans: { select: { _count: { select: { responses: true } } } },
    },
    orderBy: [{ versionNumber: 'asc' }],
  })
  const versions = questionnaires.map(({ _count, scans, ...questionnaire }) => {
    const responseCount = scans.reduce((sum, scan) => sum + scan._count.responses, 0)
    return {
      ...questionnaire,
      itemCount: _count.items,
      scanCount: _count.scans,
      responseCount,
      frozen: responseCount > 0,
    }
  })
  const families = new Map<string, typeof versions>()
  for (const version of versions)
    families.set(version.familyId, [...(families.get(version.familyId) ?? []), version])
  return [...families.entries()]
    .map(([familyId, familyVersions]) => ({
      familyId,
      // The family is known by its latest version's name.
      name: familyVersions.at(-1)?.name ?? '',
      isDefault: familyId === DEFAULT_QUESTIONNAIRE.familyId,
      versions: familyVersions,
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name, 'nl'))
}

export type QuestionnaireFamily = Awaited<ReturnType<typeof listQuestionnaires>>[number]

// Returns every questionnaire version for the scan form's select: id, name, version number
// and a label ("Quickscan … (versie 2)"), newest version of each family first; frozen ones
// too (a re-scan reuses the version of its baseline).
export async function listQuestionnairesForScan() {
  await installDefaultQuestionnaire()
  const questionnaires = await prisma.questionnaire.findMany({
    select: { id: true, familyId: true, name: true, versionNumber: true },
    orderBy: [{ name: 'asc' }, { versionNumber: 'desc' }],
  })
  return questionnaires
    .map((questionnaire) => ({
      id: questionnaire.id,
      familyId: questionnaire.familyId,
      name: questionnaire.name,
      versionNumber: questionnaire.versionNumber,
      label: t('questionnaire.optionLabel', {
        name: questionnaire.name,
        version: versionLabel(questionnaire.versionNumber),
      }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || b.versionNumber - a.versionNumber)
}

// Returns a questionnaire with its dimensions and items in the order a respondent meets them
// (a ladder item's choices as a list), the versions of its family, how many scans use it,
// their responses and whether it is frozen; null when there is none with this id.
export async function getQuestionnaire({ questionnaireId }: { questionnaireId: string }) {
  const questionnaire = await prisma.questionnaire.findUnique({
    where: { id: questionnaireId },
    select: {
      id: true,
      familyId: true,
      versionNumber: true,
      name: true,
      description: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      basedOn: { select: { id: true, name: true, versionNumber: true } },
      dimensions: {
        select: {
          id: true,
          code: true,
          name: true,
          position: true,
          items: {
            select: { id: true, code: true, kind: true, text: true, choices: true, position: true },
            orderBy: [{ position: 'asc' }, { code: 'asc' }],
          },
        },
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
      },
      scans: {
        select: { id: true, title: true, _count: { select: { responses: true } } },
        orderBy: { opensOn: 'desc' },
      },
    },
  })
  if (!questionnaire) return null
  const family = await prisma.questionnaire.findMany({
    where: { familyId: questionnaire.familyId },
    select: { id: true, name: true, versionNumber: true },
    orderBy: { versionNumber: 'asc' },
  })
  const { scans, dimensions, ...rest } = questionnaire
  const responseCount = scans.reduce((sum, scan) => sum + scan._count.responses, 0)
  return {
    ...rest,
    dimensions: dimensions.map((dimension) => ({
      ...dimension,
      items: dimension.items.map((item) => ({
        ...item,
        kind: isItemKind(item.kind) ? item.kind : ('OPEN' as const),
        choices: item.choices ? parseChoices(item.choices) : [],
      })),
    })),
    itemCount: dimensions.reduce((sum, dimension) => sum + dimension.items.length, 0),
    scans: scans.map((scan) => ({ id: scan.id, title: scan.title, responseCount: scan._count.responses })),
    scanCount: scans.length,
    responseCount,
    frozen: responseCount > 0,
    family,
  }
}

export type QuestionnaireDetail = NonNullable<Awaited<ReturnType<typeof getQuestionnaire>>>

// Returns the codes to propose for a new item in each dimension (by kind) and for a new
// dimension.
export function suggestCodes(questionnaire: Pick<QuestionnaireDetail, 'dimensions'>) {
  const codes = questionnaire.dimensions.flatMap((dimension) => dimension.items.map((item) => item.code))
  return {
    dimension: suggestDimensionCode(questionnaire.dimensions.map((dimension) => dimension.code)),
    items: Object.fromEntries(
      questionnaire.dimensions.map((dimension) => [
        dimension.id,
        Object.fromEntries(
          ITEM_KINDS.map((kind) => [kind, suggestItemCode(dimension.code, kind, codes)]),
        ) as Record<ItemKind, string>,
      ]),
    ),
  }
}

// Returns what changed in a questionnaire since `version` (newest first): the audit events of
// the changes that came after it, with who made them and when.
export async function listQuestionnaireChangesSince({
  questionnaireId,
  version,
}: {
  questionnaireId: string
  version: number
}) {
  const questionnaire = await prisma.questionnaire.findUnique({
    where: { id: questionnaireId },
    select: { version: true },
  })
  const missed = questionnaire ? Math.min(questionnaire.version - version, CHANGES_SHOWN_MAX) : 0
  if (missed <= 0) return []
  return prisma.auditEvent.findMany({
    where: { entityType: ENTITY_TYPE, entityId: questionnaireId, action: { in: [...CHANGE_ACTIONS] } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: missed,
    select: { id: true, at: true, summary: true, actor: { select: { name: true } } },
  })
}

// Returns the latest changes of a questionnaire (its copy included), newest first.
export function listQuestionnaireHistory({
  questionnaireId,
  take = 10,
}: {
  questionnaireId: string
  take?: number
}) {
  return prisma.auditEvent.findMany({
    where: { entityType: ENTITY_TYPE, entityId: questionnaireId },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, at: true, summary: true, actor: { select: { name: true } } },
  })
}

// ——— Copying ———

// Copies a questionnaire with its dimensions and items (codes kept). As a new version it
// joins the family of the original with the next version number; otherwise it starts a
// family of its own (its own id) at version 1. Any questionnaire may be copied, frozen or not.
export async function copyQuestionnaire({
  questionnaireId,
  asNewVersion,
  name,
  actorId,
}: {
  questionnaireId: string
  asNewVersion: boolean
  name: string
  actorId: string
}): Promise<CopyResult> {
  const trimmed = name.trim()
  if (trimmed === '')
    return { ok: false, reason: 'invalid', refusals: [{ field: 'name', message: 'validation.required' }] }
  return prisma.$transaction(async (tx): Promise<CopyResult> => {
    const source = await tx.questionnaire.findUnique({
      where: { id: questionnaireId },
      select: {
        id: true,
        familyId: true,
        versionNumber: true,
        name: true,
        description: true,
        dimensions: {
          select: {
            code: true,
            name: true,
            items: {
              select: { code: true, kind: true, text: true, choices: true },
              orderBy: [{ position: 'asc' }, { code: 'asc' }],
            },
          },
          orderBy: [{ position: 'asc' }, { code: 'asc' }],
        },
      },
    })
    if (!source) return { ok: false, reason: 'notFound' }
    const id = newId()
    const latest = asNewVersion
      ? await tx.questionnaire.aggregate({
          where: { familyId: source.familyId },
          _max: { versionNumber: true },
        })
      : null
    const versionNumber = asNewVersion ? (latest?._max.versionNumber ?? source.versionNumber) + 1 : 1
    const template: QuestionnaireTemplate = {
      description: source.description,
      dimensions: source.dimensions.map((dimension) => ({
        code: dimension.code,
        name: dimension.name,
        items: dimension.items.map((item) => ({
          code: item.code,
          kind: isItemKind(item.kind) ? item.kind : 'OPEN',
          text: item.text,
          choices: item.choices ? parseChoices(item.choices) : [],
        })),
      })),
    }
    await createFromTemplate(tx, template, {
      id,
      familyId: asNewVersion ? source.familyId : id,
      versionNumber,
      name: trimmed,
      basedOnId: source.id,
      createdById: actorId,
    })
    await recordAudit(
      {
        actorId,
        action: 'questionnaire.copy',
        entityType: ENTITY_TYPE,
        entityId: id,
        summary: t(asNewVersion ? 'questionnaire.audit.copiedAsVersion' : 'questionnaire.audit.copiedAsNew', {
          name: source.name,
          version: versionLabel(source.versionNumber),
        }),
      },
      tx,
    )
    return { ok: true, questionnaireId: id, versionNumber }
  })
}

// ——— Changing ———

type Change = { questionnaireId: string; version: number; actorId: string }
type ChangeOutcome = { summary: string; code?: string }

// Runs one change of a questionnaire in one transaction: refused when the questionnaire is
// gone, frozen, or changed since `version`; otherwise the version goes up by one, `change`
// writes (it may throw Refused to undo everything) and its audit event is recorded.
function changeQuestionnaire(
  { questionnaireId, version, actorId }: Change,
  action: ChangeAction,
  change: (tx: Tx) => Promise<ChangeOutcome>,
): Promise<QuestionnaireWriteResult> {
  return refusable(async (tx): Promise<QuestionnaireWriteResult> => {
    const questionnaire = await tx.questionnaire.findUnique({
      where: { id: questionnaireId },
      select: { version: true },
    })
    if (!questionnaire) return { ok: false, reason: 'notFound' }
    if (await hasResponses(tx, questionnaireId)) return { ok: false, reason: 'frozen' }
    if (questionnaire.version !== version)
      return { ok: false, reason: 'conflict', version: questionnaire.version }
    // The version in the WHERE makes the check and the write one step.
    const { count } = await tx.questionnaire.updateMany({
      where: { id: questionnaireId, version },
      data: { version: { increment: 1 } },
    })
    if (count === 0) return { ok: false, reason: 'conflict', version: questionnaire.version + 1 }
    const outcome = await change(tx)
    await recordAudit(
      { actorId, action, entityType: ENTITY_TYPE, entityId: questionnaireId, summary: outcome.summary },
      tx,
    )
    return { ok: true, questionnaireId, code: outcome.code }
  })
}

// Refuses the change with one message; the transaction rolls back.
function refuse(field: string, message: string): never {
  throw new Refused([{ field, message }])
}

// Returns the dimension with this id in the questionnaire, or refuses (it is gone).
async function findDimension(tx: Tx, questionnaireId: string, dimensionId: string) {
  const dimension = await tx.questionnaireDimension.findFirst({
    where: { id: dimensionId, questionnaireId },
    select: { id: true, code: true, name: true, position: true },
  })
  return dimension ?? refuse('form', 'questionnaire.dimensionGone')
}

// Returns the item with this id in the questionnaire, or refuses (it is gone).
async function findItem(tx: Tx, questionnaireId: string, itemId: string) {
  const item = await tx.questionnaireItem.findFirst({
    where: { id: itemId, questionnaireId },
    select: {
      id: true,
      code: true,
      kind: true,
      text: true,
      choices: true,
      dimensionId: true,
      position: true,
    },
  })
  return item ?? refuse('form', 'questionnaire.itemGone')
}

// Numbers the items of a dimension 1, 2, 3, … in their current order.
async function renumberItems(tx: Tx, dimensionId: string) {
  const items = await tx.questionnaireItem.findMany({
    where: { dimensionId },
    select: { id: true, position: true },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
  })
  for (const [index, item] of items.entries()) {
    if (item.position !== index + 1) {
      await tx.questionnaireItem.update({ where: { id: item.id }, data: { position: index + 1 } })
    }
  }
}

// Numbers the dimensions of a questionnaire 1, 2, 3, … in their current order.
async function renumberDimensions(tx: Tx, questionnaireId: string) {
  const dimensions = await tx.questionnaireDimension.findMany({
    where: { questionnaireId },
    select: { id: true, position: true },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
  })
  for (const [index, dimension] of dimensions.entries()) {
    if (dimension.position !== index + 1) {
      await tx.questionnaireDimension.update({ where: { id: dimension.id }, data: { position: index + 1 } })
    }
  }
}

// Saves the name and description of a questionnaire.
export function updateQuestionnaire({
  name,
  description,
  ...change
}: Change & { name: string; description: string | null }) {
  return changeQuestionnaire(change, 'questionnaire.update', async (tx) => {
    if (name.trim() === '') refuse('name', 'validation.required')
    await tx.questionnaire.update({
      where: { id: change.questionnaireId },
      data: { name: name.trim(), description: description?.trim() || null },
    })
    return { summary: t('questionnaire.audit.updated', { name: name.trim() }) }
  })
}

// Adds an item to a dimension. Without a code it gets the proposed one (C6 after C5;
// "C-open" for an open question); a code is unique within the questionnaire. An open
// question goes last, another item before the open questions at the end.
export function addItem({
  dimensionId,
  kind,
  code,
  text,
  choices = [],
  ...change
}: Change & { dimensionId: string; kind: ItemKind; code: string | null; text: string; choices?: string[] }) {
  return changeQuestionnaire(change, 'questionnaire.addItem', async (tx) => {
    const dimension = await findDimension(tx, change.questionnaireId, dimensionId)
    const refusals = itemRefusals({ kind, text, choices })
    const existing = await tx.questionnaireItem.findMany({
      where: { questionnaireId: change.questionnaireId },
      select: { code: true, kind: true, position: true, dimensionId: true },
    })
    const codes = existing.map((item) => item.code)
    const itemCode = code?.trim() || suggestItemCode(dimension.code, kind, codes)
    if (!ITEM_CODE_PATTERN.test(itemCode) || itemCode.length > ITEM_CODE_MAX) {
      refusals.push({ field: 'code', message: 'questionnaire.codeFormat' })
    } else if (hasCode(codes, itemCode)) refusals.push({ field: 'code', message: 'questionnaire.codeTaken' })
    if (refusals.length > 0) throw new Refused(refusals)
    const siblings = existing.filter((item) => item.dimensionId === dimension.id)
    const position = insertPosition(siblings, kind)
    await tx.questionnaireItem.updateMany({
      where: { dimensionId: dimension.id, position: { gte: position } },
      data: { position: { increment: 1 } },
    })
    await tx.questionnaireItem.create({
      data: {
        questionnaireId: change.questionnaireId,
        dimensionId: dimension.id,
        code: itemCode,
        kind,
        text: text.trim(),
        choices: kind === 'LADDER' ? formatChoices(choices) : null,
        position,
      },
    })
    await renumberItems(tx, dimension.id)
    return {
      summary: t('questionnaire.audit.itemAdded', { code: itemCode, text: text.trim() }),
      code: itemCode,
    }
  })
}

// Rewords an item (and, for a ladder item, its choices). Its code and kind stay: a re-scan
// compares answers by code, so a question whose meaning changes deserves a new code.
export function updateItem({
  itemId,
  text,
  choices = [],
  ...change
}: Change & { itemId: string; text: string; choices?: string[] }) {
  return changeQuestionnaire(change, 'questionnaire.updateItem', async (tx) => {
    const item = await findItem(tx, change.questionnaireId, itemId)
    const kind = isItemKind(item.kind) ? item.kind : 'OPEN'
    const refusals = itemRefusals({ kind, text, choices })
    if (refusals.length > 0) throw new Refused(refusals)
    await tx.questionnaireItem.update({
      where: { id: item.id },
      data: { text: text.trim(), choices: kind === 'LADDER' ? formatChoices(choices) : null },
    })
    return {
      summary: t('questionnaire.audit.itemUpdated', { code: item.code, text: text.trim() }),
      code: item.code,
    }
  })
}

// Moves an item one place up or down within its dimension.
export function moveItem({
  itemId,
  direction,
  ...change
}: Change & { itemId: string; direction: Direction }) {
  return changeQuestionnaire(change, 'questionnaire.moveItem', async (tx) => {
    const item = await findItem(tx, change.questionnaireId, itemId)
    const siblings = await tx.questionnaireItem.findMany({
      where: { dimensionId: item.dimensionId },
      select: { id: true, code: true },
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
    })
    const partner = swapPartner(siblings, item.id, direction)
    if (!partner)
      refuse('form', direction === 'up' ? 'questionnaire.itemAlreadyFirst' : 'questionnaire.itemAlreadyLast')
    const order = siblings.map((sibling) => sibling.id)
    const from = order.indexOf(item.id)
    const to = direction === 'up' ? from - 1 : from + 1
    order.splice(from, 1)
    order.splice(to, 0, item.id)
    for (const [index, id] of order.entries()) {
      await tx.questionnaireItem.update({ where: { id }, data: { position: index + 1 } })
    }
    return {
      summary: t(
        direction === 'up' ? 'questionnaire.audit.itemMovedUp' : 'questionnaire.audit.itemMovedDown',
        {
          code: item.code,
        },
      ),
      code: item.code,
    }
  })
}

// Removes an item (possible only while nobody answered: a frozen questionnaire refuses).
export function removeItem({ itemId, ...change }: Change & { itemId: string }) {
  return changeQuestionnaire(change, 'questionnaire.removeItem', async (tx) => {
    const item = await findItem(tx, change.questionnaireId, itemId)
    await tx.questionnaireItem.delete({ where: { id: item.id } })
    await renumberItems(tx, item.dimensionId)
    return {
      summary: t('questionnaire.audit.itemRemoved', { code: item.code, text: item.text }),
      code: item.code,
    }
  })
}

// Adds a dimension at the end. Without a code it gets the next free letter.
export function addDimension({ code, name, ...change }: Change & { code: string | null; name: string }) {
  return changeQuestionnaire(change, 'questionnaire.addDimension', async (tx) => {
    const existing = await tx.questionnaireDimension.findMany({
      where: { questionnaireId: change.questionnaireId },
      select: { code: true, position: true },
    })
    const codes = existing.map((dimension) => dimension.code)
    const dimensionCode = code?.trim().toUpperCase() || suggestDimensionCode(codes)
    const refusals: Refusal[] = []
    if (name.trim() === '') refusals.push({ field: 'name', message: 'validation.required' })
    if (!DIMENSION_CODE_PATTERN.test(dimensionCode) || dimensionCode.length > DIMENSION_CODE_MAX) {
      refusals.push({ field: 'code', message: 'questionnaire.codeFormat' })
    } else if (hasCode(codes, dimensionCode)) {
      refusals.push({ field: 'code', message: 'questionnaire.dimensionCodeTaken' })
    }
    if (refusals.length > 0) throw new Refused(refusals)
    await tx.questionnaireDimension.create({
      data: {
        questionnaireId: change.questionnaireId,
        code: dimensionCode,
        name: name.trim(),
        position: Math.max(0, ...existing.map((dimension) => dimension.position)) + 1,
      },
    })
    await renumberDimensions(tx, change.questionnaireId)
    return {
      summary: t('questionnaire.audit.dimensionAdded', { code: dimensionCode, name: name.trim() }),
      code: dimensionCode,
    }
  })
}

// Renames a dimension (its code stays).
export function renameDimension({
  dimensionId,
  name,
  ...change
}: Change & { dimensionId: string; name: string }) {
  return changeQuestionnaire(change, 'questionnaire.renameDimension', async (tx) => {
    const dimension = await findDimension(tx, change.questionnaireId, dimensionId)
    if (name.trim() === '') refuse('name', 'validation.required')
    await tx.questionnaireDimension.update({ where: { id: dimension.id }, data: { name: name.trim() } })
    return {
      summary: t('questionnaire.audit.dimensionRenamed', {
        code: dimension.code,
        before: dimension.name,
        after: name.trim(),
      }),
      code: dimension.code,
    }
  })
}

// Moves a dimension one place up or down.
export function moveDimension({
  dimensionId,
  direction,
  ...change
}: Change & { dimensionId: string; direction: Direction }) {
  return changeQuestionnaire(change, 'questionnaire.moveDimension', async (tx) => {
    const dimension = await findDimension(tx, change.questionnaireId, dimensionId)
    const dimensions = await tx.questionnaireDimension.findMany({
      where: { questionnaireId: change.questionnaireId },
      select: { id: true },
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
    })
    const partner = swapPartner(dimensions, dimension.id, direction)
    if (!partner) {
      refuse(
        'form',
        direction === 'up' ? 'questionnaire.dimensionAlreadyFirst' : 'questionnaire.dimensionAlreadyLast',
      )
    }
    const order = dimensions.map((entry) => entry.id)
    const from = order.indexOf(dimension.id)
    order.splice(from, 1)
    order.splice(direction === 'up' ? from - 1 : from + 1, 0, dimension.id)
    for (const [index, id] of order.entries()) {
      await tx.questionnaireDimension.update({ where: { id }, data: { position: index + 1 } })
    }
    return {
      summary: t(
        direction === 'up'
          ? 'questionnaire.audit.dimensionMovedUp'
          : 'questionnaire.audit.dimensionMovedDown',
        { code: dimension.code, name: dimension.name },
      ),
      code: dimension.code,
    }
  })
}

// Removes a dimension that has no items (remove or move its items first).
export function removeDimension({ dimensionId, ...change }: Change & { dimensionId: string }) {
  return changeQuestionnaire(change, 'questionnaire.removeDimension', async (tx) => {
    const dimension = await findDimension(tx, change.questionnaireId, dimensionId)
    if ((await tx.questionnaireItem.count({ where: { dimensionId: dimension.id } })) > 0) {
      refuse('form', 'questionnaire.dimensionNotEmpty')
    }
    await tx.questionnaireDimension.delete({ where: { id: dimension.id } })
    await renumberDimensions(tx, change.questionnaireId)
    return {
      summary: t('questionnaire.audit.dimensionRemoved', { code: dimension.code, name: dimension.name }),
      code: dimension.code,
    }
  })
}
