// Optimistic concurrency for edit forms. The form carries the record's `version` and a
// snapshot of the values it was opened with (`base`, a hidden JSON field). When the save
// finds a newer version, `changedFields` tells the user what the other person changed.

export type Snapshot = Record<string, string>

// Returns the hidden-field value for a snapshot of `values` (each value as the form shows it).
export function encodeSnapshot(values: Record<string, string | null | undefined>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value ?? ''])))
}

// Returns the snapshot in a submitted hidden field; an empty one when it is missing or garbage.
export function decodeSnapshot(raw: unknown): Snapshot {
  if (typeof raw !== 'string' || raw.length > 100_000) return {}
  try {
    const parsed: unknown = JSON.parse(raw)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    )
  } catch {
    return {}
  }
}

export type FieldChange = { field: string; before: string; after: string }

// Returns the fields whose current value differs from the snapshot the form was opened with.
export function changedFields(base: Snapshot, current: Snapshot): FieldChange[] {
  return Object.keys(current)
    .filter((field) => field in base && base[field] !== current[field])
    .map((field) => ({ field, before: base[field] ?? '', after: current[field] ?? '' }))
}

// Remix skips reloading page data after an action that answered 4xx. After a 409 the edit
// form must get the new version and snapshot, or every further save conflicts again: edit
// routes export this as `shouldRevalidate`.
export function revalidateAfterConflict({
  actionStatus,
  defaultShouldRevalidate,
}: {
  actionStatus?: number
  defaultShouldRevalidate: boolean
}) {
  return actionStatus === 409 || defaultShouldRevalidate
}
