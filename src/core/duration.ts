/** Durations as operators write them: `90s`, `30m`, `1h`, `7d`, `2w` (a bare number is seconds). */
import { ArchiveError } from './errors.ts';

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
};

export function parseDuration(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$/i.exec(text);
  if (!m) throw new ArchiveError('ARC_ERR_USAGE', [`not a duration (e.g. 30m, 1h, 7d): ${text}`]);
  return Math.round(Number(m[1]) * (UNIT_MS[(m[2] || 's').toLowerCase()] as number));
}
