import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listQuestionnaires } from '~/models/quickscan/questionnaire.server.ts'
import { versionLabel } from '~/models/quickscan/questionnaire-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('questionnaire.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  return { families: await listQuestionnaires(), canEdit: hasRole(user.role, 'coordinator') }
}

const linkClass = 'text-brand-700 underline'

export default function Questionnaires() {
  const { families, canEdit } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader
        title={t('questionnaire.listTitle')}
        intro={canEdit ? t('questionnaire.listIntroEditor') : t('questionnaire.listIntro')}
        actions={
          <Link to="/quickscans" className={linkClass}>
            {t('questionnaire.backToScans')}
          </Link>
        }
      />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t('questionnaire.listTitle')}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t('questionnaire.columnName')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('questionnaire.columnVersion')}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t('questionnaire.columnItems')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('questionnaire.columnUse')}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t('questionnaire.columnStatus')}
              </th>
              {canEdit ? (
                <th scope="col" className="py-2 pr-4">
                  {t('questionnaire.columnActions')}
                </th>
              ) : null}
            </tr>
          </thead>
          {families.map((family) => (
            <tbody key={family.familyId} className="border-b-2 border-slate-200">
              {family.versions.map((questionnaire) => (
                <tr key={questionnaire.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">
                    <Link to={`/quickscans/vragenlijsten/${questionnaire.id}`} className={linkClass}>
                      {questionnaire.name}
                    </Link>
                    {family.isDefault && questionnaire.versionNumber === 1 ? (
                      <span className="block text-sm text-slate-700">{t('questionnaire.defaultNote')}</span>
                    ) : questionnaire.basedOn ? (
                      <span className="block text-sm text-slate-700">
                        {t('questionnaire.basedOnShort', {
                          name: questionnaire.basedOn.name,
                          version: versionLabel(questionnaire.basedOn.versionNumber),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap">{versionLabel(questionnaire.versionNumber)}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{questionnaire.itemCount}</td>
                  <td className="py-2 pr-4">
                    {questionnaire.scanCount === 0
                      ? t('questionnaire.usedByNone')
                      : t(
                          questionnaire.scanCount === 1 ? 'questionnaire.usedByOne' : 'questionnaire.usedBy',
                          {
                            count: questionnaire.scanCount,
                          },
                        )}
                    {questionnaire.responseCount > 0 ? (
                      <span className="block text-sm text-slate-700">
                        {t(
                          questionnaire.responseCount === 1
                            ? 'questionnaire.responsesOne'
                            : 'questionnaire.responses',
                          { count: questionnaire.responseCount },
                        )}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">
                    {questionnaire.frozen ? (
                      <Badge tone="warning">{t('questionnaire.frozenBadge')}</Badge>
                    ) : (
                      <Badge tone="success">{t('questionnaire.editableBadge')}</Badge>
                    )}
                  </td>
                  {canEdit ? (
                    <td className="py-2 pr-4">
                      <Link
                        to={`/quickscans/vragenlijsten/${questionnaire.id}${questionnaire.frozen ? '#kopie' : ''}`}
                        className={linkClass}
                        aria-label={t(
                          questionnaire.frozen
                            ? 'questionnaire.copyLinkLabel'
                            : 'questionnaire.editLinkLabel',
                          {
                            name: questionnaire.name,
                            version: versionLabel(questionnaire.versionNumber),
                          },
                        )}
                      >
                        {t(questionnaire.frozen ? 'questionnaire.copyLink' : 'questionnaire.editLink')}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
