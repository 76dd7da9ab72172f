// Invitations to answer a quick scan: personal links for council members (picked from the
// memberships of the scan's councils, or typed in) and municipal staff (typed in, or picked
// from the person registry). Each link carries a random token of 32 bytes; only its SHA-256
// is stored, so a link can be shown once — right after it is made — and mailed through the
// outbox, and never again. A new link replaces the old one while the invitation is not
// answered. Nothing here ever records when or what someone answered.
import { createHash, randomBytes } from 'node:crypto'
import type { Prisma } from '~/generated/prisma/client.ts'
import { recordAudit } from '~/models/audit/audit.server.ts'
import { deliverMessages, type NewMessage, storeMessages } from '~/models/mail/outbox.server.ts'
import { MUNICIPAL_ROLES } from '~/models/organisation/organisation-types.ts'
import { currentMembershipWhere } from '~/models/person/membership.server.ts'
import { compareNames } from '~/models/person/membership-roles.ts'
import { calendarDay } from '~/models/person/membership-term.ts'
import { foldText, matchesAllWords } from '~/models/person/search-text.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { newId } from '~/utils/ids.server.ts'
import { type Refusal, Refused, refusable } from '~/utils/refusable.server.ts'
import type { InvitationChoice } from './invitation.schema.ts'
import { readInvitationLines } from './invitation-lines.ts'
import { composeInvitationMail, INVITATION_MAIL_KIND } from './invitation-mail.ts'
import type { RespondentGroup } from './quickscan-constants.ts'
import { canInvite } from './scan-status.ts'

type Client = Prisma.TransactionClient | typeof prisma

// 32 random bytes: 256 bits, written as 43 base64url characters.
export const INVITATION_TOKEN_BYTES = 32
// The most people a search of the person registry shows.
const PEOPLE_SHOWN = 30

// Returns the SHA-256 of a questionnaire token (hex); only this is stored.
export function hashInvitationToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

// Returns a new token and its hash.
export function newInvitationToken() {
  const token = randomBytes(INVITATION_TOKEN_BYTES).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

// Returns the address links start with: APP_URL when set (the address respondents reach
// Raadnet at, behind a proxy), else the origin of the request.
export function appOrigin(request: Request) {
  const configured = process.env.APP_URL?.trim().replace(/\/+$/, '')
  return configured || new URL(request.url).origin
}

// Returns the questionnaire link for `token`.
export function invitationLink(origin: string, token: string) {
  return `${origin}/vragenlijst/${token}`
}

// Returns what the invitation page shows of a scan, or null.
export function getInvitationScan(scanId: string) {
  return prisma.quickScan.findUnique({
    where: { id: scanId },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      closesOn: true,
      municipality: { select: { name: true } },
      councils: { select: { organisation: { select: { id: true, name: true } } } },
    },
  })
}

// Returns the invitations of a scan by group and name: who, how to reach them, whether the
// link was mailed and whether they answered — never when they answered.
export function listScanInvitations(scanId: string) {
  return prisma.quickScanInvitation
    .findMany({
      where: { scanId },
      select: {
        id: true,
        group: true,
        name: true,
        email: true,
        sentAt: true,
        answered: true,
        personId: true,
      },
    })
    .then((rows) =>
      rows.sort(
        (a, b) => a.group.localeCompare(b.group) || compareNames(a.name, b.name) || a.id.localeCompare(b.id),
      ),
    )
}

export type MemberOption = {
  personId: string
  name: string
  email: string | null
  councils: string[]
  roles: string[]
}

// Returns the current members of the scan's councils, each person once with the councils
// and roles they have: `members` answer as raad, `staff` (municipal roles such as
// contactambtenaar) are proposed for the gemeente group.
export async function listCouncilMemberOptions({
  scanId,
  today = new Date(),
}: {
  scanId: string
  today?: Date
}) {
  const memberships = await prisma.membership.findMany({
    where: {
      ...currentMembershipWhere(calendarDay(today)),
      organisation: { quickScans: { some: { scanId } } },
    },
    select: {
      role: true,
      organisation: { select: { name: true } },
      person: { select: { id: true, name: true, email: true } },
    },
  })
  const staffRoles = new Set<string>(MUNICIPAL_ROLES)
  const members = new Map<string, MemberOption>()
  const staff = new Map<string, MemberOption>()
  for (const membership of memberships) {
    const target = staffRoles.has(membership.role) ? staff : members
    const option = target.get(membership.person.id) ?? {
      personId: membership.person.id,
      name: membership.person.name,
      email: membership.person.email?.trim() || null,
      councils: [],
      roles: [],
    }
    if (!option.councils.includes(membership.organisation.name))
      option.councils.push(membership.organisation.name)
    if (!option.roles.includes(membership.role)) option.roles.push(membership.role)
    target.set(membership.person.id, option)
  }
  // Someone who is both member and staff answers as member.
  for (const id of members.keys()) staff.delete(id)
  const byName = (a: MemberOption, b: MemberOption) => compareNames(a.name, b.name)
  return { members: [...members.values()].sort(byName), staff: [...staff.values()].sort(byName) }
}

