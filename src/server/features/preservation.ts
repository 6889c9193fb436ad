/**
 * Preservation: the 'ingest' job (approved submission → AIP in every storage copy, verified), the
 * AIP and search API, over the storage locations of the configuration (docs/adr/0007).
 */
import { z } from 'zod';
import { writePackageToStores } from '../../adapters/blob/blob-package-writer.ts';
import { openBlobStore } from '../../adapters/blob/open-blob-store.ts';
import { verifyStoredCopies } from '../../adapters/blob/verify-copies.ts';
import { openPackageSource } from '../../adapters/package/open-package-source.ts';
import { samarkivSoftware } from '../../adapters/package-writer/write-package.ts';
import { aipRoutes } from '../../api/routes/aips.ts';
import { searchRoutes } from '../../api/routes/search.ts';
import { ingestSubmission, type PreservationDeps } from '../../services/server/aip/ingest.ts';
import type { Feature, Runtime } from '../features.ts';

const ingestPayload = z.object({ submissionId: z.string() });

export function preservationDeps(runtime: Runtime): PreservationDeps {
  return {
    ctx: runtime.ctx,
    stores: runtime.config.storage.map((location) => openBlobStore(location)),
    dataDir: runtime.config.dataDir,
    openSource: (path) => openPackageSource(path),
    writePackage: writePackageToStores,
    verifyCopies: verifyStoredCopies,
    software: samarkivSoftware(),
  };
}

export function preservationFeature(runtime: Runtime): Feature {
  const deps = preservationDeps(runtime);
  return {
    api: {
      name: 'preservation',
      async register(app, apiDeps) {
        await aipRoutes(app, apiDeps, deps.stores);
        await searchRoutes(app, apiDeps);
      },
    },
    jobs: {
      async ingest(payload, job) {
        const { submissionId } = ingestPayload.parse(payload);
        await ingestSubmission({ ...deps, heartbeat: job.heartbeat }, submissionId);
      },
    },
    async close() {
      for (const store of deps.stores) await store.close();
    },
  };
}
