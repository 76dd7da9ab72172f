import { useId } from 'react'
import {
  CANVAS,
  type LinkKind,
  linkWidth,
  type NetworkLink,
  type PictureNode,
} from '~/models/network/network-graph.ts'
import { organisationTypeLabel, relationLabel } from '~/models/organisation/organisation-options.ts'
import { isCouncilType } from '~/models/organisation/organisation-types.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'

// A colour per organisation type, each dark enough for white letters on it and for a
// contrast of at least 4.5:1 against the white page. Colour is never the only clue: the
// shape says council or not, and the letters in the node say the type.
const TYPE_COLOURS: Record<string, string> = {
  CLIENT_COUNCIL_WI: '#0f766e',
  WMO_COUNCIL: '#6d28d9',
  SOCIAL_DOMAIN_COUNCIL: '#b45309',
  YOUTH_COUNCIL: '#be185d',
  WSW_COUNCIL: '#4d7c0f',
  CLIENT_PANEL: '#0369a1',
  UWV_COUNCIL: '#b91c1c',
  SUPPORT_POINT: '#c2410c',
  SUPPORT_ORG: '#1e293b',
  PARTNER: '#15803d',
  SITE: '#57534e',
  MUNICIPALITY_OFFICE: '#4338ca',
  NATIONAL_BODY: '#854d0e',
}

// Returns the colour of a node of `type`.
export function typeColour(type: string) {
  return TYPE_COLOURS[type] ?? '#475569'
}

// Returns the letters shown in a node of `type` and in the legend ("W&I", "Wmo").
export function typeAbbreviation(type: string) {
  const key = `network.typeAbbr.${type}`
  return isMessageKey(key) ? t(key) : type.slice(0, 2)
}

// The look of each kind of link: a colour and a line pattern (solid, dashed, dotted), so the
// kinds differ in black and white too.
export const LINK_STYLES: Record<LinkKind, { colour: string; dash: (width: number) => string | undefined }> =
  {
    relation: { colour: '#334155', dash: () => undefined },
    advice: { colour: '#9a3412', dash: (width) => `${3 * width + 4} ${2 * width + 3}` },
    // Zero-length dashes with round caps draw dots.
    meeting: { colour: '#1d4ed8', dash: (width) => `0 ${2 * width + 3}` },
  }

// Parallel links of different kinds between the same two organisations lie this far apart.
const PARALLEL_GAP = 5

// Returns the node's shape: a circle for a council, a rounded square for anything else.
export function NodeShape({ type, x, y, radius }: { type: string; x: number; y: number; radius: number }) {
  const fill = typeColour(type)
  if (isCouncilType(type))
    return <circle cx={x} cy={y} r={radius} fill={fill} stroke="#ffffff" strokeWidth={1.5} />
  const side = radius * 1.8
  return (
    <rect
      x={x - side / 2}
      y={y - side / 2}
      width={side}
      height={side}
      rx={3}
      fill={fill}
      stroke="#ffffff"
      strokeWidth={1.5}
    />
  )
}

// Returns the tooltip of a link: who, and how much or which relations.
function linkTitle(link: NetworkLink, nameOf: (id: string) => string) {
  const [source, target] = [nameOf(link.sourceId), nameOf(link.targetId)]
  if (link.kind === 'relation') {
    return link.relations
      .map((relation) => {
        const to = relation.fromId === link.sourceId ? target : source
        return t('network.linkTitle.relation', {
          from: nameOf(relation.fromId),
          relation: relationLabel(relation.type, false),
          to,
        })
      })
      .join('; ')
  }
  const count = link.weight
  if (link.kind === 'advice')
    return t(count === 1 ? 'network.linkTitle.advice.one' : 'network.linkTitle.advice.other', {
      source,
      target,
      count,
    })
  return t(count === 1 ? 'network.linkTitle.meeting.one' : 'network.linkTitle.meeting.other', {
    source,
    target,
    count,
  })
}

