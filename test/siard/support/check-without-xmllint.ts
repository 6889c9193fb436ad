/**
 * Run as a child process with a PATH that has no xmllint (see no-xmllint.test.ts): checks the
 * valid CITS SIARD SIP and prints the SIARD requirement results as JSON.
 */
import { siardAnalyzer } from '../../../src/adapters/siard/siard-analyzer.ts';
import type { SiardAnalysis } from '../../../src/core/siard/siard-analysis.ts';
import { runRequirements } from '../../../src/core/validation/engine.ts';
import { requirementsOf } from '../../../src/core/validation/profile-requirements.ts';
import { RULES_BY_ID } from '../../../src/core/validation/rules/index.ts';
import { gatherContext } from '../../../src/services/validate/gather-context.ts';
import { memorySource } from '../../support/memory-source.ts';
import { citsSiardPackage } from './cits-siard-sip.ts';

const { rootName, files } = citsSiardPackage();
const ctx = await gatherContext(memorySource(rootName, files), {
  profile: 'sip-2.2',
  analyzers: [siardAnalyzer],
});
const results = runRequirements(ctx, requirementsOf(ctx.profile), RULES_BY_ID)
  .filter((r) => r.requirement.startsWith('SAMARKIV-SIARD-'))
  .map((r) => ({ id: r.requirement, status: r.status, message: r.message.en }));
const analysis = ctx.analyses?.get('siard') as SiardAnalysis;
console.log(JSON.stringify({ tableValidator: analysis.tableValidator, results }));
