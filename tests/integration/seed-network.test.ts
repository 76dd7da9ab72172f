import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { COUNCIL_TYPES, MUNICIPAL_ROLES } from '~/models/organisation/organisation-types.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

const COUNCILS = COUNCIL_TYPES.map((type) => `'${type}'`).join(', ')
// Roles held by council members themselves (not by municipal staff or advisers).
const NON_MEMBER_ROLES = [...MUNICIPAL_ROLES, 'adviseur'].map((role) => `'${role}'`).join(', ')
const NETWORK_TABLES = [
  'Organisation',
  'OrganisationMunicipality',
  'OrganisationTheme',
  'OrganisationRelation',
  'Person',
  'Membership',
  'Municipality',
]

type Row = Record<string, unknown>

// Returns the rows grouped by `key` (Map.groupBy is not in Node 20).
function groupBy(rows: Row[], key: (row: Row) => string) {
  const groups = new Map<string, Row[]>()
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row])
  return groups
}

function seed(file: string) {
  return run(tsx, ['prisma/seed.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    timeout: 60_000,
  })
}

function withDatabase<T>(file: string, use: (db: Database.Database) => T, readonly = true) {
  const db = new Database(file, { readonly })
  try {
    return use(db)
  } finally {
    db.close()
  }
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

// Returns every row of the network's tables, in a stable order.
function snapshot(db: Database.Database) {
  return Object.fromEntries(
    NETWORK_TABLES.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]),
  )
}

