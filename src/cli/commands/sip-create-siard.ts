/**
 * The `--siard` branch of `samarkiv sip create`: wires the SIARD checks, the metadata reader, the
 * ER diagram renderer and the package writer into the create-siard-sip use case.
 */
import { stat } from 'node:fs/promises';
import { writePackage, type WrittenPackage } from '../../adapters/package-writer/index.ts';
import { checkStandaloneSiard } from '../../adapters/siard-db/check-siard.ts';
import { renderErDiagram } from '../../adapters/siard-db/er-diagram.ts';
import { openSiardFileReader } from '../../adapters/siard-db/siard-file-reader.ts';
import { archiveError } from '../../core/errors.ts';
import type { Description } from '../../core/package/description.ts';
import type { Software } from '../../core/package/writer/mets-structure.ts';
import { readSiardMetadata } from '../../core/siard-export/metadata-reader.ts';
import { createSiardSip, type SiardFileFacts } from '../../services/create-siard-sip.ts';
import type { OutputFormat, SipProfile } from '../../services/create-sip.ts';

export interface SiardCreateInput {
  readonly siard: string;
  readonly description: Description;
  readonly descriptionDir: string;
  readonly out: string;
  readonly profile?: SipProfile;
  readonly format: OutputFormat;
  readonly now: Date;
  readonly software: Software;
}

async function inspectSiard(path: string): Promise<SiardFileFacts> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw archiveError('ARC_ERR_INPUT_NOT_FOUND', path);
    },
  );
  const check = await checkStandaloneSiard(path);
  const reader = await openSiardFileReader(path);
  try {
    const parts: Buffer[] = [];
    for await (const chunk of reader.read('header/metadata.xml')) parts.push(Buffer.from(chunk));
    return {
      document: readSiardMetadata(Buffer.concat(parts), path),
      size,
      problems: check.problems,
      notChecked: check.notChecked,
      tableValidator: check.tableValidator,
    };
  } finally {
    reader.close();
  }
}

export function createSiardSipFromCli(input: SiardCreateInput): Promise<WrittenPackage> {
  const { now, software } = input;
  return createSiardSip(
    {
      siard: input.siard,
      description: input.description,
      descriptionDir: input.descriptionDir,
      out: input.out,
      format: input.format,
      ...(input.profile ? { profile: input.profile } : {}),
    },
    {
      inspectSiard,
      renderDiagram: renderErDiagram,
      writePackage: (spec, target) => writePackage(spec, target, { clock: () => now, software }),
      software,
      now: () => now,
    },
  );
}
