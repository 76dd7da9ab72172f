import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import Database from 'better-sqlite3'
import { addDays, format, subDays } from 'date-fns'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import {
  ADVICE_STATUSES,
  ADVICE_TYPES,
  type AdviceStatus,
  DEFAULT_ADVICE_TERM_WEEKS,
  RESPONSE_OUTCOMES,
  SUCCESSFUL_OUTCOMES,
} from '~/models/advice/advice-types.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

const ADVICE_TABLES = [
  'Advice',
  'AdviceCouncil',
  'AdviceAddressee',
  'AdviceTheme',
  'AdviceSignal',
  'AdviceActivity',
  'AdviceEvent',
  'FollowUp',
]
// The step of each date an advice carries once it got that far.
const STEP_DATES: [AdviceStatus, string][] = [
  ['RECEIVED', 'requestReceivedOn'],
  ['ADOPTED', 'adoptedOn'],
  ['SENT', 'sentOn'],
  ['RESPONDED', 'responseOn'],
  ['CLOSED', 'closedOn'],
]

type Row = Record<string, unknown>

function seed(file: string) {
  return run(tsx, ['prisma/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    timeout: 60_000,
  })
}

// Returns the row count of every table.
function countRows(db: Database.Database) {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[]
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  )
}

// Returns every row of the advice tables and the councils' advice terms, in a stable order.
function snapshot(db: Database.Database) {
  return {
    ...Object.fromEntries(
      ADVICE_TABLES.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
    ),
    terms: db.prepare('SELECT id, adviceTermWeeks FROM Organisation ORDER BY id').all(),
  }
}

const time = (value: unknown) => new Date(String(value)).getTime()
// Returns the Dutch calendar day ("2026-03-14") of a stored moment.
const dutchDay = (value: unknown) => format(new TZDate(time(value), 'Europe/Amsterdam'), 'yyyy-MM-dd')
const day = (value: unknown) => String(value).slice(0, 10)
const isDateOnly = (value: unknown) => new Date(time(value)).toISOString().endsWith('T00:00:00.000Z')
const stage = (status: unknown) => ADVICE_STATUSES.indexOf(status as AdviceStatus)
const stepsOf = (advice: Row) =>
  ADVICE_STATUSES.slice(advice.type === 'REQUESTED' ? 0 : 1, stage(advice.status) + 1)

