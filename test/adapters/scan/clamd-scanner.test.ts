/**
 * ClamdScanner against a real clamd with the EICAR test signature (support/clamd.ts), and against
 * small fake servers for what a healthy clamd never does: stay silent, stop reading, answer
 * nonsense, hang up.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { isArchiveError } from '../../../src/core/errors.ts';
import { clamdAddressFromEnv } from '../../../src/adapters/scan/clamd-address.ts';
import { ClamdScanner } from '../../../src/adapters/scan/clamd-scanner.ts';
import { expectCode } from '../package/support/fixtures.ts';
import { EICAR, testClamd, type TestClamd } from './support/clamd.ts';

let clamd: TestClamd;
let scanner: ClamdScanner;

before(async () => {
  clamd = await testClamd();
  scanner = new ClamdScanner({ address: { socketPath: clamd.socketPath } });
});
after(() => clamd?.stop());

async function* chunksOf(data: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

test('clamd: describe() names the engine and ping() gets PONG', async () => {
  assert.match(await scanner.describe(), /^ClamAV \d+\.\d+\.\d+/);
  await scanner.ping();
});

test('clamd: the EICAR test string is found, ordinary bytes are clean', async () => {
  const infected = await scanner.scan(chunksOf(EICAR, 1024));
  assert.equal(infected.infected, true);
  assert.match(infected.signature!, /EICAR/i);
  assert.deepEqual(await scanner.scan(chunksOf(Buffer.from('Protokoll från kommunstyrelsen'), 1024)), {
    infected: false,
    signature: null,
  });
  assert.deepEqual(await scanner.scan(chunksOf(Buffer.alloc(0), 1)), { infected: false, signature: null });
});

test('clamd: a signature split over many chunks and frames is still found', async () => {
  const data = Buffer.concat([randomBytes(10_000), EICAR, randomBytes(10_000)]);
  const small = new ClamdScanner({ address: { socketPath: clamd.socketPath }, frameBytes: 7 });
  assert.equal((await small.scan(chunksOf(data, 13))).infected, true);
});

test('clamd: a 24 MiB stream is scanned in bounded frames, EICAR in the middle found', async () => {
  const data = Buffer.alloc(24 * 1024 * 1024, 0x41);
  EICAR.copy(data, 12 * 1024 * 1024 + 17);
  assert.equal((await scanner.scan(chunksOf(data, 1024 * 1024))).infected, true);
  data.fill(0x41, 12 * 1024 * 1024, 13 * 1024 * 1024);
  assert.equal((await scanner.scan(chunksOf(data, 1024 * 1024))).infected, false);
});

test('clamd: a stream over StreamMaxLength is ARC_ERR_SCAN_LIMIT, never clean', async () => {
  // scripts/ci/start-clamd.sh sets StreamMaxLength 64M; a developer's clamd may allow more.
  let produced = 0;
  async function* endless(): AsyncGenerator<Uint8Array> {
    const chunk = Buffer.alloc(1024 * 1024, 0x42);
    for (let i = 0; i < 5000; i++) {
      produced += chunk.length;
      yield chunk;
    }
  }
  await expectCode(scanner.scan(endless()), 'ARC_ERR_SCAN_LIMIT');
  assert.ok(produced < 5000 * 1024 * 1024, 'the source was closed when clamd refused');
});

test('clamd: a failing source rejects with its own error, and the scanner stays usable', async () => {
  async function* broken(): AsyncGenerator<Uint8Array> {
    yield Buffer.alloc(1000);
    throw new Error('disk read failed');
  }
  await assert.rejects(scanner.scan(broken()), /disk read failed/);
  assert.equal((await scanner.scan(chunksOf(EICAR, 10))).infected, true);
});

test('clamd: concurrent scans each get their own answer', async () => {
  const inputs = Array.from({ length: 12 }, (_, i) =>
    i % 3 === 0 ? Buffer.concat([randomBytes(5000), EICAR]) : randomBytes(5000),
  );
  const results = await Promise.all(inputs.map((data) => scanner.scan(chunksOf(data, 1000))));
  assert.deepEqual(
    results.map((r) => r.infected),
    inputs.map((_, i) => i % 3 === 0),
  );
});

test('clamd: no clamd at the address is ARC_ERR_SCAN_UNAVAILABLE (unix socket and TCP)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-noclamd-'));
  try {
    const missing = new ClamdScanner({ address: { socketPath: join(dir, 'nothing.sock') } });
    await expectCode(missing.scan(chunksOf(EICAR, 10)), 'ARC_ERR_SCAN_UNAVAILABLE');
    await expectCode(missing.describe(), 'ARC_ERR_SCAN_UNAVAILABLE');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const server = await listen(createServer(), 0);
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  const closed = new ClamdScanner({ address: { host: '127.0.0.1', port } });
  await assert.rejects(closed.ping(), (e: unknown) => {
    assert.ok(isArchiveError(e) && e.code === 'ARC_ERR_SCAN_UNAVAILABLE', String(e));
    assert.match(e.message, new RegExp(`tcp:127\\.0\\.0\\.1:${port}: ECONNREFUSED`));
    return true;
  });
});

test('fake clamd: a server that stops reading holds the sender back, then times out', async (t) => {
  const sockets: Socket[] = [];
  const server = await listen(
    createServer((socket) => {
      socket.pause(); // accepts, never reads, never answers
      sockets.push(socket);
    }),
    0,
  );
  t.after(() => {
    sockets.forEach((s) => s.destroy());
    server.close();
  });
  let produced = 0;
  async function* plenty(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < 4096; i++) {
      produced += 64 * 1024;
      yield Buffer.alloc(64 * 1024);
    }
  }
  const port = (server.address() as { port: number }).port;
  const stuck = new ClamdScanner({ address: { host: '127.0.0.1', port }, idleTimeoutMs: 300 });
  await expectCode(stuck.scan(plenty()), 'ARC_ERR_SCAN_TIMEOUT');
  // Backpressure: only what fits in the socket buffers was taken from the 256 MiB source.
  assert.ok(produced < 32 * 1024 * 1024, `${produced} bytes were read from the source`);
});

test('fake clamd: nonsense, an ERROR reply and a hang-up are ARC_ERR_SCAN_FAILED', async (t) => {
  const replies = ['hello there\0', 'stream: lstat() failed. ERROR\0', ''];
  for (const reply of replies) {
    const server = await listen(
      createServer((socket) => {
        socket.once('data', () => (reply ? socket.end(reply) : socket.destroy()));
      }),
      0,
    );
    t.after(() => server.close());
    const port = (server.address() as { port: number }).port;
    const fake = new ClamdScanner({ address: { host: '127.0.0.1', port } });
    await expectCode(fake.scan(chunksOf(EICAR, 10)), 'ARC_ERR_SCAN_FAILED');
  }
});

test('fake clamd: a stream cut mid-way by a clamd that still answers PING is ARC_ERR_SCAN_LIMIT', async (t) => {
  // What a real clamd does at StreamMaxLength when its answer is lost with the socket (EPIPE).
  const server = await listen(
    createServer((socket) => {
      let received = 0;
      socket.on('data', (chunk: Buffer) => {
        if (chunk.subarray(0, 6).toString('latin1') === 'zPING\0') return void socket.end('PONG\0');
        received += chunk.length;
        if (received > 1024 * 1024) socket.resetAndDestroy();
      });
    }),
    0,
  );
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  const fake = new ClamdScanner({ address: { host: '127.0.0.1', port } });
  await expectCode(fake.scan(chunksOf(Buffer.alloc(64 * 1024 * 1024), 1024 * 1024)), 'ARC_ERR_SCAN_LIMIT');
});

test('clamd address: from SAMARKIV_CLAMD_SOCKET, or HOST and PORT, or none', () => {
  assert.deepEqual(clamdAddressFromEnv({ SAMARKIV_CLAMD_SOCKET: '/run/clamav/clamd.ctl' }), {
    socketPath: '/run/clamav/clamd.ctl',
  });
  assert.deepEqual(clamdAddressFromEnv({ SAMARKIV_CLAMD_HOST: 'av.kommun.se' }), {
    host: 'av.kommun.se',
    port: 3310,
  });
  assert.deepEqual(clamdAddressFromEnv({ SAMARKIV_CLAMD_HOST: 'av', SAMARKIV_CLAMD_PORT: '3311' }), {
    host: 'av',
    port: 3311,
  });
  assert.equal(clamdAddressFromEnv({}), null);
  assert.throws(
    () => clamdAddressFromEnv({ SAMARKIV_CLAMD_HOST: 'av', SAMARKIV_CLAMD_PORT: 'x' }),
    /not a TCP port/,
  );
  assert.throws(
    () => clamdAddressFromEnv({ SAMARKIV_CLAMD_HOST: 'av', SAMARKIV_CLAMD_SOCKET: '/s' }),
    /not both/,
  );
});

function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
