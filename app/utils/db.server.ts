import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaClient } from '~/generated/prisma/client.ts'
import { resolveDatabasePath } from './database-url.ts'

export const BUSY_TIMEOUT_MS = 5000

// Pragmas run on every new connection: WAL for concurrent readers, enforced foreign keys,
// durable commits, a wait instead of an immediate "database is locked", and deleted data
// overwritten rather than left in free pages (an erased person, a quick-scan draft).
const connectionPragmas = (busyTimeoutMs: number) => `
  PRAGMA journal_mode = WAL;
  PRAGMA secure_delete = ON;
  PRAGMA foreign_keys = ON;
  PRAGMA synchronous = FULL;
  PRAGMA busy_timeout = ${busyTimeoutMs};
`

// Returns an adapter factory whose connections are configured with these pragmas.
export function createSqliteAdapter(
  databasePath: string,
  { busyTimeoutMs = BUSY_TIMEOUT_MS }: { busyTimeoutMs?: number } = {},
): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: `file:${databasePath}`, timeout: busyTimeoutMs })
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect()
      await adapter.executeScript(connectionPragmas(busyTimeoutMs))
      return adapter
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  }
}

// Returns a Prisma client on the SQLite file at `databasePath`.
export function createPrismaClient(
  databasePath = resolveDatabasePath(),
  options?: { busyTimeoutMs?: number },
) {
  return new PrismaClient({ adapter: createSqliteAdapter(databasePath, options) })
}

// One client per process; kept on globalThis so Vite's dev reloads do not open more.
const globalForPrisma = globalThis as unknown as { raadnetPrisma?: PrismaClient }

export const prisma = globalForPrisma.raadnetPrisma ?? createPrismaClient()
if (process.env.NODE_ENV !== 'production') globalForPrisma.raadnetPrisma = prisma

// Copies the write-ahead log into the database file and empties it, so that data just
// removed (a quick-scan draft next to a name; with secure_delete also zeroed in the file)
// does not linger in the -wal file. A reader in progress may keep part of the log until the
// next checkpoint; that is fine, nothing waits for this.
export async function checkpointWal(client: PrismaClient = prisma) {
  await client.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)')
}
