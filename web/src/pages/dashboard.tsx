/** Översikt: deliveries by phase and municipality, and what has stood still longest. */
import { api } from '../api.ts';
import { ErrorMessage, Loading, PhaseBadge } from '../components/status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import type { Dashboard } from '../types.ts';
import { useAsync } from '../use-async.ts';

function PhaseTable({ data }: { data: Dashboard }) {
  const { t, phase } = useI18n();
  const total = (counts: Record<string, number>) => data.phases.reduce((s, p) => s + (counts[p] ?? 0), 0);
  return (
    <div className="table-wrap">
      <table className="numbers" data-testid="phase-table">
        <caption className="sr-only">{t('dashboard.byPhase')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            {data.phases.map((p) => (
              <th scope="col" key={p}>
                {phase(p)}
              </th>
            ))}
            <th scope="col">{t('total')}</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.tenantId}>
              <th scope="row">
                <Link to={`/projects?tenant=${encodeURIComponent(r.tenantId)}`}>{r.tenantName}</Link>
              </th>
              {data.phases.map((p) => (
                <td key={p} className={(r.counts[p] ?? 0) === 0 ? 'zero' : undefined}>
                  {r.counts[p] ?? 0}
                </td>
              ))}
              <td className="strong">{total(r.counts)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {data.phases.map((p) => (
              <td key={p}>{data.totals[p] ?? 0}</td>
            ))}
            <td className="strong">{total(data.totals)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Waiting({ data }: { data: Dashboard }) {
  const { t, party, date, number } = useI18n();
  if (data.waiting.length === 0) return <p className="muted">{t('dashboard.noneWaiting')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="waiting-table">
        <caption className="sr-only">{t('dashboard.waiting')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('project')}</th>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{t('phase')}</th>
            <th scope="col">{t('waitingFor')}</th>
            <th scope="col">{t('dashboard.since')}</th>
            <th scope="col" className="num">
              {t('dashboard.days')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.waiting.map((w) => (
            <tr key={w.projectId}>
              <td>
                <Link to={`/projects/${w.projectId}`}>{w.title}</Link>
              </td>
              <td>{w.tenantName}</td>
              <td>
                <PhaseBadge phase={w.phase} />
              </td>
              <td>{party(w.waitingFor)}</td>
              <td>{date(w.since)}</td>
              <td className={`num ${w.days > 180 ? 'late' : ''}`}>{number(w.days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DashboardPage() {
  const { t } = useI18n();
  const state = useAsync(() => api<Dashboard>('GET', '/api/dashboard'), []);
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {state.data && (
        <>
          <section className="panel">
            <h2>{t('dashboard.byPhase')}</h2>
            <PhaseTable data={state.data} />
          </section>
          <section className="panel">
            <h2>{t('dashboard.waiting')}</h2>
            <p className="muted">{t('dashboard.waitingIntro')}</p>
            <Waiting data={state.data} />
          </section>
        </>
      )}
    </>
  );
}
