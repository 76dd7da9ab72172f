// Anonymity of quick-scan answers (issue 7): a respondent answers through the public
// questionnaire route; afterwards nothing stored can be linked to them. Every column of the
// response tables is inspected — listed from the database itself, so a column added later
// fails here until someone has reviewed it.
import { randomBytes, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { calendarDay } from '~/models/person/membership-term.ts'
import { answerAttempts } from '~/models/quickscan/answering.server.ts'
import { createScanInvitations, hashInvitationToken } from '~/models/quickscan/invitation.server.ts'
import { OPEN_ANSWER_MAX } from '~/models/quickscan/quickscan-constants.ts'
import { changeScanStatus } from '~/models/quickscan/scan.server.ts'
import { action, loader } from '~/routes/vragenlijst.$token.tsx'
import { resolveDatabasePath } from '~/utils/database-url.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import {
  createTestMunicipality,
  createTestOrganisation,
  formBody,
  outcome,
  settle,
  testContext,
} from '../factories.ts'

const DAY = 86_400_000
const USER_AGENT = 'RaadnetAnonymityProbe/1.0 (iPhone; Mobiel)'
const CLIENT_IP = '203.0.113.57'

beforeEach(() => {
  answerAttempts.clear()
})

const today = () => calendarDay(new Date())
const dayOffset = (days: number) => new Date(today().getTime() + days * DAY)

// Creates a questionnaire: dimension A (two Likert items and an open question) and E (a
// Likert item and the ladder item). Returns it with its items by code.
async function createQuestionnaire() {
  const questionnaire = await prisma.questionnaire.create({
    data: { familyId: randomUUID(), versionNumber: 1, name: 'Anonimiteitstest' },
  })
  const spec = {
    A: [
      ['A1', 'LIKERT', 'Het doel van de raad is duidelijk.'],
      ['A2', 'LIKERT', 'De taken zijn goed vastgelegd.'],
      ['A-open', 'OPEN', 'Wat zou het doel moeten zijn?'],
    ],
    E: [
      ['E1', 'LIKERT', 'De gemeente reageert op adviezen.'],
      ['E5', 'LADDER', 'Op welke trede staat de raad?'],
    ],
  } as const
  const items: Record<string, string> = {}
  let position = 0
  for (const [code, rows] of Object.entries(spec)) {
    const dimension = await prisma.questionnaireDimension.create({
      data: { questionnaireId: questionnaire.id, code, name: `Dimensie ${code}`, position: ++position },
    })
    for (const [index, [itemCode, kind, text]] of rows.entries()) {
      const item = await prisma.questionnaireItem.create({
        data: {
          questionnaireId: questionnaire.id,
          dimensionId: dimension.id,
          code: itemCode,
          kind,
          text,
          choices: kind === 'LADDER' ? 'informeren\nraadplegen\nadviseren\ncoproduceren\nmeebeslissen' : null,
          position: index + 1,
        },
      })
      items[itemCode] = item.id
    }
  }
  return { questionnaire, items }
}

// Creates a scan (open today unless told otherwise) with one council member invited through
// the invitation model; returns the token from the link that was shown once.
async function scanWithInvitation({
  status = 'OPEN',
  opensOn = dayOffset(-1),
  closesOn = dayOffset(7),
  email = `respondent-${randomUUID()}@example.org` as string | null,
} = {}) {
  const municipality = await createTestMunicipality()
  const council = await createTestOrganisation({ municipalityIds: [municipality.id] })
  const actor = await prisma.user.create({
    data: {
      name: 'Otto',
      email: `otto-${randomUUID()}@example.org`,
      role: 'opbouwwerker',
      passwordHash: 'x',
    },
  })
  const { questionnaire, items } = await createQuestionnaire()
  const person = await prisma.person.create({
    data: { name: `Jantje Respondent ${randomUUID().slice(0, 6)}`, email },
  })
  await prisma.membership.create({ data: { personId: person.id, organisationId: council.id, role: 'lid' } })
  const scan = await prisma.quickScan.create({
    data: {
      title: `Scan Geheimstad ${randomUUID().slice(0, 6)}`,
      municipalityId: municipality.id,
      questionnaireId: questionnaire.id,
      opensOn,
      closesOn,
      status: 'CONCEPT',
      createdById: actor.id,
      councils: { create: [{ organisationId: council.id }] },
    },
  })
  const result = await createScanInvitations({
    scanId: scan.id,
    choice: {
      raadLeden: [person.id],
      alleLeden: false,
      raadExtra: '',
      gemeentePersonen: [],
      gemeenteExtra: '',
    },
    origin: 'http://localhost',
    actorId: actor.id,
  })
  if (!result.ok) throw new Error(`invitation failed: ${JSON.stringify(result)}`)
  await prisma.quickScan.update({ where: { id: scan.id }, data: { status } })
  const link = result.created[0]?.link ?? ''
  const token = link.split('/vragenlijst/')[1] ?? ''
  const invitation = await prisma.quickScanInvitation.findUniqueOrThrow({
    where: { id: result.created[0]?.id },
  })
  return { scan, person, token, invitation, items }
}

