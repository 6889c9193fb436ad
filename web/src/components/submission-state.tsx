/** A submission's state as a readable badge (unknown states show their id). */
import { useI18n, type TextKey } from '../i18n.tsx';
import { Badge, type Tone } from './status.tsx';

const STATES: Record<string, { key: TextKey; tone: Tone }> = {
  uploading: { key: 'subState.uploading', tone: 'info' },
  received: { key: 'subState.received', tone: 'info' },
  queued: { key: 'subState.queued', tone: 'info' },
  controlling: { key: 'subState.controlling', tone: 'info' },
  controlled: { key: 'subState.controlled', tone: 'ok' },
  rejected: { key: 'subState.rejected', tone: 'error' },
  returned: { key: 'subState.returned', tone: 'warning' },
  failed: { key: 'subState.failed', tone: 'error' },
  superseded: { key: 'subState.superseded', tone: 'neutral' },
  approved: { key: 'subState.approved', tone: 'ok' },
  ingesting: { key: 'subState.ingesting', tone: 'info' },
  preserved: { key: 'subState.preserved', tone: 'ok' },
};

export function SubmissionState({ state }: { state: string }) {
  const { t } = useI18n();
  const known = STATES[state];
  return (
    <Badge tone={known?.tone ?? 'neutral'}>
      <span data-state={state}>{known ? t(known.key) : state}</span>
    </Badge>
  );
}
