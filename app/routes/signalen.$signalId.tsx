import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ActionBox, Detail, Section } from '~/components/ui/detail-page.tsx'
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { listAdvicesForSignal } from '~/models/advice/advice.server.ts'
import { FOLLOW_UP_DESCRIPTION_MAX, FollowUpFormSchema } from '~/models/follow-up/follow-up.schema.ts'
import {
  addFollowUp,
  getFollowUp,
  listAssignees,
  setFollowUpDone,
} from '~/models/follow-up/follow-up.server.ts'
import { isOverdue } from '~/models/follow-up/follow-up-order.ts'
import {
  CloseSchema,
  CouncilActionSchema,
  FeedbackSchema,
  FollowUpDoneSchema,
  ForwardSchema,
  SIGNAL_NOTE_MAX,
  SIGNAL_TEXT_MAX,
  StatusChangeSchema,
} from '~/models/signal/signal.schema.ts'
import {
  changeSignalStatus,
  closeSignal,
  deleteSignal,
  forwardSignal,
  getSignal,
  listForwardableCouncils,
  recordCouncilAction,
  recordFeedback,
  type SignalWriteResult,
} from '~/models/signal/signal.server.ts'
import { calendarDay, dayInputValue } from '~/models/signal/signal-dates.ts'
import { closeNeedsNote, statusIndex } from '~/models/signal/signal-lifecycle.ts'
import { councilOptions, signalStatusLabel, signalStatusTone } from '~/models/signal/signal-options.ts'
import { SIGNAL_STATUSES, type SignalStatus } from '~/models/signal/signal-statuses.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { isMessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.signal.title ?? t('signal.listTitle')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const signal = await getSignal({ signalId: requireParam(params, 'signalId') })
  invariantResponse(signal, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker')
  const [councils, assignees] = canEdit
    ? await Promise.all([listForwardableCouncils(), listAssignees()])
    : [[], []]
  const forwarded = new Set(signal.forwards.map((forward) => forward.organisation.id))
  const today = calendarDay()
  return {
    signal,
    advices: await listAdvicesForSignal({ signalId: signal.id }),
    councils: councilOptions(councils.filter((council) => !forwarded.has(council.id))),
    assignees: assignees.map((assignee) => ({ value: assignee.id, label: assignee.name })),
    today: dayInputValue(today),
    overdueFollowUps: signal.followUps.filter((followUp) => isOverdue(followUp, today)).map((f) => f.id),
    userId: user.id,
    canEdit,
    canDelete: hasRole(user.role, 'coordinator'),
  }
}

