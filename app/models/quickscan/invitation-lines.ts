// Reading people typed into a text box, one per line: "Naam <e-mail>", "Naam, e-mail",
// "Naam;e-mail", a name and e-mail separated by a tab (pasted from a spreadsheet), or a
// name alone (the link is then handed over in person). Pure, so the preview and the
// confirmation read the same lines the same way.
import { z } from 'zod'
import { PERSON_NAME_MAX } from '~/models/person/person.schema.ts'
import { messageRef } from '~/utils/i18n/index.ts'

// At most this many lines per box, so one paste cannot make thousands of invitations.
export const INVITATION_LINES_MAX = 300
const EMAIL_MAX = 254

export type InvitationLine = { line: number; name: string; email: string | null }
export type InvitationLineError = { line: number; text: string; message: string }

const emailSchema = z.email()

// Returns the e-mail address in lower case when `value` is one, else null.
function readEmail(value: string) {
  const email = value.trim().toLowerCase()
  return email.length <= EMAIL_MAX && emailSchema.safeParse(email).success ? email : null
}

// Returns the name and e-mail of one non-empty line, or a message reference.
function readLine(text: string): { name: string; email: string | null } | { message: string } {
  const bracketed = /^(.*?)\s*<([^<>]*)>\s*$/.exec(text)
  let name: string
  let emailText: string | null
  if (bracketed) {
    name = (bracketed[1] ?? '').replace(/^["']|["']$/g, '').trim()
    emailText = bracketed[2] ?? ''
  } else {
    const parts = text.split(/[\t;,]/).map((part) => part.trim())
    const last = parts.length > 1 ? (parts.at(-1) ?? '') : ''
    if (parts.length > 1 && last.includes('@')) {
      name = parts.slice(0, -1).join(' ').trim()
      emailText = last
    } else if (!text.includes('@')) {
      name = text.trim()
      emailText = null
    } else {
      return { message: 'quickscan.invite.lineNeedsName' }
    }
  }
  if (!name) return { message: 'quickscan.invite.lineNeedsName' }
  if (name.length > PERSON_NAME_MAX) {
    return { message: messageRef('quickscan.invite.lineNameTooLong', { max: PERSON_NAME_MAX }) }
  }
  if (emailText === null) return { name, email: null }
  const email = readEmail(emailText)
  return email ? { name, email } : { message: 'quickscan.invite.lineBadEmail' }
}

// Returns the people in a text box (1-based line numbers) and the lines that could not be
// read, each with a message reference; empty lines are skipped.
export function readInvitationLines(text: string) {
  const people: InvitationLine[] = []
  const errors: InvitationLineError[] = []
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (!line) return
    if (people.length + errors.length >= INVITATION_LINES_MAX) {
      if (people.length + errors.length === INVITATION_LINES_MAX) {
        errors.push({
          line: index + 1,
          text: line,
          message: messageRef('quickscan.invite.tooManyLines', { max: INVITATION_LINES_MAX }),
        })
      }
      return
    }
    const read = readLine(line)
    if ('message' in read) errors.push({ line: index + 1, text: line, message: read.message })
    else people.push({ line: index + 1, ...read })
  })
  return { people, errors }
}
