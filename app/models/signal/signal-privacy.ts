// A signal describes a situation, never a client (AVG). These helpers find what would
// identify one: a burgerservicenummer (refused outright), and e-mail addresses and Dutch
// phone numbers (refused unless the user confirms they belong to an agency, not a client).

type Span = { start: number; end: number }
type Found = Span & { text: string }

// Returns true when nine digits pass the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
// multiple of 11, and they are not all zeros.
export function passesElfproef(digits: string) {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i])
  sum -= Number(digits[8])
  return sum % 11 === 0
}

// A Dutch number: 0 and nine digits (058 123 4567, 06-12345678, (0512) 12 34 56), or the
// same after +31 / 0031, optionally with "(0)". Service numbers (0800, 0900) belong to
// organisations and are left alone.
const PHONE =
  /(?<![\d+])(?:(?:\+|00)31[ \-.]?(?:\(0\)[ \-.]?)?|\(?0)(?!800|90[069])[1-9](?:[ \-.()]{0,2}\d){8}(?![ \-.]?\d)/g

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

// Digits in groups joined by a single space or dot: "123456782", "1234.56.782", "123 456 782".
const DIGIT_RUN = /\d+(?:[ .]\d+)*/g

function matches(text: string, pattern: RegExp): Found[] {
  return [...text.matchAll(pattern)].map((match) => ({
    text: match[0].trim(),
    start: match.index,
    end: match.index + match[0].length,
  }))
}

// Returns the Dutch phone numbers in `text`, as written.
export function findPhoneNumbers(text: string) {
  return matches(text, PHONE).map((found) => found.text)
}

// Returns the e-mail addresses in `text`.
export function findEmailAddresses(text: string) {
  return matches(text, EMAIL).map((found) => found.text)
}

// Returns true when a run of digits is part of an amount: "€ 123.456.789", "1.234,56",
// "123.456.789 euro".
function isAmount(text: string, run: Span) {
  const before = text.slice(Math.max(0, run.start - 6), run.start)
  const after = text.slice(run.end, run.end + 6)
  return (
    /(€|eur|euro)\s*$/i.test(before) || /\d,$/.test(before) || /^,\d/.test(after) || /^\s*eur/i.test(after)
  )
}

// Returns the numbers in `text` that could be a BSN: nine digits, possibly written in
// groups ("1234.56.782"), that pass the elfproef. Amounts and the digits of a phone
// number are not counted.
export function findBsnNumbers(text: string) {
  const phones = matches(text, PHONE)
  const insidePhone = (span: Span) =>
    phones.some((phone) => span.start >= phone.start && span.end <= phone.end)
  const found: string[] = []
  for (const run of matches(text, DIGIT_RUN)) {
    if (isAmount(text, run)) continue
    // The groups of the run with their position, so every stretch of consecutive groups
    // with nine digits in total is a candidate ("nr 3 1234.56.782" still finds the BSN).
    const groups: Span[] = []
    for (const group of run.text.matchAll(/\d+/g)) {
      groups.push({ start: run.start + group.index, end: run.start + group.index + group[0].length })
    }
    for (let first = 0; first < groups.length; first++) {
      let digits = ''
      for (let last = first; last < groups.length && digits.length < 9; last++) {
        const group = groups[last] as Span
        digits += text.slice(group.start, group.end)
        const span = { start: (groups[first] as Span).start, end: group.end }
        if (digits.length === 9 && passesElfproef(digits) && !insidePhone(span)) {
          found.push(text.slice(span.start, span.end))
        }
      }
    }
  }
  return [...new Set(found)]
}

export type PrivacyFindings = { bsn: string[]; emails: string[]; phones: string[] }

// Returns everything in `text` that could identify a client.
export function checkPrivacy(text: string): PrivacyFindings {
  return { bsn: findBsnNumbers(text), emails: findEmailAddresses(text), phones: findPhoneNumbers(text) }
}

// Returns true when `text` contains an e-mail address or a Dutch phone number.
export function hasContactDetails(text: string) {
  const { emails, phones } = checkPrivacy(text)
  return emails.length > 0 || phones.length > 0
}
