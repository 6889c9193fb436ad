/**
 * Without xmllint (Debian package libxml2-utils) the table files cannot be validated against
 * their XSD: SAMARKIV-SIARD-5 says so and fails instead of passing unchecked, while every other
 * check still runs. The check runs in a child process whose PATH has no xmllint.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('without xmllint, SAMARKIV-SIARD-5 reports that table XSD validation did not run', () => {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'test/siard/support/check-without-xmllint.ts'],
    {
      env: { ...process.env, PATH: '/nonexistent' },
      encoding: 'utf8',
    },
  );
  assert.equal(child.status, 0, child.stderr);
  const out = JSON.parse(child.stdout.trim().split('\n').pop() as string) as {
    tableValidator: string | null;
    results: { id: string; status: string; message: string }[];
  };
  assert.equal(out.tableValidator, null);
  const five = out.results.find((r) => r.id === 'SAMARKIV-SIARD-5');
  assert.equal(five?.status, 'failed');
  assert.match(five?.message ?? '', /not checked: xmllint \(Debian package libxml2-utils\) is not installed/);
  assert.deepEqual(
    out.results.filter((r) => r.status !== 'passed').map((r) => r.id),
    ['SAMARKIV-SIARD-5'],
  );
});
