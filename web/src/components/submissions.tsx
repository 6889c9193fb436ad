/** A project's versions (submissions) with their states, and the upload of a new version. */
import { useEffect } from 'react';
import { api, hasRoute } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useSession } from '../session.tsx';
import type { Project, Submission } from '../types.ts';
import { useAsync } from '../use-async.ts';
import { ErrorMessage, Loading, NotAvailable, Section, formatBytes } from './status.tsx';
import { SubmissionState } from './submission-state.tsx';
import { UploadPanel } from './upload-panel.tsx';

const LIST_ROUTE = '/api/projects/{id}/submissions';

export function Submissions({ project, onChanged }: { project: Project; onChanged: () => void }) {
  const { t, dateTime, lang } = useI18n();
  const { can } = useSession();
  const state = useAsync(async () => {
    if (!(await hasRoute('GET', LIST_ROUTE))) return null;
    return api<Submission[]>('GET', `/api/projects/${project.id}/submissions`);
  }, [project.id]);
  const list = state.data;
  // A version under control changes state by itself: look again until it is done.
  const busy = list?.some((s) => s.state === 'received') ?? false;
  const { reload, loading } = state;
  useEffect(() => {
    if (!busy || loading) return;
    const timer = setTimeout(reload, 2000);
    return () => clearTimeout(timer);
  }, [busy, loading, reload]);
  return (
    <Section title={t('submissions.title')} id="submissions">
      <ErrorMessage error={state.error} />
      {state.loading && list === undefined && <Loading />}
      {list === null && <NotAvailable what={t('submissions.title')} route={`GET ${LIST_ROUTE}`} />}
      {list && list.length === 0 && <p className="muted">{t('submissions.none')}</p>}
      {list && list.length > 0 && (
        <div className="table-wrap">
          <table data-testid="submissions-table">
            <caption className="sr-only">{t('submissions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('submissions.version')}</th>
                <th scope="col">{t('submissions.file')}</th>
                <th scope="col" className="num">
                  {t('size')}
                </th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('submissions.result')}</th>
                <th scope="col">{t('submissions.delivered')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/submissions/${s.id}`}>{t('submissions.versionN', { n: s.version })}</Link>
                  </td>
                  <td className="break">{s.fileName}</td>
                  <td className="num">{formatBytes(s.size, lang === 'sv' ? 'sv-SE' : 'en-GB')}</td>
                  <td>
                    <SubmissionState state={s.state} />
                  </td>
                  <td>
                    {s.errorCount === null
                      ? '–'
                      : t('submissions.counts', { errors: s.errorCount, warnings: s.warningCount ?? 0 })}
                  </td>
                  <td>{dateTime(s.receivedAt ?? s.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {can('submission:upload', project.tenantId) && (
        <UploadPanel
          project={project}
          onUploaded={() => {
            state.reload();
            onChanged();
          }}
        />
      )}
    </Section>
  );
}
