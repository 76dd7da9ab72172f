import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { ActivityCreateSchema, SUMMARY_MAX } from '~/models/activity/activity.schema.ts'
import {
  type ActivityRefusal,
  createActivity,
  getActivityFormOptions,
} from '~/models/activity/activity.server.ts'
import { isActivityKind } from '~/models/activity/activity-kinds.ts'
import {
  type ActivityFormChoices,
  activityFormOptions,
  activityKindOptions,
  activitySubtypeOptions,
  participationFormOptions,
} from '~/models/activity/activity-options.ts'
import { todayInputValue } from '~/models/activity/occurred-at.ts'
import { FOLLOW_UP_DESCRIPTION_MAX } from '~/models/follow-up/follow-up.schema.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('activity.new')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const raw = await getActivityFormOptions()
  // Organisation, person and theme pages link here with ?organisatie=, ?persoon=, ?soort=.
  const search = new URL(request.url).searchParams
  const kind = search.get('soort')
  const organisation = raw.organisations.find((candidate) => candidate.id === search.get('organisatie'))
  const person = raw.people.find((candidate) => candidate.id === search.get('persoon'))
  const siteVisit = kind === 'SITE_VISIT' && organisation?.type === 'SITE'
  const initial: SubmittedValues = {
    values: {
      kind: isActivityKind(kind) ? kind : 'CONTACT',
      occurredOn: todayInputValue(),
      followUpAssigneeId: raw.assignees.some((assignee) => assignee.id === user.id) ? user.id : '',
    },
    lists: {
      organisationIds: organisation && !siteVisit ? [organisation.id] : [],
      visitedIds: organisation && siteVisit ? [organisation.id] : [],
      personIds: person ? [person.id] : [],
    },
  }
  const back = organisation ? `/organisaties/${organisation.id}` : person ? `/personen/${person.id}` : null
  return { options: activityFormOptions(raw), initial, cancelTo: back ?? '/activiteiten' }
}

