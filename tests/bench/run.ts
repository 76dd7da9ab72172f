// `npm run bench`: what a user waits for, measured on this machine. It builds nothing
// itself (the npm script builds first), starts the production server on a free loopback
// port with a seeded database of its own, and sends a bounded number of requests.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import Database from 'better-sqlite3'
import { hashPassword, verifyPassword } from '../../app/models/user/password.server.ts'

const root = path.resolve(import.meta.dirname, '../..')
const REQUESTS = 400
const CONCURRENCY = 2

// Returns the p-th percentile (0–100) of sorted `values`.
function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

function report(label: string, timings: number[], totalMs?: number) {
  const rate = totalMs ? `  ${((timings.length / totalMs) * 1000).toFixed(0).padStart(5)} req/s` : ''
  console.info(
    `${label.padEnd(34)} n=${String(timings.length).padStart(4)}  p50 ${percentile(timings, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(timings, 95).toFixed(1).padStart(6)} ms${rate}`,
  )
}

async function freePort() {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

async function waitForHealth(base: string, server: ChildProcess) {
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error('server exited')
    const ok = await fetch(`${base}/healthz`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('server did not become healthy')
}

// Sends REQUESTS GETs to `url` with CONCURRENCY workers; returns each request's time.
async function hammer(url: string, cookie: string) {
  const timings: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++
        const t0 = performance.now()
        const response = await fetch(url, { headers: { cookie }, redirect: 'manual' })
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
        timings.push(performance.now() - t0)
      }
    }),
  )
  return { timings, totalMs: performance.now() - started }
}

// Times a CSV import of 10 000 organisations through the real pages, as a coordinator
// would do it: upload, preview (with the mapping in the URL), import.
async function benchImport(base: string, cookie: string) {
  const lines = Array.from(
    { length: 10_000 },
    (_, index) => `Benchraad ${index + 1};Wmo-adviesraad;GM0080;Straat ${index + 1};8911 AB;Leeuwarden`,
  )
  const csv = `Naam;Soort;Gemeente;Adres;Postcode;Plaats\n${lines.join('\n')}\n`
  const form = new FormData()
  form.set('intent', 'upload')
  form.set('soort', 'ORGANISATIONS')
  form.set('bestand', new File([csv], 'bench.csv', { type: 'text/csv' }))
  let t0 = performance.now()
  const uploaded = await fetch(`${base}/beheer/import`, {
    method: 'POST',
    body: form,
    headers: { cookie },
    redirect: 'manual',
  })
  const uploadMs = performance.now() - t0
  const id = new URL(uploaded.headers.get('location') ?? '', base).searchParams.get('bestand')
  if (!id) throw new Error(`upload answered ${uploaded.status}`)
  const mapping = {
    name: 'Naam',
    type: 'Soort',
    municipalities: 'Gemeente',
    address: 'Adres',
    postcode: 'Postcode',
    city: 'Plaats',
  }
  const params = new URLSearchParams({ bestand: id, voorbeeld: '1' })
  for (const [field, column] of Object.entries(mapping)) params.set(`kolom.${field}`, column)
  t0 = performance.now()
  const previewPage = await (await fetch(`${base}/beheer/import?${params}`, { headers: { cookie } })).text()
  const previewMs = performance.now() - t0
  const fingerprint = /name="controle" value="([^"]+)"/.exec(previewPage)?.[1]
  if (!fingerprint) throw new Error('no preview')
  const body = new URLSearchParams({ intent: 'import', bestand: id, controle: fingerprint })
  for (const [field, column] of Object.entries(mapping)) body.set(`kolom.${field}`, column)
  t0 = performance.now()
  const imported = await fetch(`${base}/beheer/import`, {
    method: 'POST',
    body,
    headers: { cookie },
    redirect: 'manual',
  })
  const importMs = performance.now() - t0
  if (imported.status !== 302) throw new Error(`import answered ${imported.status}`)
  console.info('\nCSV import of 10 000 organisations (one request each):')
  report('upload (read, check)', [uploadMs])
  report('preview (match, duplicates)', [previewMs])
  report('import (one transaction)', [importMs])
}

