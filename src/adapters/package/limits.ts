import { archiveError } from '../../core/errors.ts';
import { DEFAULT_LIMITS, type PackageLimits } from '../../ports/package-source.ts';

/**
 * Merges caller limits over DEFAULT_LIMITS. An `undefined` value keeps the default (a spread alone
 * would let `{ maxEntries: undefined }` switch the limit off), and a limit that is not a positive
 * number is a usage error rather than "no limit".
 */
export function resolveLimits(partial: Partial<PackageLimits> = {}): PackageLimits {
  const merged: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_LIMITS)) throw archiveError('ARC_ERR_USAGE', `unknown package limit ${key}`);
    if (typeof value !== 'number' || !(value > 0)) {
      throw archiveError('ARC_ERR_USAGE', `package limit ${key} must be a positive number`);
    }
    merged[key] = value;
  }
  return merged as unknown as PackageLimits;
}
