import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import { Loading } from '../components/StatusMessage.js';
import { useT } from '../i18n/useT.js';
import { LanguageSwitcher } from './LanguageSwitcher.js';
import { PAGES } from './pages.js';
import { SiteClock } from './SiteClock.js';
import { pagesFor } from '../auth/roleAccess.js';
import { useSession } from '../auth/SessionContext.js';
import { UserMenu } from '../auth/UserMenu.js';

/** The frame of every page but the wallboard: skip link, header with navigation, main. */
export function Shell() {
  const t = useT();
  const { pathname } = useLocation();
  // The menu offers only the pages of the signed-in user's role.
  const session = useSession();
  const pages = session.status === 'signedIn' ? pagesFor(session.user.role) : [];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header__brand">
          <svg className="shell-header__logo" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="6" fill="#ffd54a" />
            <path d="M7 22h4V12H7zm7 0h4V8h-4zm7 0h4v-7h-4z" fill="#0f2742" />
          </svg>
          <span className="shell-header__name">{t('app.name')}</span>
        </div>
        <nav className="shell-nav" aria-label={t('shell.mainNavigation')}>
          <ul>
            {PAGES.filter((page) => pages.includes(page.path)).map((page) => (
              <li key={page.path}>
                <NavLink to={page.path} className="shell-nav__link">
                  <span aria-hidden="true" className="shell-nav__symbol">
                    {page.symbol}
                  </span>
                  {t(page.labelId)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell-header__controls">
          <SiteClock />
          <LanguageSwitcher />
          <UserMenu />
        </div>
      </header>
      <main id="main" className="shell-main" tabIndex={-1}>
        {/* Keyed by path: navigating away from a failed page gives the next one a fresh start. */}
        <ErrorBoundary key={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
