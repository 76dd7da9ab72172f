import { createHash, randomBytes } from 'node:crypto'
import { prisma } from '~/utils/db.server.ts'

// Activity within this many ms of the last recorded one is not written again, so a
// busy user does not cause a database write per request.
const TOUCH_INTERVAL_MS = 60_000

// Returns the SHA-256 of a session token; only this is stored.
function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

// Starts a session and returns the token for the cookie.
export async function createSession({
  userId,
  maxAgeMs,
  userAgent,
}: {
  userId: string
  maxAgeMs: number
  userAgent?: string | null
}) {
  const token = randomBytes(32).toString('base64url')
  const now = new Date()
  const session = await prisma.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeMs),
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true, expiresAt: true },
  })
  return { token, sessionId: session.id, expiresAt: session.expiresAt }
}

// Returns the session's user when the session exists, is within its idle and absolute
// limits and the user is active; ends an expired session. Records the activity.
export async function getSessionUser({
  token,
  idleMs,
  now = new Date(),
}: {
  token: string
  idleMs: number
  now?: Date
}) {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true } },
    },
  })
  if (!session) return null
  const idleExpired = now.getTime() - session.lastSeenAt.getTime() > idleMs
  if (idleExpired || session.expiresAt <= now || !session.user.active) {
    await prisma.session.deleteMany({ where: { id: session.id } })
    return null
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await prisma.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } })
  }
  const { active: _active, ...user } = session.user
  return { sessionId: session.id, expiresAt: session.expiresAt, user }
}

// Ends one session (logout).
export async function deleteSession({ token }: { token: string }) {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } })
}

// Removes sessions past their limits; run now and then (at login) to keep the table small.
export async function deleteExpiredSessions({ idleMs, now = new Date() }: { idleMs: number; now?: Date }) {
  await prisma.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: new Date(now.getTime() - idleMs) } }] },
  })
}
