import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { resolveDatabasePath } from '~/utils/database-url.ts'
import { createPrismaClient, prisma } from '~/utils/db.server.ts'
import {
  applyMigrations,
  createMigration,
  diffMigrationsToSchema,
  migrationsDir,
} from '../../scripts/schema-engine.ts'

describe('the committed migrations', () => {
  it('produce exactly the schema in schema.prisma', async () => {
    expect(await diffMigrationsToSchema()).toBe('')
  })

  it('use Prisma Migrate’s layout, so `prisma migrate deploy` agrees', () => {
    const entries = readdirSync(migrationsDir)
    expect(readFileSync(path.join(migrationsDir, 'migration_lock.toml'), 'utf8')).toMatch(
      /provider = "sqlite"/,
    )
    const folders = entries.filter((entry) => entry !== 'migration_lock.toml')
    expect(folders.length).toBeGreaterThan(0)
    for (const folder of folders) {
      expect(folder).toMatch(/^\d{14}_[a-z0-9_]+$/)
      expect(readdirSync(path.join(migrationsDir, folder))).toEqual(['migration.sql'])
    }
  })

  it('are recorded in _prisma_migrations of a migrated database', async () => {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string; finished_at: string | null }[]>(
      'SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name',
    )
    const folders = readdirSync(migrationsDir)
      .filter((entry) => entry !== 'migration_lock.toml')
      .sort()
    expect(rows.map((row) => row.migration_name)).toEqual(folders)
    expect(rows.every((row) => row.finished_at !== null)).toBe(true)
  })
})

describe('the database connection', () => {
  it('runs in WAL mode with foreign keys, full sync and a busy timeout', async () => {
    const [journal] = await prisma.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode')
    const [foreignKeys] =
      await prisma.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>('PRAGMA foreign_keys')
    const [synchronous] =
      await prisma.$queryRawUnsafe<{ synchronous: bigint | number }[]>('PRAGMA synchronous')
    const [busy] = await prisma.$queryRawUnsafe<{ timeout: bigint | number }[]>('PRAGMA busy_timeout')
    expect(journal?.journal_mode).toBe('wal')
    expect(Number(foreignKeys?.foreign_keys)).toBe(1)
    expect(Number(synchronous?.synchronous)).toBe(2)
    expect(Number(busy?.timeout)).toBe(5000)
  })

  it('refuses a row that points at nothing', async () => {
    await expect(
      prisma.session.create({ data: { tokenHash: 'x', userId: 'bestaat-niet', expiresAt: new Date() } }),
    ).rejects.toThrow()
  })

  // Regression guard for prisma/orm#29933: one "database is locked" at commit could break
  // every later transaction of the better-sqlite3 adapter and lose confirmed writes.
  it('recovers after a write was refused because another process held the lock', async () => {
    const client = createPrismaClient(resolveDatabasePath(), { busyTimeoutMs: 50 })
    const other = new Database(resolveDatabasePath())
    try {
      await client.theme.create({ data: { name: 'Voor de blokkade', domain: 'WI' } })
      other.exec('BEGIN IMMEDIATE')
      await expect(
        client.$transaction([client.theme.create({ data: { name: 'Tijdens de blokkade', domain: 'WI' } })]),
      ).rejects.toThrow()
      other.exec('ROLLBACK')
      await client.$transaction(async (tx) => {
        await tx.theme.create({ data: { name: 'Na de blokkade', domain: 'WI' } })
      })
      await client.theme.create({ data: { name: 'Daarna nog een', domain: 'WI' } })
      const names = (await prisma.theme.findMany({ select: { name: true } })).map((theme) => theme.name)
      expect(names).toEqual(expect.arrayContaining(['Voor de blokkade', 'Na de blokkade', 'Daarna nog een']))
      expect(names).not.toContain('Tijdens de blokkade')
    } finally {
      other.close()
      await client.$disconnect()
    }
  })
})

describe('the offline migration commands', () => {
  // A scratch copy of prisma/ so the project's own migrations stay untouched.
  function scratchPrisma() {
    const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-migrations-'))
    cpSync(path.dirname(migrationsDir), dir, { recursive: true })
    return { schemaPath: path.join(dir, 'schema.prisma'), migrationsDir: path.join(dir, 'migrations') }
  }

  it('refuses to create an empty migration', async () => {
    const paths = scratchPrisma()
    expect(await createMigration('niets', paths)).toBeNull()
    expect(readdirSync(paths.migrationsDir)).toEqual(readdirSync(migrationsDir))
  })

  it('creates a migration from a schema change and applies it', async () => {
    const paths = scratchPrisma()
    const schema = readFileSync(paths.schemaPath, 'utf8')
    writeFileSync(paths.schemaPath, schema.replace(/model Theme \{\n/, 'model Theme {\n  colour String?\n'))
    const created = await createMigration('theme colour', paths, new Date('2030-01-02T03:04:05Z'))
    expect(path.basename(created?.folder ?? '')).toBe('20300102030405_theme_colour')
    expect(created?.sql).toContain('ALTER TABLE "Theme" ADD COLUMN "colour" TEXT')
    expect(await diffMigrationsToSchema(paths)).toBe('')

    const database = path.join(path.dirname(paths.schemaPath), 'scratch.db')
    expect(await applyMigrations(database, paths)).toContain('20300102030405_theme_colour')
    expect(await applyMigrations(database, paths)).toEqual([])
    const db = new Database(database, { readonly: true })
    const columns = db.prepare('PRAGMA table_info("Theme")').all() as { name: string }[]
    db.close()
    expect(columns.map((column) => column.name)).toContain('colour')
  })
})
