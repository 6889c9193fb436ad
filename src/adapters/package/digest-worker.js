/* global WebAssembly */
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
  if (copy) return copyBatch({ id, paths, sizes, algorithms, copy });
  const actual = new Float64Array(paths.length);
  const hex = [];
  let bytes = 0;
  for (let i = 0; i < paths.length; i++) {
    try {
      // Joined here rather than on the main thread, where 100,000 strings would be its garbage.
      const { size, unreported } = digestFile(id, join(root, paths[i]), sizes[i], algorithms, hex);
      actual[i] = size;
      bytes += unreported;
    } catch (error) {
      return { id, failed: failure(i, error) };
    }
  }
  return { id, sizes: actual, digests: hex, bytes };
}

function failure(index, error) {
  const { code, syscall, message } = error;
  return { index, code, syscall, message: String(message) };
}

/** Files up to this size are gathered with their headers into one region and written together. */
const REGION_FILE = 4 * 1024 * 1024;
/**
 * Direct writes (O_DIRECT) cover whole pages: offsets, lengths and memory aligned to 4 KiB, more
 * than any local filesystem asks (statx says 512 here).
 */
const PAGE = 4096;
/**
 * The region of a batch: its entries (header, then bytes) back to back, as they lie in the ZIP.
 * `region` is a view into page-aligned memory starting at the region's offset modulo PAGE, so
 * every page-aligned output offset falls on a page-aligned address.
 */
let regionMemory = alignedBuffer(0);
/** The region's first output offset modulo PAGE: where it starts in `regionMemory`. */
let regionPhase = 0;
let region = regionMemory;

/**
 * Page-aligned memory, which O_DIRECT needs and Buffer.allocUnsafe does not give: a WebAssembly
 * memory always starts on a page boundary.
 */
function alignedBuffer(bytes) {
  return Buffer.from(new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) }).buffer);
}

/**
 * A batch for a stored ZIP: its entries lie back to back in the output, so small files are read
 * straight into one region behind their headers and the region is written with a few large
 * writes. One write per file (two with its header), from two workers into the same file, spent
 * most of the copy waiting for the file's lock (docs/adr/0014). Larger files are streamed.
 */
function copyBatch({ id, paths, sizes, algorithms, copy }) {
  const actual = new Float64Array(paths.length);
  const hex = [];
  let bytes = 0;
  const out = openSync(copy.out, constants.O_WRONLY);
  const direct = openDirect(copy.out);
  let regionAt = -1; // output offset of region[0]; -1 when the region is empty
  let used = 0;
  let directBytes = 0;
  const flush = () => {
    if (used > 0) directBytes += writeRegion(out, direct, regionAt, used);
    regionAt = -1;
    used = 0;
  };
  try {
    for (let i = 0; i < paths.length; i++) {
      try {
        const header = headerOf(copy, i);
        const start = copy.dataOffsets[i] - header.length;
        if (sizes[i] > REGION_FILE) {
          flush();
          const { size, unreported } = digestFile(
            id,
            paths[i],
            sizes[i],
            algorithms,
            hex,
            copier(out, copy.dataOffsets[i], sizes[i]),
          );
          checkSize(size, sizes[i]);
          header.writeUInt32LE(Number.parseInt(hex[hex.length - 1], 16), 14);
          writeFully(out, header, 0, header.length, start);
          actual[i] = size;
          bytes += unreported;
          continue;
        }
        // Entries of a batch are placed back to back; anything else starts a region of its own.
        if (regionAt >= 0 && start !== regionAt + used) flush();
        if (regionAt < 0) {
          regionAt = start;
          regionPhase = start % PAGE;
          region = regionMemory.subarray(regionPhase);
        }
        // One spare byte after the file shows a file that grew since the listing.
        ensureRegion(used + header.length + sizes[i] + 1);
        const dataAt = used + header.length;
        const size = readWhole(paths[i], region, dataAt, sizes[i]);
        checkSize(size, sizes[i]);
        const data = region.subarray(dataAt, dataAt + size);
        for (const algorithm of algorithms) {
          const d = digester(algorithm);
          d.update(data);
          hex.push(d.hex());
        }
        header.writeUInt32LE(Number.parseInt(hex[hex.length - 1], 16), 14);
        header.copy(region, used);
        used = dataAt + size;
        actual[i] = size;
        bytes += size;
      } catch (error) {
        return { id, failed: failure(i, error) };
      }
    }
    flush();
  } catch (error) {
    return { id, failed: failure(paths.length - 1, error) };
  } finally {
    closeSync(out);
    if (direct.fd >= 0) closeSync(direct.fd);
  }
  return { id, sizes: actual, digests: hex, bytes, direct: directBytes };
}

