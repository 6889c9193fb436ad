/**
 * `samarkiv serve --http-processes 2`: two HTTP children share the port while the primary keeps
 * the workers; a session made at one child works at the other; a child that dies is replaced and
 * the service keeps answering; SIGTERM stops every process; a killed primary takes its children
 * with it; a bad count is a usage error (docs/adr/0015).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BACKENDS } from '../support/backends.ts';

const BIN = fileURLToPath(new URL('../../bin/samarkiv.js', import.meta.url));

interface Started {
  readonly child: ChildProcess;
  readonly address: string;
}

function serve(dataDir: string, databaseUrl: string): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      '--demo',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--database',
      databaseUrl,
      '--http-processes',
      '2',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SAMARKIV_LOG_LEVEL: 'warn' } },
  );
  let err = '';
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listens on (\S+)/.exec(out);
      if (m?.[1]) resolve({ child, address: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

/** The primary's child processes that run the samarkiv CLI (the HTTP processes). */
function httpChildren(pid: number): number[] {
  const ids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return ids.map(Number).filter((id) => {
    try {
      return readFileSync(`/proc/${id}/cmdline`, 'utf8').includes('samarkiv.js');
    } catch {
      return false; // gone since
    }
  });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One request on a connection of its own, so that successive requests may reach either child. */
function call(
  address: string,
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; cookies: string[] }> {
  return new Promise((resolve, reject) => {
    const payload = body ? JSON.stringify(body) : undefined;
    const req = request(
      `${address}${path}`,
      {
        method,
        agent: new Agent({ keepAlive: false }),
        headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (b: Buffer) => (text += b.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, cookies: res.headers['set-cookie'] ?? [] }),
        );
      },
    );
    req.once('error', reject);
    req.end(payload);
  });
}

for (const backend of BACKENDS) {
  describe(`serve with several HTTP processes (${backend.name})`, () => {
    test('children share the port and the sessions, are replaced when they die, and stop with the primary', async () => {
      const db = await backend.create();
      const dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-procs-'));
      const started = await serve(dataDir, db.url);
      const primary = started.child.pid as number;
      try {
        await waitFor('two HTTP processes', () => httpChildren(primary).length === 2);
        const [first] = httpChildren(primary);

        const login = await call(started.address, 'POST', '/api/login', {
          username: 'earkivarie',
          password: 'samarkiv-demo',
        });
        assert.equal(login.status, 200, login.body);
        const cookie = login.cookies.map((c) => c.split(';')[0]).join('; ');
        // Each request on a new connection: the children take turns, and each knows the session.
        for (let i = 0; i < 6; i++) {
          const me = await call(started.address, 'GET', '/api/session', undefined, { cookie });
          assert.equal(me.status, 200, me.body);
          assert.equal((JSON.parse(me.body) as { user: { username: string } }).user.username, 'earkivarie');
        }

        process.kill(first as number, 'SIGKILL');
        await waitFor('a new HTTP process', () => {
          const now = httpChildren(primary);
          return now.length === 2 && !now.includes(first as number);
        });
        for (let i = 0; i < 4; i++)
          assert.equal((await call(started.address, 'GET', '/healthz')).status, 200);

        const children = httpChildren(primary);
        const exited = new Promise<number | null>((r) => started.child.once('exit', (code) => r(code)));
        started.child.kill('SIGTERM');
        assert.equal(await exited, 0);
        await waitFor('the children to stop', () => children.every((pid) => !alive(pid)));
      } finally {
        started.child.kill('SIGKILL');
        await db.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}

describe('serve with several HTTP processes: a killed primary', () => {
  test('takes its HTTP processes with it', async () => {
    const db = await BACKENDS[0]!.create();
    const dataDir = mkdtempSync(join(tmpdir(), 'samarkiv-procs-'));
    const started = await serve(dataDir, db.url);
    try {
      const primary = started.child.pid as number;
      await waitFor('two HTTP processes', () => httpChildren(primary).length === 2);
      const children = httpChildren(primary);
      started.child.kill('SIGKILL');
      await waitFor('the children to exit', () => children.every((pid) => !alive(pid)));
    } finally {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('a count that is not a whole number from 1 to 64 is a usage error', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve', '--http-processes', '0', '--data-dir', tmpdir()], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /ARC_ERR_USAGE/);
    assert.match(r.stderr, /--http-processes/);
  });
});
