// Form schemas of quick-scan invitations: who to invite (council members ticked from the
// memberships of the scan's councils or typed in, municipal staff typed in or picked from
// the person registry) and renewing one link. The rules that need the database (is this
// person a member, is this e-mail invited already) live in invitation.server.ts.
import { z } from 'zod'
import { messageRef } from '~/utils/i18n/index.ts'
import { checkbox, idList } from '~/utils/validation.ts'

// The longest text box of typed-in people.
export const INVITATION_TEXT_MAX = 30_000
const ID_MAX = 64

const lines = z
  .preprocess((value) => (typeof value === 'string' ? value : ''), z.string())
  .refine((text) => text.length <= INVITATION_TEXT_MAX, {
    error: messageRef('validation.tooLong', { max: INVITATION_TEXT_MAX }),
  })

// The choice of people to invite. `alleLeden` ticks every current member of the scan's
// councils at once (municipal staff in a council excepted: they answer as gemeente).
export const InvitationChoiceSchema = z.object({
  raadLeden: idList,
  alleLeden: checkbox,
  raadExtra: lines,
  gemeentePersonen: idList,
  gemeenteExtra: lines,
})

export type InvitationChoice = z.output<typeof InvitationChoiceSchema>

// Returns true when the choice names nobody.
export function isEmptyChoice(choice: InvitationChoice) {
  return (
    !choice.alleLeden &&
    choice.raadLeden.length === 0 &&
    choice.gemeentePersonen.length === 0 &&
    choice.raadExtra.trim() === '' &&
    choice.gemeenteExtra.trim() === ''
  )
}

// One link to renew.
export const RenewInvitationSchema = z.object({
  invitationId: z
    .string({ error: 'validation.unknownReference' })
    .trim()
    .min(1, { error: 'validation.unknownReference' })
    .max(ID_MAX, { error: 'validation.unknownReference' }),
})
