// The layout of the network picture: a force simulation (d3-force) run to its end on the
// server, then fitted into a fixed canvas. The same data always gives the same picture:
// d3-force v3 draws its jiggle from a seeded generator and places nodes on a fixed spiral
// by their index, so we only have to feed the nodes and links in a stable order.
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import { CANVAS, type LabelAnchor, type LabelPlacement } from './network-graph.ts'

// Enough for ~60 nodes to settle; a fixed number keeps the picture reproducible. The
// simulation cools down over exactly these ticks (d3's default takes 300).
const TICKS = 200
const ALPHA_MIN = 0.001
// Few nodes are not spread over the whole canvas: at most this many pixels per unit.
const MAX_SCALE = 1.6
// Room around a node for its label, so that labels overlap less.
const LABEL_ROOM = 18

export type LayoutNode = { id: string; radius: number }
export type LayoutLink = { sourceId: string; targetId: string; weight: number }
export type Point = { x: number; y: number }

type SimNode = SimulationNodeDatum & { id: string; radius: number; linked: boolean }
type SimLink = SimulationLinkDatum<SimNode> & { weight: number }

// Returns the order of two strings by code unit, the same on every machine and locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id)
const round = (value: number) => Math.round(value * 10) / 10

// Returns a node's radius in the picture: larger with more connections, within bounds.
export function nodeRadius(connections: number) {
  return round(Math.min(26, 11 + 3 * Math.sqrt(Math.max(0, connections))))
}

// Returns the position of every node (by id) inside a `width` × `height` canvas, at least
// `margin` plus the node's radius from each edge. Links to unknown nodes and loops are left out.
export function layoutNetwork({
  nodes,
  links,
  width = CANVAS.width,
  height = CANVAS.height,
  margin = CANVAS.margin,
}: {
  nodes: readonly LayoutNode[]
  links: readonly LayoutLink[]
  width?: number
  height?: number
  margin?: number
}): Map<string, Point> {
  const known = new Set(nodes.map((node) => node.id))
  const simLinks: SimLink[] = links
    .filter((link) => link.sourceId !== link.targetId && known.has(link.sourceId) && known.has(link.targetId))
    .map((link) => ({ source: link.sourceId, target: link.targetId, weight: link.weight }))
    .sort(
      (a, b) =>
        compare(String(a.source), String(b.source)) ||
        compare(String(a.target), String(b.target)) ||
        a.weight - b.weight,
    )
  const linked = new Set(simLinks.flatMap((link) => [String(link.source), String(link.target)]))
  const simNodes: SimNode[] = [...nodes]
    .sort(byId)
    .map((node) => ({ id: node.id, radius: node.radius, linked: linked.has(node.id) }))

  const simulation = forceSimulation<SimNode>(simNodes)
    .alphaMin(ALPHA_MIN)
    .alphaDecay(1 - ALPHA_MIN ** (1 / TICKS))
    .force(
      'link',
      forceLink<SimNode, SimLink>(simLinks)
        .id((node) => node.id)
        // Heavier links pull their ends closer together.
        .distance((link) => 110 - 12 * Math.min(4, Math.log2(Math.max(1, link.weight)))),
    )
    .force('charge', forceManyBody<SimNode>().strength(-220).distanceMax(350))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.radius + LABEL_ROOM),
    )
    // A pull to the middle keeps the picture together, and unconnected nodes (pulled harder)
    // close to it rather than pushed to the edges; stronger vertically, so that the picture
    // comes out wider than high, like the canvas.
    .force(
      'x',
      forceX<SimNode>(0).strength((node) => (node.linked ? 0.06 : 0.2)),
    )
    .force(
      'y',
      forceY<SimNode>(0).strength((node) => (node.linked ? 0.1 : 0.3)),
    )
    .force('center', forceCenter(0, 0))
    .stop()
  simulation.tick(TICKS)

  return fitToCanvas(simNodes, { width, height, margin })
}

// Returns the simulated positions scaled and moved into the canvas.
function fitToCanvas(
  nodes: readonly SimNode[],
  { width, height, margin }: { width: number; height: number; margin: number },
): Map<string, Point> {
  const positions = new Map<string, Point>()
  if (nodes.length === 0) return positions
  const finite = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : 0)
  const xs = nodes.map((node) => finite(node.x))
  const ys = nodes.map((node) => finite(node.y))
  const maxRadius = Math.max(...nodes.map((node) => node.radius))
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const roomX = Math.max(0, width - 2 * (margin + maxRadius))
  const roomY = Math.max(0, height - 2 * (margin + maxRadius))
  const scale = Math.min(
    MAX_SCALE,
    maxX > minX ? roomX / (maxX - minX) : MAX_SCALE,
    maxY > minY ? roomY / (maxY - minY) : MAX_SCALE,
  )
  const middleX = (minX + maxX) / 2
  const middleY = (minY + maxY) / 2
  nodes.forEach((node, index) => {
    const x = width / 2 + ((xs[index] ?? 0) - middleX) * scale
    const y = height / 2 + ((ys[index] ?? 0) - middleY) * scale
    positions.set(node.id, { x: round(x), y: round(y) })
  })
  return positions
}

