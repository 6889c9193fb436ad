/**
 * Delivery control end to end over both backends, through a real HTTP server on 127.0.0.1:
 * a resumed tus upload → the control job → automatic checkpoints → a person's checkpoint →
 * a broken second version → deviation report → a corrected third version → history; tenant
 * isolation, checksum mismatch, hostile packages, template versions and a failing control.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createWorker } from '../../src/jobs/worker.ts';
import { listJobs } from '../../src/repositories/jobs.ts';
import { verifyAuditLog } from '../../src/services/server/audit-verify.ts';
import { runControl } from '../../src/services/server/control.ts';
import { BACKENDS } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import {
  EXAMPLE_SIP,
  read,
  sha256,
  TRAVERSAL_TARGET,
  writeBrokenSip,
  writeTraversalTar,
  writeTraversalZip,
} from './support/delivery-packages.ts';

interface Submission {
  id: string;
  version: number;
  state: string;
  errorCount: number | null;
  templateId: string | null;
  failure: { code: string } | null;
  hasReport: boolean;
  project: { phase: string };
  checkpoints: {
    open: number;
    ok: number;
    deviation: number;
    notApplicable: number;
    remaining: { key: string }[];
  };
  deviationReports: { id: string }[];
}

interface Checkpoint {
  key: string;
  state: string;
  setBy: string | null;
  setAt: string | null;
  comment: string | null;
  automatic: boolean;
}

const USERS = [
  'earkivarie',
  'arkivarie.trelleborg',
  'forvaltare.trelleborg',
  'arkivarie.lund',
  'lasare.ystad',
];

function tusMetadata(meta: Record<string, string>): string {
  return Object.entries(meta)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');
}

/** Every file under `root`, relative, except those under `skip`. */
function filesUnder(root: string, skip: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path.startsWith(skip)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

for (const backend of BACKENDS) {
  describe(`delivery control (${backend.name})`, () => {
    let t: TestServer;
    let base: string;
    let work: string;
    let projectId: string;
    const tokens: Record<string, string> = {};
    const userIds: Record<string, string> = {};

    const api = (user: string, method: string, path: string, body?: unknown): Promise<Response> =>
      fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${tokens[user]}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const json = async <T>(user: string, method: string, path: string, body?: unknown): Promise<T> => {
      const res = await api(user, method, path, body);
      assert.ok(res.status < 400, `${method} ${path}: ${res.status} ${await res.clone().text()}`);
      return (await res.json()) as T;
    };
    const tus = (user: string, method: string, url: string, headers: Record<string, string>, body?: Buffer) =>
      fetch(new URL(url, base), {
        method,
        headers: { authorization: `Bearer ${tokens[user]}`, 'tus-resumable': '1.0.0', ...headers },
        ...(body ? { body: new Uint8Array(body) } : {}),
      });
    const create = async (user: string, bytes: Buffer, meta: Record<string, string>): Promise<Response> =>
      tus(user, 'POST', '/api/uploads', {
        'upload-length': String(bytes.length),
        'upload-metadata': tusMetadata(meta),
      });
    const patch = (user: string, url: string, offset: number, bytes: Buffer) =>
      tus(
        user,
        'PATCH',
        url,
        { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
        bytes,
      );
    /** A whole upload in one PATCH; resolves with the final PATCH's answer and the upload URL. */
    const upload = async (user: string, bytes: Buffer, meta: Record<string, string> = {}) => {
      const created = await create(user, bytes, {
        projectId,
        filename: 'paket.zip',
        sha256: sha256(bytes),
        ...meta,
      });
      assert.equal(created.status, 201, await created.clone().text());
      const url = created.headers.get('location') ?? '';
      return { url, res: await patch(user, url, 0, bytes) };
    };
    const drain = () => createWorker(t.server.ctx, t.server.handlers).drain();
    const submission = (id: string, user = 'arkivarie.trelleborg') =>
      json<Submission>(user, 'GET', `/api/submissions/${id}`);
    const checkpoints = (id: string) =>
      json<{ items: Checkpoint[] }>('arkivarie.trelleborg', 'GET', `/api/submissions/${id}/checkpoints`).then(
        (r) => r.items,
      );

    before(async () => {
      t = await startTestServer(backend);
      base = await t.server.listen();
      work = mkdtempSync(join(tmpdir(), 'samarkiv-dc-'));
      for (const user of USERS) {
        const c = await t.login(user);
        tokens[user] = (await c.json<{ token: string }>('POST', '/api/tokens', { name: 'test' })).token;
        userIds[user] = (await c.json<{ user: { id: string } }>('GET', '/api/session')).user.id;
      }
      const p = await json<{ id: string }>('arkivarie.trelleborg', 'POST', '/api/projects', {
        tenantId: 'trelleborg',
        title: 'Bygglov – Trelleborg',
        systemName: 'Ecos',
      });
      projectId = p.id;
      await json('arkivarie.trelleborg', 'POST', `/api/projects/${projectId}/phase`, { to: 'preparation' });
    });
    after(async () => {
      await t.close();
      rmSync(work, { recursive: true, force: true });
    });

    let v1 = '';

    it('continues an interrupted upload from the offset the server reports', async () => {
      const bytes = read(EXAMPLE_SIP);
      const created = await create('forvaltare.trelleborg', bytes, {
        projectId,
        filename: 'bygglov-sip.zip',
        sha256: sha256(bytes),
      });
      assert.equal(created.status, 201);
      const url = created.headers.get('location') ?? '';
      assert.match(url, /^\/api\/uploads\/[0-9a-f-]{36}$/);
      const half = Math.floor(bytes.length / 2);
      const first = await patch('forvaltare.trelleborg', url, 0, bytes.subarray(0, half));
      assert.equal(first.status, 204);
      // The client "lost" its state: it asks the server where to go on.
      const head = await tus('forvaltare.trelleborg', 'HEAD', url, {});
      assert.equal(head.status, 200);
      assert.equal(head.headers.get('upload-offset'), String(half));
      assert.equal(head.headers.get('upload-length'), String(bytes.length));
      const wrongOffset = await patch('forvaltare.trelleborg', url, 0, bytes.subarray(0, 10));
      assert.equal(wrongOffset.status, 409, 'a PATCH at the wrong offset changes nothing');
      const rest = await patch('forvaltare.trelleborg', url, half, bytes.subarray(half));
      assert.equal(rest.status, 204, await rest.clone().text());
      v1 = rest.headers.get('samarkiv-submission-id') ?? '';
      assert.equal(v1, url.split('/').pop());
      const stored = join(t.dataDir, 'quarantine', v1, 'package');
      assert.equal(sha256(read(stored)), sha256(bytes), 'the bytes in quarantine are the bytes sent');

      const s = await submission(v1);
      assert.equal(s.state, 'received');
      assert.equal(s.version, 1);
      assert.equal(s.hasReport, false);
      assert.equal(s.project.phase, 'ingest');
      const jobs = await listJobs(t.server.ctx.db, { kind: 'control' });
      assert.deepEqual(
        jobs.map((j) => JSON.parse(j.payload)),
        [{ submissionId: v1 }],
      );
    });

    it('controls the package in a job and sets the automatic checkpoints', async () => {
      assert.ok((await drain()) >= 1);
      const s = await submission(v1);
      assert.equal(s.state, 'controlled');
      assert.equal(s.errorCount, 0);
      assert.equal(s.hasReport, true);
      assert.equal(s.templateId, 'checklist-v1');
      assert.equal(s.project.phase, 'delivery-control');
      const items = await checkpoints(v1);
      assert.equal(items.length, 28);
      const k04 = items.find((c) => c.key === 'K04');
      assert.equal(k04?.state, 'ok');
      assert.equal(k04?.setBy, 'samarkiv');
      assert.ok(k04?.setAt);
      assert.match(k04?.comment ?? '', /krav kontrollerade utan fel/);
      const k20 = items.find((c) => c.key === 'K20');
      assert.equal(k20?.state, 'open', 'a manual checkpoint waits for a person');
      assert.equal(k20?.setBy, null);
      assert.ok(s.checkpoints.remaining.some((r) => r.key === 'K20'));
      assert.equal(
        s.checkpoints.open + s.checkpoints.ok + s.checkpoints.deviation + s.checkpoints.notApplicable,
        28,
      );

      const report = await json<{ valid: boolean; input: string; results: unknown[] }>(
        'forvaltare.trelleborg',
        'GET',
        `/api/submissions/${v1}/report`,
      );
      assert.equal(report.valid, true);
      assert.equal(report.input, 'bygglov-sip.zip', 'the report names the package, not its server path');
      const html = await api('arkivarie.trelleborg', 'GET', `/api/submissions/${v1}/report?format=html`);
      assert.match(html.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await html.text(), /<!doctype html>/);
      // Running the job again changes nothing, but removes the work folder a run killed after
      // storing its report left behind.
      const leftover = join(t.dataDir, 'quarantine', v1, 'work', 'unpacked');
      mkdirSync(leftover, { recursive: true });
      await runControl(
        t.server.ctx,
        { dataDir: t.dataDir, validateDeps: () => Promise.reject(new Error('not called')) },
        { submissionId: v1 },
        { heartbeat: async () => {} },
      );
      assert.equal((await checkpoints(v1)).length, 28);
      assert.ok(!existsSync(join(t.dataDir, 'quarantine', v1, 'work')));
    });

    it('records who set a checkpoint, when and why; only roles with checkpoint:set may', async () => {
      const res = await api('arkivarie.trelleborg', 'PATCH', `/api/submissions/${v1}/checkpoints/K20`, {
        state: 'ok',
        comment: 'Gallringsbeslut BN 2019:12 tillämpat',
      });
      assert.equal(res.status, 200);
      const k20 = (await res.json()) as Checkpoint;
      assert.equal(k20.state, 'ok');
      assert.equal(k20.setBy, userIds['arkivarie.trelleborg']);
      assert.equal(k20.automatic, false);
      const s = await submission(v1);
      assert.ok(!s.checkpoints.remaining.some((r) => r.key === 'K20'));
      const producer = await api('forvaltare.trelleborg', 'PATCH', `/api/submissions/${v1}/checkpoints/K24`, {
        state: 'ok',
      });
      assert.equal(producer.status, 403);
      assert.equal(((await producer.json()) as { code: string }).code, 'ARC_ERR_FORBIDDEN');
      const noComment = await api('arkivarie.trelleborg', 'PATCH', `/api/submissions/${v1}/checkpoints/K24`, {
        state: 'deviation',
      });
      assert.equal(noComment.status, 400);
    });

    let v2 = '';

    it('a broken second version supersedes the first and gets deviations', async () => {
      const broken = read(await writeBrokenSip(work));
      const { url, res } = await upload('forvaltare.trelleborg', broken, { filename: 'bygglov-andrad.zip' });
      assert.equal(res.status, 204);
      v2 = url.split('/').pop() ?? '';
      assert.equal((await submission(v1)).state, 'superseded');
      await drain();
      const s = await submission(v2);
      assert.equal(s.version, 2);
      assert.equal(s.state, 'controlled');
      assert.ok((s.errorCount ?? 0) >= 1);
      const k04 = (await checkpoints(v2)).find((c) => c.key === 'K04');
      assert.equal(k04?.state, 'deviation');
      assert.match(k04?.comment ?? '', /CSIP69/);
      const setK24 = await api('arkivarie.trelleborg', 'PATCH', `/api/submissions/${v2}/checkpoints/K24`, {
        state: 'deviation',
        comment: 'Provsökning på diarienummer ger inga träffar',
        owner: 'vendor',
        dueDate: '2026-12-15',
      });
      assert.equal(setK24.status, 200);
    });

    it('sends a deviation report back to the producer; the project returns to ingest', async () => {
      const denied = await api(
        'arkivarie.trelleborg',
        'POST',
        `/api/submissions/${v2}/deviation-reports`,
        {},
      );
      assert.equal(denied.status, 403, 'a municipal archivist has no deviation:write');
      const res = await api('earkivarie', 'POST', `/api/submissions/${v2}/deviation-reports`, {
        dueDate: '2026-12-31',
        note: 'Rätta och leverera igen.',
      });
      assert.equal(res.status, 201, await res.clone().text());
      const report = (await res.json()) as {
        id: string;
        rules: { requirement: string; message: string; location: string | null }[];
        checkpoints: { key: string; comment: string; owner: string; dueDate: string }[];
        waitingFor: string;
      };
      assert.ok(report.rules.some((r) => r.requirement === 'CSIP69' && r.location));
      const k24 = report.checkpoints.find((c) => c.key === 'K24');
      assert.deepEqual(
        { owner: k24?.owner, dueDate: k24?.dueDate, comment: k24?.comment },
        { owner: 'vendor', dueDate: '2026-12-15', comment: 'Provsökning på diarienummer ger inga träffar' },
      );
      assert.ok(report.checkpoints.some((c) => c.key === 'K04'));
      assert.equal(report.waitingFor, 'producer');
      const s = await submission(v2);
      assert.equal(s.state, 'returned');
      assert.equal(s.project.phase, 'ingest');
      assert.deepEqual(
        s.deviationReports.map((r) => r.id),
        [report.id],
      );
      const project = await json<{ waitingFor: string }>(
        'arkivarie.trelleborg',
        'GET',
        `/api/projects/${projectId}`,
      );
      assert.equal(project.waitingFor, 'producer');

      // The producer reads it, as JSON and as printable HTML in Swedish or English.
      const asProducer = await json<{ id: string }>(
        'forvaltare.trelleborg',
        'GET',
        `/api/deviation-reports/${report.id}`,
      );
      assert.equal(asProducer.id, report.id);
      const sv = await (
        await api('forvaltare.trelleborg', 'GET', `/api/deviation-reports/${report.id}?format=html`)
      ).text();
      assert.match(sv, /<h1>Avvikelserapport<\/h1>/);
      assert.match(sv, /CSIP69/);
      assert.match(sv, /Rättas senast/);
      const en = await (
        await api('forvaltare.trelleborg', 'GET', `/api/deviation-reports/${report.id}?format=html&lang=en`)
      ).text();
      assert.match(en, /<h1>Deviation report<\/h1>/);
      const again = await api('earkivarie', 'POST', `/api/submissions/${v2}/deviation-reports`, {});
      assert.equal(again.status, 409);
      assert.equal(((await again.json()) as { code: string }).code, 'ARC_ERR_SUBMISSION_STATE');
    });

    it('a corrected package is version 3, controlled with the newest template; history is kept', async () => {
      const template = await json<{ version: number; name: string; items: { key: string }[] }>(
        'arkivarie.trelleborg',
        'GET',
        '/api/checklist-template',
      );
      assert.equal(template.version, 1);
      const items = [
        ...template.items,
        { key: 'K29', sv: 'Kvittens skickad', en: 'Receipt sent', mode: 'M', evidence: 'Kvittens' },
      ];
      const denied = await api('arkivarie.trelleborg', 'PUT', '/api/checklist-template', {
        name: 'x',
        items,
      });
      assert.equal(denied.status, 403);
      const duplicate = await api('earkivarie', 'PUT', '/api/checklist-template', {
        name: 'x',
        items: [...items, items[0]],
      });
      assert.equal(((await duplicate.json()) as { code: string }).code, 'ARC_ERR_CHECKLIST_INVALID');
      const saved = await json<{ id: string; version: number }>(
        'earkivarie',
        'PUT',
        '/api/checklist-template',
        {
          name: 'Mall 2026',
          items,
        },
      );
      assert.deepEqual(saved, { ...saved, id: 'checklist-v2', version: 2 });

      const { url, res } = await upload('forvaltare.trelleborg', read(EXAMPLE_SIP));
      assert.equal(res.status, 204);
      const v3 = url.split('/').pop() ?? '';
      await drain();
      const s = await submission(v3);
      assert.equal(s.version, 3);
      assert.equal(s.state, 'controlled');
      assert.equal(s.templateId, 'checklist-v2');
      assert.equal((await checkpoints(v3)).length, 29);
      assert.equal((await checkpoints(v1)).length, 28, 'an old submission keeps its template');
      assert.equal(s.project.phase, 'delivery-control');

      const history = await json<{ version: number; state: string }[]>(
        'forvaltare.trelleborg',
        'GET',
        `/api/projects/${projectId}/submissions`,
      );
      assert.deepEqual(
        history.map((h) => [h.version, h.state]),
        [
          [3, 'controlled'],
          [2, 'superseded'],
          [1, 'superseded'],
        ],
      );
      // A controlled submission always carries its report.
      const rows = await t.server.ctx.db.selectFrom('submissions').select(['state', 'report']).execute();
      assert.ok(rows.filter((r) => r.state === 'controlled').every((r) => r.report));
    });

    it('keeps Trelleborg’s delivery from Lund’s archivist: no upload, no read', async () => {
      const bytes = read(EXAMPLE_SIP);
      const created = await create('arkivarie.lund', bytes, {
        projectId,
        filename: 'x.zip',
        sha256: sha256(bytes),
      });
      assert.equal(created.status, 404);
      assert.equal(((await created.json()) as { code: string }).code, 'ARC_ERR_NOT_FOUND');
      for (const path of [
        `/api/submissions/${v1}`,
        `/api/submissions/${v1}/report`,
        `/api/submissions/${v1}/checkpoints`,
        `/api/submissions/${v2}/deviation-reports`,
        `/api/projects/${projectId}/submissions`,
      ]) {
        assert.equal((await api('arkivarie.lund', 'GET', path)).status, 404, path);
      }
      const setting = await api('arkivarie.lund', 'PATCH', `/api/submissions/${v1}/checkpoints/K24`, {
        state: 'ok',
      });
      assert.equal(setting.status, 404);
      // An unfinished Trelleborg upload can be neither resumed nor inspected by Lund.
      const open = await create('forvaltare.trelleborg', bytes, {
        projectId,
        filename: 'y.zip',
        sha256: sha256(bytes),
      });
      const url = open.headers.get('location') ?? '';
      assert.equal((await tus('arkivarie.lund', 'HEAD', url, {})).status, 404);
      assert.equal((await patch('arkivarie.lund', url, 0, bytes)).status, 404);
      assert.equal((await tus('arkivarie.lund', 'DELETE', url, {})).status, 404);
      assert.equal((await tus('forvaltare.trelleborg', 'DELETE', url, {})).status, 204);
      const reader = await create('lasare.ystad', bytes, {
        projectId,
        filename: 'z.zip',
        sha256: sha256(bytes),
      });
      assert.equal(reader.status, 404);
      const anonymous = await fetch(`${base}/api/uploads`, {
        method: 'POST',
        headers: { 'tus-resumable': '1.0.0' },
      });
      assert.equal(anonymous.status, 401);
    });

    it('refuses uploads without the producer’s checksum, and a package whose bytes changed', async () => {
      const bytes = read(EXAMPLE_SIP);
      const missing = await create('forvaltare.trelleborg', bytes, { projectId, filename: 'x.zip' });
      assert.equal(missing.status, 400);
      assert.equal(((await missing.json()) as { code: string }).code, 'ARC_ERR_UPLOAD_METADATA');
      const jobsBefore = (await listJobs(t.server.ctx.db, { kind: 'control' })).length;
      const { url, res } = await upload('forvaltare.trelleborg', bytes, {
        sha256: sha256(Buffer.from('något annat')),
      });
      assert.equal(res.status, 422);
      assert.equal(((await res.json()) as { code: string }).code, 'ARC_ERR_UPLOAD_CHECKSUM');
      const id = url.split('/').pop() ?? '';
      const s = await submission(id);
      assert.equal(s.state, 'failed');
      assert.equal(s.failure?.code, 'ARC_ERR_UPLOAD_CHECKSUM');
      assert.equal(
        (await listJobs(t.server.ctx.db, { kind: 'control' })).length,
        jobsBefore,
        'no control job',
      );
      assert.equal(s.project.phase, 'delivery-control', 'the project did not move');
      const history = await json<{ state: string }[]>(
        'arkivarie.trelleborg',
        'GET',
        `/api/projects/${projectId}/submissions`,
      );
      assert.equal(history.filter((h) => h.state === 'controlled').length, 1, 'version 3 was not superseded');
      // The last PATCH repeated: the same refusal, no second version.
      const repeat = await patch('forvaltare.trelleborg', url, bytes.length, Buffer.alloc(0));
      assert.equal(repeat.status, 422);
    });

    for (const kind of ['zip', 'tar'] as const) {
      it(`gives a hostile ${kind.toUpperCase()} (path traversal) a coded refusal and writes nothing outside its quarantine`, async () => {
        const bytes = read(kind === 'zip' ? writeTraversalZip(work) : writeTraversalTar(work));
        const { url, res } = await upload('forvaltare.trelleborg', bytes, { filename: `elak.${kind}` });
        assert.equal(res.status, 204);
        const id = url.split('/').pop() ?? '';
        const quarantine = join(t.dataDir, 'quarantine', id);
        const before = filesUnder(t.dataDir, quarantine);
        await drain();
        assert.deepEqual(
          filesUnder(t.dataDir, quarantine),
          before,
          'nothing new outside the quarantine folder',
        );
        for (const place of [t.dataDir, dirname(t.dataDir), tmpdir(), join(quarantine, '..'), quarantine]) {
          assert.equal(existsSync(join(place, TRAVERSAL_TARGET)), false, place);
        }
        const s = await submission(id);
        assert.equal(s.state, 'controlled');
        assert.equal(s.errorCount, 1, 'the refusal counts as an error: it can never be approved');
        const report = await json<{ valid: boolean; error: { code: string } }>(
          'arkivarie.trelleborg',
          'GET',
          `/api/submissions/${id}/report`,
        );
        assert.equal(report.valid, false);
        assert.equal(report.error.code, 'ARC_ERR_PKG_PATH_TRAVERSAL');
        const k01 = (await checkpoints(id)).find((c) => c.key === 'K01');
        assert.equal(k01?.state, 'deviation');
        assert.match(k01?.comment ?? '', /ARC_ERR_PKG_PATH_TRAVERSAL/);
      });
    }

    it('a control that fails leaves the submission failed with a coded error, and the job is retried', async () => {
      const { url } = await upload('forvaltare.trelleborg', read(EXAMPLE_SIP));
      const id = url.split('/').pop() ?? '';
      const full = createWorker(t.server.ctx, {
        control: (payload, job) =>
          runControl(
            t.server.ctx,
            {
              dataDir: t.dataDir,
              validateDeps: () => Promise.reject(new Error('ENOSPC: no space left on device')),
            },
            payload,
            job,
          ),
      });
      assert.equal(await full.drain(), 1);
      const failed = await submission(id);
      assert.equal(failed.state, 'failed');
      assert.equal(failed.failure?.code, 'ARC_ERR_CONTROL_FAILED');
      assert.equal(failed.hasReport, false);
      const [job] = (await listJobs(t.server.ctx.db, { kind: 'control' })).filter(
        (j) => JSON.parse(j.payload).submissionId === id,
      );
      assert.equal(job?.state, 'queued', 'retried later with back-off');
      assert.match(job?.last_error ?? '', /ENOSPC/);
      // The retry (run here at once) controls it.
      await t.server.handlers['control']?.(
        { submissionId: id },
        { job: job!, workerId: 'test', heartbeat: async () => {} },
      );
      const ok = await submission(id);
      assert.equal(ok.state, 'controlled');
      assert.equal(ok.failure, null);
    });

    it('documents the routes in the OpenAPI document', async () => {
      const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, unknown> };
      for (const path of [
        '/api/uploads',
        '/api/uploads/{id}',
        '/api/submissions/{id}',
        '/api/submissions/{id}/checkpoints',
        '/api/submissions/{id}/checkpoints/{key}',
        '/api/submissions/{id}/deviation-reports',
        '/api/deviation-reports/{id}',
        '/api/projects/{id}/submissions',
        '/api/checklist-template',
      ]) {
        assert.ok(doc.paths[path], path);
      }
    });

    it('audits every state change in the hash-chained log', async () => {
      const check = await verifyAuditLog(t.server.ctx);
      assert.equal(check.ok, true, JSON.stringify(check.problems));
      const actions = new Set(
        (await t.server.ctx.db.selectFrom('audit_log').select('action').execute()).map((r) => r.action),
      );
      for (const action of [
        'submission.receive',
        'submission.refuse',
        'submission.control',
        'submission.control-failed',
        'checkpoint.set',
        'deviation.create',
        'template.update',
      ]) {
        assert.ok(actions.has(action), action);
      }
    });

    it('keeps every upload inside the quarantine folder', () => {
      for (const name of readdirSync(join(t.dataDir, 'quarantine'))) {
        assert.match(name, /^[0-9a-f-]{36}$/);
      }
      assert.ok(!existsSync(join(t.dataDir, 'quarantine', 'work')));
    });
  });
}
