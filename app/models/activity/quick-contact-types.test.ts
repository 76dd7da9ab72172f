import { describe, expect, it } from 'vitest'
import { QUICK_CONTACT_TYPES } from '~/components/quick-contact-form.tsx'
import { ACTIVITY_SUBTYPES } from './activity-kinds.ts'

describe('the quick contact form', () => {
  it('offers exactly the contact forms the activity log knows', () => {
    expect([...QUICK_CONTACT_TYPES]).toEqual([...ACTIVITY_SUBTYPES.CONTACT])
  })
})