// Returns the field errors for the model's refusals.
export function refusalErrors(refusals: ActivityRefusal[]) {
  const errors: FieldErrors = {}
  for (const refusal of refusals) errors[refusal.field] = [refusal.message]
  return errors
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, ActivityCreateSchema)
  if (!form.success)
    return data({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  const result = await createActivity({
    input: form.value.activity,
    followUp: form.value.followUp,
    actorId: user.id,
  })
  if (!result.ok) {
    const errors =
      result.reason === 'invalid' ? refusalErrors(result.refusals) : { form: ['validation.invalid'] }
    return data({ errors, ...submittedValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/activiteiten/${result.activityId}`, {
    type: 'success',
    message: t('activity.created'),
  })
}

export default function NewActivity() {
  const { options, initial, cancelTo } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('activity.new')} />
      <ActivityForm
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors}
        submitLabel={t('activity.create')}
        cancelTo={cancelTo}
        withFollowUp
      />
    </>
  )
}

// The full activity form, for a new activity (with an optional first follow-up) and for
// editing one. It shows what the user typed and the errors next to their fields.
export function ActivityForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
  withFollowUp = false,
}: {
  options: ActivityFormChoices
  submitted: SubmittedValues
  errors?: FieldErrors
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
  withFollowUp?: boolean
}) {
  const { values, lists } = submitted
  return (
    <Form method="post" className="max-w-3xl space-y-8" noValidate>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('activity.kind')}
          name="kind"
          required
          defaultValue={values.kind}
          options={activityKindOptions()}
          errors={errors?.kind}
        />
        <SelectField
          label={t('activity.subtype')}
          name="subtype"
          hint={t('activity.subtypeHint')}
          defaultValue={values.subtype ?? ''}
          options={activitySubtypeOptions()}
          errors={errors?.subtype}
        />
        <TextField
          label={t('activity.occurredOn')}
          name="occurredOn"
          type="date"
          required
          defaultValue={values.occurredOn}
          errors={errors?.occurredOn}
        />
        <TextField
          label={t('activity.occurredTime')}
          name="occurredTime"
          type="time"
          hint={t('activity.occurredTimeHint')}
          defaultValue={values.occurredTime}
          errors={errors?.occurredTime}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('activity.summary')}
            name="summary"
            required
            maxLength={SUMMARY_MAX}
            hint={t('activity.summaryHint')}
            defaultValue={values.summary}
            errors={errors?.summary}
          />
        </div>
        <TextField
          label={t('activity.timeSpent')}
          name="timeSpent"
          inputMode="decimal"
          hint={t('activity.timeSpentHint')}
          defaultValue={values.timeSpent}
          errors={errors?.timeSpent}
        />
        <SelectField
          label={t('activity.participationForm')}
          name="participationForm"
          hint={t('activity.participationFormHint')}
          defaultValue={values.participationForm ?? ''}
          options={participationFormOptions()}
          errors={errors?.participationForm}
        />
      </div>

      <TextAreaField
        label={t('activity.notes')}
        name="notes"
        rows={5}
        defaultValue={values.notes}
        errors={errors?.notes}
      />

      <div className="grid gap-4">
        <SelectField
          label={t('activity.organisations')}
          name="organisationIds"
          multiple
          size={10}
          hint={t('activity.multiSelectHint')}
          defaultValue={lists.organisationIds ?? []}
          options={options.organisations}
          errors={errors?.organisationIds}
        />
        <SelectField
          label={t('activity.people')}
          name="personIds"
          multiple
          size={10}
          hint={t('activity.multiSelectHint')}
          defaultValue={lists.personIds ?? []}
          options={options.people}
          errors={errors?.personIds}
        />
      </div>

      <CheckboxGroup
        label={t('activity.themes')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={3}
      />

      <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t('activity.siteVisit')}</legend>
        <p className="text-sm text-slate-700">{t('activity.siteVisitIntro')}</p>
        <SelectField
          label={t('activity.visited')}
          name="visitedIds"
          multiple
          size={Math.min(6, Math.max(2, options.sites.length))}
          hint={`${t('activity.visitedHint')} ${t('activity.multiSelectHint')}`}
          defaultValue={lists.visitedIds ?? []}
          options={options.sites}
          errors={errors?.visitedIds}
        />
        <TextAreaField
          label={t('activity.findings')}
          name="findings"
          rows={4}
          defaultValue={values.findings}
          errors={errors?.findings}
        />
        <TextAreaField
          label={t('activity.followUpQuestions')}
          name="followUpQuestions"
          rows={3}
          defaultValue={values.followUpQuestions}
          errors={errors?.followUpQuestions}
        />
      </fieldset>

      {withFollowUp ? (
        <fieldset className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-2">
          <legend className="px-1 text-lg font-semibold">{t('activity.firstFollowUp')}</legend>
          <p className="text-sm text-slate-700 sm:col-span-2">{t('activity.firstFollowUpIntro')}</p>
          <div className="sm:col-span-2">
            <TextField
              label={t('followUp.description')}
              name="followUpDescription"
              maxLength={FOLLOW_UP_DESCRIPTION_MAX}
              defaultValue={values.followUpDescription}
              errors={errors?.followUpDescription}
            />
          </div>
          <TextField
            label={t('followUp.dueDate')}
            name="followUpDueDate"
            type="date"
            defaultValue={values.followUpDueDate}
            errors={errors?.followUpDueDate}
          />
          <SelectField
            label={t('followUp.assignee')}
            name="followUpAssigneeId"
            defaultValue={values.followUpAssigneeId ?? ''}
            options={[{ value: '', label: t('activity.noChoice') }, ...options.assignees]}
            errors={errors?.followUpAssigneeId}
          />
        </fieldset>
      ) : null}

      <div className="flex gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('activity.cancel')}
        </Link>
      </div>
    </Form>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