// Returns a request as a phone sends it, with a user agent and a forwarding address.
function respondentRequest(url: string, form?: Record<string, string>) {
  const headers = new Headers({ 'User-Agent': USER_AGENT, 'X-Forwarded-For': CLIENT_IP })
  const body = form ? formBody(form) : undefined
  if (body) headers.set('Content-Type', 'application/x-www-form-urlencoded')
  return new Request(new URL(url, 'http://localhost'), { method: form ? 'POST' : 'GET', headers, body })
}

type Page = Awaited<ReturnType<typeof loader>>

function visit(token: string, search = '', ip = CLIENT_IP) {
  return outcome<Page extends { data: infer D } ? D : never>(() =>
    loader({
      request: respondentRequest(`/vragenlijst/${token}${search}`),
      params: { token },
      context: testContext(ip),
    }),
  )
}

type Reply = { step: number; errors: Record<string, string>; values: Record<string, string> }

function send(token: string, fields: Record<string, string>, ip = CLIENT_IP) {
  return outcome<Reply>(() =>
    action({
      request: respondentRequest(`/vragenlijst/${token}`, fields),
      params: { token },
      context: testContext(ip),
    }),
  )
}

// Returns the thrown neutral response of the loader, with its body text.
async function neutralAnswer(token: string, ip = CLIENT_IP) {
  const result = await settle(() =>
    loader({
      request: respondentRequest(`/vragenlijst/${token}`),
      params: { token },
      context: testContext(ip),
    }),
  )
  if (!(result instanceof Response)) throw new Error('expected a Response')
  return {
    status: result.status,
    body: await result.text(),
    cacheControl: result.headers.get('Cache-Control'),
  }
}

// Answers every step of the questionnaire of `items` (a complete draft), without sending it.
async function answerAll(token: string, items: Record<string, string>, openText = 'Meer inspraak.') {
  expect((await send(token, { stap: '1', intent: 'next' })).location).toBe(`/vragenlijst/${token}?stap=2`)
  expect(
    (await send(token, { stap: '2', intent: 'next', role: 'CHAIR', years: 'Y3_5', experience: 'YES' }))
      .location,
  ).toBe(`/vragenlijst/${token}?stap=3`)
  const dimensionA = await send(token, {
    stap: '3',
    intent: 'next',
    [`item-${items.A1}`]: '4',
    [`item-${items.A2}`]: 'dk',
    [`text-${items['A-open']}`]: openText,
  })
  expect(dimensionA.location).toBe(`/vragenlijst/${token}?stap=4`)
  const dimensionE = await send(token, {
    stap: '4',
    intent: 'next',
    [`item-${items.E1}`]: '2',
    [`now-${items.E5}`]: '1',
    [`desired-${items.E5}`]: '3',
  })
  expect(dimensionE.location).toBe(`/vragenlijst/${token}?stap=5`)
}

// Returns the columns of a table as SQLite lists them.
async function columnsOf(table: string) {
  const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${table}")`)
  return rows.map((row) => row.name).sort()
}

// Returns true when `table` keeps no rowid (SQLite numbers the rows of other tables in the
// order they are written).
async function withoutRowid(table: string) {
  const rows = await prisma.$queryRawUnsafe<{ sql: string }[]>(
    `SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`,
    table,
  )
  return /\)\s*WITHOUT\s+ROWID\s*$/i.test(rows[0]?.sql ?? '')
}

