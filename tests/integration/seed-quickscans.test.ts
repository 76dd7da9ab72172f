// The demo quick scans (prisma/seed-quickscans.ts), seeded with the whole demo seed into a
// database of their own, twice: what a coordinator finds, the photo the answers make, the
// plan's actions and follow-ups, that no stored answer leads to a person, and that the
// second run adds nothing.
import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import Database from 'better-sqlite3'
import { format } from 'date-fns'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { ACTION_STATUSES, CLOSED_ACTION_STATUSES } from '~/models/quickscan/quickscan-constants.ts'
import { computePhoto, type Photo, type ScoringDimension } from '~/models/quickscan/scoring.ts'

const root = path.resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-quickscans-'))

// The tables the quick-scan seed writes, and which of their rows are its own.
const QUICK_SCAN_TABLES: [string, string][] = [
  ['QuickScan', ''],
  ['QuickScanCouncil', ''],
  ['QuickScanInvitation', ''],
  ['QuickScanResponse', ''],
  ['QuickScanAnswer', ''],
  ['QuickScanConversation', ''],
  ['QuickScanTopicNote', ''],
  ['QuickScanAction', ''],
  ['FollowUp', 'WHERE quickScanActionId IS NOT NULL'],
]

type Row = Record<string, unknown>

// Runs the whole demo seed against `file`; returns what it printed.
async function seedAll(file: string) {
  const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    timeout: 90_000,
  })
  return stdout
}

const time = (value: unknown) => new Date(String(value)).getTime()
const dutchDay = (value: unknown) => format(new TZDate(time(value), 'Europe/Amsterdam'), 'yyyy-MM-dd')
const day = (value: unknown) => new Date(time(value)).toISOString().slice(0, 10)
const isDateOnly = (value: unknown) => new Date(time(value)).toISOString().endsWith('T00:00:00.000Z')

