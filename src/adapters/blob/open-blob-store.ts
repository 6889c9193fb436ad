/**
 * Opens a storage location from its configured form: `fs:<folder>` (a local folder, the default
 * kopia-1 and kopia-2 under the data folder) or `s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=1`.
 */
import { ArchiveError } from '../../core/errors.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { openFsBlobStore } from './fs/blob-store.ts';
import { openS3BlobStore, type S3Credentials } from './s3/blob-store.ts';

export function s3CredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): S3Credentials | undefined {
  const accessKeyId = env.SAMARKIV_S3_ACCESS_KEY_ID;
  const secretAccessKey = env.SAMARKIV_S3_SECRET_ACCESS_KEY;
  return accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined;
}

export function openBlobStore(location: string, env: NodeJS.ProcessEnv = process.env): BlobStore {
  if (location.startsWith('fs:')) return openFsBlobStore(location.slice(3));
  if (location.startsWith('s3://')) return openS3BlobStore(location, s3CredentialsFromEnv(env));
  throw new ArchiveError('ARC_ERR_STORAGE_LOCATION', [location]);
}
