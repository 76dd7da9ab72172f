// The goede gesprek of a quick scan (issue 7 part 7): when it was held, who took part (names
// and roles, never client data), the general notes and a note per topic — the topics the
// photo flagged (results.server.ts, scoring.ts) and any other dimension or item. Saving it
// moves a CLOSED scan to DISCUSSED. One conversation per scan, version-checked on save.
import { Prisma } from '~/generated/prisma/client.ts'
import { localToday } from '~/models/activity/occurred-at.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { prisma } from '~/utils/db.server.ts'
import { Refused, refusable } from '~/utils/refusable.server.ts'
import { type ConversationInput, topicNoteField } from './plan.schema.ts'
import { isPlanStatus, scanStatusAfterConversation, type TopicRef, topicKey } from './plan-helpers.ts'
import { getScanResults } from './results.server.ts'
import type { Flag } from './scoring.ts'

type Tx = Prisma.TransactionClient

/** A topic that can carry a note or an action: `label` for a select, `title` in full. */
export type TopicOption = { key: string; label: string; title: string; group: string }

type QuestionnaireShape = {
  dimensions: {
    code: string
    name: string
    items: { id: string; code: string; kind: string; text: string }[]
  }[]
}

// The item kinds that can be a topic: the statements and the ladder (not the open questions).
const TOPIC_ITEM_KINDS = new Set(['LIKERT', 'LADDER'])

// Returns a text cut to `max` characters with an ellipsis, for a select's options.
function shorten(text: string, max = 90) {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

// Returns the label of a dimension ("C — Werkwijze en ondersteuning") or an item ("C1 — …"),
// cut short for a select unless `full`.
export function topicLabel(code: string, text: string, full = false) {
  return `${code} — ${full ? text : shorten(text)}`
}

// Returns every topic of a questionnaire in its order: each dimension, then its items.
export function listTopicOptions(questionnaire: QuestionnaireShape): TopicOption[] {
  return questionnaire.dimensions.flatMap((dimension) => {
    const group = topicLabel(dimension.code, dimension.name)
    return [
      {
        key: topicKey({ kind: 'dimension', code: dimension.code }),
        label: group,
        title: topicLabel(dimension.code, dimension.name, true),
        group,
      },
      ...dimension.items
        .filter((item) => TOPIC_ITEM_KINDS.has(item.kind))
        .map((item) => ({
          key: topicKey({ kind: 'item', code: item.code }),
          label: topicLabel(item.code, item.text),
          title: topicLabel(item.code, item.text, true),
          group,
        })),
    ]
  })
}

/** Where a topic is stored: a dimension code, or an item id (with its dimension's code). */
export type ResolvedTopic = { dimensionCode: string; itemId: string | null }

// Returns where a topic of this questionnaire is stored, or null when it has no such topic.
export function resolveTopic(questionnaire: QuestionnaireShape, topic: TopicRef): ResolvedTopic | null {
  for (const dimension of questionnaire.dimensions) {
    if (topic.kind === 'dimension' && dimension.code === topic.code) {
      return { dimensionCode: dimension.code, itemId: null }
    }
    const item = dimension.items.find((candidate) => candidate.code === topic.code)
    if (topic.kind === 'item' && item && TOPIC_ITEM_KINDS.has(item.kind)) {
      return { dimensionCode: dimension.code, itemId: item.id }
    }
  }
  return null
}

// Returns the form key of a stored topic: the item's code when it has an item, else the
// dimension's code; null when it has neither.
export function storedTopicKey(stored: { item: { code: string } | null; dimensionCode: string | null }) {
  if (stored.item) return topicKey({ kind: 'item', code: stored.item.code })
  if (stored.dimensionCode) return topicKey({ kind: 'dimension', code: stored.dimensionCode })
  return null
}

export const QUESTIONNAIRE_TOPICS_SELECT = {
  dimensions: {
    select: {
      code: true,
      name: true,
      items: {
        select: { id: true, code: true, kind: true, text: true },
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
      },
    },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
  },
} as const satisfies Prisma.QuestionnaireSelect

/** A topic the photo flagged, with both groups' means and the gap (unrounded). */
export type FlaggedTopicView = {
  key: string
  label: string
  council: number
  municipality: number
  gap: number
  flags: Flag[]
}

// Returns the goede gesprek of a scan as its page shows it: the scan, the conversation (null
// before it is recorded), the flagged topics with their figures, every topic that can get a
// note, the notes per topic, and the snapshot and labels for naming what someone else
// changed. Null when the scan does not exist.
export async function getConversationPage({ scanId }: { scanId: string }) {
  const [results, scan, conversation] = await Promise.all([
    getScanResults({ scanId }),
    prisma.quickScan.findUnique({
      where: { id: scanId },
      select: { questionnaire: { select: QUESTIONNAIRE_TOPICS_SELECT } },
    }),
    prisma.quickScanConversation.findUnique({
      where: { scanId },
      select: {
        heldOn: true,
        participants: true,
        notes: true,
        version: true,
        updatedAt: true,
        topicNotes: {
          select: { note: true, dimensionCode: true, item: { select: { code: true } } },
          orderBy: { id: 'asc' },
        },
      },
    }),
  ])
  if (!results || !scan) return null
  const topics = listTopicOptions(scan.questionnaire)
  const labels = new Map(topics.map((topic) => [topic.key, topic.title]))
  const notes: Record<string, string> = {}
  for (const stored of conversation?.topicNotes ?? []) {
    const key = storedTopicKey(stored)
    if (key) notes[key] = notes[key] ? `${notes[key]}\n\n${stored.note}` : stored.note
  }
  const flagged: FlaggedTopicView[] = results.photo.flagged.flatMap((topic) => {
    const key = topicKey({ kind: topic.kind === 'DIMENSION' ? 'dimension' : 'item', code: topic.code })
    const label = labels.get(key)
    return label
      ? [
          {
            key,
            label,
            council: topic.council,
            municipality: topic.municipality,
            gap: topic.gap,
            flags: topic.flags,
          },
        ]
      : []
  })
  return {
    scan: results.scan,
    groups: results.photo.groups,
    conversation: conversation
      ? {
          heldOn: conversation.heldOn,
          participants: conversation.participants,
          notes: conversation.notes,
          version: conversation.version,
          updatedAt: conversation.updatedAt,
        }
      : null,
    flagged,
    topics,
    notes,
    snapshot: conversationSnapshot(conversation, notes, topics),
  }
}

export type ConversationPage = NonNullable<Awaited<ReturnType<typeof getConversationPage>>>

// Returns the conversation as the user reads it, one value per field (every topic included,
// empty when it has no note), for telling what someone else changed meanwhile.
function conversationSnapshot(
  conversation: { heldOn: Date; participants: string; notes: string | null } | null,
  notes: Record<string, string>,
  topics: TopicOption[],
): Record<string, string> {
  return {
    heldOn: conversation ? formatDateOnly(conversation.heldOn) : '',
    participants: conversation?.participants ?? '',
    notes: conversation?.notes ?? '',
    ...Object.fromEntries(topics.map((topic) => [topicNoteField(topic.key), notes[topic.key] ?? ''])),
  }
}

export type SaveConversationResult =
  | { ok: true; movedToDiscussed: boolean }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'notReady' }
  | { ok: false; reason: 'conflict' }
  | { ok: false; reason: 'invalid'; refusals: { field: string; message: string }[] }

