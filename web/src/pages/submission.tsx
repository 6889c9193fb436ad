/**
 * A delivered version: its state, checkpoints (what remains at a glance), the control report, the
 * deviation report back to the producer, and approval with its receipt.
 */
import { useEffect, type ReactNode } from 'react';
import { api, ApiError, hasRoute } from '../api.ts';
import { ApprovalPanel } from '../components/approval-panel.tsx';
import { Checkpoints } from '../components/checkpoints.tsx';
import { ControlReport } from '../components/control-report.tsx';
import { DeviationPanel } from '../components/deviation-panel.tsx';
import { RetryIngest } from '../components/retry-ingest.tsx';
import { ErrorMessage, Loading, NotAvailable, Section, formatBytes } from '../components/status.tsx';
import { SubmissionState } from '../components/submission-state.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import type {
  AipPage,
  AipSummary,
  Approval,
  Checkpoints as CheckpointList,
  ControlReport as Report,
  SubmissionDetail,
} from '../types.ts';
import { useAsync } from '../use-async.ts';

const POLL_MS = 1500;

interface Loaded {
  readonly submission: SubmissionDetail;
  readonly checkpoints: CheckpointList | null;
  readonly report: Report | null;
  readonly approval: Approval | null;
  /** The AIP made from this version; undefined when the server has no AIP API. */
  readonly aip: AipSummary | null | undefined;
}

const orNull = <T,>(p: Promise<T>): Promise<T | null> =>
  p.catch((e: unknown) => {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  });

/** The AIP made from an approved version (the newest AIPs come first, so one page is enough). */
async function loadAip(s: SubmissionDetail): Promise<AipSummary | null | undefined> {
  if (s.aipId) return { id: s.aipId } as AipSummary;
  if (s.state !== 'approved' && s.state !== 'preserved') return null;
  if (!(await hasRoute('GET', '/api/aips'))) return undefined;
  const page = await api<AipPage>('GET', `/api/aips?tenant=${encodeURIComponent(s.tenantId)}&pageSize=100`);
  return page.items.find((a) => a.submissionId === s.id) ?? null;
}

async function load(id: string): Promise<Loaded | null> {
  if (!(await hasRoute('GET', '/api/submissions/{id}'))) return null;
  const base = `/api/submissions/${encodeURIComponent(id)}`;
  const submission = await api<SubmissionDetail>('GET', base);
  const [checkpoints, report, approval, aip] = await Promise.all([
    api<CheckpointList>('GET', `${base}/checkpoints`),
    submission.hasReport ? orNull(api<Report>('GET', `${base}/report`)) : Promise.resolve(null),
    // A failed version may have been approved (its ingest failed): it shows its signed approval.
    submission.state === 'approved' || submission.state === 'preserved' || submission.state === 'failed'
      ? orNull(api<Approval>('GET', `${base}/approval`))
      : Promise.resolve(null),
    loadAip(submission),
  ]);
  return { submission, checkpoints, report, approval, aip };
}

