import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { deleteActivity, getActivity, mayDeleteActivity } from '~/models/activity/activity.server.ts'
import {
  activityKindLabel,
  activitySubtypeLabel,
  formatMinutes,
  participationFormLabel,
} from '~/models/activity/activity-options.ts'
import { FOLLOW_UP_DESCRIPTION_MAX, FollowUpFormSchema } from '~/models/follow-up/follow-up.schema.ts'
import { addFollowUp, listAssignees, setFollowUpDone } from '~/models/follow-up/follow-up.server.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.activity.summary ?? t('activity.listTitle')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const activity = await getActivity({ activityId: requireParam(params, 'activityId') })
  invariantResponse(activity, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker')
  const canDelete = canEdit && mayDeleteActivity(user, activity.authorId)
  return {
    activity,
    assignees: canEdit ? await listAssignees() : [],
    userId: user.id,
    canEdit,
    canDelete,
    // The second step of deleting: the page asks for confirmation (works without JavaScript).
    confirmDelete: canDelete && new URL(request.url).searchParams.has('verwijderen'),
  }
}

type Reply = { intent: string; errors: FieldErrors; values: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const activityId = requireParam(params, 'activityId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors, status = 400) =>
    data<Reply>({ intent, errors, values: submittedValues(formData).values }, { status })
  const here = `/activiteiten/${activityId}`
  const activity = await getActivity({ activityId })
  invariantResponse(activity, 404)

  switch (intent) {
    case 'add-follow-up': {
      const form = parseForm(formData, FollowUpFormSchema)
      if (!form.success) return reply(form.errors)
      const result = await addFollowUp({ ...form.value, activityId, actorId: user.id })
      if (!result.ok) {
        invariantResponse(result.reason === 'invalid', 404)
        const errors: FieldErrors = {}
        for (const refusal of result.refusals) errors[refusal.field] = [refusal.message]
        return reply(errors)
      }
      return redirectWithToast(request, here, { type: 'success', message: t('followUp.added') })
    }
    case 'follow-up-done':
    case 'follow-up-open': {
      const followUpId = String(formData.get('followUpId') ?? '')
      invariantResponse(
        activity.followUps.some((followUp) => followUp.id === followUpId),
        404,
      )
      const done = intent === 'follow-up-done'
      await setFollowUpDone({ followUpId, done, actorId: user.id })
      return redirectWithToast(request, here, {
        type: 'success',
        message: t(done ? 'followUp.markedDone' : 'followUp.markedOpen'),
      })
    }
    case 'delete': {
      const result = await deleteActivity({ activityId, actorId: user.id })
      if (!result.ok && result.reason === 'forbidden')
        return reply({ form: ['activity.deleteForbidden'] }, 403)
      invariantResponse(result.ok, 404)
      return redirectWithToast(request, '/activiteiten', { type: 'success', message: t('activity.deleted') })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// Returns the linked records as a list of links, or null (shown as "—") when there are none.
function linkList(items: { id: string; name: string; active?: boolean }[], to: string) {
  if (items.length === 0) return null
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`${to}/${item.id}`} className="text-brand-700 underline">
            {item.name}
          </Link>
          {item.active === false ? <span className="text-slate-600"> {t('activity.inactive')}</span> : null}
        </li>
      ))}
    </ul>
  )
}

