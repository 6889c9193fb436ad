/**
 * The moves between the phases of a delivery project (leveransprojekt). The phases themselves
 * (English ids, Swedish and English labels) are defined once, in core/consortium/model.ts, which
 * the forecasts also read. A project moves forward one step at a time (the test delivery may be
 * skipped), may step back (a failed control returns to ingest), and may be stopped from any open
 * phase with a reason and resumed into the phase it was stopped in.
 */
import { PHASES, type Phase } from '../consortium/model.ts';

export { PHASES, PHASE_LABELS, PARTY_LABELS, type Phase, type WaitingParty } from '../consortium/model.ts';

export const WAITING_PARTIES = ['vendor', 'producer', 'archive'] as const;

const ORDER: readonly Phase[] = [
  'planned',
  'preparation',
  'test-delivery',
  'ingest',
  'delivery-control',
  'approved',
  'closed',
];

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/**
 * Whether a project may go from `from` to `to`. `approved` is reached only through a signed
 * approval, never by a plain phase change (`viaApproval`).
 */
export function canMove(
  from: Phase,
  to: Phase,
  options: { viaApproval?: boolean; resumeTo?: Phase } = {},
): boolean {
  if (from === to) return false;
  if (to === 'approved') return from === 'delivery-control' && options.viaApproval === true;
  if (to === 'stopped') return from !== 'closed';
  if (from === 'stopped') return options.resumeTo === undefined || options.resumeTo === to;
  if (from === 'closed') return false;
  if (to === 'closed') return from === 'approved';
  const i = ORDER.indexOf(from);
  const j = ORDER.indexOf(to);
  if (j === i + 1 || (from === 'preparation' && to === 'ingest')) return true;
  return j < i && from !== 'approved';
}
