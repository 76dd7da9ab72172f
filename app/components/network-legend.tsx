import { LINK_KINDS, linkWidth } from '~/models/network/network-graph.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import { t } from '~/utils/i18n/index.ts'
import { LINK_STYLES, NodeShape, typeAbbreviation } from './network-picture.tsx'

// The legend of the network picture, as text with small samples: the types of organisation
// in the picture (colour, shape and letters) and the three kinds of link (pattern).
export function NetworkLegend({ types }: { types: readonly string[] }) {
  return (
    <section aria-labelledby="network-legend" className="text-sm text-slate-800">
      <h2 id="network-legend" className="sr-only">
        {t('network.legendTitle')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="mb-1 font-semibold">{t('network.legendTypes')}</h3>
          <ul className="space-y-1">
            {types.map((type) => (
              <li key={type} className="flex items-center gap-2">
                <svg aria-hidden="true" width="26" height="26" viewBox="0 0 26 26" className="shrink-0">
                  <NodeShape type={type} x={13} y={13} radius={12} />
                  <text
                    x={13}
                    y={13}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={8}
                    fontWeight={700}
                    fill="#ffffff"
                  >
                    {typeAbbreviation(type)}
                  </text>
                </svg>
                <span>
                  <span className="font-semibold">{typeAbbreviation(type)}</span>{' '}
                  {organisationTypeLabel(type)}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-slate-700">
            {t('network.legendShapes')} {t('network.legendSize')}
          </p>
        </div>
        <div>
          <h3 className="mb-1 font-semibold">{t('network.legendLinks')}</h3>
          <ul className="space-y-1">
            {LINK_KINDS.map((kind) => {
              const width = linkWidth(1)
              return (
                <li key={kind} className="flex items-center gap-2">
                  <svg aria-hidden="true" width="48" height="12" viewBox="0 0 48 12" className="shrink-0">
                    <line
                      x1={3}
                      y1={6}
                      x2={45}
                      y2={6}
                      stroke={LINK_STYLES[kind].colour}
                      strokeWidth={width}
                      strokeDasharray={LINK_STYLES[kind].dash(width)}
                      strokeLinecap="round"
                    />
                  </svg>
                  <span>
                    {t(`network.kind.${kind}`)} ({t(`network.lineStyle.${kind}`)})
                  </span>
                </li>
              )
            })}
          </ul>
          <p className="mt-2 text-slate-700">{t('network.legendWidth')}</p>
        </div>
      </div>
    </section>
  )
}
