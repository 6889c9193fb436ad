/**
 * Use case `sip create`: every file under a folder becomes the data of one representation of an
 * E-ARK SIP, described by the producer's description file. The I/O (listing the folder, writing
 * the package) comes in through CreateSipDeps; the CLI wires the adapters in.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { archiveError } from '../core/errors.ts';
import type { Description } from '../core/package/description.ts';
import { createIdGenerator } from '../core/package/writer/ids.ts';
import type { Software } from '../core/package/writer/mets-structure.ts';
import type { ContentFile, PackageSpec } from '../core/package/writer/package-spec.ts';
import { sipSpecFromDescription } from '../core/package/writer/sip-from-description.ts';

export type SipProfile = 'sip-2.1' | 'sip-2.2';
export type OutputFormat = 'zip' | 'tar' | 'folder';

export interface ListedInputFile {
  readonly path: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtime: Date;
}

export interface WriteResult {
  readonly objid: string;
  readonly path: string;
  readonly files: number;
  readonly bytes: number;
  readonly contentFiles: number;
  readonly contentBytes: number;
}

export interface CreateSipDeps<W extends WriteResult = WriteResult> {
  listFolder(folder: string): Promise<readonly ListedInputFile[]>;
  writePackage(spec: PackageSpec, target: { kind: OutputFormat; path: string }): Promise<W>;
  readonly software: Software;
  now(): Date;
  uuid?: () => string;
}

export interface CreateSipRequest {
  readonly folder: string;
  readonly description: Description;
  /** Folder the description file lies in: documentation paths are relative to it. */
  readonly descriptionDir: string;
  readonly out: string;
  readonly profile?: SipProfile;
  readonly format?: OutputFormat;
}

/** `.zip` → ZIP, `.tar` → TAR, anything else a folder (in which the package folder is created). */
export function formatForOutput(out: string): OutputFormat {
  const lower = out.toLowerCase();
  if (lower.endsWith('.zip')) return 'zip';
  if (lower.endsWith('.tar')) return 'tar';
  return 'folder';
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function createSip<W extends WriteResult>(
  req: CreateSipRequest,
  deps: CreateSipDeps<W>,
): Promise<W> {
  const folder = resolve(req.folder);
  const out = resolve(req.out);
  if (isInside(folder, out))
    throw archiveError('ARC_ERR_USAGE', `the output ${out} must not lie inside the input folder`);

  const listed = await deps.listFolder(folder);
  if (listed.length === 0) throw archiveError('ARC_ERR_USAGE', `${folder} contains no files to deliver`);
  const data: ContentFile[] = listed.map((f) => ({
    path: f.path,
    source: { kind: 'file', path: f.absolutePath, size: f.size },
    created: f.mtime,
  }));
  const documentation: ContentFile[] = (req.description.documentation ?? []).map((p) => {
    const abs = resolve(req.descriptionDir, p);
    return { path: p.split(/[\\/]/).pop() ?? p, source: { kind: 'file', path: abs } };
  });

  const objid = req.description.objid ?? createIdGenerator(deps.uuid).urn();
  const spec = sipSpecFromDescription({
    description: req.description,
    profile: req.profile ?? 'sip-2.2', // as the CLI default; sip-2.1 = FGS Paketstruktur 2.0
    objid,
    data,
    documentation,
    software: deps.software,
    now: deps.now(),
  });
  return deps.writePackage(spec, { kind: req.format ?? formatForOutput(req.out), path: out });
}
