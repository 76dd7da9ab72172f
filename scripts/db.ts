// Offline database commands (see README "Scripts"):
//   tsx scripts/db.ts migrate          apply pending migrations to DATABASE_URL
//   tsx scripts/db.ts create <name>    write a migration from the schema diff
//   tsx scripts/db.ts check            exit 1 when migrations and schema.prisma differ
//   tsx scripts/db.ts reset            delete the database file (and its uploads) and migrate from scratch
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { resolveDatabasePath } from '../app/utils/database-url.ts'
import { applyMigrations, createMigration, diffMigrationsToSchema } from './schema-engine.ts'

async function main() {
  const [command, ...args] = process.argv.slice(2)
  const databasePath = resolveDatabasePath()
  switch (command) {
    case 'migrate': {
      const applied = await applyMigrations(databasePath)
      console.info(
        applied.length === 0
          ? `Database ${databasePath} is up to date.`
          : `Applied ${applied.length} migration(s) to ${databasePath}:\n  ${applied.join('\n  ')}`,
      )
      return 0
    }
    case 'create': {
      const name = args.join(' ').trim()
      if (!name) {
        console.error('Usage: npm run db:migration -- <name>')
        return 2
      }
      const created = await createMigration(name)
      if (!created) {
        console.error('schema.prisma and the migrations agree: no migration created.')
        return 1
      }
      console.info(`${created.sql}\nCreated ${path.relative(process.cwd(), created.folder)}/migration.sql`)
      console.info('Apply it with: npm run db:migrate')
      return 0
    }
    case 'check': {
      const sql = await diffMigrationsToSchema()
      if (sql !== '') {
        console.error(`schema.prisma differs from the migrations:\n${sql}`)
        return 1
      }
      console.info('schema.prisma and the migrations agree.')
      return 0
    }
    case 'reset': {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        rmSync(`${databasePath}${suffix}`, { force: true })
      // The document files belonged to the database just deleted: the "uploads" folder beside
      // it (uploadsDir() in app/models/documents/file-store.server.ts). Only that folder.
      const uploads = databasePath === ':memory:' ? null : path.join(path.dirname(databasePath), 'uploads')
      const hadUploads = uploads !== null && existsSync(uploads)
      if (uploads) rmSync(uploads, { recursive: true, force: true })
      const applied = await applyMigrations(databasePath)
      console.info(
        `Recreated ${databasePath} with ${applied.length} migration(s)${hadUploads ? `; removed ${uploads}` : ''}.`,
      )
      return 0
    }
    default:
      console.error('Usage: tsx scripts/db.ts migrate | create <name> | check | reset')
      return 2
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
