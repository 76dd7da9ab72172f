// The network as a graph: organisations and three kinds of links between them. Pure helpers
// shared by the picture and the list beside it, so both show the same connections.

// Relations recorded between organisations, advices written together, and theme meetings
// both had someone present at.
export const LINK_KINDS = ['relation', 'advice', 'meeting'] as const
export type LinkKind = (typeof LINK_KINDS)[number]

// The canvas of the picture, in SVG units; nodes keep `margin` plus their radius from the edges.
export const CANVAS = { width: 960, height: 640, margin: 28 } as const

// Returns the stroke width of a link of `weight` (1 = one relation, advice or meeting).
export function linkWidth(weight: number) {
  return Math.round(Math.min(8, 2 + 1.5 * Math.log2(Math.max(1, weight))) * 10) / 10
}

export type RelationEnd = { type: string; fromId: string }

// One line in the picture: a kind of link between two organisations (`sourceId` < `targetId`),
// with its weight (the number of relations, joint advices or shared meetings).
export type NetworkLink = {
  kind: LinkKind
  sourceId: string
  targetId: string
  weight: number
  /** For relations: each recorded relation and the side it was recorded from. */
  relations: RelationEnd[]
}

export type LabelAnchor = 'start' | 'middle' | 'end'
// Where a node's label goes: `x` is where the text is anchored, `y` its baseline.
export type LabelPlacement = { text: string; x: number; y: number; anchor: LabelAnchor }

// One organisation in the picture, placed: its centre, radius and label (null when there is
// no room for one; its tooltip and the list still name it).
export type PictureNode = {
  id: string
  name: string
  type: string
  connections: number
  x: number
  y: number
  radius: number
  label: LabelPlacement | null
}

// One link as seen from one of its ends.
export type ConnectionLink = {
  kind: LinkKind
  weight: number
  /** For relations: the type, and whether it reads from the other side ("ontvangt signalen van"). */
  relations: { type: string; inverse: boolean }[]
}

// Everything that links an organisation to one other organisation.
export type Connection = { organisationId: string; links: ConnectionLink[] }

// Returns the two ids of a pair in a fixed order.
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a]
}

// Returns the number of other organisations each organisation is linked to, by any kind.
export function countNeighbours(links: readonly NetworkLink[]) {
  const neighbours = new Map<string, Set<string>>()
  const add = (from: string, to: string) => neighbours.set(from, (neighbours.get(from) ?? new Set()).add(to))
  for (const link of links) {
    add(link.sourceId, link.targetId)
    add(link.targetId, link.sourceId)
  }
  return new Map([...neighbours].map(([id, others]) => [id, others.size]))
}

// Returns the connections of every organisation: one per other organisation it is linked to,
// by that organisation's name, each with its links in the order of LINK_KINDS.
export function connectionsByOrganisation(links: readonly NetworkLink[], names: ReadonlyMap<string, string>) {
  const byPair = new Map<string, Map<string, ConnectionLink[]>>()
  for (const link of links) {
    for (const [self, other] of [
      [link.sourceId, link.targetId],
      [link.targetId, link.sourceId],
    ] as const) {
      const others = byPair.get(self) ?? new Map<string, ConnectionLink[]>()
      others.set(other, [
        ...(others.get(other) ?? []),
        {
          kind: link.kind,
          weight: link.weight,
          relations: link.relations.map((relation) => ({
            type: relation.type,
            inverse: relation.fromId !== self,
          })),
        },
      ])
      byPair.set(self, others)
    }
  }
  const nameOf = (id: string) => names.get(id) ?? ''
  const connections = new Map<string, Connection[]>()
  for (const [self, others] of byPair) {
    connections.set(
      self,
      [...others]
        .map(([organisationId, found]) => ({
          organisationId,
          links: found.sort((a, b) => LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind)),
        }))
        .sort(
          (a, b) =>
            nameOf(a.organisationId).localeCompare(nameOf(b.organisationId), 'nl') ||
            (a.organisationId < b.organisationId ? -1 : 1),
        ),
    )
  }
  return connections
}
