/**
 * A controlled submission made directly through the repositories (not through upload and control),
 * so the approval tests do not depend on those: a real control report from validatePackage over
 * examples/bygglov-sip.zip, and the default checklist's checkpoints in the states a test asks for.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFullDeps } from '../../src/cli/deps.ts';
import { DEFAULT_CHECKLIST } from '../../src/core/delivery/checklist.ts';
import type { CheckpointState } from '../../src/core/delivery/checklist.ts';
import * as submissions from '../../src/repositories/submissions.ts';
import { loadPrincipal } from '../../src/services/server/auth.ts';
import { createProject } from '../../src/services/server/projects.ts';
import type { ServiceContext } from '../../src/services/server/context.ts';
import { validatePackage } from '../../src/services/validate-package.ts';

export const EXAMPLE_SIP = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));

let reportText: Promise<string> | null = null;

/** The control report of the example SIP, computed once per test file (content checks take seconds). */
export function exampleReport(): Promise<string> {
  reportText ??= (async () => {
    const report = await validatePackage(await createFullDeps(), EXAMPLE_SIP);
    if (report.summary.errors > 0) throw new Error('the example SIP should be valid');
    return JSON.stringify(report, null, 2);
  })();
  return reportText;
}

export interface ControlledDelivery {
  readonly projectId: string;
  readonly submissionId: string;
  readonly checkpointIds: readonly string[];
}

export async function controlledDelivery(
  ctx: ServiceContext,
  options: { tenantId: string; creatorUsername: string; checkpoint?: (key: string) => CheckpointState },
): Promise<ControlledDelivery> {
  const creator = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', options.creatorUsername)
    .executeTakeFirstOrThrow();
  const principal = await loadPrincipal(ctx, creator.id);
  if (!principal) throw new Error(`no principal ${options.creatorUsername}`);
  const recordsCreator = await ctx.db
    .selectFrom('records_creators')
    .select('id')
    .where('tenant_id', '=', options.tenantId)
    .executeTakeFirst();
  const projectId = await createProject(ctx, principal, {
    tenantId: options.tenantId,
    title: 'Bygglovsarkiv 2019',
    systemName: 'Castor',
    agreementRef: 'LÖK 2026:7',
    recordsCreatorId: recordsCreator?.id ?? null,
    phase: 'delivery-control',
  });
  const zip = readFileSync(EXAMPLE_SIP);
  const report = await exampleReport();
  const submissionId = randomUUID();
  const now = ctx.clock.now().toISOString();
  await submissions.insertSubmission(ctx.db, {
    id: submissionId,
    project_id: projectId,
    tenant_id: options.tenantId,
    version: 1,
    state: 'controlled',
    file_name: 'bygglov-sip.zip',
    size: zip.length,
    sha256: createHash('sha256').update(zip).digest('hex'),
    producer_sha256: null,
    blob_key: null,
    report,
    error_count: 0,
    warning_count: (JSON.parse(report) as { summary: { warnings: number } }).summary.warnings,
    created_by: principal.userId,
    created_at: now,
    received_at: now,
    controlled_at: now,
    failure: null,
  });
  const checkpointIds: string[] = [];
  await submissions.insertCheckpoints(
    ctx.db,
    DEFAULT_CHECKLIST.items.map((item, position) => {
      const id = randomUUID();
      checkpointIds.push(id);
      const state = options.checkpoint?.(item.key) ?? 'ok';
      return {
        id,
        submission_id: submissionId,
        item_key: item.key,
        position,
        label_sv: item.sv,
        label_en: item.en,
        state,
        set_by: state === 'open' ? null : principal.userId,
        set_at: state === 'open' ? null : now,
        comment: null,
      };
    }),
  );
  return { projectId, submissionId, checkpointIds };
}
