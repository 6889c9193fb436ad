/**
 * The delivery-control feature: resumable upload (tus) into `<dataDir>/quarantine/<submissionId>/`,
 * the `control` job (the package engine with every content check, clamd when configured), the
 * submission, checkpoint, checklist-template and deviation-report routes.
 */
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { createLocalFiles } from '../../adapters/fs/local-files.ts';
import { createTusUploadServer } from '../../adapters/upload/tus-upload-server.ts';
import { errorBody } from '../../api/plugins/errors.ts';
import { checkpointRoutes } from '../../api/routes/checkpoints.ts';
import { deviationRoutes } from '../../api/routes/deviations.ts';
import { submissionRoutes } from '../../api/routes/submissions.ts';
import { templateRoutes } from '../../api/routes/templates.ts';
import { uploadRoutes } from '../../api/routes/uploads.ts';
import { createFullDeps } from '../../cli/deps.ts';
import type { Principal } from '../../core/access/roles.ts';
import { archiveError, isArchiveError } from '../../core/errors.ts';
import type { ValidatePackageDeps } from '../../services/validate-package.ts';
import { runControl, type ControlDeps } from '../../services/server/control.ts';
import {
  authorizeUpload,
  CONTROL_JOB,
  parseUploadMetadata,
  receiveUpload,
  requireSpace,
  requireUploadAccess,
} from '../../services/server/submissions-upload.ts';
import { createUploadLocker } from '../../services/server/upload-locks.ts';
import type { Feature, Runtime } from '../features.ts';

export function deliveryControlFeature(runtime: Runtime): Feature {
  const { config, ctx } = runtime;
  const quarantine = join(config.dataDir, 'quarantine');
  const principals = new WeakMap<IncomingMessage, Principal>();
  const principalOf = (request: IncomingMessage): Principal => {
    const p = principals.get(request);
    if (!p) throw archiveError('ARC_ERR_AUTH_REQUIRED');
    return p;
  };

  const uploads = createTusUploadServer({
    directory: quarantine,
    path: '/api/uploads',
    // One writer per upload across every server process sharing the database.
    locker: createUploadLocker(ctx),
    hooks: {
      async onCreate(request, upload) {
        const principal = principalOf(request);
        const meta = parseUploadMetadata(upload.metadata);
        await authorizeUpload(ctx, principal, meta.projectId);
        await requireSpace(quarantine, upload.size);
        return { createdBy: principal.userId };
      },
      async onAccess(request, upload) {
        await requireUploadAccess(ctx, principalOf(request), parseUploadMetadata(upload.metadata).projectId);
      },
      async onFinish(request, upload) {
        const received = await receiveUpload(ctx, principalOf(request), {
          submissionId: upload.id,
          metadata: parseUploadMetadata(upload.metadata),
          path: upload.path,
          createdBy: upload.metadata['createdBy'] ?? null,
          createdAt: upload.createdAt,
        });
        return {
          'Samarkiv-Submission-Id': received.submissionId,
          'Samarkiv-Version': String(received.version),
        };
      },
      errorBody(error) {
        return isArchiveError(error)
          ? { status: error.httpStatus, body: JSON.stringify(errorBody(error)) }
          : undefined;
      },
    },
  });

  // Loading the PRONOM signatures and policy once; each job gets its own temporary folder.
  let base: Promise<ValidatePackageDeps> | null = null;
  const control: ControlDeps = {
    dataDir: config.dataDir,
    async validateDeps(workDir) {
      base ??= createFullDeps();
      const deps = await base;
      return deps.content
        ? { ...deps, content: { ...deps.content, localFiles: () => createLocalFiles(workDir) } }
        : deps;
    },
  };

  return {
    api: {
      name: 'delivery-control',
      async register(app, deps) {
        await uploadRoutes(app, { uploads, principals });
        await submissionRoutes(app, deps);
        await checkpointRoutes(app, deps);
        await templateRoutes(app, deps);
        await deviationRoutes(app, deps);
      },
    },
    jobs: { [CONTROL_JOB]: (payload, job) => runControl(ctx, control, payload, job) },
  };
}
