import { recordAudit } from '~/models/audit/audit.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { verifyAgainstDummy, verifyPassword } from './password.server.ts'

export type LoginPolicy = { maxFailures: number; windowMs: number }

export type LoginResult =
  | { ok: true; user: { id: string; name: string; role: string } }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'blocked'; retryAfterMs: number }

// Returns how long the account or address is still blocked (0 when not blocked): after
// `maxFailures` failed attempts within `windowMs`, counted per e-mail address since its
// last successful login, and per client address.
async function blockedFor({
  email,
  ipAddress,
  policy,
  now,
}: {
  email: string
  ipAddress: string
  policy: LoginPolicy
  now: Date
}) {
  const windowStart = new Date(now.getTime() - policy.windowMs)
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  })
  const since = lastSuccess && lastSuccess.createdAt > windowStart ? lastSuccess.createdAt : windowStart
  const retryAfter = async (where: { email: string } | { ipAddress: string }, from: Date) => {
    const failures = await prisma.loginAttempt.findMany({
      where: { ...where, success: false, createdAt: { gt: from } },
      orderBy: { createdAt: 'desc' },
      take: policy.maxFailures,
      select: { createdAt: true },
    })
    if (failures.length < policy.maxFailures) return 0
    // The block lifts when the oldest of the last `maxFailures` failures leaves the window.
    const oldest = failures[failures.length - 1]?.createdAt ?? now
    return Math.max(0, oldest.getTime() + policy.windowMs - now.getTime())
  }
  return Math.max(await retryAfter({ email }, since), await retryAfter({ ipAddress }, windowStart))
}

// Checks credentials with a lockout; every attempt is recorded. The answer never tells
// whether an e-mail address belongs to an account.
export async function verifyLogin({
  email,
  password,
  ipAddress,
  policy,
  now = new Date(),
}: {
  email: string
  password: string
  ipAddress: string
  policy: LoginPolicy
  now?: Date
}): Promise<LoginResult> {
  const normalisedEmail = email.trim().toLowerCase()
  const retryAfterMs = await blockedFor({ email: normalisedEmail, ipAddress, policy, now })
  if (retryAfterMs > 0) return { ok: false, reason: 'blocked', retryAfterMs }

  const user = await prisma.user.findUnique({
    where: { email: normalisedEmail },
    select: { id: true, name: true, role: true, active: true, passwordHash: true },
  })
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password)
  const success = Boolean(user?.active && valid)
  await prisma.loginAttempt.create({ data: { email: normalisedEmail, ipAddress, success, createdAt: now } })
  if (!success || !user) return { ok: false, reason: 'invalid' }
  await recordAudit({
    actorId: user.id,
    action: 'auth.login',
    entityType: 'User',
    entityId: user.id,
    summary: 'ingelogd',
  })
  return { ok: true, user: { id: user.id, name: user.name, role: user.role } }
}

// Removes login attempts older than `olderThanMs`; they only matter within the window.
export async function pruneLoginAttempts({
  olderThanMs,
  now = new Date(),
}: {
  olderThanMs: number
  now?: Date
}) {
  await prisma.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
  })
}
