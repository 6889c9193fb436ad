/**
 * Systeminventering: each municipality's business systems, a form to add or change one, the
 * report of a decommissioning or a new procurement, and the printable tender requirements.
 */
import { Fragment, useState, type FormEvent } from 'react';
import { api } from '../../api.ts';
import { ErrorMessage, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n.tsx';
import { useSession } from '../../session.tsx';
import { useAsync } from '../../use-async.ts';
import { useConsortiumAccess } from './access.ts';
import { useCt, type ConsortiumKey } from './i18n.ts';
import { useReportsVersion } from './index.tsx';
import type { Reports, System } from './types.ts';

const CATEGORIES = [
  'case-management',
  'social-care',
  'hr-payroll',
  'finance',
  'environment-building',
  'school',
  'other',
] as const;
const RETENTIONS = ['keep', 'dispose', 'mixed'] as const;
const EXPORT_STATES = ['available', 'needs-investigation', 'none'] as const;
const EXPORT_FORMATS = ['fgs-paketstruktur', 'e-ark-sip', 'cits-erms', 'siard', 'vendor-xml'] as const;
const FORMAT_LABELS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  'fgs-paketstruktur': 'FGS Paketstruktur',
  'e-ark-sip': 'E-ARK SIP',
  'cits-erms': 'CITS ERMS',
  siard: 'SIARD',
  'vendor-xml': 'XML (leverantörens)',
};

/** By municipality name as Swedish sorts it (Å, Ä, Ö last), then system name. */
function sortByMunicipality(
  systems: readonly System[],
  tenants: readonly { id: string; name: string }[],
): System[] {
  const name = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  return [...systems].sort(
    (a, b) =>
      name(a.municipalityId).localeCompare(name(b.municipalityId), 'sv') ||
      a.name.localeCompare(b.name, 'sv'),
  );
}

