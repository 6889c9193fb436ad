/**
 * Leveransplan: the plan as a timeline by quarter (municipalities × quarters), each delivery with
 * its reason, pinning and moving for the e-archivists, generation with the council's settings,
 * versions compared with the previous one, and the council's approval.
 */
import { useState, type FormEvent } from 'react';
import { quarterLabel } from '../../../../src/core/consortium/dates.ts';
import { api } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { useSession } from '../../session.tsx';
import { useAsync } from '../../use-async.ts';
import { useConsortiumAccess } from './access.ts';
import { useCt, type ConsortiumKey } from './i18n.ts';
import type { Diff, PlanState, VersionSummary, ViewItem, ViewPlan, ViewVersion } from './types.ts';

function useQuarter() {
  const { lang } = useI18n();
  return (q: string) => quarterLabel(q, lang);
}

/** Municipalities × quarters; urgent deliveries on a row of their own, the load underneath. */
function Timeline({ plan }: { plan: ViewPlan }) {
  const ct = useCt();
  const quarter = useQuarter();
  const quarters = plan.load.map((l) => l.quarter);
  const rows = [...new Map(plan.items.map((i) => [i.municipalityId, i.municipalityName])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1], 'sv'),
  );
  const columns = {
    gridTemplateColumns: `minmax(8rem, 11rem) repeat(${quarters.length}, minmax(6.5rem, 1fr))`,
  };
  return (
    <div className="gantt-wrap">
      <div
        className="gantt"
        style={columns}
        role="table"
        aria-label={ct('plan.timeline')}
        data-testid="plan-timeline"
      >
        <div role="row" className="gantt-row gantt-head">
          <span role="columnheader" />
          {quarters.map((q) => (
            <span role="columnheader" key={q}>
              {quarter(q)}
            </span>
          ))}
        </div>
        {plan.urgent.length > 0 && (
          <div role="row" className="gantt-row">
            <span role="rowheader" className="gantt-label">
              {ct('plan.urgent')}
            </span>
            {quarters.map((q) => (
              <span role="cell" key={q} className="gantt-cell">
                {plan.urgent
                  .filter((u) => u.quarter === q)
                  .map((u) => (
                    <span
                      key={u.projectId}
                      className="bar bar-urgent"
                      title={`${u.municipalityName}: ${u.systemName}`}
                    >
                      {u.municipalityName}: {u.systemName}
                    </span>
                  ))}
              </span>
            ))}
          </div>
        )}
        {rows.map(([id, name]) => (
          <div role="row" className="gantt-row" key={id}>
            <span role="rowheader" className="gantt-label">
              {name}
            </span>
            {quarters.map((q) => (
              <span role="cell" key={q} className="gantt-cell">
                {plan.items
                  .filter((i) => i.municipalityId === id && i.quarter === q)
                  .map((i) => (
                    <span
                      key={i.systemId}
                      className={`bar bar-${i.rule}${i.pinned ? ' bar-pinned' : ''}`}
                      title={i.reason.sv}
                    >
                      {i.systemName}
                      {i.pinned && <span className="sr-only"> ({ct('plan.pinned')})</span>}
                    </span>
                  ))}
              </span>
            ))}
          </div>
        ))}
        <div role="row" className="gantt-row gantt-load">
          <span role="rowheader" className="gantt-label">
            {ct('plan.load')}
          </span>
          {plan.load.map((l) => {
            const used = l.planned + l.urgent;
            const pct = l.capacity > 0 ? Math.min(100, Math.round((100 * used) / l.capacity)) : 100;
            return (
              <span role="cell" key={l.quarter} className="gantt-cell">
                <span className="load" aria-hidden="true">
                  <span
                    className="load-urgent"
                    style={{ width: `${l.capacity ? (100 * l.urgent) / l.capacity : 0}%` }}
                  />
                  <span
                    className="load-planned"
                    style={{
                      width: `${Math.max(0, pct - (l.capacity ? (100 * l.urgent) / l.capacity : 0))}%`,
                    }}
                  />
                </span>
                <span className="small">
                  {used}/{l.capacity}
                </span>
              </span>
            );
          })}
        </div>
      </div>
      <p className="legend small muted">
        <span className="bar bar-pilot">{ct('rule.pilot')}</span>{' '}
        <span className="bar bar-first-delivery">{ct('rule.first-delivery')}</span>{' '}
        <span className="bar bar-fair-share">{ct('rule.fair-share')}</span>{' '}
        <span className="bar bar-pinned bar-pinned-legend">{ct('plan.pinned')}</span>{' '}
        <span className="bar bar-urgent">{ct('plan.urgent')}</span>
      </p>
    </div>
  );
}

