import { prisma } from '~/utils/db.server.ts'

// Returns the number of active themes.
export function countThemes() {
  return prisma.theme.count({ where: { active: true } })
}