export default function ActivityPage() {
  const { activity, assignees, userId, canEdit, canDelete, confirmDelete } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined)
  const followUpErrors = errorsFor('add-follow-up')
  const followUpValues = actionData?.intent === 'add-follow-up' ? actionData.values : {}
  const siteVisit = activity.kind === 'SITE_VISIT'
  return (
    <>
      <PageHeader
        title={activity.summary}
        intro={`${activityKindLabel(activity.kind)} · ${formatDateTime(activity.occurredAt)}`}
        actions={
          canEdit ? (
            <Link to={`/activiteiten/${activity.id}/bewerken`} className={buttonClass('primary')}>
              {t('activity.edit')}
            </Link>
          ) : undefined
        }
      />
      <ErrorSummary errors={errorsFor('delete')} />
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="details" title={t('activity.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('activity.when')}>{formatDateTime(activity.occurredAt)}</Detail>
              <Detail label={t('activity.kind')}>{activityKindLabel(activity.kind)}</Detail>
              {activity.subtype ? (
                <Detail label={t('activity.subtype')}>{activitySubtypeLabel(activity.subtype)}</Detail>
              ) : null}
              <Detail label={t('activity.author')}>{activity.author.name}</Detail>
              <Detail label={t('activity.timeSpent')}>
                {activity.minutesSpent !== null ? formatMinutes(activity.minutesSpent) : null}
              </Detail>
              <Detail label={t('activity.participationForm')}>
                {activity.participationForm ? participationFormLabel(activity.participationForm) : null}
              </Detail>
              <Detail label={t('activity.organisations')}>
                {linkList(activity.organisations, '/organisaties')}
              </Detail>
              {siteVisit || activity.visited.length > 0 ? (
                <Detail label={t('activity.visited')}>{linkList(activity.visited, '/organisaties')}</Detail>
              ) : null}
              <Detail label={t('activity.people')}>{linkList(activity.people, '/personen')}</Detail>
              <Detail label={t('activity.themes')}>
                {activity.themes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {activity.themes.map((theme) => (
                      <li key={theme.id}>
                        <Link
                          to={`/themas/${theme.id}`}
                          className="inline-block rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-800 hover:bg-brand-50"
                        >
                          {theme.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              {activity.notes ? (
                <Detail label={t('activity.notes')}>
                  <p className="whitespace-pre-line">{activity.notes}</p>
                </Detail>
              ) : null}
              {siteVisit ? (
                <>
                  <Detail label={t('activity.findings')}>
                    {activity.findings ? <p className="whitespace-pre-line">{activity.findings}</p> : null}
                  </Detail>
                  <Detail label={t('activity.followUpQuestions')}>
                    {activity.followUpQuestions ? (
                      <p className="whitespace-pre-line">{activity.followUpQuestions}</p>
                    ) : null}
                  </Detail>
                </>
              ) : null}
            </dl>
          </Section>
        </div>

        <aside className="space-y-10">
          <Section id="follow-ups" title={t('followUp.title')}>
            {activity.followUps.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {activity.followUps.map((followUp) => (
                  <li key={followUp.id} className="space-y-1 py-2">
                    <p className={followUp.done ? 'text-slate-600 line-through' : 'font-medium'}>
                      {followUp.description}
                    </p>
                    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <span>{t('followUp.assignedTo', { name: followUp.assignee.name })}</span>
                      <span>
                        {followUp.dueDate
                          ? t('followUp.due', { date: formatDateOnly(followUp.dueDate) })
                          : t('followUp.noDueDate')}
                      </span>
                      {followUp.overdue ? <Badge tone="warning">{t('followUp.overdue')}</Badge> : null}
                      {followUp.done ? <Badge tone="success">{t('followUp.done')}</Badge> : null}
                    </p>
                    {canEdit ? (
                      <Form method="post">
                        <input type="hidden" name="followUpId" value={followUp.id} />
                        {followUp.done ? (
                          <Button
                            name="intent"
                            value="follow-up-open"
                            variant="link"
                            className="px-0"
                            aria-label={t('followUp.markOpenLabel', { description: followUp.description })}
                          >
                            {t('followUp.markOpen')}
                          </Button>
                        ) : (
                          <Button
                            name="intent"
                            value="follow-up-done"
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
            ) : (
              <p className="text-slate-700">{t('followUp.none')}</p>
            )}
            {canEdit ? (
              <Form method="post" className="space-y-3 rounded-md border border-slate-300 p-4" noValidate>
                <h3 className="font-semibold">{t('followUp.add')}</h3>
                <ErrorSummary errors={followUpErrors} />
                <TextField
                  label={t('followUp.description')}
                  name="description"
                  required
                  maxLength={FOLLOW_UP_DESCRIPTION_MAX}
                  defaultValue={followUpValues.description ?? ''}
                  errors={followUpErrors?.description}
                />
                <TextField
                  label={t('followUp.dueDate')}
                  name="dueDate"
                  type="date"
                  defaultValue={followUpValues.dueDate ?? ''}
                  errors={followUpErrors?.dueDate}
                />
                <SelectField
                  label={t('followUp.assignee')}
                  name="assigneeId"
                  required
                  defaultValue={followUpValues.assigneeId ?? userId}
                  options={assignees.map((assignee) => ({ value: assignee.id, label: assignee.name }))}
                  errors={followUpErrors?.assigneeId}
                />
                <Button name="intent" value="add-follow-up" variant="secondary">
                  {t('followUp.add')}
                </Button>
              </Form>
            ) : null}
          </Section>

          {canDelete ? (
            <Section id="delete" title={t('activity.deleteTitle')}>
              {confirmDelete ? (
                <Form method="post" className="space-y-3 rounded-md border-2 border-red-700 bg-red-50 p-4">
                  <p className="font-semibold">{t('activity.deleteConfirmTitle')}</p>
                  <p>{t('activity.deleteConfirmBody', { summary: activity.summary })}</p>
                  <div className="flex flex-wrap gap-3">
                    <Button name="intent" value="delete" variant="danger">
                      {t('activity.deleteConfirm')}
                    </Button>
                    <Link to={`/activiteiten/${activity.id}`} className={buttonClass('secondary')}>
                      {t('activity.cancel')}
                    </Link>
                  </div>
                </Form>
              ) : (
                <div className="space-y-2">
                  <p className="text-sm text-slate-700">{t('activity.deleteIntro')}</p>
                  <Link to={`/activiteiten/${activity.id}?verwijderen`} className={buttonClass('secondary')}>
                    {t('activity.delete')}
                  </Link>
                </div>
              )}
            </Section>
          ) : null}
        </aside>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
