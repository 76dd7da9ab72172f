import { randomUUID } from 'node:crypto'
import type { AppLoadContext } from '@remix-run/node'
import { hashPassword } from '~/models/user/password.server.ts'
import type { Role } from '~/models/user/roles.ts'
import { createSession } from '~/models/user/session.server.ts'
import { prisma } from '~/utils/db.server.ts'
import { commitSessionToken } from '~/utils/session.server.ts'

export const TEST_PASSWORD = 'correct horse battery'

let cachedHash: Promise<string> | undefined

// Creates a user; every user from this factory has TEST_PASSWORD unless told otherwise.
export async function createTestUser({
  role = 'opbouwwerker',
  name = 'Test Gebruiker',
  email = `test-${randomUUID()}@example.org`,
  password,
  active = true,
}: {
  role?: Role
  name?: string
  email?: string
  password?: string
  active?: boolean
} = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD)
  const passwordHash = password ? await hashPassword(password) : await cachedHash
  return prisma.user.create({ data: { role, name, email: email.toLowerCase(), passwordHash, active } })
}

// Returns a Cookie header value for a fresh session of `userId`.
export async function sessionCookieFor(userId: string, maxAgeMs = 12 * 3_600_000) {
  const session = await createSession({ userId, maxAgeMs })
  const setCookie = await commitSessionToken(session.token, session.expiresAt)
  return { cookie: setCookie.split(';')[0] ?? '', sessionId: session.sessionId }
}

// Creates a user with `role` and returns the user with a Cookie header for them.
export async function signedIn(role: Role) {
  const user = await createTestUser({ role })
  const { cookie, sessionId } = await sessionCookieFor(user.id)
  return { user, cookie, sessionId }
}

// Returns a Request as the browser would send it.
export type FormFields = Record<string, string | string[]>

// Returns form fields as a browser posts them: a list value becomes a repeated field.
export function formBody(fields: FormFields) {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item)
  }
  return body
}

export function makeRequest(
  url: string,
  { cookie, method = 'GET', form }: { cookie?: string; method?: string; form?: FormFields } = {},
) {
  const headers = new Headers()
  if (cookie) headers.set('Cookie', cookie)
  const body = form ? formBody(form) : undefined
  if (body) headers.set('Content-Type', 'application/x-www-form-urlencoded')
  return new Request(new URL(url, 'http://localhost'), { method: form ? 'POST' : method, headers, body })
}

// Returns a form POST to `url` by the user of `cookie`, with repeated fields for lists.
export function postForm(url: string, cookie: string, fields: FormFields) {
  return makeRequest(url, { cookie, form: fields })
}

export const testContext = (clientIp = '192.0.2.1'): AppLoadContext => ({ cspNonce: 'test-nonce', clientIp })

// Runs a loader or action and returns what it returned or threw (Responses are thrown too).
export async function settle<T>(run: () => Promise<T>): Promise<T | Response> {
  try {
    return await run()
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
}

export type Outcome<D = unknown> = {
  status: number
  headers: Headers
  data: D | undefined
  location: string | null
}

// Returns status, headers and data of whatever a loader or action produced: a Response
// (returned or thrown), a `data()` result, or plain data.
export async function outcome<D = unknown>(run: () => Promise<unknown>): Promise<Outcome<D>> {
  const result = await settle(run)
  if (result instanceof Response) {
    return {
      status: result.status,
      headers: result.headers,
      data: undefined,
      location: result.headers.get('Location'),
    }
  }
  if (
    result &&
    typeof result === 'object' &&
    (result as { type?: unknown }).type === 'DataWithResponseInit'
  ) {
    const { data, init } = result as { data: D; init: ResponseInit | null }
    const headers = new Headers(init?.headers)
    return { status: init?.status ?? 200, headers, data, location: headers.get('Location') }
  }
  return { status: 200, headers: new Headers(), data: result as D, location: null }
}

// Creates a municipality; current unless `validTo` is given.
export function createTestMunicipality({
  name = `Gemeente ${randomUUID().slice(0, 8)}`,
  validTo = null as Date | null,
} = {}) {
  return prisma.municipality.create({
    data: { name, cbsCode: `GM${randomUUID().slice(0, 6)}`, province: 'Fryslân', validTo },
  })
}

// Creates a theme.
export function createTestTheme({
  name = `Thema ${randomUUID().slice(0, 8)}`,
  domain = 'WI',
  active = true,
} = {}) {
  return prisma.theme.create({ data: { name, domain, active } })
}

// Creates an organisation (a W&I council unless told otherwise) with its links.
export function createTestOrganisation({
  name = `Raad ${randomUUID().slice(0, 8)}`,
  type = 'CLIENT_COUNCIL_WI',
  active = true,
  municipalityIds = [] as string[],
  themeIds = [] as string[],
} = {}) {
  return prisma.organisation.create({
    data: {
      name,
      type,
      active,
      municipalities: { create: municipalityIds.map((municipalityId) => ({ municipalityId })) },
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
    },
  })
}