// Returns people from the registry whose name (or organisation) matches every word of
// `query`, at most PEOPLE_SHOWN, with the number that matched.
export async function searchPeopleForInvitation({
  query,
  today = new Date(),
}: {
  query: string
  today?: Date
}) {
  if (!query.trim()) return { people: [], total: 0 }
  const people = await prisma.person.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        where: currentMembershipWhere(calendarDay(today)),
        select: { organisation: { select: { name: true } } },
      },
    },
  })
  const matching = people
    .map((person) => ({
      personId: person.id,
      name: person.name,
      email: person.email?.trim() || null,
      organisations: [...new Set(person.memberships.map((membership) => membership.organisation.name))],
    }))
    .filter((person) => matchesAllWords(`${person.name} ${person.organisations.join(' ')}`, query))
    .sort((a, b) => compareNames(a.name, b.name))
  return { people: matching.slice(0, PEOPLE_SHOWN), total: matching.length }
}

export type PlannedInvitee = {
  group: RespondentGroup
  name: string
  email: string | null
  personId: string | null
}

export type InvitationPlan = {
  /// People this round would invite, raad first, each by name.
  invitees: PlannedInvitee[]
  /// People the choice names who are invited to this scan already (same person, same
  /// e-mail address, or the same name without an address): not invited again.
  alreadyInvited: PlannedInvitee[]
  /// People named twice in this round: invited once.
  repeated: PlannedInvitee[]
  /// Typed lines that could not be read.
  lineErrors: { group: RespondentGroup; line: number; text: string; message: string }[]
  /// Ticked people who are not (or no longer) a member of the scan's councils, or not in the registry.
  unknown: boolean
}

// Returns the keys that make two invitations of one scan the same person.
function identityKeys(invitee: { personId: string | null; email: string | null; name: string }) {
  const keys: string[] = []
  if (invitee.personId) keys.push(`p:${invitee.personId}`)
  if (invitee.email) keys.push(`e:${invitee.email.toLowerCase()}`)
  if (!invitee.email && !invitee.personId)
    keys.push(`n:${foldText(invitee.name).replace(/\s+/g, ' ').trim()}`)
  return keys
}

// Returns who a round with `choice` would invite to the scan.
export async function planScanInvitations({
  scanId,
  choice,
  today = new Date(),
  client = prisma,
}: {
  scanId: string
  choice: InvitationChoice
  today?: Date
  client?: Client
}): Promise<InvitationPlan> {
  const day = calendarDay(today)
  const [memberships, registry, existing] = await Promise.all([
    client.membership.findMany({
      where: { ...currentMembershipWhere(day), organisation: { quickScans: { some: { scanId } } } },
      select: { role: true, person: { select: { id: true, name: true, email: true } } },
    }),
    choice.gemeentePersonen.length > 0
      ? client.person.findMany({
          where: { id: { in: choice.gemeentePersonen } },
          select: { id: true, name: true, email: true },
        })
      : [],
    client.quickScanInvitation.findMany({
      where: { scanId },
      select: { personId: true, email: true, name: true },
    }),
  ])
  const staffRoles = new Set<string>(MUNICIPAL_ROLES)
  const members = new Map<string, { id: string; name: string; email: string | null }>()
  const staff = new Set<string>()
  for (const membership of memberships) {
    members.set(membership.person.id, membership.person)
    if (staffRoles.has(membership.role)) staff.add(membership.person.id)
  }
  // A person with a council role and a municipal role counts as a council member.
  for (const membership of memberships) {
    if (!staffRoles.has(membership.role)) staff.delete(membership.person.id)
  }

  const candidates: PlannedInvitee[] = []
  let unknown = false
  const person = (group: RespondentGroup, found: { id: string; name: string; email: string | null }) => ({
    group,
    name: found.name,
    email: found.email?.trim().toLowerCase() || null,
    personId: found.id,
  })
  const councilIds = choice.alleLeden ? [...members.keys()].filter((id) => !staff.has(id)) : choice.raadLeden
  for (const id of councilIds) {
    const found = members.get(id)
    if (found) candidates.push(person('COUNCIL', found))
    else unknown = true
  }
  // People ticked as well as "everyone": already in the list above.
  if (choice.alleLeden) {
    for (const id of choice.raadLeden) if (!members.has(id)) unknown = true
  }
  const lineErrors: InvitationPlan['lineErrors'] = []
  const typed = (group: RespondentGroup, text: string) => {
    const { people, errors } = readInvitationLines(text)
    for (const error of errors) lineErrors.push({ group, ...error })
    for (const row of people) candidates.push({ group, name: row.name, email: row.email, personId: null })
  }
  typed('COUNCIL', choice.raadExtra)
  const byId = new Map(registry.map((found) => [found.id, found]))
  for (const id of choice.gemeentePersonen) {
    const found = byId.get(id)
    if (found) candidates.push(person('MUNICIPALITY', found))
    else unknown = true
  }
  typed('MUNICIPALITY', choice.gemeenteExtra)

  const invitedKeys = new Set(existing.flatMap((invitation) => identityKeys(invitation)))
  const roundKeys = new Set<string>()
  const plan: InvitationPlan = { invitees: [], alreadyInvited: [], repeated: [], lineErrors, unknown }
  for (const candidate of candidates) {
    const keys = identityKeys(candidate)
    if (keys.some((key) => invitedKeys.has(key))) plan.alreadyInvited.push(candidate)
    else if (keys.some((key) => roundKeys.has(key))) plan.repeated.push(candidate)
    else {
      plan.invitees.push(candidate)
      for (const key of keys) roundKeys.add(key)
    }
  }
  const order = (a: PlannedInvitee, b: PlannedInvitee) =>
    a.group.localeCompare(b.group) || compareNames(a.name, b.name)
  plan.invitees.sort(order)
  plan.alreadyInvited.sort(order)
  plan.repeated.sort(order)
  return plan
}