// Returns every value of `table` (all columns, all rows) as text.
async function cellsOf(table: string, where = '', ...params: unknown[]) {
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT * FROM "${table}" ${where}`,
    ...params,
  )
  return rows.flatMap((row) =>
    Object.entries(row).map(([column, value]) => ({
      column,
      text:
        value instanceof Uint8Array
          ? Buffer.from(value).toString('latin1')
          : value instanceof Date
            ? value.toISOString()
            : String(value),
    })),
  )
}

// Returns every value in every table of the database (shadow tables of the search index
// included), read with a connection of its own, as "table.column" and text.
function everyCell() {
  const db = new Database(resolveDatabasePath(), { readonly: true })
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[]
    return tables.flatMap(({ name }) =>
      (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]).flatMap((row) =>
        Object.entries(row).map(([column, value]) => ({
          where: `${name}.${column}`,
          table: name,
          text: value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : String(value),
        })),
      ),
    )
  } finally {
    db.close()
  }
}

describe('answering a quick scan without an account', () => {
  it('stores a response that nothing links to the respondent, and an invitation that only says "answered"', async () => {
    const { scan, person, token, invitation, items } = await scanWithInvitation()
    const tokenHash = hashInvitationToken(token)
    const auditBefore = await prisma.auditEvent.count()
    const outboxBefore = await prisma.outboxMessage.count()
    const logs = [vi.spyOn(console, 'log'), vi.spyOn(console, 'info'), vi.spyOn(console, 'warn')]

    const intro = await visit(token)
    expect(intro.status).toBe(200)
    expect(intro.headers.get('Set-Cookie')).toBeNull()
    expect(intro.headers.get('Cache-Control')).toBe('no-store')
    expect(intro.data).toMatchObject({ page: 'step', step: 1, stepCount: 5, view: { kind: 'intro' } })
    // The respondent's name is not even shown to them: the page is about the scan, not the person.
    expect(JSON.stringify(intro.data)).not.toContain(person.name)

    await answerAll(token, items, 'Samen <b>beter</b> & <script>alert("x")</script>')
    const review = await visit(token, '?stap=5')
    expect(
      review.data?.page === 'step' && review.data.view.kind === 'review' && review.data.view.missing,
    ).toEqual([])
    const submitted = await send(token, { stap: '5', intent: 'submit' })
    expect(submitted.status).toBe(302)
    expect(submitted.location).toBe(`/vragenlijst/${token}?verstuurd=1`)
    expect(submitted.headers.get('Set-Cookie')).toBeNull()

    // The response: exactly these columns, and none holds anything about the respondent.
    expect(await columnsOf('QuickScanResponse')).toEqual([
      'background',
      'group',
      'id',
      'scanId',
      'submittedOn',
    ])
    expect(await columnsOf('QuickScanAnswer')).toEqual([
      'desiredValue',
      'itemId',
      'responseId',
      'text',
      'value',
    ])
    // No hidden rowid either: it would number the responses in the order they were sent.
    expect(await withoutRowid('QuickScanResponse')).toBe(true)
    expect(await withoutRowid('QuickScanAnswer')).toBe(true)
    const response = await prisma.quickScanResponse.findFirstOrThrow({
      where: { scanId: scan.id },
      include: { answers: true },
    })
    expect(response.group).toBe('COUNCIL')
    expect(JSON.parse(response.background ?? '')).toEqual({ role: 'CHAIR', years: 'Y3_5', experience: 'YES' })
    expect(response.submittedOn.toISOString()).toBe(today().toISOString())
    expect(response.submittedOn.getUTCHours() + response.submittedOn.getUTCMinutes()).toBe(0)
    // A random id (UUID v4), not time-ordered like the cuid of the invitation.
    expect(response.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const forbidden = [
      token,
      tokenHash,
      invitation.id,
      person.id,
      person.name,
      person.email ?? '',
      CLIENT_IP,
      USER_AGENT,
    ].filter(Boolean)
    const cells = [
      ...(await cellsOf('QuickScanResponse', 'WHERE "scanId" = ?', scan.id)),
      ...(await cellsOf('QuickScanAnswer', 'WHERE "responseId" = ?', response.id)),
    ]
    expect(cells.length).toBeGreaterThan(20)
    for (const cell of cells) {
      for (const secret of forbidden)
        expect(cell.text, `${cell.column} must not hold ${secret}`).not.toContain(secret)
    }
    // The answers, with markup kept as plain text (React escapes it when shown).
    const byItem = new Map(response.answers.map((answer) => [answer.itemId, answer]))
    expect(byItem.get(items.A1 ?? '')?.value).toBe(4)
    expect(byItem.get(items.A2 ?? '')?.value).toBeNull()
    expect(byItem.get(items.E5 ?? '')).toMatchObject({ value: 1, desiredValue: 3 })
    expect(byItem.get(items['A-open'] ?? '')?.text).toBe('Samen <b>beter</b> & <script>alert("x")</script>')

    // The invitation only turned "answered"; its draft is gone; nothing else changed.
    const after = await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })
    expect(after).toEqual({ ...invitation, answered: true, draft: null })
    expect(await columnsOf('QuickScanInvitation')).toEqual([
      'answered',
      'createdAt',
      'draft',
      'email',
      'group',
      'id',
      'name',
      'personId',
      'scanId',
      'sentAt',
      'tokenHash',
    ])

    // No audit event, no e-mail, no log line about answering.
    expect(await prisma.auditEvent.count()).toBe(auditBefore)
    expect(await prisma.outboxMessage.count()).toBe(outboxBefore)
    for (const log of logs) expect(log).not.toHaveBeenCalled()

    // Neither the address nor the user agent is anywhere in the database; the token only in
    // the invitation e-mail itself (the outbox keeps what was sent).
    const everything = everyCell()
    expect(everything.length).toBeGreaterThan(100)
    for (const cell of everything) {
      expect(cell.text, cell.where).not.toContain(CLIENT_IP)
      expect(cell.text, cell.where).not.toContain(USER_AGENT)
      if (cell.table !== 'OutboxMessage') expect(cell.text, cell.where).not.toContain(token)
    }

    // The link now says thank you, and nothing about the scan.
    const thanks = await visit(token, '?verstuurd=1')
    expect(thanks.data).toEqual({ page: 'answered', justSubmitted: true })
    const later = await visit(token)
    expect(later.status).toBe(200)
    expect(later.data).toEqual({ page: 'answered', justSubmitted: false })
  })

  it('keeps the answers between steps, so a respondent can leave and come back', async () => {
    const { token, items } = await scanWithInvitation()
    await send(token, { stap: '1', intent: 'next' })
    await send(token, { stap: '2', intent: 'next', role: 'MEMBER', years: 'LT1' })
    await send(token, {
      stap: '3',
      intent: 'next',
      [`item-${items.A1}`]: '5',
      [`item-${items.A2}`]: '1',
      [`text-${items['A-open']}`]: 'Later verder',
    })
    // Coming back later through the same link: the answers are there.
    const page = await visit(token, '?stap=3')
    expect(page.data?.page === 'step' && page.data.values).toEqual({
      [`item-${items.A1}`]: '5',
      [`item-${items.A2}`]: '1',
      [`text-${items['A-open']}`]: 'Later verder',
    })
    const background = await visit(token, '?stap=2')
    expect(background.data?.page === 'step' && background.data.values).toEqual({
      role: 'MEMBER',
      years: 'LT1',
    })
    // Going back saves what is there without asking for the rest.
    const back = await send(token, { stap: '4', intent: 'back', [`item-${items.E1}`]: '3' })
    expect(back.location).toBe(`/vragenlijst/${token}?stap=3`)
    const dimensionE = await visit(token, '?stap=4')
    expect(dimensionE.data?.page === 'step' && dimensionE.data.values).toEqual({ [`item-${items.E1}`]: '3' })
  })

  it('keeps the given answers and names each missing one; "weet ik niet" counts as an answer', async () => {
    const { token, items, invitation } = await scanWithInvitation()
    const result = await send(token, { stap: '3', intent: 'next', [`item-${items.A1}`]: 'dk' })
    expect(result.status).toBe(400)
    expect(result.data?.errors).toEqual({ [`item-${items.A2}`]: 'quickscan.answer.missing' })
    expect(result.data?.values[`item-${items.A1}`]).toBe('dk')
    const draft = JSON.parse(
      (await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).draft ?? '{}',
    )
    expect(draft.answers[items.A1 ?? '']).toEqual({ value: null })
    const ladder = await send(token, {
      stap: '4',
      intent: 'next',
      [`item-${items.E1}`]: '1',
      [`now-${items.E5}`]: '2',
    })
    expect(ladder.data?.errors).toEqual({ [`desired-${items.E5}`]: 'quickscan.answer.missing' })
    // The questions about one's role have no "weet ik niet", so their message does not
    // mention it; going back asks for nothing.
    const background = await send(token, { stap: '2', intent: 'next', years: 'GT5' })
    expect(background.data?.errors).toEqual({ role: 'quickscan.answer.missingChoice' })
    expect(t('quickscan.answer.missingChoice')).not.toContain('Weet ik niet')
    expect((await send(token, { stap: '2', intent: 'back', years: 'GT5' })).location).toBe(
      `/vragenlijst/${token}?stap=1`,
    )
    // Sending with answers missing is refused, with the steps that lack them.
    const submit = await send(token, { stap: '5', intent: 'submit' })
    expect(submit.status).toBe(400)
    expect(submit.data?.errors.form).toBe('quickscan.answer.incomplete')
    const review = await visit(token, '?stap=5')
    expect(
      review.data?.page === 'step' && review.data.view.kind === 'review' && review.data.view.missing,
    ).toEqual([
      { step: 2, name: 'Over u', count: 1 },
      { step: 3, name: 'Dimensie A', count: 1 },
      { step: 4, name: 'Dimensie E', count: 1 },
    ])
    expect(await prisma.quickScanResponse.count({ where: { scanId: invitation.scanId } })).toBe(0)
  })

  it('refuses values outside the scale or the choices with 400 and stores nothing of the step', async () => {
    const { token, items, invitation } = await scanWithInvitation()
    await send(token, { stap: '3', intent: 'next', [`item-${items.A1}`]: '2', [`item-${items.A2}`]: '2' })
    const before = (await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } }))
      .draft
    for (const fields of [
      { [`item-${items.A1}`]: '6', [`item-${items.A2}`]: '3' },
      { [`item-${items.A1}`]: '0', [`item-${items.A2}`]: '3' },
      { [`item-${items.A1}`]: '<script>', [`item-${items.A2}`]: '3' },
    ]) {
      const result = await send(token, { stap: '3', intent: 'next', ...fields })
      expect(result.status).toBe(400)
      expect(result.data?.errors.form).toBe('quickscan.answer.invalidValue')
    }
    const ladder = await send(token, {
      stap: '4',
      intent: 'next',
      [`item-${items.E1}`]: '3',
      [`now-${items.E5}`]: '6',
      [`desired-${items.E5}`]: '1',
    })
    expect(ladder.data?.errors.form).toBe('quickscan.answer.invalidValue')
    const background = await send(token, { stap: '2', intent: 'next', role: 'ALDERMAN', years: 'LT1' })
    expect(background.data?.errors.form).toBe('quickscan.answer.invalidValue')
    expect((await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).draft).toBe(
      before,
    )
  })

  it('refuses an open answer that is too long with its length, and keeps the rest', async () => {
    const { token, items, invitation } = await scanWithInvitation()
    const long = 'a'.repeat(OPEN_ANSWER_MAX + 25)
    const result = await send(token, {
      stap: '3',
      intent: 'next',
      [`item-${items.A1}`]: '3',
      [`item-${items.A2}`]: '4',
      [`text-${items['A-open']}`]: long,
    })
    expect(result.status).toBe(400)
    expect(result.data?.errors).toEqual({
      [`text-${items['A-open']}`]: `quickscan.answer.textTooLong?max=${OPEN_ANSWER_MAX}&count=${OPEN_ANSWER_MAX + 25}`,
    })
    expect(result.data?.values[`text-${items['A-open']}`]).toBe(long)
    const draft = JSON.parse(
      (await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).draft ?? '{}',
    )
    expect(draft.answers[items['A-open'] ?? '']).toBeUndefined()
    expect(draft.answers[items.A2 ?? '']).toEqual({ value: 4 })
  })

  it('stores exactly one response when the same questionnaire is sent twice at once', async () => {
    const { scan, token, items } = await scanWithInvitation()
    await answerAll(token, items)
    const results = await Promise.all([
      send(token, { stap: '5', intent: 'submit' }),
      send(token, { stap: '5', intent: 'submit' }),
      send(token, { stap: '5', intent: 'submit' }),
    ])
    for (const result of results) expect(result.status).toBe(302)
    expect(await prisma.quickScanResponse.count({ where: { scanId: scan.id } })).toBe(1)
    // Sending once more, later, changes nothing either.
    const again = await send(token, { stap: '5', intent: 'submit' })
    expect(again.location).toBe(`/vragenlijst/${token}`)
    expect(await prisma.quickScanResponse.count({ where: { scanId: scan.id } })).toBe(1)
  })

  it('refuses a submit after the scan closed, and stores nothing', async () => {
    const { scan, token, items } = await scanWithInvitation()
    await answerAll(token, items)
    await prisma.quickScan.update({ where: { id: scan.id }, data: { status: 'CLOSED' } })
    const result = await send(token, { stap: '5', intent: 'submit' })
    expect(result.status).toBe(404)
    expect(await prisma.quickScanResponse.count({ where: { scanId: scan.id } })).toBe(0)
  })

  it('keeps the responses in an order that says nothing about who sent first', async () => {
    const { scan, items } = await scanWithInvitation()
    const order: string[] = []
    for (let index = 0; index < 8; index++) {
      const { token } = await scanWithInvitation()
      // Each respondent of the same scan: move the invitation over to the first scan.
      await prisma.quickScanInvitation.update({
        where: { tokenHash: hashInvitationToken(token) },
        data: { scanId: scan.id },
      })
      await answerAll(token, items)
      expect((await send(token, { stap: '5', intent: 'submit' })).status).toBe(302)
      const sent = await prisma.quickScanResponse.findMany({
        where: { scanId: scan.id },
        select: { id: true },
      })
      const ids = new Set(order)
      order.push(sent.map((response) => response.id).find((id) => !ids.has(id)) ?? '')
    }
    // Read without ORDER BY, the way anyone with the database file would: the order of the
    // primary key (random), not of sending.
    const stored = await prisma.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "QuickScanResponse" WHERE "scanId" = ?`,
      scan.id,
    )
    expect(stored.map((row) => row.id)).toEqual([...order].sort())
    await expect(prisma.$queryRawUnsafe(`SELECT rowid FROM "QuickScanResponse"`)).rejects.toThrow()
  })

  it('removes the answers nobody sent when the scan closes', async () => {
    const { scan, token, items, invitation } = await scanWithInvitation()
    await send(token, { stap: '1', intent: 'next' })
    await send(token, { stap: '2', intent: 'next', role: 'MEMBER', years: 'LT1' })
    await send(token, {
      stap: '3',
      intent: 'next',
      [`item-${items.A1}`]: '2',
      [`text-${items['A-open']}`]: 'Half',
    })
    const halfway = await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })
    expect(halfway.draft).toContain('Half')
    const result = await changeScanStatus({ scanId: scan.id, transition: 'close', actorId: scan.createdById })
    expect(result).toEqual({ ok: true, status: 'CLOSED' })
    const closed = await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: invitation.id } })
    expect(closed).toEqual({ ...halfway, draft: null })
    expect(JSON.stringify(everyCell().filter((cell) => cell.text.includes('Half')))).not.toContain(
      'QuickScanInvitation',
    )
  })

  it('leaves nothing of an unsent or a sent draft in the database files on disk', async () => {
    const databasePath = resolveDatabasePath()
    const onDisk = (needle: string) =>
      [databasePath, `${databasePath}-wal`].some((file) => {
        try {
          return readFileSync(file).includes(Buffer.from(needle))
        } catch {
          return false
        }
      })
    // One respondent stops halfway; the scan closes.
    const unsent = `Halfweg${randomUUID().slice(0, 8)}`
    const closing = await scanWithInvitation()
    await send(closing.token, { stap: '1', intent: 'next' })
    await send(closing.token, { stap: '2', intent: 'next', role: 'MEMBER', years: 'LT1' })
    await send(closing.token, {
      stap: '3',
      intent: 'next',
      [`item-${closing.items.A1}`]: '2',
      [`text-${closing.items['A-open']}`]: unsent,
    })
    expect(onDisk(unsent)).toBe(true)
    await changeScanStatus({
      scanId: closing.scan.id,
      transition: 'close',
      actorId: closing.scan.createdById,
    })
    expect(onDisk(unsent)).toBe(false)

    // Another sends: the text lives on in the anonymous answer only, once.
    const sent = `Verstuurd${randomUUID().slice(0, 8)}`
    const sending = await scanWithInvitation()
    await answerAll(sending.token, sending.items, sent)
    await send(sending.token, { stap: '5', intent: 'submit' })
    const stored = await prisma.quickScanAnswer.findMany({ where: { text: sent } })
    expect(stored).toHaveLength(1)
    const copies = [databasePath, `${databasePath}-wal`]
      .map((file) => {
        try {
          return readFileSync(file)
        } catch {
          return Buffer.alloc(0)
        }
      })
      .reduce((count, bytes) => {
        let found = 0
        for (let at = bytes.indexOf(sent); at !== -1; at = bytes.indexOf(sent, at + 1)) found += 1
        return count + found
      }, 0)
    expect(copies).toBe(1)
  })

  it('answers a wrong, malformed, other, closed, not yet open or expired link with the same neutral 404', async () => {
    const closed = await scanWithInvitation({ status: 'CLOSED' })
    const concept = await scanWithInvitation({ status: 'CONCEPT' })
    const early = await scanWithInvitation({ opensOn: dayOffset(1), closesOn: dayOffset(8) })
    const late = await scanWithInvitation({ opensOn: dayOffset(-8), closesOn: dayOffset(-1) })
    const tokens = [
      randomBytes(32).toString('base64url'),
      'kort',
      'x'.repeat(500),
      `${closed.token.slice(0, -1)}A`,
      closed.token,
      concept.token,
      early.token,
      late.token,
    ]
    const answers = await Promise.all(
      tokens.map((token, index) => neutralAnswer(token, `198.51.100.${index}`)),
    )
    for (const answer of answers) expect(answer).toEqual({ status: 404, body: '', cacheControl: 'no-store' })
    for (const [index, token] of tokens.entries()) {
      const posted = await send(token, { stap: '3', intent: 'next' }, `198.51.100.${index + 20}`)
      expect(posted.status).toBe(404)
    }
    // Today is the last day: the scan that closes today still works.
    const lastDay = await scanWithInvitation({ opensOn: dayOffset(-3), closesOn: dayOffset(0) })
    expect((await visit(lastDay.token)).status).toBe(200)
  })

  it('only takes answers for the items of its own scan', async () => {
    const first = await scanWithInvitation()
    const second = await scanWithInvitation()
    const result = await send(second.token, {
      stap: '3',
      intent: 'next',
      [`item-${first.items.A1}`]: '5',
      [`item-${first.items.A2}`]: '5',
    })
    expect(result.status).toBe(400)
    expect(Object.keys(result.data?.errors ?? {}).sort()).toEqual(
      [`item-${second.items.A1}`, `item-${second.items.A2}`].sort(),
    )
    const draft = (
      await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: second.invitation.id } })
    ).draft
    expect(draft).not.toContain(first.items.A1)
    expect(
      (await prisma.quickScanInvitation.findUniqueOrThrow({ where: { id: first.invitation.id } })).draft,
    ).toBeNull()
  })

  it('answers 429 after 20 failed look-ups from one address, even for a good link, and keeps no address', async () => {
    const { token } = await scanWithInvitation()
    const ip = '192.0.2.250'
    for (let attempt = 0; attempt < 20; attempt++) {
      expect((await neutralAnswer(randomBytes(32).toString('base64url'), ip)).status).toBe(404)
    }
    expect((await neutralAnswer(randomBytes(32).toString('base64url'), ip)).status).toBe(429)
    expect((await neutralAnswer(token, ip)).status).toBe(429)
    expect((await send(token, { stap: '1', intent: 'next' }, ip)).status).toBe(429)
    // Another address is not affected, and a good link never counts as a failure.
    expect((await visit(token, '', '192.0.2.251')).status).toBe(200)
    for (const cell of everyCell()) expect(cell.text, cell.where).not.toContain(ip)
  })

  it('never renders respondent text as HTML', () => {
    const files = [
      'app/routes/vragenlijst.$token.tsx',
      'app/components/quickscan-answer-questions.tsx',
      'app/routes/quickscans.$scanId.tsx',
      'app/routes/quickscans.$scanId_.uitnodigen.tsx',
    ]
    for (const file of files) {
      const source = readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')
      expect(source, file).not.toContain('dangerouslySetInnerHTML')
    }
  })
})
