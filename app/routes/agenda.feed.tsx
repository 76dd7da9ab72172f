import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { CalendarFeedUrl } from '~/components/calendar-feed-url.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { Button } from '~/components/ui/button.tsx'
import { PageHeader } from '~/components/ui/page-header.tsx'
import { createFeed, feedPath, getFeedStatus, revokeFeed } from '~/models/calendar/feed.server.ts'
import { requireUser } from '~/utils/auth.server.ts'
import { formatDateTime } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'
import { invariantResponse, redirectWithToast } from '~/utils/responses.server.ts'

export const meta: MetaFunction = () => [{ title: `${t('calendar.feedTitle')} · ${t('app.name')}` }]

// The page can show a secret URL: no cache may keep it.
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' })

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  return { feed: await getFeedStatus({ userId: user.id }) }
}

// Every role may manage their own feed, a lezer too: it only shows what they may read.
export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireUser(request, { role: 'lezer' })
  const intent = String((await request.formData()).get('intent') ?? '')
  invariantResponse(intent === 'create' || intent === 'revoke', 400)
  if (intent === 'revoke') {
    const revoked = await revokeFeed({ userId: user.id })
    return redirectWithToast(request, '/agenda/feed', {
      type: 'success',
      message: t(revoked ? 'calendar.feedRevoked' : 'calendar.feedNothingToRevoke'),
    })
  }
  const token = await createFeed({ userId: user.id })
  // Shown on this answer only; Raadnet keeps just the hash and cannot show it again.
  return { feedUrl: `${new URL(request.url).origin}${feedPath(token)}` }
}

export default function CalendarFeedPage() {
  const { feed } = useLoaderData<typeof loader>()
  const created = useActionData<typeof action>()
  return (
    <>
      <PageHeader
        title={t('calendar.feedTitle')}
        intro={t('calendar.feedIntro')}
        actions={
          <Link to="/agenda" className="text-brand-700 underline">
            {t('calendar.backToAgenda')}
          </Link>
        }
      />
      <div className="max-w-3xl space-y-6">
        {created?.feedUrl ? (
          <section
            aria-labelledby="feed-created-title"
            className="space-y-3 rounded-md border-2 border-green-700 bg-green-50 p-4"
          >
            <h2 id="feed-created-title" className="text-lg font-semibold">
              {t('calendar.feedCreatedTitle')}
            </h2>
            <p className="font-medium">{t('calendar.feedShownOnce')}</p>
            <CalendarFeedUrl url={created.feedUrl} />
          </section>
        ) : null}

        <section aria-labelledby="feed-about-title" className="space-y-2">
          <h2 id="feed-about-title" className="text-lg font-semibold">
            {t('calendar.feedAboutTitle')}
          </h2>
          <p>{t('calendar.feedHowTo')}</p>
          <p>{t('calendar.feedContents')}</p>
          <p>{t('calendar.feedSecret')}</p>
        </section>

        <section aria-labelledby="feed-status-title" className="space-y-3">
          <h2 id="feed-status-title" className="text-lg font-semibold">
            {t('calendar.feedStatusTitle')}
          </h2>
          {feed ? (
            <>
              <p>
                {t('calendar.feedActiveSince', { date: formatDateTime(feed.createdAt) })}{' '}
                {feed.lastUsedAt
                  ? t('calendar.feedLastUsed', { date: formatDateTime(feed.lastUsedAt) })
                  : t('calendar.feedNeverUsed')}
              </p>
              <div className="flex flex-wrap gap-6">
                <Form method="post" className="space-y-1">
                  <Button name="intent" value="create" variant="secondary">
                    {t('calendar.feedReplace')}
                  </Button>
                  <p className="text-sm text-slate-700">{t('calendar.feedReplaceHint')}</p>
                </Form>
                <Form method="post" className="space-y-1">
                  <Button name="intent" value="revoke" variant="danger">
                    {t('calendar.feedRevoke')}
                  </Button>
                  <p className="text-sm text-slate-700">{t('calendar.feedRevokeHint')}</p>
                </Form>
              </div>
            </>
          ) : (
            <>
              <p>{t('calendar.feedNone')}</p>
              <Form method="post">
                <Button name="intent" value="create">
                  {t('calendar.feedCreate')}
                </Button>
              </Form>
            </>
          )}
        </section>
      </div>
    </>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