export type CreatedInvitation = {
  id: string
  group: RespondentGroup
  name: string
  email: string | null
  /// The personal link: shown this once, never stored.
  link: string
}

export type MailOutcome = { queued: number; failed: number }

export type CreateInvitationsResult =
  | { ok: true; created: CreatedInvitation[]; skipped: number; mail: MailOutcome }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

type MailScan = {
  title: string
  opensOn: Date
  closesOn: Date
  municipality: { name: string }
}

// Returns the outbox message with the link for one invitee with an e-mail address.
function invitationMessage({
  scan,
  invitee,
  link,
  senderName,
  actorId,
}: {
  scan: MailScan
  invitee: { name: string; email: string }
  link: string
  senderName: string
  actorId: string
}): NewMessage {
  const { subject, text } = composeInvitationMail({
    scan: { ...scan, municipalityName: scan.municipality.name },
    name: invitee.name,
    link,
    senderName,
  })
  return {
    kind: INVITATION_MAIL_KIND,
    toAddress: invitee.email,
    toName: invitee.name,
    subject,
    text,
    createdById: actorId,
  }
}

const mailScanSelect = {
  title: true,
  status: true,
  opensOn: true,
  closesOn: true,
  municipality: { select: { name: true } },
} as const

// Returns the name the mail is signed with: the actor's, else the app's.
async function senderNameOf(client: Client, actorId: string) {
  const actor = await client.user.findUnique({ where: { id: actorId }, select: { name: true } })
  return actor?.name ?? t('app.name')
}

