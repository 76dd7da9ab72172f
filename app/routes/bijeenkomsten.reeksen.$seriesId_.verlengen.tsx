import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { SeriesEndFields } from '~/components/series-form.tsx'
import { type ReviewRow, SeriesReview } from '~/components/series-review.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { endOfNextYear, MAX_OCCURRENCES } from '~/models/meeting/recurrence.ts'
import { IncludedDaysSchema, SeriesExtendSchema } from '~/models/meeting/series.schema.ts'
import {
  extendSeries,
  extensionStart,
  getSeries,
  previewExtension,
  type SeriesDetail,
} from '~/models/meeting/series.server.ts'
import { describeRule, reviewRows, seriesFormOptions, timeRange } from '~/models/meeting/series-options.ts'
import { carriedValues, refusalErrors } from '~/models/meeting/series-plan.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  {
    title: `${loaderData ? t('series.extendTitle', { title: loaderData.series.title }) : t('series.extend')} · ${t('app.name')}`,
  },
]

// Returns the series of the URL, or throws 404.
async function requireSeries(params: Record<string, string | undefined>) {
  const series = await getSeries({ seriesId: requireParam(params, 'seriesId') })
  invariantResponse(series, 404)
  return series
}

// Returns the day after which the extension continues, or null when the rule is unreadable.
const continuesAfter = (series: SeriesDetail) =>
  series.rule ? extensionStart({ rule: series.rule, meetings: series.meetings }) : null

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'coordinator' })
  const series = await requireSeries(params)
  const after = continuesAfter(series)
  const { summerHolidayRegion } = await getSettings()
  return {
    series: {
      id: series.id,
      title: series.title,
      intro: `${describeRule(series.rule)}, ${timeRange(series.startTime, series.endTime)}`,
    },
    after: after ? formatDateOnly(`${after}T00:00:00Z`) : null,
    initial: {
      untilDate: after ? endOfNextYear(after) : '',
      holidayPolicy: 'flag',
      version: String(series.version),
    },
    choices: seriesFormOptions(),
    region: summerHolidayRegion,
  }
}

type Reply =
  | { step: 'form'; values: Record<string, string>; errors: FieldErrors }
  | { step: 'review'; values: Record<string, string>; rows: ReviewRow[]; errors: FieldErrors }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const series = await requireSeries(params)
  const formData = await request.formData()
  const values = carriedValues(submittedValues(formData).values)
  const reply = (body: Reply, status = Object.keys(body.errors).length > 0 ? 400 : 200) =>
    data<Reply>(body, { status })
  const step = parseForm(formData, IncludedDaysSchema)
  const { intent, include } = step.success ? step.value : { intent: 'preview' as const, include: [] }
  if (intent === 'edit') return reply({ step: 'form', values, errors: {} })

  const form = parseForm(formData, SeriesExtendSchema)
  if (!form.success) return reply({ step: 'form', values, errors: form.errors })
  // Someone else extended the series since this form was opened: show the dates that are
  // left, with the new version, so that saving again does not double them.
  const conflict = async (current: SeriesDetail) => {
    const again = await previewExtension({ series: current, ...form.value })
    const freshValues = { ...values, version: String(current.version) }
    const errors = { form: ['series.extendConflict'] }
    return again.ok
      ? reply({ step: 'review', values: freshValues, rows: reviewRows(again.dates, null), errors }, 409)
      : reply(
          { step: 'form', values: freshValues, errors: { ...errors, ...refusalErrors(again.refusals) } },
          409,
        )
  }
  if (intent === 'save' && form.value.version !== series.version) return conflict(series)
  const preview = await previewExtension({ series, ...form.value })
  if (!preview.ok) return reply({ step: 'form', values, errors: refusalErrors(preview.refusals) })
  if (intent === 'preview')
    return reply({ step: 'review', values, rows: reviewRows(preview.dates, null), errors: {} })

  const result = await extendSeries({ seriesId: series.id, ...form.value, include, actorId: user.id })
  if (result.ok) {
    return redirectWithToast(request, `/bijeenkomsten/reeksen/${series.id}`, {
      type: 'success',
      message:
        result.created === 1 ? t('series.extendedOne') : t('series.extended', { count: result.created }),
    })
  }
  invariantResponse(result.reason !== 'notFound', 404)
  if (result.reason === 'invalid') {
    return reply({
      step: 'review',
      values,
      rows: reviewRows(preview.dates, include),
      errors: refusalErrors(result.refusals),
    })
  }
  return conflict(await requireSeries(params))
}

export default function ExtendSeries() {
  const { series, after, initial, choices, region } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const back = `/bijeenkomsten/reeksen/${series.id}`
  const values: Record<string, string> = reply?.values ?? initial
  return (
    <>
      <PageHeader title={t('series.extendTitle', { title: series.title })} intro={series.intro} />
      {after === null ? (
        <p className="text-amber-900">{t('series.ruleUnknown')}</p>
      ) : reply?.step === 'review' ? (
        <SeriesReview
          rows={reply.rows}
          hidden={reply.values}
          errors={reply.errors}
          intro={t('series.reviewIntro')}
          saveLabel={t('series.extendSave')}
        />
      ) : (
        <Form method="post" className="max-w-3xl space-y-8" noValidate>
          <h2 className="text-lg font-semibold">{t('series.stepForm')}</h2>
          <p className="text-slate-700">{t('series.extendIntro', { date: after })}</p>
          <ErrorSummary errors={reply?.errors} />
          <input type="hidden" name="version" value={values.version ?? initial.version} />
          <SeriesEndFields
            values={values}
            errors={reply?.errors}
            choices={choices}
            region={region}
            maxOccurrences={MAX_OCCURRENCES}
          />
          <div className="flex gap-3">
            <Button name="intent" value="preview">
              {t('series.showDates')}
            </Button>
            <Link to={back} className={buttonClass('secondary')}>
              {t('series.cancel')}
            </Link>
          </div>
        </Form>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