// Returns the number of connections in words.
export function connectionsText(connections: number) {
  if (connections === 0) return t('network.connections.none')
  return connections === 1
    ? t('network.connections.one')
    : t('network.connections.other', { count: connections })
}

// The network picture, drawn on the server as SVG: organisations as nodes (colour, shape and
// letters by type, size by number of connections) and links as lines (pattern by kind,
// width by weight). It is an image to assistive technology, named by `title` and described
// by `description`; the list beside it has the same connections as links. Nodes link to the
// organisation's page for mouse and touch users; they are left out of the tab order, since
// the list offers the same links to keyboard users.
export function NetworkPicture({
  nodes,
  links,
  title,
  description,
}: {
  nodes: readonly PictureNode[]
  links: readonly NetworkLink[]
  title: string
  description: string
}) {
  const id = useId().replaceAll(':', '')
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const byId = new Map(nodes.map((node) => [node.id, node]))
  const nameOf = (nodeId: string) => byId.get(nodeId)?.name ?? ''
  const kindsPerPair = new Map<string, LinkKind[]>()
  for (const link of links) {
    const key = `${link.sourceId} ${link.targetId}`
    kindsPerPair.set(key, [...(kindsPerPair.get(key) ?? []), link.kind])
  }
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${CANVAS.width} ${CANVAS.height}`}
      width="100%"
      className="h-auto rounded-md border border-slate-300 bg-white font-sans"
      data-testid="network-picture"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g fill="none" strokeLinecap="round">
        {links.map((link) => {
          const source = byId.get(link.sourceId)
          const target = byId.get(link.targetId)
          if (!source || !target) return null
          const kinds = kindsPerPair.get(`${link.sourceId} ${link.targetId}`) ?? [link.kind]
          const offset = (kinds.indexOf(link.kind) - (kinds.length - 1) / 2) * PARALLEL_GAP
          const length = Math.hypot(target.x - source.x, target.y - source.y) || 1
          const [dx, dy] = [
            (-(target.y - source.y) / length) * offset,
            ((target.x - source.x) / length) * offset,
          ]
          const width = linkWidth(link.weight)
          const style = LINK_STYLES[link.kind]
          return (
            <line
              key={`${link.kind}-${link.sourceId}-${link.targetId}`}
              data-kind={link.kind}
              data-source={link.sourceId}
              data-target={link.targetId}
              data-weight={link.weight}
              x1={source.x + dx}
              y1={source.y + dy}
              x2={target.x + dx}
              y2={target.y + dy}
              stroke={style.colour}
              strokeWidth={width}
              strokeDasharray={style.dash(width)}
            >
              <title>{linkTitle(link, nameOf)}</title>
            </line>
          )
        })}
      </g>
      <g>
        {nodes.map((node) => {
          return (
            <a key={node.id} href={`/organisaties/${node.id}`} tabIndex={-1} data-organisation={node.id}>
              <title>
                {t('network.nodeTitle', {
                  name: node.name,
                  type: organisationTypeLabel(node.type),
                  connections: connectionsText(node.connections),
                })}
              </title>
              <NodeShape type={node.type} x={node.x} y={node.y} radius={node.radius} />
              <text
                x={node.x}
                y={node.y}
                textAnchor="middle"
                dominantBaseline="central"
                fontSize={8}
                fontWeight={700}
                fill="#ffffff"
              >
                {typeAbbreviation(node.type)}
              </text>
              {node.label ? (
                <text
                  x={node.label.x}
                  y={node.label.y}
                  textAnchor={node.label.anchor}
                  fontSize={10}
                  fill="#0f172a"
                  stroke="#ffffff"
                  strokeWidth={3}
                  strokeLinejoin="round"
                  paintOrder="stroke"
                >
                  {node.label.text}
                </text>
              ) : null}
            </a>
          )
        })}
      </g>
    </svg>
  )
}
