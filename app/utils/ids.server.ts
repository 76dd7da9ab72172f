import { randomBytes } from 'node:crypto'

// Returns a new record id in the shape of Prisma's cuid() (25 lower-case letters and digits
// starting with "c"), made here so that bulk-created records can be linked or returned in
// order right away.
export function newId() {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'
  const time = Date.now().toString(36).padStart(9, '0').slice(-9)
  const random = [...randomBytes(15)].map((byte) => alphabet[byte % 36]).join('')
  return `c${time}${random}`
}
