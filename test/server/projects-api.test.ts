/**
 * The archive service's core over both backends: login, CSRF, tenant isolation, delivery projects
 * and their phases, the hash-chained audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { verifyAuditLog } from '../../src/services/server/audit-verify.ts';

interface Project {
  id: string;
  tenantId: string;
  phase: string;
  history?: { toPhase: string; reason: string | null }[];
}

for (const backend of BACKENDS) {
  describe(`archive service core (${backend.name})`, () => {
    let t: TestServer;
    before(async () => {
      t = await startTestServer(backend);
    });
    after(async () => t.close());

    it('seeds the consortium with sixteen municipalities and Lund as host', async () => {
      const c = await t.login('earkivarie');
      const tenants = await c.json<{ id: string; kind: string; isHost: boolean }[]>('GET', '/api/tenants');
      assert.equal(tenants.filter((x) => x.kind === 'municipality').length, 16);
      assert.equal(tenants.filter((x) => x.kind === 'consortium').length, 1);
      assert.deepEqual(
        tenants.filter((x) => x.isHost).map((x) => x.id),
        ['lund'],
      );
    });

    it('refuses a wrong password and unauthenticated calls with coded errors', async () => {
      const bad = await t.server.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { username: 'earkivarie', password: 'wrong' },
      });
      assert.equal(bad.statusCode, 401);
      assert.equal(bad.json().code, 'ARC_ERR_AUTH_FAILED');
      const anon = await t.server.app.inject({ method: 'GET', url: '/api/projects' });
      assert.equal(anon.statusCode, 401);
      assert.equal(anon.json().code, 'ARC_ERR_AUTH_REQUIRED');
    });

    it('requires the CSRF token for changes made with a session cookie', async () => {
      const c = await t.login('arkivarie.trelleborg');
      const res = await c.request(
        'POST',
        '/api/projects',
        { tenantId: 'trelleborg', title: 'x', systemName: 'x' },
        { 'x-csrf-token': 'forged' },
      );
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'ARC_ERR_CSRF');
    });

    it('shows a municipality only its own projects; the consortium e-archivist sees all', async () => {
      const trelleborg = await t.login('arkivarie.trelleborg');
      const own = await trelleborg.json<Project[]>('GET', '/api/projects');
      assert.ok(own.length > 0);
      assert.ok(own.every((p) => p.tenantId === 'trelleborg'));
      const all = await (await t.login('earkivarie')).json<Project[]>('GET', '/api/projects');
      assert.ok(new Set(all.map((p) => p.tenantId)).size > 5);
      const foreign = all.find((p) => p.tenantId === 'lund');
      assert.ok(foreign);
      const res = await trelleborg.request('GET', `/api/projects/${foreign.id}`);
      assert.equal(res.statusCode, 404, 'another tenant’s project is not disclosed');
    });

    it('a role grants exactly what it names: a reader cannot create projects', async () => {
      const reader = await t.login('lasare.ystad');
      const res = await reader.request('POST', '/api/projects', {
        tenantId: 'ystad',
        title: 'W3D3',
        systemName: 'W3D3',
      });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'ARC_ERR_FORBIDDEN');
    });

    it('creates a project and records every phase change; approval only through signing', async () => {
      const c = await t.login('arkivarie.trelleborg');
      const p = await c.json<Project>('POST', '/api/projects', {
        tenantId: 'trelleborg',
        title: 'Ecos – Trelleborg',
        systemName: 'Ecos',
        agreementRef: 'LÖK 2026:1',
        isPilot: true,
      });
      assert.equal(p.phase, 'planned');
      await c.json('POST', `/api/projects/${p.id}/phase`, { to: 'preparation' });
      const skip = await c.request('POST', `/api/projects/${p.id}/phase`, { to: 'approved' });
      assert.equal(skip.statusCode, 409);
      assert.equal(skip.json().code, 'ARC_ERR_PHASE_TRANSITION');
      const noReason = await c.request('POST', `/api/projects/${p.id}/phase`, { to: 'stopped' });
      assert.equal(noReason.statusCode, 400);
      await c.json('POST', `/api/projects/${p.id}/phase`, {
        to: 'stopped',
        reason: 'Väntar på leverantören',
      });
      const wrongResume = await c.request('POST', `/api/projects/${p.id}/phase`, { to: 'ingest' });
      assert.equal(wrongResume.statusCode, 409, 'a stopped project resumes into the phase it stopped in');
      await c.json('POST', `/api/projects/${p.id}/phase`, { to: 'preparation' });
      const full = await c.json<Project>('GET', `/api/projects/${p.id}`);
      assert.deepEqual(
        full.history?.map((h) => h.toPhase),
        ['planned', 'preparation', 'stopped', 'preparation'],
      );
      assert.equal(full.history?.[2]?.reason, 'Väntar på leverantören');
    });

    it('answers API tokens for scripts without CSRF', async () => {
      const c = await t.login('earkivarie');
      const { token } = await c.json<{ token: string }>('POST', '/api/tokens', { name: 'skript' });
      const res = await t.server.app.inject({
        method: 'GET',
        url: '/api/projects',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(res.statusCode, 200);
      const bad = await t.server.app.inject({
        method: 'GET',
        url: '/api/projects',
        headers: { authorization: 'Bearer sak_notatoken' },
      });
      assert.equal(bad.statusCode, 401);
    });

    it('keeps a hash-chained audit log that detects a changed or removed entry', async () => {
      const ctx = t.server.ctx;
      const intact = await verifyAuditLog(ctx);
      assert.equal(intact.ok, true, JSON.stringify(intact.problems));
      assert.ok(intact.entries > 5);
      await sql`UPDATE audit_log SET action = 'tampered' WHERE seq = 3`.execute(ctx.db);
      const changed = await verifyAuditLog(ctx);
      assert.equal(changed.ok, false);
      assert.ok(changed.problems.some((p) => p.seq === 3 && /changed/.test(p.problem)));
      const last = await verifyAuditLog(ctx);
      await sql`DELETE FROM audit_log WHERE seq = ${last.entries}`.execute(ctx.db);
      const removed = await verifyAuditLog(ctx);
      assert.ok(removed.problems.some((p) => /head names/.test(p.problem)));
    });

    it('serves its OpenAPI document', async () => {
      const res = await t.server.app.inject({ method: 'GET', url: '/openapi.json' });
      assert.equal(res.statusCode, 200);
      const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
      assert.match(doc.openapi, /^3\./);
      assert.ok(doc.paths['/api/projects']);
      assert.ok(doc.paths['/api/login']);
    });
  });
}
