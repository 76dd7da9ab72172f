import { describe, expect, it } from 'vitest'
import { connectionsByOrganisation, countNeighbours, linkWidth, type NetworkLink } from './network-graph.ts'

const links: NetworkLink[] = [
  {
    kind: 'relation',
    sourceId: 'a',
    targetId: 'b',
    weight: 1,
    relations: [{ type: 'FEEDS_SIGNALS_TO', fromId: 'b' }],
  },
  { kind: 'advice', sourceId: 'a', targetId: 'b', weight: 2, relations: [] },
  { kind: 'meeting', sourceId: 'a', targetId: 'c', weight: 3, relations: [] },
]
const names = new Map([
  ['a', 'Adviesraad'],
  ['b', 'Spreekuurpunt'],
  ['c', 'Cliëntenraad'],
])

describe('the connections of the network', () => {
  it('counts each other organisation once, however many kinds of link there are', () => {
    expect(Object.fromEntries(countNeighbours(links))).toEqual({ a: 2, b: 1, c: 1 })
  })

  it('lists every link from both sides, per other organisation by name, with the relation read from each side', () => {
    const connections = connectionsByOrganisation(links, names)
    expect(connections.get('a')).toEqual([
      { organisationId: 'c', links: [{ kind: 'meeting', weight: 3, relations: [] }] },
      {
        organisationId: 'b',
        links: [
          { kind: 'relation', weight: 1, relations: [{ type: 'FEEDS_SIGNALS_TO', inverse: true }] },
          { kind: 'advice', weight: 2, relations: [] },
        ],
      },
    ])
    expect(connections.get('b')?.[0]?.links.map((link) => [link.kind, link.relations])).toEqual([
      ['relation', [{ type: 'FEEDS_SIGNALS_TO', inverse: false }]],
      ['advice', []],
    ])
    expect(connections.get('d')).toBeUndefined()
  })

  it('draws heavier links thicker, within bounds', () => {
    expect(linkWidth(1)).toBe(2)
    expect(linkWidth(4)).toBeGreaterThan(linkWidth(2))
    expect(linkWidth(1_000)).toBe(8)
  })
})