function SystemForm({ system, onSaved }: { system: System | null; onSaved(): void }) {
  const ct = useCt();
  const { t } = useI18n();
  const access = useConsortiumAccess();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const prefix = system ? `sys-${system.id}` : 'sys-new';
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    setError(null);
    setSaved(false);
    const form = new FormData(formElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const int = (k: string) => Number(text(k) || 0);
    const body = {
      municipalityId: text('municipalityId'),
      name: text('name'),
      category: text('category'),
      vendor: text('vendor'),
      version: text('version'),
      informationTypes: text('informationTypes')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      recordsCreator: text('recordsCreator'),
      retention: text('retention'),
      volumeGb: Number(text('volumeGb') || 0),
      exportState: text('exportState'),
      exportFormats: form.getAll('exportFormats').map(String),
      licenceCostSek: int('licenceCostSek'),
      readLicenceCostSek: int('readLicenceCostSek'),
      plannedDecommissioning: text('plannedDecommissioning') || null,
      businessBenefit: int('businessBenefit'),
      legalRisk: int('legalRisk'),
      effortPersonDays: int('effortPersonDays'),
      pilot: form.get('pilot') === 'on',
    };
    try {
      if (system) await api('PUT', `/api/consortium/systems/${encodeURIComponent(system.id)}`, body);
      else await api('POST', '/api/consortium/systems', body);
      setSaved(true);
      if (!system) formElement.reset();
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  const field = (name: string) => `${prefix}-${name}`;
  return (
    <form className="form form-grid" onSubmit={(e) => void submit(e)} data-testid={`${prefix}-form`}>
      <ErrorMessage error={error} />
      {saved && (
        <div className="alert alert-ok" role="status">
          {ct('inv.saved')}
        </div>
      )}
      <label htmlFor={field('municipality')}>{t('municipality')}</label>
      <select
        id={field('municipality')}
        name="municipalityId"
        defaultValue={system?.municipalityId}
        disabled={!!system}
        required
      >
        {access.writableTenants.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      {system && <input type="hidden" name="municipalityId" value={system.municipalityId} />}
      <label htmlFor={field('name')}>{ct('f.name')}</label>
      <input id={field('name')} name="name" required maxLength={200} defaultValue={system?.name} />
      <label htmlFor={field('category')}>{ct('f.category')}</label>
      <select id={field('category')} name="category" defaultValue={system?.category ?? 'case-management'}>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {ct(`cat.${c}` as ConsortiumKey)}
          </option>
        ))}
      </select>
      <label htmlFor={field('vendor')}>{ct('f.vendor')}</label>
      <input id={field('vendor')} name="vendor" maxLength={200} defaultValue={system?.vendor} />
      <label htmlFor={field('version')}>{ct('f.version')}</label>
      <input id={field('version')} name="version" maxLength={100} defaultValue={system?.version} />
      <label htmlFor={field('types')}>{ct('f.informationTypes')}</label>
      <input id={field('types')} name="informationTypes" defaultValue={system?.informationTypes.join(', ')} />
      <label htmlFor={field('creator')}>{ct('f.recordsCreator')}</label>
      <input
        id={field('creator')}
        name="recordsCreator"
        maxLength={200}
        defaultValue={system?.recordsCreator}
      />
      <label htmlFor={field('retention')}>{ct('f.retention')}</label>
      <select id={field('retention')} name="retention" defaultValue={system?.retention ?? 'keep'}>
        {RETENTIONS.map((r) => (
          <option key={r} value={r}>
            {ct(`retention.${r}` as ConsortiumKey)}
          </option>
        ))}
      </select>
      <label htmlFor={field('volume')}>{ct('f.volumeGb')}</label>
      <input
        id={field('volume')}
        name="volumeGb"
        type="number"
        min={0}
        step="any"
        defaultValue={system?.volumeGb ?? 0}
      />
      <label htmlFor={field('export')}>{ct('f.exportState')}</label>
      <select
        id={field('export')}
        name="exportState"
        defaultValue={system?.exportState ?? 'needs-investigation'}
      >
        {EXPORT_STATES.map((s) => (
          <option key={s} value={s}>
            {ct(`export.${s}` as ConsortiumKey)}
          </option>
        ))}
      </select>
      <span>{ct('f.exportFormats')}</span>
      <div className="checks">
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input
              type="checkbox"
              name="exportFormats"
              value={f}
              defaultChecked={system?.exportFormats.includes(f)}
            />{' '}
            {FORMAT_LABELS[f]}
          </label>
        ))}
      </div>
      <label htmlFor={field('licence')}>{ct('f.licence')}</label>
      <input
        id={field('licence')}
        name="licenceCostSek"
        type="number"
        min={0}
        defaultValue={system?.licenceCostSek ?? 0}
      />
      <label htmlFor={field('read')}>{ct('f.readLicence')}</label>
      <input
        id={field('read')}
        name="readLicenceCostSek"
        type="number"
        min={0}
        defaultValue={system?.readLicenceCostSek ?? 0}
      />
      <label htmlFor={field('decom')}>{ct('f.decommissioning')}</label>
      <input
        id={field('decom')}
        name="plannedDecommissioning"
        type="date"
        defaultValue={system?.plannedDecommissioning ?? ''}
      />
      <label htmlFor={field('benefit')}>{ct('f.benefit')}</label>
      <input
        id={field('benefit')}
        name="businessBenefit"
        type="number"
        min={1}
        max={5}
        required
        defaultValue={system?.businessBenefit ?? 3}
      />
      <label htmlFor={field('risk')}>{ct('f.risk')}</label>
      <input
        id={field('risk')}
        name="legalRisk"
        type="number"
        min={1}
        max={5}
        required
        defaultValue={system?.legalRisk ?? 3}
      />
      <label htmlFor={field('effort')}>{ct('f.effort')}</label>
      <input
        id={field('effort')}
        name="effortPersonDays"
        type="number"
        min={0}
        required
        defaultValue={system?.effortPersonDays ?? 20}
      />
      <span />
      <label className="check">
        <input type="checkbox" name="pilot" defaultChecked={system?.pilot} /> {ct('f.pilot')}
      </label>
      <span />
      <button type="submit" className="button button-primary">
        {t('save')}
      </button>
    </form>
  );
}

