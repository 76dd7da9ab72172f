import { recordAudit } from '~/models/audit/audit.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { hashPassword, verifyPassword } from './password.server.ts'
import type { Role } from './roles.ts'

export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  version: true,
  updatedAt: true,
} as const

export type UserSummary = {
  id: string
  name: string
  email: string
  role: string
  active: boolean
  version: number
  updatedAt: Date
}

// Returns every user, active ones first, then by name.
export function listUsers() {
  return prisma.user.findMany({ select: userSummarySelect, orderBy: [{ active: 'desc' }, { name: 'asc' }] })
}

// Returns one user, or null.
export function getUser({ userId }: { userId: string }) {
  return prisma.user.findUnique({ where: { id: userId }, select: userSummarySelect })
}

// Returns true when another user already has this (normalised) e-mail address.
export async function isEmailTaken({ email, exceptUserId }: { email: string; exceptUserId?: string }) {
  const existing = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true },
  })
  return existing !== null && existing.id !== exceptUserId
}

type CreateUserInput = { name: string; email: string; role: Role; password: string; actorId: string | null }

// Creates a user; returns the user or 'emailTaken'.
export async function createUser({ name, email, role, password, actorId }: CreateUserInput) {
  const normalisedEmail = email.trim().toLowerCase()
  if (await isEmailTaken({ email: normalisedEmail }))
    return { ok: false as const, reason: 'emailTaken' as const }
  const passwordHash = await hashPassword(password)
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { name, email: normalisedEmail, role, passwordHash },
      select: userSummarySelect,
    })
    await recordAudit(
      {
        actorId,
        action: 'user.create',
        entityType: 'User',
        entityId: created.id,
        summary: `${created.name} aangemaakt met rol ${t(`role.${role}`)}`,
      },
      tx,
    )
    return created
  })
  return { ok: true as const, user }
}

type UpdateUserInput = {
  userId: string
  name: string
  email: string
  role: Role
  version: number
  actorId: string
}

export type UpdateUserResult =
  | { ok: true; user: UserSummary }
  | { ok: false; reason: 'notFound' | 'conflict' | 'emailTaken' | 'lastAdmin' | 'ownAccount' }

// Updates name, e-mail and role, refusing a stale `version` (someone else saved first).
export async function updateUser(input: UpdateUserInput): Promise<UpdateUserResult> {
  const email = input.email.trim().toLowerCase()
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: input.userId }, select: userSummarySelect })
    if (!current) return { ok: false, reason: 'notFound' }
    if (current.version !== input.version) return { ok: false, reason: 'conflict' }
    const other = await tx.user.findUnique({ where: { email }, select: { id: true } })
    if (other && other.id !== input.userId) return { ok: false, reason: 'emailTaken' }
    if (current.role === 'beheerder' && input.role !== 'beheerder') {
      if (input.userId === input.actorId) return { ok: false, reason: 'ownAccount' }
      const admins = await tx.user.count({ where: { role: 'beheerder', active: true } })
      if (current.active && admins <= 1) return { ok: false, reason: 'lastAdmin' }
    }
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { name: input.name, email, role: input.role, version: { increment: 1 } },
      select: userSummarySelect,
    })
    const changes: string[] = []
    if (current.name !== user.name) changes.push(`naam → ${user.name}`)
    if (current.email !== user.email) changes.push(`e-mail → ${user.email}`)
    if (current.role !== user.role) changes.push(`rol → ${t(`role.${input.role}`)}`)
    if (changes.length > 0) {
      await recordAudit(
        {
          actorId: input.actorId,
          action: 'user.update',
          entityType: 'User',
          entityId: user.id,
          summary: changes.join(', '),
        },
        tx,
      )
    }
    return { ok: true, user }
  })
}

type SetActiveResult =
  | { ok: true; user: UserSummary }
  | { ok: false; reason: 'notFound' | 'lastAdmin' | 'ownAccount' }

// Deactivates or reactivates a user; deactivation ends all their sessions.
export async function setUserActive({
  userId,
  active,
  actorId,
}: {
  userId: string
  active: boolean
  actorId: string
}): Promise<SetActiveResult> {
  return prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect })
    if (!current) return { ok: false, reason: 'notFound' }
    if (!active && userId === actorId) return { ok: false, reason: 'ownAccount' }
    if (!active && current.role === 'beheerder' && current.active) {
      const admins = await tx.user.count({ where: { role: 'beheerder', active: true } })
      if (admins <= 1) return { ok: false, reason: 'lastAdmin' }
    }
    const user = await tx.user.update({
      where: { id: userId },
      data: { active, version: { increment: 1 } },
      select: userSummarySelect,
    })
    if (!active) await tx.session.deleteMany({ where: { userId } })
    await recordAudit(
      {
        actorId,
        action: active ? 'user.reactivate' : 'user.deactivate',
        entityType: 'User',
        entityId: userId,
        summary: active ? 'weer geactiveerd' : 'gedeactiveerd',
      },
      tx,
    )
    return { ok: true, user }
  })
}

// Sets a new password chosen by an admin and ends all sessions of that user.
export async function resetPassword({
  userId,
  password,
  actorId,
}: {
  userId: string
  password: string
  actorId: string
}) {
  const passwordHash = await hashPassword(password)
  return prisma.$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id: userId }, select: { id: true } })
    if (!exists) return false
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    })
    await tx.session.deleteMany({ where: { userId } })
    await recordAudit(
      {
        actorId,
        action: 'user.password-reset',
        entityType: 'User',
        entityId: userId,
        summary: 'wachtwoord ingesteld',
      },
      tx,
    )
    return true
  })
}

// Changes the signed-in user's own password after checking the current one; other
// sessions of that user end, the current one stays. Returns false for a wrong password.
export async function changeOwnPassword({
  userId,
  currentPassword,
  newPassword,
  keepSessionId,
}: {
  userId: string
  currentPassword: string
  newPassword: string
  keepSessionId: string
}) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) return false
  const passwordHash = await hashPassword(newPassword)
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: new Date(), version: { increment: 1 } },
    })
    await tx.session.deleteMany({ where: { userId, id: { not: keepSessionId } } })
    await recordAudit(
      {
        actorId: userId,
        action: 'user.password-change',
        entityType: 'User',
        entityId: userId,
        summary: 'eigen wachtwoord gewijzigd',
      },
      tx,
    )
  })
  return true
}
