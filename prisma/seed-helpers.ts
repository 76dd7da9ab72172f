// Shared tools of the demo seeds (seed-activity.ts, seed-advice.ts, seed-meetings.ts): a seeded PRNG
// so every run builds the same demo, Dutch calendar days counted back from today, cuid-shaped ids.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { TZDate } from '@date-fns/tz'
import { differenceInCalendarDays, isWeekend, previousFriday, startOfDay, subDays } from 'date-fns'
import type { Prisma } from '../app/generated/prisma/client.ts'
import { TIME_ZONE } from '../app/utils/dates.ts'

// Returns the parsed JSON of a file in prisma/data/.
export const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'data', file), 'utf8'))

// A small seeded PRNG (mulberry32): the same demo on every run.
export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('Demo data: nothing to pick from')
    return item
  }
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as [T, number][]
    let r = next() * entries.reduce((sum, [, w]) => sum + w, 0)
    for (const [value, w] of entries) {
      r -= w
      if (r < 0) return value
    }
    return pick(entries)[0]
  }
  return { next, int, pick, weighted, chance: (p: number) => next() < p }
}
export type Random = ReturnType<typeof createRandom>

// Calendar days in Dutch time, counted back from today; moments at Dutch office hours.
export function createCalendar(today: Date) {
  const day0 = startOfDay(new TZDate(today, TIME_ZONE))
  // The working day on or before `day` (a weekend day falls back to Friday).
  const workday = (day: TZDate) => (isWeekend(day) ? previousFriday(day) : day)
  return {
    today: day0,
    workday,
    // The working day on or before the day `days` calendar days ago.
    daysAgo: (days: number) => workday(subDays(day0, days)),
    // The moment `time` ("hh:mm") of `day` in Dutch time, as a plain UTC Date.
    at: (day: TZDate, time: string) => {
      const [hours = 0, minutes = 0] = time.split(':').map(Number)
      return new Date(
        new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, TIME_ZONE).getTime(),
      )
    },
    // A date-only value (a due date, the days of a signal or advice): midnight UTC of that
    // calendar day (docs/decisions/003).
    dateOnly: (day: TZDate) => new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate())),
    daysBefore: (day: TZDate) => differenceInCalendarDays(day0, day),
  }
}
export type Calendar = ReturnType<typeof createCalendar>

// Returns a time of day during Dutch office hours ("hh:mm").
export const officeTime = (random: Random, hours = [9, 10, 11, 13, 14, 15, 16]) =>
  `${String(random.pick(hours)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`

// Returns `gaps` (each at least 1) scaled down to add up to at most `available`.
export function squeeze(gaps: number[], available: number) {
  const total = gaps.reduce((sum, g) => sum + g, 0)
  if (total <= available) return gaps
  const scaled = gaps.map((g) => Math.max(1, Math.floor((g * available) / total)))
  let excess = scaled.reduce((sum, g) => sum + g, 0) - available
  while (excess > 0) {
    const largest = scaled.indexOf(Math.max(...scaled))
    scaled[largest] = (scaled[largest] ?? 1) - 1
    excess--
  }
  return scaled
}

// Ids in the shape of Prisma's cuid(): the content is deterministic, the ids are unique.
let idCounter = 0
export function newId() {
  idCounter = (idCounter + 1) % 36 ** 4
  return `c${Date.now().toString(36).padStart(8, '0')}${idCounter.toString(36).padStart(4, '0')}${randomBytes(6).toString('hex')}`
}

// Returns `items` in a seeded random order (Fisher–Yates); `items` itself is left alone.
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i)
    const item = result[i] as T
    result[i] = result[j] as T
    result[j] = item
  }
  return result
}

// Returns the ids of the demo users with these e-mail addresses; throws when one is missing.
export async function findDemoUsers<E extends string>(
  tx: Prisma.TransactionClient,
  emails: readonly E[],
  seedName: string,
): Promise<Record<E, string>> {
  const users = await tx.user.findMany({
    where: { email: { in: [...emails] } },
    select: { id: true, email: true },
  })
  const ids = new Map(users.map((user) => [user.email, user.id]))
  const result = {} as Record<E, string>
  for (const email of emails) {
    const id = ids.get(email)
    if (!id) throw new Error(`${seedName}: the demo user ${email} is missing`)
    result[email] = id
  }
  return result
}
