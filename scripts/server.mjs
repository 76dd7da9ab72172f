// The HTTP server: Express in front of Remix. It adds what every response needs (security
// headers with a per-response CSP nonce, compression), refuses cross-site POSTs, serves the
// built assets, and in development runs Vite as middleware.
import { randomBytes } from 'node:crypto'
import { createRequestHandler } from '@remix-run/express'
import compression from 'compression'
import express from 'express'
import helmet from 'helmet'

const isProduction = process.env.NODE_ENV === 'production'
const port = Number.parseInt(process.env.PORT ?? '3000', 10)
const host = process.env.HOST ?? '0.0.0.0'

const viteDevServer = isProduction
  ? undefined
  : await import('vite').then((vite) => vite.createServer({ server: { middlewareMode: true } }))

const app = express()
app.disable('x-powered-by')
// Behind a reverse proxy, TRUST_PROXY (e.g. "1" or "loopback") makes req.ip the client's address.
if (process.env.TRUST_PROXY) {
  const value = process.env.TRUST_PROXY
  app.set('trust proxy', /^\d+$/.test(value) ? Number(value) : value)
}

app.use(compression())

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64')
  next()
})

app.use(
  helmet({
    // HSTS belongs to the TLS-terminating proxy; it would break plain-http intranet installs.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': isProduction ? ["'self'"] : ["'self'", 'ws:'],
        'font-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'strict-dynamic'", "'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
        'style-src': isProduction ? ["'self'"] : ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': null,
      },
    },
  }),
)

// Cross-site request forgery: a state-changing request whose Origin header names another
// site is refused. Same-site forms send their own origin; non-browser clients send none.
app.use((req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  const origin = req.get('origin')
  if (!origin) return next()
  const expected = `${req.protocol}://${req.get('host')}`
  const forwardedHost = req.get('x-forwarded-host')
  const forwarded = forwardedHost
    ? `${req.get('x-forwarded-proto') ?? req.protocol}://${forwardedHost}`
    : null
  if (origin === expected || origin === forwarded) return next()
  res.status(403).type('text/plain; charset=utf-8').send('Geweigerd: verzoek van een andere website.')
})

// Every form in Raadnet posts application/x-www-form-urlencoded or multipart/form-data.
// Anything else that would change something (JSON, no body, PUT, DELETE, …) is answered
// here, so no action ever fails on a body it cannot read.
const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])
app.use((req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  const type = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (req.method === 'POST' && FORM_TYPES.has(type)) return next()
  const plain = (status, text) => res.status(status).type('text/plain; charset=utf-8').send(text)
  if (req.method !== 'POST') {
    res.set('Allow', 'GET, HEAD, POST')
    return plain(405, 'Deze handeling is hier niet mogelijk.')
  }
  return plain(415, 'Geweigerd: dit formulier is niet als formulier verstuurd.')
})

if (viteDevServer) {
  app.use(viteDevServer.middlewares)
} else {
  app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
  app.use(express.static('build/client', { maxAge: '1h' }))
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule('virtual:remix/server-build')
  : await import(new URL('../build/server/index.js', import.meta.url).href)

app.all(
  '*',
  createRequestHandler({
    build,
    mode: isProduction ? 'production' : 'development',
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? 'unknown' }),
  }),
)

// Errors that happen outside Remix, such as an address with broken %-escapes that the static
// file server cannot decode: a short Dutch answer with the right status, no stack trace.
app.use((error, _req, res, _next) => {
  const status = Number(error?.status ?? error?.statusCode ?? 500)
  if (status >= 500) console.error(error)
  const text =
    status === 400 ? 'Dit adres is ongeldig.' : status === 404 ? 'Niet gevonden.' : 'Er ging iets mis.'
  res.status(status).type('text/plain; charset=utf-8').send(text)
})

const server = app.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  console.info(`Raadnet draait op http://localhost:${actualPort}`)
})

// Finish running requests on a stop signal, then exit.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
