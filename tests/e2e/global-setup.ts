// Starts the app for the end-to-end tests: a fresh SQLite database in a temp dir (migrated
// and seeded with the demo users), then the production server on a free port. The tests get
// the base URL through `inject('baseUrl')`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /// The SQLite file of the server under test, for tests that prepare data directly.
    databasePath: string
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url))
const SESSION_SECRET = 'e2e-test-session-secret-that-is-long-enough-0123456789'
const STARTUP_TIMEOUT_MS = 30_000

// Runs a command to completion; throws with its output when it fails.
function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    throw new Error(
      [
        `e2e setup: \`${command} ${args.join(' ')}\` failed (exit code ${result.status}).`,
        result.error?.message ?? '',
        result.stdout,
        result.stderr,
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }
}

// Returns a TCP port that was free a moment ago.
function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('No free port found'))))
    })
  })
}

// Resolves when GET /healthz answers 200; rejects after the timeout or when the server exits.
async function waitForHealthy(baseUrl: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  let lastProblem = 'no answer yet'
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(
        `e2e setup: the server stopped during startup (exit ${server.exitCode ?? server.signalCode}).\n${output()}`,
      )
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) })
      if (response.status === 200) return
      lastProblem = `HTTP ${response.status}: ${await response.text()}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(
    `e2e setup: ${baseUrl}/healthz did not answer 200 within ${STARTUP_TIMEOUT_MS / 1000} s ` +
      `(last: ${lastProblem}).\nServer output:\n${output()}`,
  )
}

// Stops the server: SIGTERM, then SIGKILL when it does not exit in time.
async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  server.kill('SIGTERM')
  const timer = setTimeout(() => server.kill('SIGKILL'), 7_000)
  await exited
  clearTimeout(timer)
}

export default async function setup(project: TestProject) {
  const tempDir = mkdtempSync(path.join(tmpdir(), 'raadnet-e2e-'))
  const databasePath = path.join(tempDir, 'raadnet.db')
  let server: ChildProcess | undefined
  const teardown = async () => {
    if (server) await stopServer(server)
    rmSync(tempDir, { recursive: true, force: true })
  }
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `file:${databasePath}`,
      SESSION_SECRET,
    }
    runOrThrow('npx', ['tsx', 'scripts/db.ts', 'migrate'], env)
    runOrThrow('npx', ['tsx', 'prisma/seed.ts'], env)

    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    let output = ''
    server = spawn(process.execPath, ['scripts/server.mjs'], {
      cwd: root,
      env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
    }
    server.stdout?.on('data', collect)
    server.stderr?.on('data', collect)
    await waitForHealthy(baseUrl, server, () => output)
    // From here on, what the server logs (errors) is shown as it happens.
    server.stdout?.off('data', collect)
    server.stderr?.off('data', collect)
    server.stdout?.on('data', (chunk: Buffer) => process.stdout.write(`[server] ${chunk}`))
    server.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`))

    project.provide('baseUrl', baseUrl)
    project.provide('databasePath', databasePath)
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