function Facts({ s }: { s: SubmissionDetail }) {
  const { t, dateTime, lang } = useI18n();
  const match = s.sha256 && s.producerSha256 ? s.sha256 === s.producerSha256 : null;
  const rows: [string, ReactNode, boolean?][] = [
    [t('submissions.file'), <span className="break">{s.fileName}</span>],
    [t('size'), formatBytes(s.size, lang === 'sv' ? 'sv-SE' : 'en-GB')],
    [t('submission.received'), dateTime(s.receivedAt)],
    [t('submission.controlled'), dateTime(s.controlledAt)],
    [
      'SHA-256',
      <>
        <span className="mono break">{s.sha256 ?? '–'}</span>
        {match !== null && (
          <span className={`small ${match ? 'ok-text' : 'error-text'}`}>
            <br />
            {match ? t('submission.checksumMatches') : t('submission.checksumDiffers')}
          </span>
        )}
      </>,
      true,
    ],
  ];
  return (
    <dl className="facts">
      {rows.map(([k, v, wide]) => (
        <div key={k} className={wide ? 'wide' : undefined}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function blockersOf(data: Loaded, t: ReturnType<typeof useI18n>['t']): string[] {
  const s = data.submission;
  const out: string[] = [];
  if (s.state !== 'controlled') out.push(t('approval.notControlled'));
  if ((s.errorCount ?? 0) > 0) out.push(t('approval.hasErrors', { n: s.errorCount ?? 0 }));
  const open = s.checkpoints.remaining;
  if (open.length > 0) out.push(t('approval.openCheckpoints', { list: open.map((c) => c.key).join(', ') }));
  return out;
}

/** Whether the server is still working on the version (control, or ingest after approval). */
function working(data: Loaded | undefined): boolean {
  if (!data) return false;
  const s = data.submission.state;
  return s === 'received' || (s === 'approved' && data.aip === null);
}

export function SubmissionPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const state = useAsync(() => load(id), [id]);
  const data = state.data;
  const busy = working(data ?? undefined);
  const { reload, loading } = state;
  useEffect(() => {
    if (!busy || loading) return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [busy, loading, reload]);

  if (data === null) return <NotAvailable what={t('submission.title')} route="GET /api/submissions/{id}" />;
  if (!data) return state.error ? <ErrorMessage error={state.error} /> : <Loading />;
  const s = data.submission;
  const failure = s.failure;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/projects">{t('projects.title')}</Link> ›{' '}
        <Link to={`/projects/${s.project.id}`}>{s.project.title}</Link>
      </p>
      <h1>
        {t('submissions.versionN', { n: s.version })} <SubmissionState state={s.state} />
      </h1>
      <ErrorMessage error={state.error} />
      {busy && (
        <p className="alert alert-info" role="status" data-testid="working">
          {s.state === 'received' ? t('submission.controlling') : t('submission.ingesting')}
        </p>
      )}
      {failure && (
        <div className="alert alert-error" role="alert">
          <strong>{lang === 'sv' ? failure.message_sv : failure.message}</strong>{' '}
          <span className="code">({failure.code})</span>
          {failure.detail && <p className="small">{failure.detail}</p>}
          {s.state === 'failed' &&
            failure.code === 'ARC_ERR_STORAGE_FULL' &&
            can('approval:sign', s.tenantId) && <RetryIngest submissionId={s.id} onRetried={reload} />}
        </div>
      )}
      <Facts s={s} />
      {data.aip && (
        <p>
          <Link to={`/aips/${data.aip.id}`} className="button" data-testid="aip-link">
            {t('submission.toAip')}
          </Link>
        </p>
      )}
      <Section title={t('cp.title')} id="checkpoints">
        {!data.checkpoints || data.checkpoints.items.length === 0 ? (
          <p className="muted">{t('cp.none')}</p>
        ) : (
          <Checkpoints
            submissionId={s.id}
            checkpoints={data.checkpoints.items}
            summary={data.checkpoints.summary}
            canSet={can('checkpoint:set', s.tenantId) && s.state === 'controlled'}
            onSaved={reload}
          />
        )}
      </Section>
      <Section title={t('approval.title')} id="approval">
        <ApprovalPanel
          submission={s}
          approval={data.approval}
          canApprove={can('approval:sign', s.tenantId)}
          blockers={blockersOf(data, t)}
          onApproved={reload}
        />
      </Section>
      <Section title={t('report.title')} id="report">
        {data.report === null ? (
          <p className="muted">{t('report.notYet')}</p>
        ) : (
          <>
            <ControlReport report={data.report} />
            <p className="small">
              <a href={`/api/submissions/${s.id}/report?format=html`} target="_blank" rel="noreferrer">
                {t('report.printable')}
              </a>
            </p>
          </>
        )}
      </Section>
      {(s.deviationReports.length > 0 || can('deviation:write', s.tenantId)) && (
        <Section title={t('deviation.title')} id="deviation">
          <DeviationPanel
            submissionId={s.id}
            reports={s.deviationReports}
            canWrite={can('deviation:write', s.tenantId) && s.state === 'controlled'}
            onCreated={reload}
          />
        </Section>
      )}
    </>
  );
}
