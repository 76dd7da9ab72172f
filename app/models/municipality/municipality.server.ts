import { prisma } from '~/utils/db.server.ts'

// Returns how many municipalities exist now and how many were merged away.
export async function countMunicipalities({ today = new Date() }: { today?: Date } = {}) {
  const [current, historic] = await Promise.all([
    prisma.municipality.count({ where: { OR: [{ validTo: null }, { validTo: { gte: today } }] } }),
    prisma.municipality.count({ where: { validTo: { lt: today } } }),
  ])
  return { current, historic }
}
