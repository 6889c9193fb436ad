/** A delivery project: its facts, phase history, phase change, versions (submissions) and upload. */
import { useState, type FormEvent } from 'react';
import { canMove, WAITING_PARTIES } from '../../../src/core/delivery/phases.ts';
import { PHASES, type Phase } from '../../../src/core/consortium/model.ts';
import { api } from '../api.ts';
import { ErrorMessage, Loading, PhaseBadge, Section } from '../components/status.tsx';
import { Submissions } from '../components/submissions.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { PhaseChange, ProjectDetail } from '../types.ts';
import { useAsync } from '../use-async.ts';

function Facts({ project }: { project: ProjectDetail }) {
  const { t, party, date } = useI18n();
  const { tenants } = useSession();
  const rows: [string, string][] = [
    [t('municipality'), tenants.find((x) => x.id === project.tenantId)?.name ?? project.tenantId],
    [t('system'), project.systemName + (project.systemType ? ` (${project.systemType})` : '')],
    [t('agreement'), project.agreementRef ?? '–'],
    [t('deliveryType'), project.deliveryType],
    [t('waitingFor'), party(project.waitingFor)],
    [t('created'), date(project.createdAt)],
  ];
  if (project.stopReason) rows.push([t('project.stopReason'), project.stopReason]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Where a stopped project resumes: the phase it was stopped in. */
function resumePhase(history: readonly PhaseChange[]): Phase | undefined {
  const stop = [...history].reverse().find((h) => h.toPhase === 'stopped');
  return (stop?.fromPhase ?? undefined) as Phase | undefined;
}

function ChangePhase({ project, onChanged }: { project: ProjectDetail; onChanged: () => void }) {
  const { t, phase, party } = useI18n();
  const from = project.phase as Phase;
  const resumeTo = from === 'stopped' ? resumePhase(project.history) : undefined;
  const targets = PHASES.filter((p) => canMove(from, p, resumeTo ? { resumeTo } : {}));
  const [to, setTo] = useState<string>('');
  const [error, setError] = useState<unknown>(null);
  if (targets.length === 0) return null;
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const element = e.currentTarget;
    const form = new FormData(element);
    const reason = String(form.get('reason') ?? '').trim();
    const waitingFor = String(form.get('waitingFor') ?? '');
    try {
      await api('POST', `/api/projects/${project.id}/phase`, {
        to,
        reason: reason || null,
        waitingFor: waitingFor || null,
      });
      element.reset();
      setTo('');
      setError(null);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <form className="form form-grid" onSubmit={(e) => void submit(e)} aria-label={t('project.changePhase')}>
      <ErrorMessage error={error} />
      <label htmlFor="phase-to">{t('project.newPhase')}</label>
      <select id="phase-to" required value={to} onChange={(e) => setTo(e.target.value)}>
        <option value="">{t('choose')}</option>
        {targets.map((p) => (
          <option key={p} value={p}>
            {phase(p)}
          </option>
        ))}
      </select>
      <label htmlFor="phase-reason">
        {to === 'stopped' ? t('project.reasonRequired') : t('project.reason')}
      </label>
      <textarea id="phase-reason" name="reason" rows={2} maxLength={2000} required={to === 'stopped'} />
      <label htmlFor="phase-waiting">{t('waitingFor')}</label>
      <select id="phase-waiting" name="waitingFor" defaultValue="">
        <option value="">{t('nobody')}</option>
        {WAITING_PARTIES.map((w) => (
          <option key={w} value={w}>
            {party(w)}
          </option>
        ))}
      </select>
      <span />
      <button type="submit" className="button" disabled={!to}>
        {t('project.changePhase')}
      </button>
    </form>
  );
}

function History({ history }: { history: readonly PhaseChange[] }) {
  const { t, phase, party, dateTime } = useI18n();
  const { user } = useSession();
  return (
    <ol className="timeline" data-testid="history">
      {[...history].reverse().map((h, i) => (
        <li key={`${h.changedAt}-${i}`}>
          <time dateTime={h.changedAt}>{dateTime(h.changedAt)}</time>
          <div>
            {h.fromPhase ? (
              <>
                {phase(h.fromPhase)} → <strong>{phase(h.toPhase)}</strong>
              </>
            ) : (
              <strong>{phase(h.toPhase)}</strong>
            )}
            {h.waitingFor && (
              <span className="muted">
                {' '}
                · {t('waitingFor').toLowerCase()} {party(h.waitingFor)}
              </span>
            )}
            {h.changedBy && h.changedBy === user?.id && <span className="muted"> · {t('byYou')}</span>}
            {h.reason && <p className="reason">{h.reason}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}

export function ProjectPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const state = useAsync(() => api<ProjectDetail>('GET', `/api/projects/${encodeURIComponent(id)}`), [id]);
  const project = state.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/projects">{t('projects.title')}</Link>
      </p>
      <ErrorMessage error={state.error} />
      {state.loading && !project && <Loading />}
      {project && (
        <>
          <h1>
            {project.title} <PhaseBadge phase={project.phase} />
            {project.isPilot && <span className="tag">{t('pilot')}</span>}
            {project.isTest && <span className="tag">{t('testDelivery')}</span>}
          </h1>
          <Facts project={project} />
          <Submissions project={project} onChanged={state.reload} />
          <div className="columns">
            <Section title={t('project.history')}>
              <History history={project.history} />
            </Section>
            {can('project:write', project.tenantId) && (
              <Section title={t('project.changePhase')}>
                <ChangePhase project={project} onChanged={state.reload} />
              </Section>
            )}
          </div>
        </>
      )}
    </>
  );
}
