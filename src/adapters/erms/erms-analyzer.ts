/**
 * The CITS ERMS content analyzer (FGS Ärendehantering 2.0): for every representation that declares
 * ERMS content (erms-declaration.ts) it finds the ERMS XML file(s), reads each once (schema,
 * Schematron, identifiers, references: read-erms-file.ts) and compares the documents they refer to
 * with the package listing, both ways. Its result (ErmsAnalysis) is what the SAMARKIV-ERMS rules
 * check; it never throws for bad content.
 */
import {
  ERMS_ANALYSIS_ID,
  type ErmsAnalysis,
  type ErmsFileAnalysis,
  type ErmsUnit,
  type MissingDocument,
} from '../../core/erms/erms-analysis.ts';
import {
  ermsDeclarations,
  rootErmsDeclaration,
  type ErmsDeclaration,
} from '../../core/erms/erms-declaration.ts';
import { appendixCandidates } from '../../core/erms/erms-paths.ts';
import type { PackageContext } from '../../core/validation/package-context.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import type { ContentAnalyzer } from '../../services/validate/content-analyzer.ts';
import { findErmsFiles } from './find-erms-files.ts';
import { readErmsFile } from './read-erms-file.ts';

/** Resolves every file reference; returns the referenced package paths and the missing ones. */
function resolveReferences(
  ctx: PackageContext,
  representation: string,
  files: readonly ErmsFileAnalysis[],
): { referenced: Set<string>; missing: MissingDocument[] } {
  const referenced = new Set<string>();
  const missing: MissingDocument[] = [];
  for (const file of files) {
    for (const ref of file.facts?.fileReferences ?? []) {
      const { candidates } = appendixCandidates(ref.path, representation, file.path);
      const hit = candidates.find((c) => ctx.entries.get(c)?.type === 'file');
      if (hit) referenced.add(hit);
      else missing.push({ ...ref, ermsFile: file.path, expected: candidates[0] ?? null });
    }
  }
  return { referenced, missing };
}

async function analyzeUnit(
  source: PackageSource,
  ctx: PackageContext,
  declaration: ErmsDeclaration,
): Promise<ErmsUnit> {
  const { representation, contentType, declaredAt } = declaration;
  const ermsFiles: ErmsFileAnalysis[] = [];
  for (const found of await findErmsFiles(source, ctx, representation)) {
    const size = ctx.entries.get(found.path)?.size ?? 0;
    ermsFiles.push(await readErmsFile(source, found, contentType, size));
  }
  const dataPrefix = `${representation}/data/`;
  const dataFiles = [...ctx.entries.values()].filter(
    (e) => e.type === 'file' && e.path.startsWith(dataPrefix),
  );
  const referencesKnown = ermsFiles.length > 0 && ermsFiles.every((f) => f.facts !== null);
  const { referenced, missing } = resolveReferences(ctx, representation, ermsFiles);
  const ermsPaths = new Set(ermsFiles.map((f) => f.path));
  const unreferencedFiles = referencesKnown
    ? dataFiles
        .map((e) => e.path)
        .filter((p) => !referenced.has(p) && !ermsPaths.has(p))
        .sort()
    : [];
  return {
    representation,
    contentType,
    declaredAt,
    ermsFiles,
    referencesKnown,
    missingDocuments: missing,
    unreferencedFiles,
    dataFiles: dataFiles.length,
  };
}

export const ermsAnalyzer: ContentAnalyzer = {
  id: ERMS_ANALYSIS_ID,
  appliesTo(ctx) {
    return ermsDeclarations(ctx).length > 0 || rootErmsDeclaration(ctx) !== null;
  },
  async analyze(source, ctx): Promise<ErmsAnalysis> {
    const declarations = ermsDeclarations(ctx);
    const units: ErmsUnit[] = [];
    for (const declaration of declarations) units.push(await analyzeUnit(source, ctx, declaration));
    const root = rootErmsDeclaration(ctx);
    return { units, rootWithoutRepresentation: declarations.length === 0 ? root : null };
  },
};