const LABEL_MAX = 30

// Returns a name short enough to label a node: whole when it fits, else without the part in
// brackets, else first word … last words ("Cliëntenraad … Dantumadiel"), else … and the last
// word (where the place usually is), else cut off. The full name is in the node's tooltip.
export function shortLabel(name: string, max = LABEL_MAX) {
  const whole = name.trim().replace(/\s+/g, ' ')
  if (whole.length <= max) return whole
  const bare = whole.replace(/\s*\([^)]*\)/g, '').trim()
  if (bare.length > 0 && bare.length <= max) return bare
  const words = (bare || whole).split(' ')
  const first = words[0] ?? ''
  const tail: string[] = []
  for (let index = words.length - 1; index > 0; index--) {
    const word = words[index] ?? ''
    if ([first, '…', ...tail, word].join(' ').length > max) break
    tail.unshift(word)
  }
  if (tail.length > 0) return [first, '…', ...tail].join(' ')
  const last = words.at(-1) ?? ''
  if (words.length > 1 && last.length + 2 <= max) return `… ${last}`
  return `${whole.slice(0, max - 1).trimEnd()}…`
}

type Box = { left: number; top: number; right: number; bottom: number }

const LABEL_FONT_SIZE = 10
// A rough width of a character at that size; labels are short, so rough is good enough.
const CHARACTER_WIDTH = LABEL_FONT_SIZE * 0.56
const LABEL_HEIGHT = LABEL_FONT_SIZE * 1.25
const LABEL_GAP = 3

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

// Returns true when a box and a circle overlap.
function touchesCircle(box: Box, circle: { x: number; y: number; radius: number }) {
  const dx = circle.x - Math.max(box.left, Math.min(circle.x, box.right))
  const dy = circle.y - Math.max(box.top, Math.min(circle.y, box.bottom))
  return dx * dx + dy * dy < circle.radius * circle.radius
}

// Returns where each node's label goes, for the nodes that get one: the best connected
// first, each below, above, right or left of its node, wherever it covers no other label, no
// other node and stays inside the canvas. A node without room gets no label; its name is in
// its tooltip and in the list beside the picture. `y` is the text's baseline.
export function placeLabels(
  nodes: readonly { id: string; name: string; connections: number; x: number; y: number; radius: number }[],
  { width = CANVAS.width, height = CANVAS.height }: { width?: number; height?: number } = {},
) {
  const placements = new Map<string, LabelPlacement>()
  const taken: Box[] = []
  const ranked = [...nodes].sort(
    (a, b) => b.connections - a.connections || compare(a.name, b.name) || byId(a, b),
  )
  for (const node of ranked) {
    const text = shortLabel(node.name)
    const w = text.length * CHARACTER_WIDTH
    const { x, y, radius: r } = node
    const candidates: { box: Box; anchor: LabelAnchor; x: number }[] = [
      {
        anchor: 'middle',
        x,
        box: { left: x - w / 2, right: x + w / 2, top: y + r + 1, bottom: y + r + 1 + LABEL_HEIGHT },
      },
      {
        anchor: 'middle',
        x,
        box: { left: x - w / 2, right: x + w / 2, top: y - r - 1 - LABEL_HEIGHT, bottom: y - r - 1 },
      },
      {
        anchor: 'start',
        x: x + r + LABEL_GAP,
        box: {
          left: x + r + LABEL_GAP,
          right: x + r + LABEL_GAP + w,
          top: y - LABEL_HEIGHT / 2,
          bottom: y + LABEL_HEIGHT / 2,
        },
      },
      {
        anchor: 'end',
        x: x - r - LABEL_GAP,
        box: {
          left: x - r - LABEL_GAP - w,
          right: x - r - LABEL_GAP,
          top: y - LABEL_HEIGHT / 2,
          bottom: y + LABEL_HEIGHT / 2,
        },
      },
    ]
    const fits = candidates.find(
      ({ box }) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= width &&
        box.bottom <= height &&
        !taken.some((other) => overlaps(box, other)) &&
        !nodes.some((other) => other.id !== node.id && touchesCircle(box, other)),
    )
    if (!fits) continue
    taken.push(fits.box)
    placements.set(node.id, {
      text,
      x: round(fits.x),
      // The baseline sits about a fifth of the line height above the box's bottom.
      y: round(fits.box.bottom - LABEL_HEIGHT * 0.22),
      anchor: fits.anchor,
    })
  }
  return placements
}
