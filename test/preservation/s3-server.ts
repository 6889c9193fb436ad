/**
 * A real S3-compatible server for tests: s3rver in this process, on 127.0.0.1 with a random port
 * and a temporary folder, with one bucket. Returns the storage location string samarkiv takes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import S3rver from 's3rver';

export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface TestS3 {
  /** `s3://<bucket>/<prefix>?endpoint=…&region=…&forcePathStyle=1` */
  location(prefix: string): string;
  readonly env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function startS3(bucket = 'samarkiv-test'): Promise<TestS3> {
  const dir = mkdtempSync(join(tmpdir(), 'samarkiv-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = (await server.run()) as { port: number };
  return {
    location: (prefix) =>
      `s3://${bucket}/${prefix}?endpoint=${encodeURIComponent(`http://127.0.0.1:${port}`)}&region=eu-north-1&forcePathStyle=1`,
    env: {
      SAMARKIV_S3_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      SAMARKIV_S3_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An s3rver for the whole test file, started before its tests, with its credentials in
 * process.env meanwhile (where the server's S3 locations read them); the environment is restored
 * after. Returns the running server.
 */
export function useS3(): () => TestS3 {
  let s3: TestS3 | undefined;
  let savedEnv: NodeJS.ProcessEnv = {};
  before(async () => {
    s3 = await startS3();
    savedEnv = { ...process.env };
    Object.assign(process.env, s3.env);
  });
  after(async () => {
    process.env = savedEnv;
    await s3?.close();
  });
  return () => {
    if (!s3) throw new Error('useS3: the server starts before the tests');
    return s3;
  };
}
