import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { organisationTypeLabel } from '~/models/organisation/organisation-options.ts'
import {
  THEME_DESCRIPTION_MAX,
  THEME_NAME_MAX,
  ThemeCreateSchema,
  ThemeLookupSearchSchema,
} from '~/models/theme/theme.schema.ts'
import { createTheme, listThemes } from '~/models/theme/theme.server.ts'
import { listOrganisationsForThemes } from '~/models/theme/theme-lookup.server.ts'
import {
  groupByDomain,
  themeDomainLabel,
  themeDomainOptions,
  themeLabel,
} from '~/models/theme/theme-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { type FieldErrors, formValues, parseForm } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('theme.listTitle')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = ThemeLookupSearchSchema.parse({ thema: url.searchParams.getAll('thema') })
  const themes = await listThemes({ includeRetired: true })
  // Ids of themes that do not exist (typed by hand, merged away) are ignored.
  const known = new Set(themes.map((theme) => theme.id))
  const selectedIds = query.thema.filter((id) => known.has(id))
  const councils =
    selectedIds.length > 0
      ? await listOrganisationsForThemes({
          themeIds: selectedIds,
          councilsOnly: true,
          includeInactive: false,
        })
      : null
  return { themes, selectedIds, councils, canManage: hasRole(user.role, 'coordinator') }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'coordinator' })
  const formData = await request.formData()
  if (formData.get('intent') !== 'create') throw new Response(null, { status: 400 })
  const form = parseForm(formData, ThemeCreateSchema)
  if (!form.success) return data({ errors: form.errors, values: form.values }, { status: 400 })
  const result = await createTheme({ ...form.value, actorId: user.id })
  if (!result.ok) {
    return data({ errors: { name: ['theme.nameTaken'] }, values: formValues(formData) }, { status: 400 })
  }
  return redirectWithToast(request, `/themas/${result.theme.id}`, {
    type: 'success',
    message: t('theme.created', { name: result.theme.name }),
  })
}

export default function Themes() {
  const { themes, selectedIds, councils, canManage } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.errors as FieldErrors | undefined
  const values: Record<string, string> = actionData?.values ?? {}
  const selected = new Set(selectedIds)
  const selectedNames = themes.filter((theme) => selected.has(theme.id)).map((theme) => theme.name)
  const groups = groupByDomain(themes)
  return (
    <>
      <PageHeader
        title={t('theme.listTitle')}
        intro={t('theme.listIntro')}
        actions={
          <Link to="/themas/overlap" className={buttonClass('secondary')}>
            {t('overlap.linkFromThemes')}
          </Link>
        }
      />

      <section aria-labelledby="theme-lookup" className="mb-10">
        <h2 id="theme-lookup" className="text-lg font-semibold">
          {t('theme.lookupTitle')}
        </h2>
        <p className="mb-3 max-w-prose text-slate-700">{t('theme.lookupIntro')}</p>
        {/* Remounted per selection, so "Keuze wissen" also clears the ticked boxes. */}
        <Form method="get" key={selectedIds.join(',')} className="space-y-4">
          <fieldset>
            <legend className="font-medium text-slate-900">{t('theme.lookupLegend')}</legend>
            <div className="mt-2 grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
              {groups.map((group) => (
                <div key={group.domain}>
                  <p className="text-sm font-semibold text-slate-700">{themeDomainLabel(group.domain)}</p>
                  <ul className="mt-1 space-y-1">
                    {group.themes.map((theme) => (
                      <li key={theme.id} className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          id={`thema-${theme.id}`}
                          name="thema"
                          value={theme.id}
                          defaultChecked={selected.has(theme.id)}
                          className="mt-1 h-4 w-4 accent-brand-700"
                        />
                        <label htmlFor={`thema-${theme.id}`}>{themeLabel(theme)}</label>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button>{t('theme.lookupSubmit')}</Button>
            {selectedIds.length > 0 ? (
              <Link to="/themas" className={buttonClass('secondary')}>
                {t('theme.lookupClear')}
              </Link>
            ) : null}
          </div>
        </Form>

        {councils ? (
          <div className="mt-6" aria-live="polite">
            <h3 className="font-semibold">{t('theme.lookupResultTitle')}</h3>
            <p className="text-slate-700">
              {t('theme.lookupResultIntro', { themes: selectedNames.join(', ') })}
            </p>
            {councils.length === 0 ? (
              <p className="mt-2">{t('theme.lookupNone')}</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {councils.map((council) => (
                  <li key={council.id}>
                    <Link to={`/organisaties/${council.id}`} className="font-medium text-brand-700 underline">
                      {council.name}
                    </Link>{' '}
                    <span className="text-slate-700">· {organisationTypeLabel(council.type)}</span>
                    {council.municipalities.length > 0 ? (
                      <span className="block text-sm text-slate-600">
                        {council.municipalities.map((municipality) => municipality.name).join(', ')}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="theme-overview" className="mb-10">
        <h2 id="theme-overview" className="text-lg font-semibold">
          {t('theme.overviewTitle')}
        </h2>
        <p className="mb-3 text-slate-700">{t('theme.overviewIntro')}</p>
        {themes.length === 0 ? (
          <p>{t('theme.noThemes')}</p>
        ) : (
          <div className="space-y-6">
            {groups.map((group) => (
              <div key={group.domain} className="overflow-x-auto">
                <table className="w-full max-w-3xl border-collapse text-left">
                  <caption className="mb-1 text-left font-semibold">{themeDomainLabel(group.domain)}</caption>
                  <thead>
                    <tr className="border-b-2 border-slate-300">
                      <th scope="col" className="py-2 pr-4">
                        {t('theme.columnTheme')}
                      </th>
                      <th scope="col" className="w-24 py-2 pr-4 text-right">
                        {t('theme.columnCouncils')}
                      </th>
                      <th scope="col" className="w-32 py-2 pr-4">
                        {t('theme.columnStatus')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.themes.map((theme) => (
                      <tr key={theme.id} className="border-b border-slate-200">
                        <td className="py-2 pr-4">
                          <Link to={`/themas/${theme.id}`} className="text-brand-700 underline">
                            {theme.name}
                          </Link>
                        </td>
                        <td className="py-2 pr-4 text-right tabular-nums">{theme.councilCount}</td>
                        <td className="py-2 pr-4">
                          {theme.active ? null : <Badge tone="warning">{t('theme.retired')}</Badge>}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </div>
        )}
      </section>

      {canManage ? (
        <section aria-labelledby="theme-new" className="max-w-lg">
          <h2 id="theme-new" className="text-lg font-semibold">
            {t('theme.newTitle')}
          </h2>
          <p className="mb-3 text-slate-700">{t('theme.newIntro')}</p>
          <Form method="post" className="space-y-4" noValidate>
            <ErrorSummary errors={errors} />
            <TextField
              label={t('theme.name')}
              name="name"
              required
              maxLength={THEME_NAME_MAX}
              hint={t('theme.nameHint')}
              defaultValue={values.name}
              errors={errors?.name}
            />
            <SelectField
              label={t('theme.domain')}
              name="domain"
              required
              defaultValue={values.domain ?? ''}
              options={themeDomainOptions()}
              errors={errors?.domain}
            />
            <TextField
              label={t('theme.description')}
              name="description"
              maxLength={THEME_DESCRIPTION_MAX}
              hint={t('theme.descriptionHint')}
              defaultValue={values.description}
              errors={errors?.description}
            />
            <Button name="intent" value="create">
              {t('theme.create')}
            </Button>
          </Form>
        </section>
      ) : null}
    </>
  )
}