async function main() {
  console.info(`Raadnet benchmark — ${new Date().toISOString()}, node ${process.version}\n`)

  const hashes: number[] = []
  const verifies: number[] = []
  let hash = ''
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now()
    hash = await hashPassword('benchmark-password')
    hashes.push(performance.now() - t0)
  }
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now()
    await verifyPassword(hash, 'benchmark-password')
    verifies.push(performance.now() - t0)
  }
  report('argon2id hash (user create)', hashes)
  report('argon2id verify (each login)', verifies)

  const dir = mkdtempSync(path.join(tmpdir(), 'raadnet-bench-'))
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, 'raadnet.db')}` }
  const tsx = path.join(root, 'node_modules/.bin/tsx')
  execFileSync(tsx, ['scripts/db.ts', 'migrate'], { cwd: root, env, stdio: 'ignore' })
  execFileSync(tsx, ['prisma/seed.ts'], { cwd: root, env, stdio: 'ignore' })
  const port = await freePort()
  const base = `http://localhost:${port}`
  const server = spawn(process.execPath, ['scripts/server.mjs'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  })
  try {
    await waitForHealth(base, server)
    const login = await fetch(`${base}/login`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'beheerder@example.org', password: 'raadnet-demo' }),
      redirect: 'manual',
    })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    if (!cookie.startsWith('raadnet_session=')) throw new Error('login failed')
    console.info(`\nHTTP, ${REQUESTS} requests per page, ${CONCURRENCY} at a time, production build:`)
    // The busiest pages of the demo network: a council with members, relations, shared
    // themes and a timeline; the theme page with its evidence lookup; the lists.
    const db = new Database(path.join(dir, 'raadnet.db'), { readonly: true })
    const council = db
      .prepare(
        `SELECT o.id FROM Organisation o JOIN ActivityOrganisation ao ON ao.organisationId = o.id
         WHERE o.type = 'CLIENT_COUNCIL_WI' GROUP BY o.id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { id: string }
    const theme = db
      .prepare('SELECT themeId AS id FROM OrganisationTheme GROUP BY themeId ORDER BY COUNT(*) DESC LIMIT 1')
      .get() as { id: string }
    // The exchange meeting with the most invitations, and its series.
    const meeting = db
      .prepare(
        `SELECT m.id, m.seriesId FROM Meeting m JOIN Invitation i ON i.meetingId = m.id
         GROUP BY m.id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { id: string; seriesId: string }
    // The quick scan with the most responses: its photo is the heaviest quick-scan page.
    const scan = db
      .prepare(
        `SELECT s.id FROM QuickScan s JOIN QuickScanResponse r ON r.scanId = s.id
         GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { id: string }
    const document = db.prepare('SELECT id FROM Document ORDER BY title LIMIT 1').get() as { id: string }
    db.close()
    const pages = [
      '/healthz',
      '/',
      '/login',
      '/beheer/gebruikers',
      '/organisaties',
      `/organisaties/${council.id}`,
      `/themas/${theme.id}`,
      '/personen',
      '/activiteiten',
      '/signalen',
      '/adviezen',
      '/adviezen/bibliotheek',
      '/bijeenkomsten',
      `/bijeenkomsten/${meeting.id}`,
      `/bijeenkomsten/${meeting.id}/aanwezigheid`,
      `/bijeenkomsten/reeksen/${meeting.seriesId}`,
      '/agenda',
      '/rapportages/jaarverslag',
      '/rapportages/wi-monitor',
      '/zoeken?q=clientenraad',
      '/zoeken?q=armoede+schulden',
      '/zoeken?q=jildwizer',
      '/documenten',
      `/documenten/${document.id}`,
      '/themas/overlap',
      '/themas/overlap?weergave=raden',
      '/netwerk',
      '/netwerk?soorten=alle',
      '/quickscans',
      `/quickscans/${scan.id}/uitslag`,
      `/quickscans/${scan.id}/vergelijking`,
      `/quickscans/${scan.id}/plan`,
    ]
    for (const page of pages) {
      const { timings, totalMs } = await hammer(`${base}${page}`, page === '/login' ? '' : cookie)
      const label = page
        .replace(council.id, '<raad>')
        .replace(theme.id, '<thema>')
        .replace(scan.id, '<scan>')
        .replace(document.id, '<document>')
      report(
        `GET ${label.replace(meeting.id, '<bijeenkomst>').replace(meeting.seriesId, '<reeks>')}`,
        timings,
        totalMs,
      )
    }
    await benchImport(base, cookie)
  } finally {
    server.kill('SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
