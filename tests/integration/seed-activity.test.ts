import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import Database from 'better-sqlite3'
import { format, subDays, subMonths } from 'date-fns'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { COUNCIL_TYPES } from '~/models/organisation/organisation-types.ts'
import { SIGNAL_STATUSES, type SignalStatus } from '~/models/signal/signal-statuses.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

const COUNCILS = COUNCIL_TYPES.map((type) => `'${type}'`).join(', ')
const ACTIVITY_TABLES = [
  'Activity',
  'ActivityOrganisation',
  'ActivityPerson',
  'ActivityTheme',
  'FollowUp',
  'Signal',
  'SignalTheme',
  'SignalForward',
  'SignalEvent',
]
// What must never appear in a signal: an e-mail address, a Dutch phone number, a BSN-like
// nine-digit number, a postcode (the last only checked in signals).
const FORBIDDEN = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /(?:\+31|0031|\b0)[\s-]?\d(?:[\s-]?\d){8}\b/,
  /\b\d{9}\b/,
  /\b\d{4}\s?[A-Z]{2}\b/,
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

// Returns every row of the activity and signal tables, in a stable order.
function snapshot(db: Database.Database) {
  return Object.fromEntries(
    ACTIVITY_TABLES.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
  )
}

const time = (value: unknown) => new Date(String(value)).getTime()
// Returns the Dutch calendar day ("2026-03-14") of a stored moment.
const dutchDay = (value: unknown) => format(new TZDate(time(value), 'Europe/Amsterdam'), 'yyyy-MM-dd')
const isDateOnly = (value: unknown) => new Date(time(value)).toISOString().endsWith('T00:00:00.000Z')

