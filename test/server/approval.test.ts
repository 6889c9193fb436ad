/**
 * Signed approval (leveransgodkännande) over both backends: refused while something remains,
 * refused for a role without 'approval:sign', and when given: one transaction that stores the
 * approval, marks the submission, moves the project to `approved` and enqueues ingest — or, when
 * any step fails, none of it. The signature is then checked with the real CLI.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair } from 'jose';
import { sql } from 'kysely';
import { BACKENDS, type Backend } from '../support/backends.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';
import { listJobs } from '../../src/repositories/jobs.ts';
import { getSubmission } from '../../src/repositories/submissions.ts';
import { getProject } from '../../src/repositories/projects.ts';
import { verifyAuditLog } from '../../src/services/server/audit-verify.ts';
import { joseVerifier, SIGNING_KEY_FILE } from '../../src/adapters/sign/jose-signer.ts';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import {
  verifyApproval,
  type VerifyInput,
  type VerifyResult,
} from '../../src/services/server/approval-verify.ts';
import { controlledDelivery, EXAMPLE_SIP, exampleReport } from './approval-fixture.ts';

const BIN = fileURLToPath(new URL('../../bin/samarkiv.js', import.meta.url));
const RECEIPT_XSD = fileURLToPath(new URL('../../schemas/samarkiv/receipt-1.xsd', import.meta.url));

interface Approval {
  id: string;
  keyId: string;
  jws: string;
  reportSha256: string;
  manifestSha256: string;
  payload: {
    approvalId: string;
    manifest: { fileCount: number; files: { path: string; sha256: string }[] };
    approvedBy: { name: string; role: string };
    checkpoints: { key: string; state: string }[];
    municipality: { id: string };
  };
}

async function failJobInserts(t: TestServer, backend: Backend, on: boolean): Promise<void> {
  const db = t.server.ctx.db;
  if (backend.name === 'sqlite') {
    if (on)
      await sql`CREATE TRIGGER fail_jobs BEFORE INSERT ON jobs BEGIN SELECT RAISE(ABORT, 'injected failure'); END`.execute(
        db,
      );
    else await sql`DROP TRIGGER fail_jobs`.execute(db);
    return;
  }
  if (on) {
    await sql`CREATE FUNCTION fail_jobs() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql`.execute(
      db,
    );
    await sql`CREATE TRIGGER fail_jobs BEFORE INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION fail_jobs()`.execute(
      db,
    );
  } else {
    await sql`DROP TRIGGER fail_jobs ON jobs`.execute(db);
    await sql`DROP FUNCTION fail_jobs()`.execute(db);
  }
}

/** The real CLI, asynchronously: the server it asks for the key runs in this process. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, 'verify-approval', ...args],
      { encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

before(async () => {
  await exampleReport();
});

for (const backend of BACKENDS) {
  describe(`signed approval (${backend.name})`, () => {
    let t: TestServer;
    let work: string;
    // Set by the approval test, checked further by the tests after it.
    let bundleText = '';
    let reportBytes: Buffer = Buffer.alloc(0);
    let submissionId = '';
    const verify = (input: Partial<VerifyInput>): Promise<VerifyResult> =>
      verifyApproval(
        { approvalText: bundleText, key: { kind: 'none' }, ...input },
        { verifier: joseVerifier, openSource: (path) => openPackageSource(path), fetch },
      );
    const serverKey = async (): Promise<unknown> => {
      const kid = (JSON.parse(bundleText) as { payload: { keyId: string } }).payload.keyId;
      return (await t.server.app.inject({ method: 'GET', url: `/api/signing-keys/${kid}` })).json();
    };
    before(async () => {
      t = await startTestServer(backend, { config: { port: 0 } });
      work = mkdtempSync(join(tmpdir(), 'samarkiv-approval-'));
    });
    after(async () => {
      await t.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('creates the signing key on first start: private file 0600, public key registered and served', async () => {
      const mode = statSync(join(t.dataDir, 'keys', SIGNING_KEY_FILE)).mode & 0o777;
      assert.equal(mode, 0o600);
      const res = await t.server.app.inject({ method: 'GET', url: '/api/signing-keys' });
      assert.equal(res.statusCode, 200, 'public without login');
      const { keys } = res.json() as { keys: { kid: string; alg: string; d?: string }[] };
      assert.equal(keys.length, 1);
      assert.equal(keys[0]?.alg, 'ES256');
      assert.equal(keys[0]?.d, undefined, 'no private part');
    });

    it('refuses while checkpoints are open or deviating, listing what remains', async () => {
      const d = await controlledDelivery(t.server.ctx, {
        tenantId: 'trelleborg',
        creatorUsername: 'arkivarie.trelleborg',
        checkpoint: (k) => (k === 'K05' ? 'open' : k === 'K12' ? 'deviation' : 'ok'),
      });
      const c = await t.login('arkivarie.trelleborg');
      const res = await c.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(res.statusCode, 409);
      const body = res.json() as { code: string; message: string; message_sv: string };
      assert.equal(body.code, 'ARC_ERR_APPROVAL_NOT_READY');
      assert.match(body.message, /checkpoint K05 is open/);
      assert.match(body.message, /checkpoint K12 is deviation/);
      assert.match(body.message_sv, /kan inte godkännas/);
      const s = await getSubmission(t.server.ctx.db, d.submissionId);
      assert.equal(s?.state, 'controlled');
    });

    it('refuses a role without approval:sign, and hides other municipalities’ deliveries', async () => {
      const d = await controlledDelivery(t.server.ctx, { tenantId: 'ystad', creatorUsername: 'earkivarie' });
      const reader = await t.login('lasare.ystad');
      const res = await reader.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'ARC_ERR_FORBIDDEN');
      const producer = await t.login('forvaltare.trelleborg');
      const other = await producer.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(other.statusCode, 404, 'another municipality’s delivery is not disclosed');
      assert.equal((await getSubmission(t.server.ctx.db, d.submissionId))?.state, 'controlled');
    });

    it('leaves nothing behind when a step of the approval transaction fails', async () => {
      const d = await controlledDelivery(t.server.ctx, {
        tenantId: 'trelleborg',
        creatorUsername: 'arkivarie.trelleborg',
      });
      const c = await t.login('arkivarie.trelleborg');
      const auditBefore = await verifyAuditLog(t.server.ctx);
      await failJobInserts(t, backend, true);
      try {
        const res = await c.request('POST', `/api/submissions/${d.submissionId}/approval`);
        assert.equal(res.statusCode, 500);
      } finally {
        await failJobInserts(t, backend, false);
      }
      const db = t.server.ctx.db;
      assert.equal((await getSubmission(db, d.submissionId))?.state, 'controlled');
      assert.equal((await getProject(db, d.projectId))?.phase, 'delivery-control');
      const rows = await db
        .selectFrom('approvals')
        .selectAll()
        .where('submission_id', '=', d.submissionId)
        .execute();
      assert.equal(rows.length, 0);
      const jobs = (await listJobs(db, { kind: 'ingest' })).filter((j) => j.payload.includes(d.submissionId));
      assert.equal(jobs.length, 0);
      const auditAfter = await verifyAuditLog(t.server.ctx);
      assert.equal(auditAfter.ok, true);
      assert.equal(auditAfter.entries, auditBefore.entries, 'no audit entry of the failed approval');
      // With the fault gone the same submission is approved.
      const ok = await c.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(ok.statusCode, 201, ok.body);
    });

    it('approves in one transaction: approval, submission approved, phase approved, ingest job, audit', async () => {
      const d = await controlledDelivery(t.server.ctx, {
        tenantId: 'trelleborg',
        creatorUsername: 'arkivarie.trelleborg',
      });
      const c = await t.login('arkivarie.trelleborg');
      const res = await c.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(res.statusCode, 201, res.body);
      const approval = res.json() as Approval;
      assert.match(approval.jws, /^[\w-]+\.\.[\w-]+$/, 'compact JWS with detached payload');
      assert.equal(approval.payload.manifest.fileCount, 17);
      assert.equal(approval.payload.approvedBy.role, 'kommunarkivarie');
      assert.equal(approval.payload.municipality.id, 'trelleborg');
      assert.equal(approval.payload.checkpoints.length, 28);

      const db = t.server.ctx.db;
      assert.equal((await getSubmission(db, d.submissionId))?.state, 'approved');
      assert.equal((await getProject(db, d.projectId))?.phase, 'approved');
      const jobs = (await listJobs(db, { kind: 'ingest' })).filter(
        (j) => (JSON.parse(j.payload) as { submissionId: string }).submissionId === d.submissionId,
      );
      assert.equal(jobs.length, 1);
      const audit = await db
        .selectFrom('audit_log')
        .select('action')
        .where('object_id', '=', d.submissionId)
        .execute();
      assert.ok(audit.some((a) => a.action === 'submission.approve'));
      assert.equal((await verifyAuditLog(t.server.ctx)).ok, true);

      const again = await c.request('POST', `/api/submissions/${d.submissionId}/approval`);
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'ARC_ERR_APPROVAL_EXISTS');
      const read = await c.json<Approval>('GET', `/api/submissions/${d.submissionId}/approval`);
      assert.deepEqual(read, approval);

      // Verify with the real CLI: bundle + report as signed + the package + the server's key.
      const bundle = await c.request('GET', `/api/submissions/${d.submissionId}/approval/bundle`);
      const report = await c.request('GET', `/api/submissions/${d.submissionId}/approval/report.json`);
      assert.equal(report.body, await exampleReport(), 'the report exactly as stored');
      bundleText = bundle.body;
      reportBytes = report.rawPayload;
      submissionId = d.submissionId;
      const bundleFile = join(work, 'approval.json');
      const reportFile = join(work, 'report.json');
      writeFileSync(bundleFile, bundle.body);
      writeFileSync(reportFile, report.rawPayload);
      const address = await t.server.listen();
      const ok = await cli([
        bundleFile,
        '--report',
        reportFile,
        '--package',
        EXAMPLE_SIP,
        '--server',
        address,
      ]);
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /GILTIGT/);
      assert.match(ok.stdout, /alla 17 filer stämmer/);

      const tampered = join(work, 'report-tampered.json');
      writeFileSync(tampered, report.body.replace('"errors": 0', '"errors": 1'));
      const bad = await cli([bundleFile, '--report', tampered, '--server', address, '--lang', 'en']);
      assert.equal(bad.status, 1, bad.stdout + bad.stderr);
      assert.match(bad.stdout, /control report differs/);
      assert.match(bad.stdout, /INVALID/);
    });

    it('verifies with a given key file; refuses to trust no key at all (could not check)', async () => {
      const valid = await verify({ key: { kind: 'jwk', json: { keys: [await serverKey()] } }, reportBytes });
      assert.equal(valid.verdict, 'valid', JSON.stringify(valid.checks));
      const none = await verify({ reportBytes });
      assert.equal(none.verdict, 'unverifiable');
      assert.ok(none.checks.some((c) => c.id === 'key' && c.outcome === 'unchecked'));
    });

    it('finds a changed file, a missing file and an added file in the package', async () => {
      const folder = join(work, 'sip');
      execFileSync('unzip', ['-q', EXAMPLE_SIP, '-d', folder]);
      const root = join(folder, readdirSync(folder)[0] as string);
      const key = { kind: 'jwk' as const, json: await serverKey() };
      const same = await verify({ key, packagePath: root });
      assert.equal(same.verdict, 'valid', JSON.stringify(same.checks));
      const data = join(root, 'representations/rep1/data/arendeforteckning.csv');
      appendFileSync(data, 'BN 2019-9999;Ändrad i efterhand\n');
      rmSync(join(root, 'representations/rep1/data/beslut/bn-2019-0412-beslut.txt'));
      writeFileSync(join(root, 'representations/rep1/data/extra.txt'), 'inte godkänd');
      const changed = await verify({ key, packagePath: root });
      assert.equal(changed.verdict, 'invalid');
      const manifest = changed.checks.find((c) => c.id === 'manifest');
      assert.equal(manifest?.outcome, 'failed');
      assert.match(manifest?.en ?? '', /arendeforteckning\.csv \(changed\)/);
      assert.match(manifest?.en ?? '', /bn-2019-0412-beslut\.txt \(missing\)/);
      assert.match(manifest?.sv ?? '', /extra\.txt \(inte godkänd\)/);
    });

    it('rejects a changed payload, a changed signature and the wrong key (invalid)', async () => {
      const key = { kind: 'jwk' as const, json: await serverKey() };
      const bundle = JSON.parse(bundleText) as { jws: string; payload: { approvedBy: { name: string } } };
      bundle.payload.approvedBy.name = 'Någon Annan';
      const payload = await verify({ approvalText: JSON.stringify(bundle), key });
      assert.equal(payload.verdict, 'invalid');
      assert.ok(payload.checks.some((c) => c.id === 'signature' && c.outcome === 'failed'));

      const original = JSON.parse(bundleText) as { jws: string };
      const [h, , sig] = original.jws.split('.') as [string, string, string];
      const flipped = `${h}..${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
      const signature = await verify({ approvalText: JSON.stringify({ ...original, jws: flipped }), key });
      assert.equal(signature.verdict, 'invalid');

      const { publicKey } = await generateKeyPair('ES256', { extractable: true });
      const other = { ...(await exportJWK(publicKey)), alg: 'ES256' };
      const wrong = await verify({ key: { kind: 'jwk', json: other } });
      assert.equal(wrong.verdict, 'invalid');
      assert.match(wrong.checks.find((c) => c.id === 'key')?.en ?? '', /wrong key/);
    });

    it('gives the receipt (kvittens) as XML valid against its schema and as a Swedish PDF', async () => {
      const c = await t.login('arkivarie.trelleborg');
      const xml = await c.request('GET', `/api/submissions/${submissionId}/receipt.xml`);
      assert.equal(xml.statusCode, 200, xml.body);
      assert.match(xml.headers['content-type'] as string, /application\/xml/);
      const xmlFile = join(work, 'kvittens.xml');
      writeFileSync(xmlFile, xml.body);
      execFileSync('xmllint', ['--noout', '--schema', RECEIPT_XSD, xmlFile], { stdio: 'pipe' });
      const payload = (
        JSON.parse(bundleText) as { payload: Approval['payload'] & { package: { sha256: string } } }
      ).payload;
      assert.match(xml.body, /<municipality id="trelleborg">Trelleborg<\/municipality>/);
      assert.match(xml.body, /<agreementRef>LÖK 2026:7<\/agreementRef>/);
      assert.match(xml.body, /<fileCount>17<\/fileCount>/);
      assert.ok(xml.body.includes(`<packageSha256>${payload.package.sha256}</packageSha256>`));
      assert.ok(xml.body.includes(`<approval id="${payload.approvalId}">`));
      assert.ok(xml.body.includes((JSON.parse(bundleText) as { jws: string }).jws));

      const pdf = await c.request('GET', `/api/submissions/${submissionId}/receipt.pdf`);
      assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300));
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const artifacts = fileURLToPath(
        new URL(`../../test-artifacts/approval/${backend.name}/`, import.meta.url),
      );
      mkdirSync(artifacts, { recursive: true });
      const pdfFile = join(artifacts, 'kvittens.pdf');
      writeFileSync(pdfFile, pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      assert.match(text, /Kvittens – leveransgodkännande/);
      assert.match(text, /Trelleborg/);
      assert.match(text, /LÖK 2026:7/);
      assert.match(text, /Antal filer\s+17/);
      assert.ok(text.includes(payload.approvalId), 'approval id');
      assert.ok(text.replace(/\s/g, '').includes(payload.package.sha256), 'package SHA-256');
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        pdfFile,
        join(artifacts, 'kvittens'),
      ]);

      const reader = await t.login('lasare.ystad');
      const foreign = await reader.request('GET', `/api/submissions/${submissionId}/receipt.xml`);
      assert.equal(foreign.statusCode, 404, 'another municipality’s receipt is not disclosed');
    });
  });
}
