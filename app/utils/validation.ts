// Zod building blocks for forms, with Dutch messages as catalog references. Empty inputs
// of optional fields become null, so "cleared" and "never filled" are stored the same.
import { z } from 'zod'
import { parseDateOnly } from './dates.ts'
import { messageRef } from './i18n/index.ts'

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value

// A required single-line text, trimmed, at most `max` characters.
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: messageRef('validation.tooLong', { max }) })

// An optional text (empty → null), trimmed, at most `max` characters.
export const optionalText = (max: number) =>
  z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(max, { error: messageRef('validation.tooLong', { max }) })
        .optional(),
    )
    .transform((value) => value ?? null)

// An optional e-mail address, lower-cased.
export const optionalEmail = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(254, { error: messageRef('validation.tooLong', { max: 254 }) })
      .pipe(z.email({ error: 'validation.email' }))
      .optional(),
  )
  .transform((value) => value?.toLowerCase() ?? null)

// Returns a phone number in one canonical form: "+31…" for Dutch numbers (written as
// 058-1234567, 06 12 34 56 78, +31 (0)58 …, 0031 58 …) and "+<digits>" for foreign ones;
// null when it is not a plausible number.
export function normalisePhone(input: string): string | null {
  const compact = input.replace(/[\s\-.()/]/g, '').replace(/^\+31\(?0\)?/, '+31')
  let international: string
  if (compact.startsWith('+')) international = compact.slice(1)
  else if (compact.startsWith('00')) international = compact.slice(2)
  else if (compact.startsWith('0')) international = `31${compact.slice(1)}`
  else return null
  if (!/^\d+$/.test(international)) return null
  if (international.startsWith('31')) {
    const national = international.slice(2).replace(/^0/, '')
    // 9 digits after the 0; 0800/0900/0906/0909 service numbers have 4–7 after the prefix.
    if (/^[1-9]\d{8}$/.test(national) || /^(800|90[069])\d{4,7}$/.test(national)) return `+31${national}`
    return null
  }
  return international.length >= 8 && international.length <= 15 ? `+${international}` : null
}

// Area codes of two digits after the 0 (the larger cities and non-geographic 085/088);
// every other Dutch area code has three (0512 Drachten, 0515 Sneek).
const SHORT_AREA_CODES = new Set([
  '10',
  '13',
  '15',
  '20',
  '23',
  '24',
  '26',
  '30',
  '33',
  '35',
  '36',
  '38',
  '40',
  '43',
  '45',
  '46',
  '50',
  '53',
  '55',
  '58',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
  '79',
  '85',
  '88',
])

// Returns a stored phone number as people write it: "06 1234 5678", "058 123 4567",
// "0512 96 39 62".
export function formatPhone(stored: string) {
  if (!stored.startsWith('+31')) return stored
  const national = `0${stored.slice(3)}`
  if (national.startsWith('06')) return `06 ${national.slice(2, 6)} ${national.slice(6)}`
  if (/^0(800|90[069])/.test(national)) return `${national.slice(0, 4)} ${national.slice(4)}`
  if (SHORT_AREA_CODES.has(national.slice(1, 3))) {
    return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`
  }
  const subscriber = national.slice(4)
  return `${national.slice(0, 4)} ${subscriber.slice(0, 2)} ${subscriber.slice(2, 4)} ${subscriber.slice(4)}`
}

export const optionalPhone = z
  .preprocess(blankToUndefined, z.string().max(40, { error: 'validation.phone' }).optional())
  .transform((value, ctx) => {
    if (value === undefined) return null
    const phone = normalisePhone(value)
    if (!phone) ctx.addIssue({ code: 'custom', message: 'validation.phone' })
    return phone
  })

// Returns a Dutch postcode as "1234 AB", or null when it is not one.
export function normalisePostcode(input: string) {
  const match = /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})\s*$/.exec(input)
  return match ? `${match[1]} ${match[2]?.toUpperCase()}` : null
}

export const optionalPostcode = z
  .preprocess(blankToUndefined, z.string().max(20, { error: 'validation.postcode' }).optional())
  .transform((value, ctx) => {
    if (value === undefined) return null
    const postcode = normalisePostcode(value)
    if (!postcode) ctx.addIssue({ code: 'custom', message: 'validation.postcode' })
    return postcode
  })

// An optional website; "www.example.nl" becomes "https://www.example.nl".
export const optionalWebsite = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(300, { error: messageRef('validation.tooLong', { max: 300 }) })
      .optional(),
  )
  .transform((value, ctx) => {
    if (value === undefined) return null
    const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`
    try {
      const url = new URL(withScheme)
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.'))
        return url.toString()
    } catch {
      // fall through to the message below
    }
    ctx.addIssue({ code: 'custom', message: 'validation.website' })
    return null
  })

// An optional calendar day from an <input type="date"> (yyyy-mm-dd).
export const optionalDate = z.preprocess(blankToUndefined, z.string().optional()).transform((value, ctx) => {
  if (value === undefined) return null
  const date = parseDateOnly(value.trim())
  if (!date) ctx.addIssue({ code: 'custom', message: 'validation.date' })
  return date
})

// An optional choice from a fixed list; anything else is refused.
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .preprocess(blankToUndefined, z.enum(values, { error: 'validation.choice' }).optional())
    .transform((value) => value ?? null)

// A list of ids from repeated fields (checkboxes, multi-selects), without duplicates.
export const idList = z
  .preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.string().trim().min(1).max(64)),
  )
  .transform((ids) => [...new Set(ids)])

// A checkbox: present means true.
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true', z.boolean())

// A refinement that puts "end before start" on the end field. It also runs when other
// fields failed, so the user sees every problem at once.
export function endNotBeforeStart<K extends string>(startKey: K, endKey: K) {
  return [
    (
      value: Record<K, unknown>,
      ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
    ) => {
      const start = value[startKey]
      const end = value[endKey]
      if (start instanceof Date && end instanceof Date && end < start) {
        ctx.addIssue({ code: 'custom', path: [endKey], message: 'validation.endBeforeStart' })
      }
    },
    { when: () => true },
  ] as const
}
