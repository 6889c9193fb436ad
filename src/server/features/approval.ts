/**
 * The approval feature: the archive's signing key (created on first start under <dataDir>/keys/ and
 * registered in signing_keys), approval and receipt routes, the public key routes, and login with
 * OIDC when configured. The PDF renderer (headless Chromium) starts on the first receipt.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPackageSource } from '../../adapters/package/open-package-source.ts';
import { ChromiumPdfRenderer } from '../../adapters/pdf/chromium-pdf.ts';
import { openidClientRelyingParty } from '../../adapters/oidc/openid-client-relying-party.ts';
import { loadOrCreateSigner } from '../../adapters/sign/jose-signer.ts';
import { approvalRoutes } from '../../api/routes/approval.ts';
import { oidcRoutes } from '../../api/routes/oidc.ts';
import { receiptRoutes } from '../../api/routes/receipt.ts';
import { signingKeyRoutes } from '../../api/routes/signing-keys.ts';
import type { PdfRenderer } from '../../ports/pdf-renderer.ts';
import { registerSigner, type ApprovalDeps } from '../../services/server/approval.ts';
import type { Feature, Runtime } from '../features.ts';

export async function approvalFeature(runtime: Runtime): Promise<Feature> {
  const { config, ctx } = runtime;
  const signer = await loadOrCreateSigner(join(config.dataDir, 'keys'), { now: () => ctx.clock.now() });
  await registerSigner(ctx, signer);
  const approval: ApprovalDeps = {
    signer,
    // The uploaded package waits in quarantine under the data folder until ingest (blob_key).
    packagePath: async (s) => {
      const path = s.blob_key ? resolve(config.dataDir, s.blob_key) : null;
      return path && existsSync(path) ? path : null;
    },
    openSource: (path) => openPackageSource(path),
  };
  let renderer: PdfRenderer | null = null;
  const pdf = (): PdfRenderer => (renderer ??= new ChromiumPdfRenderer());
  const oidc = config.oidc
    ? {
        settings: config.oidc,
        rp: openidClientRelyingParty({
          issuer: config.oidc.issuer,
          clientId: config.oidc.clientId,
          clientSecret: config.oidc.clientSecret,
          redirectUri: config.oidc.redirectUri,
        }),
      }
    : null;
  return {
    api: {
      name: 'approval',
      async register(app, deps) {
        await approvalRoutes(app, deps, approval);
        await receiptRoutes(app, deps, pdf);
        await signingKeyRoutes(app, deps);
        await oidcRoutes(app, deps, oidc);
      },
    },
    async close() {
      await renderer?.close();
    },
  };
}
