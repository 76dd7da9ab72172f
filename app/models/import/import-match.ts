// Likely duplicates of an import row, among the records that exist and the rows above it in
// the same file. Everything is looked up in maps built once, so 10 000 rows cost no queries.
//   organisations: the same name (case, accents and spacing aside) serving one of the same
//     municipalities, or both serving none;
//   people: the same e-mail address; or the same name and a membership (current or past)
//     of an organisation the row names.
import { nameKey } from './import-values.ts'

export type MatchReason = 'sameEmail' | 'sameNameInOrganisation' | 'sameNameAndMunicipality'

/** What a row may be a duplicate of: a stored record, or an earlier row of the file. */
export type MatchTarget =
  | { source: 'existing'; id: string; name: string }
  | { source: 'row'; row: number; name: string }

export type Match = MatchTarget & { reason: MatchReason }

type MatchKey = { key: string; reason: MatchReason }

// Returns the keys under which an organisation is found as a likely duplicate.
export function organisationMatchKeys({
  name,
  municipalityIds,
}: {
  name: string
  municipalityIds: readonly string[]
}) {
  const base = nameKey(name)
  const keys =
    municipalityIds.length > 0 ? municipalityIds.map((id) => `${base}\u0000${id}`) : [`${base}\u0000`]
  return keys.map((key): MatchKey => ({ key, reason: 'sameNameAndMunicipality' }))
}

// Returns the keys under which a person is found as a likely duplicate: the e-mail address
// first (the stronger sign), then the name within each organisation.
export function personMatchKeys({
  name,
  email,
  organisationIds,
}: {
  name: string
  email: string | null
  organisationIds: readonly string[]
}) {
  const base = nameKey(name)
  return [
    ...(email ? [{ key: `@${email.toLowerCase()}`, reason: 'sameEmail' as const }] : []),
    ...organisationIds.map((id) => ({
      key: `${base}\u0000${id}`,
      reason: 'sameNameInOrganisation' as const,
    })),
  ]
}

// Returns a stable identity of a target, for removing repeats.
function targetId(target: MatchTarget) {
  return target.source === 'existing' ? `existing:${target.id}` : `row:${target.row}`
}

// An index of records by their match keys; rows are added as the preview reads them, so a
// row is also compared with the rows above it.
export class DuplicateIndex {
  private readonly byKey = new Map<string, MatchTarget[]>()

  add(target: MatchTarget, keys: readonly MatchKey[]) {
    for (const { key } of keys) {
      const list = this.byKey.get(key)
      if (list) list.push(target)
      else this.byKey.set(key, [target])
    }
  }

  // Returns every target sharing a key with `keys`, each once, in the order of the keys
  // (stored records before earlier rows for the same key).
  find(keys: readonly MatchKey[]): Match[] {
    const seen = new Set<string>()
    const matches: Match[] = []
    for (const { key, reason } of keys) {
      const targets = [...(this.byKey.get(key) ?? [])].sort(
        (a, b) => Number(a.source === 'row') - Number(b.source === 'row'),
      )
      for (const target of targets) {
        const id = targetId(target)
        if (seen.has(id)) continue
        seen.add(id)
        matches.push({ ...target, reason })
      }
    }
    return matches
  }
}
