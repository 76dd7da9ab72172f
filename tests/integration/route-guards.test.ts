import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { describe, expect, it } from 'vitest'
import { ROLES, type Role } from '~/models/user/roles.ts'
import { makeRequest, outcome, signedIn, testContext } from '../factories.ts'

// Routes anyone may reach without logging in.
const PUBLIC_ROUTES = new Set([
  'login.tsx',
  'logout.tsx',
  'healthz.ts',
  '$.tsx',
  'kalender.$token.raadnet[.]ics.ts',
  // A quick-scan questionnaire: the secret link is the key (tests/integration/quickscan-anonymity.test.ts).
  'vragenlijst.$token.tsx',
])
// Actions a viewer (lezer) may use: everything else they may only read.
const VIEWER_ACTIONS = new Set(['account.wachtwoord.tsx', 'agenda.feed.tsx'])

// Pages whose lowest role differs from the rule below: recording minutes and attendance is
// work for workers; planning meetings and series and inviting people is for coordinators,
// and so is the CSV import under Beheer.
const PAGE_ROLES: Record<string, Role> = {
  'bijeenkomsten.$meetingId_.verslag.tsx': 'opbouwwerker',
  'bijeenkomsten.$meetingId_.aanwezigheid.tsx': 'opbouwwerker',
  'bijeenkomsten.nieuw.tsx': 'coordinator',
  'bijeenkomsten.$meetingId_.bewerken.tsx': 'coordinator',
  'bijeenkomsten.$meetingId_.uitnodigen.tsx': 'coordinator',
  'bijeenkomsten.reeksen.nieuw.tsx': 'coordinator',
  'bijeenkomsten.reeksen.$seriesId_.verlengen.tsx': 'coordinator',
  'bijeenkomsten.reeksen.$seriesId_.bewerken.tsx': 'coordinator',
  'beheer.import.tsx': 'coordinator',
  // Inviting respondents to a quick scan and starting a re-scan is managing scans.
  'quickscans.$scanId_.uitnodigen.tsx': 'opbouwwerker',
  'quickscans.$scanId_.opnieuw.tsx': 'opbouwwerker',
}

// Pages every role may read whose changes need a higher role: editing questionnaires is for
// coordinators and admins.
const ACTION_ROLES: Record<string, Role> = {
  'quickscans.vragenlijsten.$questionnaireId.tsx': 'coordinator',
}

// Returns the lowest role that may open a route's page: admin pages are for admins, forms
// to create or edit something and CSV exports for workers and up, everything else for
// every role.
function minimumRoleForPage(file: string): Role {
  const listed = PAGE_ROLES[file]
  if (listed) return listed
  if (file.startsWith('beheer.')) return 'beheerder'
  if (file.endsWith('[.]csv.ts')) return 'opbouwwerker'
  if (/(^|\.)(nieuw|bewerken)(\.|$)/.test(file.replace(/\.tsx?$/, ''))) return 'opbouwwerker'
  return 'lezer'
}

type RouteModule = {
  loader?: (args: LoaderFunctionArgs) => Promise<unknown> | unknown
  action?: (args: ActionFunctionArgs) => Promise<unknown> | unknown
}

const routesDir = path.resolve(import.meta.dirname, '../../app/routes')
const routeFiles = readdirSync(routesDir).filter(
  (file) => /\.tsx?$/.test(file) && !file.includes('.test.') && !PUBLIC_ROUTES.has(file),
)

// Returns the URL a route file serves and its params, with a made-up id for each param.
function target(file: string) {
  const params: Record<string, string> = {}
  const segments = file
    .replace(/\.tsx?$/, '')
    // "[.]" is a literal dot in a URL segment (export.csv), not a segment separator.
    .replaceAll('[.]', '\u0000')
    .split('.')
    .map((segment) => segment.replaceAll('\u0000', '.'))
    .filter((segment) => segment !== '_index' && segment !== 'route')
    // A trailing underscore only opts a route out of its parent's layout.
    .map((segment) => segment.replace(/_$/, ''))
    .map((segment) => {
      if (!segment.startsWith('$')) return segment
      params[segment.slice(1)] = 'bestaat-niet'
      return 'bestaat-niet'
    })
  return { url: `/${segments.join('/')}`, params }
}

async function load(file: string) {
  return (await import(/* @vite-ignore */ path.join(routesDir, file))) as RouteModule
}

function call(module: RouteModule, kind: 'loader' | 'action', file: string, cookie?: string) {
  const { url, params } = target(file)
  const request = makeRequest(url, { cookie, form: kind === 'action' ? { intent: 'update' } : undefined })
  const fn = module[kind]
  if (!fn) throw new Error(`${file} has no ${kind}`)
  return outcome(async () => fn({ request, params, context: testContext() }))
}

const rolesBelow = (role: Role) => ROLES.slice(0, ROLES.indexOf(role))

describe('every route checks the user on the server', () => {
  it('finds the route files it guards', () => {
    expect(routeFiles).toContain('beheer.gebruikers._index.tsx')
    expect(routeFiles.length).toBeGreaterThan(10)
  })

  for (const file of routeFiles) {
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

  for (const file of routeFiles) {
    const minimum = minimumRoleForPage(file)
    it(`opens ${file} for a ${minimum} and refuses it with 403 to every role below`, async () => {
      const module = await load(file)
      if (!module.loader) return
      for (const role of rolesBelow(minimum)) {
        const { cookie } = await signedIn(role)
        expect((await call(module, 'loader', file, cookie)).status, `${file} as ${role}`).toBe(403)
      }
      const { cookie } = await signedIn(minimum)
      // A page about a record answers 404 for the made-up id; never 403 or an error.
      expect([200, 404], `${file} as ${minimum}`).toContain(
        (await call(module, 'loader', file, cookie)).status,
      )
    })
  }

  for (const file of routeFiles.filter((f) => !VIEWER_ACTIONS.has(f))) {
    it(`refuses every change through ${file} to a viewer, and coordinator or admin changes to every role below`, async () => {
      const module = await load(file)
      if (!module.action) return
      const minimum = ACTION_ROLES[file] ?? minimumRoleForPage(file)
      const refused: Role[] =
        minimum === 'beheerder' || minimum === 'coordinator' ? rolesBelow(minimum) : ['lezer']
      for (const role of refused) {
        const { cookie } = await signedIn(role)
        expect((await call(module, 'action', file, cookie)).status, `action of ${file} as ${role}`).toBe(403)
      }
    })
  }
})
