import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { ScanPeriodFields } from '~/components/quickscan-scan-form.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { calendarDay, toDateInputValue } from '~/models/person/membership-term.ts'
import { RescanSchema } from '~/models/quickscan/scan.schema.ts'
import { canRescan, getRescanOptions, startRescan } from '~/models/quickscan/scan.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData, error }) => [
  {
    title: `${
      loaderData
        ? t('quickscan.rescan.title', { title: loaderData.baseline.title })
        : isRouteErrorResponse(error) && error.status === 404
          ? t('error.404.title')
          : t('quickscan.links.rescan')
    } · ${t('app.name')}`,
  },
]

const DAY_MS = 86_400_000
const DEFAULT_DAYS_OPEN = 21

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const options = await getRescanOptions(requireParam(params, 'scanId'))
  invariantResponse(options, 404)
  const { baseline } = options
  const today = calendarDay()
  return {
    baseline: {
      id: baseline.id,
      title: baseline.title,
      councils: baseline.councils.map((council) => council.name).join(', '),
    },
    allowed: canRescan(baseline.status),
    questionnaires: options.complete.map((option) => ({
      value: option.id,
      label: t('quickscan.questionnaireVersion', { name: option.name, version: option.versionNumber }),
    })),
    incomplete: options.incomplete.map((option) =>
      t('quickscan.rescan.incompleteItem', {
        name: option.name,
        version: option.versionNumber,
        codes: option.missingCodes.join(', '),
      }),
    ),
    initial: {
      title: t('quickscan.rescan.defaultTitle', { title: baseline.title }),
      // The newest comparable version is offered first.
      questionnaireId: options.complete[0]?.id ?? baseline.questionnaire.id,
      opensOn: toDateInputValue(today),
      closesOn: toDateInputValue(new Date(today.getTime() + DEFAULT_DAYS_OPEN * DAY_MS)),
      minGroupSize: String(baseline.minGroupSize),
    } as Record<string, string>,
  }
}

type Reply = { errors: FieldErrors; values: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const baselineId = requireParam(params, 'scanId')
  const formData = await request.formData()
  const { values } = submittedValues(formData)
  const form = parseForm(formData, RescanSchema)
  if (!form.success) {
    invariantResponse(await getRescanOptions(baselineId), 404)
    return data<Reply>({ errors: form.errors, values }, { status: 400 })
  }
  const result = await startRescan({ baselineId, ...form.value, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason === 'invalid', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data<Reply>({ errors, values }, { status: 400 })
  }
  return redirectWithToast(request, `/quickscans/${result.scanId}`, {
    type: 'success',
    message: t('quickscan.rescan.created'),
  })
}

export default function StartRescan() {
  const { baseline, allowed, questionnaires, incomplete, initial } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const values = actionData?.values ?? initial
  const errors = actionData?.errors
  return (
    <>
      <PageHeader
        title={t('quickscan.rescan.title', { title: baseline.title })}
        intro={t('quickscan.rescan.intro', { councils: baseline.councils })}
        actions={
          <Link to={`/quickscans/${baseline.id}`} className={buttonClass('secondary')}>
            {t('quickscan.backToScan')}
          </Link>
        }
      />
      {allowed ? (
        <Form method="post" className="max-w-3xl space-y-6" noValidate key={JSON.stringify(errors ?? {})}>
          <ErrorSummary errors={errors} />
          <TextField
            label={t('quickscan.form.title')}
            name="title"
            required
            maxLength={200}
            defaultValue={values.title}
            errors={errors?.title}
          />
          <SelectField
            label={t('quickscan.form.questionnaire')}
            name="questionnaireId"
            required
            hint={t('quickscan.rescan.questionnaireHint')}
            defaultValue={values.questionnaireId}
            options={questionnaires}
            errors={errors?.questionnaireId}
          />
          {incomplete.length > 0 ? (
            <div className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950">
              <p className="font-semibold">{t('quickscan.rescan.incompleteTitle')}</p>
              <ul className="mt-1 list-disc pl-5">
                {incomplete.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ScanPeriodFields values={values} errors={errors} />
          <Button>{t('quickscan.rescan.create')}</Button>
        </Form>
      ) : (
        <p role="alert" className="rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950">
          {t('quickscan.rescan.notYet')}
        </p>
      )}
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
