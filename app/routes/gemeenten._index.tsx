import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { MunicipalityListSearchSchema } from '~/models/municipality/municipality.schema.ts'
import { listMunicipalities } from '~/models/municipality/municipality.server.ts'
import {
  formatPopulation,
  participationModelLabel,
  withNote,
} from '~/models/municipality/municipality-options.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('municipality.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const { historisch: showHistoric } = MunicipalityListSearchSchema.parse({
    historisch: url.searchParams.get('historisch') ?? undefined,
  })
  const municipalities = await listMunicipalities({ includeHistoric: showHistoric })
  return {
    showHistoric,
    current: municipalities.filter((municipality) => municipality.isCurrent),
    historic: municipalities.filter((municipality) => !municipality.isCurrent),
  }
}

const th = 'py-2 pr-4 whitespace-nowrap'
const td = 'py-2 pr-4 align-top'

export default function Municipalities() {
  const { showHistoric, current, historic } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader title={t('municipality.listTitle')} intro={t('municipality.listIntro')} />
      <p className="mb-4">
        <Link
          to={showHistoric ? '/gemeenten' : '/gemeenten?historisch=ja'}
          className="text-brand-700 underline"
        >
          {t(showHistoric ? 'municipality.hideHistoric' : 'municipality.showHistoric')}
        </Link>
      </p>

      <section aria-labelledby="current-municipalities">
        <h2 id="current-municipalities" className="mb-2 text-lg font-semibold">
          {t('municipality.currentTitle')}
        </h2>
        {current.length === 0 ? (
          <p>{t('municipality.noneCurrent')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('municipality.currentTitle')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className={th}>
                    {t('municipality.name')}
                  </th>
                  <th scope="col" className={th}>
                    {t('municipality.cbsCode')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('municipality.population')}
                  </th>
                  <th scope="col" className={th}>
                    {t('municipality.labourMarketRegion')}
                  </th>
                  <th scope="col" className={th}>
                    {t('municipality.participationModel')}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t('municipality.councils')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {current.map((municipality) => (
                  <tr key={municipality.id} className="border-b border-slate-200">
                    <td className={td}>
                      <Link to={`/gemeenten/${municipality.id}`} className="text-brand-700 underline">
                        {municipality.name}
                      </Link>
                    </td>
                    <td className={`${td} whitespace-nowrap`}>{municipality.cbsCode}</td>
                    <td className={`${td} text-right tabular-nums`}>
                      {formatPopulation(municipality.population)}
                    </td>
                    <td className={td}>{municipality.labourMarketRegion ?? t('municipality.unknown')}</td>
                    <td className={td}>{participationModelLabel(municipality.participationModel)}</td>
                    <td className={`${td} text-right tabular-nums`}>{municipality.councilCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {showHistoric ? (
        <section aria-labelledby="historic-municipalities" className="mt-10">
          <h2 id="historic-municipalities" className="text-lg font-semibold">
            {t('municipality.historicTitle')}
          </h2>
          <p className="mb-2 text-slate-700">{t('municipality.historicIntro')}</p>
          {historic.length === 0 ? (
            <p>{t('municipality.noneHistoric')}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('municipality.historicTitle')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className={th}>
                      {t('municipality.name')}
                    </th>
                    <th scope="col" className={th}>
                      {t('municipality.cbsCode')}
                    </th>
                    <th scope="col" className={th}>
                      {t('municipality.mergedInto')}
                    </th>
                    <th scope="col" className={th}>
                      {t('municipality.validTo')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {historic.map((municipality) => (
                    <tr key={municipality.id} className="border-b border-slate-200">
                      <td className={td}>
                        <Link to={`/gemeenten/${municipality.id}`} className="text-brand-700 underline">
                          {municipality.name}
                        </Link>
                      </td>
                      <td className={`${td} whitespace-nowrap`}>{municipality.cbsCode}</td>
                      <td className={td}>
                        {municipality.successors.length === 0 ? (
                          t('municipality.unknown')
                        ) : (
                          <ul>
                            {municipality.successors.map((successor) => (
                              <li key={successor.id}>
                                <Link to={`/gemeenten/${successor.id}`} className="text-brand-700 underline">
                                  {withNote(successor)}
                                </Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className={td}>
                        {municipality.validTo
                          ? formatDateOnly(municipality.validTo)
                          : t('municipality.unknown')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </>
  )
}
