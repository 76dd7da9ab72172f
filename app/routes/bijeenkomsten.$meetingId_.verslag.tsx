import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { MeetingRecord } from '~/components/meeting-record.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ActionBox } from '~/components/ui/detail-page.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { FOLLOW_UP_DESCRIPTION_MAX } from '~/models/follow-up/follow-up.schema.ts'
import {
  FollowUpDoneSchema,
  ItemIdSchema,
  JointActionSchema,
  MinutesSchema,
  OUTPUT_TITLE_MAX,
  OutputSchema,
  TIP_MAX,
  TipSchema,
} from '~/models/meeting/meeting.schema.ts'
import {
  addJointAction,
  addOutput,
  addTip,
  getMeeting,
  getMeetingFormOptions,
  meetingExists,
  removeMeetingItem,
  saveMinutes,
  setJointActionDone,
} from '~/models/meeting/meeting.server.ts'
import {
  meetingFormOptions,
  meetingOutputKindOptions,
  meetingRecordView,
} from '~/models/meeting/meeting-options.ts'
import { formatMeetingWhen } from '~/models/meeting/meeting-times.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t, translateRef } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

// An unknown meeting is titled like every page that is not found.
export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('meeting.reportTitle', { title: loaderData.meeting.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('meeting.report')
    } · ${t('app.name')}`,
  },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const meeting = await getMeeting({ meetingId: requireParam(params, 'meetingId') })
  invariantResponse(meeting, 404)
  const options = meetingFormOptions({ ...(await getMeetingFormOptions()), status: null })
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      when: formatMeetingWhen(meeting.startsAt, meeting.endsAt),
      minutes: meeting.minutes,
      minutesBase: meeting.minutesBase,
      // Saving minutes may mark a planned or confirmed meeting that began as held.
      offerHeld: meeting.started && (meeting.status === 'PLANNED' || meeting.status === 'CONFIRMED'),
    },
    record: meetingRecordView(meeting),
    options: {
      themes: [{ value: '', label: t('meeting.agendaNoTheme') }, ...options.themes],
      assignees: [{ value: '', label: t('meeting.chooseAssignee') }, ...options.organisers],
      organisations: [{ value: '', label: t('meeting.actionNoOrganisation') }, ...options.partners],
      outputKinds: meetingOutputKindOptions(),
    },
    defaultAssignee: options.organisers.some((option) => option.value === user.id) ? user.id : '',
  }
}

type Reply = {
  intent: string
  errors: FieldErrors
  values: Record<string, string>
  lists: Record<string, string[]>
  /** The minutes someone else saved meanwhile, and their fingerprint. */
  storedMinutes?: { minutes: string | null; minutesBase: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const meetingId = requireParam(params, 'meetingId')
  // An unknown meeting is 404 for every intent, before the form is read.
  invariantResponse(await meetingExists({ meetingId }), 404)
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (errors: FieldErrors, extra: Partial<Reply> = {}, status = 400) =>
    data<Reply>({ intent, errors, ...submittedValues(formData), ...extra }, { status })
  const done = (message: MessageKey) =>
    redirectWithToast(request, `/bijeenkomsten/${meetingId}/verslag`, {
      type: 'success',
      message: t(message),
    })
  // Returns the reply for a refused write: field messages, or 404 when the meeting is gone.
  const refused = (result: {
    ok: false
    reason: string
    refusals?: { field: string; message: string }[]
  }) => {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals ?? []) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  const actor = { meetingId, actorId: user.id }

  switch (intent) {
    case 'minutes': {
      const form = parseForm(formData, MinutesSchema)
      if (!form.success) return reply(form.errors)
      const result = await saveMinutes({ ...actor, ...form.value })
      if (result.ok) return done(result.markedHeld ? 'meeting.minutesSavedHeld' : 'meeting.minutesSaved')
      if (result.reason === 'conflict') {
        return reply(
          { form: ['meeting.minutesConflict'] },
          { storedMinutes: { minutes: result.minutes, minutesBase: result.minutesBase } },
          409,
        )
      }
      return refused(result)
    }
    case 'add-tip': {
      const form = parseForm(formData, TipSchema)
      if (!form.success) return reply(form.errors)
      const result = await addTip({ ...actor, ...form.value })
      return result.ok ? done('meeting.tipAdded') : refused(result)
    }
    case 'add-action': {
      const form = parseForm(formData, JointActionSchema)
      if (!form.success) return reply(form.errors)
      const result = await addJointAction({ ...actor, ...form.value })
      return result.ok ? done('meeting.actionAdded') : refused(result)
    }
    case 'action-done': {
      const form = parseForm(formData, FollowUpDoneSchema)
      if (!form.success) return reply(form.errors)
      invariantResponse(await setJointActionDone({ ...actor, ...form.value }), 404)
      return done(form.value.done ? 'followUp.markedDone' : 'followUp.markedOpen')
    }
    case 'add-output': {
      const form = parseForm(formData, OutputSchema)
      if (!form.success) return reply(form.errors)
      const result = await addOutput({ ...actor, ...form.value })
      return result.ok ? done('meeting.outputAdded') : refused(result)
    }
    case 'remove-tip':
    case 'remove-output': {
      const form = parseForm(formData, ItemIdSchema)
      if (!form.success) return reply(form.errors)
      const kind = intent === 'remove-tip' ? 'tip' : 'output'
      invariantResponse(await removeMeetingItem({ ...actor, kind, itemId: form.value.itemId }), 404)
      return done(kind === 'tip' ? 'meeting.tipRemoved' : 'meeting.outputRemoved')
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// A small form with one button that acts on one item (remove, mark done).
function ItemButton({
  intent,
  fields,
  label,
  children,
}: {
  intent: string
  fields: Record<string, string>
  label: string
  children: string
}) {
  return (
    <Form method="post" className="shrink-0">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button name="intent" value={intent} variant="link" aria-label={label}>
        {children}
      </Button>
    </Form>
  )
}

export default function MeetingMinutes() {
  const { meeting, record, options, defaultAssignee } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined)
  const valueFor = (intent: string, name: string, fallback = '') =>
    actionData?.intent === intent ? (actionData.values[name] ?? '') : fallback
  const stored = actionData?.intent === 'minutes' ? actionData.storedMinutes : undefined
  const minutesErrors = errorsFor('minutes')

  const minutesForm = (
    <Form method="post" className="space-y-3" noValidate>
      <ErrorSummary errors={minutesErrors} />
      <input type="hidden" name="minutesBase" value={stored?.minutesBase ?? meeting.minutesBase} />
      <TextAreaField
        // A conflict brings the stored minutes: the field starts again from the user's text.
        key={stored?.minutesBase ?? meeting.minutesBase}
        label={t('meeting.minutes')}
        name="minutes"
        rows={14}
        defaultValue={valueFor('minutes', 'minutes', meeting.minutes ?? '')}
        errors={minutesErrors?.minutes}
      />
      {meeting.offerHeld ? (
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <input
              type="checkbox"
              id="markHeld"
              name="markHeld"
              defaultChecked
              aria-describedby={minutesErrors?.markHeld ? 'markHeld-error' : undefined}
              className="h-4 w-4 accent-brand-700"
            />
            <label htmlFor="markHeld">{t('meeting.markHeld')}</label>
          </div>
          {minutesErrors?.markHeld ? (
            <p id="markHeld-error" className="text-sm font-medium text-red-700">
              {minutesErrors.markHeld.map(translateRef).join(' ')}
            </p>
          ) : null}
        </div>
      ) : null}
      <Button name="intent" value="minutes">
        {t('meeting.minutesSave')}
      </Button>
      {stored ? (
        <div className="rounded-md border border-slate-300 bg-slate-50 p-3">
          <h3 className="font-semibold">{t('meeting.minutesStored')}</h3>
          <p className="whitespace-pre-line">{stored.minutes ?? t('meeting.minutesNone')}</p>
        </div>
      ) : null}
    </Form>
  )

  return (
    <>
      <PageHeader
        title={t('meeting.reportTitle', { title: meeting.title })}
        intro={`${meeting.when} · ${t('meeting.reportIntro')}`}
        actions={
          <Link to={`/bijeenkomsten/${meeting.id}`} className={buttonClass('secondary')}>
            {t('meeting.backToMeeting')}
          </Link>
        }
      />
      <div className="max-w-3xl space-y-10">
        <MeetingRecord
          record={record}
          controls={{
            minutes: minutesForm,
            tip: (tip) => (
              <ItemButton
                intent="remove-tip"
                fields={{ itemId: tip.id }}
                label={t('meeting.tipRemoveLabel', { text: tip.text })}
              >
                {t('meeting.tipRemove')}
              </ItemButton>
            ),
            jointAction: (action) => (
              <ItemButton
                intent="action-done"
                fields={{ followUpId: action.id, done: action.done ? 'false' : 'true' }}
                label={t(action.done ? 'followUp.markOpenLabel' : 'followUp.markDoneLabel', {
                  description: action.description,
                })}
              >
                {action.done ? t('followUp.markOpen') : t('followUp.markDone')}
              </ItemButton>
            ),
            output: (output) => (
              <ItemButton
                intent="remove-output"
                fields={{ itemId: output.id }}
                label={t('meeting.outputRemoveLabel', { title: output.title })}
              >
                {t('meeting.outputRemove')}
              </ItemButton>
            ),
            addTip: (
              <ActionBox title={t('meeting.tipAdd')} errors={errorsFor('add-tip')}>
                <TextField
                  label={t('meeting.tipText')}
                  name="text"
                  required
                  maxLength={TIP_MAX}
                  autoComplete="off"
                  defaultValue={valueFor('add-tip', 'text')}
                  errors={errorsFor('add-tip')?.text}
                />
                <SelectField
                  label={t('meeting.tipTheme')}
                  name="themeId"
                  defaultValue={valueFor('add-tip', 'themeId')}
                  options={options.themes}
                  errors={errorsFor('add-tip')?.themeId}
                />
                <Button name="intent" value="add-tip" variant="secondary">
                  {t('meeting.tipAdd')}
                </Button>
              </ActionBox>
            ),
            addJointAction: (
              <ActionBox
                title={t('meeting.actionAdd')}
                intro={t('meeting.jointActionsIntro')}
                errors={errorsFor('add-action')}
              >
                <TextField
                  label={t('meeting.actionDescription')}
                  name="description"
                  required
                  maxLength={FOLLOW_UP_DESCRIPTION_MAX}
                  autoComplete="off"
                  defaultValue={valueFor('add-action', 'description')}
                  errors={errorsFor('add-action')?.description}
                />
                <div className="grid gap-3 sm:grid-cols-2">
                  <SelectField
                    label={t('meeting.actionAssignee')}
                    name="assigneeId"
                    required
                    defaultValue={valueFor('add-action', 'assigneeId', defaultAssignee)}
                    options={options.assignees}
                    errors={errorsFor('add-action')?.assigneeId}
                  />
                  <TextField
                    label={t('followUp.dueDate')}
                    name="dueDate"
                    type="date"
                    defaultValue={valueFor('add-action', 'dueDate')}
                    errors={errorsFor('add-action')?.dueDate}
                  />
                </div>
                <SelectField
                  label={t('meeting.actionOwnerOrganisation')}
                  name="ownerOrganisationId"
                  defaultValue={valueFor('add-action', 'ownerOrganisationId')}
                  options={options.organisations}
                  errors={errorsFor('add-action')?.ownerOrganisationId}
                />
                <Button name="intent" value="add-action" variant="secondary">
                  {t('meeting.actionAdd')}
                </Button>
              </ActionBox>
            ),
            addOutput: (
              <ActionBox title={t('meeting.outputAdd')} errors={errorsFor('add-output')}>
                <SelectField
                  label={t('meeting.outputKind')}
                  name="kind"
                  required
                  defaultValue={valueFor('add-output', 'kind', 'VISION_DOCUMENT')}
                  options={options.outputKinds}
                  errors={errorsFor('add-output')?.kind}
                />
                <TextField
                  label={t('meeting.outputTitle')}
                  name="title"
                  required
                  maxLength={OUTPUT_TITLE_MAX}
                  autoComplete="off"
                  defaultValue={valueFor('add-output', 'title')}
                  errors={errorsFor('add-output')?.title}
                />
                <TextAreaField
                  label={t('meeting.outputBody')}
                  name="body"
                  rows={8}
                  defaultValue={valueFor('add-output', 'body')}
                  errors={errorsFor('add-output')?.body}
                />
                <Button name="intent" value="add-output" variant="secondary">
                  {t('meeting.outputAdd')}
                </Button>
              </ActionBox>
            ),
          }}
        />
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
