import { Link } from '@remix-run/react'
import {
  type Connection,
  type ConnectionLink,
  connectionsByOrganisation,
  type NetworkLink,
  type PictureNode,
} from '~/models/network/network-graph.ts'
import { organisationTypeLabel, relationLabel } from '~/models/organisation/organisation-options.ts'
import { t } from '~/utils/i18n/index.ts'
import { connectionsText } from './network-picture.tsx'

// Returns a link other than a relation in words: "2 gezamenlijke adviezen".
function countText(link: ConnectionLink) {
  const count = link.weight
  if (link.kind === 'advice')
    return count === 1 ? t('network.connection.advice.one') : t('network.connection.advice.other', { count })
  return count === 1 ? t('network.connection.meeting.one') : t('network.connection.meeting.other', { count })
}

// Returns the relations with another organisation as they read from this one, with a
// capital: "Levert signalen aan". "Werkt samen met", recorded from both sides, reads once.
function relationText(link: ConnectionLink) {
  const text = [
    ...new Set(link.relations.map((relation) => relationLabel(relation.type, relation.inverse))),
  ].join(t('network.relationJoin'))
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// One line of the list: the relations with the other organisation, its name (a link), and
// the joint advices and shared meetings: "Werkt samen met X — 2 gezamenlijke adviezen".
function ConnectionItem({ connection, name }: { connection: Connection; name: string }) {
  const relation = connection.links.find((link) => link.kind === 'relation')
  const counted = connection.links.filter((link) => link.kind !== 'relation')
  return (
    <li data-organisation={connection.organisationId}>
      {relation ? (
        <>
          <span data-kind="relation" data-weight={relation.weight}>
            {relationText(relation)}
          </span>{' '}
        </>
      ) : null}
      <Link to={`/organisaties/${connection.organisationId}`} className="text-brand-700 underline">
        {name}
      </Link>
      {counted.length > 0 ? ' — ' : null}
      {counted.map((link, index) => (
        <span key={link.kind}>
          {index > 0 ? ', ' : null}
          <span data-kind={link.kind} data-weight={link.weight}>
            {countText(link)}
          </span>
        </span>
      ))}
    </li>
  )
}

// The text alternative of the network picture: every organisation in it, with its type and
// each of its connections (kind and weight), as links to the organisation pages.
export function NetworkList({
  nodes,
  links,
}: {
  nodes: readonly PictureNode[]
  links: readonly NetworkLink[]
}) {
  const names = new Map(nodes.map((node) => [node.id, node.name]))
  const connections = connectionsByOrganisation(links, names)
  return (
    <section aria-labelledby="network-list">
      <h2 id="network-list" className="text-lg font-semibold">
        {t('network.listTitle')}
      </h2>
      <p className="mb-3 text-slate-700">{t('network.listIntro')}</p>
      {links.length === 0 ? <p className="mb-3">{t('network.listNone')}</p> : null}
      <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="network-list">
        {nodes.map((node) => {
          const own = connections.get(node.id) ?? []
          return (
            <li key={node.id} className="py-3" data-node={node.id}>
              <h3 className="font-semibold">
                <Link to={`/organisaties/${node.id}`} className="text-brand-700 underline">
                  {node.name}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                {organisationTypeLabel(node.type)} · {connectionsText(node.connections)}
              </p>
              {own.length > 0 ? (
                <ul className="mt-1 list-disc space-y-0.5 pl-5">
                  {own.map((connection) => (
                    <ConnectionItem
                      key={connection.organisationId}
                      connection={connection}
                      name={names.get(connection.organisationId) ?? ''}
                    />
                  ))}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
