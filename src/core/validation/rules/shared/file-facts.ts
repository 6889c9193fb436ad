/**
 * SIZE, CHECKSUM and CHECKSUMTYPE of METS file and mdRef elements against the facts the engine
 * gathered about the file they point to (CSIP27–30/41–44/54–57 for mdRef, CSIP69/71/72 for file).
 * A file that does not exist is the locator requirement's finding, and a CHECKSUMTYPE the engine
 * cannot compute is SAMARKIV-SUM-1's, so neither counts as a mismatch here.
 */
import type { FileFacts, PackageContext } from '../../package-context.ts';
import type { Message } from '../../rule.ts';
import { CHECKSUM_TYPES, inVocabulary } from '../../vocabularies.ts';

/** The size of a file of the package when it differs from `stated` (undefined when it matches or is unknown). */
export function sizeMismatch(ctx: PackageContext, path: string, stated: bigint): number | undefined {
  const entry = ctx.entries.get(path);
  return sizeDiffers(ctx.files.get(path)?.size ?? (entry?.type === 'file' ? entry.size : undefined), stated);
}

/** `actual` when it is known and differs from `stated`. */
export function sizeDiffers(actual: number | undefined, stated: bigint): number | undefined {
  return actual === undefined || BigInt(actual) === stated ? undefined : actual;
}

/**
 * The digest of a file of the package when it differs from `stated` (undefined when it matches or
 * was not computed). Hex letter case is ignored; CRC32 and Adler-32 values may drop leading zeros.
 */
export function digestMismatch(
  ctx: PackageContext,
  path: string,
  type: string,
  stated: string,
): string | undefined {
  return digestDiffers(ctx, ctx.files.get(path), type, stated);
}

/** As digestMismatch, for a file whose facts the caller already has. */
export function digestDiffers(
  ctx: PackageContext,
  facts: FileFacts | undefined,
  type: string,
  stated: string,
): string | undefined {
  if (!inVocabulary(CHECKSUM_TYPES, type) || ctx.unsupportedChecksumTypes.has(type)) return undefined;
  const actual = facts?.digests[type];
  if (actual === undefined || actual.toLowerCase() === stated.toLowerCase()) return undefined;
  const short = (type === 'CRC32' || type === 'Adler-32') && /^[0-9a-fA-F]{1,8}$/.test(stated);
  return short && parseInt(stated, 16) === parseInt(actual, 16) ? undefined : actual;
}

/** Why a CHECKSUMTYPE is not one of METS's, naming the right spelling when only the case differs. */
export function checksumTypeProblem(type: string): Message | null {
  if (inVocabulary(CHECKSUM_TYPES, type)) return null;
  const spelled = CHECKSUM_TYPES.find((t) => t.toLowerCase() === type.trim().toLowerCase());
  if (spelled) {
    return {
      en: `CHECKSUMTYPE '${type}' is spelled '${spelled}' in METS (the value is case-sensitive)`,
      sv: `CHECKSUMTYPE '${type}' stavas '${spelled}' i METS (värdet är skiftlägeskänsligt)`,
    };
  }
  return {
    en: `CHECKSUMTYPE '${type}' is not a METS checksum type (${CHECKSUM_TYPES.join(', ')})`,
    sv: `CHECKSUMTYPE '${type}' är inte en kontrollsummetyp i METS (${CHECKSUM_TYPES.join(', ')})`,
  };
}
