import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import {
  AddDimensionForm,
  AddItemForm,
  CopyForm,
  DimensionControls,
  type FormState,
  ItemControls,
  type MissedChange,
  QuestionnaireConflictNotice,
  QuestionnaireDetailsForm,
} from '~/components/questionnaire-editor.tsx'
import { QuestionnaireItemPreview } from '~/components/questionnaire-preview.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  CopySchema,
  DimensionAddSchema,
  DimensionMoveSchema,
  DimensionRemoveSchema,
  DimensionRenameSchema,
  ItemAddSchema,
  ItemMoveSchema,
  ItemRemoveSchema,
  ItemUpdateSchema,
  QuestionnaireUpdateSchema,
} from '~/models/quickscan/questionnaire.schema.ts'
import {
  addDimension,
  addItem,
  copyQuestionnaire,
  getQuestionnaire,
  listQuestionnaireChangesSince,
  listQuestionnaireHistory,
  moveDimension,
  moveItem,
  type QuestionnaireWriteResult,
  removeDimension,
  removeItem,
  renameDimension,
  suggestCodes,
  updateItem,
  updateQuestionnaire,
} from '~/models/quickscan/questionnaire.server.ts'
import { itemKindLabel, versionLabel } from '~/models/quickscan/questionnaire-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { revalidateAfterConflict } from '~/utils/conflict.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${
      loaderData
        ? `${loaderData.questionnaire.name} (${versionLabel(loaderData.questionnaire.versionNumber)})`
        : t('questionnaire.listTitle')
    } · ${t('app.name')}`,
  },
]

// After a 409 the forms must get the new version, or every further change conflicts again.
export const shouldRevalidate = revalidateAfterConflict

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const questionnaireId = requireParam(params, 'questionnaireId')
  const questionnaire = await getQuestionnaire({ questionnaireId })
  invariantResponse(questionnaire, 404)
  const canEdit = hasRole(user.role, 'coordinator')
  return {
    questionnaire,
    canEdit,
    editable: canEdit && !questionnaire.frozen,
    suggestions: suggestCodes(questionnaire),
    nextVersion: Math.max(...questionnaire.family.map((version) => version.versionNumber)) + 1,
    history: await listQuestionnaireHistory({ questionnaireId }),
  }
}

type Reply = {
  intent: string
  /** The item or dimension the form was about ('' for the questionnaire itself). */
  target: string
  errors: FieldErrors
  values: Record<string, string>
  changes?: MissedChange[]
}

// The toast after each kind of change.
const DONE: Record<string, MessageKey> = {
  update: 'questionnaire.saved',
  'add-item': 'questionnaire.itemAdded',
  'update-item': 'questionnaire.itemUpdated',
  'move-item': 'questionnaire.itemMoved',
  'remove-item': 'questionnaire.itemRemoved',
  'add-dimension': 'questionnaire.dimensionAdded',
  'rename-dimension': 'questionnaire.dimensionRenamed',
  'move-dimension': 'questionnaire.dimensionMoved',
  'remove-dimension': 'questionnaire.dimensionRemoved',
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Editing questionnaires is for coordinators and admins (issue 7, Roles).
  const { user } = await requireUser(request, { role: 'coordinator' })
  const questionnaireId = requireParam(params, 'questionnaireId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const target = String(formData.get('itemId') ?? formData.get('dimensionId') ?? '')
  const here = `/quickscans/vragenlijsten/${questionnaireId}`
  const reply = (errors: FieldErrors, status: 400 | 409, changes?: MissedChange[]) =>
    data<Reply>({ intent, target, errors, values: formValues(formData), changes }, { status })
  const change = { questionnaireId, actorId: user.id }

  // Returns the answer to a change: back to the page with a toast, or why it was refused.
  const settle = async (result: QuestionnaireWriteResult, version: number) => {
    if (result.ok) {
      const message = t(DONE[intent] ?? 'questionnaire.saved', { code: result.code ?? '' })
      return redirectWithToast(request, here, { type: 'success', message })
    }
    switch (result.reason) {
      case 'notFound':
        throw new Response(null, { status: 404 })
      case 'frozen':
        return reply({ form: ['questionnaire.frozen'] }, 409)
      case 'conflict':
        return reply({}, 409, await listQuestionnaireChangesSince({ questionnaireId, version }))
      case 'invalid': {
        const errors: FieldErrors = {}
        for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
        return reply(errors, 400)
      }
    }
  }

  switch (intent) {
    case 'update': {
      const form = parseForm(formData, QuestionnaireUpdateSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await updateQuestionnaire({ ...change, ...form.value }), form.value.version)
    }
    case 'add-item': {
      const form = parseForm(formData, ItemAddSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await addItem({ ...change, ...form.value }), form.value.version)
    }
    case 'update-item': {
      const form = parseForm(formData, ItemUpdateSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await updateItem({ ...change, ...form.value }), form.value.version)
    }
    case 'move-item': {
      const form = parseForm(formData, ItemMoveSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await moveItem({ ...change, ...form.value }), form.value.version)
    }
    case 'remove-item': {
      const form = parseForm(formData, ItemRemoveSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await removeItem({ ...change, ...form.value }), form.value.version)
    }
    case 'add-dimension': {
      const form = parseForm(formData, DimensionAddSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await addDimension({ ...change, ...form.value }), form.value.version)
    }
    case 'rename-dimension': {
      const form = parseForm(formData, DimensionRenameSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await renameDimension({ ...change, ...form.value }), form.value.version)
    }
    case 'move-dimension': {
      const form = parseForm(formData, DimensionMoveSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await moveDimension({ ...change, ...form.value }), form.value.version)
    }
    case 'remove-dimension': {
      const form = parseForm(formData, DimensionRemoveSchema)
      if (!form.success) return reply(form.errors, 400)
      return settle(await removeDimension({ ...change, ...form.value }), form.value.version)
    }
    case 'copy': {
      const form = parseForm(formData, CopySchema)
      if (!form.success) return reply(form.errors, 400)
      const result = await copyQuestionnaire({
        ...change,
        asNewVersion: form.value.mode === 'version',
        name: form.value.name,
      })
      if (!result.ok) {
        invariantResponse(result.reason !== 'notFound', 404)
        const errors: FieldErrors = {}
        for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
        return reply(errors, 400)
      }
      return redirectWithToast(request, `/quickscans/vragenlijsten/${result.questionnaireId}`, {
        type: 'success',
        message: t(
          form.value.mode === 'version' ? 'questionnaire.copiedAsVersion' : 'questionnaire.copiedAsNew',
          {
            version: versionLabel(result.versionNumber),
          },
        ),
      })
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

const linkClass = 'text-brand-700 underline'

export default function QuestionnairePage() {
  const { questionnaire, canEdit, editable, suggestions, nextVersion, history } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  // Returns the messages and input of the form of `intent` about `target`, after a refused submit.
  const stateOf = (intent: string, target = ''): FormState =>
    actionData && actionData.intent === intent && actionData.target === target
      ? { errors: actionData.errors, values: actionData.values }
      : {}
  const frozenRefusal = actionData?.errors.form?.includes('questionnaire.frozen')
  const dimensionCount = questionnaire.dimensions.length

  return (
    <>
      <PageHeader
        title={questionnaire.name}
        intro={
          <>
            {versionLabel(questionnaire.versionNumber)} ·{' '}
            {t('questionnaire.itemCount', { count: questionnaire.itemCount })} ·{' '}
            {questionnaire.frozen ? (
              <Badge tone="warning">{t('questionnaire.frozenBadge')}</Badge>
            ) : (
              <Badge tone="success">{t('questionnaire.editableBadge')}</Badge>
            )}
          </>
        }
        actions={
          <Link to="/quickscans/vragenlijsten" className={linkClass}>
            {t('questionnaire.backToList')}
          </Link>
        }
      />

      {actionData?.changes ? <QuestionnaireConflictNotice changes={actionData.changes} /> : null}
      {frozenRefusal ? (
        <div
          role="alert"
          className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950"
        >
          {t('questionnaire.frozen')}
        </div>
      ) : null}

      {questionnaire.frozen ? (
        <p className="mb-6 rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t('questionnaire.frozenNotice')}
          {canEdit ? ` ${t('questionnaire.frozenNoticeEditor')}` : ''}
        </p>
      ) : questionnaire.scanCount > 0 ? (
        <p className="mb-6 rounded-md border-l-4 border-slate-400 bg-slate-50 p-3">
          {t('questionnaire.inUseNotice', { count: questionnaire.scanCount })}
        </p>
      ) : null}

      {editable ? (
        <p className="mb-6 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-brand-900">
          {t('questionnaire.codesNotice')}
        </p>
      ) : null}

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {questionnaire.description ? (
            <p className="whitespace-pre-line text-slate-800">{questionnaire.description}</p>
          ) : null}
          {editable ? (
            <QuestionnaireDetailsForm
              name={questionnaire.name}
              description={questionnaire.description}
              version={questionnaire.version}
              state={stateOf('update')}
            />
          ) : null}

          {questionnaire.dimensions.map((dimension, dimensionIndex) => (
            <section
              key={dimension.id}
              id={`onderdeel-${dimension.code}`}
              aria-labelledby={`onderdeel-${dimension.code}-title`}
              className="space-y-3 rounded-md border border-slate-300 p-4"
            >
              <p className="text-sm text-slate-700">
                {t('questionnaire.step', { number: dimensionIndex + 1, total: dimensionCount })}
              </p>
              <h2 id={`onderdeel-${dimension.code}-title`} className="text-lg font-semibold">
                {dimension.code}. {dimension.name}
              </h2>
              {editable ? (
                <DimensionControls
                  dimension={{ ...dimension, itemCount: dimension.items.length }}
                  version={questionnaire.version}
                  first={dimensionIndex === 0}
                  last={dimensionIndex === dimensionCount - 1}
                  stateOf={(intent) => stateOf(intent, dimension.id)}
                />
              ) : null}
              {dimension.items.length === 0 ? (
                <p className="text-slate-700">{t('questionnaire.noItems')}</p>
              ) : (
                <ol className="space-y-4">
                  {dimension.items.map((item, itemIndex) => (
                    <li key={item.id} id={`vraag-${item.code}`} className="border-t border-slate-200 pt-3">
                      <p className="text-sm text-slate-700">
                        <span className="font-mono font-semibold text-slate-900">{item.code}</span> ·{' '}
                        {itemKindLabel(item.kind)}
                      </p>
                      <p className="mt-1 font-medium">{item.text}</p>
                      <QuestionnaireItemPreview kind={item.kind} choices={item.choices} />
                      {editable ? (
                        <ItemControls
                          item={item}
                          version={questionnaire.version}
                          first={itemIndex === 0}
                          last={itemIndex === dimension.items.length - 1}
                          stateOf={(intent) => stateOf(intent, item.id)}
                        />
                      ) : null}
                    </li>
                  ))}
                </ol>
              )}
              {editable ? (
                <AddItemForm
                  dimension={dimension}
                  version={questionnaire.version}
                  suggestions={
                    suggestions.items[dimension.id] ?? {
                      LIKERT: dimension.code,
                      LADDER: dimension.code,
                      OPEN: dimension.code,
                    }
                  }
                  state={stateOf('add-item', dimension.id)}
                />
              ) : null}
            </section>
          ))}
          {questionnaire.dimensions.length === 0 ? <p>{t('questionnaire.noDimensions')}</p> : null}
          {editable ? (
            <AddDimensionForm
              version={questionnaire.version}
              suggestion={suggestions.dimension}
              state={stateOf('add-dimension')}
            />
          ) : null}
        </div>

        <aside className="space-y-6" aria-label={t('questionnaire.aside')}>
          {canEdit ? (
            <CopyForm name={questionnaire.name} nextVersion={nextVersion} state={stateOf('copy')} />
          ) : null}

          <section aria-labelledby="versions-title" className="space-y-2">
            <h2 id="versions-title" className="text-lg font-semibold">
              {t('questionnaire.versions')}
            </h2>
            <ul className="space-y-1">
              {questionnaire.family.map((version) => (
                <li key={version.id}>
                  {version.id === questionnaire.id ? (
                    <span aria-current="page" className="font-semibold">
                      {versionLabel(version.versionNumber)}: {version.name}
                    </span>
                  ) : (
                    <Link to={`/quickscans/vragenlijsten/${version.id}`} className={linkClass}>
                      {versionLabel(version.versionNumber)}: {version.name}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
            {questionnaire.basedOn ? (
              <p className="text-sm text-slate-700">
                {t('questionnaire.basedOn')}{' '}
                <Link to={`/quickscans/vragenlijsten/${questionnaire.basedOn.id}`} className={linkClass}>
                  {questionnaire.basedOn.name} ({versionLabel(questionnaire.basedOn.versionNumber)})
                </Link>
              </p>
            ) : null}
          </section>

          <section aria-labelledby="scans-title" className="space-y-2">
            <h2 id="scans-title" className="text-lg font-semibold">
              {t('questionnaire.scans')}
            </h2>
            {questionnaire.scans.length === 0 ? (
              <p className="text-slate-700">{t('questionnaire.usedByNone')}</p>
            ) : (
              <ul className="space-y-1">
                {questionnaire.scans.map((scan) => (
                  <li key={scan.id}>
                    <Link to={`/quickscans/${scan.id}`} className={linkClass}>
                      {scan.title}
                    </Link>{' '}
                    <span className="text-sm text-slate-700">
                      {t(
                        scan.responseCount === 1 ? 'questionnaire.responsesOne' : 'questionnaire.responses',
                        {
                          count: scan.responseCount,
                        },
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="history-title" className="space-y-2">
            <h2 id="history-title" className="text-lg font-semibold">
              {t('questionnaire.history')}
            </h2>
            {history.length === 0 ? (
              <p className="text-slate-700">{t('questionnaire.noHistory')}</p>
            ) : (
              <ol className="space-y-2">
                {history.map((event) => (
                  <li key={event.id} className="text-sm">
                    <span className="block">{event.summary}</span>
                    <span className="block text-slate-700">
                      {t('questionnaire.historyBy', {
                        name: event.actor?.name ?? t('questionnaire.someone'),
                        at: formatDateTime(event.at),
                      })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </aside>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