describe('the demo network', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'raadnet-network-')), 'raadnet.db')
  let db: Database.Database
  let countsAfterEdits: Record<string, number>
  let rowsAfterEdits: Record<string, unknown[]>
  let countsAfterSecondRun: Record<string, number>
  let rowsAfterSecondRun: Record<string, unknown[]>
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[]

  // Two runs of the whole seed, with a user's edits in between.
  beforeAll(async () => {
    copyFileSync(inject('templateDatabase'), file)
    await seed(file)
    withDatabase(
      file,
      (writable) => {
        writable
          .prepare(`UPDATE Organisation SET email = ?, version = version + 1 WHERE name = ?`)
          .run('wmo@smallingerland.example', 'Wmo Adviesraad Smallingerland')
        writable
          .prepare(`UPDATE Municipality SET participationModel = ? WHERE name = ? AND validTo IS NULL`)
          .run('SEPARATE_COUNCILS', 'Leeuwarden')
        writable
          .prepare(
            `UPDATE Membership SET endDate = ? WHERE id = (SELECT m.id FROM Membership m
             JOIN Organisation o ON o.id = m.organisationId
             WHERE o.name = ? AND m.role = 'lid' AND m.endDate IS NULL ORDER BY m.startDate LIMIT 1)`,
          )
          .run(
            '2026-10-31T00:00:00.000+00:00',
            'Cliëntenraad Smallingerland (uitkeringsgerechtigden en minima)',
          )
      },
      false,
    )
    countsAfterEdits = withDatabase(file, countRows)
    rowsAfterEdits = withDatabase(file, snapshot)
    await seed(file)
    db = new Database(file, { readonly: true })
    countsAfterSecondRun = countRows(db)
    rowsAfterSecondRun = snapshot(db)
    return () => db.close()
  }, 60_000)

  it('has at least twelve client councils W&I or broad councils', () => {
    const councils = all(
      `SELECT name FROM Organisation WHERE active AND type IN ('CLIENT_COUNCIL_WI', 'SOCIAL_DOMAIN_COUNCIL')`,
    )
    expect(councils.length).toBeGreaterThanOrEqual(12)
  })

  it('includes the known councils, SW-bedrijven and SUNOF of Fryslân', () => {
    const friesland = JSON.parse(readFileSync(path.join(root, 'prisma/data/friesland.json'), 'utf8')) as {
      knownCouncils: { name: string; type: string }[]
      swCompanies: string[]
    }
    const organisations = all('SELECT name, type, siteKind FROM Organisation')
    for (const council of friesland.knownCouncils) {
      expect(organisations).toContainEqual(
        expect.objectContaining({ name: council.name, type: council.type }),
      )
    }
    for (const name of friesland.swCompanies) {
      expect(organisations).toContainEqual({ name, type: 'SITE', siteKind: 'SW-bedrijf' })
    }
    expect(organisations.filter((org) => org.type === 'SITE').length).toBeGreaterThanOrEqual(10)
    expect(organisations.filter((org) => org.type === 'SUPPORT_POINT').map((org) => org.name)).toContainEqual(
      expect.stringMatching(/^SUNOF/),
    )
    expect(organisations.filter((org) => org.type === 'SUPPORT_ORG')).toHaveLength(1)
  })

  it('serves each of the 18 municipalities with a council that fits its participation model', () => {
    const municipalities = all(
      `SELECT m.name, m.participationModel, o.type, o.workingGroups FROM Municipality m
       LEFT JOIN OrganisationMunicipality om ON om.municipalityId = m.id
       LEFT JOIN Organisation o ON o.id = om.organisationId AND o.active AND o.type IN (${COUNCILS})
       WHERE m.validTo IS NULL`,
    )
    const byName = groupBy(municipalities, (row) => String(row.name))
    expect(byName.size).toBe(18)
    // The council each participation model needs (a broad council with a W&I group names it).
    const needed: Record<string, { type: string; workingGroup?: string }> = {
      SEPARATE_COUNCILS: { type: 'CLIENT_COUNCIL_WI' },
      BROAD_COUNCIL: { type: 'SOCIAL_DOMAIN_COUNCIL' },
      BROAD_COUNCIL_WI_GROUP: { type: 'SOCIAL_DOMAIN_COUNCIL', workingGroup: 'Werk en Inkomen' },
      PANEL_OR_OTHER: { type: 'CLIENT_PANEL' },
    }
    for (const [name, rows] of byName) {
      const councils = rows.filter((row) => row.type !== null)
      expect(councils.length, name).toBeGreaterThan(0)
      // Leeuwarden's model was changed by a user between the runs (see beforeAll).
      if (name === 'Leeuwarden') continue
      const model = rows[0]?.participationModel as string
      const need = needed[model]
      const fits = councils.some(
        (c) => c.type === need?.type && String(c.workingGroups).includes(need?.workingGroup ?? ''),
      )
      expect(fits, `${name}: ${model}`).toBe(true)
    }
  })

  it('has about 150 people, most of them with an e-mail address', () => {
    const [people] = all(
      'SELECT COUNT(*) AS n, COUNT(email) AS withEmail, COUNT(phone) AS withPhone FROM Person',
    )
    expect(people?.n).toBeGreaterThanOrEqual(130)
    expect(people?.n).toBeLessThanOrEqual(180)
    expect(Number(people?.withEmail)).toBeGreaterThan(Number(people?.n) / 2)
    expect(Number(people?.withPhone)).toBeGreaterThan(0)
    const phones = all('SELECT phone FROM Person WHERE phone IS NOT NULL').map((row) => row.phone)
    for (const phone of phones) expect(phone).toMatch(/^\+31\d{9}$/)
  })

  it('gives every active council a voorzitter, at least three current members and a municipal contact', () => {
    const councils = all(
      `SELECT o.name,
         SUM(m.role = 'voorzitter' AND m.endDate IS NULL) AS chairs,
         SUM(m.role NOT IN (${NON_MEMBER_ROLES}) AND m.endDate IS NULL) AS members,
         SUM(m.role = 'contactambtenaar') AS contacts
       FROM Organisation o LEFT JOIN Membership m ON m.organisationId = o.id
       WHERE o.active AND o.type IN (${COUNCILS}) GROUP BY o.id`,
    )
    expect(councils.length).toBeGreaterThan(20)
    for (const council of councils) {
      expect(council.chairs, String(council.name)).toBe(1)
      expect(council.members, String(council.name)).toBeGreaterThanOrEqual(3)
      expect(council.contacts, String(council.name)).toBeGreaterThanOrEqual(1)
    }
  })

  it('gives people a history: ended memberships, former councils and people in two organisations', () => {
    const [ended] = all('SELECT COUNT(*) AS n FROM Membership WHERE endDate IS NOT NULL')
    expect(ended?.n).toBeGreaterThanOrEqual(10)
    const twoOrganisations = all(
      `SELECT personId FROM Membership WHERE endDate IS NULL GROUP BY personId
       HAVING COUNT(DISTINCT organisationId) > 1`,
    )
    expect(twoOrganisations.length).toBeGreaterThanOrEqual(3)
    const successions = all(
      `SELECT p.name, p.active, p.activeTo FROM Organisation s JOIN Organisation p ON p.id = s.predecessorId`,
    )
    expect(successions.length).toBeGreaterThanOrEqual(1)
    for (const predecessor of successions) {
      expect(predecessor.active).toBe(0)
      expect(predecessor.activeTo).not.toBeNull()
    }
  })

  it('gives every council and spreekuurpunt a responsible opbouwwerker', () => {
    const organisations = all(
      `SELECT o.name, u.email FROM Organisation o LEFT JOIN User u ON u.id = o.responsibleUserId
       WHERE o.type IN (${COUNCILS}, 'SUPPORT_POINT')`,
    )
    for (const org of organisations) {
      expect(['opbouwwerker@example.org', 'coordinator@example.org'], String(org.name)).toContain(org.email)
    }
    expect(new Set(organisations.map((org) => org.email)).size).toBe(2)
  })

  it('tags every council with three to seven themes, shared between councils', () => {
    const tags = all(
      `SELECT o.id, ot.themeId FROM Organisation o JOIN OrganisationTheme ot ON ot.organisationId = o.id
       WHERE o.type IN (${COUNCILS})`,
    )
    const themesByCouncil = groupBy(tags, (tag) => String(tag.id))
    const [councils] = all(`SELECT COUNT(*) AS n FROM Organisation WHERE type IN (${COUNCILS})`)
    expect(themesByCouncil.size).toBe(councils?.n)
    for (const themes of themesByCouncil.values()) {
      expect(themes.length).toBeGreaterThanOrEqual(3)
      expect(themes.length).toBeLessThanOrEqual(7)
    }
    const [pairs] = all(
      `SELECT COUNT(*) AS n FROM (
         SELECT a.organisationId FROM OrganisationTheme a
         JOIN OrganisationTheme b ON a.themeId = b.themeId AND a.organisationId < b.organisationId
         JOIN Organisation oa ON oa.id = a.organisationId AND oa.type IN (${COUNCILS})
         JOIN Organisation ob ON ob.id = b.organisationId AND ob.type IN (${COUNCILS})
         GROUP BY a.organisationId, b.organisationId HAVING COUNT(*) >= 2)`,
    )
    expect(pairs?.n).toBeGreaterThanOrEqual(10)
  })

  it('links spreekuurpunten to councils and councils to the support organisation', () => {
    const relations = all(
      `SELECT r.type, f.type AS fromType, t.type AS toType FROM OrganisationRelation r
       JOIN Organisation f ON f.id = r.fromId JOIN Organisation t ON t.id = r.toId`,
    )
    expect(relations).toContainEqual({
      type: 'FEEDS_SIGNALS_TO',
      fromType: 'SUPPORT_POINT',
      toType: 'CLIENT_COUNCIL_WI',
    })
    expect(relations).toContainEqual({
      type: 'WORKS_WITH',
      fromType: 'CLIENT_COUNCIL_WI',
      toType: 'WMO_COUNCIL',
    })
    const supported = relations.filter((r) => r.type === 'SUPPORTED_BY' && r.toType === 'SUPPORT_ORG')
    expect(supported.length).toBeGreaterThanOrEqual(20)
  })

  it('records expert by experience or client status only with a consent date', () => {
    const [flagged] = all(
      'SELECT COUNT(*) AS n FROM Membership WHERE expertByExperience IS NOT NULL OR isClient IS NOT NULL',
    )
    expect(flagged?.n).toBeGreaterThan(0)
    const withoutConsent = all(
      `SELECT id FROM Membership
       WHERE (expertByExperience IS NOT NULL OR isClient IS NOT NULL) AND consentDate IS NULL`,
    )
    expect(withoutConsent).toEqual([])
  })

  it('changes nothing when run a second time, and keeps what users edited', () => {
    expect(countsAfterSecondRun).toEqual(countsAfterEdits)
    expect(rowsAfterSecondRun).toEqual(rowsAfterEdits)
    expect(all(`SELECT email FROM Organisation WHERE name = 'Wmo Adviesraad Smallingerland'`)).toEqual([
      { email: 'wmo@smallingerland.example' },
    ])
    expect(
      all(`SELECT participationModel FROM Municipality WHERE name = 'Leeuwarden' AND validTo IS NULL`),
    ).toEqual([{ participationModel: 'SEPARATE_COUNCILS' }])
  })
})
