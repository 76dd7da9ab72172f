import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Badge } from '~/components/ui/badge.tsx'
import { Button, buttonClass } from '~/components/ui/button.tsx'
import { Detail, Section } from '~/components/ui/detail-page.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { getMessage, retryMessage } from '~/models/mail/outbox.server.ts'
import {
  isRetryable,
  mailKindLabel,
  outboxStatusLabel,
  outboxStatusTone,
} from '~/models/mail/outbox-statuses.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { isSmtpConfigured } from '~/utils/mail.server.ts'
import { invariantResponse, redirectWithToast, requireParam } from '~/utils/responses.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [
  { title: `${loaderData?.message.subject ?? t('outbox.title')} · ${t('app.name')}` },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  const message = await getMessage(requireParam(params, 'messageId'))
  invariantResponse(message, 404)
  const smtpConfigured = isSmtpConfigured()
  return { message, smtpConfigured, canRetry: smtpConfigured && isRetryable(message.status) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUser(request, { role: 'beheerder' })
  const messageId = requireParam(params, 'messageId')
  const formData = await request.formData()
  if (formData.get('intent') !== 'retry') throw new Response(null, { status: 400 })
  const here = `/beheer/uitgaande-berichten/${messageId}`
  if (!isSmtpConfigured()) {
    const exists = await getMessage(messageId)
    invariantResponse(exists, 404)
    return redirectWithToast(request, here, { type: 'error', message: t('outbox.noSmtp') })
  }
  const result = await retryMessage(messageId)
  invariantResponse(result, 404)
  return redirectWithToast(request, here, {
    type: result.sent > 0 ? 'success' : 'error',
    message: result.sent > 0 ? t('outbox.retrySent') : t('outbox.retryFailed'),
  })
}

export default function OutboxMessagePage() {
  const { message, smtpConfigured, canRetry } = useLoaderData<typeof loader>()
  return (
    <>
      <PageHeader title={message.subject} intro={mailKindLabel(message.kind)} />
      <div className="space-y-8">
        <Section id="message-details" title={t('outbox.details')}>
          <dl className="divide-y divide-slate-200">
            <Detail label={t('outbox.status')}>
              <Badge tone={outboxStatusTone(message.status)}>{outboxStatusLabel(message.status)}</Badge>
            </Detail>
            {message.error ? (
              <Detail label={t('outbox.error')}>
                <span className="text-red-800">{message.error}</span>
              </Detail>
            ) : null}
            <Detail label={t('outbox.to')}>
              {message.toName ? `${message.toName} <${message.toAddress}>` : message.toAddress}
            </Detail>
            <Detail label={t('outbox.createdAt')}>{formatDateTime(message.createdAt)}</Detail>
            <Detail label={t('outbox.createdBy')}>{message.createdBy?.name ?? null}</Detail>
            <Detail label={t('outbox.attempts')}>
              {message.lastAttemptAt
                ? t('outbox.attemptsLine', {
                    attempts: message.attempts,
                    last: formatDateTime(message.lastAttemptAt),
                  })
                : t('outbox.noAttempts')}
            </Detail>
            <Detail label={t('outbox.sentAt')}>
              {message.sentAt ? formatDateTime(message.sentAt) : null}
            </Detail>
            <Detail label={t('outbox.meeting')}>
              {message.meeting ? (
                <Link to={`/bijeenkomsten/${message.meeting.id}`} className="text-brand-700 underline">
                  {message.meeting.title}
                </Link>
              ) : null}
            </Detail>
          </dl>
          {canRetry ? (
            <Form method="post">
              <Button name="intent" value="retry">
                {t('outbox.retry')}
              </Button>
            </Form>
          ) : !smtpConfigured ? (
            <p className="text-sm text-slate-700">{t('outbox.modeOutbox')}</p>
          ) : null}
        </Section>

        <Section id="message-text" title={t('outbox.text')}>
          <pre className="overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-3 font-sans whitespace-pre-wrap">
            {message.text}
          </pre>
        </Section>

        {message.icsContent ? (
          <Section id="message-ics" title={t('outbox.ics', { method: message.icsMethod ?? '' })}>
            <pre className="overflow-x-auto rounded-md border border-slate-300 bg-slate-50 p-3 text-sm">
              {message.icsContent}
            </pre>
          </Section>
        ) : null}
      </div>
      <p className="mt-6">
        <Link to="/beheer/uitgaande-berichten" className={buttonClass('link')}>
          {t('outbox.backToList')}
        </Link>
      </p>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
