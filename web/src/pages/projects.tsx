/** Leveransprojekt: the projects the user may see, filtered by municipality and phase. */
import { useState, type FormEvent } from 'react';
import { PHASES } from '../../../src/core/consortium/model.ts';
import { api } from '../api.ts';
import { ErrorMessage, Loading, PhaseBadge } from '../components/status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link, navigate, useLocation } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { Project } from '../types.ts';
import { useAsync } from '../use-async.ts';

function Filters({ tenant, phase }: { tenant: string; phase: string }) {
  const { t, phase: phaseLabel } = useI18n();
  const { tenants } = useSession();
  const set = (key: string, value: string) => {
    const q = new URLSearchParams(window.location.search);
    if (value) q.set(key, value);
    else q.delete(key);
    navigate(`/projects${q.size ? `?${q}` : ''}`, { replace: true });
  };
  const municipalities = tenants.filter((x) => x.kind === 'municipality');
  return (
    <div className="filters">
      {municipalities.length > 1 && (
        <div>
          <label htmlFor="filter-tenant">{t('municipality')}</label>
          <select id="filter-tenant" value={tenant} onChange={(e) => set('tenant', e.target.value)}>
            <option value="">{t('all')}</option>
            {municipalities.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor="filter-phase">{t('phase')}</label>
        <select id="filter-phase" value={phase} onChange={(e) => set('phase', e.target.value)}>
          <option value="">{t('all')}</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {phaseLabel(p)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

function NewProject({ onCreated }: { onCreated: (p: Project) => void }) {
  const { t } = useI18n();
  const { tenantsWith } = useSession();
  const allowed = tenantsWith('project:write');
  const [error, setError] = useState<unknown>(null);
  if (allowed.length === 0) return null;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    try {
      onCreated(
        await api<Project>('POST', '/api/projects', {
          tenantId: text('tenantId'),
          title: text('title'),
          systemName: text('systemName'),
          agreementRef: text('agreementRef') || null,
          isPilot: form.get('isPilot') === 'on',
          isTest: form.get('isTest') === 'on',
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="panel">
      <summary>{t('projects.new')}</summary>
      <form className="form form-grid" onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} />
        <label htmlFor="np-tenant">{t('municipality')}</label>
        <select id="np-tenant" name="tenantId" required>
          {allowed.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor="np-title">{t('projects.titleField')}</label>
        <input id="np-title" name="title" required maxLength={500} />
        <label htmlFor="np-system">{t('system')}</label>
        <input id="np-system" name="systemName" required maxLength={200} />
        <label htmlFor="np-agreement">{t('agreement')}</label>
        <input id="np-agreement" name="agreementRef" maxLength={200} />
        <span />
        <div className="checks">
          <label>
            <input type="checkbox" name="isPilot" /> {t('pilot')}
          </label>
          <label>
            <input type="checkbox" name="isTest" /> {t('testDelivery')}
          </label>
        </div>
        <span />
        <button type="submit" className="button button-primary">
          {t('projects.create')}
        </button>
      </form>
    </details>
  );
}

export function ProjectsPage() {
  const { t, party, date } = useI18n();
  const { tenants } = useSession();
  const { query } = useLocation();
  const tenant = query.get('tenant') ?? '';
  const phase = query.get('phase') ?? '';
  const state = useAsync(() => {
    const q = new URLSearchParams();
    if (tenant) q.set('tenant', tenant);
    if (phase) q.set('phase', phase);
    return api<Project[]>('GET', `/api/projects${q.size ? `?${q}` : ''}`);
  }, [tenant, phase]);
  const tenantName = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  return (
    <>
      <h1>{t('projects.title')}</h1>
      <NewProject onCreated={(p) => navigate(`/projects/${p.id}`)} />
      <Filters tenant={tenant} phase={phase} />
      <ErrorMessage error={state.error} />
      {state.loading && !state.data && <Loading />}
      {state.data && state.data.length === 0 && <p className="muted">{t('projects.none')}</p>}
      {state.data && state.data.length > 0 && (
        <div className="table-wrap">
          <table data-testid="projects-table">
            <caption className="sr-only">{t('projects.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('municipality')}</th>
                <th scope="col">{t('system')}</th>
                <th scope="col">{t('phase')}</th>
                <th scope="col">{t('waitingFor')}</th>
                <th scope="col">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/projects/${p.id}`}>{p.title}</Link>
                    {p.isPilot && <span className="tag">{t('pilot')}</span>}
                    {p.isTest && <span className="tag">{t('testDelivery')}</span>}
                  </td>
                  <td>{tenantName(p.tenantId)}</td>
                  <td>{p.systemName}</td>
                  <td>
                    <PhaseBadge phase={p.phase} />
                  </td>
                  <td>{party(p.waitingFor)}</td>
                  <td>{date(p.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
