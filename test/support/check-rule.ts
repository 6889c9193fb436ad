/**
 * Test helper: builds a fixture package, gathers its context through the real pipeline (with XSD
 * validation over the shipped schemas only when asked: it is slower) and runs one rule on it.
 */
import { shippedSchemaValidator } from '../../src/adapters/xml/shipped-schema-validator.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';
import type { ContentAnalyzer } from '../../src/services/validate/content-analyzer.ts';
import type { PackageContext } from '../../src/core/validation/package-context.ts';
import type { CheckResult, Rule } from '../../src/core/validation/rule.ts';
import type { ProfileId } from '../../src/core/validation/profiles.ts';
import { buildFixture, type FixtureOptions } from './fixture-package.ts';
import { memorySource } from './memory-source.ts';

export interface FixtureContextOptions extends FixtureOptions {
  readonly rootName?: string | null;
  readonly container?: 'folder' | 'zip' | 'tar';
  /** Validates the METS documents and the referenced PREMIS/EAD against the shipped schemas. */
  readonly schemaValidation?: boolean;
  /** Content analyzers to run (SIARD, CITS ERMS …), for the rules that read ctx.analyses. */
  readonly analyzers?: readonly ContentAnalyzer[];
}

export async function fixtureContext(options: FixtureContextOptions): Promise<PackageContext> {
  const { rootName, files } = buildFixture(options);
  const source = memorySource(
    options.rootName === undefined ? rootName : options.rootName,
    files,
    options.container,
  );
  return gatherContext(source, {
    profile: options.profile as ProfileId,
    ...(options.schemaValidation ? { schemaValidator: shippedSchemaValidator } : {}),
    ...(options.analyzers ? { analyzers: options.analyzers } : {}),
  });
}

export type Outcome = 'passed' | 'failed' | 'not-applicable';

export function outcomeOf(result: CheckResult): Outcome {
  if ('notApplicable' in result) return 'not-applicable';
  return (result as readonly unknown[]).length === 0 ? 'passed' : 'failed';
}

/** Runs a rule on a fixture and returns its outcome (and the raw result for message checks). */
export async function checkRule(
  rule: Rule,
  options: FixtureOptions,
): Promise<{ outcome: Outcome; result: CheckResult }> {
  const ctx = await fixtureContext(options);
  const result = rule.check(ctx);
  return { outcome: outcomeOf(result), result };
}
