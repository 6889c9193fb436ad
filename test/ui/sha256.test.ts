/** The browser's incremental SHA-256 (for packages too large for crypto.subtle) against node:crypto. */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Sha256, sha256OfBlob } from '../../web/src/sha256.ts';
import { encodeMetadata } from '../../web/src/tus.ts';

const node = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('web UI SHA-256', () => {
  it('matches node:crypto at the padding edges (0, 55, 56, 63, 64, 65 bytes)', () => {
    for (const n of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const data = randomBytes(n);
      assert.equal(new Sha256().update(data).hex(), node(data), `${n} bytes`);
    }
  });

  it('gives the same digest however the input is cut into pieces', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(600), { maxLength: 6 }),
        (data, cuts) => {
          const hash = new Sha256();
          let at = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            const end = Math.min(cut, data.length);
            if (end < at) continue;
            hash.update(data.subarray(at, end));
            at = end;
          }
          hash.update(data.subarray(at));
          return hash.hex() === node(data);
        },
      ),
    );
  });

  it('hashes a Blob in 8 MiB slices above the whole-file limit, and whole below it', async () => {
    const data = randomBytes(9 * 1024 * 1024 + 17);
    const seen: number[] = [];
    const sliced = await sha256OfBlob(new Blob([data]), (n) => seen.push(n), undefined, 1024);
    assert.equal(sliced, node(data));
    assert.deepEqual(seen, [8 * 1024 * 1024, data.length]);
    assert.equal(await sha256OfBlob(new Blob([data])), node(data));
  });

  it('encodes tus metadata as key base64(UTF-8 value) pairs', () => {
    const header = encodeMetadata({ filename: 'bygglov-ärende.zip', projectId: 'p1' });
    const pairs = Object.fromEntries(header.split(',').map((p) => p.split(' ')));
    assert.equal(Buffer.from(pairs.filename!, 'base64').toString('utf8'), 'bygglov-ärende.zip');
    assert.equal(Buffer.from(pairs.projectId!, 'base64').toString('utf8'), 'p1');
  });
});
