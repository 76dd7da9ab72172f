import { redirect } from '@remix-run/node'
import { setToast, type Toast } from './session.server.ts'

// Throws a Response with `status` when `condition` is falsy (400/403/404/409 reach the
// error boundary with a Dutch message, never a stack trace).
export function invariantResponse(
  condition: unknown,
  status: 400 | 403 | 404 | 409,
  message?: string,
): asserts condition {
  if (!condition) throw new Response(message ?? null, { status })
}

// Returns a route param, or throws 404 when it is missing.
export function requireParam(params: Record<string, string | undefined>, name: string) {
  const value = params[name]
  invariantResponse(value, 404)
  return value
}

// Returns a redirect that shows `toast` on the next page.
export async function redirectWithToast(request: Request, url: string, toast: Toast, init?: ResponseInit) {
  const headers = new Headers(init?.headers)
  headers.append('Set-Cookie', await setToast(request, toast))
  return redirect(url, { ...init, headers })
}
