// Replaces the links of one kind (say, an advice's themes) with `wanted`, leaving the ones
// that stay untouched: `remove` gets the ids that go, `add` the new ones (each only when
// there are any).
export async function relinkIds(
  current: string[],
  wanted: string[],
  remove: (ids: string[]) => Promise<unknown>,
  add: (ids: string[]) => Promise<unknown>,
) {
  const gone = current.filter((id) => !wanted.includes(id))
  const added = [...new Set(wanted)].filter((id) => !current.includes(id))
  if (gone.length > 0) await remove(gone)
  if (added.length > 0) await add(added)
}
