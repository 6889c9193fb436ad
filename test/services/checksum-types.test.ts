/**
 * A file's CHECKSUM is verified with whatever computable CHECKSUMTYPE the METS names (CSIP71),
 * and an uncomputable one is reported by SAMARKIV-SUM-1 instead of passing silently.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';
import { test } from 'node:test';
import { Adler32 } from '../../src/core/checksum/adler32.ts';
import { RULES_BY_ID } from '../../src/core/validation/rules/index.ts';
import { fixtureContext, outcomeOf } from '../support/check-rule.ts';

const DATA = new TextEncoder().encode('Beslut om bygglov, Lund 2019.\n');
const crc32 = (zlib as unknown as { crc32: (d: Uint8Array) => number }).crc32;
const EXPECTED: Record<string, string> = {
  MD5: createHash('md5').update(DATA).digest('hex'),
  'SHA-1': createHash('sha1').update(DATA).digest('hex'),
  'SHA-384': createHash('sha384').update(DATA).digest('hex'),
  'SHA-512': createHash('sha512').update(DATA).digest('hex'),
  CRC32: (crc32(DATA) >>> 0).toString(16).padStart(8, '0'),
  'Adler-32': new Adler32().update(DATA).digestHex(),
};

/** Rewrites the data file's checksum in the representation METS. */
function withChecksum(type: string, value: string): (xml: string) => string {
  return (xml) =>
    xml.replace(
      /(<mets:file ID="rep-file-1"[^>]*?)CHECKSUM="[0-9a-f]+" CHECKSUMTYPE="SHA-256"/,
      `$1CHECKSUM="${value}" CHECKSUMTYPE="${type}"`,
    );
}

for (const [type, value] of Object.entries(EXPECTED)) {
  test(`CSIP71 verifies ${type}: the right value passes, a wrong one fails`, async () => {
    const rule = RULES_BY_ID.get('CSIP71');
    assert.ok(rule);
    const good = await fixtureContext({ profile: 'sip-2.2', repMets: withChecksum(type, value) });
    assert.equal(
      good.files.get('representations/rep1/data/bygglov beslut.txt')?.digests[type as 'MD5'],
      value,
    );
    assert.equal(outcomeOf(rule.check(good)), 'passed');
    const wrong = value.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    const bad = await fixtureContext({ profile: 'sip-2.2', repMets: withChecksum(type, wrong) });
    assert.equal(outcomeOf(rule.check(bad)), 'failed');
  });
}

test('an uncomputable CHECKSUMTYPE (TIGER) is reported by SAMARKIV-SUM-1 and not failed by CSIP71', async () => {
  const ctx = await fixtureContext({ profile: 'sip-2.2', repMets: withChecksum('TIGER', 'ab'.repeat(24)) });
  assert.ok(ctx.unsupportedChecksumTypes.has('TIGER'));
  assert.equal(outcomeOf(RULES_BY_ID.get('SAMARKIV-SUM-1')!.check(ctx)), 'failed');
  assert.equal(outcomeOf(RULES_BY_ID.get('CSIP71')!.check(ctx)), 'passed');
});
