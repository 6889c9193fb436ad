/**
 * Avvikelserapport: the deviations written up for the producer, who answers with a new version.
 * Creating one returns the project to ingest (the server does that).
 */
import { useState, type FormEvent } from 'react';
import { WAITING_PARTIES } from '../../../src/core/delivery/phases.ts';
import { api } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { ErrorMessage } from './status.tsx';

export function DeviationPanel({
  submissionId,
  reports,
  canWrite,
  onCreated,
}: {
  submissionId: string;
  reports: readonly { id: string; createdAt: string }[];
  canWrite: boolean;
  onCreated: () => void;
}) {
  const { t, dateTime, party, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim() || null;
    try {
      await api('POST', `/api/submissions/${submissionId}/deviation-reports`, {
        waitingFor: text('waitingFor') ?? 'producer',
        dueDate: text('dueDate'),
        note: text('note'),
      });
      setError(null);
      onCreated();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <p className="muted">{t('deviation.intro')}</p>
      {reports.length > 0 && (
        <ul data-testid="deviation-reports">
          {reports.map((d) => (
            <li key={d.id}>
              <a
                href={`/api/deviation-reports/${d.id}?format=html&lang=${lang}`}
                target="_blank"
                rel="noreferrer"
              >
                {t('deviation.report', { at: dateTime(d.createdAt) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <details>
          <summary>{t('deviation.create')}</summary>
          <form className="form form-grid" onSubmit={(e) => void create(e)}>
            <ErrorMessage error={error} />
            <label htmlFor="dev-waiting">{t('waitingFor')}</label>
            <select id="dev-waiting" name="waitingFor" defaultValue="producer">
              {WAITING_PARTIES.map((w) => (
                <option key={w} value={w}>
                  {party(w)}
                </option>
              ))}
            </select>
            <label htmlFor="dev-due">{t('cp.dueDate')}</label>
            <input id="dev-due" name="dueDate" type="date" />
            <label htmlFor="dev-note">{t('deviation.note')}</label>
            <textarea id="dev-note" name="note" rows={3} maxLength={4000} />
            <span />
            <button type="submit" className="button">
              {t('deviation.send')}
            </button>
          </form>
        </details>
      )}
    </>
  );
}
