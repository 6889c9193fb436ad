/**
 * Set-up shared by the preservation tests: SIPs made from the example export with varied
 * descriptions, their control reports, approved submissions written through the repositories (as
 * the delivery-control and approval features leave them), and running the job queue.
 */
import { createHash, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFolder } from '../../src/adapters/package-writer/list-folder.ts';
import { writePackage } from '../../src/adapters/package-writer/index.ts';
import { createDeps, createFullDeps } from '../../src/cli/deps.ts';
import { parseDescription } from '../../src/core/package/description.ts';
import type { ValidationReport } from '../../src/core/validation/report.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { createWorker } from '../../src/jobs/worker.ts';
import { enqueueJob } from '../../src/repositories/jobs.ts';
import { insertProject } from '../../src/repositories/projects.ts';
import { insertSubmission } from '../../src/repositories/submissions.ts';
import { findUserByUsername } from '../../src/repositories/users.ts';
import type { Server } from '../../src/server/create-server.ts';
import { createSip } from '../../src/services/create-sip.ts';
import { validatePackage } from '../../src/services/validate-package.ts';

export const EXAMPLE_SIP = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));
const EXAMPLE_EXPORT = fileURLToPath(new URL('../../examples/export', import.meta.url));
const EXAMPLE_DESCRIPTION = fileURLToPath(new URL('../../examples/delivery.yaml', import.meta.url));

export interface SipVariant {
  readonly title: string;
  readonly referenceCode: string;
  readonly creator: string;
  readonly secret: boolean;
  readonly start?: string;
  readonly end?: string;
}

/** A SIP of the example export with its own title, reference code, records creator and secrecy. */
export async function makeSip(dir: string, v: SipVariant): Promise<string> {
  const base = parseDescription(await readFile(EXAMPLE_DESCRIPTION, 'utf8'), EXAMPLE_DESCRIPTION);
  const description = {
    ...base,
    title: v.title,
    description: `${v.title}, ${v.creator}`,
    referenceCode: v.referenceCode,
    archivalCreator: { ...base.archivalCreator, name: v.creator },
    secrecy: v.secret ? base.secrecy : { applies: false },
    dates: { start: v.start ?? '2001-01-01', end: v.end ?? '2005-12-31' },
  } as typeof base;
  const out = join(dir, `${v.referenceCode.replace(/\W+/g, '-')}.zip`);
  const now = new Date('2026-03-01T10:00:00Z');
  await createSip(
    { folder: EXAMPLE_EXPORT, description, descriptionDir: dir, out, format: 'zip' },
    {
      listFolder,
      writePackage: (spec, target) => writePackage(spec, target, { clock: () => now }),
      software: { name: 'samarkiv', version: '0.1.0' },
      now: () => now,
    },
  );
  return out;
}

let fullDeps: ReturnType<typeof createFullDeps> | null = null;

/** The delivery-control report (content checks on: PUIDs, policy; clamd when configured). */
export async function controlReport(sipPath: string, content = true): Promise<ValidationReport> {
  const deps = content ? await (fullDeps ??= createFullDeps()) : createDeps();
  return validatePackage(deps, sipPath, { lang: 'en' });
}

export interface ApprovedSubmission {
  readonly submissionId: string;
  readonly projectId: string;
  readonly sipCopy: string;
}

/** An approved submission: project, package copied into quarantine, control report, signed approval row. */
export async function approvedSubmission(
  server: Server,
  opts: {
    tenantId: string;
    sipPath: string;
    report: ValidationReport;
    systemName?: string;
    approver?: string;
  },
): Promise<ApprovedSubmission> {
  const db = server.ctx.db;
  const now = new Date().toISOString();
  const projectId = randomUUID();
  const submissionId = randomUUID();
  await insertProject(db, {
    id: projectId,
    tenant_id: opts.tenantId,
    system_name: opts.systemName ?? 'W3D3',
    title: `Leverans ${projectId.slice(0, 8)}`,
    delivery_type: 'ordinarie',
    phase: 'approved',
    is_pilot: 0,
    is_test: 0,
    created_at: now,
    updated_at: now,
  });
  const folder = join(server.config.dataDir, 'quarantine', submissionId);
  await mkdir(folder, { recursive: true });
  const sipCopy = join(folder, 'leverans.zip');
  await copyFile(opts.sipPath, sipCopy);
  const sha256 = await sha256Of(sipCopy);
  await insertSubmission(db, {
    id: submissionId,
    project_id: projectId,
    tenant_id: opts.tenantId,
    version: 1,
    state: 'approved',
    file_name: 'leverans.zip',
    size: (await readFile(sipCopy)).length,
    sha256,
    producer_sha256: sha256,
    blob_key: `quarantine/${submissionId}/leverans.zip`,
    report: JSON.stringify(opts.report),
    error_count: opts.report.summary.errors,
    warning_count: opts.report.summary.warnings,
    created_by: null,
    created_at: now,
    received_at: now,
    controlled_at: now,
    failure: null,
  });
  const approver = await findUserByUsername(db, opts.approver ?? 'earkivarie');
  await db
    .insertInto('approvals')
    .values({
      id: randomUUID(),
      submission_id: submissionId,
      approved_by: approver?.id ?? 'unknown',
      approved_at: now,
      manifest_sha256: 'a'.repeat(64),
      report_sha256: 'b'.repeat(64),
      key_id: 'test-key',
      jws: 'test.jws',
      payload: null,
    })
    .execute();
  return { submissionId, projectId, sipCopy };
}

export async function sha256Of(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** Enqueues the ingest job as the approval does and runs the queue until it is empty. */
export async function ingestViaJob(server: Server, submissionId: string): Promise<void> {
  await enqueueJob(server.ctx.db, 'ingest', { submissionId }, new Date().toISOString());
  await createWorker(server.ctx, server.handlers).drain();
}

const enospc = (key: string): Error =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${key}'`), { code: 'ENOSPC' });

/**
 * A store whose disk fills up after `limit` bytes: writes (streamed puts and kernel copies alike)
 * then fail with ENOSPC, as a real disk does.
 */
export function fullDisk(inner: BlobStore, limit: number): BlobStore {
  let written = 0;
  return {
    ...inner,
    async putFile(key, path) {
      written += statSync(path).size;
      if (written > limit) throw enospc(key);
      return (inner.putFile as NonNullable<BlobStore['putFile']>)(key, path);
    },
    put(key, data) {
      return inner.put(
        key,
        (async function* () {
          for await (const chunk of data) {
            written += chunk.byteLength;
            if (written > limit) throw enospc(key);
            yield chunk;
          }
        })(),
      );
    },
  };
}
