import { createCookie, createCookieSessionStorage } from '@remix-run/node'
import { env, getSessionSecret } from './env.server.ts'

// The session cookie carries only a random token; the session itself lives in the database.
export const sessionCookie = createCookie('raadnet_session', {
  httpOnly: true,
  sameSite: 'lax',
  secure: env.cookieSecure,
  path: '/',
  secrets: [getSessionSecret()],
})

// Returns the session token from the request, or null (a tampered or garbage cookie is null).
export async function readSessionToken(request: Request): Promise<string | null> {
  try {
    const value: unknown = await sessionCookie.parse(request.headers.get('Cookie'))
    return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null
  } catch {
    return null
  }
}

// Returns a Set-Cookie value that stores `token` until `expiresAt`.
export function commitSessionToken(token: string, expiresAt: Date) {
  return sessionCookie.serialize(token, { expires: expiresAt })
}

// Returns a Set-Cookie value that removes the session cookie.
export function clearSessionToken() {
  return sessionCookie.serialize('', { maxAge: 0 })
}

export type Toast = { type: 'success' | 'error' | 'info'; message: string }

// A short-lived flash cookie for the message shown once after a redirect.
const toastStorage = createCookieSessionStorage({
  cookie: {
    name: 'raadnet_toast',
    httpOnly: true,
    sameSite: 'lax',
    secure: env.cookieSecure,
    path: '/',
    secrets: [getSessionSecret()],
  },
})

// Returns a Set-Cookie value that flashes `toast` for the next page.
export async function setToast(request: Request, toast: Toast) {
  const session = await toastStorage.getSession(request.headers.get('Cookie'))
  session.flash('toast', toast)
  return toastStorage.commitSession(session)
}

// Returns the flashed toast (if any) and the Set-Cookie value that consumes it.
export async function readToast(request: Request) {
  const session = await toastStorage.getSession(request.headers.get('Cookie'))
  const value: unknown = session.get('toast')
  const toast = isToast(value) ? value : null
  return { toast, setCookie: toast ? await toastStorage.commitSession(session) : null }
}

// Returns true when `value` has the shape of a Toast.
function isToast(value: unknown): value is Toast {
  if (typeof value !== 'object' || value === null) return false
  const { type, message } = value as Record<string, unknown>
  return (type === 'success' || type === 'error' || type === 'info') && typeof message === 'string'
}
