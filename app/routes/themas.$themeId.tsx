import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { AdviceFigures } from '~/components/advice-figures.tsx'
import { type ConflictChange, ConflictNotice } from '~/components/conflict-notice.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { getAdviceFigures } from '~/models/advice/advice.server.ts'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import {
  THEME_DESCRIPTION_MAX,
  THEME_NAME_MAX,
  ThemeMergeSchema,
  ThemePageSearchSchema,
  ThemeUpdateSchema,
} from '~/models/theme/theme.schema.ts'
import {
  getTheme,
  listThemes,
  mergeThemes,
  setThemeActive,
  updateTheme,
} from '~/models/theme/theme.server.ts'
import { listOrganisationsForThemes } from '~/models/theme/theme-lookup.server.ts'
import {
  describeEvidence,
  themeDomainLabel,
  themeDomainOptions,
  themeLabel,
} from '~/models/theme/theme-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { changedFields, decodeSnapshot, encodeSnapshot } from '~/utils/conflict.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { type MessageKey, t, translateRef } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.theme.name ?? t('theme.listTitle')} · ${t('app.name')}` },
]

type EditableTheme = { name: string; domain: string; description: string | null; active: boolean }

// Returns the values the edit form was opened with, for spotting what someone else changed.
function snapshotOf(theme: EditableTheme) {
  return {
    name: theme.name,
    domain: theme.domain,
    description: theme.description ?? '',
    status: theme.active ? 'active' : 'retired',
  }
}

const fieldLabels: Record<string, MessageKey> = {
  name: 'theme.name',
  domain: 'theme.domain',
  description: 'theme.description',
  status: 'theme.columnStatus',
}

// Returns a snapshot value as the page shows it (labels instead of codes).
function displayValue(field: string, value: string) {
  if (field === 'domain' && value) return themeDomainLabel(value)
  if (field === 'status') return t(value === 'active' ? 'theme.active' : 'theme.retired')
  return value
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const themeId = requireParam(params, 'themeId')
  const theme = await getTheme({ themeId })
  invariantResponse(theme, 404)
  const url = new URL(request.url)
  const { alle: showAll } = ThemePageSearchSchema.parse({ alle: url.searchParams.get('alle') ?? undefined })
  const canManage = hasRole(user.role, 'coordinator')
  const [organisations, otherThemes, adviceFigures] = await Promise.all([
    listOrganisationsForThemes({ themeIds: [themeId], councilsOnly: !showAll, includeInactive: showAll }),
    canManage ? listThemes({ includeRetired: true }) : Promise.resolve([]),
    getAdviceFigures({ themeId }),
  ])
  const mergeTargets = otherThemes
    .filter((other) => other.id !== themeId)
    .map((other) => ({ id: other.id, name: other.name, domain: other.domain, active: other.active }))
  return {
    theme,
    base: encodeSnapshot(snapshotOf(theme)),
    organisations,
    adviceFigures,
    showAll,
    canManage,
    mergeTargets,
  }
}

type ActionReply = {
  intent: string
  errors: FieldErrors
  values: Record<string, string>
  conflict?: { changes: ConflictChange[]; version: number; base: string }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const themeId = requireParam(params, 'themeId')
  const formData = await request.formData()
  const intent = String(formData.get('intent') ?? '')
  const reply = (result: Omit<ActionReply, 'intent'>, status: number) =>
    data<ActionReply>({ intent, ...result }, { status })
  const url = `/themas/${themeId}`

  switch (intent) {
    case 'update': {
      const form = parseForm(formData, ThemeUpdateSchema)
      if (!form.success) return reply({ errors: form.errors, values: form.values }, 400)
      const result = await updateTheme({ themeId, ...form.value, actorId: user.id })
      if (result.ok) return redirectWithToast(request, url, { type: 'success', message: t('theme.saved') })
      if (result.reason === 'notFound') throw new Response(null, { status: 404 })
      if (result.reason === 'nameTaken')
        return reply({ errors: { name: ['theme.nameTaken'] }, values: formValues(formData) }, 400)
      const current = await getTheme({ themeId })
      invariantResponse(current, 404)
      const snapshot = snapshotOf(current)
      const changes = changedFields(decodeSnapshot(formData.get('base')), snapshot).map((change) => ({
        label: t(fieldLabels[change.field] ?? 'theme.name'),
        before: displayValue(change.field, change.before),
        after: displayValue(change.field, change.after),
      }))
      return reply(
        {
          errors: {},
          values: formValues(formData),
          conflict: { changes, version: current.version, base: encodeSnapshot(snapshot) },
        },
        409,
      )
    }
    case 'retire':
    case 'reactivate': {
      const active = intent === 'reactivate'
      const result = await setThemeActive({ themeId, active, actorId: user.id })
      if (!result.ok) throw new Response(null, { status: 404 })
      return redirectWithToast(request, url, {
        type: 'success',
        message: t(active ? 'theme.reactivatedToast' : 'theme.retiredToast', { name: result.theme.name }),
      })
    }
    case 'merge': {
      const form = parseForm(formData, ThemeMergeSchema)
      if (!form.success) return reply({ errors: form.errors, values: form.values }, 400)
      const result = await mergeThemes({ sourceId: themeId, targetId: form.value.targetId, actorId: user.id })
      if (result.ok) {
        return redirectWithToast(request, `/themas/${result.target.id}`, {
          type: 'success',
          message: t('theme.merged', { source: result.source.name, target: result.target.name }),
        })
      }
      if (result.reason === 'notFound') throw new Response(null, { status: 404 })
      const message = result.reason === 'sameTheme' ? 'theme.mergeSelf' : 'validation.unknownReference'
      return reply({ errors: { targetId: [message] }, values: formValues(formData) }, 400)
    }
    default:
      throw new Response(null, { status: 400 })
  }
}

export default function ThemePage() {
  const { theme, base, organisations, adviceFigures, showAll, canManage, mergeTargets } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const replyFor = (intent: string) => (actionData?.intent === intent ? actionData : undefined)
  const update = replyFor('update')
  const merge = replyFor('merge')
  const statusReply = replyFor(theme.active ? 'retire' : 'reactivate')
  const values = update?.values ?? {}
  const mergeValues = merge?.values ?? {}
  const conflict = update?.conflict
  return (
    <>
      <PageHeader
        title={theme.name}
        intro={
          <>
            {themeDomainLabel(theme.domain)} ·{' '}
            {theme.active ? (
              <Badge tone="success">{t('theme.active')}</Badge>
            ) : (
              <Badge tone="warning">{t('theme.retired')}</Badge>
            )}
          </>
        }
        actions={
          <>
            <Link to={`/themas?thema=${theme.id}`} className={buttonClass('secondary')}>
              {t('theme.compare')}
            </Link>
            <Link to="/themas" className={buttonClass('secondary')}>
              {t('theme.backToList')}
            </Link>
          </>
        }
      />
      {theme.description ? <p className="mb-4 max-w-prose text-slate-800">{theme.description}</p> : null}
      {theme.active ? null : (
        <p className="mb-6 max-w-prose rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {t('theme.retiredNotice')}
        </p>
      )}

      <section aria-labelledby="theme-shared" className="mb-10">
        <h2 id="theme-shared" className="text-lg font-semibold">
          {t('theme.sharedTitle')}
        </h2>
        <p className="text-slate-700">{t(showAll ? 'theme.sharedIntroAll' : 'theme.sharedIntroCouncils')}</p>
        <p className="mt-1 mb-3">
          <Link
            to={showAll ? `/themas/${theme.id}` : `/themas/${theme.id}?alle=ja`}
            className="text-brand-700 underline"
          >
            {t(showAll ? 'theme.showCouncilsOnly' : 'theme.showAll')}
          </Link>
        </p>
        <p className="text-sm text-slate-700">{t('theme.evidenceIntro')}</p>
        {organisations.length === 0 ? (
          <p>{t(showAll ? 'theme.sharedNoneAll' : 'theme.sharedNoneCouncils')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('theme.sharedTitle')}</caption>
              <thead>
                <tr className="border-b-2 border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('theme.columnOrganisation')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('theme.columnType')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('theme.columnMunicipalities')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('theme.columnEvidence')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {organisations.map((organisation) => (
                  <tr key={organisation.id} className="border-b border-slate-200">
                    <td className="py-2 pr-4">
                      <Link to={`/organisaties/${organisation.id}`} className="text-brand-700 underline">
                        {organisation.name}
                      </Link>{' '}
                      {organisation.active ? null : <Badge>{t('theme.inactive')}</Badge>}
                    </td>
                    <td className="py-2 pr-4">{organisationTypeLabel(organisation.type)}</td>
                    <td className="py-2 pr-4">
                      {organisation.municipalities.length > 0 ? (
                        organisation.municipalities.map((municipality, index) => (
                          <span key={municipality.id}>
                            {index > 0 ? ', ' : null}
                            <Link to={`/gemeenten/${municipality.id}`} className="text-brand-700 underline">
                              {municipality.name}
                            </Link>
                          </span>
                        ))
                      ) : (
                        <span className="text-slate-600">{t('theme.noMunicipalities')}</span>
                      )}
                    </td>
                    <td className="py-2 pr-4">{describeEvidence(organisation.evidence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="mb-10">
        <AdviceFigures
          figures={adviceFigures}
          id="theme-advice-figures"
          intro={t('theme.adviceFiguresIntro')}
        />
      </div>

      {canManage ? (
        <div className="grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="theme-edit">
            <h2 id="theme-edit" className="mb-3 text-lg font-semibold">
              {t('theme.editTitle')}
            </h2>
            {conflict ? (
              <ConflictNotice changes={conflict.changes} />
            ) : (
              <ErrorSummary errors={update?.errors} />
            )}
            <Form method="post" className="space-y-4" noValidate>
              <input type="hidden" name="version" value={conflict?.version ?? theme.version} />
              <input type="hidden" name="base" value={conflict?.base ?? base} />
              <TextField
                label={t('theme.name')}
                name="name"
                required
                maxLength={THEME_NAME_MAX}
                defaultValue={values.name ?? theme.name}
                errors={update?.errors.name}
              />
              <SelectField
                label={t('theme.domain')}
                name="domain"
                required
                defaultValue={values.domain ?? theme.domain}
                options={themeDomainOptions()}
                errors={update?.errors.domain}
              />
              <TextField
                label={t('theme.description')}
                name="description"
                maxLength={THEME_DESCRIPTION_MAX}
                hint={t('theme.descriptionHint')}
                defaultValue={values.description ?? theme.description ?? ''}
                errors={update?.errors.description}
              />
              <Button name="intent" value="update">
                {t('theme.save')}
              </Button>
            </Form>
          </section>

          <div className="space-y-10">
            <section aria-labelledby="theme-status">
              <h2 id="theme-status" className="mb-2 text-lg font-semibold">
                {t('theme.statusTitle')}
              </h2>
              <p className="mb-3 text-slate-700">{t('theme.statusIntro')}</p>
              <ErrorSummary errors={statusReply?.errors} />
              <Form method="post">
                {theme.active ? (
                  <Button name="intent" value="retire" variant="secondary">
                    {t('theme.retire')}
                  </Button>
                ) : (
                  <Button name="intent" value="reactivate" variant="secondary">
                    {t('theme.reactivate')}
                  </Button>
                )}
              </Form>
            </section>

            <section aria-labelledby="theme-merge">
              <h2 id="theme-merge" className="mb-2 text-lg font-semibold">
                {t('theme.mergeTitle')}
              </h2>
              <p className="mb-1 text-slate-700">{t('theme.mergeIntro', { name: theme.name })}</p>
              <p className="mb-3 text-sm text-slate-700">
                {theme.organisationCount === 1
                  ? t('theme.taggedCount.one')
                  : t('theme.taggedCount.other', { count: theme.organisationCount })}
              </p>
              <Form method="post" className="space-y-4" noValidate>
                <ErrorSummary errors={merge?.errors} />
                <SelectField
                  label={t('theme.mergeTarget')}
                  name="targetId"
                  required
                  defaultValue={mergeValues.targetId ?? ''}
                  options={[
                    { value: '', label: t('theme.chooseTheme') },
                    ...mergeTargets.map((target) => ({
                      value: target.id,
                      label: themeLabel(target),
                    })),
                  ]}
                  errors={merge?.errors.targetId}
                />
                <MergeConfirm name={theme.name} errors={merge?.errors.confirm} />
                <Button name="intent" value="merge" variant="danger">
                  {t('theme.mergeSubmit')}
                </Button>
              </Form>
            </section>
          </div>
        </div>
      ) : null}
    </>
  )
}

// The checkbox that confirms a merge, which cannot be undone.
function MergeConfirm({ name, errors }: { name: string; errors?: string[] }) {
  const invalid = Boolean(errors?.length)
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id="merge-confirm"
          name="confirm"
          className="mt-1 h-4 w-4 accent-brand-700"
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'merge-confirm-error' : undefined}
        />
        <label htmlFor="merge-confirm">{t('theme.mergeConfirm', { name })}</label>
      </div>
      {invalid ? (
        <ul id="merge-confirm-error" className="text-sm font-medium text-red-700">
          {errors?.map((error) => (
            <li key={error}>{translateRef(error)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
