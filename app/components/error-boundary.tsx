import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import { t } from '~/utils/i18n/index.ts'

// Returns the Dutch title and explanation for an HTTP status.
function describeStatus(status: number) {
  switch (status) {
    case 403:
      return { title: t('error.403.title'), body: t('error.403') }
    case 404:
    case 405:
      return { title: t('error.404.title'), body: t('error.404') }
    case 409:
      return { title: t('error.409.title'), body: t('error.409') }
    case 400:
      return { title: t('error.title'), body: t('error.400') }
    default:
      return { title: t('error.500.title'), body: t('error.500') }
  }
}

// The error page for thrown Responses (403/404/…) and unexpected errors. It never shows a
// stack trace; unexpected errors are logged on the server (entry.server.tsx).
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const { title, body } = describeStatus(status)
  return (
    <section aria-labelledby="error-title" className="max-w-prose py-6">
      <h1 id="error-title" className="text-2xl font-bold text-slate-900">
        {title}
      </h1>
      <p className="mt-3 text-slate-800">{body}</p>
      <p className="mt-1 text-sm text-slate-600">HTTP {status}</p>
      <p className="mt-6">
        <Link to="/" className="text-brand-700 underline">
          {t('error.backHome')}
        </Link>
      </p>
    </section>
  )
}
