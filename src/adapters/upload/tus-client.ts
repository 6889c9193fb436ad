/**
 * A small tus 1.0 client over fetch, for `samarkiv submit`: create an upload, send the file in
 * chunks with PATCH, and after an interruption (network error, 5xx, offset conflict) ask the server
 * for its offset with HEAD and continue from there. Refusals the server codes (4xx with
 * `{code, message}`) end the upload at once.
 */
import { open } from 'node:fs/promises';

export interface TusClientOptions {
  /** The upload endpoint, e.g. https://arkiv.example/api/uploads. */
  readonly endpoint: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch?: typeof fetch;
  /** Bytes per PATCH. */
  readonly chunkSize?: number;
  /** Attempts after an interruption before giving up. */
  readonly retries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onProgress?: (sent: number, total: number) => void;
  readonly onRetry?: (offset: number, reason: string) => void;
}

/** A refusal with the server's coded error, or a transport failure (code null). */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefused';
  }
}

const TUS = { 'Tus-Resumable': '1.0.0' };

function encodeMetadata(metadata: Readonly<Record<string, string>>): string {
  return Object.entries(metadata)
    .map(([k, v]) => `${k} ${Buffer.from(v, 'utf8').toString('base64')}`)
    .join(',');
}

async function refusal(res: Response): Promise<UploadRefused> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: string; message?: string };
    if (body.code) return new UploadRefused(res.status, body.code, body.message ?? text);
  } catch {
    // Not our JSON: a proxy's or tus's own answer.
  }
  return new UploadRefused(res.status, null, `HTTP ${res.status} ${text.trim().slice(0, 300)}`);
}

/** Worth trying again: the connection, the server's temporary state, or a lost offset. */
function transient(e: unknown): boolean {
  if (e instanceof UploadRefused)
    return e.code === null && (e.status >= 500 || e.status === 409 || e.status === 423);
  return true;
}

export function createTusClient(options: TusClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const chunkSize = options.chunkSize ?? 32 * 1024 * 1024;
  const retries = options.retries ?? 8;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  async function create(length: number, metadata: Readonly<Record<string, string>>): Promise<string> {
    const res = await doFetch(options.endpoint, {
      method: 'POST',
      headers: {
        ...options.headers,
        ...TUS,
        'Upload-Length': String(length),
        'Upload-Metadata': encodeMetadata(metadata),
      },
    });
    if (res.status !== 201) throw await refusal(res);
    const location = res.headers.get('location');
    if (!location) throw new UploadRefused(res.status, null, 'no Location in the answer');
    return new URL(location, options.endpoint).toString();
  }

  async function offsetOf(url: string): Promise<{ offset: number; length: number | null }> {
    const res = await doFetch(url, { method: 'HEAD', headers: { ...options.headers, ...TUS } });
    if (res.status !== 200) throw await refusal(res);
    const length = res.headers.get('upload-length');
    return {
      offset: Number(res.headers.get('upload-offset') ?? 0),
      length: length === null ? null : Number(length),
    };
  }

  async function patch(url: string, offset: number, body: Uint8Array<ArrayBuffer>): Promise<Response> {
    const res = await doFetch(url, {
      method: 'PATCH',
      headers: {
        ...options.headers,
        ...TUS,
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
      },
      body,
    });
    if (res.status !== 204 && res.status !== 200) throw await refusal(res);
    return res;
  }

  /**
   * Sends the file from the server's current offset to the end; resumes after interruptions.
   * Resolves with the headers of the PATCH that completed the upload.
   */
  async function send(url: string, path: string, size: number): Promise<Headers> {
    const file = await open(path, 'r');
    try {
      let failures = 0;
      let offset = (await offsetOf(url)).offset;
      for (;;) {
        try {
          // The last PATCH (possibly empty, when every byte arrived but its answer was lost).
          const length = Math.min(chunkSize, size - offset);
          const chunk = Buffer.alloc(length);
          const { bytesRead } = await file.read(chunk, 0, length, offset);
          if (bytesRead !== length) throw new Error(`short read at ${offset}`);
          const res = await patch(url, offset, chunk);
          offset = Number(res.headers.get('upload-offset') ?? offset + length);
          options.onProgress?.(offset, size);
          failures = 0;
          if (offset >= size) return res.headers;
        } catch (e) {
          if (!transient(e) || ++failures > retries) throw e;
          options.onRetry?.(offset, e instanceof Error ? e.message : String(e));
          await sleep(Math.min(500 * 2 ** failures, 30_000));
          offset = await offsetOf(url).then(
            (r) => r.offset,
            () => offset,
          );
        }
      }
    } finally {
      await file.close();
    }
  }

  return { create, offsetOf, send };
}

export type TusClient = ReturnType<typeof createTusClient>;
