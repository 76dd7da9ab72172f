import type { ActionFunctionArgs } from '@remix-run/node'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { deleteSession } from '~/models/user/session.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { redirectWithToast } from '~/utils/responses.server.ts'
import { clearSessionToken, readSessionToken } from '~/utils/session.server.ts'

// Logging out is a POST only; a GET is an unknown page.
export function loader() {
  throw new Response(null, { status: 404 })
}

export async function action({ request }: ActionFunctionArgs) {
  const token = await readSessionToken(request)
  if (token) await deleteSession({ token })
  return redirectWithToast(
    request,
    '/login',
    { type: 'info', message: t('login.sessionEnded') },
    { headers: { 'Set-Cookie': await clearSessionToken() } },
  )
}

// A component and boundary make this a page route, so a GET shows the app's 404 page
// instead of the browser's bare error.
export default function Logout() {
  return null
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
