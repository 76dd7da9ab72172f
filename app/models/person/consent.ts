// Whether a member is an expert by experience (ervaringsdeskundige) or a client is
// sensitive: it may only be stored together with the date the person consented.

export type SensitiveInput = { expertByExperience: boolean; isClient: boolean; consentDate: Date | null }
export type SensitiveFlags = {
  expertByExperience: true | null
  isClient: true | null
  consentDate: Date | null
}

// Returns the flags as they are stored: a ticked box as true, an unticked one as null, the
// consent date only when a box is ticked; null when a box is ticked without a consent date.
export function sensitiveFlags(input: SensitiveInput): SensitiveFlags | null {
  const anyTicked = input.expertByExperience || input.isClient
  if (!anyTicked) return { expertByExperience: null, isClient: null, consentDate: null }
  if (!input.consentDate) return null
  return {
    expertByExperience: input.expertByExperience ? true : null,
    isClient: input.isClient ? true : null,
    consentDate: input.consentDate,
  }
}
