/**
 * The byte sampler keeps exactly the first headBytes and last tailBytes of a file, whatever the
 * chunking, whether the file's size is known beforehand, and when a file is longer than announced;
 * chunks are copied, so a caller may reuse its buffer.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { ByteSampler } from '../../src/services/validate/byte-sampler.ts';

const HEAD = 16;
const TAIL = 12;

function feed(
  file: Buffer,
  chunkSize: number,
  expected: number | undefined,
): ReturnType<ByteSampler['sample']> {
  const sampler = new ByteSampler(HEAD, TAIL, expected);
  const reused = Buffer.alloc(chunkSize);
  for (let at = 0; at < file.length; at += chunkSize) {
    const n = file.copy(reused, 0, at, Math.min(file.length, at + chunkSize));
    sampler.observe(reused.subarray(0, n));
    reused.fill(0xee); // the caller reuses its buffer
  }
  const s = sampler.sample();
  return { head: Buffer.from(s.head), tail: Buffer.from(s.tail), size: s.size };
}

test('byte sampler: first and last bytes for every size, chunking and size announcement', () => {
  for (let size = 0; size <= 2 * (HEAD + TAIL) + 3; size++) {
    const file = randomBytes(size);
    const want = {
      head: file.subarray(0, HEAD),
      tail: file.subarray(Math.max(0, size - TAIL)),
      size,
    };
    for (const chunk of [1, 3, 7, TAIL, HEAD, 40, 1000]) {
      for (const expected of [undefined, size, Math.floor(size / 2)]) {
        const got = feed(file, chunk, expected);
        const label = `size ${size}, chunks of ${chunk}, expected ${expected}`;
        assert.deepEqual(got.head, Buffer.from(want.head), `head: ${label}`);
        assert.deepEqual(got.tail, Buffer.from(want.tail), `tail: ${label}`);
        assert.equal(got.size, size, label);
      }
    }
  }
});
