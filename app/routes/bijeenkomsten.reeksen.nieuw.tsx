import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { SeriesPlanForm } from '~/components/series-form.tsx'
import { type ReviewRow, SeriesReview } from '~/components/series-review.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { meetingKindOptions } from '~/models/meeting/meeting-options.ts'
import { MAX_OCCURRENCES } from '~/models/meeting/recurrence.ts'
import { IncludedDaysSchema, SeriesPlanSchema } from '~/models/meeting/series.schema.ts'
import { createSeries, previewSeries } from '~/models/meeting/series.server.ts'
import { reviewRows, seriesFormOptions } from '~/models/meeting/series-options.ts'
import { carriedValues, refusalErrors } from '~/models/meeting/series-plan.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('series.new')} · ${t('app.name')}` }]

// The fields the series form starts with: the usual exchange meeting, six times a year on
// the third Thursday (also the monthly choice), 19:30–21:30, at the default location.
function initialValues(location: string): Record<string, string> {
  return {
    kind: 'EXCHANGE',
    frequency: 'TIMES_PER_YEAR',
    timesPerYear: '6',
    monthInterval: '2',
    nth: '3',
    weekday: '4',
    weekInterval: '1',
    startTime: '19:30',
    endTime: '21:30',
    location,
    holidayPolicy: 'flag',
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'coordinator' })
  const settings = await getSettings()
  return {
    initial: initialValues(settings.meetingDefaultLocation),
    choices: { ...seriesFormOptions(), kinds: meetingKindOptions() },
    region: settings.summerHolidayRegion,
  }
}

type Reply =
  | { step: 'form'; values: Record<string, string>; errors: FieldErrors }
  | { step: 'review'; values: Record<string, string>; rows: ReviewRow[]; errors: FieldErrors }

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const formData = await request.formData()
  const values = carriedValues(submittedValues(formData).values)
  const reply = (body: Reply) =>
    data<Reply>(body, { status: Object.keys(body.errors).length > 0 ? 400 : 200 })
  const step = parseForm(formData, IncludedDaysSchema)
  const { intent, include } = step.success ? step.value : { intent: 'preview' as const, include: [] }
  if (intent === 'edit') return reply({ step: 'form', values, errors: {} })

  const form = parseForm(formData, SeriesPlanSchema)
  if (!form.success) return reply({ step: 'form', values, errors: form.errors })
  const preview = await previewSeries({ plan: form.value })
  if (!preview.ok) return reply({ step: 'form', values, errors: refusalErrors(preview.refusals) })
  if (intent === 'preview')
    return reply({ step: 'review', values, rows: reviewRows(preview.dates, null), errors: {} })

  const result = await createSeries({ plan: form.value, include, actorId: user.id })
  if (!result.ok) {
    return reply({
      step: 'review',
      values,
      rows: reviewRows(preview.dates, include),
      errors: refusalErrors(result.refusals),
    })
  }
  return redirectWithToast(request, `/bijeenkomsten/reeksen/${result.seriesId}`, {
    type: 'success',
    message:
      result.created === 1
        ? t('series.createdOne', { title: form.value.title })
        : t('series.created', { title: form.value.title, count: result.created }),
  })
}

export default function NewSeries() {
  const { initial, choices, region } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('series.new')} intro={t('series.newIntro')} />
      {reply?.step === 'review' ? (
        <SeriesReview
          rows={reply.rows}
          hidden={reply.values}
          errors={reply.errors}
          intro={t('series.reviewIntro')}
          saveLabel={t('series.save')}
        />
      ) : (
        <SeriesPlanForm
          values={reply?.values ?? initial}
          errors={reply?.errors}
          choices={choices}
          region={region}
          maxOccurrences={MAX_OCCURRENCES}
          cancelTo="/bijeenkomsten/reeksen"
        />
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
