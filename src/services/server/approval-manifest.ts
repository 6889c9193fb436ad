/**
 * The manifest an approval signs: every file of the package with its size and SHA-256. Taken from
 * the control report's `files` list when the content checks produced one (the same bytes were
 * read then), otherwise computed by reading the package. `samarkiv verify-approval --package`
 * computes it the same way to compare.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { sortManifest, type ManifestFile } from '../../core/approval/payload.ts';
import type { ValidationReport } from '../../core/validation/report.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import { sha256OfFile } from './submissions-upload.ts';

/** The report's file list as a manifest, or null when it has none or a file lacks its SHA-256. */
export function manifestFromReport(report: Pick<ValidationReport, 'files'>): ManifestFile[] | null {
  if (!report.files || report.files.length === 0) return null;
  const out: ManifestFile[] = [];
  for (const f of report.files) {
    if (!f.checksum) return null;
    out.push({ path: f.path, size: f.size, sha256: f.checksum });
  }
  return sortManifest(out);
}

/** Reads every file of an opened package once and digests it. */
export async function manifestFromSource(source: PackageSource): Promise<ManifestFile[]> {
  const out: ManifestFile[] = [];
  for (const entry of source.entries.values()) {
    if (entry.type !== 'file') continue;
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of source.read(entry.path)) {
      hash.update(chunk);
      size += chunk.byteLength;
    }
    out.push({ path: entry.path, size, sha256: hash.digest('hex') });
  }
  return sortManifest(out);
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 and size of a whole file (the package as delivered), or null for a folder. */
export async function fileDigest(path: string): Promise<{ sha256: string; size: number } | null> {
  if (!(await stat(path)).isFile()) return null;
  return sha256OfFile(path);
}

export interface ManifestDifference {
  readonly path: string;
  readonly kind: 'missing' | 'added' | 'changed';
}

/** What differs between the signed manifest and the files at hand. */
export function compareManifests(
  signed: readonly ManifestFile[],
  actual: readonly ManifestFile[],
): ManifestDifference[] {
  const have = new Map(actual.map((f) => [f.path, f]));
  const diffs: ManifestDifference[] = [];
  for (const f of signed) {
    const a = have.get(f.path);
    if (!a) diffs.push({ path: f.path, kind: 'missing' });
    else if (a.size !== f.size || a.sha256.toLowerCase() !== f.sha256.toLowerCase())
      diffs.push({ path: f.path, kind: 'changed' });
    have.delete(f.path);
  }
  for (const path of have.keys()) diffs.push({ path, kind: 'added' });
  return diffs;
}
