import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('nav.reports')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  return null
}

export default function Reports() {
  return (
    <>
      <PageHeader title={t('nav.reports')} intro={t('reports.intro')} />
      <ul className="space-y-2">
        <li>
          <Link to="/rapportages/jaarverslag" className="text-lg text-brand-700 underline">
            {t('reports.yearReport.title')}
          </Link>
          <p className="text-slate-700">{t('reports.yearReport.summary')}</p>
        </li>
        <li>
          <Link to="/rapportages/wi-monitor" className="text-lg text-brand-700 underline">
            {t('reports.wiMonitor.title')}
          </Link>
          <p className="text-slate-700">{t('reports.wiMonitor.summary')}</p>
        </li>
      </ul>
    </>
  )
}
