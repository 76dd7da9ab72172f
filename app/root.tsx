import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { AppShell } from '~/components/app-shell.tsx'
import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'
import { hasRole } from '~/models/user/roles.ts'
import { getOptionalUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { useNonce } from '~/utils/nonce.tsx'
import { readToast } from '~/utils/session.server.ts'
import stylesheet from '../styles/app.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = () => [{ title: t('app.name') }]

export async function loader({ request }: LoaderFunctionArgs) {
  const [authenticated, { toast, setCookie }] = await Promise.all([
    getOptionalUser(request),
    readToast(request),
  ])
  const user = authenticated
    ? {
        name: authenticated.user.name,
        role: authenticated.user.role,
        isAdmin: hasRole(authenticated.user.role, 'beheerder'),
        canRecord: hasRole(authenticated.user.role, 'opbouwwerker'),
      }
    : null
  return data({ user, toast }, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined)
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const rootData = useRouteLoaderData<typeof loader>('root')
  return (
    <html lang="nl" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full bg-white text-slate-900 antialiased">
        <AppShell user={rootData?.user ?? null} toast={rootData?.toast ?? null}>
          {children}
        </AppShell>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
