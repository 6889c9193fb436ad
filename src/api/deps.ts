/**
 * What the API needs from the composition root (src/server/). Routes call services with
 * `deps.ctx`; features add their own fields here as they arrive (storage, signer, jobs …).
 */
import type { AuthContext } from '../services/server/auth.ts';
import type { App } from './app.ts';

export interface ApiDeps {
  readonly ctx: AuthContext;
  /** Cookies are Secure unless the server is explicitly plain-HTTP local (development, tests). */
  readonly secureCookies: boolean;
  /** Login attempts per minute and address. */
  readonly loginRateLimit?: number;
  /** Folder of the built web UI (web/dist); served at / when present. */
  readonly webRoot?: string | null;
  /** Extra route plugins registered under /api by features (uploads, AIPs, consortium …). */
  readonly features?: readonly ApiFeature[];
}

export interface ApiFeature {
  readonly name: string;
  register(app: App, deps: ApiDeps): Promise<void> | void;
}