describe('the demo activity', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'raadnet-activity-')), 'raadnet.db')
  let db: Database.Database
  let now: Date
  let countsAfterFirstRun: Record<string, number>
  let rowsAfterFirstRun: Record<string, unknown[]>
  let firstRunOutput: string
  let secondRunOutput: string
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]

  // Two runs of the whole seed: the second must find the activity there and add nothing.
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
    return () => db.close()
  }, 60_000)

  it('gives every active council support in the last twelve months, with themes it works on', () => {
    const councils = all(`SELECT id, name FROM Organisation WHERE active AND type IN (${COUNCILS})`)
    expect(councils.length).toBeGreaterThan(20)
    const support = all(
      `SELECT a.id, a.occurredAt, a.subtype, a.minutesSpent, ao.organisationId,
         (SELECT COUNT(*) FROM ActivityTheme t WHERE t.activityId = a.id) AS themes,
         (SELECT COUNT(*) FROM ActivityTheme t JOIN OrganisationTheme ot
            ON ot.themeId = t.themeId AND ot.organisationId = ao.organisationId
          WHERE t.activityId = a.id) AS councilThemes
       FROM Activity a JOIN ActivityOrganisation ao ON ao.activityId = a.id
       WHERE a.kind = 'SUPPORT'`,
    )
    const yearAgo = subMonths(now, 12).getTime()
    for (const council of councils) {
      const mine = support.filter((s) => s.organisationId === council.id && time(s.occurredAt) >= yearAgo)
      expect(mine.length, String(council.name)).toBeGreaterThanOrEqual(1)
      expect(mine.length, String(council.name)).toBeLessThanOrEqual(6)
    }
    for (const s of support) {
      expect(s.subtype).toBeTruthy()
      expect(Number(s.minutesSpent)).toBeGreaterThanOrEqual(60)
      expect(Number(s.minutesSpent)).toBeLessThanOrEqual(480)
      expect(Number(s.themes)).toBeGreaterThanOrEqual(1)
      expect(Number(s.themes)).toBeLessThanOrEqual(3)
      expect(s.councilThemes).toBe(s.themes)
    }
  })

  it('dates all work within the last year, in the past, at Dutch office hours', () => {
    const activities = all('SELECT occurredAt FROM Activity')
    const yearAgo = subMonths(now, 12).getTime()
    for (const { occurredAt } of activities) {
      expect(time(occurredAt)).toBeGreaterThanOrEqual(yearAgo)
      expect(time(occurredAt)).toBeLessThan(now.getTime())
      const local = new TZDate(time(occurredAt), 'Europe/Amsterdam')
      expect(local.getHours()).toBeGreaterThanOrEqual(8)
      expect(local.getHours()).toBeLessThanOrEqual(17)
      expect([0, 6]).not.toContain(local.getDay())
    }
  })

  it('logs 80+ contacts, mostly by the opbouwwerker, and panels, meetings and social media', () => {
    const kinds = Object.fromEntries(
      all('SELECT kind, COUNT(*) AS n FROM Activity GROUP BY kind').map((row) => [row.kind, row.n]),
    )
    expect(kinds.CONTACT).toBeGreaterThanOrEqual(80)
    for (const kind of ['PANEL', 'CONSTITUENCY_MEETING', 'SOCIAL_MEDIA']) {
      expect(kinds[kind], kind).toBeGreaterThanOrEqual(2)
      expect(
        all('SELECT id FROM Activity WHERE kind = ? AND participationForm IS NOT ?', kind, kind),
      ).toEqual([])
    }
    const authors = Object.fromEntries(
      all(
        `SELECT u.email, COUNT(*) AS n FROM Activity a JOIN User u ON u.id = a.authorId GROUP BY u.email`,
      ).map((row) => [row.email, Number(row.n)]),
    )
    expect(Object.keys(authors).sort()).toEqual(['coordinator@example.org', 'opbouwwerker@example.org'])
    expect(authors['opbouwwerker@example.org']).toBeGreaterThan(authors['coordinator@example.org'] ?? 0)
    const contactTypes = all(
      `SELECT DISTINCT o.type FROM Activity a JOIN ActivityOrganisation ao ON ao.activityId = a.id
       JOIN Organisation o ON o.id = ao.organisationId WHERE a.kind = 'CONTACT'`,
    ).map((row) => row.type)
    expect(contactTypes).toEqual(expect.arrayContaining(['CLIENT_COUNCIL_WI', 'SUPPORT_POINT', 'PARTNER']))
  })

  it('has ten or more werkbezoeken, each to a site, with councils, findings and questions', () => {
    const visits = all(
      `SELECT a.id, a.findings, a.followUpQuestions, a.participationForm,
         (SELECT COUNT(*) FROM ActivityOrganisation ao JOIN Organisation o ON o.id = ao.organisationId
          WHERE ao.activityId = a.id AND ao.role = 'visited' AND o.type = 'SITE') AS sites,
         (SELECT COUNT(*) FROM ActivityOrganisation ao JOIN Organisation o ON o.id = ao.organisationId
          WHERE ao.activityId = a.id AND ao.role = 'involved' AND o.type IN (${COUNCILS})) AS councils
       FROM Activity a WHERE a.kind = 'SITE_VISIT'`,
    )
    expect(visits.length).toBeGreaterThanOrEqual(10)
    for (const visit of visits) {
      expect(visit.sites).toBe(1)
      expect(Number(visit.councils)).toBeGreaterThanOrEqual(1)
      expect(Number(visit.councils)).toBeLessThanOrEqual(4)
      expect(String(visit.findings ?? '').length).toBeGreaterThan(20)
      expect(String(visit.followUpQuestions ?? '').length).toBeGreaterThan(10)
      expect(visit.participationForm).toBe('SITE_VISIT')
    }
    const [withPeople] = all(
      `SELECT COUNT(DISTINCT p.activityId) AS n FROM ActivityPerson p
       JOIN Activity a ON a.id = p.activityId WHERE a.kind = 'SITE_VISIT'`,
    )
    expect(withPeople?.n).toBeGreaterThan(0)
  })

  it('has thirty or more signals in all six stages, forwarded to councils of their municipality', () => {
    const signals = all('SELECT * FROM Signal')
    expect(signals.length).toBeGreaterThanOrEqual(30)
    for (const signal of signals) {
      expect(isDateOnly(signal.receivedOn)).toBe(true)
      if (signal.feedbackOn !== null) expect(isDateOnly(signal.feedbackOn)).toBe(true)
    }
    expect(new Set(signals.map((s) => s.status))).toEqual(new Set(SIGNAL_STATUSES))
    const sources = all(`SELECT DISTINCT o.type FROM Signal s JOIN Organisation o ON o.id = s.sourceId`).map(
      (row) => row.type,
    )
    expect(sources).toEqual(['SUPPORT_POINT'])
    const unserved = all(
      `SELECT s.title FROM Signal s WHERE s.municipalityId IS NULL OR NOT EXISTS (
         SELECT 1 FROM OrganisationMunicipality om
         WHERE om.organisationId = s.sourceId AND om.municipalityId = s.municipalityId)`,
    )
    expect(unserved).toEqual([])
    const themes = all('SELECT signalId, COUNT(*) AS n FROM SignalTheme GROUP BY signalId')
    expect(themes).toHaveLength(signals.length)
    for (const { n } of themes) expect([1, 2]).toContain(n)
    const forwards = all(
      `SELECT f.*, o.type, EXISTS (SELECT 1 FROM OrganisationMunicipality om
         WHERE om.organisationId = f.organisationId AND om.municipalityId = s.municipalityId) AS serves
       FROM SignalForward f JOIN Signal s ON s.id = f.signalId JOIN Organisation o ON o.id = f.organisationId`,
    )
    for (const signal of signals) {
      const mine = forwards.filter((f) => f.signalId === signal.id)
      if (signal.status === 'NEW') {
        expect(mine, String(signal.title)).toEqual([])
        continue
      }
      expect(mine.length, String(signal.title)).toBeGreaterThanOrEqual(1)
      expect(mine.length, String(signal.title)).toBeLessThanOrEqual(2)
      for (const forward of mine) {
        expect(COUNCIL_TYPES).toContain(forward.type)
        expect(forward.serves).toBe(1)
        expect(forward.forwardedById).toBeTruthy()
        expect(time(forward.forwardedOn)).toBeGreaterThanOrEqual(time(signal.receivedOn))
        expect(isDateOnly(forward.forwardedOn)).toBe(true)
      }
    }
  })

  it('records an event for every status step of every signal, in increasing time', () => {
    const signals = all('SELECT id, title, status, receivedOn, feedbackOn FROM Signal')
    const events = all('SELECT * FROM SignalEvent ORDER BY at')
    for (const signal of signals) {
      const mine = events.filter((e) => e.signalId === signal.id)
      const steps = SIGNAL_STATUSES.slice(0, SIGNAL_STATUSES.indexOf(signal.status as SignalStatus) + 1)
      expect(
        mine.map((e) => e.toStatus),
        String(signal.title),
      ).toEqual(steps)
      expect(mine.map((e) => e.fromStatus)).toEqual([null, ...steps.slice(0, -1)])
      // The days of a signal are date-only values; its events are moments on those days.
      expect(dutchDay(mine[0]?.at), String(signal.title)).toBe(String(signal.receivedOn).slice(0, 10))
      const fedBack = mine.find((e) => e.toStatus === 'FED_BACK')
      if (fedBack) expect(dutchDay(fedBack.at)).toBe(String(signal.feedbackOn).slice(0, 10))
      for (let i = 1; i < mine.length; i++) {
        expect(time(mine[i]?.at), String(signal.title)).toBeGreaterThan(time(mine[i - 1]?.at))
      }
      expect(time(mine.at(-1)?.at)).toBeLessThan(now.getTime())
      for (const event of mine) expect(event.actorId).toBeTruthy()
    }
  })

  it('says what the council did and what was fed back, once a signal got that far', () => {
    const signals = all('SELECT title, status, councilAction, feedback, feedbackOn FROM Signal')
    for (const signal of signals) {
      const stage = SIGNAL_STATUSES.indexOf(signal.status as SignalStatus)
      const name = String(signal.title)
      if (stage >= SIGNAL_STATUSES.indexOf('PROCESSED')) expect(signal.councilAction, name).toBeTruthy()
      else expect(signal.councilAction, name).toBeNull()
      if (stage >= SIGNAL_STATUSES.indexOf('FED_BACK')) {
        expect(signal.feedback, name).toBeTruthy()
        expect(signal.feedbackOn, name).toBeTruthy()
      } else {
        expect(signal.feedback, name).toBeNull()
      }
    }
  })

  it('has signals stuck with a council: forwarded seven to twelve weeks ago, no feedback yet', () => {
    const stuck = all(
      `SELECT s.title, MIN(f.forwardedOn) AS forwardedOn FROM Signal s JOIN SignalForward f ON f.signalId = s.id
       WHERE s.status IN ('FORWARDED', 'IN_PROGRESS') GROUP BY s.id`,
    ).filter(
      (s) =>
        time(s.forwardedOn) <= subDays(now, 49).getTime() &&
        time(s.forwardedOn) >= subDays(now, 84).getTime(),
    )
    expect(stuck.length).toBeGreaterThanOrEqual(3)
  })

  it('describes situations, never clients', () => {
    const names = all('SELECT name FROM Person').map((row) => String(row.name))
    const texts = [
      ...all('SELECT title, description, councilAction, feedback FROM Signal').flatMap((row) =>
        Object.values(row),
      ),
      ...all('SELECT note FROM SignalEvent').map((row) => row.note),
    ].filter((value): value is string => typeof value === 'string')
    expect(texts.length).toBeGreaterThan(100)
    for (const text of texts) {
      for (const pattern of FORBIDDEN) expect(text, text).not.toMatch(pattern)
      for (const name of names) expect(text).not.toContain(name)
    }
    const activityTexts = all('SELECT summary, notes, findings, followUpQuestions FROM Activity')
      .flatMap((row) => Object.values(row))
      .filter((value): value is string => typeof value === 'string')
    for (const text of activityTexts) {
      for (const pattern of FORBIDDEN.slice(0, 3)) expect(text, text).not.toMatch(pattern)
    }
  })

  it('gives the opbouwwerker open follow-ups, some overdue, and done ones; a few for the coordinator', () => {
    const followUps = all(`SELECT f.*, u.email FROM FollowUp f JOIN User u ON u.id = f.assigneeId`)
    const mine = followUps.filter((f) => f.email === 'opbouwwerker@example.org')
    const open = mine.filter((f) => f.done === 0)
    expect(open.length).toBeGreaterThanOrEqual(5)
    // Due dates are date-only (midnight UTC): overdue means due before today.
    const overdue = open.filter((f) => time(f.dueDate) < subDays(now, 1).getTime())
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    expect(mine.filter((f) => f.done === 1).length).toBeGreaterThan(0)
    expect(followUps.filter((f) => f.email === 'coordinator@example.org').length).toBeGreaterThan(0)
    // Follow-ups of the activity seed belong to an activity or a signal; the advice and
    // meeting seeds add their own, which belong to an advice or a meeting, and the quick-scan
    // seed's belong to a plan van aanpak action.
    const ownSeed = followUps.filter(
      (f) => f.adviceId === null && f.meetingId === null && f.quickScanActionId === null,
    )
    for (const f of ownSeed) {
      expect((f.activityId === null) !== (f.signalId === null)).toBe(true)
      expect(f.done === 1).toBe(f.doneAt !== null)
      if (f.doneAt !== null) {
        expect(time(f.doneAt)).toBeLessThan(now.getTime())
        expect(time(f.doneAt)).toBeGreaterThan(time(f.createdAt))
      }
      expect(isDateOnly(f.dueDate)).toBe(true)
    }
  })

  it('leaves some councils without any contact for six months or more', () => {
    const sixMonthsAgo = subMonths(now, 6).getTime()
    const councils = all(`SELECT id, name FROM Organisation WHERE active AND type IN (${COUNCILS})`)
    const links = all(
      `SELECT ao.organisationId, a.occurredAt AS at FROM ActivityOrganisation ao
       JOIN Activity a ON a.id = ao.activityId
       UNION ALL SELECT organisationId, forwardedOn AS at FROM SignalForward`,
    )
    const quiet = councils.filter((council) => {
      const mine = links.filter((link) => link.organisationId === council.id)
      return mine.length > 0 && mine.every((link) => time(link.at) < sixMonthsAgo)
    })
    expect(quiet.length).toBeGreaterThanOrEqual(1)
  })

  it('changes nothing when run a second time', () => {
    expect(firstRunOutput).toMatch(/Demo activity: \d+ activities/)
    expect(secondRunOutput).toMatch(/Demo activity: the database already has activities or signals/)
    expect(countRows(db)).toEqual(countsAfterFirstRun)
    expect(snapshot(db)).toEqual(rowsAfterFirstRun)
  })
})
