import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { activityTypeLabel } from '~/models/activity/activity-options.ts'
import { getFollowUp, listMyFollowUps, setFollowUpDone } from '~/models/follow-up/follow-up.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('myActions.title')} · ${t('app.name')}` }]

// "?afgerond=ja" also shows the follow-ups that are done.
const showsDone = (url: URL) => url.searchParams.get('afgerond') === 'ja'

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const includeDone = showsDone(new URL(request.url))
  const followUps = await listMyFollowUps({ userId: user.id, today: new Date(), includeDone })
  return { followUps, includeDone, canEdit: hasRole(user.role, 'opbouwwerker') }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  invariantResponse(intent === 'done' || intent === 'open', 400)
  // This page only acts on the user's own follow-ups; others are changed on their activity.
  const followUp = await getFollowUp({ followUpId: String(formData.get('followUpId') ?? '') })
  invariantResponse(followUp && followUp.assigneeId === user.id, 404)
  await setFollowUpDone({ followUpId: followUp.id, done: intent === 'done', actorId: user.id })
  const back = showsDone(new URL(request.url)) ? '/acties?afgerond=ja' : '/acties'
  return redirectWithToast(request, back, {
    type: 'success',
    message: t(intent === 'done' ? 'followUp.markedDone' : 'followUp.markedOpen'),
  })
}

export default function MyActions() {
  const { followUps, includeDone, canEdit } = useLoaderData<typeof loader>()
  const open = followUps.filter((followUp) => !followUp.done)
  return (
    <>
      <PageHeader
        title={t('myActions.title')}
        intro={t('myActions.intro')}
        actions={
          <Link to={includeDone ? '/acties' : '/acties?afgerond=ja'} className={buttonClass('secondary')}>
            {includeDone ? t('myActions.hideDone') : t('myActions.showDone')}
          </Link>
        }
      />
      {open.length === 0 ? <p className="mb-4 text-slate-700">{t('myActions.none')}</p> : null}
      {followUps.length > 0 ? (
        <ul className="max-w-4xl divide-y divide-slate-200 border-y border-slate-200">
          {followUps.map((followUp) => (
            <li key={followUp.id} className="flex items-start justify-between gap-3 py-3">
              <div className="min-w-0 flex-1 space-y-1">
                <p className={followUp.done ? 'text-slate-600 line-through' : 'font-medium'}>
                  {followUp.description}
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  {followUp.overdue ? <Badge tone="warning">{t('followUp.overdue')}</Badge> : null}
                  {followUp.done ? <Badge tone="success">{t('followUp.done')}</Badge> : null}
                  <span>
                    {followUp.done && followUp.doneAt
                      ? t('followUp.doneOn', { date: formatDateTime(followUp.doneAt) })
                      : followUp.dueDate
                        ? t('followUp.due', { date: formatDateOnly(followUp.dueDate) })
                        : t('followUp.noDueDate')}
                  </span>
                </p>
                {followUp.href ? (
                  <p className="text-sm">
                    {followUp.activity ? (
                      <>
                        {t('myActions.activity')} (
                        {activityTypeLabel(followUp.activity.kind, followUp.activity.subtype)},{' '}
                        {formatDateTime(followUp.activity.occurredAt)}):{' '}
                        <Link to={followUp.href} className="text-brand-700 underline">
                          {followUp.activity.summary}
                        </Link>
                      </>
                    ) : followUp.signal ? (
                      <>
                        {t('myActions.signal')}:{' '}
                        <Link to={followUp.href} className="text-brand-700 underline">
                          {followUp.signal.title}
                        </Link>
                      </>
                    ) : followUp.advice ? (
                      <>
                        {t('myActions.advice')}:{' '}
                        <Link to={followUp.href} className="text-brand-700 underline">
                          {followUp.advice.title}
                        </Link>
                      </>
                    ) : followUp.meeting ? (
                      <>
                        {t('myActions.meeting', { date: formatDateTime(followUp.meeting.startsAt) })}:{' '}
                        <Link to={followUp.href} className="text-brand-700 underline">
                          {followUp.meeting.title}
                        </Link>
                        {followUp.ownerOrganisation
                          ? ` · ${t('meeting.actionOwner', { name: followUp.ownerOrganisation.name })}`
                          : null}
                      </>
                    ) : followUp.quickScanAction ? (
                      <Link to={followUp.href} className="text-brand-700 underline">
                        {t('quickscanPlan.myActionsLink')}
                      </Link>
                    ) : null}
                  </p>
                ) : null}
              </div>
              {canEdit ? (
                <Form
                  method="post"
                  action={includeDone ? '/acties?afgerond=ja' : '/acties'}
                  className="shrink-0"
                >
                  <input type="hidden" name="followUpId" value={followUp.id} />
                  {followUp.done ? (
                    <Button
                      name="intent"
                      value="open"
                      variant="link"
                      aria-label={t('followUp.markOpenLabel', { description: followUp.description })}
                    >
                      {t('followUp.markOpen')}
                    </Button>
                  ) : (
                    <Button
                      name="intent"
                      value="done"
                      variant="secondary"
                      aria-label={t('followUp.markDoneLabel', { description: followUp.description })}
                    >
                      {t('followUp.markDone')}
                    </Button>
                  )}
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
