/**
 * Samverkan: the consortium's pages under /consortium/<page>, with tabs for the pages the user's
 * roles need and, for the consortium's own people, the municipalities' unseen reports on top.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { useAsync } from '../../use-async.ts';
import { useConsortiumAccess } from './access.ts';
import { EconomyPage } from './economy.tsx';
import { ForecastPage } from './forecast.tsx';
import { useCt, type ConsortiumKey } from './i18n.ts';
import { InventoryPage } from './inventory.tsx';
import { PlanPage } from './plan.tsx';
import { ReportPage } from './report.tsx';
import { SavingsPage } from './savings.tsx';
import type { Reports } from './types.ts';
import './consortium.css';

interface Tab {
  readonly id: string;
  readonly label: ConsortiumKey;
  readonly render: () => ReactNode;
  readonly needs: 'reads' | 'inventory';
}

const TABS: readonly Tab[] = [
  { id: 'plan', label: 'tab.plan', render: () => <PlanPage />, needs: 'reads' },
  { id: 'inventory', label: 'tab.inventory', render: () => <InventoryPage />, needs: 'inventory' },
  { id: 'forecast', label: 'tab.forecast', render: () => <ForecastPage />, needs: 'reads' },
  { id: 'economy', label: 'tab.economy', render: () => <EconomyPage />, needs: 'reads' },
  { id: 'savings', label: 'tab.savings', render: () => <SavingsPage />, needs: 'reads' },
  { id: 'report', label: 'tab.report', render: () => <ReportPage />, needs: 'reads' },
];

/** Bumped when a report is sent or seen, so that the banner and the inventory agree. */
const ReportsVersion = createContext<{ version: number; bump(): void }>({
  version: 0,
  bump: () => undefined,
});
export const useReportsVersion = () => useContext(ReportsVersion);

function UnseenReports() {
  const ct = useCt();
  const { date } = useI18n();
  const { tenants } = useSession();
  const access = useConsortiumAccess();
  const { version, bump } = useReportsVersion();
  const state = useAsync(() => api<Reports>('GET', '/api/consortium/reports'), [version]);
  const [error, setError] = useState<unknown>(null);
  const unseen = state.data?.showUnseen ? state.data.reports.filter((r) => !r.seenAt) : [];
  if (unseen.length === 0) return <ErrorMessage error={state.error} />;
  const name = (id: string) => tenants.find((t) => t.id === id)?.name ?? id;
  const seen = async (id: string) => {
    try {
      await api('POST', `/api/consortium/reports/${encodeURIComponent(id)}/seen`);
      bump();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="alert alert-info unseen" data-testid="unseen-reports" aria-live="polite">
      <h2>{unseen.length === 1 ? ct('unseen.one') : ct('unseen.title', { n: unseen.length })}</h2>
      <ErrorMessage error={error} />
      <ul>
        {unseen.map((r) => (
          <li key={r.id}>
            <strong>{name(r.tenantId)}</strong>: {ct(`kind.${r.kind}` as ConsortiumKey)} – {r.systemName}
            {r.date && <> ({date(r.date)})</>}
            {r.note && <span className="muted"> · {r.note}</span>}{' '}
            {access.wide('consortium:write') && (
              <button type="button" className="button button-small" onClick={() => void seen(r.id)}>
                {ct('unseen.markSeen')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ConsortiumPage({ page }: { page: string }) {
  const ct = useCt();
  const access = useConsortiumAccess();
  const [version, setVersion] = useState(0);
  const tabs = TABS.filter((tab) => access[tab.needs]);
  const current = tabs.find((tab) => tab.id === page) ?? tabs[0];
  return (
    <ReportsVersion.Provider value={{ version, bump: () => setVersion((n) => n + 1) }}>
      <h1>
        {ct('title')}
        {current && <span className="muted"> · {ct(current.label)}</span>}
      </h1>
      <nav className="tabs" aria-label={ct('tabs.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.id}>
              <Link to={`/consortium/${tab.id}`} aria-current={tab === current ? 'page' : undefined}>
                {ct(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {access.wide('consortium:read') && <UnseenReports />}
      {current ? current.render() : <p className="muted">{ct('noAccess')}</p>}
    </ReportsVersion.Provider>
  );
}
