import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { CheckboxGroup, ErrorSummary, SelectField, TextAreaField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  ADVICE_ROWS_MAX,
  ADVICE_TITLE_MAX,
  AdviceCreateSchema,
  addresseeField,
} from '~/models/advice/advice.schema.ts'
import {
  type AdvicePrefill,
  createAdvice,
  getAdviceFormOptions,
  getAdvicePrefill,
} from '~/models/advice/advice.server.ts'
import { type AdviceFormOptions, adviceFormOptions } from '~/models/advice/advice-options.ts'
import { DEFAULT_ADVICE_TERM_WEEKS } from '~/models/advice/advice-types.ts'
import { getSettings } from '~/models/settings/settings.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, parseForm, type SubmittedValues, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('advice.new')} · ${t('app.name')}` }]

// Returns the form values of a pre-filled new advice.
function prefillValues(prefill: AdvicePrefill, supporterId: string): SubmittedValues {
  return {
    values: { type: prefill.type ?? '', title: prefill.title, supporterId },
    lists: {
      councilIds: prefill.councilIds,
      themeIds: prefill.themeIds,
      signalIds: prefill.signalIds,
      addresseeKind: prefill.addressees.map((addressee) => addressee.kind),
      addresseeMunicipalityId: prefill.addressees.map((addressee) => addressee.municipalityId ?? ''),
      addresseeLabel: prefill.addressees.map((addressee) => addressee.label ?? ''),
    },
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const url = new URL(request.url)
  // ?signaal=<id> (from a signal's page) and ?raad=<id> (from a council's page) fill in what
  // is known already; an unknown id is ignored.
  const prefill = await getAdvicePrefill({
    signalId: url.searchParams.get('signaal')?.slice(0, 64) || null,
    councilId: url.searchParams.get('raad')?.slice(0, 64) || null,
  })
  const choices = await getAdviceFormOptions({
    councilIds: prefill.councilIds,
    keepSignalIds: prefill.signalIds,
  })
  const fromSignal = choices.signals.find((signal) => prefill.signalIds.includes(signal.id)) ?? null
  return {
    options: adviceFormOptions(choices),
    initial: prefillValues(prefill, user.id),
    fromSignal: fromSignal ? { id: fromSignal.id, title: fromSignal.title } : null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const form = parseForm(formData, AdviceCreateSchema)
  if (!form.success) {
    return data({ errors: form.errors, values: form.values, lists: form.lists }, { status: 400 })
  }
  const { adviceResponseWeeks: responseWeeks } = await getSettings()
  const result = await createAdvice({ ...form.value, actorId: user.id, responseWeeks })
  if (!result.ok) {
    const errors: FieldErrors = {}
    if (result.reason === 'invalid')
      for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return data({ errors, ...submittedValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/adviezen/${result.adviceId}`, {
    type: 'success',
    message: t('advice.created', { title: form.value.title }),
  })
}

// Returns `count` rows of a repeated field's values, at least `minimum` and one empty row
// more than filled, so that a council or addressee can be added without JavaScript.
function rows(values: string[] | undefined, minimum: number) {
  const filled = values ?? []
  const count = Math.min(Math.max(minimum, filled.filter(Boolean).length + 1, filled.length), ADVICE_ROWS_MAX)
  return Array.from({ length: count }, (_, index) => filled[index] ?? '')
}

// The create and edit form of an advice: what the user typed (`submitted`) and the errors
// next to their fields. Councils and addressees are rows of selects; empty rows are ignored.
export function AdviceForm({
  options,
  submitted,
  errors,
  submitLabel,
  cancelTo,
  hidden,
}: {
  options: AdviceFormOptions
  submitted: SubmittedValues
  errors?: FieldErrors
  submitLabel: string
  cancelTo: string
  hidden?: Record<string, string>
}) {
  const { values, lists } = submitted
  const councilRows = rows(lists.councilIds, 3)
  const kinds = rows(lists.addresseeKind, 2)
  const addresseeCount = Math.max(
    kinds.length,
    rows(lists.addresseeMunicipalityId, 2).length,
    rows(lists.addresseeLabel, 2).length,
  )
  return (
    <Form method="post" className="max-w-3xl space-y-8" noValidate>
      <ErrorSummary errors={errors} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t('advice.type')}
          name="type"
          required
          defaultValue={values.type ?? ''}
          options={options.types}
          errors={errors?.type}
        />
        <SelectField
          label={t('advice.supporter')}
          name="supporterId"
          defaultValue={values.supporterId ?? ''}
          options={options.supporters}
          errors={errors?.supporterId}
        />
        <div className="sm:col-span-2">
          <TextField
            label={t('advice.title')}
            name="title"
            required
            maxLength={ADVICE_TITLE_MAX}
            autoComplete="off"
            defaultValue={values.title}
            errors={errors?.title}
          />
        </div>
      </div>

      <fieldset className="space-y-3" aria-describedby="advice-councils-hint">
        <legend className="font-medium text-slate-900">{t('advice.councilsLegend')}</legend>
        <p id="advice-councils-hint" className="text-sm text-slate-600">
          {t('advice.councilsHint')}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {councilRows.map((councilId, index) => (
            <SelectField
              // The rows are positional: the index is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows have no other identity
              key={index}
              label={index === 0 ? t('advice.councilLead') : t('advice.councilRow', { number: index + 1 })}
              name="councilIds"
              required={index === 0}
              defaultValue={councilId}
              options={options.councils}
              errors={index === 0 ? errors?.councilIds : undefined}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3" aria-describedby="advice-addressees-hint">
        <legend className="font-medium text-slate-900">{t('advice.addressees')}</legend>
        <p id="advice-addressees-hint" className="text-sm text-slate-600">
          {t('advice.addresseesHint')}
        </p>
        {Array.from({ length: addresseeCount }, (_, index) => (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no other identity
            key={index}
            className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3"
          >
            <legend className="px-1 text-sm text-slate-700">
              {t('advice.addresseeRow', { number: index + 1 })}
            </legend>
            <SelectField
              label={t('advice.addresseeKind')}
              name="addresseeKind"
              defaultValue={lists.addresseeKind?.[index] ?? ''}
              options={options.addresseeKinds}
              errors={errors?.[addresseeField(index)]}
            />
            <SelectField
              label={t('advice.addresseeMunicipality')}
              name="addresseeMunicipalityId"
              defaultValue={lists.addresseeMunicipalityId?.[index] ?? ''}
              options={options.municipalities}
            />
            <TextField
              label={t('advice.addresseeLabel')}
              name="addresseeLabel"
              autoComplete="off"
              defaultValue={lists.addresseeLabel?.[index] ?? ''}
            />
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="space-y-3" aria-describedby="advice-request-hint">
        <legend className="font-medium text-slate-900">{t('advice.request')}</legend>
        <p id="advice-request-hint" className="text-sm text-slate-600">
          {t('advice.requestHint')}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t('advice.requestReceivedOn')}
            name="requestReceivedOn"
            type="date"
            defaultValue={values.requestReceivedOn}
            errors={errors?.requestReceivedOn}
          />
          <TextField
            label={t('advice.deadline')}
            name="deadline"
            type="date"
            hint={t('advice.deadlineHint', { weeks: DEFAULT_ADVICE_TERM_WEEKS })}
            defaultValue={values.deadline}
            errors={errors?.deadline}
          />
        </div>
      </fieldset>

      <div className="space-y-4">
        <TextAreaField
          label={t('advice.summary')}
          name="summary"
          rows={4}
          hint={t('advice.summaryHint')}
          defaultValue={values.summary}
          errors={errors?.summary}
        />
        {/* No maxLength: a browser would cut a pasted long text off without a word. */}
        <TextAreaField
          label={t('advice.body')}
          name="body"
          rows={14}
          hint={t('advice.bodyHint')}
          defaultValue={values.body}
          errors={errors?.body}
        />
      </div>

      <CheckboxGroup
        label={t('advice.themes')}
        name="themeIds"
        options={options.themes}
        selected={lists.themeIds ?? []}
        errors={errors?.themeIds}
        columns={2}
      />

      <fieldset className="space-y-3">
        <legend className="font-medium text-slate-900">{t('advice.origin')}</legend>
        <p className="text-sm text-slate-600">{t('advice.originHint')}</p>
        {options.signals.length === 0 && options.activities.length === 0 ? (
          <p className="text-slate-700">{t('advice.noOriginCandidates')}</p>
        ) : null}
        {options.signals.length > 0 ? (
          <CheckboxGroup
            label={t('advice.signals')}
            name="signalIds"
            options={options.signals}
            selected={lists.signalIds ?? []}
            errors={errors?.signalIds}
            columns={1}
          />
        ) : null}
        {options.activities.length > 0 ? (
          <CheckboxGroup
            label={t('advice.activities')}
            name="activityIds"
            options={options.activities}
            selected={lists.activityIds ?? []}
            errors={errors?.activityIds}
            columns={1}
          />
        ) : null}
      </fieldset>

      <div className="flex gap-3">
        <Button>{submitLabel}</Button>
        <Link to={cancelTo} className={buttonClass('secondary')}>
          {t('advice.cancel')}
        </Link>
      </div>
    </Form>
  )
}

export default function NewAdvice() {
  const { options, initial, fromSignal } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  return (
    <>
      <PageHeader
        title={t('advice.new')}
        intro={fromSignal ? t('advice.newFromSignal', { title: fromSignal.title }) : t('advice.newIntro')}
      />
      <AdviceForm
        options={options}
        submitted={actionData ? { values: actionData.values, lists: actionData.lists } : initial}
        errors={actionData?.errors as FieldErrors | undefined}
        submitLabel={t('advice.create')}
        cancelTo={fromSignal ? `/signalen/${fromSignal.id}` : '/adviezen'}
      />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
