/** The example package the README's first command checks passes cleanly. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDeps } from '../../src/cli/deps.ts';
import { validatePackage } from '../../src/services/validate-package.ts';

test('examples/bygglov-sip.zip passes with zero errors and zero warnings', async () => {
  const path = new URL('../../examples/bygglov-sip.zip', import.meta.url).pathname;
  const report = await validatePackage(createDeps(), path, { lang: 'en' });
  const failed = report.results
    .filter((r) => r.status === 'failed')
    .map((r) => `${r.requirement}: ${r.message}`);
  assert.deepEqual(failed, []);
  assert.equal(report.valid, true);
  assert.equal(report.profile, 'sip-2.2');
});
