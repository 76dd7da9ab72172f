import { describe, expect, it } from 'vitest'
import { CANVAS } from './network-graph.ts'
import { type LayoutLink, layoutNetwork, nodeRadius, placeLabels, shortLabel } from './network-layout.ts'

// Returns a made-up network of `count` organisations: a few clusters, some bridges between
// them and some organisations without links, from a fixed seed.
function sampleNetwork(count: number) {
  let seed = 42
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `org-${String(index).padStart(3, '0')}`,
    radius: nodeRadius(Math.floor(random() * 12)),
  }))
  const links: LayoutLink[] = []
  for (let index = 0; index < count * 2; index++) {
    const a = Math.floor(random() * count * 0.8)
    const b = Math.floor(random() * count * 0.8)
    links.push({
      sourceId: `org-${String(a).padStart(3, '0')}`,
      targetId: `org-${String(b).padStart(3, '0')}`,
      weight: 1 + Math.floor(random() * 6),
    })
  }
  return { nodes, links }
}

// Returns the positions as plain pairs, for comparing.
const asEntries = (positions: Map<string, { x: number; y: number }>) =>
  [...positions].sort(([a], [b]) => (a < b ? -1 : 1))

describe('the layout of the network picture', () => {
  it('gives the same picture for the same data, in whatever order the data comes', () => {
    const { nodes, links } = sampleNetwork(40)
    const first = layoutNetwork({ nodes, links })
    const again = layoutNetwork({ nodes, links })
    const shuffled = layoutNetwork({ nodes: [...nodes].reverse(), links: [...links].reverse() })
    expect(asEntries(again)).toEqual(asEntries(first))
    expect(asEntries(shuffled)).toEqual(asEntries(first))
  })

  it('places every node, whole, inside the canvas with its margin, and never at NaN', () => {
    for (const count of [1, 2, 7, 60]) {
      const { nodes, links } = sampleNetwork(count)
      const positions = layoutNetwork({ nodes, links })
      expect(positions.size).toBe(count)
      for (const node of nodes) {
        const point = positions.get(node.id)
        expect(point, node.id).toBeDefined()
        const { x, y } = point ?? { x: Number.NaN, y: Number.NaN }
        expect(Number.isFinite(x) && Number.isFinite(y), `${node.id} at ${x},${y}`).toBe(true)
        expect(x - node.radius).toBeGreaterThanOrEqual(CANVAS.margin - 0.1)
        expect(y - node.radius).toBeGreaterThanOrEqual(CANVAS.margin - 0.1)
        expect(x + node.radius).toBeLessThanOrEqual(CANVAS.width - CANVAS.margin + 0.1)
        expect(y + node.radius).toBeLessThanOrEqual(CANVAS.height - CANVAS.margin + 0.1)
      }
    }
  })

  it('puts a single organisation in the middle and an empty network nowhere', () => {
    expect(layoutNetwork({ nodes: [], links: [] }).size).toBe(0)
    const one = layoutNetwork({ nodes: [{ id: 'alleen', radius: 11 }], links: [] })
    expect(one.get('alleen')).toEqual({ x: CANVAS.width / 2, y: CANVAS.height / 2 })
  })

  it('ignores links to organisations not in the picture and links of an organisation to itself', () => {
    const nodes = [
      { id: 'a', radius: 11 },
      { id: 'b', radius: 11 },
    ]
    const positions = layoutNetwork({
      nodes,
      links: [
        { sourceId: 'a', targetId: 'b', weight: 2 },
        { sourceId: 'a', targetId: 'weg', weight: 1 },
        { sourceId: 'b', targetId: 'b', weight: 1 },
      ],
    })
    expect([...positions.keys()].sort()).toEqual(['a', 'b'])
  })

  it('lays out sixty organisations quickly', () => {
    const { nodes, links } = sampleNetwork(60)
    const started = performance.now()
    layoutNetwork({ nodes, links })
    // Generous, so that a busy test machine does not fail it; typically a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})

describe('node sizes', () => {
  it('grows with the number of connections, within bounds', () => {
    expect(nodeRadius(0)).toBe(11)
    expect(nodeRadius(4)).toBeGreaterThan(nodeRadius(1))
    expect(nodeRadius(10_000)).toBe(26)
  })
})

describe('node labels', () => {
  it('keeps a short name whole and shortens a long one to what tells it apart', () => {
    expect(shortLabel('Partoer')).toBe('Partoer')
    expect(shortLabel('Cliëntenraad Smallingerland (uitkeringsgerechtigden en minima)')).toBe(
      'Cliëntenraad Smallingerland',
    )
    expect(shortLabel('Cliëntenraad Werk en Inkomen Dantumadiel')).toBe('Cliëntenraad … Dantumadiel')
    expect(shortLabel('Adviesraad Sociaal Domein Noardwest Fryslân')).toBe('Adviesraad … Noardwest Fryslân')
    expect(shortLabel('Cliëntenraad Werk en Inkomen Noardeast-Fryslân')).toBe('… Noardeast-Fryslân')
    expect(shortLabel('Eenheelerglangenaamzonderspatiesdienietpast')).toBe('Eenheelerglangenaamzonderspat…')
    for (const name of ['Cliëntenraad Werk en Inkomen Noardeast-Fryslân', 'x'.repeat(80)]) {
      expect(shortLabel(name).length).toBeLessThanOrEqual(30)
    }
  })

  it('labels the best connected organisation first and keeps every label inside the canvas', () => {
    const nodes = [
      { id: 'a', name: 'Veel verbonden', connections: 9, x: 480, y: 320, radius: 20 },
      // Right on top of the first: no room for a second label there.
      { id: 'b', name: 'Er bovenop', connections: 1, x: 480, y: 321, radius: 11 },
      { id: 'c', name: 'In de hoek', connections: 0, x: 12, y: CANVAS.height - 12, radius: 11 },
    ]
    const labels = placeLabels(nodes)
    expect(labels.get('a')?.text).toBe('Veel verbonden')
    expect(labels.has('b')).toBe(false)
    const corner = labels.get('c')
    expect(corner).toBeDefined()
    for (const label of labels.values()) {
      expect(label.y).toBeGreaterThan(0)
      expect(label.y).toBeLessThanOrEqual(CANVAS.height)
      if (label.anchor === 'start') expect(label.x).toBeGreaterThanOrEqual(0)
      if (label.anchor === 'end') expect(label.x).toBeLessThanOrEqual(CANVAS.width)
    }
  })
})
