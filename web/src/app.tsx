/** The frame around every page (header, navigation, language) and the routes. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Loading } from './components/status.tsx';
import { useI18n, type TextKey } from './i18n.tsx';
import { AipPage } from './pages/aip.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { LoginPage } from './pages/login.tsx';
import { ProjectPage } from './pages/project.tsx';
import { ProjectsPage } from './pages/projects.tsx';
import { ConsortiumPage } from './pages/consortium/index.tsx';
import { SearchPage } from './pages/search.tsx';
import { SubmissionPage } from './pages/submission.tsx';
import { Link, matchPath, useLocation } from './router.tsx';
import { useSession } from './session.tsx';

const NAV: readonly { to: string; label: TextKey }[] = [
  { to: '/', label: 'nav.dashboard' },
  { to: '/projects', label: 'nav.projects' },
  { to: '/search', label: 'nav.search' },
  { to: '/consortium', label: 'nav.consortium' },
];

function route(path: string): ReactNode {
  const routes: [string, (p: Record<string, string>) => ReactNode][] = [
    ['/', () => <DashboardPage />],
    ['/projects', () => <ProjectsPage />],
    ['/projects/:id', (p) => <ProjectPage id={p.id ?? ''} />],
    ['/submissions/:id', (p) => <SubmissionPage id={p.id ?? ''} />],
    ['/aips/:id', (p) => <AipPage id={p.id ?? ''} />],
    ['/search', () => <SearchPage />],
    ['/consortium', () => <ConsortiumPage page="" />],
    ['/consortium/:page', (p) => <ConsortiumPage page={p.page ?? ''} />],
  ];
  for (const [pattern, render] of routes) {
    const params = matchPath(pattern, path === '' ? '/' : path);
    if (params) return render(params);
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </>
  );
}

function LanguageToggle() {
  const { lang, setLang } = useI18n();
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="link-button"
      lang={other}
      onClick={() => setLang(other)}
      data-testid="language-toggle"
    >
      {other === 'en' ? 'English' : 'Svenska'}
    </button>
  );
}

function Header() {
  const { t, role } = useI18n();
  const { user, logout } = useSession();
  const { path } = useLocation();
  const current = (to: string) => (to === '/' ? path === '/' : path.startsWith(to));
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          samarkiv <span className="brand-sub">{t('brand.sub')}</span>
        </Link>
        {user && (
          <nav aria-label={t('nav.label')}>
            <ul>
              {NAV.map((n) => (
                <li key={n.to}>
                  <Link to={n.to} aria-current={current(n.to) ? 'page' : undefined}>
                    {t(n.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          {user && (
            <span className="who" data-testid="who">
              {user.displayName}
              <span className="muted">
                {' '}
                · {[...new Set(user.grants.map((g) => role(g.role)))].join(', ')}
              </span>
            </span>
          )}
          <LanguageToggle />
          {user && (
            <button type="button" className="link-button" onClick={() => void logout()}>
              {t('logout')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}

export function App() {
  const { user } = useSession();
  const { t } = useI18n();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);
  // Move focus to the new page's content so that screen readers announce it.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        {user === undefined ? <Loading /> : user === null ? <LoginPage /> : route(path)}
      </main>
    </>
  );
}
