import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from '~/utils/db.server.ts'

type AuditClient = Prisma.TransactionClient | typeof prisma

export type AuditEntry = {
  actorId: string | null
  action: string
  entityType: string
  entityId?: string | null
  summary: string
}

// Records one audit event; pass the transaction client so it commits with the change.
export function recordAudit(entry: AuditEntry, client: AuditClient = prisma) {
  return client.auditEvent.create({ data: { ...entry, entityId: entry.entityId ?? null } })
}

// Returns the latest audit events about one entity, newest first.
export function listAuditEvents({
  entityType,
  entityId,
  take = 20,
}: {
  entityType: string
  entityId: string
  take?: number
}) {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { at: 'desc' },
    take,
    select: { id: true, at: true, action: true, summary: true, actor: { select: { name: true } } },
  })
}
