/**
 * Sample deliveries for the demo: the example package (examples/bygglov-sip.zip) is delivered by
 * Trelleborg's system owner to the W3D3 project that stands in delivery control, exactly as an
 * upload would (quarantine, checksum, new version, control job), so that a fresh `npm start`
 * shows a real control report and checkpoints. The workers pick the job up.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listProjects } from '../repositories/projects.ts';
import { findUserByUsername } from '../repositories/users.ts';
import { loadPrincipal } from '../services/server/auth.ts';
import type { ServiceContext } from '../services/server/context.ts';
import { quarantineFolder } from '../services/server/submissions.ts';
import { receiveUpload, sha256OfFile } from '../services/server/submissions-upload.ts';

const EXAMPLE = fileURLToPath(new URL('../../examples/bygglov-sip.zip', import.meta.url));

export async function seedSampleDeliveries(ctx: ServiceContext, dataDir: string): Promise<number> {
  const user = await findUserByUsername(ctx.db, 'forvaltare.trelleborg');
  const producer = user && (await loadPrincipal(ctx, user.id));
  if (!producer) return 0;
  const targets = (await listProjects(ctx.db, { tenants: ['trelleborg'] })).filter(
    (p) => p.phase === 'delivery-control' || p.phase === 'ingest',
  );
  let delivered = 0;
  for (const project of targets.slice(0, 1)) {
    const submissionId = randomUUID();
    const folder = quarantineFolder(dataDir, submissionId);
    await mkdir(folder, { recursive: true });
    const path = join(folder, 'package');
    await copyFile(EXAMPLE, path);
    const { sha256 } = await sha256OfFile(path);
    await receiveUpload(ctx, producer, {
      submissionId,
      metadata: { projectId: project.id, fileName: 'bygglov-sip.zip', sha256 },
      path,
      createdBy: producer.userId,
      createdAt: null,
    });
    delivered++;
  }
  return delivered;
}
