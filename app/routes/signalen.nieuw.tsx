import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  SIGNAL_DESCRIPTION_MAX,
  SIGNAL_TITLE_MAX,
  SignalCreateSchema,
} from '~/models/signal/signal.schema.ts'
import { createSignal, getSignalFormOptions } from '~/models/signal/signal.server.ts'
import { calendarDay, dayInputValue } from '~/models/signal/signal-dates.ts'
import { type SignalFormOptions, signalFormOptions } from '~/models/signal/signal-options.ts'
import { hasContactDetails } from '~/models/signal/signal-privacy.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('signal.new')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'opbouwwerker' })
  const options = signalFormOptions(await getSignalFormOptions())
  // ?spreekuurpunt=<id> (from a spreekuurpunt's page) chooses the source in advance.
  const wanted = new URL(request.url).searchParams.get('spreekuurpunt') ?? ''
  const sourceId = options.sources.some((source) => source.value === wanted && wanted !== '') ? wanted : ''
  return {
    options,
    initial: { values: { sourceId, receivedOn: dayInputValue(calendarDay()) }, lists: {} },
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, SignalCreateSchema)
  if (!form.success) {
    return data({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  }
  const result = await createSignal({ ...form.value, actorId: user.id })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid')
      for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data({ errors, ...submittedValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/signalen/${result.signalId}`, {
    type: 'success',
    message: t('signal.created', { title: form.value.title }),
  })
}

// The create and edit form of a signal: what the user typed (`submitted`), the errors next
// to their fields, and the privacy warning above the description. The box "not a client's
// detail" appears once the text holds an e-mail address or phone number.
export function SignalForm({
  options,
  submitted,
  errors,
  withSource,
  submitLabel,
  cancelTo,
  hidden,
}: {
  options: SignalFormOptions
  submitted: SubmittedValues
  errors?: FieldErrors
  withSource: boolean
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
}) {
  const { values, lists } = submitted
  const askConfirmation =
    values.contactConfirmed === 'on' ||
    hasContactDetails(`${values.title ?? ''}\n${values.description ?? ''}`)
  const descriptionDescribedBy = [
    'signal-privacy-warning',
    errors?.description ? 'signal-description-error' : '',
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <Form method="post" className="max-w-3xl space-y-6" noValidate>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {withSource ? (
          <div className="sm:col-span-2">
            <SelectField
              label={t('signal.source')}
              name="sourceId"
              required
              hint={t('signal.sourceHint')}
              defaultValue={values.sourceId ?? ''}
              options={options.sources}
              errors={errors?.sourceId}
            />
          </div>
        ) : null}
        <TextField
          label={t('signal.receivedOn')}
          name="receivedOn"
          type="date"
          required
          defaultValue={values.receivedOn}
          errors={errors?.receivedOn}
        />
        <SelectField
          label={t('signal.municipality')}
          name="municipalityId"
          defaultValue={values.municipalityId ?? ''}
          options={options.municipalities}
          errors={errors?.municipalityId}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('signal.title')}
            name="title"
            required
            maxLength={SIGNAL_TITLE_MAX}
            autoComplete="off"
            defaultValue={values.title}
            errors={errors?.title}
          />
        </div>
      </div>

      <div className="space-y-3">
        <div
          id="signal-privacy-warning"
          className="rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950"
        >
          <p className="font-semibold">{t('signal.privacyTitle')}</p>
          <p>{t('signal.privacyWarning')}</p>
        </div>
        <TextAreaField
          id="signal-description"
          label={t('signal.description')}
          name="description"
          required
          rows={8}
          maxLength={SIGNAL_DESCRIPTION_MAX}
          defaultValue={values.description}
          errors={errors?.description}
          aria-describedby={descriptionDescribedBy}
        />
        {askConfirmation ? (
          <div className="flex items-start gap-2 rounded-md border border-slate-300 bg-slate-50 p-3">
            <input
              type="checkbox"
              id="signal-contact-confirmed"
              name="contactConfirmed"
              defaultChecked={values.contactConfirmed === 'on'}
              className="mt-1 h-4 w-4 accent-brand-700"
            />
            <label htmlFor="signal-contact-confirmed">{t('signal.contactConfirmed')}</label>
          </div>
        ) : null}
      </div>

      <CheckboxGroup
        label={t('signal.themes')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={2}
      />

      <div className="flex gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('signal.cancel')}
        </Link>
      </div>
    </Form>
  )
}

export default function NewSignal() {
  const { options, initial } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader title={t('signal.new')} intro={t('signal.newIntro')} />
      <SignalForm
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors as FieldErrors | undefined}
        withSource
        submitLabel={t('signal.create')}
        cancelTo="/signalen"
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