type Reply = {
  intent: string
  errors: FieldErrors
  values: Record<string, string>
  lists: Record<string, string[]>
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const signalId = requireParam(params, 'signalId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors, status = 400) =>
    data<Reply>({ intent, errors, ...submittedValues(formData) }, { status })
  const here = `/signalen/${signalId}`
  const signal = await getSignal({ signalId })
  invariantResponse(signal, 404)
  const done = (message: string) => redirectWithToast(request, here, { type: 'success', message })
  // Returns the reply for a refused write: field messages, or 404 when the signal is gone.
  const refused = (result: Exclude<SignalWriteResult, { ok: true }>) => {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }

  switch (intent) {
    case 'forward': {
      const form = parseForm(formData, ForwardSchema)
      if (!form.success) return reply(form.errors)
      const result = await forwardSignal({ signalId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      const message =
        result.added.length > 0
          ? t('signal.forwarded', { names: result.added.join(', ') })
          : t('signal.alreadyForwarded', { names: result.alreadyForwarded.join(', ') })
      return done(message)
    }
    case 'status': {
      const form = parseForm(formData, StatusChangeSchema)
      if (!form.success) return reply(form.errors)
      const result = await changeSignalStatus({ signalId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return done(t('signal.statusChangedTo', { status: signalStatusLabel(form.value.toStatus) }))
    }
    case 'council-action': {
      const form = parseForm(formData, CouncilActionSchema)
      if (!form.success) return reply(form.errors)
      const result = await recordCouncilAction({ signalId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return done(t('signal.councilActionSaved'))
    }
    case 'feedback': {
      const form = parseForm(formData, FeedbackSchema)
      if (!form.success) return reply(form.errors)
      const result = await recordFeedback({ signalId, ...form.value, actorId: user.id })
      if (!result.ok) return refused(result)
      return done(t('signal.feedbackSaved'))
    }
    case 'close': {
      const form = parseForm(formData, CloseSchema)
      if (!form.success) return reply(form.errors)
      const result = await closeSignal({ signalId, note: form.value.note, actorId: user.id })
      if (!result.ok) return refused(result)
      return done(t('signal.closed'))
    }
    case 'add-follow-up': {
      const form = parseForm(formData, FollowUpFormSchema)
      if (!form.success) return reply(form.errors)
      const result = await addFollowUp({ signalId, ...form.value, actorId: user.id })
      if (!result.ok) {
        invariantResponse(result.reason !== 'notFound', 404)
        const errors: FieldErrors = {}
        for (const refusal of result.refusals) {
          // A message the catalog does not know yet reads as "choose again".
          const known = isMessageKey(refusal.message.split('?')[0] ?? '')
          errors[refusal.field] ??= [known ? refusal.message : 'validation.unknownReference']
        }
        return reply(errors)
      }
      return done(t('signal.followUpAdded'))
    }
    case 'follow-up-done': {
      const form = parseForm(formData, FollowUpDoneSchema)
      if (!form.success) return reply(form.errors)
      const followUp = await getFollowUp({ followUpId: form.value.followUpId })
      invariantResponse(followUp?.signalId === signalId, 404)
      await setFollowUpDone({ ...form.value, actorId: user.id })
      return done(form.value.done ? t('signal.followUpDone') : t('signal.followUpReopened'))
    }
    case 'delete': {
      await requireUser(request, { role: 'coordinator' })
      await deleteSignal({ signalId, actorId: user.id })
      return redirectWithToast(request, '/signalen', {
        type: 'success',
        message: t('signal.deleted', { title: signal.title }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// The lifecycle as numbered steps: done, skipped (closed early), current, to come.
function StatusStepper({ status, reached }: { status: SignalStatus; reached: Set<string> }) {
  const current = statusIndex(status)
  return (
    <nav aria-label={t('signal.stepperLabel')} className="mb-8">
      <ol className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {SIGNAL_STATUSES.map((step, index) => {
          const state =
            index === current ? 'current' : index > current ? 'todo' : reached.has(step) ? 'done' : 'skipped'
          const style = {
            current: 'border-brand-700 bg-brand-700 text-white',
            done: 'border-brand-700 bg-brand-50 text-brand-900',
            skipped: 'border-slate-300 bg-white text-slate-600 line-through',
            todo: 'border-slate-300 bg-white text-slate-700',
          }[state]
          return (
            <li
              key={step}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-md border-2 px-3 py-2 text-sm ${style}`}
            >
              <span className="block font-semibold">
                {index + 1}. {signalStatusLabel(step)}
              </span>
              <span className="block text-xs">{t(`signal.step.${state}`)}</span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

// Returns the catalog text for `key`, or `fallback` for a value outside the lists.
const label = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback)

export default function SignalPage() {
  const { signal, advices, councils, assignees, today, overdueFollowUps, canEdit, canDelete } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined)
  const valueFor = (intent: string, name: string, fallback = '') =>
    actionData?.intent === intent ? (actionData.values[name] ?? '') : fallback
  const status = signal.status
  const reached = new Set(signal.events.map((event) => event.toStatus))
  const overdue = new Set(overdueFollowUps)
  const open = status !== 'CLOSED'
  // The feedback to the spreekuurpunt starts from what the college did with the advice.
  const adviceQuote = advices
    .filter((advice) => advice.responseOutcome)
    .map((advice) =>
      t('signal.adviceQuote', {
        title: advice.title,
        councils: advice.councils.map((council) => council.name).join(' en '),
        outcome: label(
          `responseOutcome.${advice.responseOutcome}`,
          advice.responseOutcome ?? '',
        ).toLowerCase(),
        date: advice.responseOn ? formatDateOnly(advice.responseOn) : '',
      }),
    )
    .join('\n')
  // A step refused because the signal moved on meanwhile (someone else took the next step)
  // has no form on the page any more; its message is shown above the steps instead.
  const stepForms: Record<string, boolean> = {
    forward: status === 'NEW' || status === 'FORWARDED' || status === 'IN_PROGRESS' || status === 'PROCESSED',
    status: status === 'FORWARDED',
    'council-action': status === 'IN_PROGRESS' || status === 'PROCESSED' || status === 'FED_BACK',
    feedback: status === 'PROCESSED' || status === 'FED_BACK',
    close: open,
  }
  const orphanedErrors =
    actionData && actionData.intent in stepForms && !stepForms[actionData.intent]
      ? actionData.errors
      : undefined
  const forwardForm = (
    <ActionBox
      title={t('signal.forwardTitle')}
      intro={t('signal.forwardIntro')}
      errors={errorsFor('forward')}
    >
      {councils.length > 0 ? (
        <>
          <CheckboxGroup
            label={t('signal.councils')}
            name="organisationIds"
            options={councils}
            selected={actionData?.intent === 'forward' ? (actionData.lists.organisationIds ?? []) : []}
            errors={errorsFor('forward')?.organisationIds}
            columns={1}
          />
          <TextField
            label={t('signal.forwardedOn')}
            name="forwardedOn"
            type="date"
            required
            defaultValue={valueFor('forward', 'forwardedOn', today)}
            errors={errorsFor('forward')?.forwardedOn}
          />
          <Button name="intent" value="forward">
            {t('signal.forwardSubmit')}
          </Button>
        </>
      ) : (
        <p className="text-slate-700">{t('signal.noCouncilsLeft')}</p>
      )}
    </ActionBox>
  )

  return (
    <>
      <PageHeader
        title={signal.title}
        intro={
          <>
            {t('signal.fromSource', { source: signal.source.name })} ·{' '}
            <Badge tone={signalStatusTone(status)}>{signalStatusLabel(status)}</Badge>
          </>
        }
        actions={
          canEdit ? (
            <Link to={`/signalen/${signal.id}/bewerken`} className={buttonClass('primary')}>
              {t('signal.edit')}
            </Link>
          ) : undefined
        }
      />
      <StatusStepper status={status} reached={reached} />

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="details" title={t('signal.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('signal.source')}>
                <Link to={`/organisaties/${signal.source.id}`} className="text-brand-700 underline">
                  {signal.source.name}
                </Link>
              </Detail>
              <Detail label={t('signal.receivedOn')}>{formatDateOnly(signal.receivedOn)}</Detail>
              <Detail label={t('signal.municipality')}>
                {signal.municipality ? (
                  <Link to={`/gemeenten/${signal.municipality.id}`} className="text-brand-700 underline">
                    {signal.municipality.name}
                  </Link>
                ) : null}
              </Detail>
              <Detail label={t('signal.themes')}>
                {signal.themes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {signal.themes.map((theme) => (
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
              <Detail label={t('signal.description')}>
                <p className="whitespace-pre-line">{signal.description}</p>
              </Detail>
              <Detail label={t('signal.councilAction')}>
                {signal.councilAction ? <p className="whitespace-pre-line">{signal.councilAction}</p> : null}
              </Detail>
              <Detail label={t('signal.feedback')}>
                {signal.feedback ? (
                  <>
                    <p className="whitespace-pre-line">{signal.feedback}</p>
                    {signal.feedbackOn ? (
                      <p className="text-sm text-slate-600">
                        {t('signal.feedbackOnDate', { date: formatDateOnly(signal.feedbackOn) })}
                      </p>
                    ) : null}
                  </>
                ) : null}
              </Detail>
              <Detail label={t('signal.recordedBy')}>
                {t('signal.recordedByLine', {
                  name: signal.createdBy.name,
                  date: formatDateTime(signal.createdAt),
                })}
              </Detail>
            </dl>
          </Section>

          <Section id="advices" title={t('signal.advices')}>
            <p className="text-sm text-slate-700">{t('signal.advicesIntro')}</p>
            {advices.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {advices.map((advice) => (
                  <li key={advice.id} className="py-2">
                    <Link to={`/adviezen/${advice.id}`} className="font-medium text-brand-700 underline">
                      {advice.title}
                    </Link>{' '}
                    {advice.joint ? <Badge>{t('signal.jointAdvice')}</Badge> : null}
                    <p className="text-sm text-slate-700">
                      {advice.councils.map((council) => council.name).join(' + ')} ·{' '}
                      {label(`adviceStatus.${advice.status}`, advice.status)}
                      {advice.responseOutcome
                        ? ` · ${t('signal.adviceOutcome', {
                            outcome: label(
                              `responseOutcome.${advice.responseOutcome}`,
                              advice.responseOutcome,
                            ),
                            date: advice.responseOn ? formatDateOnly(advice.responseOn) : '',
                          })}`
                        : ''}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('signal.noAdvices')}</p>
            )}
            {canEdit && signal.status !== 'CLOSED' ? (
              <Link to={`/adviezen/nieuw?signaal=${signal.id}`} className={buttonClass('secondary')}>
                {t('signal.startAdvice')}
              </Link>
            ) : null}
          </Section>

          <Section id="forwards" title={t('signal.forwards')}>
            {signal.forwards.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {signal.forwards.map((forward) => (
                  <li key={forward.id} className="flex flex-wrap gap-x-3 py-2">
                    <Link
                      to={`/organisaties/${forward.organisation.id}`}
                      className="text-brand-700 underline"
                    >
                      {forward.organisation.name}
                    </Link>
                    <span className="text-slate-700">
                      {t('signal.forwardLine', {
                        date: formatDateOnly(forward.forwardedOn),
                        name: forward.forwardedBy.name,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('signal.noForwards')}</p>
            )}
          </Section>

          <Section id="history" title={t('signal.history')}>
            <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
              {signal.events.map((event) => (
                <li key={event.id}>
                  <p className="font-medium">
                    {event.fromStatus
                      ? t('signal.eventMove', {
                          from: signalStatusLabel(event.fromStatus),
                          to: signalStatusLabel(event.toStatus),
                        })
                      : t('signal.eventCreated')}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t('signal.eventBy', { name: event.actor.name, date: formatDateTime(event.at) })}
                  </p>
                  {event.note ? <p className="whitespace-pre-line text-sm">{event.note}</p> : null}
                </li>
              ))}
            </ol>
          </Section>

          <Section id="follow-ups" title={t('signal.followUps')}>
            {signal.followUps.length > 0 ? (
              <ul className="divide-y divide-slate-200">
                {signal.followUps.map((followUp) => (
                  <li key={followUp.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span className={followUp.done ? 'text-slate-600 line-through' : ''}>
                      {followUp.description}
                      <span className="block text-sm text-slate-700">
                        {followUp.assignee.name}
                        {followUp.dueDate
                          ? ` · ${t('signal.followUpDue', { date: formatDateOnly(followUp.dueDate) })}`
                          : ''}
                        {overdue.has(followUp.id) ? (
                          <>
                            {' '}
                            <Badge tone="warning">{t('signal.followUpOverdue')}</Badge>
                          </>
                        ) : null}
                      </span>
                    </span>
                    {canEdit ? (
                      <Form method="post">
                        <input type="hidden" name="followUpId" value={followUp.id} />
                        <input type="hidden" name="done" value={followUp.done ? 'false' : 'true'} />
                        <Button
                          name="intent"
                          value="follow-up-done"
                          variant="link"
                          aria-label={t(
                            followUp.done ? 'signal.followUpReopenLabel' : 'signal.followUpDoneLabel',
                            {
                              description: followUp.description,
                            },
                          )}
                        >
                          {followUp.done ? t('signal.followUpReopen') : t('signal.followUpMarkDone')}
                        </Button>
                      </Form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">{t('signal.noFollowUps')}</p>
            )}
            {canEdit ? (
              <ActionBox title={t('signal.addFollowUp')} errors={errorsFor('add-follow-up')}>
                <TextField
                  label={t('signal.followUpDescription')}
                  name="description"
                  required
                  maxLength={FOLLOW_UP_DESCRIPTION_MAX}
                  defaultValue={valueFor('add-follow-up', 'description')}
                  errors={errorsFor('add-follow-up')?.description}
                />
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField
                    label={t('signal.followUpDueDate')}
                    name="dueDate"
                    type="date"
                    defaultValue={valueFor('add-follow-up', 'dueDate')}
                    errors={errorsFor('add-follow-up')?.dueDate}
                  />
                  <SelectField
                    label={t('signal.followUpAssignee')}
                    name="assigneeId"
                    required
                    defaultValue={valueFor('add-follow-up', 'assigneeId')}
                    options={[{ value: '', label: t('signal.chooseAssignee') }, ...assignees]}
                    errors={errorsFor('add-follow-up')?.assigneeId}
                  />
                </div>
                <Button name="intent" value="add-follow-up" variant="secondary">
                  {t('signal.addFollowUp')}
                </Button>
              </ActionBox>
            ) : null}
          </Section>
        </div>

        {canEdit ? (
          <aside className="space-y-6" aria-labelledby="next-steps">
            <h2 id="next-steps" className="text-lg font-semibold">
              {t('signal.nextSteps')}
            </h2>
            <ErrorSummary errors={orphanedErrors} />
            {status === 'NEW' ? forwardForm : null}

            {status === 'FORWARDED' ? (
              <ActionBox
                title={t('signal.startTitle')}
                intro={t('signal.startIntro')}
                errors={errorsFor('status')}
              >
                <input type="hidden" name="toStatus" value="IN_PROGRESS" />
                <TextAreaField
                  label={t('signal.noteOptional')}
                  name="note"
                  maxLength={SIGNAL_NOTE_MAX}
                  defaultValue={valueFor('status', 'note')}
                  errors={errorsFor('status')?.note}
                />
                <Button name="intent" value="status">
                  {t('signal.startSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {status === 'IN_PROGRESS' ? (
              <CouncilActionForm
                errors={errorsFor('council-action')}
                value={valueFor('council-action', 'councilAction')}
                correction={false}
              />
            ) : null}

            {status === 'PROCESSED' ? (
              <FeedbackForm
                errors={errorsFor('feedback')}
                feedback={valueFor('feedback', 'feedback', adviceQuote)}
                feedbackOn={valueFor('feedback', 'feedbackOn', today)}
                correction={false}
              />
            ) : null}

            {open ? (
              <ActionBox
                title={t(closeNeedsNote(status) ? 'signal.closeEarlyTitle' : 'signal.closeTitle')}
                intro={t(closeNeedsNote(status) ? 'signal.closeEarlyIntro' : 'signal.closeIntro')}
                errors={errorsFor('close')}
              >
                <TextAreaField
                  label={closeNeedsNote(status) ? t('signal.closeNote') : t('signal.noteOptional')}
                  name="note"
                  required={closeNeedsNote(status)}
                  maxLength={SIGNAL_NOTE_MAX}
                  defaultValue={valueFor('close', 'note')}
                  errors={errorsFor('close')?.note}
                />
                <Button
                  name="intent"
                  value="close"
                  variant={closeNeedsNote(status) ? 'secondary' : 'primary'}
                >
                  {t('signal.closeSubmit')}
                </Button>
              </ActionBox>
            ) : (
              <p className="text-slate-700">{t('signal.closedIntro')}</p>
            )}

            {status === 'FORWARDED' || status === 'IN_PROGRESS' || status === 'PROCESSED' ? (
              <details
                className="rounded-md border border-slate-300 p-4"
                // Open after a refused forward, so its messages are seen.
                open={actionData?.intent === 'forward'}
              >
                <summary className="cursor-pointer font-semibold">{t('signal.forwardMoreTitle')}</summary>
                <div className="mt-3">{forwardForm}</div>
              </details>
            ) : null}

            {status === 'PROCESSED' || status === 'FED_BACK' ? (
              <details
                className="rounded-md border border-slate-300 p-4"
                // Open after a refused correction, so its messages are seen.
                open={
                  actionData?.intent === 'council-action' ||
                  (status === 'FED_BACK' && actionData?.intent === 'feedback')
                }
              >
                <summary className="cursor-pointer font-semibold">{t('signal.corrections')}</summary>
                <div className="mt-3 space-y-4">
                  <CouncilActionForm
                    errors={errorsFor('council-action')}
                    value={valueFor('council-action', 'councilAction', signal.councilAction ?? '')}
                    correction
                  />
                  {status === 'FED_BACK' ? (
                    <FeedbackForm
                      errors={errorsFor('feedback')}
                      feedback={valueFor('feedback', 'feedback', signal.feedback ?? '')}
                      feedbackOn={valueFor(
                        'feedback',
                        'feedbackOn',
                        signal.feedbackOn ? dayInputValue(new Date(signal.feedbackOn)) : today,
                      )}
                      correction
                    />
                  ) : null}
                </div>
              </details>
            ) : null}

            {canDelete ? (
              <ActionBox
                title={t('signal.deleteTitle')}
                intro={t('signal.deleteIntro')}
                errors={errorsFor('delete')}
              >
                <Button name="intent" value="delete" variant="danger">
                  {t('signal.delete')}
                </Button>
              </ActionBox>
            ) : null}
          </aside>
        ) : null}
      </div>
    </>
  )
}

function CouncilActionForm({
  errors,
  value,
  correction,
}: {
  errors?: FieldErrors
  value: string
  correction: boolean
}) {
  return (
    <ActionBox
      title={t(correction ? 'signal.councilActionCorrectTitle' : 'signal.councilActionTitle')}
      intro={correction ? undefined : t('signal.councilActionIntro')}
      errors={errors}
    >
      <TextAreaField
        label={t('signal.councilAction')}
        name="councilAction"
        required
        rows={4}
        maxLength={SIGNAL_TEXT_MAX}
        defaultValue={value}
        errors={errors?.councilAction}
      />
      <Button name="intent" value="council-action" variant={correction ? 'secondary' : 'primary'}>
        {t(correction ? 'signal.saveCorrection' : 'signal.councilActionSubmit')}
      </Button>
    </ActionBox>
  )
}

function FeedbackForm({
  errors,
  feedback,
  feedbackOn,
  correction,
}: {
  errors?: FieldErrors
  feedback: string
  feedbackOn: string
  correction: boolean
}) {
  return (
    <ActionBox
      title={t(correction ? 'signal.feedbackCorrectTitle' : 'signal.feedbackTitle')}
      intro={correction ? undefined : t('signal.feedbackIntro')}
      errors={errors}
    >
      <TextAreaField
        label={t('signal.feedback')}
        name="feedback"
        required
        rows={4}
        maxLength={SIGNAL_TEXT_MAX}
        defaultValue={feedback}
        errors={errors?.feedback}
      />
      <TextField
        label={t('signal.feedbackOn')}
        name="feedbackOn"
        type="date"
        required
        defaultValue={feedbackOn}
        errors={errors?.feedbackOn}
      />
      <Button name="intent" value="feedback" variant={correction ? 'secondary' : 'primary'}>
        {t(correction ? 'signal.saveCorrection' : 'signal.feedbackSubmit')}
      </Button>
    </ActionBox>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
