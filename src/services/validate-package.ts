/**
 * Use case: check an information package (folder, ZIP or TAR) against an E-ARK profile and
 * produce a report. Never throws for a bad package: a refusal becomes a report with `error`.
 * Throws only for programming errors.
 */
import type { ArchiveError } from '../core/errors.ts';
import { isArchiveError, type Lang } from '../core/errors.ts';
import { fgs1ToCsipView } from '../core/fgs1/view/index.ts';
import { runRequirements } from '../core/validation/engine.ts';
import { requirementsOf } from '../core/validation/profile-requirements.ts';
import { PROFILES, type ProfileId } from '../core/validation/profiles.ts';
import {
  contentSection,
  localizeResults,
  summarize,
  type ValidationReport,
} from '../core/validation/report.ts';
import { RULES_BY_ID } from '../core/validation/rules/index.ts';
import type { OpenPackageOptions, PackageSource } from '../ports/package-source.ts';
import type { XmlSchemaValidator } from '../ports/xml-schema-validator.ts';
import type { ChunkObserver } from './validate/digests.ts';
import type { ContentAnalyzer } from './validate/content-analyzer.ts';
import type { ContentCheckOptions } from './validate/content-checks.ts';
import { gatherContext } from './validate/gather-context.ts';

export interface ValidatePackageDeps {
  readonly openSource: (input: string, options?: OpenPackageOptions) => Promise<PackageSource>;
  readonly schemaValidator?: XmlSchemaValidator;
  readonly now?: () => Date;
  readonly version: string;
  /** Per-file content checks (issue 6); omitted = structure only. */
  readonly content?: ContentCheckOptions;
  readonly analyzers?: readonly ContentAnalyzer[];
}

export interface ValidatePackageOptions {
  readonly profile?: ProfileId | 'auto';
  readonly lang?: Lang;
  readonly open?: OpenPackageOptions;
  readonly onProgress?: (bytesDone: number, bytesTotal: number) => void;
  readonly observeFile?: (path: string) => ChunkObserver | undefined;
  /** false skips the content checks even when deps provide them (`--no-content`). */
  readonly contentChecks?: boolean;
}

export async function validatePackage(
  deps: ValidatePackageDeps,
  input: string,
  options: ValidatePackageOptions = {},
): Promise<ValidationReport> {
  const lang = options.lang ?? 'sv';
  const base = {
    input,
    lang,
    generator: { name: 'samarkiv' as const, version: deps.version },
    checkedAt: (deps.now?.() ?? new Date()).toISOString(),
  };
  let source: PackageSource | null = null;
  try {
    source = await deps.openSource(input, options.open);
    const ctx = await gatherContext(source, {
      profile: options.profile ?? 'auto',
      ...(deps.schemaValidator ? { schemaValidator: deps.schemaValidator } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.observeFile ? { observeFile: options.observeFile } : {}),
      ...(deps.content && options.contentChecks !== false ? { content: deps.content } : {}),
      ...(deps.analyzers && options.contentChecks !== false ? { analyzers: deps.analyzers } : {}),
    });
    const results = localizeResults(runRequirements(ctx, requirementsOf(ctx.profile), RULES_BY_ID), lang);
    const counts = summarize(results);
    const parseError = ctx.root?.parseError;
    let bytes = 0;
    for (const f of ctx.files.values()) bytes += f.size;
    return {
      ...base,
      valid: counts.errors === 0 && !parseError,
      profile: ctx.profile.id,
      profileLabel: ctx.profile.label[lang],
      objid: ctx.root?.doc?.mets?.attrs['OBJID'] ?? null,
      container: ctx.container,
      summary: { ...counts, files: ctx.files.size, bytes },
      results,
      ...(contentSection(ctx, lang) ?? {}),
      // A legacy FGS 1.x package: show what its conversion to E-ARK SIP 2.1 would carry over.
      ...(ctx.profile.id === 'fgs-1' && ctx.root?.doc ? { conversion: fgs1ToCsipView(ctx.root.doc) } : {}),
      ...(parseError
        ? {
            error: {
              code: parseError.code,
              message: lang === 'sv' ? (parseError.sv ?? parseError.message) : parseError.message,
            },
          }
        : {}),
    };
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    return refusal(base, e, options.profile, lang, source?.kind ?? null);
  } finally {
    await source?.close();
  }
}

function refusal(
  base: Pick<ValidationReport, 'input' | 'lang' | 'generator' | 'checkedAt'>,
  e: ArchiveError,
  profile: ProfileId | 'auto' | undefined,
  lang: Lang,
  container: ValidationReport['container'],
): ValidationReport {
  const id = profile && profile !== 'auto' ? profile : null;
  return {
    ...base,
    valid: false,
    profile: id,
    profileLabel: id ? PROFILES[id].label[lang] : null,
    objid: null,
    container,
    summary: { errors: 0, warnings: 0, infos: 0, passed: 0, notApplicable: 0, files: 0, bytes: 0 },
    results: [],
    error: { code: e.code, message: e.localized(lang) },
  };
}
