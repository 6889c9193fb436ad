import type { DatabaseCapabilities } from '../capabilities.ts';

export const POSTGRES_CAPABILITIES: DatabaseCapabilities = {
  fullText: 'tsvector',
  skipLocked: true,
  autoIncrementType: 'bigserial',
  concurrentWriters: true,
};
