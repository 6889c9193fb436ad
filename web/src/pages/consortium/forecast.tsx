/**
 * Prognos: each delivery's median and 85 % approval dates from the recorded phase history, the
 * whole plan's, and the stalled projects flagged with the phase and the party they wait for.
 */
import { api } from '../../api.ts';
import { ErrorMessage, Loading, PhaseBadge } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { Link } from '../../router.tsx';
import { useAsync } from '../../use-async.ts';
import { useCt } from './i18n.ts';
import type { ViewForecast } from './types.ts';

type Delivery = ViewForecast['deliveries'][number];

function Stalled({ deliveries }: { deliveries: readonly Delivery[] }) {
  const ct = useCt();
  const { t, phase, party, date } = useI18n();
  const stalled = deliveries.filter((d) => d.stalled);
  if (stalled.length === 0) return <p className="muted">{ct('fc.noStalled')}</p>;
  return (
    <ul className="stalled-list" data-testid="stalled">
      {stalled.map((d) => {
        const s = d.stalled!;
        return (
          <li key={d.key}>
            <strong>
              {d.municipalityName}: {d.systemName}
            </strong>{' '}
            – {ct('fc.inPhaseSince', { phase: phase(s.phase).toLowerCase(), date: date(s.since) })},{' '}
            {ct('fc.days', { days: s.days, usual: s.usualDays })}.{' '}
            <span className="waiting">
              {t('waitingFor')}: <strong>{party(s.waitingFor)}</strong>
              {s.waitingForName && <> ({s.waitingForName})</>}
            </span>
            {s.note && <span className="muted"> · {s.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export function ForecastPage() {
  const ct = useCt();
  const { t, date, number } = useI18n();
  const state = useAsync(() => api<ViewForecast>('GET', '/api/consortium/forecast'), []);
  const f = state.data;
  return (
    <>
      <p className="muted">{ct('fc.intro')}</p>
      <ErrorMessage error={state.error} />
      {state.loading && !f && <Loading />}
      {f && (
        <>
          {f.wholePlan && (
            <div className="glance whole-plan" data-testid="whole-plan">
              <p>
                <strong>{ct('fc.wholePlan')}</strong>: {ct('fc.median')} {date(f.wholePlan.median)} ·{' '}
                {ct('fc.p85')} {date(f.wholePlan.p85)}
              </p>
              <p className="small muted">
                {ct('fc.observations', {
                  runs: number(f.settings.runs),
                  n: f.observations,
                  date: date(f.settings.asOf),
                })}
              </p>
            </div>
          )}
          <section className="panel">
            <h2>{ct('fc.stalled')}</h2>
            <p className="muted">{ct('fc.stalledIntro')}</p>
            <Stalled deliveries={f.deliveries} />
          </section>
          <section className="panel">
            <h2>{ct('fc.deliveries')}</h2>
            <div className="table-wrap">
              <table data-testid="forecast-table">
                <thead>
                  <tr>
                    <th scope="col">{t('municipality')}</th>
                    <th scope="col">{t('system')}</th>
                    <th scope="col">{t('phase')}</th>
                    <th scope="col">{ct('fc.since')}</th>
                    <th scope="col">{ct('fc.median')}</th>
                    <th scope="col">{ct('fc.p85')}</th>
                  </tr>
                </thead>
                <tbody>
                  {f.deliveries
                    .filter((d) => d.phase !== 'stopped')
                    .map((d) => (
                      <tr key={d.key} className={d.stalled ? 'stalled-row' : undefined}>
                        <td>{d.municipalityName}</td>
                        <td>
                          {d.projectId ? (
                            <Link to={`/projects/${d.projectId}`}>{d.systemName}</Link>
                          ) : (
                            d.systemName
                          )}
                          {d.stalled && <span className="tag tag-warning">{ct('fc.stalledFlag')}</span>}
                        </td>
                        <td>
                          {d.projectId ? (
                            <PhaseBadge phase={d.phase} />
                          ) : (
                            <span className="muted">{ct('fc.planned')}</span>
                          )}
                        </td>
                        <td>{date(d.phaseSince)}</td>
                        {d.approvedOn ? (
                          <td colSpan={2} className="ok-text">
                            {ct('fc.approvedOn', { date: date(d.approvedOn) })}
                          </td>
                        ) : (
                          <>
                            <td className="nowrap">{date(d.median)}</td>
                            <td className="nowrap">{date(d.p85)}</td>
                          </>
                        )}
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
