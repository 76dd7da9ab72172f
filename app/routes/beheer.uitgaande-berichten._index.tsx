import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { SelectField } from '~/components/ui/field.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { Pagination } from '~/components/ui/pagination.tsx'
import { listMessages, retryUnsentMessages } from '~/models/mail/outbox.server.ts'
import {
  mailKindLabel,
  OUTBOX_STATUSES,
  outboxStatusLabel,
  outboxStatusTone,
} from '~/models/mail/outbox-statuses.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { isSmtpConfigured } from '~/utils/mail.server.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('outbox.title')} · ${t('app.name')}` }]

// The filters in the URL; a value that makes no sense falls back to the default.
const QuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  const query = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const list = await listMessages({ status: query.status, page: query.pagina })
  return { query, ...list, smtpConfigured: isSmtpConfigured() }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  const formData = await request.formData()
  if (formData.get('intent') !== 'retry-all') throw new Response(null, { status: 400 })
  const back = `/beheer/uitgaande-berichten?status=FAILED`
  if (!isSmtpConfigured()) {
    return redirectWithToast(request, back, { type: 'error', message: t('outbox.noSmtp') })
  }
  const result = await retryUnsentMessages()
  return redirectWithToast(request, back, {
    type: result.failed > 0 ? 'error' : 'success',
    message: t('outbox.retried', { sent: result.sent, failed: result.failed }),
  })
}

export default function Outbox() {
  const { query, messages, total, counts, pageCount, smtpConfigured } = useLoaderData<typeof loader>()
  const hrefFor = (page: number) => {
    const params = new URLSearchParams()
    if (query.status) params.set('status', query.status)
    if (page > 1) params.set('pagina', String(page))
    const search = params.toString()
    return search ? `?${search}` : '/beheer/uitgaande-berichten'
  }
  const waiting = counts.FAILED + counts.QUEUED
  return (
    <>
      <PageHeader title={t('outbox.title')} intro={t('outbox.intro')} />
      <p className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3" role="note">
        {smtpConfigured ? t('outbox.modeSmtp') : t('outbox.modeOutbox')}
      </p>

      <Form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label={t('outbox.filters')}>
        <SelectField
          label={t('outbox.filterStatus')}
          name="status"
          defaultValue={query.status ?? ''}
          options={[
            { value: '', label: t('outbox.anyStatus') },
            ...OUTBOX_STATUSES.map((status) => ({
              value: status,
              label: `${outboxStatusLabel(status)} (${counts[status]})`,
            })),
          ]}
        />
        <Button variant="secondary">{t('outbox.applyFilter')}</Button>
      </Form>

      {smtpConfigured && waiting > 0 ? (
        <Form method="post" className="mb-4">
          <Button name="intent" value="retry-all">
            {t('outbox.retryAll', { count: waiting })}
          </Button>
        </Form>
      ) : null}

      <p className="mb-2 text-slate-700" role="status">
        {t('outbox.count', { count: total })}
      </p>
      {messages.length === 0 ? (
        <p>{t('outbox.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t('outbox.title')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('outbox.when')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outbox.to')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outbox.subject')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outbox.kind')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('outbox.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(message.createdAt)}</td>
                  <td className="py-2 pr-4">
                    {message.toName ? <span className="block">{message.toName}</span> : null}
                    <span className="text-sm text-slate-700">{message.toAddress}</span>
                  </td>
                  <td className="py-2 pr-4">
                    <Link
                      to={`/beheer/uitgaande-berichten/${message.id}`}
                      className="text-brand-700 underline"
                    >
                      {message.subject}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{mailKindLabel(message.kind)}</td>
                  <td className="py-2 pr-4">
                    <Badge tone={outboxStatusTone(message.status)}>{outboxStatusLabel(message.status)}</Badge>
                    {message.error ? (
                      <span className="mt-1 block text-sm text-red-800">
                        {t('outbox.errorLine', { error: message.error, attempts: message.attempts })}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.pagina} pageCount={pageCount} hrefFor={hrefFor} />
      <p className="mt-6">
        <Link to="/beheer" className={buttonClass('link')}>
          {t('outbox.backToAdmin')}
        </Link>
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
