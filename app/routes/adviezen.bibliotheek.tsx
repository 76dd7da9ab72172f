import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { ErrorSummary, SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import {
  ADVICE_SEARCH_MAX,
  type LibraryQuery,
  LibraryQuerySchema,
  ReuseSchema,
} from '~/models/advice/advice.schema.ts'
import {
  getAdviceFilterOptions,
  listCouncilOptions,
  listLibrary,
  reuseAdvice,
} from '~/models/advice/advice.server.ts'
import {
  adviceTypeLabel,
  adviceTypeOptions,
  councilSelectOptions,
  responseOutcomeLabel,
  responseOutcomeTone,
  successfulOutcomeOptions,
} from '~/models/advice/advice-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type FieldErrors, parseForm, submittedValues } from '~/utils/forms.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('advice.library')} · ${t('app.name')}` }]

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = LibraryQuerySchema.parse(Object.fromEntries(url.searchParams))
  const canReuse = hasRole(user.role, 'opbouwwerker')
  const [library, filterOptions, councils] = await Promise.all([
    listLibrary({
      themeId: query.thema,
      type: query.type,
      municipalityId: query.gemeente,
      outcome: query.uitkomst,
      q: query.q,
      page: query.pagina,
    }),
    getAdviceFilterOptions(),
    canReuse ? listCouncilOptions() : Promise.resolve([]),
  ])
  return { query, ...library, filterOptions, councils: councilSelectOptions(councils), canReuse }
}

type Reply = { adviceId: string; errors: FieldErrors; lists: Record<string, string[]> }

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'opbouwwerker' })
  const formData = await request.formData()
  const adviceId = String(formData.get('adviceId') ?? '')
  const reply = (errors: FieldErrors) =>
    data<Reply>({ adviceId, errors, lists: submittedValues(formData).lists }, { status: 400 })
  const form = parseForm(formData, ReuseSchema)
  if (!form.success) return reply(form.errors)
  const result = await reuseAdvice({ ...form.value, actorId: user.id })
  if (!result.ok) {
    invariantResponse(result.reason !== 'notFound', 404)
    const errors: FieldErrors = {}
    for (const refusal of result.refusals) errors[refusal.field] ??= [refusal.message]
    return reply(errors)
  }
  return redirectWithToast(request, `/adviezen/${result.adviceId}`, {
    type: 'success',
    message: t('advice.reused', { title: result.basedOnTitle }),
  })
}

// Returns the library URL for the same search with another page.
function hrefWith(query: LibraryQuery, pagina: number) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina })) {
    if (value === undefined || value === '' || (key === 'pagina' && value === 1)) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/adviezen/bibliotheek'
}

export default function Library() {
  const { query, total, pageCount, advices, filterOptions, councils, canReuse } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const any = { value: '', label: t('advice.any') }
  const named = (items: { id: string; name: string }[]) =>
    items.map((item) => ({ value: item.id, label: item.name }))
  const councilChoices = [{ value: '', label: t('advice.chooseCouncilOption') }, ...councils]
  return (
    <>
      <PageHeader
        title={t('advice.library')}
        intro={t('advice.libraryIntro')}
        actions={
          <Link to="/adviezen" className={buttonClass('secondary')}>
            {t('advice.libraryBack')}
          </Link>
        }
      />
      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('advice.filters')}
      >
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <div className="sm:col-span-2 lg:col-span-4">
            <TextField
              label={t('advice.librarySearch')}
              name="q"
              type="search"
              maxLength={ADVICE_SEARCH_MAX}
              defaultValue={query.q ?? ''}
            />
          </div>
          <SelectField
            label={t('advice.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...named(filterOptions.themes)]}
          />
          <SelectField
            label={t('advice.filterType')}
            name="type"
            defaultValue={query.type ?? ''}
            options={[any, ...adviceTypeOptions()]}
          />
          <SelectField
            label={t('advice.filterMunicipality')}
            name="gemeente"
            defaultValue={query.gemeente ?? ''}
            options={[any, ...named(filterOptions.municipalities)]}
          />
          <SelectField
            label={t('advice.libraryOutcome')}
            name="uitkomst"
            defaultValue={query.uitkomst ?? ''}
            options={[any, ...successfulOutcomeOptions()]}
          />
        </div>
        <div className="mt-3 flex items-center gap-3">
          <Button>{t('advice.applyFilters')}</Button>
          <Link to="/adviezen/bibliotheek" className={buttonClass('link')}>
            {t('advice.resetFilters')}
          </Link>
        </div>
      </Form>

      <p className="mb-2 text-slate-700" role="status">
        {total === 1 ? t('advice.countOne') : t('advice.count', { count: total })}
      </p>
      {advices.length === 0 ? <p>{t('advice.libraryNone')}</p> : null}
      <ul className="space-y-6">
        {advices.map((advice) => {
          const replied = actionData?.adviceId === advice.id ? actionData : undefined
          const chosen = replied?.lists.councilIds ?? []
          return (
            <li key={advice.id}>
              <article
                aria-labelledby={`advice-${advice.id}`}
                className="space-y-3 rounded-md border border-slate-300 p-4"
              >
                <h2 id={`advice-${advice.id}`} className="text-lg font-semibold">
                  <Link to={`/adviezen/${advice.id}`} className="text-brand-700 underline">
                    {advice.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">
                  {adviceTypeLabel(advice.type)} · {advice.councils.map((council) => council.name).join(', ')}{' '}
                  {advice.joint ? <Badge tone="success">{t('advice.joint')}</Badge> : null}
                </p>
                <p>
                  {advice.responseOutcome ? (
                    <Badge tone={responseOutcomeTone(advice.responseOutcome)}>
                      {responseOutcomeLabel(advice.responseOutcome)}
                    </Badge>
                  ) : null}{' '}
                  {advice.responseOn ? (
                    <span className="text-sm text-slate-700">{formatDateOnly(advice.responseOn)}</span>
                  ) : null}
                  {advice.reuseCount > 0 ? (
                    <span className="text-sm text-slate-700">
                      {' '}
                      ·{' '}
                      {advice.reuseCount === 1
                        ? t('advice.libraryReusedOnce')
                        : t('advice.libraryReused', { count: advice.reuseCount })}
                    </span>
                  ) : null}
                </p>
                {advice.themes.length > 0 ? (
                  <p className="text-sm">{advice.themes.map((theme) => theme.name).join(' · ')}</p>
                ) : null}
                {advice.excerpt ? (
                  <p className="whitespace-pre-line text-slate-800">{advice.excerpt}</p>
                ) : null}
                {canReuse ? (
                  <details className="rounded-md border border-slate-200 p-3" open={replied !== undefined}>
                    <summary className="cursor-pointer font-semibold">{t('advice.reuseTitle')}</summary>
                    <Form method="post" className="mt-3 space-y-3" noValidate>
                      <p className="text-sm text-slate-700">{t('advice.reuseIntro')}</p>
                      <ErrorSummary errors={replied?.errors} />
                      <input type="hidden" name="adviceId" value={advice.id} />
                      <div className="grid gap-3 sm:grid-cols-2">
                        <SelectField
                          label={t('advice.reuseCouncils')}
                          name="councilIds"
                          required
                          defaultValue={chosen[0] ?? ''}
                          options={councilChoices}
                          errors={replied?.errors.councilIds}
                        />
                        <SelectField
                          label={t('advice.reuseSecondCouncil')}
                          name="councilIds"
                          defaultValue={chosen[1] ?? ''}
                          options={councilChoices}
                        />
                      </div>
                      <Button>{t('advice.reuseSubmit')}</Button>
                    </Form>
                  </details>
                ) : null}
              </article>
            </li>
          )
        })}
      </ul>
      <Pagination page={query.pagina} pageCount={pageCount} hrefFor={(n) => hrefWith(query, n)} />
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
