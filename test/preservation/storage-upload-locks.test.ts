/**
 * Upload locks across server processes, over both databases: two lockers on two connections to
 * one database (as two server processes have) never hold the same upload at once; a waiter asks
 * the holder to release and gets the lock when it does; a dead holder's lease runs out; a lock not
 * acquired in time is a timeout. A whole tus upload still goes through the server with the lock.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openDatabase, type OpenDatabase } from '../../src/adapters/db/open-database.ts';
import { UploadLockTimeoutError } from '../../src/ports/upload-locker.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';
import { createUploadLocker } from '../../src/services/server/upload-locks.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const never = new AbortController().signal;

for (const backend of BACKENDS) {
  describe(`upload locks shared by server processes on ${backend.name}`, () => {
    let t: TestServer;
    let second: OpenDatabase;
    let ctxA: ServiceContext;
    let ctxB: ServiceContext;
    before(async () => {
      t = await startTestServer(backend);
      second = await openDatabase(t.server.config.databaseUrl);
      ctxA = t.server.ctx;
      ctxB = { ...t.server.ctx, db: second.db, caps: second.caps };
    });
    after(async () => {
      await second.close();
      await t.close();
    });

    test('one holder at a time; a waiter asks the holder to release and then gets the lock', async () => {
      const a = createUploadLocker(ctxA, { pollMs: 20 });
      const b = createUploadLocker(ctxB, { pollMs: 20 });
      const id = 'upload-1/package';
      const lockA = a.newLock(id);
      let asked = 0;
      await lockA.lock(never, async () => {
        asked++;
        await lockA.unlock(); // tus ends the stalled request, which unlocks
      });
      const holders = await ctxA.db.selectFrom('upload_locks').selectAll().where('id', '=', id).execute();
      assert.deepEqual(
        holders.map((h) => h.owner),
        [a.owner],
      );
      const lockB = b.newLock(id);
      await lockB.lock(never, () => {});
      assert.equal(asked, 1);
      const now = await ctxA.db.selectFrom('upload_locks').selectAll().where('id', '=', id).execute();
      assert.deepEqual(
        now.map((h) => h.owner),
        [b.owner],
      );
      await lockB.unlock();
      assert.equal(
        (await ctxA.db.selectFrom('upload_locks').select('id').where('id', '=', id).execute()).length,
        0,
      );
    });

    test("a dead holder's lease runs out; a holder that does not let go makes the waiter time out", async () => {
      const id = 'upload-2/package';
      await ctxA.db
        .insertInto('upload_locks')
        .values({ id, owner: 'dead-process', expires_at: '2000-01-01T00:00:00.000Z', release_requested: 0 })
        .execute();
      const b = createUploadLocker(ctxB, { pollMs: 20 });
      const lockB = b.newLock(id);
      await lockB.lock(never, () => {}); // ignores release requests
      const c = createUploadLocker(ctxA, { pollMs: 20, acquireTimeoutMs: 200 });
      await assert.rejects(
        c.newLock(id).lock(never, () => {}),
        UploadLockTimeoutError,
      );
      const row = await ctxA.db
        .selectFrom('upload_locks')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      assert.equal(row?.owner, b.owner);
      assert.equal(row?.release_requested, 1, 'the waiter asked');
      await lockB.unlock();
    });

    test('a resumable upload goes through the server with the shared lock, released after each request', async () => {
      const base = await t.server.listen();
      const client = await t.login('arkivarie.lund');
      const { token } = await client.json<{ token: string }>('POST', '/api/tokens', { name: 'locks' });
      const project = await client.json<{ id: string }>('POST', '/api/projects', {
        tenantId: 'lund',
        title: 'Låstest',
        systemName: 'Ecos',
      });
      await client.json('POST', `/api/projects/${project.id}/phase`, { to: 'preparation' });
      const bytes = Buffer.from('not a real package, but bytes to upload in two parts');
      const tus = (method: string, url: string, headers: Record<string, string>, body?: Buffer) =>
        fetch(new URL(url, base), {
          method,
          headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0', ...headers },
          ...(body ? { body: new Uint8Array(body) } : {}),
        });
      const meta = Object.entries({
        projectId: project.id,
        filename: 'paket.zip',
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
        .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
        .join(',');
      const created = await tus('POST', '/api/uploads', {
        'upload-length': String(bytes.length),
        'upload-metadata': meta,
      });
      assert.equal(created.status, 201, await created.text());
      const url = created.headers.get('location') ?? '';
      const part = (offset: number, body: Buffer) =>
        tus(
          'PATCH',
          url,
          { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
          body,
        );
      const first = await part(0, bytes.subarray(0, 10));
      assert.equal(first.status, 204, await first.text());
      const locks = () => ctxA.db.selectFrom('upload_locks').select('id').execute();
      assert.deepEqual(await locks(), [], 'released after the request');
      const rest = await part(10, bytes.subarray(10));
      assert.ok(rest.status === 204 || rest.status === 200, `${rest.status} ${await rest.text()}`);
      assert.equal(rest.headers.get('upload-offset'), String(bytes.length));
      assert.deepEqual(await locks(), []);
    });
  });
}
