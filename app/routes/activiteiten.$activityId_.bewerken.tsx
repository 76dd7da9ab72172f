import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { ActivityUpdateSchema } from '~/models/activity/activity.schema.ts'
import { getActivity, getActivityFormOptions, updateActivity } from '~/models/activity/activity.server.ts'
import { activityFormOptions } from '~/models/activity/activity-options.ts'
import { activityFormValues, activitySnapshot } from '~/models/activity/activity-values.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot } from '~/utils/conflict.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'
import { ActivityForm, refusalErrors } from './activiteiten.nieuw.tsx'

export const meta: MetaFunction = () => [{ title: `${t('activity.editTitle')} · ${t('app.name')}` }]

// The labels of the fields a conflict message can name.
const FIELD_LABELS: Record<string, MessageKey> = {
  kind: 'activity.kind',
  subtype: 'activity.subtype',
  occurredOn: 'activity.occurredOn',
  occurredTime: 'activity.occurredTime',
  summary: 'activity.summary',
  notes: 'activity.notes',
  timeSpent: 'activity.timeSpent',
  participationForm: 'activity.participationForm',
  organisationIds: 'activity.organisations',
  visitedIds: 'activity.visited',
  personIds: 'activity.people',
  themeIds: 'activity.themes',
  findings: 'activity.findings',
  followUpQuestions: 'activity.followUpQuestions',
}

async function loadForEdit(activityId: string) {
  const activity = await getActivity({ activityId })
  invariantResponse(activity, 404)
  const options = await getActivityFormOptions({
    keepOrganisationIds: [...activity.organisations, ...activity.visited].map(
      (organisation) => organisation.id,
    ),
    keepThemeIds: activity.themes.map((theme) => theme.id),
  })
  const snapshot = activitySnapshot(activity)
  return {
    activity: { id: activity.id, summary: activity.summary, version: activity.version },
    base: encodeSnapshot(snapshot),
    current: activityFormValues(activity),
    options: activityFormOptions(options),
    snapshot,
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const { snapshot: _snapshot, ...page } = await loadForEdit(requireParam(params, 'activityId'))
  return page
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const activityId = requireParam(params, 'activityId')
  const formData = await request.formData()
  const form = parseForm(formData, ActivityUpdateSchema)
  if (!form.success) {
    return data(
      { errors: form.errors, conflict: null, values: form.values, lists: form.lists },
      { status: 400 },
    )
  }
  const result = await updateActivity({
    activityId,
    input: form.value.activity,
    version: form.value.version,
    actorId: user.id,
  })
  if (result.ok) {
    return redirectWithToast(request, `/activiteiten/${activityId}`, {
      type: 'success',
      message: t('activity.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'conflict') {
    const { snapshot: current } = await loadForEdit(activityId)
    const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
      ...change,
      label: t(FIELD_LABELS[change.field] ?? 'activity.summary'),
    }))
    return data(
      { errors: {} as FieldErrors, conflict: changes, ...submittedValues(formData) },
      { status: 409 },
    )
  }
  const errors = result.reason === 'invalid' ? refusalErrors(result.refusals) : {}
  return data({ errors, conflict: null, ...submittedValues(formData) }, { status: 400 })
}

export default function EditActivity() {
  const { activity, base, current, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = actionData?.conflict ?? null
  return (
    <>
      <PageHeader title={t('activity.editTitle')} intro={activity.summary} />
      {conflict ? <ConflictNotice changes={conflict} /> : null}
      <ActivityForm
        // After a conflict the form starts again from the user's input on the new version.
        key={activity.version}
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : current}
        errors={actionData?.errors}
        submitLabel={t('activity.save')}
        cancelTo={`/activiteiten/${activity.id}`}
        hidden={{ version: String(activity.version), base }}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
