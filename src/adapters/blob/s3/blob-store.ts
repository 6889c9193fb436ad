/**
 * A BlobStore in S3-compatible object storage (`s3://bucket/prefix?endpoint=…&region=…&forcePathStyle=1`).
 * Streams both ways: a put buffers one part at a time (8 MiB; one part uploading while the next is
 * read), sends small objects with one PutObject and large ones as a multipart upload that is
 * aborted on any failure. An S3 object becomes visible only when its upload completes, so a crash
 * never leaves a half object under the final key. SHA-256 and size are computed while reading.
 * Credentials: SAMARKIV_S3_ACCESS_KEY_ID / SAMARKIV_S3_SECRET_ACCESS_KEY, else the SDK's chain.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type CompletedPart,
} from '@aws-sdk/client-s3';
import { ArchiveError } from '../../../core/errors.ts';
import { isSafeBlobKey, type BlobInfo, type BlobStore, type BlobWritten } from '../../../ports/blob-store.ts';

export interface S3Location {
  readonly bucket: string;
  /** Key prefix without a trailing slash ('' for the bucket root). */
  readonly prefix: string;
  readonly endpoint?: string;
  readonly region: string;
  readonly forcePathStyle: boolean;
}

export interface S3Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** S3 allows at most 10,000 parts; 8 MiB parts cover 78 GiB, larger objects get larger parts. */
const MIN_PART = 8 * 1024 * 1024;

export function parseS3Location(location: string): S3Location {
  const url = new URL(location);
  if (url.protocol !== 's3:' || !url.hostname) throw new ArchiveError('ARC_ERR_STORAGE_LOCATION', [location]);
  const q = url.searchParams;
  return {
    bucket: url.hostname,
    prefix: decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, ''),
    ...(q.get('endpoint') ? { endpoint: q.get('endpoint') as string } : {}),
    region: q.get('region') ?? 'us-east-1',
    forcePathStyle: q.get('forcePathStyle') === '1' || q.get('forcePathStyle') === 'true',
  };
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NoSuchKey' || err.name === 'NotFound' || err.$metadata?.httpStatusCode === 404;
}

/** Collects chunks into parts of at least `partSize` bytes, copying (sources may reuse buffers). */
async function* parts(data: AsyncIterable<Uint8Array>, partSize: () => number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let yielded = false;
  for await (const chunk of data) {
    pending.push(Buffer.from(chunk));
    pendingBytes += chunk.byteLength;
    if (pendingBytes >= partSize()) {
      yield Buffer.concat(pending, pendingBytes);
      yielded = true;
      pending = [];
      pendingBytes = 0;
    }
  }
  // An empty object is one empty part; otherwise no empty trailing part.
  if (pendingBytes > 0 || !yielded) yield Buffer.concat(pending, pendingBytes);
}

