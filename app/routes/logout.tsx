import type { ActionFunctionArgs } from '@remix-run/node'
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
