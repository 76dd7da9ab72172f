import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Section } from '~/components/ui/detail-page.tsx'
import { ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { todayInputValue } from '~/models/activity/occurred-at.ts'
import {
  type ConversationPage,
  getConversationPage,
  saveConversation,
} from '~/models/quickscan/conversation.server.ts'
import {
  CONVERSATION_NOTES_MAX,
  ConversationSchema,
  PARTICIPANTS_MAX,
  TOPIC_NOTE_MAX,
  TOPIC_NOTE_PREFIX,
  topicNoteField,
} from '~/models/quickscan/plan.schema.ts'
import { isPlanStatus } from '~/models/quickscan/plan-helpers.ts'
import { formatMean, formatSigned } from '~/models/quickscan/scoring.ts'
import { dayInputValue } from '~/models/signal/signal-dates.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateOnly, formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('quickscanPlan.conversation.pageTitle', { title: loaderData.scan.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscanPlan.conversation.title')
    } · ${t('app.name')}`,
  },
]

// After a conflict the form must get the new version, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

// Returns the label of a field of the conversation, for naming what someone else changed.
function fieldLabel(field: string, page: ConversationPage) {
  if (field === 'heldOn') return t('quickscanPlan.conversation.heldOn')
  if (field === 'participants') return t('quickscanPlan.conversation.participants')
  if (field === 'notes') return t('quickscanPlan.conversation.notes')
  const key = field.slice(TOPIC_NOTE_PREFIX.length)
  const topic = page.topics.find((candidate) => candidate.key === key)
  return t('quickscanPlan.conversation.noteOn', { topic: topic?.title ?? key })
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const page = await getConversationPage({ scanId: requireParam(params, 'scanId') })
  invariantResponse(page, 404)
  const flaggedKeys = new Set(page.flagged.map((topic) => topic.key))
  return {
    scan: {
      id: page.scan.id,
      title: page.scan.title,
      status: page.scan.status,
      municipality: page.scan.municipality,
      councils: page.scan.councils,
    },
    conversation: page.conversation,
    // A group too small to show has no figures, so nothing can be flagged.
    suppressed: page.groups.COUNCIL.suppressed || page.groups.MUNICIPALITY.suppressed,
    flagged: page.flagged.map((topic) => ({
      key: topic.key,
      title: topic.label,
      figures: t('quickscanPlan.conversation.figures', {
        council: formatMean(topic.council),
        municipality: formatMean(topic.municipality),
        gap: formatSigned(topic.gap),
      }),
      flags: topic.flags.map((flag) => t(`quickscanPlan.conversation.flag.${flag}` as MessageKey)),
    })),
    // The other topics that have a note, in questionnaire order.
    noted: page.topics.filter((topic) => !flaggedKeys.has(topic.key) && page.notes[topic.key]),
    topics: page.topics,
    notes: page.notes,
    base: encodeSnapshot(page.snapshot),
    editable: isPlanStatus(page.scan.status),
    canEdit: hasRole(user.role, 'opbouwwerker') && isPlanStatus(page.scan.status),
    today: todayInputValue(),
  }
}

type Reply = {
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const scanId = requireParam(params, 'scanId')
  const formData = await request.formData()
  if (formData.get('intent') !== 'save') throw new Response(null, { status: 400 })
  const reply = (errors: FieldErrors, extra: Partial<Reply> = {}, status = 400) =>
    data<Reply>({ errors, values: submittedValues(formData).values, ...extra }, { status })
  const form = parseForm(formData, ConversationSchema)
  if (!form.success) return reply(form.errors)
  const result = await saveConversation({ scanId, input: form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/quickscans/${scanId}/gesprek`, {
      type: 'success',
      message: t(
        result.movedToDiscussed
          ? 'quickscanPlan.conversation.savedDiscussed'
          : 'quickscanPlan.conversation.saved',
      ),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'notReady') return reply({ form: ['quickscanPlan.notReady'] })
  if (result.reason === 'invalid') {
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  // Someone else saved first: show what they changed, keep this user's input, and let the
  // next save overwrite the new version deliberately.
  const page = await getConversationPage({ scanId })
  invariantResponse(page, 404)
  const changes = changedFields(decodeSnapshot(formData.get('base')), page.snapshot).map((change) => ({
    label: fieldLabel(change.field, page),
    before: change.before,
    after: change.after,
  }))
  return reply(
    {},
    { conflict: { changes, version: page.conversation?.version ?? 0, base: encodeSnapshot(page.snapshot) } },
    409,
  )
}

