/**
 * Kontrollpunkter: what remains open at a glance (the part that stalled for months in the seed
 * report), then every checkpoint with its state, who set it, when and why, and a way to set it.
 */
import { useState, type FormEvent } from 'react';
import { CHECKPOINT_STATES } from '../../../src/core/delivery/checklist.ts';
import { WAITING_PARTIES } from '../../../src/core/delivery/phases.ts';
import { api } from '../api.ts';
import { useI18n, type TextKey } from '../i18n.tsx';
import { useSession } from '../session.tsx';
import type { Checkpoint, CheckpointSummary } from '../types.ts';
import { Badge, ErrorMessage, type Tone } from './status.tsx';

const STATE_VIEW: Record<string, { key: TextKey; tone: Tone }> = {
  open: { key: 'cp.open', tone: 'warning' },
  ok: { key: 'cp.ok', tone: 'ok' },
  deviation: { key: 'cp.deviation', tone: 'error' },
  'not-applicable': { key: 'cp.notApplicable', tone: 'neutral' },
};

export function CheckpointState({ state }: { state: string }) {
  const { t } = useI18n();
  const view = STATE_VIEW[state];
  return <Badge tone={view?.tone ?? 'neutral'}>{view ? t(view.key) : state}</Badge>;
}

function SetState({
  submissionId,
  checkpoint,
  onSaved,
}: {
  submissionId: string;
  checkpoint: Checkpoint;
  onSaved: () => void;
}) {
  const { t, party } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [state, setState] = useState(checkpoint.state);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (k: string) => String(form.get(k) ?? '').trim() || null;
    try {
      await api(
        'PATCH',
        `/api/submissions/${submissionId}/checkpoints/${encodeURIComponent(checkpoint.key)}`,
        {
          state,
          comment: text('comment'),
          ...(state === 'deviation' ? { owner: text('owner'), dueDate: text('dueDate') } : {}),
        },
      );
      setError(null);
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  const id = `cp-${checkpoint.key}`;
  // The server wants a reason for a deviation and for "not applicable".
  const needsComment = state === 'deviation' || state === 'not-applicable';
  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)} data-testid={`set-${checkpoint.key}`}>
      <ErrorMessage error={error} />
      <label htmlFor={`${id}-state`} className="sr-only">
        {t('state')} {checkpoint.key}
      </label>
      <select id={`${id}-state`} name="state" value={state} onChange={(e) => setState(e.target.value)}>
        {CHECKPOINT_STATES.map((s) => (
          <option key={s} value={s}>
            {t(STATE_VIEW[s]?.key ?? 'cp.open')}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-comment`} className="sr-only">
        {t('comment')} {checkpoint.key}
      </label>
      <input
        id={`${id}-comment`}
        name="comment"
        placeholder={needsComment ? t('cp.commentRequired') : t('comment')}
        defaultValue={checkpoint.comment ?? ''}
        required={needsComment}
        maxLength={4000}
      />
      {state === 'deviation' && (
        <>
          <label htmlFor={`${id}-owner`} className="sr-only">
            {t('waitingFor')}
          </label>
          <select id={`${id}-owner`} name="owner" defaultValue={checkpoint.owner ?? 'producer'}>
            {WAITING_PARTIES.map((w) => (
              <option key={w} value={w}>
                {t('waitingFor')} {party(w)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-due`} className="sr-only">
            {t('cp.dueDate')}
          </label>
          <input id={`${id}-due`} name="dueDate" type="date" defaultValue={checkpoint.dueDate ?? ''} />
        </>
      )}
      <button type="submit" className="button button-small">
        {t('save')}
      </button>
    </form>
  );
}

/** Who set a checkpoint: samarkiv itself (automatic), you, or another person. */
function useSetterName(): (c: Checkpoint) => string {
  const { t } = useI18n();
  const { user } = useSession();
  return (c) => {
    if (c.setByName) return c.setByName;
    if (c.automatic || c.setBy === 'samarkiv') return t('cp.automatic');
    if (c.setBy && c.setBy === user?.id) return user.displayName;
    return t('cp.someone');
  };
}

export function Checkpoints({
  submissionId,
  checkpoints,
  summary,
  canSet,
  onSaved,
}: {
  submissionId: string;
  checkpoints: readonly Checkpoint[];
  summary: CheckpointSummary;
  canSet: boolean;
  onSaved: () => void;
}) {
  const { t, lang, dateTime, party, date } = useI18n();
  const setter = useSetterName();
  const open = summary.remaining;
  const label = (c: { labelSv: string; labelEn: string }) => (lang === 'sv' ? c.labelSv : c.labelEn);
  return (
    <>
      <div className={`glance ${open.length === 0 ? 'glance-ok' : ''}`} data-testid="checkpoints-glance">
        {open.length === 0 ? (
          <p>
            <strong>{t('cp.allDone', { n: summary.total })}</strong>
          </p>
        ) : (
          <>
            <p>
              <strong>{t('cp.remaining', { n: open.length, total: summary.total })}</strong>{' '}
              <span className="muted">
                {t('cp.counts', { ok: summary.ok, deviation: summary.deviation, na: summary.notApplicable })}
              </span>
            </p>
            <ul className="chips">
              {open.map((c) => (
                <li key={c.key}>
                  <a href={`#cp-row-${c.key}`} className={`chip chip-${c.state}`}>
                    {c.key} {label(c)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="table-wrap">
        <table data-testid="checkpoints-table">
          <caption className="sr-only">{t('cp.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cp.number')}</th>
              <th scope="col">{t('cp.checkpoint')}</th>
              <th scope="col">{t('cp.mode')}</th>
              <th scope="col">{t('state')}</th>
              <th scope="col">{t('cp.setBy')}</th>
              <th scope="col">{canSet ? t('cp.setState') : t('comment')}</th>
            </tr>
          </thead>
          <tbody>
            {checkpoints.map((c) => (
              <tr key={c.key} id={`cp-row-${c.key}`} className={`cp-${c.state}`}>
                <th scope="row">{c.key}</th>
                <td>
                  {label(c)}
                  {c.requirements && c.requirements.length > 0 && (
                    <div className="muted small">{c.requirements.join(', ')}</div>
                  )}
                </td>
                <td>
                  <abbr title={t(c.mode === 'M' ? 'cp.modeM' : c.mode === 'A' ? 'cp.modeA' : 'cp.modeAM')}>
                    {c.mode ?? '–'}
                  </abbr>
                </td>
                <td>
                  <CheckpointState state={c.state} />
                </td>
                <td className="small">
                  {c.setAt ? (
                    <>
                      {setter(c)}
                      <br />
                      <span className="muted">{dateTime(c.setAt)}</span>
                    </>
                  ) : (
                    '–'
                  )}
                </td>
                <td>
                  {c.state === 'deviation' && c.owner && (
                    <div className="small">
                      {t('waitingFor')} {party(c.owner)}
                      {c.dueDate && <> · {t('cp.due', { date: date(c.dueDate) })}</>}
                    </div>
                  )}
                  {canSet && (c.mode !== 'A' || c.state !== 'ok') ? (
                    <SetState submissionId={submissionId} checkpoint={c} onSaved={onSaved} />
                  ) : (
                    c.comment && <div className="small">{c.comment}</div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
