// Worker thread of the folder reader (folder-digests.ts): opens, reads, digests and closes whole
// files, one batch at a time, so the main thread is free to parse METS and run rules. Plain
// JavaScript because worker threads do not inherit tsx's loader (a tsx bootstrap per worker took
// 0.7 s to start, measured); it imports nothing but node built-ins. docs/adr/0008.
// A batch with `copy` also writes each file into a stored ZIP at its reserved place, on the same
// read that digests it (the package writer's stored ZIP target, docs/adr/0014).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as zlib from 'node:zlib';

/** One buffer per worker: files are read one after another, and a small file fits in one read. */
const buffer = Buffer.allocUnsafeSlow(1024 * 1024);
/** O_NOFOLLOW: a symlink swapped in after the listing was checked fails with ELOOP, not followed. */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW;
/** A progress message per this many bytes of one large file, so a progress bar keeps moving. */
const PROGRESS_BYTES = 64 * 1024 * 1024;

/** Adler-32 (RFC 1950), as core/checksum/adler32.ts; a worker cannot load TypeScript. */
function adler32() {
  let a = 1;
  let b = 0;
  return {
    update(chunk) {
      let i = 0;
      while (i < chunk.length) {
        const end = Math.min(i + 5552, chunk.length);
        for (; i < end; i++) {
          a += chunk[i];
          b += a;
        }
        a %= 65521;
        b %= 65521;
      }
    },
    hex: () => (((b << 16) | a) >>> 0).toString(16).padStart(8, '0'),
  };
}

function crc() {
  let value = 0;
  return {
    update(chunk) {
      value = zlib.crc32(chunk, value);
    },
    hex: () => (value >>> 0).toString(16).padStart(8, '0'),
  };
}

function digester(algorithm) {
  if (algorithm === 'adler32') return adler32();
  if (algorithm === 'crc32') return crc();
  const hash = createHash(algorithm);
  return { update: (chunk) => hash.update(chunk), hex: () => hash.digest('hex') };
}

/** Reads one file to its end; returns its size and appends its digests to `hex`. */
function digestFile(id, file, expectedSize, algorithms, hex, onChunk) {
  const digesters = algorithms.map(digester);
  const fd = openSync(file, OPEN_FLAGS);
  let done = 0;
  let reported = 0;
  try {
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, buffer.length, done);
      if (bytesRead === 0) break;
      const chunk = bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      for (const d of digesters) d.update(chunk);
      onChunk?.(chunk, done);
      done += bytesRead;
      if (done - reported >= PROGRESS_BYTES) {
        parentPort.postMessage({ id, progress: done - reported });
        reported = done;
      }
      // A short read at the expected size is the end: saves the read that would return 0.
      if (bytesRead < buffer.length && done >= expectedSize) break;
    }
  } finally {
    closeSync(fd);
  }
  for (const d of digesters) hex.push(d.hex());
  return { size: done, unreported: done - reported };
}

/**
 * A batch: paths relative to the package root, their listed sizes and the algorithms wanted for all of them. The reply
 * carries the sizes and the hex digests of the batch, in file then algorithm order.
 */
function digestBatch({ id, root, paths, sizes, algorithms, copy }) {
  const actual = new Float64Array(paths.length);
  const hex = [];
  let bytes = 0;
  const out = copy ? openSync(copy.out, constants.O_WRONLY) : -1;
  try {
    for (let i = 0; i < paths.length; i++) {
      try {
        // Joined here rather than on the main thread, where 100,000 strings would be its garbage.
        const file = join(root, paths[i]);
        const onChunk = copy ? copier(out, copy.dataOffsets[i], sizes[i]) : undefined;
        const { size, unreported } = digestFile(id, file, sizes[i], algorithms, hex, onChunk);
        if (copy) finishEntry(out, copy, i, size, sizes[i], hex);
        actual[i] = size;
        bytes += unreported;
      } catch (error) {
        const { code, syscall, message } = error;
        return { id, failed: { index: i, code, syscall, message: String(message) } };
      }
    }
  } finally {
    if (copy) closeSync(out);
  }
  return { id, sizes: actual, digests: hex, bytes };
}

/** Writes each chunk at its place in the output, `start` being where the file's bytes begin. */
function copier(out, start, expectedSize) {
  return (chunk, done) => {
    // Never past the reserved place: that is the next entry's.
    if (done + chunk.length > expectedSize)
      throw new Error(`source grew beyond its declared size of ${expectedSize} bytes`);
    for (let at = 0; at < chunk.length;)
      at += writeSync(out, chunk, at, chunk.length - at, start + done + at);
  };
}

/**
 * The entry's local header goes in front of its bytes once their CRC-32 is known (the last digest
 * of the file, algorithms ending with 'crc32'): the sizes in it were reserved from the listing, so
 * a file that changed size since then cannot be packed.
 */
function finishEntry(out, copy, i, size, expectedSize, hex) {
  if (size !== expectedSize) throw new Error(`source has ${size} bytes, ${expectedSize} were declared`);
  const header = Buffer.from(
    copy.headers,
    copy.headerStarts[i],
    copy.headerStarts[i + 1] - copy.headerStarts[i],
  );
  header.writeUInt32LE(Number.parseInt(hex[hex.length - 1], 16), 14);
  const position = copy.dataOffsets[i] - header.length;
  for (let at = 0; at < header.length;) at += writeSync(out, header, at, header.length - at, position + at);
}

parentPort.on('message', (batch) => {
  const reply = digestBatch(batch);
  parentPort.postMessage(reply, reply.sizes ? [reply.sizes.buffer] : []);
});
