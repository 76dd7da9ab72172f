// Answering a quick scan through a personal link, without an account. The token in the link
// is looked up by its SHA-256; a wrong token, a scan that is not open and a day outside the
// period all look the same to the respondent ('unavailable'). Answers are kept in the
// invitation's draft between steps; on submit they become an anonymous response.
//
// Anonymity (issue 7): the response keeps only the respondent group, the background answers
// and the day of submitting. Its id is random (not time-ordered), nothing in it points to
// the invitation, the person, the token or the moment, and the invitation keeps only
// `answered` — no time. No audit event or log line is written about answering.
import { randomUUID } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import { calendarDay } from '~/models/person/membership-term.ts'
import { checkpointWal, prisma } from '~/utils/db.server.ts'
import {
  type AnswerDimension,
  type Draft,
  type MissingStep,
  missingAnswers,
  parseDraft,
  responseAnswers,
  responseBackground,
  serializeDraft,
} from './answer-form.ts'
import { AttemptLimiter } from './attempt-limiter.ts'
import { hashInvitationToken } from './invitation.server.ts'
import { ITEM_KINDS, type ItemKind, type RespondentGroup } from './quickscan-constants.ts'
import { isAnswerable } from './scan-status.ts'

type Client = Prisma.TransactionClient | typeof prisma

// Tokens are 43 characters; anything much longer is not worth hashing.
const TOKEN_MAX = 200

export type OpenQuestionnaire = {
  state: 'open'
  group: RespondentGroup
  draft: Draft
  scan: { title: string; municipalityName: string; closesOn: Date }
  dimensions: AnswerDimension[]
}

export type QuestionnaireSession = OpenQuestionnaire | { state: 'answered' } | { state: 'unavailable' }

const isItemKind = (kind: string): kind is ItemKind => (ITEM_KINDS as readonly string[]).includes(kind)

// Returns the respondent group an invitation stands for.
const groupOf = (group: string): RespondentGroup => (group === 'MUNICIPALITY' ? 'MUNICIPALITY' : 'COUNCIL')

// Returns the dimensions and items of a questionnaire in the order a respondent meets them.
async function loadDimensions(client: Client, questionnaireId: string): Promise<AnswerDimension[]> {
  const dimensions = await client.questionnaireDimension.findMany({
    where: { questionnaireId },
    select: {
      id: true,
      code: true,
      name: true,
      items: {
        select: { id: true, code: true, kind: true, text: true, choices: true },
        orderBy: [{ position: 'asc' }, { code: 'asc' }],
      },
    },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
  })
  return dimensions
    .map((dimension) => ({
      ...dimension,
      items: dimension.items
        .filter((item) => isItemKind(item.kind))
        .map((item) => ({
          id: item.id,
          code: item.code,
          kind: item.kind as ItemKind,
          text: item.text,
          choices: (item.choices ?? '')
            .split(/\r?\n/)
            .map((choice) => choice.trim())
            .filter(Boolean),
        }))
        // A ladder item without choices cannot be answered; it is left out rather than blocking.
        .filter((item) => item.kind !== 'LADDER' || item.choices.length >= 2),
    }))
    .filter((dimension) => dimension.items.length > 0)
}

const invitationSelect = {
  id: true,
  group: true,
  answered: true,
  draft: true,
  scan: {
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      closesOn: true,
      questionnaireId: true,
      municipality: { select: { name: true } },
    },
  },
} as const

// Returns the invitation a token belongs to, or null for a token that is malformed or unknown.
function findInvitation(client: Client, token: string) {
  if (!token || token.length > TOKEN_MAX) return Promise.resolve(null)
  return client.quickScanInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: invitationSelect,
  })
}

// Returns what the holder of `token` may do now: answer (with the questionnaire and the
// answers saved so far), read that they answered already, or nothing at all.
export async function openQuestionnaire({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<QuestionnaireSession> {
  const invitation = await findInvitation(prisma, token)
  if (!invitation) return { state: 'unavailable' }
  if (invitation.answered) return { state: 'answered' }
  if (!isAnswerable(invitation.scan, calendarDay(now))) return { state: 'unavailable' }
  return {
    state: 'open',
    group: groupOf(invitation.group),
    draft: parseDraft(invitation.draft),
    scan: {
      title: invitation.scan.title,
      municipalityName: invitation.scan.municipality.name,
      closesOn: invitation.scan.closesOn,
    },
    dimensions: await loadDimensions(prisma, invitation.scan.questionnaireId),
  }
}

export type SaveResult = 'saved' | 'answered' | 'unavailable'

// Stores the answers so far with the invitation, while it is not answered and the scan is
// open.
export async function saveDraft({
  token,
  draft,
  now = new Date(),
}: {
  token: string
  draft: Draft
  now?: Date
}): Promise<SaveResult> {
  return prisma.$transaction(async (tx): Promise<SaveResult> => {
    const invitation = await findInvitation(tx, token)
    if (!invitation) return 'unavailable'
    if (invitation.answered) return 'answered'
    if (!isAnswerable(invitation.scan, calendarDay(now))) return 'unavailable'
    const { count } = await tx.quickScanInvitation.updateMany({
      where: { id: invitation.id, answered: false },
      data: { draft: serializeDraft(draft) },
    })
    return count === 1 ? 'saved' : 'answered'
  })
}

export type SubmitResult =
  | { state: 'submitted' }
  | { state: 'answered' }
  | { state: 'unavailable' }
  | { state: 'incomplete'; missing: MissingStep[] }

// Turns the saved answers into one anonymous response, in one transaction: the invitation
// must not be answered and the scan must be open; every required answer must be there. The
// invitation is marked answered (its draft removed) with a conditional update first, so that
// of two submits at once exactly one stores a response.
export async function submitQuestionnaire({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<SubmitResult> {
  const result = await prisma.$transaction(async (tx): Promise<SubmitResult> => {
    const invitation = await findInvitation(tx, token)
    if (!invitation) return { state: 'unavailable' }
    if (invitation.answered) return { state: 'answered' }
    const today = calendarDay(now)
    if (!isAnswerable(invitation.scan, today)) return { state: 'unavailable' }
    const group = groupOf(invitation.group)
    const dimensions = await loadDimensions(tx, invitation.scan.questionnaireId)
    const draft = parseDraft(invitation.draft)
    const missing = missingAnswers(draft, dimensions, group)
    if (missing.length > 0) return { state: 'incomplete', missing }
    const { count } = await tx.quickScanInvitation.updateMany({
      where: { id: invitation.id, answered: false },
      data: { answered: true, draft: null },
    })
    if (count !== 1) return { state: 'answered' }
    await tx.quickScanResponse.create({
      data: {
        // Random, not time-ordered: the id says nothing about when or by whom.
        id: randomUUID(),
        scanId: invitation.scan.id,
        group,
        background: responseBackground(draft, group),
        submittedOn: today,
        answers: { create: responseAnswers(draft, dimensions) },
      },
      select: { id: true },
    })
    return { state: 'submitted' }
  })
  // The draft that stood next to the invitation is gone from the tables; empty the log too.
  if (result.state === 'submitted') await checkpointWal()
  return result
}

// Failed look-ups of questionnaire links per client address: after 20 in 10 minutes every
// look-up from that address is refused for a while (in memory only; see attempt-limiter.ts).
export const answerAttempts = new AttemptLimiter({ max: 20, windowMs: 10 * 60_000 })