function ReportForm({ systems, onSent }: { systems: readonly System[]; onSent(): void }) {
  const ct = useCt();
  const { t } = useI18n();
  const access = useConsortiumAccess();
  const [tenantId, setTenantId] = useState(access.writableTenants[0]?.id ?? '');
  const [kind, setKind] = useState<'decommissioning' | 'procurement'>('decommissioning');
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const own = systems.filter((s) => s.municipalityId === tenantId);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    setError(null);
    setSent(false);
    const form = new FormData(formElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    try {
      await api('POST', '/api/consortium/reports', {
        tenantId,
        kind,
        systemId: kind === 'decommissioning' ? text('systemId') : null,
        systemName: kind === 'procurement' ? text('systemName') : null,
        date: text('date') || null,
        note: text('note') || null,
      });
      setSent(true);
      formElement.reset();
      onSent();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <details className="panel" data-testid="report-panel">
      <summary>{ct('inv.report')}</summary>
      <form className="form form-grid" onSubmit={(e) => void submit(e)}>
        <ErrorMessage error={error} />
        {sent && (
          <div className="alert alert-ok" role="status" data-testid="report-sent">
            {ct('inv.reported')}
          </div>
        )}
        <label htmlFor="rep-tenant">{t('municipality')}</label>
        <select id="rep-tenant" value={tenantId} onChange={(e) => setTenantId(e.target.value)}>
          {access.writableTenants.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <span>{ct('inv.kind')}</span>
        <fieldset className="segmented">
          <legend className="sr-only">{ct('inv.kind')}</legend>
          {(['decommissioning', 'procurement'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {ct(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'decommissioning' ? (
          <>
            <label htmlFor="rep-system">{t('system')}</label>
            <select id="rep-system" name="systemId" required>
              {own.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            <label htmlFor="rep-name">{ct('inv.newName')}</label>
            <input id="rep-name" name="systemName" required maxLength={200} />
          </>
        )}
        <label htmlFor="rep-date">
          {kind === 'decommissioning' ? ct('inv.dateDecommissioning') : ct('inv.dateProcurement')}
        </label>
        <input id="rep-date" name="date" type="date" required={kind === 'decommissioning'} />
        <label htmlFor="rep-note">{ct('inv.note')}</label>
        <textarea id="rep-note" name="note" maxLength={4000} rows={2} />
        <span />
        <button type="submit" className="button button-primary">
          {ct('inv.reportSubmit')}
        </button>
      </form>
    </details>
  );
}

function ReportsTable({ reports }: { reports: Reports }) {
  const ct = useCt();
  const { t, date, dateTime } = useI18n();
  const { tenants } = useSession();
  const name = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  if (reports.reports.length === 0) return <p className="muted">{ct('inv.noReports')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="reports-table">
        <thead>
          <tr>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{ct('inv.kind')}</th>
            <th scope="col">{t('system')}</th>
            <th scope="col">{ct('inv.date')}</th>
            <th scope="col">{ct('inv.note')}</th>
            <th scope="col">{ct('inv.reportedAt')}</th>
            <th scope="col">{ct('inv.seen')}</th>
          </tr>
        </thead>
        <tbody>
          {reports.reports.map((r) => (
            <tr key={r.id} className={r.seenAt ? undefined : 'unseen-row'}>
              <td>{name(r.tenantId)}</td>
              <td>{ct(`kind.${r.kind}` as ConsortiumKey)}</td>
              <td>{r.systemName}</td>
              <td>{date(r.date)}</td>
              <td>{r.note ?? ''}</td>
              <td>{dateTime(r.reportedAt)}</td>
              <td>{r.seenAt ? dateTime(r.seenAt) : <strong>{ct('inv.notSeen')}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SystemsTable({ systems, onSaved }: { systems: readonly System[]; onSaved(): void }) {
  const ct = useCt();
  const { t, date, number } = useI18n();
  const { tenants, can } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  const name = (id: string) => tenants.find((x) => x.id === id)?.name ?? id;
  if (systems.length === 0) return <p className="muted">{ct('inv.noSystems')}</p>;
  return (
    <div className="table-wrap">
      <table data-testid="systems-table" className="systems">
        <thead>
          <tr>
            <th scope="col">{t('system')}</th>
            <th scope="col">{t('municipality')}</th>
            <th scope="col">{ct('f.vendor')}</th>
            <th scope="col">{ct('f.retention')}</th>
            <th scope="col">{ct('f.exportState')}</th>
            <th scope="col" className="num">
              {ct('f.licence')}
            </th>
            <th scope="col" className="num">
              {ct('f.readLicence')}
            </th>
            <th scope="col">{ct('f.decommissioning')}</th>
            <th scope="col">
              <span className="sr-only">{ct('inv.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {systems.map((s) => (
            <Fragment key={s.id}>
              <tr data-testid={`system-${s.id}`}>
                <td>
                  {s.name}
                  {s.pilot && <span className="tag">{t('pilot')}</span>}
                  <div className="small muted">{ct(`cat.${s.category}` as ConsortiumKey)}</div>
                </td>
                <td>{name(s.municipalityId)}</td>
                <td>
                  {s.vendor} <span className="muted">{s.version}</span>
                </td>
                <td>{ct(`retention.${s.retention}` as ConsortiumKey)}</td>
                <td>{ct(`export.${s.exportState}` as ConsortiumKey)}</td>
                <td className="num">{number(s.licenceCostSek)}</td>
                <td className="num">{number(s.readLicenceCostSek)}</td>
                <td>{date(s.plannedDecommissioning)}</td>
                <td className="actions">
                  <a
                    href={`/api/consortium/systems/${encodeURIComponent(s.id)}/procurement-requirements?format=html`}
                    target="_blank"
                    rel="noreferrer"
                  >
                    {ct('inv.requirements')}
                  </a>
                  {can('inventory:write', s.municipalityId) && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(editing === s.id ? null : s.id)}
                    >
                      {ct('inv.edit')}
                    </button>
                  )}
                </td>
              </tr>
              {editing === s.id && (
                <tr>
                  <td colSpan={9}>
                    <h3>{ct('inv.editSystem', { name: s.name })}</h3>
                    <SystemForm system={s} onSaved={onSaved} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function InventoryPage() {
  const ct = useCt();
  const { t } = useI18n();
  const access = useConsortiumAccess();
  const { version, bump } = useReportsVersion();
  const [tenant, setTenant] = useState('');
  const systems = useAsync(
    () =>
      api<System[]>('GET', `/api/consortium/systems${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ''}`),
    [tenant, version],
  );
  const reports = useAsync(() => api<Reports>('GET', '/api/consortium/reports'), [version]);
  const municipalities = [...new Set((systems.data ?? []).map((s) => s.municipalityId))];
  const { tenants } = useSession();
  return (
    <>
      <p className="muted">{ct('inv.intro')}</p>
      {access.writableTenants.length > 0 && <ReportForm systems={systems.data ?? []} onSent={bump} />}
      <section className="panel">
        <h2>{ct('inv.reports')}</h2>
        <ErrorMessage error={reports.error} />
        {reports.data ? <ReportsTable reports={reports.data} /> : <Loading />}
      </section>
      <section className="panel">
        <h2>{ct('inv.systems')}</h2>
        {(tenant !== '' || municipalities.length > 1) && (
          <div className="filters">
            <div>
              <label htmlFor="inv-tenant">{t('municipality')}</label>
              <select id="inv-tenant" value={tenant} onChange={(e) => setTenant(e.target.value)}>
                <option value="">{t('all')}</option>
                {tenants
                  .filter((x) => x.kind === 'municipality')
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </select>
            </div>
          </div>
        )}
        <ErrorMessage error={systems.error} />
        {systems.loading && !systems.data && <Loading />}
        {systems.data && <SystemsTable systems={sortByMunicipality(systems.data, tenants)} onSaved={bump} />}
      </section>
      {access.writableTenants.length > 0 && (
        <details className="panel">
          <summary>{ct('inv.newSystem')}</summary>
          <SystemForm system={null} onSaved={bump} />
        </details>
      )}
    </>
  );
}
