import { prisma } from '~/utils/db.server.ts'
import { resolveSettings, type Settings } from './settings.ts'

// Returns the settings in force: values saved in /beheer/instellingen, else the
// environment, else the defaults (settings.ts).
export async function getSettings(): Promise<Settings> {
  const rows = await prisma.setting.findMany({ select: { key: true, value: true } })
  return resolveSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])))
}
