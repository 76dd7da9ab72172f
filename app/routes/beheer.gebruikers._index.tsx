import type { LoaderFunctionArgs } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Badge } from '~/components/ui/badge.tsx'
import { buttonClass } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listUsers } from '~/models/user/user.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'beheerder' })
  return { users: await listUsers(), currentUserId: user.id }
}

export default function Users() {
  const { users, currentUserId } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader
        title={t('admin.users')}
        intro={t('admin.usersIntro')}
        actions={
          <Link to="/beheer/gebruikers/nieuw" className={buttonClass('primary')}>
            {t('admin.newUser')}
          </Link>
        }
      />
      {users.length === 0 ? (
        <p>{t('admin.noUsers')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('admin.users')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('admin.name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('admin.email')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('admin.role')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('admin.status')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('admin.lastChanged')}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">
                    <Link to={`/beheer/gebruikers/${user.id}`} className="text-brand-700 underline">
                      {user.name}
                    </Link>{' '}
                    {user.id === currentUserId ? t('admin.you') : null}
                  </td>
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{t(`role.${user.role}` as MessageKey)}</td>
                  <td className="py-2 pr-4">
                    {user.active ? (
                      <Badge tone="success">{t('admin.active')}</Badge>
                    ) : (
                      <Badge>{t('admin.inactive')}</Badge>
                    )}
                  </td>
                  <td className="py-2 pr-4">{formatDateTime(user.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
