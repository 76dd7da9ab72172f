import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { NetworkLegend } from '~/components/network-legend.tsx'
import { NetworkList } from '~/components/network-list.tsx'
import { NetworkPicture } from '~/components/network-picture.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { CheckboxGroup, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listCurrentMunicipalityOptions } from '~/models/municipality/municipality.server.ts'
import { LINK_KIND_PARAMS, NETWORK_SCOPES, parseNetworkSearch } from '~/models/network/network.schema.ts'
import { getNetwork } from '~/models/network/network.server.ts'
import { LINK_KINDS, type NetworkLink } from '~/models/network/network-graph.ts'
import { ORGANISATION_TYPES } from '~/models/organisation/organisation-types.ts'
import { listActiveThemeOptions } from '~/models/theme/theme.server.ts'
import { groupByDomain, themeDomainLabel, themeLabel } from '~/models/theme/theme-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('network.title')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const query = parseNetworkSearch(new URL(request.url).searchParams)
  const [themes, municipalities] = await Promise.all([
    listActiveThemeOptions({ keepIds: query.themeId ? [query.themeId] : [] }),
    listCurrentMunicipalityOptions({ keepIds: query.municipalityId ? [query.municipalityId] : [] }),
  ])
  // An id that does not exist (any more) is ignored and said so, never an error.
  const theme = themes.find((option) => option.id === query.themeId) ?? null
  const municipality = municipalities.find((option) => option.id === query.municipalityId) ?? null
  const network = await getNetwork({
    themeId: theme?.id ?? null,
    municipalityId: municipality?.id ?? null,
    councilsOnly: query.scope === 'raden',
    kinds: query.kinds,
    period: query.period,
  })
  return {
    filters: {
      themeId: theme?.id ?? '',
      municipalityId: municipality?.id ?? '',
      scope: query.scope,
      kinds: query.kinds,
      from: query.from,
      to: query.to,
    },
    notices: {
      unknownTheme: query.themeId !== null && theme === null,
      unknownMunicipality: query.municipalityId !== null && municipality === null,
    },
    theme: theme ? { id: theme.id, name: theme.name } : null,
    themes,
    municipalities,
    network,
  }
}

// Returns the number of links of each kind.
function countByKind(links: readonly NetworkLink[]) {
  return Object.fromEntries(
    LINK_KINDS.map((kind) => [kind, links.filter((link) => link.kind === kind).length]),
  ) as Record<(typeof LINK_KINDS)[number], number>
}

export default function NetworkPage() {
  const { filters, notices, theme, themes, municipalities, network } = useLoaderData<typeof loader>()
  const { search } = useLocation()
  const { nodes, links } = network
  const counts = countByKind(links)
  const types = ORGANISATION_TYPES.filter((type) => nodes.some((node) => node.type === type))
  const title = theme ? t('network.pictureTitleTheme', { theme: theme.name }) : t('network.pictureTitle')
  const description = `${t('network.pictureSummary', {
    organisations: nodes.length,
    links: links.length,
    relations: counts.relation,
    advices: counts.advice,
    meetings: counts.meeting,
  })} ${t('network.pictureListHint')}`
  const themeOptions = [
    { value: '', label: t('network.anyTheme') },
    ...groupByDomain(themes).flatMap((group) =>
      group.themes.map((option) => ({
        value: option.id,
        label: themeLabel(option),
        group: themeDomainLabel(group.domain),
      })),
    ),
  ]
  return (
    <>
      <PageHeader
        title={t('network.title')}
        intro={theme ? t('network.introTheme', { theme: theme.name }) : t('network.intro')}
      />

      <section aria-labelledby="network-how" className="mb-6 max-w-3xl space-y-2 text-slate-700">
        <h2 id="network-how" className="text-lg font-semibold text-slate-900">
          {t('network.howTitle')}
        </h2>
        <p>{t('network.how')}</p>
        <p>{t('network.howMeetings')}</p>
        <p>{t('network.howTheme')}</p>
        <p>{t('network.howSize')}</p>
      </section>

      {/* Remounted for every search, so "Standaardfilters" also resets what the boxes show. */}
      <Form
        key={search}
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('network.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            label={t('network.filterTheme')}
            name="thema"
            defaultValue={filters.themeId}
            options={themeOptions}
          />
          <SelectField
            label={t('network.filterMunicipality')}
            name="gemeente"
            defaultValue={filters.municipalityId}
            options={[
              { value: '', label: t('network.anyMunicipality') },
              ...municipalities.map((option) => ({ value: option.id, label: option.name })),
            ]}
          />
          <SelectField
            label={t('network.filterScope')}
            name="soorten"
            defaultValue={filters.scope}
            options={NETWORK_SCOPES.map((scope) => ({ value: scope, label: t(`network.scope.${scope}`) }))}
          />
          <TextField label={t('network.filterFrom')} name="van" type="date" defaultValue={filters.from} />
          <TextField label={t('network.filterTo')} name="tot" type="date" defaultValue={filters.to} />
          <div>
            {/* Sent with every search, so that unticking every box means "no links". */}
            <input type="hidden" name="verband" value="" />
            <CheckboxGroup
              label={t('network.filterKinds')}
              name="verband"
              columns={1}
              options={LINK_KINDS.map((kind) => ({
                value: LINK_KIND_PARAMS[kind],
                label: t(`network.kind.${kind}`),
              }))}
              selected={filters.kinds.map((kind) => LINK_KIND_PARAMS[kind])}
            />
          </div>
        </div>
        <div className="mt-4 flex items-center gap-3">
          <Button>{t('network.show')}</Button>
          <Link to="/netwerk" className={buttonClass('link')}>
            {t('network.reset')}
          </Link>
        </div>
      </Form>

      {notices.unknownTheme || notices.unknownMunicipality ? (
        <div
          role="status"
          className="mb-6 max-w-3xl rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950"
        >
          {notices.unknownTheme ? <p>{t('network.unknownTheme')}</p> : null}
          {notices.unknownMunicipality ? <p>{t('network.unknownMunicipality')}</p> : null}
        </div>
      ) : null}

      {nodes.length === 0 ? (
        <p className="mb-6 max-w-3xl rounded-md border border-slate-300 bg-slate-50 p-4">
          {t('network.empty')}
        </p>
      ) : (
        <>
          {filters.kinds.length === 0 ? <p className="mb-3">{t('network.noKinds')}</p> : null}
          <figure className="mb-8 space-y-4">
            <NetworkPicture nodes={nodes} links={links} title={title} description={description} />
            <figcaption className="text-sm text-slate-700">{description}</figcaption>
            <NetworkLegend types={types} />
          </figure>
          <NetworkList nodes={nodes} links={links} />
        </>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
