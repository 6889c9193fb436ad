/**
 * Runs samarkiv's SIARD content checks (the SAMARKIV-SIARD-1…9 analysis the validator uses) on one
 * .siard file outside any package: used to prove an export before it is packaged, to write the
 * validation report a CITS SIARD package carries (SIARD_18), and before an import.
 */
import { basename, dirname } from 'node:path';
import { checkSiardFile } from '../siard/check-siard-file.ts';
import { xmllintVersion } from '../siard/xmllint-stream.ts';
import { SIARD_CHECKS, type SiardCheck, type SiardFileAnalysis } from '../../core/siard/siard-analysis.ts';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { PackageEntry, PackageSource } from '../../ports/package-source.ts';

export interface StandaloneSiardCheck {
  readonly analysis: SiardFileAnalysis;
  /** Problems of every check, flattened; empty when the file passed. */
  readonly problems: readonly { readonly check: SiardCheck; readonly en: string; readonly sv: string }[];
  /** Checks that could not run (e.g. xmllint missing), with the reason. */
  readonly notChecked: readonly { readonly check: SiardCheck; readonly en: string; readonly sv: string }[];
  /** xmllint's version line, or null when table XSD validation did not run. */
  readonly tableValidator: string | null;
}

export async function checkStandaloneSiard(path: string): Promise<StandaloneSiardCheck> {
  const source = await singleFileSource(path);
  try {
    const validator = await xmllintVersion();
    const analysis = await checkSiardFile(
      { path: basename(path), parts: [], representation: null },
      { source, entries: source.entries, xmllint: validator !== null },
    );
    const problems = SIARD_CHECKS.flatMap((check) =>
      analysis.problems[check].items.map((p) => ({ check, en: p.message.en, sv: p.message.sv })),
    );
    const notChecked = SIARD_CHECKS.flatMap((check) => {
      const m = analysis.notChecked[check];
      return m ? [{ check, en: m.en, sv: m.sv }] : [];
    });
    return { analysis, problems, notChecked, tableValidator: validator };
  } finally {
    await source.close();
  }
}

/** The .siard file as a one-file folder source, without listing the folder it lies in. */
async function singleFileSource(path: string): Promise<PackageSource> {
  const name = basename(path);
  const { size } = await stat(path);
  const entries = new Map<string, PackageEntry>([[name, { path: name, type: 'file', size }]]);
  return {
    kind: 'folder',
    inputPath: dirname(path),
    rootName: null,
    topLevelNames: [name],
    entries,
    read: (p) => createReadStream(`${dirname(path)}/${p}`),
    close: async () => {},
  };
}