describe('the demo quick scans', () => {
  const file = path.join(dir, 'raadnet.db')
  let db: Database.Database
  let today: string
  let firstRun: Record<string, string[]>
  let secondRunOutput: string
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]
  const scanNamed = (title: RegExp) => {
    const scan = all('SELECT * FROM QuickScan').find((row) => title.test(String(row.title)))
    if (!scan) throw new Error(`no scan ${title}`)
    return scan
  }

  // Returns every row of the quick-scan tables, as text, for comparing two runs.
  const snapshot = () =>
    Object.fromEntries(
      QUICK_SCAN_TABLES.map(([table, where]) => [
        table,
        all(`SELECT * FROM "${table}" ${where}`)
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    )

  // Returns the photo of a scan, computed from its stored rows as the results page does.
  const photoOf = (scanId: unknown): Photo => {
    const scan = all('SELECT * FROM QuickScan WHERE id = ?', scanId)[0] as Row
    const dimensions: ScoringDimension[] = all(
      'SELECT * FROM QuestionnaireDimension WHERE questionnaireId = ? ORDER BY position',
      scan.questionnaireId,
    ).map((dimension) => ({
      code: String(dimension.code),
      name: String(dimension.name),
      items: all('SELECT * FROM QuestionnaireItem WHERE dimensionId = ? ORDER BY position', dimension.id).map(
        (item) => ({
          id: String(item.id),
          code: String(item.code),
          kind: String(item.kind),
          text: String(item.text),
          choices: (item.choices as string | null) ?? null,
        }),
      ),
    }))
    const responses = all('SELECT * FROM QuickScanResponse WHERE scanId = ?', scanId).map((response) => ({
      group: String(response.group),
      background: (response.background as string | null) ?? null,
      answers: all('SELECT * FROM QuickScanAnswer WHERE responseId = ?', response.id).map((answer) => ({
        itemId: String(answer.itemId),
        value: (answer.value as number | null) ?? null,
        desiredValue: (answer.desiredValue as number | null) ?? null,
        text: (answer.text as string | null) ?? null,
      })),
    }))
    return computePhoto({ minGroupSize: Number(scan.minGroupSize), dimensions, responses })
  }

  beforeAll(async () => {
    copyFileSync(inject('templateDatabase'), file)
    await seedAll(file)
    today = dutchDay(new Date())
    db = new Database(file, { readonly: true })
    firstRun = snapshot()
    db.close()
    secondRunOutput = await seedAll(file)
    db = new Database(file, { readonly: true })
    return () => db.close()
  }, 180_000)

  it('has two scans of 2026 that were discussed, their baseline of 2024 that was completed, and one open scan', () => {
    const scans = all(
      `SELECT s.*, m.name AS municipality, o.type AS councilType, o.name AS council FROM QuickScan s
       JOIN Municipality m ON m.id = s.municipalityId
       JOIN QuickScanCouncil c ON c.scanId = s.id JOIN Organisation o ON o.id = c.organisationId
       ORDER BY s.opensOn`,
    )
    expect(scans.map((s) => [s.title, s.status, s.councilType])).toEqual([
      ['Quickscan cliëntenparticipatie Heerenveen 2024', 'COMPLETED', 'SOCIAL_DOMAIN_COUNCIL'],
      ['Quickscan cliëntenparticipatie Smallingerland 2026', 'DISCUSSED', 'CLIENT_COUNCIL_WI'],
      ['Quickscan cliëntenparticipatie Heerenveen 2026', 'DISCUSSED', 'SOCIAL_DOMAIN_COUNCIL'],
      ['Quickscan cliëntenparticipatie Súdwest-Fryslân 2026', 'OPEN', 'CLIENT_COUNCIL_WI'],
    ])
    const [baseline, , rescan, open] = scans
    expect(rescan?.baselineId).toBe(baseline?.id)
    expect(rescan?.questionnaireId).toBe(baseline?.questionnaireId)
    const questionnaire = all('SELECT * FROM Questionnaire WHERE id = ?', baseline?.questionnaireId)[0]
    expect([questionnaire?.familyId, questionnaire?.versionNumber]).toEqual(['default-wi', 1])
    for (const scan of scans) {
      expect(isDateOnly(scan.opensOn) && isDateOnly(scan.closesOn), String(scan.title)).toBe(true)
      expect(scan.minGroupSize).toBe(5)
      const supporter = all('SELECT email FROM User WHERE id = ?', scan.supporterId)[0]
      expect(supporter?.email).toBe('opbouwwerker@example.org')
      if (scan !== open) expect(day(scan.closesOn) < today, String(scan.title)).toBe(true)
    }
    expect(day(open?.opensOn) <= today && today <= day(open?.closesOn)).toBe(true)
  })

  it('has answers of both groups in the closed scans, as many as invitations answered', () => {
    for (const scan of all('SELECT * FROM QuickScan')) {
      const counts = (sql: string) =>
        Object.fromEntries(all(sql, scan.id).map((row) => [row.grp, row.n])) as Record<string, number>
      const responses = counts(
        'SELECT "group" AS grp, COUNT(*) AS n FROM QuickScanResponse WHERE scanId = ? GROUP BY 1',
      )
      const answered = counts(
        'SELECT "group" AS grp, COUNT(*) AS n FROM QuickScanInvitation WHERE scanId = ? AND answered GROUP BY 1',
      )
      const invited = counts(
        'SELECT "group" AS grp, COUNT(*) AS n FROM QuickScanInvitation WHERE scanId = ? GROUP BY 1',
      )
      expect(responses, String(scan.title)).toEqual(answered)
      if (scan.status !== 'OPEN') {
        expect(responses.COUNCIL).toBeGreaterThanOrEqual(8)
        expect(responses.MUNICIPALITY).toBeGreaterThanOrEqual(6)
        expect(invited.COUNCIL).toBeGreaterThan(responses.COUNCIL ?? 0)
      }
      for (const response of all('SELECT * FROM QuickScanResponse WHERE scanId = ?', scan.id)) {
        expect(isDateOnly(response.submittedOn)).toBe(true)
        expect(day(response.submittedOn) >= day(scan.opensOn)).toBe(true)
        expect(day(response.submittedOn) <= day(scan.closesOn) && day(response.submittedOn) <= today).toBe(
          true,
        )
      }
    }
  })

  it('invites council members from the memberships and municipal staff by name with an example.org address', () => {
    const rescan = scanNamed(/Heerenveen 2026/)
    const council = all(
      'SELECT * FROM QuickScanInvitation WHERE scanId = ? AND "group" = ?',
      rescan.id,
      'COUNCIL',
    )
    const members = council.filter((invitation) => invitation.personId !== null)
    expect(members.length).toBeGreaterThanOrEqual(5)
    for (const invitation of members) {
      const membership = all(
        `SELECT m.role FROM Membership m JOIN QuickScanCouncil c ON c.organisationId = m.organisationId
         WHERE m.personId = ? AND c.scanId = ?`,
        invitation.personId,
        rescan.id,
      )
      expect(membership.map((m) => m.role)).not.toContain('contactambtenaar')
      expect(membership.length).toBeGreaterThan(0)
    }
    for (const invitation of all('SELECT * FROM QuickScanInvitation WHERE "group" = ?', 'MUNICIPALITY')) {
      expect(invitation.personId).toBeNull()
      expect(String(invitation.email)).toMatch(/^[a-z.-]+@example\.org$/)
    }
    for (const invitation of all('SELECT * FROM QuickScanInvitation')) {
      expect(String(invitation.tokenHash)).toMatch(/^[0-9a-f]{64}$/)
      expect(invitation.draft).toBeNull()
    }
  })

  it('makes a photo that flags what the goede gesprek discussed: every flagged statement has a note', () => {
    for (const title of [/Heerenveen 2024/, /Heerenveen 2026/, /Smallingerland/]) {
      const scan = scanNamed(title)
      const photo = photoOf(scan.id)
      const flagged = photo.flagged.filter((topic) => topic.kind === 'ITEM').map((topic) => topic.code)
      expect(flagged.length, String(scan.title)).toBeGreaterThanOrEqual(3)
      const noted = all(
        `SELECT i.code FROM QuickScanTopicNote n JOIN QuickScanConversation c ON c.id = n.conversationId
         JOIN QuestionnaireItem i ON i.id = n.itemId WHERE c.scanId = ?`,
        scan.id,
      ).map((row) => row.code)
      expect(noted, String(scan.title)).toEqual(expect.arrayContaining(flagged))
      const conversation = all('SELECT * FROM QuickScanConversation WHERE scanId = ?', scan.id)[0]
      expect(day(conversation?.heldOn) > day(scan.closesOn)).toBe(true)
      expect(String(conversation?.participants)).toMatch(/voorzitter/)
    }
    // The municipality rates timely information and early involvement higher than the council;
    // both rate recruiting new members low.
    const rescan = photoOf(scanNamed(/Heerenveen 2026/).id)
    const topic = (code: string) => rescan.flagged.find((candidate) => candidate.code === code)
    expect(topic('C1')?.flags).toEqual(['GAP'])
    expect(topic('C1')?.gap).toBeLessThanOrEqual(-1)
    expect(topic('D1')?.flags).toEqual(['GAP'])
    expect(topic('B4')?.flags).toEqual(['BOTH_LOW'])
    expect(rescan.groups).toEqual({
      COUNCIL: { responses: 9, suppressed: false },
      MUNICIPALITY: { responses: 7, suppressed: false },
    })
  })

  it('shows a group below the minimum in the open scan: the municipality has not answered yet', () => {
    const photo = photoOf(scanNamed(/Súdwest-Fryslân/).id)
    expect(photo.groups.COUNCIL.suppressed).toBe(false)
    expect(photo.groups.MUNICIPALITY).toEqual({ responses: 0, suppressed: true })
    expect(
      all(
        'SELECT * FROM QuickScanConversation c JOIN QuickScan s ON s.id = c.scanId WHERE s.status = ?',
        'OPEN',
      ),
    ).toEqual([])
  })

  it('has plans with actions in every status, some overdue, each with its follow-up in step', () => {
    const actions = all(
      `SELECT a.*, s.status AS scanStatus, m.name AS municipality FROM QuickScanAction a
       JOIN QuickScan s ON s.id = a.scanId JOIN Municipality m ON m.id = s.municipalityId`,
    )
    expect(new Set(actions.map((action) => action.status))).toEqual(new Set(ACTION_STATUSES))
    for (const scan of all('SELECT * FROM QuickScan WHERE status = ?', 'DISCUSSED')) {
      const mine = actions.filter((action) => action.scanId === scan.id)
      expect(new Set(mine.map((action) => action.status)), String(scan.title)).toEqual(
        new Set(ACTION_STATUSES),
      )
      const overdue = mine.filter(
        (action) => !CLOSED_ACTION_STATUSES.includes(action.status as never) && day(action.dueOn) < today,
      )
      expect(overdue.length, String(scan.title)).toBeGreaterThanOrEqual(1)
    }
    for (const action of actions.filter((candidate) => candidate.scanStatus === 'COMPLETED')) {
      expect(CLOSED_ACTION_STATUSES).toContain(action.status)
    }
    const worker = all('SELECT id FROM User WHERE email = ?', 'opbouwwerker@example.org')[0]
    for (const action of actions) {
      const followUp = all('SELECT * FROM FollowUp WHERE quickScanActionId = ?', action.id)[0]
      const closed = CLOSED_ACTION_STATUSES.includes(action.status as never)
      expect(followUp, String(action.title)).toMatchObject({
        description: `Quickscan ${action.municipality}: ${action.title}`,
        assigneeId: worker?.id,
        dueDate: action.dueOn,
        ownerOrganisationId: action.ownerOrganisationId,
        done: closed ? 1 : 0,
      })
      expect(followUp?.doneAt === null).toBe(!closed)
      expect((action.ownerPersonId === null) !== (action.ownerOrganisationId === null)).toBe(true)
      expect(time(action.createdAt)).toBeLessThanOrEqual(time(action.updatedAt))
      expect(time(action.updatedAt)).toBeLessThanOrEqual(Date.now())
    }
  })

  it('stores no name, e-mail, token or time with an answer: nothing leads from a response to a person', () => {
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[])
        .map((column) => column.name)
        .sort()
    expect(columns('QuickScanResponse')).toEqual(['background', 'group', 'id', 'scanId', 'submittedOn'])
    expect(columns('QuickScanAnswer')).toEqual(['desiredValue', 'itemId', 'responseId', 'text', 'value'])
    expect(columns('QuickScanInvitation')).not.toContain('answeredAt')
    expect(columns('QuickScanInvitation')).not.toContain('updatedAt')

    const identifying = [
      ...all('SELECT name, email FROM QuickScanInvitation').flatMap((row) => [row.name, row.email]),
      ...all('SELECT name, email FROM Person').flatMap((row) => [row.name, row.email]),
      ...all('SELECT tokenHash FROM QuickScanInvitation').map((row) => row.tokenHash),
    ]
      .filter((value): value is string => typeof value === 'string' && value.length > 3)
      .map((value) => value.toLowerCase())
    const stored = [
      ...all('SELECT * FROM QuickScanResponse').flatMap((row) => Object.values(row)),
      ...all('SELECT * FROM QuickScanAnswer').flatMap((row) => Object.values(row)),
    ]
      .filter((value): value is string => typeof value === 'string')
      .map((value) => value.toLowerCase())
    const leaks = stored.filter((value) => identifying.some((name) => value.includes(name)))
    expect(leaks).toEqual([])

    for (const response of all('SELECT * FROM QuickScanResponse')) {
      // A random (version 4) UUID, not ordered in time like a cuid.
      expect(String(response.id)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      )
      const background = JSON.parse(String(response.background)) as Record<string, unknown>
      expect(Object.keys(background).every((key) => ['role', 'years', 'experience'].includes(key))).toBe(true)
      if (response.group === 'MUNICIPALITY') expect(background.experience).toBeUndefined()
    }
  })

  it('adds nothing on a second run', () => {
    expect(snapshot()).toEqual(firstRun)
    expect(secondRunOutput).toMatch(
      /Demo quick scans: the database already has the demo quick scans; nothing added\./,
    )
  })
})
