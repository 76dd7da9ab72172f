// Form schemas of invitations and attendance at the door, shared by the routes. Errors are
// message references (app/utils/i18n). The rules that need the database (does the person
// exist, is the meeting cancelled) live in invitation.server.ts and attendance.server.ts.
import { z } from 'zod'
import { MEMBERSHIP_ROLES } from '~/models/organisation/organisation-types.ts'
import { PERSON_NAME_MAX } from '~/models/person/person.schema.ts'
import { messageRef } from '~/utils/i18n/index.ts'
import { checkbox, idList, requiredText } from '~/utils/validation.ts'
import { optionalId } from './meeting.schema.ts'
import { ATTENDANCE_STATUSES } from './meeting-kinds.ts'

const ID_MAX = 64
// At most this many other members per council, and people in one invitation round.
export const EXTRA_MEMBERS_MAX = 50
export const INVITEES_MAX = 500

// Who of a council's current members to invite: everyone (except municipal staff), or the
// chosen roles plus at most a number of other members.
export const INVITE_SELECTIONS = ['rollen', 'alle'] as const
export type InviteSelection = (typeof INVITE_SELECTIONS)[number]

// What the form starts with: "the chair and one member per council".
export const DEFAULT_INVITE_ROLES = ['voorzitter'] as const
export const DEFAULT_EXTRA_MEMBERS = 1

// A person and the organisation they represent, as a form writes it: "personId:organisationId"
// (nothing after the colon: on their own behalf).
export type PersonPick = { personId: string; organisationId: string | null }

// Returns the form value of a pick.
export function pickValue(pick: PersonPick) {
  return `${pick.personId}:${pick.organisationId ?? ''}`
}

// Returns the pick a form value stands for, or null when it is malformed.
export function parsePick(value: string): PersonPick | null {
  const match = /^([^:\s]{1,64}):([^:\s]{0,64})$/.exec(value.trim())
  if (!match?.[1]) return null
  return { personId: match[1], organisationId: match[2] || null }
}

const asList = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

// A list of picks from repeated checkboxes, each person once (the first pick wins).
const pickList = z.preprocess(asList, z.array(z.string())).transform((values, ctx) => {
  const picks: PersonPick[] = []
  const seen = new Set<string>()
  for (const value of values) {
    const pick = parsePick(value)
    if (!pick) {
      ctx.addIssue({ code: 'custom', message: 'validation.unknownReference' })
      return z.NEVER
    }
    if (seen.has(pick.personId)) continue
    seen.add(pick.personId)
    picks.push(pick)
  }
  return picks
})

// The choice of who to invite (the preview, a GET form): councils (ticked one by one, or
// all active councils at once), which of their members, and individual people.
export const InviteChoiceSchema = z
  .object({
    raden: idList,
    alleRaden: checkbox,
    selectie: z.enum(INVITE_SELECTIONS, { error: 'validation.choice' }).catch('rollen'),
    rollen: z.preprocess(asList, z.array(z.enum(MEMBERSHIP_ROLES, { error: 'validation.role' }))),
    extra: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? '0' : value),
      z.coerce
        .number({ error: 'attendance.invite.extraInvalid' })
        .int({ error: 'attendance.invite.extraInvalid' })
        .min(0, { error: 'attendance.invite.extraInvalid' })
        .max(EXTRA_MEMBERS_MAX, {
          error: messageRef('attendance.invite.extraTooMany', { max: EXTRA_MEMBERS_MAX }),
        }),
    ),
    personen: pickList,
  })
  .superRefine((value, ctx) => {
    const councilsChosen = value.raden.length > 0 || value.alleRaden
    if (!councilsChosen && value.personen.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['raden'], message: 'attendance.invite.chooseSomeone' })
    }
    if (councilsChosen && value.selectie === 'rollen' && value.rollen.length === 0 && value.extra === 0) {
      ctx.addIssue({ code: 'custom', path: ['rollen'], message: 'attendance.invite.chooseRoleOrExtra' })
    }
  })

export type InviteChoice = z.output<typeof InviteChoiceSchema>

// The confirmation: the people the preview showed and the user kept ticked.
export const InviteConfirmSchema = z.object({
  uitnodigen: pickList
    .refine((picks) => picks.length > 0, { error: 'attendance.invite.noneChosen' })
    .refine((picks) => picks.length <= INVITEES_MAX, {
      error: messageRef('attendance.invite.tooMany', { max: INVITEES_MAX }),
    }),
})

// One status change at the door.
export const AttendanceStatusSchema = z.object({
  invitationId: z.string({ error: 'validation.required' }).trim().min(1).max(ID_MAX),
  status: z.enum(ATTENDANCE_STATUSES, { error: 'validation.choice' }),
})

// Someone who came without an invitation, and the organisation they represent (optional).
export const WalkInSchema = z.object({
  personId: z
    .string({ error: 'attendance.walkIn.choosePerson' })
    .trim()
    .min(1, { error: 'attendance.walkIn.choosePerson' })
    .max(ID_MAX, { error: 'validation.unknownReference' }),
  organisationId: optionalId,
})

// Someone at the door who is not in Raadnet yet: only a name and, optionally, the
// organisation they represent. No e-mail or phone (AVG: store no more than the list needs).
export const NewWalkInSchema = z.object({
  name: requiredText(PERSON_NAME_MAX),
  organisationId: optionalId,
  /// Ticked after a warning that someone with this name exists: it is somebody else.
  namesake: checkbox,
})