export function openS3BlobStore(location: string, credentials?: S3Credentials): BlobStore {
  const loc = parseS3Location(location);
  const client = new S3Client({
    region: loc.region,
    forcePathStyle: loc.forcePathStyle,
    ...(loc.endpoint ? { endpoint: loc.endpoint } : {}),
    ...(credentials ? { credentials } : {}),
    // We hash every byte ourselves; SDK-side checksums and trailers are not understood by every server.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = loc.bucket;
  const fullKey = (key: string): string => {
    if (!isSafeBlobKey(key)) throw new ArchiveError('ARC_ERR_STORAGE_KEY', [key]);
    return loc.prefix ? `${loc.prefix}/${key}` : key;
  };
  const shortKey = (full: string): string => (loc.prefix ? full.slice(loc.prefix.length + 1) : full);

  async function put(key: string, data: AsyncIterable<Uint8Array>): Promise<BlobWritten> {
    const Key = fullKey(key);
    const hash = createHash('sha256');
    let size = 0;
    const hashed = (async function* () {
      for await (const chunk of data) {
        hash.update(chunk);
        size += chunk.byteLength;
        yield chunk;
      }
    })();
    const partSize = (): number => Math.max(MIN_PART, Math.ceil(size / 9000));
    const iterator = parts(hashed, partSize);
    const first = await iterator.next();
    const firstPart = first.done ? Buffer.alloc(0) : first.value;
    const second = await iterator.next();
    if (second.done) {
      await client.send(
        new PutObjectCommand({ Bucket, Key, Body: firstPart, ContentLength: firstPart.length }),
      );
      return { size, sha256: hash.digest('hex') };
    }
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    if (!UploadId) throw new ArchiveError('ARC_ERR_STORAGE_WRITE', [`${location}: no upload id for ${key}`]);
    const done: CompletedPart[] = [];
    const upload = async (PartNumber: number, Body: Buffer): Promise<void> => {
      const r = await client.send(
        new UploadPartCommand({ Bucket, Key, UploadId, PartNumber, Body, ContentLength: Body.length }),
      );
      done.push({ PartNumber, ETag: r.ETag });
    };
    try {
      let n = 1;
      let inFlight = upload(n, firstPart);
      let next: IteratorResult<Buffer> = second;
      while (!next.done) {
        await inFlight; // one part uploading while the next one is read
        inFlight = upload(++n, next.value);
        next = await iterator.next();
      }
      await inFlight;
      done.sort((a, b) => (a.PartNumber ?? 0) - (b.PartNumber ?? 0));
      await client.send(
        new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: done } }),
      );
    } catch (e) {
      await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => {});
      throw e;
    }
    return { size, sha256: hash.digest('hex') };
  }

  async function* get(key: string): AsyncIterable<Uint8Array> {
    let body: Readable;
    try {
      const r = await client.send(new GetObjectCommand({ Bucket, Key: fullKey(key) }));
      body = r.Body as Readable;
    } catch (e) {
      if (isNotFound(e)) throw new ArchiveError('ARC_ERR_NOT_FOUND', [key]);
      throw e;
    }
    yield* body as AsyncIterable<Buffer>;
  }

  async function stat(key: string): Promise<BlobInfo | null> {
    try {
      const r = await client.send(new HeadObjectCommand({ Bucket, Key: fullKey(key) }));
      return { key, size: Number(r.ContentLength ?? 0) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async function* list(prefix: string): AsyncIterable<BlobInfo> {
    let ContinuationToken: string | undefined;
    const Prefix = loc.prefix ? `${loc.prefix}/${prefix}` : prefix;
    do {
      const r = await client.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
      for (const o of r.Contents ?? []) {
        if (o.Key) yield { key: shortKey(o.Key), size: Number(o.Size ?? 0) };
      }
      ContinuationToken = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (ContinuationToken);
  }

  /** When an unfinished upload was last written to: its newest part, else its start. */
  async function lastActivity(Key: string, UploadId: string, initiated: Date): Promise<number> {
    let newest = initiated.getTime();
    try {
      const r = await client.send(new ListPartsCommand({ Bucket, Key, UploadId }));
      for (const p of r.Parts ?? []) newest = Math.max(newest, p.LastModified?.getTime() ?? 0);
    } catch {
      // No part listing: the start time alone decides.
    }
    return newest;
  }

  /**
   * Aborts multipart uploads a killed put left (they hold storage but are never visible as
   * objects). Servers without ListMultipartUploads (s3rver) have nothing to list: a bucket
   * lifecycle rule (AbortIncompleteMultipartUpload) does the same there.
   */
  async function removeLeftovers(before: Date): Promise<string[]> {
    const removed: string[] = [];
    let KeyMarker: string | undefined;
    let UploadIdMarker: string | undefined;
    do {
      let r;
      try {
        r = await client.send(
          new ListMultipartUploadsCommand({
            Bucket,
            ...(loc.prefix ? { Prefix: `${loc.prefix}/` } : {}),
            KeyMarker,
            UploadIdMarker,
          }),
        );
      } catch (e) {
        if ((e as { name?: string }).name === 'NotImplemented') return removed;
        throw e;
      }
      for (const u of r.Uploads ?? []) {
        if (!u.Key || !u.UploadId) continue;
        const last = await lastActivity(u.Key, u.UploadId, u.Initiated ?? new Date(0));
        if (last >= before.getTime()) continue;
        await client.send(new AbortMultipartUploadCommand({ Bucket, Key: u.Key, UploadId: u.UploadId }));
        removed.push(`${shortKey(u.Key)} (multipart upload ${u.UploadId})`);
      }
      KeyMarker = r.IsTruncated ? r.NextKeyMarker : undefined;
      UploadIdMarker = r.IsTruncated ? r.NextUploadIdMarker : undefined;
    } while (KeyMarker);
    return removed;
  }

  return {
    location: `s3://${loc.bucket}${loc.prefix ? `/${loc.prefix}` : ''}`,
    removeLeftovers,
    put,
    get,
    stat,
    list,
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: fullKey(key) }));
    },
    async close() {
      client.destroy();
    },
  };
}
