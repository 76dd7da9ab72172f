import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { resolveDatabasePath } from './database-url.ts'

const positiveInt = (fallback: number) => z.coerce.number().int().positive().catch(fallback)

// Environment configuration with defaults; a malformed value falls back to the default.
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).catch('development'),
  SESSION_SECRET: z.string().min(16).optional().catch(undefined),
  SESSION_IDLE_MINUTES: positiveInt(120),
  SESSION_MAX_HOURS: positiveInt(12),
  LOGIN_MAX_FAILURES: positiveInt(10),
  LOGIN_WINDOW_MINUTES: positiveInt(15),
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .optional()
    .catch(undefined)
    .transform((value) => (value === undefined ? undefined : value === 'true')),
})

const parsed = EnvSchema.parse(process.env)

export const env = {
  isProduction: parsed.NODE_ENV === 'production',
  sessionIdleMs: parsed.SESSION_IDLE_MINUTES * 60_000,
  sessionMaxMs: parsed.SESSION_MAX_HOURS * 3_600_000,
  loginMaxFailures: parsed.LOGIN_MAX_FAILURES,
  loginWindowMs: parsed.LOGIN_WINDOW_MINUTES * 60_000,
  cookieSecure: parsed.COOKIE_SECURE ?? parsed.NODE_ENV === 'production',
}

let cachedSecret: string | undefined

// Returns SESSION_SECRET, or a secret generated once and kept beside the database
// (data/session-secret), so sessions survive restarts without any setup.
export function getSessionSecret() {
  if (cachedSecret) return cachedSecret
  if (parsed.SESSION_SECRET) {
    cachedSecret = parsed.SESSION_SECRET
    return cachedSecret
  }
  const databasePath = resolveDatabasePath()
  const dir = databasePath === ':memory:' ? path.resolve('data') : path.dirname(databasePath)
  const file = path.join(dir, 'session-secret')
  try {
    mkdirSync(dir, { recursive: true })
    // 'wx' fails when the file exists, so two processes starting at once agree on one secret.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  cachedSecret = readFileSync(file, 'utf8').trim()
  return cachedSecret
}
