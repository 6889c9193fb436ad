/**
 * The service's features beyond the core API: each contributes API routes and job handlers. One
 * line each, so that adding a feature touches this list and its own files only.
 */
import type { ApiFeature } from '../api/deps.ts';
import type { JobHandlers } from '../jobs/handlers.ts';
import type { OpenDatabase } from '../adapters/db/open-database.ts';
import type { AuthContext } from '../services/server/auth.ts';
import type { ServerConfig } from './config.ts';
import { approvalFeature } from './features/approval.ts';
import { consortiumFeature } from './features/consortium.ts';
import { deliveryControlFeature } from './features/delivery-control.ts';
import { preservationFeature } from './features/preservation.ts';
import { storageFeature } from './features/storage.ts';

export interface Runtime {
  readonly config: ServerConfig;
  readonly database: OpenDatabase;
  readonly ctx: AuthContext;
}

export interface Feature {
  readonly api?: ApiFeature;
  readonly jobs?: JobHandlers;
  /** Called on close (stop clients, flush). */
  close?(): Promise<void>;
}

export type FeatureFactory = (runtime: Runtime) => Promise<Feature> | Feature;

export const FEATURES: readonly FeatureFactory[] = [
  deliveryControlFeature,
  approvalFeature,
  preservationFeature,
  consortiumFeature,
  storageFeature,
];