// Invites the people of `choice` in one transaction: one invitation each with a new token
// (only its hash stored), and for everyone with an e-mail address a message with the link in
// the outbox. Already invited and repeated people are skipped. Then the messages are
// delivered when SMTP is configured; a mail problem never undoes the invitations. Returns
// the links, to be shown once.
export async function createScanInvitations({
  scanId,
  choice,
  origin,
  actorId,
  now = new Date(),
}: {
  scanId: string
  choice: InvitationChoice
  origin: string
  actorId: string
  now?: Date
}): Promise<CreateInvitationsResult> {
  const written = await refusable(async (tx) => {
    const scan = await tx.quickScan.findUnique({ where: { id: scanId }, select: mailScanSelect })
    if (!scan) return null
    if (!canInvite(scan.status)) throw new Refused([{ field: 'form', message: 'quickscan.invite.closed' }])
    const plan = await planScanInvitations({ scanId, choice, today: now, client: tx })
    if (plan.unknown) throw new Refused([{ field: 'form', message: 'validation.unknownReference' }])
    if (plan.lineErrors.length > 0)
      throw new Refused([{ field: 'form', message: 'quickscan.invite.fixLines' }])
    if (plan.invitees.length === 0)
      throw new Refused([{ field: 'form', message: 'quickscan.invite.nobodyNew' }])
    const senderName = await senderNameOf(tx, actorId)
    const rows = plan.invitees.map((invitee) => {
      const { token, tokenHash } = newInvitationToken()
      return { invitee, link: invitationLink(origin, token), tokenHash, id: newId() }
    })
    // One insert for the whole round; ids made here so the links can be returned in order.
    await tx.quickScanInvitation.createMany({
      data: rows.map(({ invitee, tokenHash, id }) => ({
        id,
        scanId,
        group: invitee.group,
        personId: invitee.personId,
        name: invitee.name,
        email: invitee.email,
        tokenHash,
        sentAt: invitee.email ? now : null,
      })),
    })
    const created: CreatedInvitation[] = rows.map(({ invitee, link, id }) => ({
      id,
      group: invitee.group,
      name: invitee.name,
      email: invitee.email,
      link,
    }))
    const messages: NewMessage[] = rows.flatMap(({ invitee, link }) =>
      invitee.email
        ? [
            invitationMessage({
              scan,
              invitee: { name: invitee.name, email: invitee.email },
              link,
              senderName,
              actorId,
            }),
          ]
        : [],
    )
    const messageIds = await storeMessages(messages, tx)
    await recordAudit(
      {
        actorId,
        action: 'quickScan.invite',
        entityType: 'QuickScan',
        entityId: scanId,
        summary: t('quickscan.audit.invited', { count: created.length, title: scan.title }),
      },
      tx,
    )
    return { created, skipped: plan.alreadyInvited.length + plan.repeated.length, messageIds }
  })
  if (written === null) return { ok: false, reason: 'notFound' }
  if ('ok' in written) return written
  const delivery = await deliverMessages(written.messageIds)
  return {
    ok: true,
    created: written.created,
    skipped: written.skipped,
    mail: { queued: written.messageIds.length, failed: delivery.failed },
  }
}

export type RenewResult =
  | { ok: true; invitation: CreatedInvitation; mail: MailOutcome }
  | { ok: false; reason: 'notFound' }
  | { ok: false; reason: 'invalid'; refusals: Refusal[] }

// Makes a new link for an invitation that is not answered: a new token replaces the old
// hash (the old link stops working; answers saved so far stay), and the link is mailed when
// there is an address. Returns the link, to be shown once.
export async function renewInvitationLink({
  scanId,
  invitationId,
  origin,
  actorId,
  now = new Date(),
}: {
  scanId: string
  invitationId: string
  origin: string
  actorId: string
  now?: Date
}): Promise<RenewResult> {
  const written = await refusable(async (tx) => {
    const invitation = await tx.quickScanInvitation.findFirst({
      where: { id: invitationId, scanId },
      select: {
        id: true,
        group: true,
        name: true,
        email: true,
        answered: true,
        scan: { select: mailScanSelect },
      },
    })
    if (!invitation) return null
    if (!canInvite(invitation.scan.status)) {
      throw new Refused([{ field: 'form', message: 'quickscan.invite.closed' }])
    }
    if (invitation.answered)
      throw new Refused([{ field: 'form', message: 'quickscan.invite.alreadyAnswered' }])
    const { token, tokenHash } = newInvitationToken()
    // "Not answered" in the WHERE: a submit at the same moment wins, and no link is made.
    const { count } = await tx.quickScanInvitation.updateMany({
      where: { id: invitation.id, answered: false },
      data: { tokenHash, ...(invitation.email ? { sentAt: now } : {}) },
    })
    if (count !== 1) throw new Refused([{ field: 'form', message: 'quickscan.invite.alreadyAnswered' }])
    const link = invitationLink(origin, token)
    const messageIds = invitation.email
      ? await storeMessages(
          [
            invitationMessage({
              scan: invitation.scan,
              invitee: { name: invitation.name, email: invitation.email },
              link,
              senderName: await senderNameOf(tx, actorId),
              actorId,
            }),
          ],
          tx,
        )
      : []
    await recordAudit(
      {
        actorId,
        action: 'quickScan.renewLink',
        entityType: 'QuickScan',
        entityId: scanId,
        summary: t('quickscan.audit.renewed', { name: invitation.name, title: invitation.scan.title }),
      },
      tx,
    )
    const group = invitation.group === 'MUNICIPALITY' ? 'MUNICIPALITY' : 'COUNCIL'
    return {
      invitation: { id: invitation.id, group, name: invitation.name, email: invitation.email, link } as const,
      messageIds,
    }
  })
  if (written === null) return { ok: false, reason: 'notFound' }
  if ('ok' in written) return written
  const delivery = await deliverMessages(written.messageIds)
  return {
    ok: true,
    invitation: written.invitation,
    mail: { queued: written.messageIds.length, failed: delivery.failed },
  }
}
