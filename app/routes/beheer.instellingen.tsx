import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  type SerializeFrom,
} from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import {
  regionOptions,
  settingGroupLabel,
  settingHint,
  settingLabel,
  settingSourceText,
  settingValueText,
} from '~/models/settings/setting-options.ts'
import { SettingsFormSchema } from '~/models/settings/settings.schema.ts'
import { getSettingsOverview, resetSetting, saveSettings } from '~/models/settings/settings.server.ts'
import {
  isSettingKey,
  SETTING_DEFINITIONS,
  SETTING_GROUPS,
  type SettingKey,
} from '~/models/settings/settings.ts'
import { requireUser } from '~/utils/auth.server.ts'
import {
  decodeSnapshot,
  encodeSnapshot,
  type FieldChange,
  revalidateAfterConflict,
} from '~/utils/conflict.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

const PATH = '/beheer/instellingen'
const RESET_FORM_ID = 'instelling-terugzetten'

export const meta: MetaFunction = () => [{ title: `${t('settings.title')} · ${t('app.name')}` }]

export const shouldRevalidate = revalidateAfterConflict

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  const { items, base } = await getSettingsOverview()
  return { items, base: encodeSnapshot(base) }
}

type ActionReply = {
  intent: string
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; base: string }
}

// Returns the other person's changes in words: the setting's label and its stored values.
function describeChanges(changes: FieldChange[]): ConflictChange[] {
  const shown = (key: SettingKey, stored: string) =>
    stored === '' ? t('settings.notStored') : settingValueText(key, stored)
  return changes.flatMap((change) =>
    isSettingKey(change.field)
      ? [
          {
            label: settingLabel(change.field),
            before: shown(change.field, change.before),
            after: shown(change.field, change.after),
          },
        ]
      : [],
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'beheerder' })
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const base = decodeSnapshot(formData.get('base'))
  const reply = (result: Omit<ActionReply, 'intent'>, status: number) =>
    data<ActionReply>({ intent, ...result }, { status })

  switch (intent) {
    case 'save': {
      const form = parseForm(formData, SettingsFormSchema)
      if (!form.success) return reply({ errors: form.errors, values: form.values }, 400)
      const result = await saveSettings({ values: form.value, base, actorId: user.id })
      if (result.ok) {
        const message = result.changed.length > 0 ? t('settings.saved') : t('settings.unchanged')
        return redirectWithToast(request, PATH, { type: 'success', message })
      }
      return reply(
        {
          errors: {},
          values: formValues(formData),
          conflict: { changes: describeChanges(result.changes), base: encodeSnapshot(result.base) },
        },
        409,
      )
    }
    case 'reset': {
      const key = String(formData.get('key') ?? '')
      if (!isSettingKey(key)) throw new Response(null, { status: 400 })
      const result = await resetSetting({ key, base, actorId: user.id })
      if (result.ok) {
        return redirectWithToast(request, PATH, {
          type: 'success',
          message: t('settings.resetDone', {
            label: settingLabel(key),
            value: `${settingValueText(key, result.value)} (${settingSourceText(key, result.source)})`,
          }),
        })
      }
      return reply(
        {
          errors: { [key]: ['settings.conflictReset'] },
          values: {},
          conflict: { changes: describeChanges(result.changes), base: encodeSnapshot(result.base) },
        },
        409,
      )
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

// One setting: its field with label and hint, the value in force and where it comes from,
// and "terug naar standaard" when a value is stored.
function SettingField({
  item,
  value,
  errors,
}: {
  item: SerializeFrom<typeof loader>['items'][number]
  value: string | undefined
  errors: string[] | undefined
}) {
  const key = item.key
  const definition = SETTING_DEFINITIONS[key]
  const common = {
    id: `instelling-${key}`,
    name: key,
    label: settingLabel(key),
    hint: settingHint(key),
    errors,
    // Every setting needs a value; said to assistive technology rather than "(verplicht)"
    // after every label.
    'aria-required': true,
    defaultValue: value ?? String(item.value),
  }
  const source = settingSourceText(key, item.source, { at: item.storedAt, by: item.storedBy })
  return (
    <div className="space-y-2 border-t border-slate-200 pt-4 first-of-type:border-t-0 first-of-type:pt-0">
      {definition.kind === 'choice' ? (
        <SelectField {...common} options={regionOptions()} />
      ) : definition.kind === 'count' ? (
        <TextField {...common} inputMode="numeric" autoComplete="off" />
      ) : (
        <TextField {...common} maxLength={definition.max} autoComplete="off" />
      )}
      <p className="text-sm text-slate-800">
        {t('settings.inForce', { value: settingValueText(key, item.value), source })}
      </p>
      {item.ignoredStored !== null ? (
        <p className="text-sm text-amber-900">{t('settings.ignoredStored', { value: item.ignoredStored })}</p>
      ) : null}
      {item.ignoredEnv !== null ? (
        <p className="text-sm text-amber-900">
          {t('settings.ignoredEnv', { name: item.env, value: item.ignoredEnv })}
        </p>
      ) : null}
      {item.source === 'stored' || item.ignoredStored !== null ? (
        <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
          <button
            type="submit"
            form={RESET_FORM_ID}
            name="key"
            value={key}
            aria-label={t('settings.resetLabel', { label: settingLabel(key) })}
            className="font-semibold text-brand-700 underline hover:text-brand-900"
          >
            {t('settings.reset')}
          </button>
          <span>
            {t('settings.afterReset', {
              value: settingValueText(key, item.afterReset.value),
              source: settingSourceText(key, item.afterReset.source),
            })}
          </span>
        </p>
      ) : null}
    </div>
  )
}

export default function SettingsPage() {
  const { items, base } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors
  const values = actionData?.values ?? {}
  const conflict = actionData?.conflict
  const formBase = conflict?.base ?? base
  const byKey = new Map(items.map((item) => [item.key, item]))
  return (
    <>
      <PageHeader
        title={t('settings.title')}
        intro={t('settings.intro')}
        actions={
          <Link to="/beheer" className={buttonClass('secondary')}>
            {t('admin.title')}
          </Link>
        }
      />
      {conflict ? <ConflictNotice changes={conflict.changes} /> : <ErrorSummary errors={errors} />}
      {/* Remounted when the stored settings change, so a saved or reset value shows anew. */}
      <Form key={formBase} method="post" noValidate className="max-w-3xl space-y-8">
        <input type="hidden" name="base" value={formBase} />
        {SETTING_GROUPS.map((group) => (
          <fieldset key={group.id} className="space-y-4 rounded-md border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold text-slate-900">
              {settingGroupLabel(group.id)}
            </legend>
            {group.keys.map((key) => {
              const item = byKey.get(key)
              return item ? (
                <SettingField key={key} item={item} value={values[key]} errors={errors?.[key]} />
              ) : null
            })}
          </fieldset>
        ))}
        <Button name="intent" value="save">
          {t('settings.save')}
        </Button>
      </Form>
      {/* The "terug naar standaard" buttons belong to this form (form attribute), so Enter in a
          field above still saves. */}
      <Form id={RESET_FORM_ID} method="post" className="hidden">
        <input type="hidden" name="intent" value="reset" />
        <input type="hidden" name="base" value={formBase} />
      </Form>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
