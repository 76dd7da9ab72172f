import path from 'node:path'

export const DEFAULT_DATABASE_URL = 'file:./data/raadnet.db'

// Returns the absolute path of the SQLite file named by DATABASE_URL (or the default).
export function resolveDatabasePath(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) {
  const file = url.replace(/^file:/, '')
  if (file === ':memory:') return file
  return path.resolve(process.cwd(), file)
}
