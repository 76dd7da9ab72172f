import { Form, Link, NavLink } from '@remix-run/react'
import type { ReactNode } from 'react'
import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { SearchBox } from './search-box.tsx'
import { Toast, type ToastMessage } from './ui/toast.tsx'

type NavItem = { to: string; label: MessageKey; adminOnly?: boolean }

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/acties', label: 'nav.myActions' },
  { to: '/organisaties', label: 'nav.organisations' },
  { to: '/gemeenten', label: 'nav.municipalities' },
  { to: '/personen', label: 'nav.people' },
  { to: '/activiteiten', label: 'nav.activities' },
  { to: '/signalen', label: 'nav.signals' },
  { to: '/bijeenkomsten', label: 'nav.meetings' },
  { to: '/agenda', label: 'nav.agenda' },
  { to: '/adviezen', label: 'nav.advices' },
  { to: '/documenten', label: 'nav.documents' },
  { to: '/themas', label: 'nav.themes' },
  { to: '/netwerk', label: 'nav.network' },
  { to: '/quickscans', label: 'nav.quickscans' },
  { to: '/rapportages', label: 'nav.reports' },
  { to: '/beheer', label: 'nav.admin', adminOnly: true },
]

export type ShellUser = { name: string; role: string; isAdmin: boolean; canRecord: boolean }

export function AppShell({
  user,
  toast,
  children,
}: {
  user: ShellUser | null
  toast: ToastMessage | null
  children: ReactNode
}) {
  return (
    <>
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
      >
        {t('app.skipToContent')}
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          {/* Without an account (a respondent of a quick scan, the login page) the name leads
              nowhere: "/" would only show the staff login. */}
          {user ? (
            <Link to="/" className="text-xl font-bold tracking-tight text-white">
              {t('app.name')}
            </Link>
          ) : (
            <span className="text-xl font-bold tracking-tight text-white">{t('app.name')}</span>
          )}
          {user ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <SearchBox />
              <span>
                {t('app.signedInAs', { name: user.name })} · {t(`role.${user.role}` as MessageKey)}
              </span>
              {user.canRecord ? (
                <Link
                  to="/activiteiten/snel"
                  className="rounded bg-white px-3 py-1 font-semibold text-brand-900 hover:bg-brand-100"
                >
                  {t('app.quickContact')}
                </Link>
              ) : null}
              <Link to="/account/wachtwoord" className="underline">
                {t('app.changePassword')}
              </Link>
              <Form method="post" action="/logout">
                <button
                  type="submit"
                  className="rounded border border-white px-3 py-1 font-semibold hover:bg-brand-800"
                >
                  {t('app.logout')}
                </button>
              </Form>
            </div>
          ) : null}
        </div>
        {user ? (
          <nav aria-label={t('app.mainNavigation')} className="bg-brand-800">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm">
              {NAV_ITEMS.filter((item) => !item.adminOnly || user.isAdmin).map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.to === '/'}
                    prefetch="intent"
                    className={({ isActive }) =>
                      `block px-3 py-2 text-white hover:underline ${isActive ? 'bg-brand-600 font-semibold underline' : ''}`
                    }
                  >
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {toast ? <Toast toast={toast} /> : null}
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">{t('app.tagline')}</footer>
    </>
  )
}
