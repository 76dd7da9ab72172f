import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { TZDate } from '@date-fns/tz'
import Database from 'better-sqlite3'
import { format, subDays } from 'date-fns'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seriesDays } from '~/models/meeting/recurrence.ts'
import { decodeRule } from '~/models/meeting/series-plan.ts'
import { createPrismaClient } from '~/utils/db.server.ts'
import { seedMeetings } from '../../prisma/seed-meetings.ts'

const root = path.resolve(import.meta.dirname, '../..')
const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-meetings-'))

// The tables the meetings seed writes, and which of their rows are its own.
const MEETING_TABLES: [string, string][] = [
  ['MeetingSeries', ''],
  ['Meeting', ''],
  ['MeetingTheme', ''],
  ['MeetingOrganiser', ''],
  ['MeetingPartner', ''],
  ['AgendaItem', ''],
  ['MeetingTip', ''],
  ['MeetingOutput', ''],
  ['Invitation', ''],
  ['FollowUp', 'WHERE meetingId IS NOT NULL'],
]

type Row = Record<string, unknown>

const time = (value: unknown) => new Date(String(value)).getTime()
const local = (value: unknown) => new TZDate(time(value), 'Europe/Amsterdam')
// The Dutch calendar day ("2026-03-19") and wall-clock time ("19:30") of a stored moment.
const dutchDay = (value: unknown) => format(local(value), 'yyyy-MM-dd')
const dutchTime = (value: unknown) => format(local(value), 'HH:mm')
const isDateOnly = (value: unknown) => new Date(time(value)).toISOString().endsWith('T00:00:00.000Z')

const readData = <T>(file: string) =>
  JSON.parse(readFileSync(path.join(root, 'prisma/data', file), 'utf8')) as T

// Runs the whole demo seed (every part of it) against `file`; returns what it printed.
async function seedAll(file: string) {
  const { stdout } = await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['prisma/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    timeout: 60_000,
  })
  return stdout
}

// Returns the rows of the meeting tables; without ids, every id is replaced by what it names
// (a meeting by kind and start, a person by name, a user by e-mail), so that two databases
// can be compared.
function meetingRows(db: Database.Database, { withIds }: { withIds: boolean }) {
  const names = new Map<unknown, string>()
  const name = (sql: string) => {
    for (const row of db.prepare(sql).all() as { id: string; label: string }[]) names.set(row.id, row.label)
  }
  if (!withIds) {
    name(`SELECT id, kind || ' ' || startsAt AS label FROM Meeting`)
    name('SELECT id, title AS label FROM MeetingSeries')
    name('SELECT id, name AS label FROM Person')
    name('SELECT id, name AS label FROM Organisation')
    name('SELECT id, email AS label FROM User')
    name('SELECT id, name AS label FROM Theme')
  }
  return Object.fromEntries(
    MEETING_TABLES.map(([table, where]) => {
      const rows = (db.prepare(`SELECT * FROM "${table}" ${where}`).all() as Row[]).map((row) =>
        Object.fromEntries(
          Object.entries(row)
            .filter(([column]) => withIds || column !== 'id')
            .map(([column, value]) => [column, names.get(value) ?? value]),
        ),
      )
      return [table, rows.map((row) => JSON.stringify(row)).sort()]
    }),
  )
}

// Removes every meeting, so that seedMeetings can run again on the rest of the demo.
function removeMeetings(file: string) {
  const db = new Database(file)
  for (const [table, where] of [...MEETING_TABLES].reverse())
    db.prepare(`DELETE FROM "${table}" ${where}`).run()
  db.close()
}

