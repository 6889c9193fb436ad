/**
 * Shared by the CITS SIARD package tests: gathers a package with the SIARD analyzer and runs the
 * SIARD requirements (CITS SIARD and SAMARKIV-SIARD) of its profile.
 */
import assert from 'node:assert/strict';
import { siardAnalyzer } from '../../../src/adapters/siard/siard-analyzer.ts';
import { runRequirements, type RequirementResult } from '../../../src/core/validation/engine.ts';
import type { PackageContext } from '../../../src/core/validation/package-context.ts';
import { requirementsOf } from '../../../src/core/validation/profile-requirements.ts';
import { RULES_BY_ID } from '../../../src/core/validation/rules/index.ts';
import type { PackageSource } from '../../../src/ports/package-source.ts';
import { gatherContext } from '../../../src/services/validate/gather-context.ts';
import { memorySource } from '../../support/memory-source.ts';
import { citsSiardPackage, type CitsSiardOptions } from './cits-siard-sip.ts';

export const SIARD_ID = /^(SIARD_|SAMARKIV-SIARD-)/;
export const INSIDE = Array.from({ length: 9 }, (_, i) => `SAMARKIV-SIARD-${i + 1}`);

export async function contextOf(source: PackageSource): Promise<PackageContext> {
  try {
    return await gatherContext(source, { profile: 'sip-2.2', analyzers: [siardAnalyzer] });
  } finally {
    await source.close();
  }
}

export function siardResults(ctx: PackageContext): RequirementResult[] {
  return runRequirements(ctx, requirementsOf(ctx.profile), RULES_BY_ID).filter((r) =>
    SIARD_ID.test(r.requirement),
  );
}

export async function check(options: CitsSiardOptions = {}): Promise<RequirementResult[]> {
  const { rootName, files } = citsSiardPackage(options);
  return siardResults(await contextOf(memorySource(rootName, files)));
}

export function failed(results: readonly RequirementResult[]): string[] {
  return results.filter((r) => r.status === 'failed').map((r) => r.requirement);
}

export function result(results: readonly RequirementResult[], id: string): RequirementResult {
  const r = results.find((x) => x.requirement === id);
  assert.ok(r, `${id} is reported`);
  return r;
}

/** The requirements a valid package passes; the rest are manual checkpoints or unused options. */
export const PASSED = [
  'SIARD_1',
  'SIARD_2',
  'SIARD_3',
  'SIARD_4',
  'SIARD_5',
  'SIARD_6',
  'SIARD_7',
  'SIARD_8',
  'SIARD_9',
  'SIARD_10',
  'SIARD_11',
  'SIARD_12',
  'SIARD_13',
  'SIARD_14',
  'SIARD_15',
  'SIARD_16',
  'SIARD_17',
  'SIARD_18',
  'SIARD_19',
  'SIARD_23',
  'SIARD_29',
  'SIARD_30',
  'SIARD_30a',
  'SIARD_30b',
  'SIARD_30c',
  'SIARD_30d',
  ...INSIDE,
];

export function assertValid(results: readonly RequirementResult[]): void {
  assert.deepEqual(failed(results), []);
  const passed = results.filter((r) => r.status === 'passed').map((r) => r.requirement);
  assert.deepEqual([...passed].sort(), [...PASSED].sort());
  const manual = results
    .filter((r) => r.message.en.startsWith('Manual checkpoint'))
    .map((r) => r.requirement);
  assert.deepEqual(manual, [
    'SIARD_24',
    'SIARD_25',
    'SIARD_26',
    'SIARD_27',
    'SIARD_28',
    'SIARD_29a',
    'SIARD_31',
    'SIARD_32',
    'SIARD_33',
  ]);
}
