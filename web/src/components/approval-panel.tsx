/**
 * Leveransgodkännande: approve a controlled version after a confirmation that says what is signed;
 * once approved, who approved when, and the receipt (kvittens) as PDF and XML.
 */
import { useRef, useState } from 'react';
import { api } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Approval, Submission } from '../types.ts';
import { ErrorMessage } from './status.tsx';

export interface ApprovalLinks {
  readonly pdf: string;
  readonly xml: string;
}

export function receiptLinks(submissionId: string): ApprovalLinks {
  return {
    pdf: `/api/submissions/${submissionId}/receipt.pdf`,
    xml: `/api/submissions/${submissionId}/receipt.xml`,
  };
}

/** The signed payload names the approver and the role they signed in (core/approval/payload.ts). */
function approverName(a: Approval, role: (id: string) => string): string {
  const by = a.payload.approvedBy as { name?: string; role?: string } | undefined;
  return by?.name ? `${by.name}${by.role ? ` (${role(by.role).toLowerCase()})` : ''}` : a.approvedBy;
}

export function ApprovalPanel({
  submission,
  approval,
  canApprove,
  blockers,
  onApproved,
}: {
  submission: Submission;
  approval: Approval | null;
  canApprove: boolean;
  blockers: readonly string[];
  onApproved: () => void;
}) {
  const { t, dateTime, role } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (approval) {
    const links = receiptLinks(submission.id);
    return (
      <div className="approved" data-testid="approval-done">
        <p>
          <strong>{t('approval.approvedBy', { who: approverName(approval, role) })}</strong>{' '}
          {dateTime(approval.approvedAt)}
        </p>
        <p className="muted small">
          {t('approval.signed', { key: approval.keyId })} ·{' '}
          <a href={`/api/submissions/${submission.id}/approval/bundle`}>{t('approval.bundle')}</a>
        </p>
        <p>
          {t('approval.receipt')}:{' '}
          <a href={links.pdf} data-testid="receipt-pdf">
            {t('approval.receiptPdf')}
          </a>{' '}
          ·{' '}
          <a href={links.xml} data-testid="receipt-xml">
            {t('approval.receiptXml')}
          </a>
        </p>
      </div>
    );
  }
  if (!canApprove) return <p className="muted">{t('approval.noRight')}</p>;

  const confirm = async () => {
    setBusy(true);
    try {
      await api('POST', `/api/submissions/${submission.id}/approval`, {});
      dialog.current?.close();
      onApproved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      {blockers.length > 0 ? (
        <div className="alert alert-info">
          <p>
            <strong>{t('approval.blocked')}</strong>
          </p>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('approval.ready')}</p>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={blockers.length > 0}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {t('approval.approve')}
      </button>
      <dialog ref={dialog} aria-labelledby="approve-title" className="dialog">
        <h2 id="approve-title">{t('approval.confirmTitle')}</h2>
        <p>{t('approval.confirmBody', { version: submission.version, file: submission.fileName })}</p>
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void confirm()}
            data-testid="approve-confirm"
          >
            {t('approval.sign')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
