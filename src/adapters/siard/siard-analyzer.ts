/**
 * The SIARD content analyzer (issue 6): for a package that declares CITS SIARD (or CSIP 2.0's
 * SIARD1/SIARD2/SIARDDK), or whose representations hold .siard files, it checks every .siard file
 * in representations/<rep>/data/ and leaves a SiardAnalysis in ctx.analyses.get('siard') for the
 * CITS SIARD and SAMARKIV-SIARD rules. Files are checked one after another, each in one streaming
 * pass per table, so a 10 GB SIARD file is checked in bounded memory.
 */
import { tmpdir } from 'node:os';
import type { SiardAnalysis } from '../../core/siard/siard-analysis.ts';
import { declaresSiard, findSiardTargets } from '../../core/siard/siard-targets.ts';
import type { PackageContext } from '../../core/validation/package-context.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { ContentAnalyzer } from '../../services/validate/content-analyzer.ts';
import { checkSiardFile } from './check-siard-file.ts';
import { xmllintVersion } from './xmllint-stream.ts';

export const SIARD_ANALYSIS_ID = 'siard';

export interface SiardAnalyzerOptions {
  /** Where .siard files of ZIP/TAR packages are copied for random access; defaults to os.tmpdir(). */
  readonly quarantineDir?: string;
}

export function createSiardAnalyzer(options: SiardAnalyzerOptions = {}): ContentAnalyzer {
  return {
    id: SIARD_ANALYSIS_ID,
    appliesTo: (ctx) => declaresSiard(ctx),
    analyze: (source, ctx) => analyzeSiard(source, ctx, options),
  };
}

export const siardAnalyzer: ContentAnalyzer = createSiardAnalyzer();

export async function analyzeSiard(
  source: PackageSource,
  ctx: PackageContext,
  options: SiardAnalyzerOptions = {},
): Promise<SiardAnalysis> {
  const validator = await xmllintVersion();
  const files = [];
  for (const target of findSiardTargets(ctx.entries)) {
    files.push(
      await checkSiardFile(target, {
        source,
        entries: ctx.entries,
        quarantineDir: options.quarantineDir ?? tmpdir(),
        xmllint: validator !== null,
      }),
    );
  }
  return { files, tableValidator: validator === null ? null : `${validator} --stream` };
}
