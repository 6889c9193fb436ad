import type { DatabaseCapabilities } from '../capabilities.ts';

export const SQLITE_CAPABILITIES: DatabaseCapabilities = {
  fullText: 'fts5',
  skipLocked: false,
  autoIncrementType: 'integer',
  concurrentWriters: false,
};
