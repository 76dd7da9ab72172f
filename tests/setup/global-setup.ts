import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { applyMigrations } from '../../scripts/schema-engine.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string
  }
}

// Builds one database from the committed migrations; every test file gets a copy of it.
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-test-'))
  const templateDatabase = path.join(dir, 'template.db')
  await applyMigrations(templateDatabase)
  project.provide('templateDatabase', templateDatabase)
  return () => rmSync(dir, { recursive: true, force: true })
}