// The record of the conversation for readers: date, participants, notes, notes per topic.
function ConversationRecord() {
  const { conversation, topics, notes } = useLoaderData<typeof loader>()
  if (!conversation) return <p className="text-slate-700">{t('quickscanPlan.conversation.notHeld')}</p>
  const noted = topics.filter((topic) => notes[topic.key])
  return (
    <div className="space-y-6">
      <dl className="space-y-3">
        <div>
          <dt className="font-medium text-slate-700">{t('quickscanPlan.conversation.heldOn')}</dt>
          <dd>{formatDateOnly(conversation.heldOn)}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t('quickscanPlan.conversation.participants')}</dt>
          <dd className="whitespace-pre-line">{conversation.participants}</dd>
        </div>
        {conversation.notes ? (
          <div>
            <dt className="font-medium text-slate-700">{t('quickscanPlan.conversation.notes')}</dt>
            <dd className="whitespace-pre-line">{conversation.notes}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="topic-notes" className="space-y-2">
        <h3 id="topic-notes" className="font-semibold">
          {t('quickscanPlan.conversation.topicNotesTitle')}
        </h3>
        {noted.length > 0 ? (
          <dl className="space-y-3">
            {noted.map((topic) => (
              <div key={topic.key}>
                <dt className="font-medium">{topic.title}</dt>
                <dd className="whitespace-pre-line">{notes[topic.key]}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-slate-700">{t('quickscanPlan.conversation.noTopicNotes')}</p>
        )}
      </section>
    </div>
  )
}

export default function QuickScanConversation() {
  const loaderData = useLoaderData<typeof loader>()
  const { scan, conversation, suppressed, flagged, noted, topics, notes, base, editable, canEdit, today } =
    loaderData
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict
  const errors = conflict ? undefined : actionData?.errors
  const value = (name: string, stored: string) => (actionData ? (actionData.values[name] ?? '') : stored)
  const shownKeys = new Set([...flagged.map((topic) => topic.key), ...noted.map((topic) => topic.key)])
  const otherTopics = topics.filter((topic) => !shownKeys.has(topic.key))
  const version = conflict?.version ?? conversation?.version ?? 0

  // The note field of one topic, with its label and (for a flagged topic) its figures.
  const noteField = (topic: { key: string; title: string }, extra?: { figures: string; flags: string[] }) => (
    <li key={topic.key} className="space-y-1 rounded-md border border-slate-300 p-3">
      <TextAreaField
        label={t('quickscanPlan.conversation.noteOn', { topic: topic.title })}
        name={topicNoteField(topic.key)}
        rows={3}
        maxLength={TOPIC_NOTE_MAX}
        hint={extra?.figures}
        defaultValue={value(topicNoteField(topic.key), notes[topic.key] ?? '')}
        errors={errors?.[topicNoteField(topic.key)]}
      />
      {extra && extra.flags.length > 0 ? (
        <p className="flex gap-2">
          {extra.flags.map((flag) => (
            <Badge key={flag} tone="warning">
              {flag}
            </Badge>
          ))}
        </p>
      ) : null}
    </li>
  )

  return (
    <>
      <PageHeader
        title={t('quickscanPlan.conversation.pageTitle', { title: scan.title })}
        intro={`${scan.municipality.name}${
          scan.councils.length > 0 ? ` · ${scan.councils.map((council) => council.name).join(', ')}` : ''
        } · ${t('quickscanPlan.scanStatusLine', { status: t(`quickscanPlan.scanStatus.${scan.status}` as MessageKey) })}`}
        actions={
          <>
            <Link to={`/quickscans/${scan.id}`} className={buttonClass('secondary')}>
              {t('quickscanPlan.backToScan')}
            </Link>
            <Link to={`/quickscans/${scan.id}/uitslag`} className={buttonClass('secondary')}>
              {t('quickscanPlan.toResults')}
            </Link>
            <Link to={`/quickscans/${scan.id}/plan`} className={buttonClass('secondary')}>
              {t('quickscanPlan.toPlan')}
            </Link>
          </>
        }
      />
      <div className="max-w-3xl space-y-8">
        <p className="text-slate-700">{t('quickscanPlan.conversation.intro')}</p>
        {editable ? null : (
          <p className="rounded-md border border-slate-300 bg-slate-50 p-3">{t('quickscanPlan.notReady')}</p>
        )}
        {conversation ? (
          <p className="text-sm text-slate-700">
            {t('quickscanPlan.conversation.lastSaved', { date: formatDateTime(conversation.updatedAt) })}
          </p>
        ) : null}

        {canEdit ? (
          <Form method="post" className="space-y-8" noValidate>
            {conflict ? <ConflictNotice changes={conflict.changes} /> : <ErrorSummary errors={errors} />}
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="base" value={conflict?.base ?? base} />
            <div
              // After a conflict the form starts again from the user's input on the new version.
              key={version}
              className="space-y-8"
            >
              <div className="space-y-4">
                <TextField
                  label={t('quickscanPlan.conversation.heldOn')}
                  name="heldOn"
                  type="date"
                  required
                  defaultValue={value('heldOn', conversation ? dayInputValue(conversation.heldOn) : today)}
                  errors={errors?.heldOn}
                />
                <TextAreaField
                  label={t('quickscanPlan.conversation.participants')}
                  name="participants"
                  required
                  rows={3}
                  maxLength={PARTICIPANTS_MAX}
                  hint={t('quickscanPlan.conversation.participantsHint')}
                  defaultValue={value('participants', conversation?.participants ?? '')}
                  errors={errors?.participants}
                />
                <TextAreaField
                  label={t('quickscanPlan.conversation.notes')}
                  name="notes"
                  rows={6}
                  maxLength={CONVERSATION_NOTES_MAX}
                  defaultValue={value('notes', conversation?.notes ?? '')}
                  errors={errors?.notes}
                />
              </div>

              <Section id="flagged-topics" title={t('quickscanPlan.conversation.flaggedTitle')}>
                <p className="text-sm text-slate-700">{t('quickscanPlan.conversation.flaggedIntro')}</p>
                {flagged.length > 0 ? (
                  <ul className="space-y-3">{flagged.map((topic) => noteField(topic, topic))}</ul>
                ) : (
                  <p className="text-slate-700">
                    {suppressed
                      ? t('quickscanPlan.conversation.suppressedNote')
                      : t('quickscanPlan.conversation.noFlags')}
                  </p>
                )}
              </Section>

              <Section id="other-topics" title={t('quickscanPlan.conversation.otherTitle')}>
                <p className="text-sm text-slate-700">{t('quickscanPlan.conversation.otherIntro')}</p>
                {noted.length > 0 ? (
                  <ul className="space-y-3">{noted.map((topic) => noteField(topic))}</ul>
                ) : null}
                <div className="space-y-3 rounded-md border border-dashed border-slate-400 p-3">
                  <SelectField
                    label={t('quickscanPlan.conversation.extraTopic')}
                    name="extraTopic"
                    defaultValue={value('extraTopic', '')}
                    options={[
                      { value: '', label: t('quickscanPlan.conversation.noTopic') },
                      ...otherTopics.map((topic) => ({
                        value: topic.key,
                        label: topic.label,
                        group: topic.group,
                      })),
                    ]}
                    errors={errors?.extraTopic}
                  />
                  <TextAreaField
                    label={t('quickscanPlan.conversation.extraNote')}
                    name="extraNote"
                    rows={3}
                    maxLength={TOPIC_NOTE_MAX}
                    defaultValue={value('extraNote', '')}
                    errors={errors?.extraNote}
                  />
                </div>
              </Section>
            </div>
            {scan.status === 'CLOSED' ? (
              <p className="text-slate-700">{t('quickscanPlan.conversation.willDiscuss')}</p>
            ) : null}
            <Button name="intent" value="save">
              {t('quickscanPlan.conversation.save')}
            </Button>
          </Form>
        ) : (
          <Section id="conversation-record" title={t('quickscanPlan.conversation.summaryTitle')}>
            <ConversationRecord />
            {editable && flagged.length > 0 ? (
              <div className="space-y-2">
                <h3 className="font-semibold">{t('quickscanPlan.conversation.flaggedTitle')}</h3>
                <ul className="space-y-2">
                  {flagged.map((topic) => (
                    <li key={topic.key}>
                      <span className="font-medium">{topic.title}</span>
                      <span className="block text-sm text-slate-700">
                        {topic.figures} · {topic.flags.join(', ')}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {editable ? <p className="text-sm text-slate-700">{t('quickscanPlan.readOnly')}</p> : null}
          </Section>
        )}
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
