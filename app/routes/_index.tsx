import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { countOpenFollowUps } from '~/models/follow-up/follow-up.server.ts'
import { countMunicipalities } from '~/models/municipality/municipality.server.ts'
import { countThemes } from '~/models/theme/theme.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const [municipalities, themes, openFollowUps] = await Promise.all([
    countMunicipalities(),
    countThemes(),
    countOpenFollowUps({ userId: user.id }),
  ])
  return { name: user.name, municipalities, themes, openFollowUps }
}

export default function Dashboard() {
  const { name, municipalities, themes, openFollowUps } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.welcome', { name })} />
      <p className="max-w-prose text-slate-700">{t('dashboard.intro')}</p>
      <section aria-labelledby="my-actions" className="mt-8 max-w-xs rounded-md border border-slate-300 p-4">
        <h2 id="my-actions" className="text-lg font-semibold">
          {t('myActions.dashboardTitle')}
        </h2>
        <p>
          <span className="text-2xl font-bold">{openFollowUps}</span>{' '}
          {t(openFollowUps === 1 ? 'myActions.dashboardOpenOne' : 'myActions.dashboardOpen')}
        </p>
        <Link to="/acties" className="text-brand-700 underline">
          {t('myActions.dashboardLink')}
        </Link>
      </section>
      <section aria-labelledby="reference-data" className="mt-8">
        <h2 id="reference-data" className="text-lg font-semibold">
          {t('dashboard.referenceData')}
        </h2>
        <dl className="mt-3 grid max-w-2xl grid-cols-1 gap-3 sm:grid-cols-3">
          {[
            { label: t('dashboard.municipalities'), value: municipalities.current },
            { label: t('dashboard.historicMunicipalities'), value: municipalities.historic },
            { label: t('dashboard.themes'), value: themes },
          ].map((item) => (
            <div key={item.label} className="rounded-md border border-slate-300 p-4">
              <dt className="text-sm text-slate-700">{item.label}</dt>
              <dd className="text-2xl font-bold">{item.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  )
}