// Returns true for the error of a second conversation for the same scan (a race on create).
function isDuplicate(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

// Saves the goede gesprek of a scan unless someone else saved it since the form was opened
// (`version`: the conversation's version then, 0 when there was none). The notes per topic
// are replaced by the ones given (an empty note removes it). Saving moves a CLOSED scan to
// DISCUSSED. Refused ('notReady') before the answers are closed; a day after today, or a
// topic that is not in the scan's questionnaire, is refused on its field.
export async function saveConversation({
  scanId,
  input,
  actorId,
  now = new Date(),
}: {
  scanId: string
  input: ConversationInput
  actorId: string
  now?: Date
}): Promise<SaveConversationResult> {
  // The record of a conversation that was held: not one still to come.
  if (input.heldOn.getTime() > localToday(now).getTime()) {
    return {
      ok: false,
      reason: 'invalid',
      refusals: [{ field: 'heldOn', message: 'quickscanPlan.conversation.heldInFuture' }],
    }
  }
  try {
    return await refusable(async (tx: Tx): Promise<SaveConversationResult> => {
      const scan = await tx.quickScan.findUnique({
        where: { id: scanId },
        select: {
          title: true,
          status: true,
          questionnaire: { select: QUESTIONNAIRE_TOPICS_SELECT },
          conversation: { select: { id: true, version: true } },
        },
      })
      if (!scan) return { ok: false, reason: 'notFound' }
      if (!isPlanStatus(scan.status)) return { ok: false, reason: 'notReady' }
      const notes = input.topicNotes.map(({ topic, note }) => {
        const resolved = resolveTopic(scan.questionnaire, topic)
        if (!resolved) {
          throw new Refused([
            { field: topicNoteField(topicKey(topic)), message: 'validation.unknownReference' },
          ])
        }
        return { ...resolved, note }
      })
      const fields = { heldOn: input.heldOn, participants: input.participants, notes: input.notes }
      let conversationId: string
      if (scan.conversation) {
        if (scan.conversation.version !== input.version) return { ok: false, reason: 'conflict' }
        // The version in the WHERE makes the check and the write one step.
        const { count } = await tx.quickScanConversation.updateMany({
          where: { id: scan.conversation.id, version: input.version },
          data: { ...fields, version: { increment: 1 } },
        })
        if (count === 0) return { ok: false, reason: 'conflict' }
        conversationId = scan.conversation.id
        await tx.quickScanTopicNote.deleteMany({ where: { conversationId } })
      } else {
        if (input.version !== 0) return { ok: false, reason: 'conflict' }
        conversationId = (
          await tx.quickScanConversation.create({ data: { scanId, ...fields }, select: { id: true } })
        ).id
      }
      await tx.quickScanTopicNote.createMany({
        data: notes.map((note) => ({
          conversationId,
          // A note on an item is stored by the item; on a dimension by its code.
          itemId: note.itemId,
          dimensionCode: note.itemId ? null : note.dimensionCode,
          note: note.note,
        })),
      })
      const status = scanStatusAfterConversation(scan.status)
      if (status !== scan.status) {
        await tx.quickScan.update({ where: { id: scanId }, data: { status, version: { increment: 1 } } })
      }
      await recordAudit(
        {
          actorId,
          action: 'quickScan.conversation',
          entityType: 'QuickScan',
          entityId: scanId,
          summary: scan.title.slice(0, 200),
        },
        tx,
      )
      return { ok: true, movedToDiscussed: status !== scan.status }
    })
  } catch (error) {
    // Two people recorded the first conversation at the same moment: the later one lost.
    if (isDuplicate(error)) return { ok: false, reason: 'conflict' }
    throw error
  }
}