function PinControl({
  item,
  quarters,
  onChange,
}: {
  item: ViewItem;
  quarters: readonly string[];
  onChange(): void;
}) {
  const ct = useCt();
  const quarter = useQuarter();
  const [target, setTarget] = useState(item.quarter);
  const [error, setError] = useState<unknown>(null);
  const call = async (path: string, body?: unknown) => {
    setError(null);
    try {
      await api('POST', `/api/consortium/plan/items/${encodeURIComponent(item.systemId)}/${path}`, body);
      onChange();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="pin-control" data-testid={`pin-${item.systemId}`}>
      <label className="sr-only" htmlFor={`pin-q-${item.systemId}`}>
        {ct('plan.pin')}
      </label>
      <select id={`pin-q-${item.systemId}`} value={target} onChange={(e) => setTarget(e.target.value)}>
        {quarters.map((q) => (
          <option key={q} value={q}>
            {quarter(q)}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button-small"
        onClick={() => void call('pin', { quarter: target })}
      >
        {ct('plan.pinButton')}
      </button>
      {item.pinned && (
        <button type="button" className="button button-small" onClick={() => void call('unpin')}>
          {ct('plan.unpin')}
        </button>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}

function Items({ plan, editable, onChange }: { plan: ViewPlan; editable: boolean; onChange(): void }) {
  const ct = useCt();
  const { t, lang } = useI18n();
  const quarter = useQuarter();
  const quarters = plan.load.map((l) => l.quarter);
  return (
    <div className="table-wrap">
      <table data-testid="plan-items">
        <thead>
          <tr>
            <th scope="col">{ct('plan.quarter')}</th>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{t('system')}</th>
            <th scope="col" className="num">
              {ct('plan.effort')}
            </th>
            <th scope="col">{ct('plan.reason')}</th>
            {editable && <th scope="col">{ct('plan.pin')}</th>}
          </tr>
        </thead>
        <tbody>
          {plan.items.map((i) => (
            <tr key={i.systemId} data-testid={`item-${i.systemId}`}>
              <td className="nowrap">{quarter(i.quarter)}</td>
              <td>{i.municipalityName}</td>
              <td>
                {i.systemName}
                <div className="item-tags">
                  <span className={`tag rule-${i.rule}`}>{ct(`rule.${i.rule}` as ConsortiumKey)}</span>
                  {i.pinned && <span className="tag">{ct('plan.pinned')}</span>}
                </div>
              </td>
              <td className="num">{i.effortPersonDays}</td>
              <td className="reason-cell">
                {i.reason[lang]}
                {i.warnings.map((w) => (
                  <div key={w.sv} className="warning-text">
                    {w[lang]}
                  </div>
                ))}
              </td>
              {editable && (
                <td>
                  {/* Keyed by quarter: a re-plan that moves the item resets the choice to where it is now. */}
                  <PinControl key={i.quarter} item={i} quarters={quarters} onChange={onChange} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.unplanned.length > 0 && (
        <details>
          <summary>
            {ct('plan.unplanned')} ({plan.unplanned.length})
          </summary>
          <ul>
            {plan.unplanned.map((u) => (
              <li key={u.systemId}>
                {u.municipalityName}: {u.systemName} – <span className="muted">{u.reason[lang]}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function GenerateForm({ onDone }: { onDone(): void }) {
  const ct = useCt();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/consortium/plan/generate', {
        settings: {
          capacity: Number(form.get('capacity')),
          quarterCount: Number(form.get('quarters')),
          fairness: String(form.get('fairness')),
          pilotsFirst: form.get('pilotsFirst') === 'on',
        },
        note: String(form.get('note') ?? ''),
      });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="panel" data-testid="generate-panel">
      <summary>{ct('plan.generate')}</summary>
      <p className="muted">{ct('plan.generateIntro')}</p>
      <form className="form form-grid" onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} />
        <label htmlFor="gen-capacity">{ct('plan.capacityField')}</label>
        <input
          id="gen-capacity"
          name="capacity"
          type="number"
          min={0}
          max={10000}
          defaultValue={75}
          required
        />
        <label htmlFor="gen-quarters">{ct('plan.quarters')}</label>
        <input id="gen-quarters" name="quarters" type="number" min={1} max={40} defaultValue={8} required />
        <span>{ct('plan.fairness')}</span>
        <fieldset className="segmented">
          <legend className="sr-only">{ct('plan.fairness')}</legend>
          <label>
            <input type="radio" name="fairness" value="equal" defaultChecked /> {ct('plan.fairness.equal')}
          </label>
          <label>
            <input type="radio" name="fairness" value="share" /> {ct('plan.fairness.share')}
          </label>
        </fieldset>
        <span />
        <label className="check">
          <input type="checkbox" name="pilotsFirst" defaultChecked /> {ct('plan.pilotsFirst')}
        </label>
        <label htmlFor="gen-note">{ct('plan.note')}</label>
        <input id="gen-note" name="note" maxLength={2000} />
        <span />
        <button type="submit" className="button button-primary" disabled={busy}>
          {ct('plan.generate')}
        </button>
      </form>
    </details>
  );
}

function DiffView({ n }: { n: number }) {
  const ct = useCt();
  const { tenants } = useSession();
  const name = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  const quarter = useQuarter();
  const state = useAsync(() => api<Diff>('GET', `/api/consortium/plan/versions/${n}/diff`), [n]);
  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  const d = state.data;
  const none = d.added.length + d.removed.length + d.moved.length === 0;
  return (
    <div className="diff" data-testid="plan-diff">
      <h3>
        {d.from === null
          ? ct('plan.diffFirst', { to: d.to })
          : ct('plan.diffTitle', { to: d.to, from: d.from })}
      </h3>
      {none && <p className="muted">{ct('plan.noChanges')}</p>}
      {d.moved.length > 0 && (
        <>
          <h4>{ct('plan.moved')}</h4>
          <ul>
            {d.moved.map((m) => (
              <li key={m.item.systemId}>
                {m.item.systemName} ({name(m.item.municipalityId)}): {quarter(m.fromQuarter)} →{' '}
                <strong>{quarter(m.item.quarter)}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {d.added.length > 0 && (
        <>
          <h4>{ct('plan.added')}</h4>
          <ul>
            {d.added.map((i) => (
              <li key={i.systemId}>
                {i.systemName} ({name(i.municipalityId)}), {quarter(i.quarter)}
              </li>
            ))}
          </ul>
        </>
      )}
      {d.removed.length > 0 && (
        <>
          <h4>{ct('plan.removed')}</h4>
          <ul>
            {d.removed.map((i) => (
              <li key={i.systemId}>
                {i.systemName} ({name(i.municipalityId)}), {quarter(i.quarter)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ApproveForm({ n, onDone }: { n: number; onDone(): void }) {
  const ct = useCt();
  const [error, setError] = useState<unknown>(null);
  const today = new Date().toISOString().slice(0, 10);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      await api('POST', `/api/consortium/plan/versions/${n}/approve`, { date: String(form.get('date')) });
      onDone();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid={`approve-${n}`}>
      <label htmlFor={`approve-date-${n}`}>{ct('plan.approveDate')}</label>
      <input id={`approve-date-${n}`} name="date" type="date" defaultValue={today} required />
      <button type="submit" className="button button-primary button-small">
        {ct('plan.approveConfirm', { n })}
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}

function Versions({ version, onChange }: { version: number; onChange(): void }) {
  const ct = useCt();
  const { date } = useI18n();
  const access = useConsortiumAccess();
  const state = useAsync(() => api<VersionSummary[]>('GET', '/api/consortium/plan/versions'), [version]);
  const [compare, setCompare] = useState<number | null>(null);
  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  return (
    <>
      <div className="table-wrap">
        <table data-testid="plan-versions">
          <thead>
            <tr>
              <th scope="col">{ct('plan.version')}</th>
              <th scope="col">{ct('plan.created')}</th>
              <th scope="col">{ct('plan.approvedOn')}</th>
              <th scope="col" className="num">
                {ct('fc.deliveries')}
              </th>
              <th scope="col">{ct('plan.note')}</th>
              <th scope="col">
                <span className="sr-only">{ct('plan.compare')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.data.map((v) => (
              <tr key={v.version} data-testid={`version-${v.version}`}>
                <td>{v.version}</td>
                <td>{date(v.createdAt)}</td>
                <td>
                  {v.approvedOn ? (
                    <>
                      <strong className="ok-text">{date(v.approvedOn)}</strong>{' '}
                      <span className="muted">{v.approvedBy}</span>
                    </>
                  ) : access.wide('plan:approve') ? (
                    <ApproveForm n={v.version} onDone={onChange} />
                  ) : (
                    '–'
                  )}
                </td>
                <td className="num">{v.items}</td>
                <td>{v.note}</td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setCompare(compare === v.version ? null : v.version)}
                  >
                    {ct('plan.compare')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {compare !== null && <DiffView n={compare} />}
    </>
  );
}

export function PlanPage() {
  const ct = useCt();
  const { date } = useI18n();
  const access = useConsortiumAccess();
  const [round, setRound] = useState(0);
  const state = useAsync(() => api<PlanState>('GET', '/api/consortium/plan'), [round]);
  const [which, setWhich] = useState<'draft' | 'approved'>('draft');
  const changed = () => setRound((n) => n + 1);
  const data = state.data;
  const shown: ViewVersion | null = data
    ? ((which === 'draft' ? data.draft : data.approved) ?? data.draft ?? data.approved)
    : null;
  // Pins re-plan the newest version, so they are offered on it only.
  const editable = access.wide('plan:write') && !!shown && shown === (data?.draft ?? data?.approved);
  return (
    <>
      <p className="muted">{ct('plan.intro')}</p>
      <ErrorMessage error={state.error} />
      {state.loading && !data && <Loading />}
      {data && (
        <div className="plan-status" data-testid="plan-status">
          {data.approved && (
            <p className="alert alert-ok">
              {ct('plan.approved', {
                n: data.approved.version,
                date: date(data.approved.approvedOn),
                by: data.approved.approvedBy ?? '',
              })}
            </p>
          )}
          {data.draft && (
            <p className="alert alert-info">
              {ct('plan.draft', { n: data.draft.version, date: date(data.draft.createdAt) })}
            </p>
          )}
          {!data.approved && !data.draft && <p className="muted">{ct('plan.none')}</p>}
          {data.approved && data.draft && (
            <fieldset className="segmented">
              <legend>{ct('plan.show')}</legend>
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={shown === data.draft}
                  onChange={() => setWhich('draft')}
                />{' '}
                {ct('plan.showDraft')}
              </label>
              <label>
                <input
                  type="radio"
                  name="which"
                  checked={shown === data.approved}
                  onChange={() => setWhich('approved')}
                />{' '}
                {ct('plan.showApproved')}
              </label>
            </fieldset>
          )}
        </div>
      )}
      {access.wide('plan:write') && <GenerateForm onDone={changed} />}
      {shown && (
        <>
          <section className="panel">
            <h2>
              {ct('plan.timeline')}{' '}
              <span className="muted small">
                · {ct('plan.version')} {shown.version}
              </span>
            </h2>
            <Timeline plan={shown.plan} />
          </section>
          <section className="panel">
            <h2>{ct('plan.items')}</h2>
            <Items plan={shown.plan} editable={editable} onChange={changed} />
          </section>
        </>
      )}
      <section className="panel">
        <h2>{ct('plan.versions')}</h2>
        <Versions version={round} onChange={changed} />
      </section>
    </>
  );
}
