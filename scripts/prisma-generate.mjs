// Runs `prisma generate` offline. Prisma's CLI only checks that a schema-engine file
// exists before generating (it never runs it), so we point it at a file we know exists
// instead of letting it download a native binary this network cannot reach.
// See docs/decisions/001-offline-prisma.md.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const prismaBin = `${root}node_modules/prisma/build/index.js`
if (!existsSync(prismaBin)) {
  // During the very first `npm install` of a partial tree there is nothing to generate yet.
  process.exit(0)
}
const result = spawnSync(process.execPath, [prismaBin, 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? `${root}package.json`,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