/** Grows the region, keeping its place within the page (never shrinks: the next batch is about as large). */
function ensureRegion(bytes) {
  if (region.length >= bytes) return;
  const grown = alignedBuffer(regionPhase + Math.max(bytes, region.length * 2, 16 * 1024 * 1024));
  regionMemory.copy(grown, 0, 0, regionMemory.length);
  regionMemory = grown;
  region = grown.subarray(regionPhase);
}

/**
 * The output once more, opened for direct writes: the documents go to disk without passing
 * through the page cache, which on the virtual machines measured here cost more CPU than the rest
 * of the copy (2.8 GB: about 7 s of kernel time through the cache, 0.3 s direct; docs/adr/0014).
 * Nothing reads them back before the package is synced. fd -1 where the filesystem refuses
 * O_DIRECT (tmpfs before Linux 6.6, a device such as /dev/full): every write is buffered then.
 */
function openDirect(path) {
  const flag = constants.O_DIRECT;
  if (flag === undefined) return { fd: -1 };
  try {
    return { fd: openSync(path, constants.O_WRONLY | flag) };
  } catch {
    return { fd: -1 };
  }
}

/**
 * Writes region[0, length) at `at`: the whole pages inside it directly, the partial pages at its
 * ends through the page cache. Those partial pages are shared with the neighbouring entries,
 * which other writers fill through the cache too; the whole pages belong to this region alone,
 * so no page is ever written both ways. Returns the bytes written directly.
 */
function writeRegion(out, direct, at, length) {
  const end = at + length;
  const first = Math.ceil(at / PAGE) * PAGE;
  const last = Math.floor(end / PAGE) * PAGE;
  if (direct.fd < 0 || last <= first) {
    writeFully(out, region, 0, length, at);
    return 0;
  }
  writeFully(out, region, 0, first - at, at);
  let done = first;
  try {
    while (done < last) {
      const n = writeSync(direct.fd, region, done - at, last - done, done);
      if (n <= 0) break; // the rest through the cache below
      done += n;
    }
  } catch (error) {
    // A filesystem that opens O_DIRECT but refuses these writes: buffered from here on. A real
    // write error (ENOSPC, EIO) comes back from the buffered write below.
    if (error.code !== 'EINVAL') throw error;
    closeSync(direct.fd);
    direct.fd = -1;
  }
  writeFully(out, region, done - at, end - done, done);
  return done - first;
}

/** Reads a whole file to `at` in `into`; returns its size, at most `expected` + 1 (it grew). */
function readWhole(file, into, at, expected) {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    let done = 0;
    for (;;) {
      const n = readSync(fd, into, at + done, expected + 1 - done, done);
      if (n === 0) return done;
      done += n;
      if (done > expected) return done;
    }
  } finally {
    closeSync(fd);
  }
}

function writeFully(fd, buffer, from, length, position) {
  for (let at = 0; at < length;) at += writeSync(fd, buffer, from + at, length - at, position + at);
}

/** Writes each chunk at its place in the output, `start` being where the file's bytes begin. */
function copier(out, start, expectedSize) {
  return (chunk, done) => {
    // Never past the reserved place: that is the next entry's.
    if (done + chunk.length > expectedSize)
      throw new Error(`source grew beyond its declared size of ${expectedSize} bytes`);
    writeFully(out, chunk, 0, chunk.length, start + done);
  };
}

/**
 * A file must have the size the listing gave: the entry's place and the sizes in its local header
 * were reserved from it, so a file that changed size since then cannot be packed.
 */
function checkSize(size, expectedSize) {
  if (size > expectedSize) throw new Error(`source grew beyond its declared size of ${expectedSize} bytes`);
  if (size !== expectedSize) throw new Error(`source has ${size} bytes, ${expectedSize} were declared`);
}

/**
 * The entry's local header, a view into the batch's headers (this worker's own copy of them): its
 * CRC-32 (the last digest of the file) is set in place once known.
 */
function headerOf(copy, i) {
  return Buffer.from(copy.headers, copy.headerStarts[i], copy.headerStarts[i + 1] - copy.headerStarts[i]);
}

parentPort.on('message', (batch) => {
  const reply = digestBatch(batch);
  parentPort.postMessage(reply, reply.sizes ? [reply.sizes.buffer] : []);
});
