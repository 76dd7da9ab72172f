import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, inject, vi } from 'vitest'

// A database of its own for this test file, copied from the migrated template. This runs
// before the test file imports app code, so the app's Prisma client opens this copy.
const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-file-'))
const databasePath = path.join(dir, 'test.db')
copyFileSync(inject('templateDatabase'), databasePath)
process.env.DATABASE_URL = `file:${databasePath}`
process.env.SESSION_SECRET ??= 'test-secret-that-is-long-enough-for-cookies'

// An unexpected console.error is a failing test: it is how React and Remix report problems.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})
