// The form of a follow-up ("vervolgactie"), shared by activities and signals.
import { z } from 'zod'
import { optionalDate, requiredText } from '~/utils/validation.ts'

export const FOLLOW_UP_DESCRIPTION_MAX = 500

// What to do, by when (optional) and by whom.
export const FollowUpFormSchema = z.object({
  description: requiredText(FOLLOW_UP_DESCRIPTION_MAX),
  dueDate: optionalDate,
  assigneeId: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(64, { error: 'validation.unknownReference' }),
})

export type FollowUpFormInput = z.output<typeof FollowUpFormSchema>
