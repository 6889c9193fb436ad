/**
 * `samarkiv generate w3d3 --out <folder> [--cases N] [--seed S] [--erms-version 2.1|3.0]`: a fake
 * W3D3-like case-management export (see src/services/generate/w3d3/).
 */
import { resolve } from 'node:path';
import { w3d3DocumentMaker } from '../../adapters/pdf/w3d3-documents.ts';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import { generateW3d3 } from '../../services/generate/w3d3/generate-w3d3.ts';

export interface GenerateW3d3CommandOptions {
  readonly out: string;
  readonly cases?: string;
  readonly seed?: string;
  readonly ermsVersion?: string;
}

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw archiveError('ARC_ERR_GENERATE_OPTION', `${name} ${value}`);
  return n;
}

export async function generateW3d3Command(opts: GenerateW3d3CommandOptions): Promise<number> {
  try {
    const version = opts.ermsVersion ?? '2.1';
    if (version !== '2.1' && version !== '3.0')
      throw archiveError('ARC_ERR_GENERATE_OPTION', `--erms-version ${version} (2.1 or 3.0)`);
    const cases = wholeNumber('--cases', opts.cases, 100);
    const seed = wholeNumber('--seed', opts.seed, 1);
    const t0 = performance.now();
    const out = resolve(opts.out);
    const made = await generateW3d3(
      { out, cases, seed, ermsVersion: version },
      await w3d3DocumentMaker(new Date(Date.UTC(2021, 1, 1))),
    );
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(
      [
        `W3D3-like export generated (CITS ERMS ${version}, seed ${seed}) in ${seconds} s`,
        `  cases: ${made.cases}, records: ${made.records}, documents: ${made.documents} (${(made.bytes / 1024 / 1024).toFixed(1)} MiB)`,
        `  ERMS file:   ${made.ermsFile}`,
        `  documents:   ${made.documentsFolder}`,
        `  description: ${made.descriptionFile}`,
        `  next: samarkiv sip create --erms ${made.ermsFile} --documents ${made.documentsFolder} --description ${made.descriptionFile} --out delivery.zip`,
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
