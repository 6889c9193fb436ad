/**
 * `samarkiv sip create <folder> --description <file> --out <path>`: builds an E-ARK SIP from every
 * file under <folder>. Exit 0 on success; otherwise the error code and message are printed and
 * the catalogue's exit code returned (2 for usage and description errors).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { listFolder } from '../../adapters/package-writer/list-folder.ts';
import { samarkivSoftware, writePackage } from '../../adapters/package-writer/index.ts';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import { parseDescription } from '../../core/package/description.ts';
import { createSip, formatForOutput, type OutputFormat, type SipProfile } from '../../services/create-sip.ts';
import { createErmsSipFromCli } from './sip-create-erms.ts';
import type { createSiardSipFromCli } from './sip-create-siard.ts';

/** Loaded only for --siard: its checker pulls in libxml2-wasm, ~150 MB of RSS the other paths never need. */
async function createSiardSip(
  input: Parameters<typeof createSiardSipFromCli>[0],
): ReturnType<typeof createSiardSipFromCli> {
  return (await import('./sip-create-siard.ts')).createSiardSipFromCli(input);
}

export interface SipCreateOptions {
  description: string;
  out: string;
  profile?: SipProfile;
  format?: OutputFormat;
  /** CITS ERMS export: the ERMS XML file; its documents are in `documents` (or <folder>). */
  erms?: string;
  documents?: string;
  ermsVersion?: string;
  /** A SIARD file: builds a CITS SIARD package around it (docs/siard.md). */
  siard?: string;
}

function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${n} B` : `${v.toFixed(1)} ${units[i]}`;
}

export async function sipCreateCommand(folder: string | undefined, opts: SipCreateOptions): Promise<number> {
  try {
    if (opts.profile !== undefined && opts.profile !== 'sip-2.1' && opts.profile !== 'sip-2.2') {
      throw archiveError(
        'ARC_ERR_PROFILE_UNKNOWN',
        `${String(opts.profile)} (sip create writes sip-2.1 or sip-2.2)`,
      );
    }
    if (opts.format !== undefined && !['zip', 'tar', 'folder'].includes(opts.format)) {
      throw archiveError('ARC_ERR_USAGE', `--format ${String(opts.format)} (zip, tar or folder)`);
    }
    let text: string;
    try {
      text = await readFile(opts.description, 'utf8');
    } catch {
      throw archiveError('ARC_ERR_INPUT_NOT_FOUND', opts.description);
    }
    const description = parseDescription(text, opts.description);
    const now = new Date();
    const software = samarkivSoftware();
    const common = {
      description,
      descriptionDir: dirname(resolve(opts.description)),
      out: opts.out,
      ...(opts.profile ? { profile: opts.profile } : {}),
      format: opts.format ?? formatForOutput(opts.out),
    };
    if (opts.erms === undefined && opts.siard === undefined && folder === undefined)
      throw archiveError(
        'ARC_ERR_USAGE',
        'name the folder to deliver (or --erms <file> --documents <folder>)',
      );
    const written =
      opts.siard !== undefined
        ? await createSiardSip({ ...common, siard: opts.siard, now, software })
        : opts.erms !== undefined
          ? await createErmsSipFromCli({
              ...common,
              erms: opts.erms,
              documents: opts.documents ?? folder,
              ...(opts.ermsVersion !== undefined ? { ermsVersion: opts.ermsVersion } : {}),
              now,
              software,
            })
          : await createSip(
              {
                folder: folder as string,
                description,
                descriptionDir: dirname(resolve(opts.description)),
                out: opts.out,
                ...(opts.profile ? { profile: opts.profile } : {}),
                format: opts.format ?? formatForOutput(opts.out),
              },
              {
                listFolder,
                writePackage: (spec, target) => writePackage(spec, target, { clock: () => now, software }),
                software,
                now: () => now,
              },
            );
    process.stdout.write(
      [
        `SIP created (${written.profile}, ${written.kind})`,
        `  OBJID:   ${written.objid}`,
        `  content: ${written.contentFiles} files, ${formatBytes(written.contentBytes)}`,
        `  package: ${written.files} files, ${formatBytes(written.bytes)}`,
        `  output:  ${written.path}`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    process.stderr.write(`${e.code}: ${e.message}\n`);
    return e.exitCode;
  }
}
