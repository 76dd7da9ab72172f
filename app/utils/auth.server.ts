import { redirect } from '@remix-run/node'
import { hasRole, type Role } from '~/models/user/roles.ts'
import { getSessionUser } from '~/models/user/session.server.ts'
import { env } from './env.server.ts'
import { clearSessionToken, readSessionToken } from './session.server.ts'

export type CurrentUser = { id: string; name: string; email: string; role: string }
export type Authenticated = { user: CurrentUser; sessionId: string }

// The root loader and the page's loader run in parallel on the same request; they share
// one session lookup.
const lookups = new WeakMap<Request, Promise<Authenticated | null>>()

// Returns the signed-in user and session, or null. Never throws for a bad cookie.
export function getOptionalUser(request: Request): Promise<Authenticated | null> {
  let lookup = lookups.get(request)
  if (!lookup) {
    lookup = lookUpSession(request)
    lookups.set(request, lookup)
  }
  return lookup
}

async function lookUpSession(request: Request): Promise<Authenticated | null> {
  const token = await readSessionToken(request)
  if (!token) return null
  const found = await getSessionUser({ token, idleMs: env.sessionIdleMs })
  return found ? { user: found.user, sessionId: found.sessionId } : null
}

// Returns the signed-in user when their role is at least `role`. Without a session it
// redirects to /login (and back afterwards); with too low a role it throws 403.
export async function requireUser(request: Request, { role }: { role: Role }): Promise<Authenticated> {
  const authenticated = await getOptionalUser(request)
  if (!authenticated) {
    const url = new URL(request.url)
    const back = `${url.pathname}${url.search}`
    const search = back === '/' ? '' : `?${new URLSearchParams({ redirectTo: back })}`
    const headers = new Headers()
    if (await readSessionToken(request)) headers.append('Set-Cookie', await clearSessionToken())
    throw redirect(`/login${search}`, { headers })
  }
  if (!hasRole(authenticated.user.role, role)) throw new Response(null, { status: 403 })
  return authenticated
}
