/**
 * `samarkiv identify <file|folder> [--format text|json]`: identifies loose files the way `sf` or
 * DROID would, outside any package. Exit 0 when every file could be read, 2 on a usage error or an
 * unreadable file (the others are still reported).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveError, ERRORS, isArchiveError } from '../../core/errors.ts';
import { readFileSample } from '../../adapters/format/file-sample.ts';
import { openLocalFile } from '../../adapters/format/local-random-access-file.ts';
import { loadFormatIdentifier } from '../../adapters/format/pronom-format-identifier.ts';
import type { FormatIdentification, FormatIdentifier } from '../../ports/format-identifier.ts';

export interface IdentifyOptions {
  readonly format: string;
  /** Signature folder (tests, and `formats update` checks); the shipped data/pronom by default. */
  readonly signatureDir?: string;
}

interface FileResult {
  readonly path: string;
  readonly puid: string | null;
  readonly formatName: string | null;
  readonly formatVersion: string | null;
  readonly identificationMethod: FormatIdentification['method'];
  readonly candidates: readonly string[];
  readonly warning: string | null;
  readonly error?: string;
}

/** Regular files below `root`, depth first in name order; symbolic links are not followed. */
async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(path);
    }
  };
  await walk(root);
  return out;
}

async function identifyFile(identifier: FormatIdentifier, path: string): Promise<FileResult> {
  try {
    const sample = await readFileSample(path, identifier.headBytes, identifier.tailBytes);
    const r = await identifier.identify(path, sample, () => openLocalFile(path));
    return {
      path,
      puid: r.puid,
      formatName: r.formatName,
      formatVersion: r.formatVersion,
      identificationMethod: r.method,
      candidates: r.candidates,
      warning: r.warning,
    };
  } catch (e) {
    const error = new ArchiveError('ARC_ERR_INPUT_READ', [
      `${path}: ${e instanceof Error ? e.message : String(e)}`,
    ]).message;
    return {
      path,
      puid: null,
      formatName: null,
      formatVersion: null,
      identificationMethod: 'none',
      candidates: [],
      warning: null,
      error,
    };
  }
}

function textLine(r: FileResult): string {
  if (r.error) return `${r.path}\terror\t${r.error}`;
  const name = r.formatName
    ? `${r.formatName}${r.formatVersion ? ` ${r.formatVersion}` : ''}`
    : 'unidentified';
  const parts = [r.path, r.puid ?? '-', name, r.identificationMethod];
  if (r.candidates.length) parts.push(`candidates: ${r.candidates.join(', ')}`);
  if (r.warning) parts.push(`warning: ${r.warning}`);
  return parts.join('\t');
}

export async function identifyCommand(target: string, opts: IdentifyOptions): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') {
    process.stderr.write(
      `ARC_ERR_USAGE: ${ERRORS.ARC_ERR_USAGE.en.replace('%s', `--format ${opts.format} (text | json)`)}\n`,
    );
    return 2;
  }
  let files: string[];
  try {
    // The target itself may be a link (the user named it); links inside a folder are not followed.
    const info = await stat(target);
    if (!info.isDirectory() && !info.isFile()) {
      // A FIFO or a device would block or never end: only files and folders are read.
      const message = new ArchiveError('ARC_ERR_INPUT_READ', [`${target} (not a regular file or folder)`])
        .message;
      process.stderr.write(`ARC_ERR_INPUT_READ: ${message}\n`);
      return 2;
    }
    files = info.isDirectory() ? await listFiles(target) : [target];
  } catch (e) {
    const code =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ARC_ERR_INPUT_NOT_FOUND' : 'ARC_ERR_INPUT_READ';
    process.stderr.write(`${code}: ${new ArchiveError(code, [target]).message}\n`);
    return 2;
  }
  let identifier: FormatIdentifier;
  try {
    identifier = await loadFormatIdentifier(opts.signatureDir);
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    process.stderr.write(`${e.code}: ${e.message}\n`);
    return 2;
  }
  const { signature, container } = identifier.versions;
  if (opts.format === 'text')
    process.stdout.write(`# PRONOM signature file V${signature}, container signatures ${container}\n`);
  const results: FileResult[] = [];
  for (const file of files) {
    const r = await identifyFile(identifier, file);
    results.push(r);
    if (opts.format === 'text') process.stdout.write(`${textLine(r)}\n`);
  }
  if (opts.format === 'json') {
    const document = {
      signatureVersion: signature,
      containerSignatureVersion: container,
      files: results.map((r) => ({
        path: r.path,
        puid: r.puid,
        formatName: r.formatName,
        formatVersion: r.formatVersion,
        identificationMethod: r.identificationMethod,
        candidates: r.candidates,
        warning: r.warning,
        ...(r.error ? { error: r.error } : {}),
      })),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const unidentified = results.filter((r) => !r.puid).length;
    process.stdout.write(`# ${results.length} file(s), ${unidentified} unidentified\n`);
  }
  return results.some((r) => r.error) ? 2 : 0;
}
