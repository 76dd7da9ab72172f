// "Raden zonder contact": which active councils have had no activity for a while, in the
// order an opbouwwerker wants to see them.

export type CouncilContact = {
  id: string
  name: string
  responsibleUserId: string | null
  responsibleUserName: string | null
  /** The moment of the latest activity the council was involved in, up to today; null if none. */
  lastContact: Date | null
}

// Returns the councils whose last contact lies before `since` (or who were never contacted):
// the user's own councils first, then the longest silence (never contacted first), then by
// name. With `onlyMine`, only the user's own councils.
export function selectSilentCouncils<T extends CouncilContact>(
  councils: T[],
  { since, userId, onlyMine = false }: { since: Date; userId: string; onlyMine?: boolean },
) {
  const silence = (council: T) => council.lastContact?.getTime() ?? Number.NEGATIVE_INFINITY
  return councils
    .filter((council) => council.lastContact === null || council.lastContact.getTime() < since.getTime())
    .filter((council) => !onlyMine || council.responsibleUserId === userId)
    .map((council) => ({ ...council, mine: council.responsibleUserId === userId }))
    .sort(
      (a, b) =>
        Number(b.mine) - Number(a.mine) || silence(a) - silence(b) || a.name.localeCompare(b.name, 'nl'),
    )
}
