import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

// Routes anyone may reach without logging in.
const PUBLIC_ROUTES = new Set(['login.tsx', 'logout.tsx', 'healthz.ts', '$.tsx'])
// Routes only an admin may reach; every other route needs at least the `lezer` role.
const ADMIN_ROUTES = [
  'beheer._index.tsx',
  'beheer.gebruikers._index.tsx',
  'beheer.gebruikers.nieuw.tsx',
  'beheer.gebruikers.$userId.tsx',
]

type RouteModule = {
  loader?: (args: LoaderFunctionArgs) => Promise<unknown> | unknown
  action?: (args: ActionFunctionArgs) => Promise<unknown> | unknown
}

const routesDir = path.resolve(import.meta.dirname, '../../app/routes')
const routeFiles = readdirSync(routesDir).filter((file) => /\.tsx?$/.test(file) && !file.includes('.test.'))

// Returns the URL a route file serves, with a made-up id for each param.
function urlFor(file: string) {
  const segments = file
    .replace(/\.tsx?$/, '')
    .split('.')
    .filter((segment) => segment !== '_index')
    .map((segment) => (segment.startsWith('$') ? 'voorbeeld' : segment))
  return `/${segments.join('/')}`
}

async function load(file: string) {
  return (await import(/* @vite-ignore */ path.join(routesDir, file))) as RouteModule
}

function call(module: RouteModule, kind: 'loader' | 'action', file: string, cookie?: string) {
  const url = urlFor(file)
  const request = makeRequest(url, { cookie, form: kind === 'action' ? { intent: 'update' } : undefined })
  const fn = module[kind]
  if (!fn) throw new Error(`${file} has no ${kind}`)
  return outcome(async () => fn({ request, params: { userId: 'voorbeeld' }, context: testContext() }))
}

describe('every route checks the user on the server', () => {
  it('finds the route files it guards', () => {
    expect(routeFiles).toContain('beheer.gebruikers._index.tsx')
    expect(routeFiles.length).toBeGreaterThan(10)
  })

  for (const file of routeFiles.filter((f) => !PUBLIC_ROUTES.has(f))) {
    it(`sends a visitor without a session from ${file} to the login page`, async () => {
      const module = await load(file)
      for (const kind of ['loader', 'action'] as const) {
        if (!module[kind]) continue
        const result = await call(module, kind, file)
        expect(result.status, `${kind} of ${file}`).toBe(302)
        expect(result.location, `${kind} of ${file}`).toMatch(/^\/login/)
      }
    })
  }

  for (const file of ADMIN_ROUTES) {
    it(`refuses ${file} to every role below admin with 403`, async () => {
      const module = await load(file)
      for (const role of ['lezer', 'opbouwwerker', 'coordinator'] as const) {
        const { cookie } = await signedIn(role)
        for (const kind of ['loader', 'action'] as const) {
          if (!module[kind]) continue
          const result = await call(module, kind, file, cookie)
          expect(result.status, `${kind} of ${file} as ${role}`).toBe(403)
        }
      }
    })
  }

  it('lets a viewer open every page that is not for admins', async () => {
    const { cookie } = await signedIn('lezer')
    const pages = routeFiles.filter((f) => !PUBLIC_ROUTES.has(f) && !ADMIN_ROUTES.includes(f))
    for (const file of pages) {
      const module = await load(file)
      if (!module.loader) continue
      const result = await call(module, 'loader', file, cookie)
      expect(result.status, file).toBe(200)
    }
  })
})
