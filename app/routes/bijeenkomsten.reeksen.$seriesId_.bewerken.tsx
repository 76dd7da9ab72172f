import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { SERIES_TITLE_MAX, SeriesUpdateSchema } from '~/models/meeting/series.schema.ts'
import { getSeries, type SeriesDetail, updateSeries } from '~/models/meeting/series.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot, revalidateAfterConflict } from '~/utils/conflict.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${loaderData ? t('series.editTitle', { title: loaderData.series.title }) : t('series.edit')} · ${t('app.name')}`,
  },
]

// After a 409 the form must get the new version and snapshot, or every save conflicts again.
export const shouldRevalidate = revalidateAfterConflict

const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'series.title',
  location: 'series.location',
  description: 'series.description',
}

// Returns the editable fields of a series as the form shows them.
function snapshot(series: SeriesDetail) {
  return { title: series.title, location: series.location ?? '', description: series.description ?? '' }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'coordinator' })
  const series = await getSeries({ seriesId: requireParam(params, 'seriesId') })
  invariantResponse(series, 404)
  return {
    series: { id: series.id, title: series.title, version: series.version },
    values: snapshot(series),
    base: encodeSnapshot(snapshot(series)),
  }
}

type Reply = {
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const seriesId = requireParam(params, 'seriesId')
  const formData = await request.formData()
  const { values } = submittedValues(formData)
  const form = parseForm(formData, SeriesUpdateSchema)
  if (!form.success) return data<Reply>({ errors: form.errors, values }, { status: 400 })
  const result = await updateSeries({ seriesId, ...form.value, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/bijeenkomsten/reeksen/${seriesId}`, {
      type: 'success',
      message: t('series.saved'),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  // Someone else saved first: show what they changed and keep this user's input.
  const current = snapshot(result.current)
  const changes = changedFields(decodeSnapshot(formData.get('base')), current).map((change) => ({
    label: t(FIELD_LABELS[change.field] ?? 'series.details'),
    before: change.before,
    after: change.after,
  }))
  return data<Reply>(
    {
      errors: {},
      values,
      conflict: { changes, version: result.current.version, base: encodeSnapshot(current) },
    },
    { status: 409 },
  )
}

export default function EditSeries() {
  const { series, values: stored, base } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const conflict = reply?.conflict
  const values: Record<string, string> = reply?.values ?? stored
  const errors = conflict ? undefined : reply?.errors
  return (
    <>
      <PageHeader title={t('series.editTitle', { title: series.title })} intro={t('series.editIntro')} />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : null}
      <Form
        method="post"
        className="max-w-3xl space-y-4"
        noValidate
        key={conflict?.version ?? series.version}
      >
        <ErrorSummary errors={errors} />
        <input type="hidden" name="version" value={conflict?.version ?? series.version} />
        <input type="hidden" name="base" value={conflict?.base ?? base} />
        <TextField
          label={t('series.title')}
          name="title"
          required
          maxLength={SERIES_TITLE_MAX}
          autoComplete="off"
          defaultValue={values.title}
          errors={errors?.title}
        />
        <TextField
          label={t('series.location')}
          name="location"
          autoComplete="off"
          defaultValue={values.location}
          errors={errors?.location}
        />
        <TextAreaField
          label={t('series.description')}
          name="description"
          rows={4}
          defaultValue={values.description}
          errors={errors?.description}
        />
        <div className="flex gap-3">
          <Button>{t('series.saveEdit')}</Button>
          <Link to={`/bijeenkomsten/reeksen/${series.id}`} className={buttonClass('secondary')}>
            {t('series.cancel')}
          </Link>
        </div>
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
