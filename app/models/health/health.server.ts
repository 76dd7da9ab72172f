import { prisma } from '~/utils/db.server.ts'

// Returns true when the database can be read (the migrations table exists and answers).
export async function checkDatabase() {
  try {
    await prisma.$queryRawUnsafe('SELECT COUNT(*) FROM "_prisma_migrations"')
    return true
  } catch {
    return false
  }
}
