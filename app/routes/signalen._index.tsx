import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField, TextField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { getSettings } from '~/models/settings/settings.server.ts'
import {
  SIGNAL_VIEWS,
  type SignalListQuery,
  SignalListQuerySchema,
  type SignalView,
} from '~/models/signal/signal.schema.ts'
import {
  countSignals,
  getSignalFilterOptions,
  listOpenSignalsByCouncil,
  listSignals,
  listSignalsWithoutFeedback,
  type SignalListItem,
} from '~/models/signal/signal.server.ts'
import {
  signalStatusFilterOptions,
  signalStatusLabel,
  signalStatusTone,
} from '~/models/signal/signal-options.ts'
import { hasRole } from '~/models/user/roles.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateOnly } from '~/utils/dates.ts'
import { type MessageKey, t } from '~/utils/i18n/index.ts'

export const meta: MetaFunction = () => [{ title: `${t('signal.listTitle')} · ${t('app.name')}` }]

// Returns the data of the chosen view.
async function loadView(query: SignalListQuery, feedbackWeeks: number) {
  switch (query.weergave) {
    case 'per-raad':
      return { view: 'per-raad' as const, ...(await listOpenSignalsByCouncil(query)) }
    case 'zonder-terugkoppeling':
      return {
        view: 'zonder-terugkoppeling' as const,
        signals: await listSignalsWithoutFeedback(query, { weeks: feedbackWeeks }),
      }
    case 'telling':
      return { view: 'telling' as const, ...(await countSignals(query)) }
    default:
      return { view: 'lijst' as const, ...(await listSignals(query)) }
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const url = new URL(request.url)
  const query = SignalListQuerySchema.parse(Object.fromEntries(url.searchParams))
  const { signalFeedbackWeeks: feedbackWeeks } = await getSettings()
  const [content, filterOptions] = await Promise.all([
    loadView(query, feedbackWeeks),
    getSignalFilterOptions(),
  ])
  return {
    query,
    content,
    filterOptions,
    feedbackWeeks,
    canCreate: hasRole(user.role, 'opbouwwerker'),
    canExport: hasRole(user.role, 'opbouwwerker'),
  }
}

// Returns the overview URL for the same filters with some values replaced.
function hrefWith(query: SignalListQuery, changes: Partial<Record<keyof SignalListQuery, string | number>>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries({ ...query, pagina: undefined, ...changes })) {
    if (value === undefined || value === '') continue
    if ((key === 'weergave' && value === 'lijst') || (key === 'pagina' && value === 1)) continue
    params.set(key, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : '/signalen'
}

const VIEW_LABELS: Record<SignalView, MessageKey> = {
  lijst: 'signal.viewList',
  'per-raad': 'signal.viewByCouncil',
  'zonder-terugkoppeling': 'signal.viewWithoutFeedback',
  telling: 'signal.viewCounts',
}

export default function Signals() {
  const { query, content, filterOptions, feedbackWeeks, canCreate, canExport } =
    useLoaderData<typeof loader>()
  const { search } = useLocation()
  const any = { value: '', label: t('signal.any') }
  const named = (items: { id: string; name: string }[]) =>
    items.map((item) => ({ value: item.id, label: item.name }))
  return (
    <>
      <PageHeader
        title={t('signal.listTitle')}
        intro={t('signal.listIntro')}
        actions={
          canCreate ? (
            <Link to="/signalen/nieuw" className={buttonClass('primary')}>
              {t('signal.new')}
            </Link>
          ) : undefined
        }
      />
      <nav aria-label={t('signal.views')} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {SIGNAL_VIEWS.map((view) => (
            <li key={view}>
              <Link
                to={hrefWith(query, { weergave: view })}
                aria-current={query.weergave === view ? 'page' : undefined}
                className={`inline-block rounded-md border px-3 py-1.5 text-sm font-semibold ${
                  query.weergave === view
                    ? 'border-brand-700 bg-brand-700 text-white'
                    : 'border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
                }`}
              >
                {t(VIEW_LABELS[view])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <Form
        method="get"
        className="mb-6 rounded-md border border-slate-300 bg-slate-50 p-4"
        aria-label={t('signal.filters')}
      >
        {query.weergave !== 'lijst' ? <input type="hidden" name="weergave" value={query.weergave} /> : null}
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <SelectField
            label={t('signal.filterStatus')}
            name="status"
            defaultValue={query.status ?? ''}
            options={[any, ...signalStatusFilterOptions()]}
          />
          <SelectField
            label={t('signal.filterSource')}
            name="spreekuurpunt"
            defaultValue={query.spreekuurpunt ?? ''}
            options={[any, ...named(filterOptions.sources)]}
          />
          <SelectField
            label={t('signal.filterCouncil')}
            name="raad"
            defaultValue={query.raad ?? ''}
            options={[any, ...named(filterOptions.councils)]}
          />
          <SelectField
            label={t('signal.filterTheme')}
            name="thema"
            defaultValue={query.thema ?? ''}
            options={[any, ...named(filterOptions.themes)]}
          />
          <SelectField
            label={t('signal.filterMunicipality')}
            name="gemeente"
            defaultValue={query.gemeente ?? ''}
            options={[any, ...named(filterOptions.municipalities)]}
          />
          <TextField label={t('signal.filterFrom')} name="van" type="date" defaultValue={query.van ?? ''} />
          <TextField label={t('signal.filterTo')} name="tot" type="date" defaultValue={query.tot ?? ''} />
          <div className="flex items-end gap-3">
            <Button>{t('signal.applyFilters')}</Button>
            <Link to={hrefWith({ weergave: query.weergave, pagina: 1 }, {})} className={buttonClass('link')}>
              {t('signal.resetFilters')}
            </Link>
          </div>
        </div>
      </Form>

      {canExport ? (
        <p className="mb-3 flex flex-wrap gap-4">
          <a href={`/signalen/export.csv${search}`} className="text-brand-700 underline">
            {t('export.download')}
          </a>
        </p>
      ) : null}

      {content.view === 'lijst' ? (
        <>
          <p className="mb-2 text-slate-700" role="status">
            {content.total === 1 ? t('signal.countOne') : t('signal.count', { count: content.total })}
          </p>
          <SignalTable signals={content.signals} caption={t('signal.listTitle')} />
          <Pagination
            page={query.pagina}
            pageCount={content.pageCount}
            hrefFor={(n) => hrefWith(query, { pagina: n })}
          />
        </>
      ) : null}

      {content.view === 'per-raad' ? (
        <div className="space-y-8">
          <p className="text-slate-700">{t('signal.byCouncilIntro')}</p>
          {content.councils.length === 0 && content.notForwarded.length === 0 ? (
            <p>{t('signal.noneOpen')}</p>
          ) : null}
          {content.councils.map((group) => (
            <section
              key={group.council.id}
              aria-labelledby={`council-${group.council.id}`}
              className="space-y-2"
            >
              <h2 id={`council-${group.council.id}`} className="text-lg font-semibold">
                <Link to={`/organisaties/${group.council.id}`} className="text-brand-700 underline">
                  {group.council.name}
                </Link>{' '}
                <span className="text-base font-normal text-slate-700">
                  (
                  {group.signals.length === 1
                    ? t('signal.countOne')
                    : t('signal.count', { count: group.signals.length })}
                  )
                </span>
              </h2>
              <SignalTable signals={group.signals} caption={group.council.name} withCouncils={false} />
            </section>
          ))}
          {content.notForwarded.length > 0 ? (
            <section aria-labelledby="not-forwarded" className="space-y-2">
              <h2 id="not-forwarded" className="text-lg font-semibold">
                {t('signal.notForwarded')}{' '}
                <span className="text-base font-normal text-slate-700">
                  (
                  {content.notForwarded.length === 1
                    ? t('signal.countOne')
                    : t('signal.count', { count: content.notForwarded.length })}
                  )
                </span>
              </h2>
              <SignalTable
                signals={content.notForwarded}
                caption={t('signal.notForwarded')}
                withCouncils={false}
              />
            </section>
          ) : null}
        </div>
      ) : null}

      {content.view === 'zonder-terugkoppeling' ? (
        <div className="space-y-3">
          <p className="text-slate-700">{t('signal.withoutFeedbackIntro', { weeks: feedbackWeeks })}</p>
          {content.signals.length === 0 ? (
            <p>{t('signal.noneStuck')}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">{t('signal.viewWithoutFeedback')}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-300">
                    <th scope="col" className="py-2 pr-4">
                      {t('signal.title')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('signal.councils')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('signal.firstForwardedOn')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('signal.waiting')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('signal.status')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {content.signals.map((signal) => (
                    <tr key={signal.id} className="border-b border-slate-200 align-top">
                      <td className="py-2 pr-4">
                        <Link to={`/signalen/${signal.id}`} className="text-brand-700 underline">
                          {signal.title}
                        </Link>
                        <span className="block text-sm text-slate-700">{signal.source.name}</span>
                      </td>
                      <td className="py-2 pr-4">
                        {signal.councils.map((council) => council.name).join(', ')}
                      </td>
                      <td className="py-2 pr-4">
                        {signal.firstForwardedOn ? formatDateOnly(signal.firstForwardedOn) : ''}
                      </td>
                      <td className="py-2 pr-4">{t('signal.weeks', { weeks: signal.weeksWaiting })}</td>
                      <td className="py-2 pr-4">
                        <Badge tone={signalStatusTone(signal.status)}>
                          {signalStatusLabel(signal.status)}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      ) : null}

      {content.view === 'telling' ? (
        <div className="space-y-8">
          <p className="text-slate-700" role="status">
            {content.total === 1 ? t('signal.countOne') : t('signal.count', { count: content.total })}
          </p>
          <CountTable
            rows={content.byTheme}
            caption={t('signal.countsByTheme')}
            heading={t('signal.theme')}
          />
          <CountTable
            rows={content.byMunicipality}
            caption={t('signal.countsByMunicipality')}
            heading={t('signal.municipality')}
          />
        </div>
      ) : null}
    </>
  )
}

function SignalTable({
  signals,
  caption,
  withCouncils = true,
}: {
  signals: SignalListItem[]
  caption: string
  withCouncils?: boolean
}) {
  if (signals.length === 0) return <p>{t('signal.none')}</p>
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">
              {t('signal.title')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('signal.source')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('signal.receivedOn')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('signal.municipality')}
            </th>
            {withCouncils ? (
              <th scope="col" className="py-2 pr-4">
                {t('signal.councils')}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              {t('signal.status')}
            </th>
          </tr>
        </thead>
        <tbody>
          {signals.map((signal) => (
            <tr key={signal.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <Link to={`/signalen/${signal.id}`} className="text-brand-700 underline">
                  {signal.title}
                </Link>
              </td>
              <td className="py-2 pr-4">{signal.source.name}</td>
              <td className="py-2 pr-4 whitespace-nowrap">{formatDateOnly(signal.receivedOn)}</td>
              <td className="py-2 pr-4">{signal.municipality?.name ?? ''}</td>
              {withCouncils ? (
                <td className="py-2 pr-4">{signal.councils.map((council) => council.name).join(', ')}</td>
              ) : null}
              <td className="py-2 pr-4">
                <Badge tone={signalStatusTone(signal.status)}>{signalStatusLabel(signal.status)}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function CountTable({
  rows,
  caption,
  heading,
}: {
  rows: { id: string | null; name: string; total: number; open: number; fedBack: number }[]
  caption: string
  heading: string
}) {
  return (
    <section className="space-y-2">
      <h2 className="text-lg font-semibold">{caption}</h2>
      {rows.length === 0 ? (
        <p>{t('signal.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full max-w-2xl border-collapse text-left">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {heading}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t('signal.countTotal')}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t('signal.countOpen')}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t('signal.countDone')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id ?? 'none'} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {row.name}
                  </th>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.total}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.open}</td>
                  <td className="py-2 pr-4 text-right tabular-nums">{row.fedBack}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
