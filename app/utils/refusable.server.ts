import type { Prisma } from '~/generated/prisma/client.ts'
import { prisma } from './db.server.ts'

// A reason a write was refused: the form field it belongs to ('form' for the whole form)
// and a message reference (app/utils/i18n).
export type Refusal = { field: string; message: string }

// Thrown inside a transaction to roll back everything it wrote and report why.
export class Refused extends Error {
  constructor(readonly refusals: Refusal[]) {
    super('refused')
  }
}

// Runs `write` in one transaction; a Refused thrown inside rolls it back and becomes an
// 'invalid' result, so a refused change leaves nothing behind.
export async function refusable<T>(write: (tx: Prisma.TransactionClient) => Promise<T>) {
  try {
    return await prisma.$transaction(write)
  } catch (error) {
    if (error instanceof Refused) {
      return { ok: false as const, reason: 'invalid' as const, refusals: error.refusals }
    }
    throw error
  }
}