describe('the demo meetings', () => {
  const file = path.join(dir, 'raadnet.db')
  const activity = readData<{ dormantCouncils: string[] }>('activity.json')
  const network = readData<{ organisations: { key: string; name: string }[] }>('network.json')
  const dropOffNames = activity.dormantCouncils.map(
    (key) => network.organisations.find((o) => o.key === key)?.name,
  )
  let db: Database.Database
  let now: Date
  let rowsAfterFirstRun: ReturnType<typeof meetingRows>
  let firstRunOutput: string
  let secondRunOutput: string
  let meetings: Row[]
  let exchange: Row[]
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]
  const invitationsOf = (meetingId: unknown) =>
    all(
      `SELECT i.*, o.name AS organisation, o.type AS organisationType FROM Invitation i
       LEFT JOIN Organisation o ON o.id = i.organisationId WHERE i.meetingId = ?`,
      meetingId,
    )
  const presentAt = (meetingId: unknown) => invitationsOf(meetingId).filter((i) => i.status === 'PRESENT')

  // Two runs of the whole seed: the second must find the meetings there and add nothing.
  beforeAll(async () => {
    copyFileSync(inject('templateDatabase'), file)
    firstRunOutput = await seedAll(file)
    now = new Date()
    db = new Database(file, { readonly: true })
    rowsAfterFirstRun = meetingRows(db, { withIds: true })
    db.close()
    secondRunOutput = await seedAll(file)
    db = new Database(file, { readonly: true })
    meetings = all('SELECT * FROM Meeting ORDER BY startsAt')
    exchange = meetings.filter((m) => m.kind === 'EXCHANGE')
    return () => db.close()
  }, 120_000)

  it('plans the exchange of the previous and the current year: every other month on the third Thursday', () => {
    const year = local(now).getFullYear()
    const series = all('SELECT * FROM MeetingSeries ORDER BY createdAt')
    expect(series.map((s) => s.title)).toEqual([
      `Provinciale uitwisselingsbijeenkomsten ${year - 1}`,
      `Provinciale uitwisselingsbijeenkomsten ${year}`,
    ])
    expect(exchange).toHaveLength(12)
    for (const [i, s] of series.entries()) {
      const mine = exchange.filter((m) => m.seriesId === s.id)
      expect(mine.map((m) => dutchDay(m.startsAt).slice(0, 7))).toEqual(
        ['01', '03', '05', '07', '09', '11'].map((month) => `${year - 1 + i}-${month}`),
      )
      for (const m of mine) {
        expect(local(m.startsAt).getDay(), dutchDay(m.startsAt)).toBe(4)
        expect(Math.ceil(local(m.startsAt).getDate() / 7), dutchDay(m.startsAt)).toBe(3)
        expect(m.location).toMatch(/Leeuwarden$/)
      }
      // The stored rule is one the series pages understand: it reproduces the seeded days,
      // so "Verlengen" continues the demo series.
      const rule = decodeRule(String(s.rule))
      expect(rule?.pattern).toEqual({ frequency: 'MONTHLY', interval: 2, nth: 3, weekday: 4 })
      const regenerated =
        rule &&
        seriesDays({ pattern: rule.pattern, startDate: rule.startDate, end: { until: rule.generatedUntil } })
      expect(regenerated).toEqual({ ok: true, days: mine.map((m) => dutchDay(m.startsAt)) })
      expect([s.kind, s.startTime, s.endTime]).toEqual(['EXCHANGE', '19:30', '21:30'])
      expect(time(s.createdAt)).toBeLessThan(time(mine[0]?.startsAt))
    }
  })

  it('holds every exchange meeting from 19:30 to 21:30 Dutch time, in summer and in winter', () => {
    for (const m of exchange) {
      expect([dutchTime(m.startsAt), dutchTime(m.endsAt)], dutchDay(m.startsAt)).toEqual(['19:30', '21:30'])
    }
    // Daylight saving time shows in UTC: 18:30 in January and November, 17:30 in May to September.
    const utcStarts = new Set(exchange.map((m) => new Date(time(m.startsAt)).toISOString().slice(11, 16)))
    expect(utcStarts).toEqual(new Set(['18:30', '17:30']))
  })

  it('held every past exchange meeting except one in the summer, cancelled with a reason', () => {
    // A meeting tonight is not held yet.
    const today = dutchDay(now)
    const past = exchange.filter((m) => dutchDay(m.startsAt) < today)
    const cancelled = exchange.filter((m) => m.status === 'CANCELLED')
    expect(cancelled).toHaveLength(1)
    expect(local(cancelled[0]?.startsAt).getMonth()).toBe(6)
    expect(String(cancelled[0]?.cancelReason)).toMatch(/zomervakantie/)
    expect(past.filter((m) => m.status !== 'HELD')).toEqual(cancelled)
    for (const m of exchange.filter((m) => dutchDay(m.startsAt) >= today)) {
      expect(['PLANNED', 'CONFIRMED']).toContain(m.status)
    }
    for (const m of meetings) {
      expect(m.status === 'CANCELLED', String(m.title)).toBe(m.cancelReason !== null)
      expect(time(m.createdAt)).toBeLessThanOrEqual(time(m.updatedAt))
      expect(time(m.updatedAt)).toBeLessThanOrEqual(now.getTime())
    }
  })

  it('has about thirty people from most councils at each held exchange meeting', () => {
    const councils = all(
      `SELECT COUNT(*) AS n FROM Organisation WHERE active AND type IN
       ('CLIENT_COUNCIL_WI', 'WMO_COUNCIL', 'SOCIAL_DOMAIN_COUNCIL', 'YOUTH_COUNCIL', 'WSW_COUNCIL', 'CLIENT_PANEL', 'UWV_COUNCIL')`,
    )[0]?.n
    const held = exchange.filter((m) => m.status === 'HELD')
    expect(held.length).toBeGreaterThanOrEqual(5)
    const counts = { PRESENT: 0, EXCUSED: 0, ABSENT: 0, walkIns: 0 }
    for (const m of held) {
      const invitations = invitationsOf(m.id)
      const present = invitations.filter((i) => i.status === 'PRESENT')
      expect(present.length, dutchDay(m.startsAt)).toBeGreaterThanOrEqual(20)
      expect(present.length, dutchDay(m.startsAt)).toBeLessThanOrEqual(36)
      expect(new Set(present.map((i) => i.organisationId)).size).toBeGreaterThan(Number(councils) / 2)
      for (const i of invitations) {
        expect(['PRESENT', 'EXCUSED', 'ABSENT']).toContain(i.status)
        counts[i.status as 'PRESENT']++
        if (i.walkIn) {
          counts.walkIns++
          expect([i.status, i.invitedAt]).toEqual(['PRESENT', null])
        } else {
          expect(time(i.invitedAt)).toBeLessThan(time(m.startsAt))
        }
      }
    }
    expect(counts.PRESENT / held.length).toBeGreaterThanOrEqual(27)
    expect(counts.PRESENT / held.length).toBeLessThanOrEqual(33)
    expect(counts.EXCUSED).toBeGreaterThan(counts.ABSENT)
    expect(counts.ABSENT).toBeGreaterThan(0)
    expect(counts.walkIns).toBeGreaterThanOrEqual(2)
  })

  it('shows the councils that stopped coming: there at the first meetings, not at the last three', () => {
    const held = exchange.filter((m) => m.status === 'HELD')
    const recently = subDays(now, 200).getTime()
    expect(dropOffNames.length).toBeGreaterThanOrEqual(2)
    for (const name of dropOffNames) {
      const attended = held.filter((m) => presentAt(m.id).some((i) => i.organisation === name))
      expect(attended.length, name).toBeGreaterThanOrEqual(1)
      expect(attended[0]?.id, name).toBe(held[0]?.id)
      for (const m of held.slice(-3)) {
        const theirs = invitationsOf(m.id).filter((i) => i.organisation === name)
        expect(theirs.length, name).toBeGreaterThan(0)
        expect(
          theirs.filter((i) => i.status === 'PRESENT'),
          name,
        ).toEqual([])
      }
      const lately = all(
        `SELECT m.startsAt FROM Invitation i JOIN Meeting m ON m.id = i.meetingId
         JOIN Organisation o ON o.id = i.organisationId WHERE o.name = ? AND i.status = 'PRESENT'`,
        name,
      )
      for (const m of lately) expect(time(m.startsAt), name).toBeLessThan(recently)
    }
  })

  it('gives every meeting an agenda, and every held one minutes and tips', () => {
    for (const m of meetings) {
      const agenda = all('SELECT * FROM AgendaItem WHERE meetingId = ? ORDER BY position', m.id)
      expect(agenda.map((item) => item.position)).toEqual(agenda.map((_, i) => i + 1))
      expect(agenda.length).toBeGreaterThanOrEqual(3)
      expect(agenda.length).toBeLessThanOrEqual(5)
      const tips = all('SELECT * FROM MeetingTip WHERE meetingId = ?', m.id)
      if (m.status === 'HELD') {
        expect(String(m.minutes ?? '').length, String(m.title)).toBeGreaterThan(150)
        expect(tips.length, String(m.title)).toBeGreaterThanOrEqual(2)
      } else {
        expect(m.minutes).toBeNull()
        expect(tips).toEqual([])
      }
      if (m.kind === 'EXCHANGE') {
        const [opening, topic, news] = agenda
        expect(opening?.title).toMatch(/^Opening/)
        expect(topic?.presenter).toBeTruthy()
        expect(topic?.themeId).toBeTruthy()
        expect(news?.title).toBe('Nieuws uit de raden')
      }
    }
    // A speaker from the network was there (or has registered).
    const speakers = all(
      `SELECT i.status, m.status AS meetingStatus FROM AgendaItem a JOIN Invitation i ON i.meetingId = a.meetingId
       JOIN Person p ON p.id = i.personId JOIN Meeting m ON m.id = a.meetingId WHERE a.presenter LIKE p.name || ' (%'`,
    )
    expect(speakers.length).toBeGreaterThanOrEqual(8)
    for (const s of speakers) expect(s.status).toBe(s.meetingStatus === 'HELD' ? 'PRESENT' : 'REGISTERED')
  })

  it('has joint actions from one exchange meeting, followed up by the opbouwwerker, some done', () => {
    const actions = all(
      `SELECT f.*, u.email AS assignee, o.type AS ownerType, m.startsAt, m.kind FROM FollowUp f
       JOIN User u ON u.id = f.assigneeId JOIN Organisation o ON o.id = f.ownerOrganisationId
       JOIN Meeting m ON m.id = f.meetingId`,
    )
    expect(all('SELECT * FROM FollowUp WHERE meetingId IS NOT NULL')).toHaveLength(actions.length)
    expect(actions.length).toBeGreaterThanOrEqual(3)
    expect(new Set(actions.map((a) => a.meetingId)).size).toBe(1)
    const [meeting] = all('SELECT * FROM Meeting WHERE id = ?', actions[0]?.meetingId)
    expect([meeting?.kind, meeting?.status]).toEqual(['EXCHANGE', 'HELD'])
    for (const a of actions) {
      expect(a.assignee).toBe('opbouwwerker@example.org')
      expect(a.ownerType).toMatch(/COUNCIL/)
      expect(isDateOnly(a.dueDate)).toBe(true)
      expect(time(a.dueDate)).toBeGreaterThan(time(a.startsAt))
      expect(a.done === 1).toBe(a.doneAt !== null)
      if (a.doneAt !== null) {
        expect(time(a.doneAt)).toBeGreaterThan(time(a.createdAt))
        expect(time(a.doneAt)).toBeLessThan(now.getTime())
      }
      expect(String(meeting?.minutes)).toContain(String(a.description))
    }
    expect(actions.some((a) => a.done === 1)).toBe(true)
    expect(actions.some((a) => a.done === 0)).toBe(true)
  })

  it('has two held theme meetings with themes, attendance and a vision document each', () => {
    const themeMeetings = meetings.filter((m) => m.kind === 'THEME')
    expect(themeMeetings.map((m) => m.title)).toEqual(
      expect.arrayContaining([
        'Themabijeenkomst Armoede en schulden',
        'Themabijeenkomst Beschut werk en banenafspraak',
      ]),
    )
    expect(themeMeetings).toHaveLength(2)
    for (const m of themeMeetings) {
      expect(m.status).toBe('HELD')
      expect(all('SELECT * FROM MeetingTheme WHERE meetingId = ?', m.id).length).toBeGreaterThanOrEqual(2)
      expect(presentAt(m.id).length).toBeGreaterThanOrEqual(8)
      const outputs = all('SELECT * FROM MeetingOutput WHERE meetingId = ?', m.id)
      expect(outputs).toHaveLength(1)
      expect(outputs[0]?.kind).toBe('VISION_DOCUMENT')
      expect(String(outputs[0]?.title)).toMatch(/visie/i)
      expect(String(outputs[0]?.body).split('\n\n').length).toBeGreaterThanOrEqual(3)
      expect(time(outputs[0]?.createdAt)).toBeGreaterThan(time(m.endsAt))
    }
    expect(all('SELECT * FROM MeetingOutput')).toHaveLength(2)
  })

  it('has a welfare workers’ meeting with Partoer and an upcoming course with registrations', () => {
    const welfare = meetings.filter((m) => m.kind === 'WELFARE_WORKERS')
    expect(welfare).toHaveLength(1)
    expect(welfare[0]?.status).toBe('HELD')
    const partners = all(
      'SELECT o.name FROM MeetingPartner p JOIN Organisation o ON o.id = p.organisationId WHERE p.meetingId = ?',
      welfare[0]?.id,
    )
    expect(partners.map((p) => p.name)).toEqual(['Partoer'])
    expect(presentAt(welfare[0]?.id).length).toBeGreaterThanOrEqual(5)

    const courses = meetings.filter((m) => m.kind === 'COURSE')
    expect(courses).toHaveLength(1)
    const [course] = courses
    expect(time(course?.startsAt)).toBeGreaterThan(now.getTime())
    expect(['PLANNED', 'CONFIRMED']).toContain(course?.status)
    const invitations = invitationsOf(course?.id)
    expect(invitations.length).toBeGreaterThanOrEqual(8)
    expect(new Set(invitations.map((i) => i.status))).toEqual(new Set(['INVITED', 'REGISTERED']))
    for (const i of invitations) {
      expect(time(i.invitedAt)).toBeLessThan(now.getTime())
      expect(time(i.updatedAt)).toBeLessThanOrEqual(now.getTime())
    }
  })

  it('is organised by the coordinator, some meetings together with the opbouwwerker', () => {
    const organisers = all(
      'SELECT o.meetingId, u.email FROM MeetingOrganiser o JOIN User u ON u.id = o.userId',
    )
    const coordinator = all(`SELECT id FROM User WHERE email = 'coordinator@example.org'`)[0]?.id
    for (const m of meetings) {
      expect(organisers.filter((o) => o.meetingId === m.id).map((o) => o.email)).toContain(
        'coordinator@example.org',
      )
      expect(m.createdById).toBe(coordinator)
    }
    expect(organisers.filter((o) => o.email === 'opbouwwerker@example.org').length).toBeGreaterThanOrEqual(3)
  })

  it('invites members for the organisation they belong to on the day, some without an e-mail address', () => {
    const invitations = all(
      `SELECT i.*, m.startsAt, p.email FROM Invitation i JOIN Meeting m ON m.id = i.meetingId
       JOIN Person p ON p.id = i.personId`,
    )
    const memberships = all('SELECT personId, organisationId, startDate, endDate FROM Membership')
    for (const i of invitations) {
      const day = `${dutchDay(i.startsAt)}T00:00:00.000Z`
      const member = memberships.some(
        (m) =>
          m.personId === i.personId &&
          m.organisationId === i.organisationId &&
          (m.startDate === null || time(m.startDate) <= time(day)) &&
          (m.endDate === null || time(m.endDate) >= time(day)),
      )
      expect(member, `${i.personId} on ${day}`).toBe(true)
    }
    expect(invitations.filter((i) => i.email === null).length).toBeGreaterThanOrEqual(5)
  })

  it('changes nothing when run a second time', () => {
    expect(firstRunOutput).toMatch(/Demo meetings: 16 meetings/)
    expect(secondRunOutput).toMatch(/Demo meetings: the database already has meetings; nothing added/)
    expect(meetingRows(db, { withIds: true })).toEqual(rowsAfterFirstRun)
  })

  describe('on a given day', () => {
    const clients: ReturnType<typeof createPrismaClient>[] = []
    // A copy of the seeded demo without its meetings, with the meetings seeded as on `today`.
    async function seedOn(name: string, today: Date, prepare?: (db: Database.Database) => void) {
      const copy = path.join(dir, `${name}.db`)
      copyFileSync(file, copy)
      removeMeetings(copy)
      if (prepare) {
        const writable = new Database(copy)
        prepare(writable)
        writable.close()
      }
      const prisma = createPrismaClient(copy)
      clients.push(prisma)
      await seedMeetings(prisma, { today })
      return new Database(copy, { readonly: true })
    }
    afterAll(async () => {
      for (const prisma of clients) await prisma.$disconnect()
    })

    it('builds the same meetings twice for the same day', async () => {
      const today = new Date('2027-03-02T09:00:00Z')
      const first = await seedOn('first', today)
      const second = await seedOn('second', today)
      expect(meetingRows(second, { withIds: false })).toEqual(meetingRows(first, { withIds: false }))
      first.close()
      second.close()
    })

    it('plans the coming exchange meetings: the next one confirmed, with invitations and registrations', async () => {
      const today = new Date('2027-06-09T09:00:00Z')
      const copy = await seedOn('june', today)
      const coming = copy
        .prepare(`SELECT * FROM Meeting WHERE kind = 'EXCHANGE' AND startsAt > ? ORDER BY startsAt`)
        .all(today.toISOString()) as Row[]
      expect(coming.map((m) => [dutchDay(m.startsAt), m.status])).toEqual([
        ['2027-07-15', 'CONFIRMED'],
        ['2027-09-16', 'PLANNED'],
        ['2027-11-18', 'PLANNED'],
      ])
      for (const m of coming) {
        const invitations = copy.prepare('SELECT * FROM Invitation WHERE meetingId = ?').all(m.id) as Row[]
        expect(invitations.length).toBeGreaterThanOrEqual(40)
        expect(new Set(invitations.map((i) => i.status))).toEqual(new Set(['INVITED', 'REGISTERED']))
        for (const i of invitations) expect(time(i.invitedAt)).toBeLessThanOrEqual(today.getTime())
      }
      const registered = (m: Row | undefined) =>
        (
          copy
            .prepare(`SELECT * FROM Invitation WHERE meetingId = ? AND status = 'REGISTERED'`)
            .all(m?.id) as Row[]
        ).length
      expect(registered(coming[0])).toBeGreaterThan(registered(coming[2]))
      expect(
        copy.prepare(`SELECT * FROM Meeting WHERE status = 'HELD' AND startsAt > ?`).all(today.toISOString()),
      ).toEqual([])
      copy.close()
    })

    it('loads nothing at all when a write fails halfway', async () => {
      await expect(
        seedOn('failing', new Date('2027-03-02T09:00:00Z'), (writable) => {
          writable.exec(
            `CREATE TRIGGER refuse_tips BEFORE INSERT ON MeetingTip BEGIN SELECT RAISE(ABORT, 'no tips today'); END`,
          )
        }),
      ).rejects.toThrow(/meetingTip/)
      const copy = new Database(path.join(dir, 'failing.db'), { readonly: true })
      for (const rows of Object.values(meetingRows(copy, { withIds: true }))) expect(rows).toEqual([])
      copy.close()
    })
  })
})
