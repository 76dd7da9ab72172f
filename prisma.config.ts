import path from 'node:path'
import { defineConfig } from 'prisma/config'

// The CLI is only used offline for `prisma generate` (scripts/prisma-generate.mjs);
// migrations run through scripts/db.ts on Prisma's WASM schema engine.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  datasource: { url: process.env.DATABASE_URL ?? 'file:./data/raadnet.db' },
})
