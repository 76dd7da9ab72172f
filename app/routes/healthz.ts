import { checkDatabase } from '~/models/health/health.server.ts'

// Liveness and readiness in one: 200 when the database answers, 503 when it does not.
export async function loader() {
  const ok = await checkDatabase()
  return Response.json(
    { status: ok ? 'ok' : 'error', db: ok ? 'ok' : 'error' },
    { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  )
}
