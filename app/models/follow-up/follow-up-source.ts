// Where a follow-up is worked on: the page of the activity, signal, advice or meeting it
// belongs to, or the quick-scan action in its scan's plan van aanpak.

export type FollowUpSource = {
  activityId: string | null
  signalId: string | null
  adviceId: string | null
  meetingId: string | null
  /** The quick-scan action: select `quickScanAction: { select: { id: true, scanId: true } }`. */
  quickScanAction: { id: string; scanId: string } | null
}

// Returns the page of a follow-up's source, or null for one without a source.
export function followUpHref(followUp: FollowUpSource) {
  if (followUp.activityId) return `/activiteiten/${followUp.activityId}`
  if (followUp.signalId) return `/signalen/${followUp.signalId}`
  if (followUp.adviceId) return `/adviezen/${followUp.adviceId}`
  if (followUp.meetingId) return `/bijeenkomsten/${followUp.meetingId}`
  if (followUp.quickScanAction) {
    return `/quickscans/${followUp.quickScanAction.scanId}/plan#actie-${followUp.quickScanAction.id}`
  }
  return null
}
