/**
 * `samarkiv submit` against a real server on 127.0.0.1 over both backends: an upload interrupted
 * halfway through a chunk continues from the server's offset; --wait prints the verdict with the
 * exit codes of `validate`; bytes changed on the way and foreign projects are refused with codes.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createWorker } from '../../src/jobs/worker.ts';
import { submitCommand, type SubmitIo, type SubmitOptions } from '../../src/cli/commands/submit.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { EXAMPLE_SIP, sha256, writeBrokenSip } from './support/delivery-packages.ts';

const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;

interface Captured {
  code: number;
  out: string;
  err: string;
}

for (const backend of BACKENDS) {
  describe(`samarkiv submit (${backend.name})`, () => {
    let t: TestServer;
    let base: string;
    let work: string;
    let projectId: string;
    const tokens: Record<string, string> = {};

    const submit = async (
      pkg: string,
      opts: Partial<SubmitOptions>,
      io: SubmitIo = {},
    ): Promise<Captured> => {
      let out = '';
      let err = '';
      const code = await submitCommand(
        pkg,
        { project: projectId, server: base, token: tokens['forvaltare.trelleborg'], ...opts },
        { sleep: async () => {}, stdout: (s) => (out += s), stderr: (s) => (err += s), ...io },
      );
      return { code, out, err };
    };

    before(async () => {
      t = await startTestServer(backend);
      base = await t.server.listen();
      work = mkdtempSync(join(tmpdir(), 'samarkiv-submit-'));
      for (const user of ['forvaltare.trelleborg', 'arkivarie.lund']) {
        const c = await t.login(user);
        tokens[user] = (await c.json<{ token: string }>('POST', '/api/tokens', { name: 'cli' })).token;
      }
      const c = await t.login('arkivarie.trelleborg');
      projectId = (
        await c.json<{ id: string }>('POST', '/api/projects', {
          tenantId: 'trelleborg',
          title: 'Bygglov – Trelleborg',
          systemName: 'Ecos',
        })
      ).id;
      await c.json('POST', `/api/projects/${projectId}/phase`, { to: 'preparation' });
    });
    after(async () => {
      await t.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('continues from the server’s offset after the connection drops halfway through a chunk', async () => {
      let patches = 0;
      // The second PATCH delivers half its bytes, then the connection "drops" before any answer.
      const flaky: typeof fetch = async (input, init) => {
        if (init?.method === 'PATCH' && ++patches === 2) {
          const body = init.body as Uint8Array;
          await fetch(input, {
            ...init,
            body: new Uint8Array(body.subarray(0, Math.floor(body.length / 2))),
          });
          throw new TypeError('fetch failed');
        }
        return fetch(input, init);
      };
      const r = await submit(EXAMPLE_SIP, { chunkSize: '0.03' }, { fetch: flaky });
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /Avbrott, fortsätter från byte \d+/);
      const id = /Leveransversion ([0-9a-f-]{36}) \(version 1\) mottagen/.exec(r.out)?.[1];
      assert.ok(id, r.out);
      const stored = readFileSync(join(t.dataDir, 'quarantine', id, 'package'));
      assert.equal(sha256(stored), sha256(readFileSync(EXAMPLE_SIP)));
      assert.equal(patches, 3, 'two chunks of 64 KiB at most, and the interrupted one again from its offset');
    });

    it('--wait prints the verdict: exit 1 for a package with errors', async () => {
      const worker = createWorker(t.server.ctx, t.server.handlers, { idleMillis: 50 });
      worker.start();
      try {
        const broken = await writeBrokenSip(work);
        const r = await submit(
          broken,
          { wait: true, pollInterval: '0.1', format: 'json' },
          { sleep: (ms) => new Promise((res) => setTimeout(res, ms)) },
        );
        assert.equal(r.code, 1, r.err);
        const final = JSON.parse(r.out) as { state: string; version: number; errorCount: number };
        assert.equal(final.state, 'controlled');
        assert.equal(final.version, 2);
        assert.ok(final.errorCount >= 1);
      } finally {
        await worker.stop();
      }
    });

    it('exit 1 with ARC_ERR_UPLOAD_CHECKSUM when bytes change on the way', async () => {
      const tamper: typeof fetch = async (input, init) => {
        if (init?.method === 'PATCH') {
          const body = Buffer.from(init.body as Uint8Array);
          if (body.length > 100) body[100] = (body[100] ?? 0) ^ 0xff;
          return fetch(input, { ...init, body: new Uint8Array(body) });
        }
        return fetch(input, init);
      };
      const r = await submit(EXAMPLE_SIP, {}, { fetch: tamper });
      assert.equal(r.code, 1);
      assert.match(r.err, /ARC_ERR_UPLOAD_CHECKSUM/);
    });

    it('exit 2 with a coded error for another municipality’s project', async () => {
      const r = await submit(EXAMPLE_SIP, { token: tokens['arkivarie.lund'] });
      assert.equal(r.code, 2);
      assert.match(r.err, /ARC_ERR_NOT_FOUND/);
    });

    it('runs as a command of the samarkiv CLI', async () => {
      const run = promisify(execFile);
      const { stdout } = await run(
        process.execPath,
        [BIN, 'submit', EXAMPLE_SIP, '--project', projectId, '--server', base, '--format', 'json'],
        { env: { ...process.env, SAMARKIV_TOKEN: tokens['forvaltare.trelleborg'] } },
      );
      const s = JSON.parse(stdout) as { state: string; version: number };
      assert.equal(s.state, 'received');
      assert.ok(s.version >= 3);
    });
  });
}
