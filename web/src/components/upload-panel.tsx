/**
 * Upload of a new version: the producer's SHA-256 computed in the browser, then a resumable tus
 * upload with progress. An interrupted upload of the same file continues where it stopped.
 */
import { useEffect, useRef, useState } from 'react';
import { hasRoute } from '../api.ts';
import { Link } from '../router.tsx';
import { useI18n } from '../i18n.tsx';
import { sha256OfBlob } from '../sha256.ts';
import { upload } from '../tus.ts';
import type { Project } from '../types.ts';
import { ErrorMessage, NotAvailable, formatBytes } from './status.tsx';

const ENDPOINT = '/api/uploads';

type Stage =
  | { kind: 'idle' }
  | { kind: 'hashing'; done: number; total: number }
  | { kind: 'uploading'; sent: number; total: number; resumedFrom: number }
  | { kind: 'done'; fileName: string; submissionId: string | null; resumedFrom: number }
  | { kind: 'stopped'; sent: number; total: number }
  | { kind: 'failed'; error: unknown };

const resumeKey = (projectId: string, f: File) =>
  `samarkiv.upload:${projectId}:${f.name}:${f.size}:${f.lastModified}`;

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const { lang } = useI18n();
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return (
    <div className="progress" data-testid="upload-progress">
      <label>
        {label}{' '}
        <span className="muted">
          {percent} % · {formatBytes(done, locale)} / {formatBytes(total, locale)}
        </span>
        <progress max={total || 1} value={done}>
          {percent} %
        </progress>
      </label>
    </div>
  );
}

export function UploadPanel({ project, onUploaded }: { project: Project; onUploaded: () => void }) {
  const { t } = useI18n();
  const [available, setAvailable] = useState<boolean | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void hasRoute('POST', ENDPOINT).then(setAvailable);
    return () => abort.current?.abort();
  }, []);

  if (available === false) return <NotAvailable what={t('upload.title')} route={`POST ${ENDPOINT} (tus)`} />;

  const start = async () => {
    if (!file) return;
    const controller = new AbortController();
    abort.current = controller;
    let sent = 0;
    try {
      const result = await upload({
        endpoint: ENDPOINT,
        file,
        resumeKey: resumeKey(project.id, file),
        signal: controller.signal,
        metadata: async () => {
          setStage({ kind: 'hashing', done: 0, total: file.size });
          const sha256 = await sha256OfBlob(
            file,
            (done) => setStage({ kind: 'hashing', done, total: file.size }),
            controller.signal,
          );
          return { projectId: project.id, filename: file.name, sha256 };
        },
        onProgress: (n, total) => {
          sent = n;
          setStage((s) => ({
            kind: 'uploading',
            sent: n,
            total,
            resumedFrom: s.kind === 'uploading' ? s.resumedFrom : n,
          }));
        },
      });
      setStage({
        kind: 'done',
        fileName: file.name,
        // The upload's URL ends with the submission id (src/api/routes/uploads.ts).
        submissionId: result.url.split('/').pop() ?? null,
        resumedFrom: result.resumedFrom,
      });
      setFile(null);
      if (input.current) input.current.value = '';
      onUploaded();
    } catch (e) {
      if (controller.signal.aborted) setStage({ kind: 'stopped', sent, total: file.size });
      else setStage({ kind: 'failed', error: e });
    }
  };
  const running = stage.kind === 'hashing' || stage.kind === 'uploading';

  return (
    <div className="upload" data-testid="upload">
      <h3>{t('upload.title')}</h3>
      <p className="muted">{t('upload.intro')}</p>
      <div className="upload-row">
        <label htmlFor="upload-file">{t('upload.choose')}</label>
        <input
          id="upload-file"
          ref={input}
          type="file"
          accept=".zip,.tar,application/zip,application/x-tar"
          disabled={running}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setStage({ kind: 'idle' });
          }}
        />
        {!running ? (
          <button
            type="button"
            className="button button-primary"
            disabled={!file}
            onClick={() => void start()}
          >
            {stage.kind === 'stopped' ? t('upload.resume') : t('upload.start')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => abort.current?.abort()}>
            {t('upload.pause')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {stage.kind === 'hashing' && (
          <Progress label={t('upload.hashing')} done={stage.done} total={stage.total} />
        )}
        {stage.kind === 'uploading' && (
          <>
            <Progress label={t('upload.sending')} done={stage.sent} total={stage.total} />
            {stage.resumedFrom > 0 && (
              <p className="muted">{t('upload.resumed', { at: formatBytes(stage.resumedFrom) })}</p>
            )}
          </>
        )}
        {stage.kind === 'stopped' && (
          <p className="alert alert-info">{t('upload.stopped', { at: formatBytes(stage.sent) })}</p>
        )}
        {stage.kind === 'done' && (
          <p className="alert alert-ok" data-testid="upload-done">
            {t('upload.done', { file: stage.fileName })}{' '}
            {stage.resumedFrom > 0 && <>{t('upload.resumed', { at: formatBytes(stage.resumedFrom) })} </>}
            {stage.submissionId && (
              <Link to={`/submissions/${stage.submissionId}`} data-testid="upload-to-submission">
                {t('upload.toSubmission')}
              </Link>
            )}
          </p>
        )}
        {stage.kind === 'failed' && <ErrorMessage error={stage.error} />}
      </div>
    </div>
  );
}
