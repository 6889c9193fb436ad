/**
 * What samarkiv writes, samarkiv accepts: every profile written as a folder, a ZIP and a TAR
 * passes the full validator (XSD included) with zero errors and zero warnings.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { createDeps } from '../../src/cli/deps.ts';
import { validatePackage } from '../../src/services/validate-package.ts';
import {
  counterUuid,
  FIXED_NOW,
  KINDS,
  PROFILES,
  sampleData,
  specFor,
  tempDir,
} from '../writer/support/package-fixtures.ts';

const dirs: string[] = [];
after(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

for (const profile of PROFILES) {
  for (const kind of KINDS) {
    test(`${profile} written as ${kind} validates with no errors and no warnings`, async () => {
      const dir = await tempDir();
      dirs.push(dir);
      const data = await sampleData(dir);
      const target = kind === 'folder' ? join(dir, 'out') : join(dir, `package.${kind}`);
      const written = await writePackage(
        specFor(profile, data),
        { kind, path: target },
        {
          clock: () => FIXED_NOW,
          uuid: counterUuid(),
        },
      );
      // CSIP 2.1.0 and 2.2.0 share one profile URL, so 2.1 cannot be detected: name it.
      const asked = profile === 'csip-2.1' ? 'csip-2.1' : 'auto';
      const report = await validatePackage(createDeps(), written.path, { profile: asked, lang: 'en' });
      const problems = report.results
        .filter((r) => r.status === 'failed')
        .map((r) => `${r.requirement} ${r.severity}: ${r.message}`);
      assert.equal(report.error, undefined);
      assert.equal(report.profile, profile, 'the profile is detected from what was written');
      assert.deepEqual(problems, [], `${profile}/${kind} must pass cleanly`);
      assert.equal(report.valid, true);
      assert.equal(report.summary.errors + report.summary.warnings, 0);
      const xsd = report.results.find((r) => r.requirement === 'SAMARKIV-XSD-1');
      assert.equal(xsd?.status, 'passed', 'schema validation ran and passed');
    });
  }
}