describe('the demo advices', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'raadnet-advice-')), 'raadnet.db')
  const data = JSON.parse(readFileSync(path.join(root, 'prisma/data/advice.json'), 'utf8')) as {
    advices: { signals?: string[]; activities?: string[] }[]
  }
  let db: Database.Database
  let now: Date
  let countsAfterFirstRun: Record<string, number>
  let rowsAfterFirstRun: ReturnType<typeof snapshot>
  let firstRunOutput: string
  let secondRunOutput: string
  let advices: Row[]
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]
  const councilsOf = (adviceId: unknown) =>
    all('SELECT organisationId FROM AdviceCouncil WHERE adviceId = ?', adviceId).map((r) => r.organisationId)

  // Two runs of the whole seed: the second must find the advices there and add nothing.
  beforeAll(async () => {
    copyFileSync(inject('templateDatabase'), file)
    firstRunOutput = (await seed(file)).stdout
    now = new Date()
    db = new Database(file, { readonly: true })
    countsAfterFirstRun = countRows(db)
    rowsAfterFirstRun = snapshot(db)
    db.close()
    secondRunOutput = (await seed(file)).stdout
    db = new Database(file, { readonly: true })
    advices = all('SELECT * FROM Advice')
    return () => db.close()
  }, 60_000)

  it('has forty or more advices of every type, status and outcome, over the last two years', () => {
    expect(advices.length).toBeGreaterThanOrEqual(40)
    expect(new Set(advices.map((a) => a.type))).toEqual(new Set(ADVICE_TYPES))
    expect(new Set(advices.map((a) => a.status))).toEqual(new Set(ADVICE_STATUSES))
    expect(new Set(advices.flatMap((a) => a.responseOutcome ?? []))).toEqual(new Set(RESPONSE_OUTCOMES))
    const twoYearsAgo = subDays(now, 731).getTime()
    for (const advice of advices) {
      expect(time(advice.createdAt), String(advice.title)).toBeGreaterThanOrEqual(twoYearsAgo)
      expect(String(advice.summary ?? '').length, String(advice.title)).toBeGreaterThan(40)
    }
  })

  it('has joint advices, one of them by three or more councils, all by active councils', () => {
    const councils = all(
      `SELECT ac.adviceId, o.type, o.active, a.type AS adviceType FROM AdviceCouncil ac
       JOIN Organisation o ON o.id = ac.organisationId JOIN Advice a ON a.id = ac.adviceId`,
    )
    const perAdvice = new Map<unknown, Row[]>()
    for (const row of councils) perAdvice.set(row.adviceId, [...(perAdvice.get(row.adviceId) ?? []), row])
    expect(perAdvice.size).toBe(advices.length)
    const joint = [...perAdvice.values()].filter((rows) => rows.length >= 2)
    expect(joint.length).toBeGreaterThanOrEqual(3)
    expect(joint.some((rows) => rows.length >= 3 && rows[0]?.adviceType !== 'LETTER')).toBe(true)
    // A W&I council with the Wmo council of the same municipality.
    const pairs = all(
      `SELECT DISTINCT w.adviceId FROM AdviceCouncil w JOIN Organisation wo ON wo.id = w.organisationId
       JOIN AdviceCouncil m ON m.adviceId = w.adviceId JOIN Organisation mo ON mo.id = m.organisationId
       JOIN OrganisationMunicipality wm ON wm.organisationId = wo.id
       JOIN OrganisationMunicipality mm ON mm.organisationId = mo.id AND mm.municipalityId = wm.municipalityId
       WHERE wo.type = 'CLIENT_COUNCIL_WI' AND mo.type = 'WMO_COUNCIL'`,
    )
    expect(pairs.length).toBeGreaterThanOrEqual(3)
    for (const row of councils) expect(row.active).toBe(1)
  })

  it('sets the dates of every step an advice went through, in order, and no others', () => {
    for (const advice of advices) {
      const name = String(advice.title)
      const steps = stepsOf(advice)
      for (const [step, column] of STEP_DATES) {
        if (steps.includes(step)) {
          expect(advice[column], `${name}: ${column}`).not.toBeNull()
          expect(isDateOnly(advice[column]), `${name}: ${column}`).toBe(true)
        } else {
          expect(advice[column], `${name}: ${column}`).toBeNull()
        }
      }
      if (stage(advice.status) >= stage('SENT')) {
        expect(time(advice.sentOn), name).toBeGreaterThanOrEqual(time(advice.adoptedOn))
      }
      if (stage(advice.status) >= stage('RESPONDED')) {
        expect(time(advice.responseOn), name).toBeGreaterThanOrEqual(time(advice.sentOn))
        expect(RESPONSE_OUTCOMES, name).toContain(advice.responseOutcome)
        // As in the app: "no response" only once eight weeks passed, and without reasoning.
        if (advice.responseOutcome === 'NO_RESPONSE') {
          expect(time(advice.responseOn), name).toBeGreaterThanOrEqual(time(addDays(time(advice.sentOn), 56)))
          expect(advice.responseReasoning, name).toBeNull()
        } else {
          expect(String(advice.responseReasoning ?? '').length, name).toBeGreaterThan(20)
        }
      } else {
        expect(advice.responseOutcome, name).toBeNull()
      }
      if (advice.status === 'CLOSED') {
        expect(time(advice.closedOn), name).toBeGreaterThanOrEqual(time(advice.responseOn))
      }
    }
  })

  it('gives a requested advice the deadline of its council’s advice term, and others none', () => {
    const terms = new Map(
      all('SELECT id, adviceTermWeeks FROM Organisation').map((o) => [
        o.id,
        Number(o.adviceTermWeeks ?? DEFAULT_ADVICE_TERM_WEEKS),
      ]),
    )
    for (const advice of advices) {
      const name = String(advice.title)
      if (advice.type !== 'REQUESTED') {
        expect(advice.requestReceivedOn, name).toBeNull()
        expect(advice.deadline, name).toBeNull()
        continue
      }
      expect(isDateOnly(advice.deadline), name).toBe(true)
      const weeks = (time(advice.deadline) - time(advice.requestReceivedOn)) / (7 * 86_400_000)
      expect(
        councilsOf(advice.id).map((id) => terms.get(id)),
        name,
      ).toContain(weeks)
      if (stage(advice.status) >= stage('SENT')) {
        expect(time(advice.sentOn), name).toBeLessThanOrEqual(time(advice.deadline))
      }
    }
    const setTerms = all(
      'SELECT adviceTermWeeks AS weeks FROM Organisation WHERE adviceTermWeeks IS NOT NULL',
    )
    expect(setTerms.length).toBeGreaterThanOrEqual(2)
    expect(new Set(setTerms.map((o) => o.weeks)).size).toBeGreaterThanOrEqual(2)
  })

  it('has work with a deadline coming up, one past its deadline, and responses overdue for ten weeks', () => {
    const today = format(new TZDate(now, 'Europe/Amsterdam'), 'yyyy-MM-dd')
    const open = advices.filter((a) => a.deadline !== null && stage(a.status) < stage('ADOPTED'))
    const upcoming = open.filter(
      (a) => day(a.deadline) >= today && time(a.deadline) <= addDays(now, 56).getTime(),
    )
    expect(upcoming.length).toBeGreaterThanOrEqual(2)
    const late = open.filter((a) => day(a.deadline) < today)
    expect(late.length).toBeGreaterThanOrEqual(1)
    expect(late.length).toBeLessThanOrEqual(2)
    const waiting = advices.filter((a) => a.status === 'SENT')
    expect(waiting.filter((a) => time(a.sentOn) <= subDays(now, 70).getTime()).length).toBeGreaterThanOrEqual(
      2,
    )
    expect(waiting.filter((a) => time(a.sentOn) > subDays(now, 56).getTime()).length).toBeGreaterThanOrEqual(
      1,
    )
  })

  it('records an event for every step of every advice, in increasing time, on its dates', () => {
    const events = all('SELECT * FROM AdviceEvent ORDER BY at')
    for (const advice of advices) {
      const name = String(advice.title)
      const mine = events.filter((e) => e.adviceId === advice.id)
      const steps = stepsOf(advice)
      expect(
        mine.map((e) => e.toStatus),
        name,
      ).toEqual(steps)
      expect(mine.map((e) => e.fromStatus)).toEqual([null, ...steps.slice(0, -1)])
      for (let i = 1; i < mine.length; i++) {
        expect(time(mine[i]?.at), name).toBeGreaterThan(time(mine[i - 1]?.at))
      }
      for (const [step, column] of STEP_DATES) {
        const event = mine.find((e) => e.toStatus === step)
        if (event) expect(dutchDay(event.at), `${name}: ${column}`).toBe(day(advice[column]))
      }
      expect(time(mine[0]?.at)).toBe(time(advice.createdAt))
      expect(time(mine.at(-1)?.at)).toBe(time(advice.updatedAt))
      expect(time(mine.at(-1)?.at)).toBeLessThan(now.getTime())
      const responded = mine.find((e) => e.toStatus === 'RESPONDED')
      if (responded) expect(String(responded.note), name).toMatch(/^Uitkomst: /)
      for (const event of mine) {
        expect(event.actorId).toBe(advice.supporterId)
        const local = new TZDate(time(event.at), 'Europe/Amsterdam')
        expect(local.getHours()).toBeGreaterThanOrEqual(8)
        expect(local.getHours()).toBeLessThanOrEqual(17)
        expect([0, 6]).not.toContain(local.getDay())
      }
    }
  })

  it('marks a handful of successful advices shareable and reuses one or two for other councils', () => {
    const shareable = advices.filter((a) => a.shareable === 1)
    expect(shareable.length).toBeGreaterThanOrEqual(4)
    expect(shareable.length).toBeLessThanOrEqual(6)
    for (const advice of shareable) expect(SUCCESSFUL_OUTCOMES).toContain(advice.responseOutcome)
    const reused = advices.filter((a) => a.basedOnId !== null)
    expect(reused.length).toBeGreaterThanOrEqual(1)
    expect(reused.length).toBeLessThanOrEqual(2)
    for (const advice of reused) {
      const basis = advices.find((a) => a.id === advice.basedOnId)
      expect(basis?.shareable, String(advice.title)).toBe(1)
      expect(time(advice.createdAt)).toBeGreaterThan(time(basis?.responseOn))
      // As the app makes it: a draft in preparation that names its source.
      expect(advice.type).not.toBe('REQUESTED')
      const [first] = all('SELECT note FROM AdviceEvent WHERE adviceId = ? ORDER BY at LIMIT 1', advice.id)
      expect(String(first?.note)).toContain(String(basis?.title))
      const theirs = councilsOf(basis?.id)
      for (const council of councilsOf(advice.id)) expect(theirs).not.toContain(council)
    }
  })

  it('builds signal letters on signals the council received and dealt with', () => {
    const links = all(
      `SELECT s.adviceId, sg.status, a.createdAt,
         (SELECT MIN(f.forwardedOn) FROM SignalForward f JOIN AdviceCouncil ac
            ON ac.organisationId = f.organisationId AND ac.adviceId = s.adviceId
          WHERE f.signalId = s.signalId) AS forwardedOn
       FROM AdviceSignal s JOIN Signal sg ON sg.id = s.signalId JOIN Advice a ON a.id = s.adviceId`,
    )
    expect(links).toHaveLength(data.advices.flatMap((a) => a.signals ?? []).length)
    expect(all('SELECT * FROM AdviceActivity')).toHaveLength(
      data.advices.flatMap((a) => a.activities ?? []).length,
    )
    for (const link of links) {
      expect(['PROCESSED', 'FED_BACK', 'CLOSED']).toContain(link.status)
      expect(link.forwardedOn).not.toBeNull()
      expect(time(link.forwardedOn)).toBeLessThanOrEqual(time(link.createdAt))
    }
    for (const letter of advices.filter((a) => a.type === 'SIGNAL_LETTER')) {
      expect(
        links.filter((l) => l.adviceId === letter.id).length,
        String(letter.title),
      ).toBeGreaterThanOrEqual(1)
    }
  })

  it('addresses mostly colleges of the councils’ municipalities, and UWV, gemeenteraad and Kamer', () => {
    const addressees = all(
      `SELECT ad.*, a.type AS adviceType, EXISTS (SELECT 1 FROM AdviceCouncil ac
         JOIN OrganisationMunicipality om ON om.organisationId = ac.organisationId
         WHERE ac.adviceId = ad.adviceId AND om.municipalityId = ad.municipalityId) AS ours
       FROM AdviceAddressee ad JOIN Advice a ON a.id = ad.adviceId`,
    )
    for (const advice of advices) expect(addressees.some((ad) => ad.adviceId === advice.id)).toBe(true)
    const kinds = addressees.map((ad) => ad.kind)
    expect(kinds.filter((k) => k === 'COLLEGE').length).toBeGreaterThan(addressees.length / 2)
    for (const kind of ['COUNCIL', 'UWV', 'PARLIAMENT']) expect(kinds).toContain(kind)
    for (const ad of addressees) {
      if (ad.kind === 'COLLEGE' || ad.kind === 'COUNCIL') expect(ad.ours).toBe(1)
      else expect(ad.municipalityId).toBeNull()
      if (ad.kind === 'OTHER') expect(ad.label).toBeTruthy()
    }
    const toParliament = addressees.filter((ad) => ad.kind === 'PARLIAMENT')
    expect(toParliament).toHaveLength(2)
    for (const ad of toParliament) {
      expect(ad.adviceType).toBe('LETTER')
      const letter = advices.find((a) => a.id === ad.adviceId)
      expect(String(letter?.summary)).toContain('provinciale uitwisselingsbijeenkomst')
      expect(councilsOf(ad.adviceId).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('tags each advice with one to three themes its councils work on', () => {
    const themes = all(
      `SELECT t.adviceId, EXISTS (SELECT 1 FROM AdviceCouncil ac JOIN OrganisationTheme ot
         ON ot.organisationId = ac.organisationId AND ot.themeId = t.themeId
         WHERE ac.adviceId = t.adviceId) AS ours
       FROM AdviceTheme t`,
    )
    for (const advice of advices) {
      const mine = themes.filter((t) => t.adviceId === advice.id)
      expect(mine.length, String(advice.title)).toBeGreaterThanOrEqual(1)
      expect(mine.length, String(advice.title)).toBeLessThanOrEqual(3)
      for (const theme of mine) expect(theme.ours, String(advice.title)).toBe(1)
    }
  })

  it('has the system follow-ups the app makes: open while the step is due, done with the step', () => {
    const followUps = all('SELECT * FROM FollowUp WHERE adviceId IS NOT NULL')
    const events = all('SELECT * FROM AdviceEvent')
    const eventAt = (adviceId: unknown, status: AdviceStatus) =>
      events.find((e) => e.adviceId === adviceId && e.toStatus === status)?.at
    for (const advice of advices) {
      const name = String(advice.title)
      const mine = followUps.filter((f) => f.adviceId === advice.id)
      const deadline = mine.filter((f) => f.systemKey === 'advice-deadline')
      const response = mine.filter((f) => f.systemKey === 'advice-response')
      expect(mine, name).toHaveLength(deadline.length + response.length)
      expect(deadline, name).toHaveLength(advice.type === 'REQUESTED' ? 1 : 0)
      expect(response, name).toHaveLength(stage(advice.status) >= stage('SENT') ? 1 : 0)
      for (const f of mine) {
        expect(f.assigneeId, name).toBe(advice.supporterId)
        expect(f.activityId).toBeNull()
        expect(f.signalId).toBeNull()
        expect(isDateOnly(f.dueDate)).toBe(true)
        expect(f.done === 1, name).toBe(f.doneAt !== null)
      }
      const [d] = deadline
      if (d) {
        expect(d.dueDate).toBe(advice.deadline)
        expect(d.done, name).toBe(stage(advice.status) >= stage('SENT') ? 1 : 0)
        expect(time(d.createdAt)).toBe(time(eventAt(advice.id, 'RECEIVED')))
        if (d.doneAt !== null) expect(time(d.doneAt)).toBe(time(eventAt(advice.id, 'SENT')))
      }
      const [r] = response
      if (r) {
        expect(r.done, name).toBe(advice.status === 'SENT' ? 0 : 1)
        expect(time(r.dueDate)).toBeGreaterThan(time(advice.sentOn))
        expect(time(r.createdAt)).toBe(time(eventAt(advice.id, 'SENT')))
        if (r.doneAt !== null) expect(time(r.doneAt)).toBe(time(eventAt(advice.id, 'RESPONDED')))
      }
    }
    const open = followUps.filter((f) => f.done === 0)
    expect(open.filter((f) => time(f.dueDate) < subDays(now, 1).getTime()).length).toBeGreaterThanOrEqual(2)
  })

  it('is supported mostly by the opbouwwerker', () => {
    const supporters = all(
      `SELECT u.email, COUNT(*) AS n FROM Advice a JOIN User u ON u.id = a.supporterId GROUP BY u.email`,
    )
    const count = (email: string) => Number(supporters.find((s) => s.email === email)?.n ?? 0)
    expect(count('opbouwwerker@example.org') + count('coordinator@example.org')).toBe(advices.length)
    expect(count('opbouwwerker@example.org')).toBeGreaterThan(advices.length / 2)
  })

  it('changes nothing when run a second time', () => {
    expect(firstRunOutput).toMatch(/Demo advice: \d+ advices/)
    expect(firstRunOutput).not.toMatch(/not found/)
    expect(secondRunOutput).toMatch(/Demo advice: the database already has advices/)
    expect(countRows(db)).toEqual(countsAfterFirstRun)
    expect(snapshot(db)).toEqual(rowsAfterFirstRun)
  })
})
