/**
 * The generated ERMS package is a valid E-ARK SIP 2.1 (FGS Paketstruktur 2.0) as a whole, not only
 * as ERMS: every requirement of the profile passes or does not apply. So when an ERMS test breaks
 * the package, the SAMARKIV-ERMS requirement it names is what fails, not some unrelated rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRequirements } from '../../src/core/validation/engine.ts';
import { requirementsOf } from '../../src/core/validation/profile-requirements.ts';
import { PROFILES } from '../../src/core/validation/profiles.ts';
import { RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
import { ermsContext } from './erms-package.ts';

test('the valid ERMS package passes every requirement of the SIP 2.1 profile, SAMARKIV-ERMS included', async () => {
  const ctx = await ermsContext({}, { schemaValidation: true });
  const results = runRequirements(ctx, requirementsOf(PROFILES['sip-2.1']), RULES_BY_ID);
  const failed = results.filter((r) => r.status === 'failed').map((r) => `${r.requirement}: ${r.message.en}`);
  assert.deepEqual(failed, []);
  const erms = results.filter((r) => r.requirement.startsWith('SAMARKIV-ERMS-'));
  assert.deepEqual(
    erms.map((r) => `${r.requirement} ${r.level} ${r.status}`),
    [1, 2, 3, 4, 5, 6].map((n) => `SAMARKIV-ERMS-${n} MUST passed`),
  );
});
