import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { LinkedDocuments } from '~/components/document-list.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ActionBox, Detail, Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { activityKindLabel } from '~/models/activity/activity-options.ts'
import { localToday } from '~/models/activity/occurred-at.ts'
import {
  ADVICE_NOTE_MAX,
  ADVICE_REASONING_MAX,
  AdoptSchema,
  CloseSchema,
  FollowUpDoneSchema,
  ResponseSchema,
  SendSchema,
  StartSchema,
} from '~/models/advice/advice.schema.ts'
import {
  type AdviceWriteResult,
  addAdviceFollowUp,
  adoptAdvice,
  closeAdvice,
  deleteAdvice,
  getAdvice,
  isSuccessfulOutcome,
  recordResponse,
  sendAdvice,
  setAdviceShareable,
  startPreparation,
} from '~/models/advice/advice.server.ts'
import { closesEarly, lifecycleOf, noResponseFrom, statusIndex } from '~/models/advice/advice-lifecycle.ts'
import {
  addresseeText,
  adviceStatusLabel,
  adviceStatusTone,
  adviceTypeLabel,
  responseOutcomeLabel,
  responseOutcomeOptions,
  responseOutcomeTone,
} from '~/models/advice/advice-options.ts'
import type { AdviceStatus } from '~/models/advice/advice-types.ts'
import { listLinkedDocuments } from '~/models/documents/document.server.ts'
import { linkedDocumentItem } from '~/models/documents/document-options.ts'
import { FOLLOW_UP_DESCRIPTION_MAX, FollowUpFormSchema } from '~/models/follow-up/follow-up.schema.ts'
import { listAssignees, setFollowUpDone } from '~/models/follow-up/follow-up.server.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { calendarDay, dayInputValue } from '~/models/signal/signal-dates.ts'
import { signalStatusLabel } from '~/models/signal/signal-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.advice.title ?? t('advice.listTitle')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const advice = await getAdvice({ adviceId: requireParam(params, 'adviceId') })
  invariantResponse(advice, 404)
  const canEdit = hasRole(user.role, 'opbouwwerker')
  const { adviceResponseWeeks: responseWeeks } = await getSettings()
  return {
    advice,
    documents: (await listLinkedDocuments({ adviceId: advice.id })).map(linkedDocumentItem),
    assignees: canEdit ? (await listAssignees()).map((user) => ({ value: user.id, label: user.name })) : [],
    today: dayInputValue(calendarDay()),
    responseWeeks,
    noResponseFrom: advice.sentOn ? noResponseFrom(advice.sentOn, responseWeeks) : null,
    successful: isSuccessfulOutcome(advice.responseOutcome),
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
  const adviceId = requireParam(params, 'adviceId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors, status = 400) =>
    data<Reply>({ intent, errors, ...submittedValues(formData) }, { status })
  const here = `/adviezen/${adviceId}`
  const advice = await getAdvice({ adviceId })
  invariantResponse(advice, 404)
  const done = (message: string) => redirectWithToast(request, here, { type: 'success', message })
  // Returns the reply for a refused write: field messages, or 404 when the advice is gone.
  const refused = (result: Exclude<AdviceWriteResult, { ok: true }>) => {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  const moved = (result: AdviceWriteResult, status: AdviceStatus) =>
    result.ok ? done(t('advice.statusChangedTo', { status: adviceStatusLabel(status) })) : refused(result)
  const step = { adviceId, actorId: user.id, responseWeeks: (await getSettings()).adviceResponseWeeks }

  switch (intent) {
    case 'start': {
      const form = parseForm(formData, StartSchema)
      if (!form.success) return reply(form.errors)
      return moved(await startPreparation({ ...step, note: form.value.note }), 'IN_PREPARATION')
    }
    case 'adopt': {
      const form = parseForm(formData, AdoptSchema)
      if (!form.success) return reply(form.errors)
      return moved(await adoptAdvice({ ...step, adoptedOn: form.value.adoptedOn }), 'ADOPTED')
    }
    case 'send': {
      const form = parseForm(formData, SendSchema)
      if (!form.success) return reply(form.errors)
      return moved(await sendAdvice({ ...step, sentOn: form.value.sentOn }), 'SENT')
    }
    case 'response': {
      const form = parseForm(formData, ResponseSchema)
      if (!form.success) return reply(form.errors)
      return moved(await recordResponse({ ...step, ...form.value }), 'RESPONDED')
    }
    case 'close': {
      const form = parseForm(formData, CloseSchema)
      if (!form.success) return reply(form.errors)
      return moved(await closeAdvice({ ...step, note: form.value.note }), 'CLOSED')
    }
    case 'share':
    case 'unshare': {
      const shareable = intent === 'share'
      const result = await setAdviceShareable({ ...step, shareable })
      if (!result.ok) return refused(result)
      return done(t(shareable ? 'advice.sharedToast' : 'advice.unsharedToast'))
    }
    case 'add-follow-up': {
      const form = parseForm(formData, FollowUpFormSchema)
      if (!form.success) return reply(form.errors)
      const result = await addAdviceFollowUp({ ...step, ...form.value })
      if (!result.ok) return refused(result)
      return done(t('followUp.added'))
    }
    case 'follow-up-done': {
      const form = parseForm(formData, FollowUpDoneSchema)
      if (!form.success) return reply(form.errors)
      invariantResponse(
        advice.followUps.some((followUp) => followUp.id === form.value.followUpId),
        404,
      )
      await setFollowUpDone({ ...form.value, actorId: user.id })
      return done(t(form.value.done ? 'followUp.markedDone' : 'followUp.markedOpen'))
    }
    case 'delete': {
      await requireUser(request, { role: 'coordinator' })
      await deleteAdvice({ adviceId, actorId: user.id })
      return redirectWithToast(request, '/adviezen', {
        type: 'success',
        message: t('advice.deleted', { title: advice.title }),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// Returns the date a step of the lifecycle happened, as the stepper shows it.
function stepDate(advice: AdviceDetailView, step: AdviceStatus) {
  const day = (value: Date | string | null) => (value ? formatDateOnly(value) : null)
  switch (step) {
    case 'RECEIVED':
      return day(advice.requestReceivedOn)
    case 'IN_PREPARATION': {
      const event = advice.events.find((item) => item.toStatus === 'IN_PREPARATION')
      return event ? formatDateOnly(localToday(new Date(event.at))) : null
    }
    case 'ADOPTED':
      return day(advice.adoptedOn)
    case 'SENT':
      return day(advice.sentOn)
    case 'RESPONDED':
      return advice.responseOn && advice.responseOutcome
        ? t('advice.responseLine', {
            outcome: responseOutcomeLabel(advice.responseOutcome),
            date: formatDateOnly(advice.responseOn),
          })
        : null
    case 'CLOSED':
      return day(advice.closedOn)
  }
}

type AdviceDetailView = ReturnType<typeof useLoaderData<typeof loader>>['advice']

// The lifecycle as numbered steps with their dates: done, skipped (closed early), current,
// to come. A requested advice starts at the request; the others in preparation.
function StatusStepper({ advice }: { advice: AdviceDetailView }) {
  const steps = lifecycleOf(advice.type)
  const current = statusIndex(advice.status)
  const reached = new Set(advice.events.map((event) => event.toStatus))
  return (
    <nav aria-label={t('advice.stepperLabel')} className="mb-8">
      <ol className={`grid gap-2 sm:grid-cols-3 ${steps.length === 6 ? 'lg:grid-cols-6' : 'lg:grid-cols-5'}`}>
        {steps.map((step, index) => {
          const position = statusIndex(step)
          const state =
            position === current
              ? 'current'
              : position > current
                ? 'todo'
                : reached.has(step) || step === 'RECEIVED'
                  ? 'done'
                  : 'skipped'
          const style = {
            current: 'border-brand-700 bg-brand-700 text-white',
            done: 'border-brand-700 bg-brand-50 text-brand-900',
            skipped: 'border-slate-300 bg-white text-slate-600 line-through',
            todo: 'border-slate-300 bg-white text-slate-700',
          }[state]
          const date = state === 'done' || state === 'current' ? stepDate(advice, step) : null
          return (
            <li
              key={step}
              aria-current={state === 'current' ? 'step' : undefined}
              className={`rounded-md border-2 px-3 py-2 text-sm ${style}`}
            >
              <span className="block font-semibold">
                {index + 1}. {adviceStatusLabel(step)}
              </span>
              <span className="block text-xs">{date ?? t(`advice.step.${state}`)}</span>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

const linkClass = 'text-brand-700 underline'

function CouncilLinks({ councils }: { councils: { id: string; name: string }[] }) {
  return (
    <>
      {councils.map((council, index) => (
        <span key={council.id}>
          {index > 0 ? ', ' : ''}
          <Link to={`/organisaties/${council.id}`} className={linkClass}>
            {council.name}
          </Link>
        </span>
      ))}
    </>
  )
}

export default function AdvicePage() {
  const {
    advice,
    documents,
    assignees,
    today,
    responseWeeks,
    noResponseFrom,
    successful,
    canEdit,
    canDelete,
  } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined)
  const valueFor = (intent: string, name: string, fallback = '') =>
    actionData?.intent === intent ? (actionData.values[name] ?? '') : fallback
  const status = advice.status
  // A step refused because the advice moved on meanwhile (someone else took it) has no form
  // on the page any more; its message is shown above the steps instead.
  const stepForms: Record<string, boolean> = {
    start: status === 'RECEIVED',
    adopt: status === 'IN_PREPARATION',
    send: status === 'ADOPTED',
    response: status === 'SENT',
    close: status === 'RESPONDED' || closesEarly(status),
  }
  const orphanedErrors =
    actionData && actionData.intent in stepForms && !stepForms[actionData.intent]
      ? actionData.errors
      : undefined
  const early = closesEarly(status)

  return (
    <>
      <PageHeader
        title={advice.title}
        intro={
          <>
            {adviceTypeLabel(advice.type)} ·{' '}
            <Badge tone={adviceStatusTone(status)}>{adviceStatusLabel(status)}</Badge>
            {advice.joint ? (
              <>
                {' '}
                <Badge tone="success">{t('advice.joint')}</Badge>
              </>
            ) : null}
            {advice.shareable ? (
              <>
                {' '}
                <Badge>{t('advice.library')}</Badge>
              </>
            ) : null}
          </>
        }
        actions={
          canEdit ? (
            <Link to={`/adviezen/${advice.id}/bewerken`} className={buttonClass('primary')}>
              {t('advice.edit')}
            </Link>
          ) : undefined
        }
      />
      <StatusStepper advice={advice} />

      {advice.deadline && advice.type === 'REQUESTED' ? (
        <p
          className={`mb-6 rounded-md border-l-4 p-3 ${
            advice.deadlineOverdue
              ? 'border-amber-700 bg-amber-50 text-amber-950'
              : 'border-slate-400 bg-slate-50'
          }`}
        >
          {t('advice.deadlineLine', { date: formatDateOnly(advice.deadline) })}
          {advice.deadlineOverdue ? (
            <>
              {' '}
              <Badge tone="warning">{t('advice.deadlineOverdue')}</Badge>
            </>
          ) : null}
        </p>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <Section id="details" title={t('advice.details')}>
            <dl className="divide-y divide-slate-200">
              <Detail label={t('advice.councilsLegend')}>
                {advice.joint ? (
                  <p className="mb-1">
                    <Badge tone="success">{t('advice.joint')}</Badge>
                  </p>
                ) : null}
                <CouncilLinks councils={advice.councils} />
              </Detail>
              <Detail label={t('advice.addressees')}>
                {advice.addressees.length > 0 ? (
                  <ul>
                    {advice.addressees.map((addressee) => (
                      <li key={addressee.id}>{addresseeText(addressee)}</li>
                    ))}
                  </ul>
                ) : null}
              </Detail>
              <Detail label={t('advice.themes')}>
                {advice.themes.length > 0 ? (
                  <ul className="flex flex-wrap gap-2">
                    {advice.themes.map((theme) => (
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
              <Detail label={t('advice.supporter')}>{advice.supporter?.name ?? null}</Detail>
              {advice.requestReceivedOn ? (
                <Detail label={t('advice.requestReceivedOn')}>
                  {formatDateOnly(advice.requestReceivedOn)}
                </Detail>
              ) : null}
              <Detail label={t('advice.response')}>
                {advice.responseOutcome && advice.responseOn ? (
                  <>
                    <Badge tone={responseOutcomeTone(advice.responseOutcome)}>
                      {responseOutcomeLabel(advice.responseOutcome)}
                    </Badge>{' '}
                    {formatDateOnly(advice.responseOn)}
                    {advice.responseReasoning ? (
                      <p className="mt-1 whitespace-pre-line">{advice.responseReasoning}</p>
                    ) : null}
                  </>
                ) : null}
              </Detail>
              <Detail label={t('advice.recordedBy')}>
                {t('advice.recordedByLine', {
                  name: advice.createdBy.name,
                  date: formatDateTime(advice.createdAt),
                })}
              </Detail>
            </dl>
          </Section>

          <Section id="content" title={t('advice.content')}>
            <h3 className="font-medium text-slate-700">{t('advice.summary')}</h3>
            {advice.summary ? (
              <p className="whitespace-pre-line">{advice.summary}</p>
            ) : (
              <p className="text-slate-600">{t('advice.notSet')}</p>
            )}
            <h3 className="font-medium text-slate-700">{t('advice.body')}</h3>
            {advice.body ? (
              <div className="max-w-prose whitespace-pre-line break-words">{advice.body}</div>
            ) : (
              <p className="text-slate-600">{t('advice.notSet')}</p>
            )}
          </Section>

          <Section id="origin" title={t('advice.origin')}>
            {advice.signals.length === 0 && advice.activities.length === 0 ? (
              <p className="text-slate-700">{t('advice.noOrigin')}</p>
            ) : null}
            {advice.signals.length > 0 ? (
              <>
                <h3 className="font-medium text-slate-700">{t('advice.signals')}</h3>
                <ul className="space-y-1">
                  {advice.signals.map((signal) => (
                    <li key={signal.id}>
                      <Link to={`/signalen/${signal.id}`} className={linkClass}>
                        {signal.title}
                      </Link>{' '}
                      <span className="text-sm text-slate-700">
                        {formatDateOnly(signal.receivedOn)} · {signalStatusLabel(signal.status)}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {advice.activities.length > 0 ? (
              <>
                <h3 className="font-medium text-slate-700">{t('advice.activities')}</h3>
                <ul className="space-y-1">
                  {advice.activities.map((activity) => (
                    <li key={activity.id}>
                      <Link to={`/activiteiten/${activity.id}`} className={linkClass}>
                        {activityKindLabel(activity.kind)}: {activity.summary}
                      </Link>{' '}
                      <span className="text-sm text-slate-700">
                        {formatDateOnly(localToday(new Date(activity.occurredAt)))}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {advice.basedOn ? (
              <p>
                <span className="font-medium text-slate-700">{t('advice.basedOn')}: </span>
                <Link to={`/adviezen/${advice.basedOn.id}`} className={linkClass}>
                  {advice.basedOn.title}
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  ({advice.basedOn.councils.map((council) => council.name).join(', ')})
                </span>
              </p>
            ) : null}
            {advice.derived.length > 0 ? (
              <>
                <h3 className="font-medium text-slate-700">{t('advice.reusedIn')}</h3>
                <ul className="space-y-1">
                  {advice.derived.map((item) => (
                    <li key={item.id}>
                      <Link to={`/adviezen/${item.id}`} className={linkClass}>
                        {item.title}
                      </Link>{' '}
                      <span className="text-sm text-slate-700">
                        {item.councils.map((council) => council.name).join(', ')} ·{' '}
                        {adviceStatusLabel(item.status)}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Section>

          <LinkedDocuments
            documents={documents}
            addHref={canEdit ? `/documenten/nieuw?advies=${advice.id}` : null}
          />

          <Section id="history" title={t('advice.history')}>
            <ol className="space-y-3 border-l-2 border-slate-300 pl-4">
              {advice.events.map((event) => (
                <li key={event.id}>
                  <p className="font-medium">
                    {event.fromStatus
                      ? t('advice.eventMove', {
                          from: adviceStatusLabel(event.fromStatus),
                          to: adviceStatusLabel(event.toStatus),
                        })
                      : t('advice.eventCreated', { status: adviceStatusLabel(event.toStatus) })}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t('advice.eventBy', { name: event.actor.name, date: formatDateTime(event.at) })}
                  </p>
                  {event.note ? <p className="whitespace-pre-line text-sm">{event.note}</p> : null}
                </li>
              ))}
            </ol>
          </Section>

          <FollowUps
            advice={advice}
            assignees={assignees}
            canEdit={canEdit}
            errors={errorsFor('add-follow-up')}
            valueOf={(name) => valueFor('add-follow-up', name)}
          />
        </div>

        {canEdit ? (
          <aside className="space-y-6" aria-labelledby="next-steps">
            <h2 id="next-steps" className="text-lg font-semibold">
              {t('advice.nextSteps')}
            </h2>
            <ErrorSummary errors={orphanedErrors} />
            {status === 'RECEIVED' ? (
              <ActionBox
                title={t('advice.startTitle')}
                intro={t('advice.startIntro')}
                errors={errorsFor('start')}
              >
                <TextAreaField
                  label={t('advice.noteOptional')}
                  name="note"
                  maxLength={ADVICE_NOTE_MAX}
                  defaultValue={valueFor('start', 'note')}
                  errors={errorsFor('start')?.note}
                />
                <Button name="intent" value="start">
                  {t('advice.startSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {status === 'IN_PREPARATION' ? (
              <ActionBox
                title={t('advice.adoptTitle')}
                intro={t('advice.adoptIntro')}
                errors={errorsFor('adopt')}
              >
                <TextField
                  label={t('advice.adoptedOn')}
                  name="adoptedOn"
                  type="date"
                  required
                  defaultValue={valueFor('adopt', 'adoptedOn', today)}
                  errors={errorsFor('adopt')?.adoptedOn}
                />
                <Button name="intent" value="adopt">
                  {t('advice.adoptSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {status === 'ADOPTED' ? (
              <ActionBox
                title={t('advice.sendTitle')}
                intro={t('advice.sendIntro', { weeks: responseWeeks })}
                errors={errorsFor('send')}
              >
                <TextField
                  label={t('advice.sentOn')}
                  name="sentOn"
                  type="date"
                  required
                  defaultValue={valueFor('send', 'sentOn', today)}
                  errors={errorsFor('send')?.sentOn}
                />
                <Button name="intent" value="send">
                  {t('advice.sendSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {status === 'SENT' ? (
              <ActionBox
                title={t('advice.responseTitle')}
                intro={
                  noResponseFrom
                    ? t('advice.responseIntro', {
                        date: formatDateOnly(noResponseFrom),
                        weeks: responseWeeks,
                      })
                    : undefined
                }
                errors={errorsFor('response')}
              >
                <TextField
                  label={t('advice.responseOn')}
                  name="responseOn"
                  type="date"
                  required
                  defaultValue={valueFor('response', 'responseOn', today)}
                  errors={errorsFor('response')?.responseOn}
                />
                <SelectField
                  label={t('advice.responseOutcome')}
                  name="responseOutcome"
                  required
                  defaultValue={valueFor('response', 'responseOutcome')}
                  options={[{ value: '', label: t('advice.chooseOutcome') }, ...responseOutcomeOptions()]}
                  errors={errorsFor('response')?.responseOutcome}
                />
                <TextAreaField
                  label={t('advice.responseReasoning')}
                  name="responseReasoning"
                  rows={4}
                  maxLength={ADVICE_REASONING_MAX}
                  defaultValue={valueFor('response', 'responseReasoning')}
                  errors={errorsFor('response')?.responseReasoning}
                />
                <Button name="intent" value="response">
                  {t('advice.responseSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {status === 'RESPONDED' ? (
              <ActionBox
                title={t('advice.closeTitle')}
                intro={t('advice.closeIntro')}
                errors={errorsFor('close')}
              >
                <TextAreaField
                  label={t('advice.noteOptional')}
                  name="note"
                  maxLength={ADVICE_NOTE_MAX}
                  defaultValue={valueFor('close', 'note')}
                  errors={errorsFor('close')?.note}
                />
                <Button name="intent" value="close">
                  {t('advice.closeSubmit')}
                </Button>
              </ActionBox>
            ) : null}

            {early ? (
              <details
                className="rounded-md border border-slate-300 p-4"
                // Open after a refused close, so its messages are seen.
                open={actionData?.intent === 'close'}
              >
                <summary className="cursor-pointer font-semibold">{t('advice.closeEarlyTitle')}</summary>
                <div className="mt-3">
                  <ActionBox
                    title={t('advice.closeEarlyTitle')}
                    intro={t('advice.closeEarlyIntro')}
                    errors={errorsFor('close')}
                  >
                    <TextAreaField
                      label={t('advice.closeNote')}
                      name="note"
                      required
                      maxLength={ADVICE_NOTE_MAX}
                      defaultValue={valueFor('close', 'note')}
                      errors={errorsFor('close')?.note}
                    />
                    <Button name="intent" value="close" variant="secondary">
                      {t('advice.closeSubmit')}
                    </Button>
                  </ActionBox>
                </div>
              </details>
            ) : null}

            {status === 'CLOSED' ? <p className="text-slate-700">{t('advice.closedIntro')}</p> : null}

            {advice.shareable || advice.responseOutcome ? (
              <ActionBox
                title={t('advice.libraryTitle')}
                intro={
                  advice.shareable
                    ? t('advice.libraryShared')
                    : successful
                      ? t('advice.libraryShareIntro')
                      : t('advice.libraryNotYet')
                }
                errors={errorsFor('share') ?? errorsFor('unshare')}
              >
                {advice.shareable ? (
                  <Button name="intent" value="unshare" variant="secondary">
                    {t('advice.unshare')}
                  </Button>
                ) : successful ? (
                  <Button name="intent" value="share">
                    {t('advice.share')}
                  </Button>
                ) : null}
              </ActionBox>
            ) : null}

            {canDelete ? (
              <ActionBox
                title={t('advice.deleteTitle')}
                intro={t('advice.deleteIntro')}
                errors={errorsFor('delete')}
              >
                <Button name="intent" value="delete" variant="danger">
                  {t('advice.delete')}
                </Button>
              </ActionBox>
            ) : null}
          </aside>
        ) : null}
      </div>
    </>
  )
}

// The follow-ups of the advice (the automatic ones say so), each to tick off, and the form
// to add one.
function FollowUps({
  advice,
  assignees,
  canEdit,
  errors,
  valueOf: fieldValue,
}: {
  advice: AdviceDetailView
  assignees: { value: string; label: string }[]
  canEdit: boolean
  errors?: FieldErrors
  valueOf: (name: string) => string
}) {
  return (
    <Section id="follow-ups" title={t('advice.followUps')}>
      {advice.followUps.length > 0 ? (
        <ul className="divide-y divide-slate-200">
          {advice.followUps.map((followUp) => (
            <li key={followUp.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className={followUp.done ? 'text-slate-600 line-through' : ''}>
                {followUp.description}
                <span className="block text-sm text-slate-700">
                  {followUp.assignee.name}
                  {followUp.dueDate
                    ? ` · ${t('followUp.due', { date: formatDateOnly(followUp.dueDate) })}`
                    : ''}
                  {followUp.system ? (
                    <>
                      {' '}
                      <Badge>{t('advice.systemFollowUp')}</Badge>
                    </>
                  ) : null}
                  {followUp.overdue ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t('followUp.overdue')}</Badge>
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
                    aria-label={t(followUp.done ? 'followUp.markOpenLabel' : 'followUp.markDoneLabel', {
                      description: followUp.description,
                    })}
                  >
                    {followUp.done ? t('followUp.markOpen') : t('followUp.markDone')}
                  </Button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t('advice.noFollowUps')}</p>
      )}
      {canEdit ? (
        <ActionBox title={t('followUp.add')} errors={errors}>
          <TextField
            label={t('followUp.description')}
            name="description"
            required
            maxLength={FOLLOW_UP_DESCRIPTION_MAX}
            defaultValue={fieldValue('description')}
            errors={errors?.description}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t('followUp.dueDate')}
              name="dueDate"
              type="date"
              defaultValue={fieldValue('dueDate')}
              errors={errors?.dueDate}
            />
            <SelectField
              label={t('followUp.assignee')}
              name="assigneeId"
              required
              defaultValue={fieldValue('assigneeId')}
              options={[{ value: '', label: t('advice.chooseAssignee') }, ...assignees]}
              errors={errors?.assigneeId}
            />
          </div>
          <Button name="intent" value="add-follow-up" variant="secondary">
            {t('followUp.add')}
          </Button>
        </ActionBox>
      ) : null}
    </Section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
