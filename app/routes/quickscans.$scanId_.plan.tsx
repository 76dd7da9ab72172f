import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ActionCard, actionStatusLabel } from '~/components/quickscan-plan-action-card.tsx'
import { ActionFormFields } from '~/components/quickscan-plan-action-form.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  ACTION_DESCRIPTION_MAX,
  ACTION_TITLE_MAX,
  ActionCreateSchema,
  ActionIdSchema,
  ActionStatusSchema,
  ActionUpdateSchema,
} from '~/models/quickscan/plan.schema.ts'
import {
  type ActionWriteResult,
  completeScan,
  createAction,
  deleteAction,
  getPlan,
  type Plan,
  type PlanAction,
  setActionStatus,
  updateAction,
} from '~/models/quickscan/plan.server.ts'
import { ACTION_STATUSES } from '~/models/quickscan/quickscan-constants.ts'
import { dayInputValue } from '~/models/signal/signal-dates.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('quickscanPlan.plan.pageTitle', { title: loaderData.plan.scan.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscanPlan.plan.title')
    } · ${t('app.name')}`,
  },
]

// After a conflict the edit form must get the new version, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

type EditableField = 'title' | 'description' | 'topic' | 'owner' | 'dueOn' | 'status'

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<EditableField, MessageKey> = {
  title: 'quickscanPlan.action.title',
  description: 'quickscanPlan.action.description',
  topic: 'quickscanPlan.action.topic',
  owner: 'quickscanPlan.action.owner',
  dueOn: 'quickscanPlan.action.dueOn',
  status: 'quickscanPlan.action.status',
}

// Returns an action as the user reads it, for telling what someone else changed meanwhile.
function snapshot(action: PlanAction, plan: Plan): Record<EditableField, string> {
  const topic = plan.options.topics.find((option) => option.value === action.topic?.key)
  return {
    title: action.title,
    description: action.description ?? '',
    topic: topic?.label ?? '',
    owner: action.owner?.name ?? '',
    dueOn: action.dueOn ? formatDateOnly(action.dueOn) : '',
    status: actionStatusLabel(action.status),
  }
}

// Returns the form's values for a stored action.
function formValues(action: PlanAction): Record<string, string> {
  return {
    title: action.title,
    description: action.description ?? '',
    topic: action.topic?.key ?? '',
    owner: action.owner?.key ?? '',
    dueOn: action.dueOn ? dayInputValue(action.dueOn) : '',
    status: action.status,
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const plan = await getPlan({ scanId: requireParam(params, 'scanId') })
  invariantResponse(plan, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker') && plan.editable
  // "?bewerken=<id>" opens the edit form of that action (a link, so it works without JavaScript).
  const editing = canEdit ? new URL(request.url).searchParams.get('bewerken') : null
  const edited = plan.actions.find((action) => action.id === editing)
  return {
    plan,
    canEdit,
    canDelete: canEdit && hasRole(user.role, 'coordinator'),
    canExport: hasRole(user.role, 'opbouwwerker'),
    editing: edited
      ? {
          id: edited.id,
          version: edited.version,
          base: encodeSnapshot(snapshot(edited, plan)),
          values: formValues(edited),
        }
      : null,
  }
}

type Reply = {
  intent: string
  actionId: string | null
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const actionId = typeof formData.get('actionId') === 'string' ? String(formData.get('actionId')) : null
  const reply = (errors: FieldErrors, extra: Partial<Reply> = {}, status = 400) =>
    data<Reply>({ intent, actionId, errors, values: submittedValues(formData).values, ...extra }, { status })
  const here = `/quickscans/${scanId}/plan`
  const done = (message: string, anchor?: string) =>
    redirectWithToast(request, anchor ? `${here}#actie-${anchor}` : here, { type: 'success', message })
  // Returns the reply for a refused write: 404 for an unknown scan or action, a message for
  // a scan without answers yet, field messages for the rest.
  const refused = (result: Exclude<ActionWriteResult, { ok: true }>) => {
    invariantResponse(result.reason !== 'notFound', 404)
    if (result.reason === 'notReady') return reply({ form: ['quickscanPlan.notReady'] })
    if (result.reason === 'conflict') return null
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  const written = (result: Extract<ActionWriteResult, { ok: true }>, message: string) =>
    done(result.scanReopened ? `${message} ${t('quickscanPlan.scanReopened')}` : message, result.actionId)

  switch (intent) {
    case 'create': {
      const form = parseForm(formData, ActionCreateSchema)
      if (!form.success) return reply(form.errors)
      const result = await createAction({ scanId, fields: form.value, actorId: user.id })
      return result.ok ? written(result, t('quickscanPlan.action.added')) : refused(result)
    }
    case 'update': {
      const form = parseForm(formData, ActionUpdateSchema)
      if (!form.success) return reply(form.errors)
      const { actionId: id, version, ...fields } = form.value
      const result = await updateAction({ scanId, actionId: id, version, fields, actorId: user.id })
      if (result.ok) return written(result, t('quickscanPlan.action.saved'))
      const answer = refused(result)
      if (answer) return answer
      // Someone else saved first: show what they changed and keep this user's input; the
      // next save overwrites the new version deliberately.
      const plan = await getPlan({ scanId })
      const current = plan?.actions.find((candidate) => candidate.id === id)
      invariantResponse(plan && current, 404)
      const now = snapshot(current, plan)
      const changes = changedFields(decodeSnapshot(formData.get('base')), now).map((change) => ({
        label: t(FIELD_LABELS[change.field as EditableField]),
        before: change.before,
        after: change.after,
      }))
      return reply({}, { conflict: { changes, version: current.version, base: encodeSnapshot(now) } }, 409)
    }
    case 'status': {
      const form = parseForm(formData, ActionStatusSchema)
      if (!form.success) return reply(form.errors)
      const result = await setActionStatus({ scanId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return written(
        result,
        t('quickscanPlan.statusChanged', { status: actionStatusLabel(form.value.status) }),
      )
    }
    case 'delete': {
      await requireUser(request, { role: 'coordinator' })
      const form = parseForm(formData, ActionIdSchema)
      if (!form.success) return reply(form.errors)
      invariantResponse(await deleteAction({ scanId, actionId: form.value.actionId, actorId: user.id }), 404)
      return done(t('quickscanPlan.action.deleted'))
    }
    case 'complete': {
      const result = await completeScan({ scanId, actorId: user.id })
      if (result.ok) return done(t('quickscanPlan.plan.completed'))
      invariantResponse(result.reason !== 'notFound', 404)
      return reply({ form: ['quickscanPlan.plan.completeRefused'] })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// The one-tap buttons that move an action to each other status.
function StatusButtons({ action }: { action: PlanAction }) {
  return (
    <Form method="post" className="flex flex-wrap gap-2">
      <input type="hidden" name="actionId" value={action.id} />
      <input type="hidden" name="intent" value="status" />
      {ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
        <Button
          key={status}
          name="status"
          value={status}
          variant="secondary"
          className="px-3 py-1"
          aria-label={t('quickscanPlan.setStatusLabel', {
            title: action.title,
            status: actionStatusLabel(status),
          })}
        >
          {t(`quickscanPlan.setStatus.${status}` as MessageKey)}
        </Button>
      ))}
    </Form>
  )
}

export default function QuickScanPlan() {
  const { plan, canEdit, canDelete, canExport, editing } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { scan, actions, counts, overdue } = plan
  const options = { topics: plan.options.topics, owners: plan.options.owners, statuses: ACTION_STATUSES }
  const maxLengths = { title: ACTION_TITLE_MAX, description: ACTION_DESCRIPTION_MAX }
  const createErrors = actionData?.intent === 'create' ? actionData.errors : undefined
  const updateReply =
    actionData?.intent === 'update' || actionData?.intent === 'delete' ? actionData : undefined
  const generalErrors =
    actionData && ['status', 'complete'].includes(actionData.intent) ? actionData.errors : undefined

  // The edit form of the action being edited, inside its card.
  const editForm = (action: PlanAction) => {
    if (editing?.id !== action.id) return null
    const replied = updateReply?.actionId === action.id ? updateReply : undefined
    return (
      <div className="mt-3 space-y-3 border-t border-slate-300 pt-3">
        <h4 className="font-semibold">{t('quickscanPlan.action.editTitle')}</h4>
        {replied?.conflict ? (
          <ConflictNotice changes={replied.conflict.changes} />
        ) : (
          <ErrorSummary errors={replied?.errors} />
        )}
        <Form
          method="post"
          action={`?bewerken=${action.id}`}
          className="space-y-3"
          noValidate
          // After a conflict the form starts again from the user's input on the new version.
          key={replied?.conflict?.version ?? editing.version}
        >
          <input type="hidden" name="actionId" value={action.id} />
          <input type="hidden" name="version" value={replied?.conflict?.version ?? editing.version} />
          <input type="hidden" name="base" value={replied?.conflict?.base ?? editing.base} />
          <ActionFormFields
            options={options}
            values={replied ? replied.values : editing.values}
            errors={replied?.conflict ? undefined : replied?.errors}
            maxLengths={maxLengths}
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button name="intent" value="update">
              {t('quickscanPlan.action.save')}
            </Button>
            <Link to={`/quickscans/${scan.id}/plan#actie-${action.id}`} className="text-brand-700 underline">
              {t('quickscanPlan.action.cancelEdit')}
            </Link>
          </div>
        </Form>
        {canDelete ? (
          <Form method="post" className="space-y-2 border-t border-slate-200 pt-3">
            <p className="text-sm text-slate-700">{t('quickscanPlan.action.deleteIntro')}</p>
            <input type="hidden" name="actionId" value={action.id} />
            <Button
              name="intent"
              value="delete"
              variant="danger"
              aria-label={t('quickscanPlan.action.deleteLabel', { title: action.title })}
            >
              {t('quickscanPlan.action.delete')}
            </Button>
          </Form>
        ) : null}
      </div>
    )
  }

  return (
    <>
      <PageHeader
        title={t('quickscanPlan.plan.pageTitle', { title: scan.title })}
        intro={
          <>
            {scan.municipality.name}
            {scan.councils.length > 0 ? ` · ${scan.councils.map((council) => council.name).join(', ')}` : ''}{' '}
            ·{' '}
            {t('quickscanPlan.scanStatusLine', {
              status: t(`quickscanPlan.scanStatus.${scan.status}` as MessageKey),
            })}
          </>
        }
        actions={
          <>
            <Link to={`/quickscans/${scan.id}`} className={buttonClass('secondary')}>
              {t('quickscanPlan.backToScan')}
            </Link>
            <Link to={`/quickscans/${scan.id}/gesprek`} className={buttonClass('secondary')}>
              {t('quickscanPlan.toConversation')}
            </Link>
          </>
        }
      />
      <div className="max-w-4xl space-y-10">
        <p className="text-slate-700">
          {scan.supporter
            ? t('quickscanPlan.plan.intro', { name: scan.supporter.name })
            : t('quickscanPlan.plan.introNoSupporter')}{' '}
          {scan.conversationHeldOn
            ? t('quickscanPlan.plan.conversationHeld', { date: formatDateOnly(scan.conversationHeldOn) })
            : t('quickscanPlan.plan.conversationMissing')}
        </p>
        {plan.editable ? null : (
          <p className="rounded-md border border-slate-300 bg-slate-50 p-3">{t('quickscanPlan.notReady')}</p>
        )}
        {scan.status === 'COMPLETED' ? (
          <p className="text-slate-700">{t('quickscanPlan.plan.isCompleted')}</p>
        ) : null}
        <ErrorSummary errors={generalErrors} />

        <Section
          id="plan-overview"
          title={t('quickscanPlan.plan.overview')}
          actions={
            canExport ? (
              <a href={`/quickscans/acties.csv?scan=${scan.id}`} className={buttonClass('secondary')}>
                {t('quickscanPlan.plan.exportCsv')}
              </a>
            ) : undefined
          }
        >
          <ul className="flex flex-wrap gap-3">
            {ACTION_STATUSES.map((status) => (
              <li key={status}>
                <a
                  href={`#status-${status}`}
                  className="inline-flex items-baseline gap-2 rounded-md border border-slate-300 px-3 py-2 hover:bg-slate-50"
                >
                  <span className="text-xl font-bold">{counts[status]}</span>
                  <span>{actionStatusLabel(status)}</span>
                </a>
              </li>
            ))}
            <li className="inline-flex items-baseline gap-2 rounded-md border-2 border-amber-700 bg-amber-50 px-3 py-2 text-amber-950">
              <span className="text-xl font-bold">{overdue}</span>
              <span>{t('quickscanPlan.plan.countOverdue')}</span>
            </li>
          </ul>
          <p className="text-sm text-slate-700">{t('quickscanPlan.plan.total', { count: actions.length })}</p>
          {canEdit && plan.canComplete ? (
            <Form method="post" className="space-y-2 rounded-md border border-green-700 bg-green-50 p-3">
              <p>{t('quickscanPlan.plan.completeIntro')}</p>
              <Button name="intent" value="complete">
                {t('quickscanPlan.plan.complete')}
              </Button>
            </Form>
          ) : null}
        </Section>

        {actions.length === 0 ? <p className="text-slate-700">{t('quickscanPlan.plan.none')}</p> : null}
        {ACTION_STATUSES.map((status) => {
          const inStatus = actions.filter((action) => action.status === status)
          if (inStatus.length === 0) return null
          return (
            <Section
              key={status}
              id={`status-${status}`}
              title={`${actionStatusLabel(status).replace(/^./, (first) => first.toUpperCase())} (${inStatus.length})`}
            >
              <ul className="space-y-3">
                {inStatus.map((action) => (
                  <ActionCard
                    key={action.id}
                    action={action}
                    controls={
                      canEdit ? (
                        <div className="flex flex-wrap items-center gap-3">
                          <StatusButtons action={action} />
                          {editing?.id === action.id ? null : (
                            <Link
                              to={`?bewerken=${action.id}#actie-${action.id}`}
                              className="text-sm text-brand-700 underline"
                              aria-label={t('quickscanPlan.action.editLabel', { title: action.title })}
                            >
                              {t('quickscanPlan.action.edit')}
                            </Link>
                          )}
                        </div>
                      ) : null
                    }
                  >
                    {editForm(action)}
                  </ActionCard>
                ))}
              </ul>
            </Section>
          )
        })}

        {canEdit ? (
          <Section id="add-action" title={t('quickscanPlan.action.add')}>
            <Form method="post" className="space-y-3 rounded-md border border-slate-300 p-4" noValidate>
              <ErrorSummary errors={createErrors} />
              <ActionFormFields
                options={options}
                values={actionData?.intent === 'create' ? actionData.values : {}}
                errors={createErrors}
                maxLengths={maxLengths}
              />
              <Button name="intent" value="create">
                {t('quickscanPlan.action.add')}
              </Button>
            </Form>
          </Section>
        ) : plan.editable ? (
          <p className="text-sm text-slate-700">{t('quickscanPlan.readOnly')}</p>
        ) : null}
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
