/**
 * What every SAMARKIV-ERMS rule shares: the ERMS analysis of the context, and the answer when
 * there is nothing to check (no ERMS content declared, or no ERMS file to look into).
 */
import {
  ermsAnalysisOf,
  type ErmsAnalysis,
  type ErmsFileAnalysis,
  type ErmsUnit,
} from '../../../erms/erms-analysis.ts';
import type { ErmsFacts } from '../../../erms/erms-facts.ts';
import type { PackageContext } from '../../package-context.ts';
import { notApplicable, type CheckResult } from '../../rule.ts';

/** Runs `check` on the ERMS analysis; not applicable when the analyzer did not run or apply. */
export function withErms(ctx: PackageContext, check: (analysis: ErmsAnalysis) => CheckResult): CheckResult {
  const analysis = ermsAnalysisOf(ctx);
  if (!analysis) {
    return notApplicable(
      'No representation declares CITS ERMS content (citserms_v2_1, citserms_v3_0 or ERMS)',
      'Ingen representation deklarerar CITS ERMS-innehåll (citserms_v2_1, citserms_v3_0 eller ERMS)',
    );
  }
  return check(analysis);
}

export interface FileInUnit {
  readonly unit: ErmsUnit;
  readonly file: ErmsFileAnalysis;
}

export interface ReadableFile extends FileInUnit {
  readonly facts: ErmsFacts;
}

export function ermsFiles(analysis: ErmsAnalysis): FileInUnit[] {
  return analysis.units.flatMap((unit) => unit.ermsFiles.map((file) => ({ unit, file })));
}

/** ERMS files the reader got through (facts collected). */
export function readableFiles(analysis: ErmsAnalysis): ReadableFile[] {
  return ermsFiles(analysis).flatMap(({ unit, file }) =>
    file.facts ? [{ unit, file, facts: file.facts }] : [],
  );
}

export const NO_ERMS_FILE = notApplicable(
  'No ERMS XML file was found (SAMARKIV-ERMS-1 reports it)',
  'Ingen ERMS-XML-fil hittades (SAMARKIV-ERMS-1 rapporterar det)',
);

export const NO_READABLE_ERMS_FILE = notApplicable(
  'No ERMS XML file could be read (SAMARKIV-ERMS-1/2 report why)',
  'Ingen ERMS-XML-fil kunde läsas (SAMARKIV-ERMS-1/2 rapporterar varför)',
);
