/**
 * The `--erms` branch of `samarkiv sip create`: wires the ERMS reader, the folder lister and the
 * package writer into the create-erms-sip use case. ZIP entries are stored, not deflated: the
 * documents of a case-management export are PDF/A whose streams are already compressed, so deflate
 * would cost most of the packaging time and save little.
 */
import { shippedErmsSchema, startErmsExport } from '../../adapters/erms/read-erms-export.ts';
import { listFolderInWorker } from '../../adapters/package-writer/list-folder.ts';
import { writePackage, type WrittenPackage } from '../../adapters/package-writer/index.ts';
import type { Software } from '../../core/package/writer/mets-structure.ts';
import { archiveError } from '../../core/errors.ts';
import type { ErmsVersion } from '../../core/erms/erms-facts.ts';
import type { Description } from '../../core/package/description.ts';
import { createErmsSip } from '../../services/create-erms-sip.ts';
import type { OutputFormat, SipProfile } from '../../services/create-sip.ts';

export interface ErmsCreateInput {
  readonly erms: string;
  /** --documents, or the <folder> argument. */
  readonly documents: string | undefined;
  readonly ermsVersion?: string;
  readonly description: Description;
  readonly descriptionDir: string;
  readonly out: string;
  readonly profile?: SipProfile;
  readonly format: OutputFormat;
  readonly now: Date;
  readonly software: Software;
}

export function parseErmsVersion(v: string | undefined): ErmsVersion | undefined {
  if (v === undefined) return undefined;
  if (v === '2.1' || v === '3.0') return v;
  throw archiveError('ARC_ERR_ERMS_VERSION_UNKNOWN', v);
}

export function createErmsSipFromCli(input: ErmsCreateInput): Promise<WrittenPackage> {
  if (input.documents === undefined)
    throw archiveError('ARC_ERR_USAGE', '--erms needs the documents folder: --documents <folder>');
  const version = parseErmsVersion(input.ermsVersion);
  const { now, software } = input;
  return createErmsSip(
    {
      erms: input.erms,
      documents: input.documents,
      description: input.description,
      descriptionDir: input.descriptionDir,
      out: input.out,
      format: input.format,
      ...(input.profile ? { profile: input.profile } : {}),
      ...(version ? { ermsVersion: version } : {}),
    },
    {
      listFolder: listFolderInWorker,
      readErms: startErmsExport,
      ermsSchema: shippedErmsSchema,
      writePackage: (spec, target, gate, signal) =>
        writePackage(spec, target, {
          clock: () => now,
          software,
          compress: false,
          ...(gate ? { beforePublish: () => gate.beforePublish() } : {}),
          ...(signal ? { signal } : {}),
        }),
      software,
      now: () => now,
    },
  );
}
