/**
 * Every METS CHECKSUMTYPE that a library computes is computed in one pass, and agrees with known
 * values; the ones nothing here computes are reported as unsupported, never silently passed.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { Adler32 } from '../../src/core/checksum/adler32.ts';
import { digestStream, isChecksumSupported } from '../../src/services/validate/digests.ts';
import type { ChecksumType } from '../../src/core/validation/package-context.ts';

async function* chunks(parts: readonly Uint8Array[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield p;
}

const enc = new TextEncoder();

test('known vectors for every computable type, from one read', async () => {
  const data = enc.encode('Wikipedia');
  const r = await digestStream(chunks([data.subarray(0, 4), data.subarray(4)]), [
    'Adler-32',
    'CRC32',
    'MD5',
    'SHA-1',
    'SHA-256',
    'SHA-384',
    'SHA-512',
  ]);
  assert.equal(r.size, 9);
  assert.equal(r.digests['Adler-32'], '11e60398'); // RFC 1950 example value for "Wikipedia"
  assert.equal(r.digests.CRC32, 'adaac02e');
  assert.equal(r.digests.MD5, createHash('md5').update(data).digest('hex'));
  assert.equal(r.digests['SHA-1'], createHash('sha1').update(data).digest('hex'));
  assert.equal(r.digests['SHA-256'], createHash('sha256').update(data).digest('hex'));
  assert.equal(r.digests['SHA-384'], createHash('sha384').update(data).digest('hex'));
  assert.equal(r.digests['SHA-512'], createHash('sha512').update(data).digest('hex'));
});

test('HAVAL, MNP and TIGER are reported unsupported and produce no digest', async () => {
  for (const t of ['HAVAL', 'MNP', 'TIGER'] as ChecksumType[]) {
    assert.equal(isChecksumSupported(t), false, t);
    const r = await digestStream(chunks([enc.encode('x')]), [t]);
    assert.equal(r.digests[t], undefined);
  }
});

test('Adler-32 is the same however the input is split (large input crosses the deferred-modulo bound)', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 0, maxLength: 20_000 }), fc.nat(), (bytes, cut) => {
      const at = bytes.length === 0 ? 0 : cut % bytes.length;
      const whole = new Adler32().update(bytes).digestHex();
      const split = new Adler32().update(bytes.subarray(0, at)).update(bytes.subarray(at)).digestHex();
      assert.equal(split, whole);
    }),
    { numRuns: 100 },
  );
  const big = new Uint8Array(100_000).fill(255);
  assert.equal(new Adler32().update(big).digestHex(), adlerReference(big));
});

/** Straightforward per-byte reference implementation. */
function adlerReference(bytes: Uint8Array): string {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return (((b << 16) | a) >>> 0).toString(16).padStart(8, '0');
}
