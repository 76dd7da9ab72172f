// Offline Prisma Migrate: the two everyday verbs ("create a migration from the schema diff"
// and "apply pending migrations") on Prisma's own schema engine compiled to WASM, in
// Prisma's directory layout and `_prisma_migrations` table, so `prisma migrate deploy` on a
// networked machine agrees. Facts behind this file: ../shared/notes/prisma-offline.md and
// docs/decisions/001-offline-prisma.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils'
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm'
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg'

const require = createRequire(import.meta.url)

export const projectRoot = path.resolve(import.meta.dirname, '..')
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma')
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations')

/** Where the schema and the migrations live; the project's own unless a test says otherwise. */
export type PrismaPaths = { schemaPath: string; migrationsDir: string }
const projectPaths: PrismaPaths = { schemaPath, migrationsDir }

// Tables that hand-written SQL in a migration creates (FTS5 virtual tables and their
// shadow tables). Prisma must not see them as drift, or the next diff drops them.
export const externalTables: string[] = [
  // Full-text search (prisma/migrations/*_search): the indexed documents, the FTS5 index
  // and its shadow tables.
  'SearchDocument',
  'SearchIndex',
  'SearchIndex_data',
  'SearchIndex_idx',
  'SearchIndex_content',
  'SearchIndex_docsize',
  'SearchIndex_config',
]

const filters: SchemaFilter = { externalTables, externalEnums: [] }

let wasmReady: Promise<void> | undefined

// Returns once the WASM module is instantiated (once per process).
function loadWasm() {
  wasmReady ??= (async () => {
    const mainFile = require.resolve('@prisma/schema-engine-wasm')
    const bytes = readFileSync(path.join(path.dirname(mainFile), 'schema_engine_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': engineModule as unknown as WebAssembly.ModuleImports,
    })
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void }
    engineModule.__wbg_set_wasm(exports)
    exports.__wbindgen_start()
  })()
  return wasmReady
}

type Connection = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>

// Runs `work` with a schema engine connected to the SQLite file at `databasePath`, then
// frees the engine and closes every connection it opened (an open connection would keep
// a lock on the file for the rest of the process).
export async function withEngine<T>(
  databasePath: string,
  paths: PrismaPaths,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm()
  if (databasePath !== ':memory:') mkdirSync(path.dirname(databasePath), { recursive: true })
  const connections: Connection[] = []
  const factory = trackedFactory(new PrismaBetterSqlite3({ url: `file:${databasePath}` }), connections)
  const schema = readFileSync(paths.schemaPath, 'utf8')
  const log = (message: string) => {
    if (process.env.RAADNET_DEBUG_ENGINE) process.stderr.write(`${message}\n`)
  }
  const engine = await engineModule.SchemaEngine.new(
    { datamodels: [[paths.schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  )
  try {
    return await work(engine)
  } finally {
    engine.free()
    await Promise.all(connections.map((connection) => connection.dispose()))
  }
}

// Returns the factory, recording each connection it opens in `connections`, with a shadow
// database that accepts whole migration scripts: the engine replays each migration.sql on
// the shadow database through `executeRaw`, which better-sqlite3 limits to one statement,
// so parameterless SQL goes through `exec` instead.
function trackedFactory(
  factory: PrismaBetterSqlite3,
  connections: Connection[],
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const connection = await factory.connect()
      connections.push(connection)
      return connection
    },
    async connectToShadowDb() {
      const shadow = await factory.connectToShadowDb()
      connections.push(shadow)
      const executeRaw = shadow.executeRaw.bind(shadow)
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query)
        await shadow.executeScript(query.sql)
        return 0
      }
      return shadow
    },
  }
}

// Returns the committed migrations as the engine expects them.
export function readMigrationsList({ migrationsDir } = projectPaths): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : []
  const lockPath = path.join(migrationsDir, 'migration_lock.toml')
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : 'provider = "sqlite"\n',
    },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(migrationsDir, dir, 'migration.sql'), 'utf8') },
      },
    })),
  }
}

// Applies every pending migration; returns the names of those just applied.
export function applyMigrations(databasePath: string, paths = projectPaths) {
  return withEngine(databasePath, paths, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationsList(paths),
      filters,
    })
    return appliedMigrationNames
  })
}

// Returns the SQL that takes a database built from the committed migrations to
// schema.prisma; an empty string when they already agree.
export function diffMigrationsToSchema(paths = projectPaths) {
  // The diff builds its shadow database in memory through the adapter.
  return withEngine(':memory:', paths, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationsList(paths) },
      to: {
        tag: 'schemaDatamodel',
        files: [{ path: paths.schemaPath, content: readFileSync(paths.schemaPath, 'utf8') }],
      },
      script: true,
      exitCode: null,
      filters,
    })
    return normaliseScript(result.stdout ?? '')
  })
}

// Returns the script without the comment the engine writes for an empty migration.
function normaliseScript(sql: string) {
  const meaningful = sql
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.trim().startsWith('--'))
    .join('\n')
  return meaningful === '' ? '' : sql
}

// Returns a migration folder name in Prisma's layout: UTC yyyymmddhhmmss_name.
export function migrationFolderName(name: string, now = new Date()) {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14)
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  return `${stamp}_${slug || 'migration'}`
}

const LOCKFILE = `# Please do not edit this file manually
# It should be added in your version-control system (e.g., Git)
provider = "sqlite"
`

// Writes a migration for the difference between the migrations and schema.prisma; returns
// its folder and SQL, or null when there is no difference (an empty migration is refused).
export async function createMigration(name: string, paths = projectPaths, now = new Date()) {
  const sql = await diffMigrationsToSchema(paths)
  if (sql === '') return null
  mkdirSync(paths.migrationsDir, { recursive: true })
  const lockPath = path.join(paths.migrationsDir, 'migration_lock.toml')
  if (!existsSync(lockPath)) writeFileSync(lockPath, LOCKFILE)
  const folder = path.join(paths.migrationsDir, migrationFolderName(name, now))
  mkdirSync(folder)
  writeFileSync(path.join(folder, 'migration.sql'), sql)
  return { folder, sql }
}
