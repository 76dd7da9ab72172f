import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { describe, expect, inject, it } from 'vitest'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')

// Returns a fresh migrated database file of its own (the app's test copy stays untouched).
function freshDatabase() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'raadnet-script-')), 'raadnet.db')
  copyFileSync(inject('templateDatabase'), file)
  return file
}

function runScript(script: string, args: string[], env: Record<string, string>) {
  return run(tsx, [script, ...args], { cwd: root, env: { ...process.env, ...env }, timeout: 60_000 })
}

function count(file: string, table: string) {
  const db = new Database(file, { readonly: true })
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n
  } finally {
    db.close()
  }
}

describe('npm run db:seed', () => {
  it('loads the demo network once and changes nothing when run again', async () => {
    const file = freshDatabase()
    const env = { DATABASE_URL: `file:${file}` }
    await runScript('prisma/seed.ts', [], env)
    const first = {
      users: count(file, 'User'),
      municipalities: count(file, 'Municipality'),
      themes: count(file, 'Theme'),
    }
    expect(first.users).toBe(4)
    expect(first.municipalities).toBe(26)
    expect(first.themes).toBeGreaterThan(20)
    await runScript('prisma/seed.ts', [], env)
    expect({
      users: count(file, 'User'),
      municipalities: count(file, 'Municipality'),
      themes: count(file, 'Theme'),
    }).toEqual(first)
  })

  it('records that the historic municipalities merged into today’s', async () => {
    const file = freshDatabase()
    await runScript('prisma/seed.ts', [], { DATABASE_URL: `file:${file}` })
    const db = new Database(file, { readonly: true })
    try {
      const rows = db
        .prepare(
          `SELECT p.name AS predecessor, s.name AS successor, ms.note AS note FROM MunicipalitySuccession ms
           JOIN Municipality p ON p.id = ms.predecessorId JOIN Municipality s ON s.id = ms.successorId`,
        )
        .all() as { predecessor: string; successor: string; note: string | null }[]
      expect(rows).toContainEqual({ predecessor: 'Dongeradeel', successor: 'Noardeast-Fryslân', note: null })
      // Littenseradiel was split over three municipalities.
      expect(
        rows
          .filter((row) => row.predecessor === 'Littenseradiel')
          .map((row) => row.successor)
          .sort(),
      ).toEqual(['Leeuwarden', 'Súdwest-Fryslân', 'Waadhoeke'])
    } finally {
      db.close()
    }
  })

  it('skips loading demo data into a database that already has users when asked to', async () => {
    const file = freshDatabase()
    const env = { DATABASE_URL: `file:${file}`, RAADNET_PASSWORD: 'een-echt-wachtwoord' }
    await runScript(
      'scripts/create-user.ts',
      ['--email', 'echt@gemeente.nl', '--name', 'Echte Beheerder'],
      env,
    )
    await runScript('prisma/seed.ts', ['--if-empty'], env)
    expect(count(file, 'User')).toBe(1)
    expect(count(file, 'Municipality')).toBe(0)
  })
})

describe('npm run user:create', () => {
  it('creates an admin with the password from RAADNET_PASSWORD', async () => {
    const file = freshDatabase()
    const env = { DATABASE_URL: `file:${file}`, RAADNET_PASSWORD: 'een-echt-wachtwoord' }
    const { stdout } = await runScript(
      'scripts/create-user.ts',
      ['--email', 'Baas@Gemeente.nl', '--name', 'De Baas'],
      env,
    )
    expect(stdout).toContain('baas@gemeente.nl')
    const db = new Database(file, { readonly: true })
    const user = db
      .prepare('SELECT role, passwordHash FROM User WHERE email = ?')
      .get('baas@gemeente.nl') as {
      role: string
      passwordHash: string
    }
    db.close()
    expect(user.role).toBe('beheerder')
    expect(user.passwordHash).toMatch(/^\$argon2id\$/)
  })

  it('explains bad input in Dutch and creates nothing', async () => {
    const file = freshDatabase()
    const env = { DATABASE_URL: `file:${file}`, RAADNET_PASSWORD: 'kort' }
    const failure = await runScript(
      'scripts/create-user.ts',
      ['--email', 'geen-adres', '--name', 'X', '--role', 'baas'],
      env,
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    )
    expect(failure?.code).toBe(2)
    expect(failure?.stderr).toContain('--password: Gebruik minstens 10 tekens.')
    expect(failure?.stderr).toContain('--role: Kies een van de rollen.')
    expect(count(file, 'User')).toBe(0)
  })
})
