import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  return null
}

export default function Admin() {
  return (
    <>
      <PageHeader title={t('admin.title')} intro={t('admin.intro')} />
      <ul className="space-y-2">
        <li>
          <Link to="/beheer/gebruikers" className="text-lg text-brand-700 underline">
            {t('admin.users')}
          </Link>
          <p className="text-slate-700">{t('admin.usersIntro')}</p>
        </li>
        <li>
          <Link to="/beheer/instellingen" className="text-lg text-brand-700 underline">
            {t('settings.title')}
          </Link>
          <p className="text-slate-700">{t('settings.adminIntro')}</p>
        </li>
        <li>
          <Link to="/beheer/uitgaande-berichten" className="text-lg text-brand-700 underline">
            {t('outbox.title')}
          </Link>
          <p className="text-slate-700">{t('outbox.adminIntro')}</p>
        </li>
        <li>
          <Link to="/beheer/import" className="text-lg text-brand-700 underline">
            {t('import.title')}
          </Link>
          <p className="text-slate-700">{t('import.adminIntro')}</p>
        </li>
      </ul>
    </>
  )
}
