/**
 * After an ingest stopped on a full storage location (ARC_ERR_STORAGE_FULL): once space is freed,
 * an archivist starts it again (POST /api/submissions/{id}/retry-ingest, approval:sign).
 */
import { useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { ErrorMessage } from './status.tsx';

export function RetryIngest({ submissionId, onRetried }: { submissionId: string; onRetried: () => void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    try {
      await api('POST', `/api/submissions/${submissionId}/retry-ingest`);
      setError(null);
      onRetried();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="retry-ingest">
      <p className="small">{t('submission.retryIngestHelp')}</p>
      <button type="button" onClick={() => void retry()} disabled={busy} data-testid="retry-ingest">
        {t('submission.retryIngest')}
      </button>
      <ErrorMessage error={error} />
    </div>
  );
}
