import { hash, verify } from '@node-rs/argon2'

// Argon2id (the library's default algorithm) with OWASP's baseline: 19 MiB memory,
// 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

// Returns an argon2id hash (PHC string) of `password`.
export function hashPassword(password: string) {
  return hash(password, OPTIONS)
}

// Returns true when `password` matches `passwordHash`; false for a malformed hash.
export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

let dummyHash: Promise<string> | undefined

// Spends the same time as a real check, so "no such user" cannot be told from timing.
export async function verifyAgainstDummy(password: string) {
  dummyHash ??= hashPassword('raadnet-dummy-password')
  await verifyPassword(await dummyHash, password)
  return false
}
