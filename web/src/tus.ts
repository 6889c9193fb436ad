/**
 * A small tus 1.0 client (https://tus.io/protocols/resumable-upload): create the upload with POST,
 * send the bytes in PATCH chunks, and after an interruption ask the server with HEAD how much it has
 * and continue from there. The upload's address is kept in localStorage, so a reload or a new
 * browser session on the same file resumes too. XMLHttpRequest, because fetch reports no upload
 * progress.
 */
import { csrfHeader, errorFrom } from './api.ts';

const TUS_VERSION = '1.0.0';
const RETRY_DELAYS_MS = [1000, 3000, 5000, 10000, 20000, 30000];

export interface UploadOptions {
  readonly endpoint: string;
  readonly file: File;
  /** Asked only when a new upload is created (a resumed one already has its metadata). */
  metadata(): Promise<Readonly<Record<string, string>>>;
  /** Where the upload's address is remembered between attempts. */
  readonly resumeKey: string;
  readonly chunkSize?: number;
  readonly signal?: AbortSignal;
  onProgress(sent: number, total: number): void;
}

export interface UploadResult {
  readonly url: string;
  /** The final PATCH response's headers (the server may name what it created). */
  readonly headers: Headers;
  readonly resumedFrom: number;
}

interface Remembered {
  readonly url: string;
}

const base64 = (text: string): string => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
};

export const encodeMetadata = (metadata: Readonly<Record<string, string>>): string =>
  Object.entries(metadata)
    .map(([k, v]) => `${k} ${base64(v)}`)
    .join(',');

const tusHeaders = (): Record<string, string> => ({ 'Tus-Resumable': TUS_VERSION, ...csrfHeader() });

function remembered(key: string): Remembered | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Remembered) : null;
  } catch {
    return null;
  }
}

function remember(key: string, value: Remembered | null): void {
  try {
    if (value) window.localStorage.setItem(key, JSON.stringify(value));
    else window.localStorage.removeItem(key);
  } catch {
    // Without storage the upload still works; it just cannot resume after a reload.
  }
}

async function create(options: UploadOptions): Promise<string> {
  const res = await fetch(options.endpoint, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      ...tusHeaders(),
      'Upload-Length': String(options.file.size),
      'Upload-Metadata': encodeMetadata(await options.metadata()),
    },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (res.status !== 201) throw await errorFrom(res);
  const location = res.headers.get('Location');
  if (!location) throw new Error('tus: no Location in the answer to POST');
  return new URL(location, new URL(options.endpoint, window.location.href)).href;
}

/** The server's offset for an upload, or null when it no longer knows it. */
async function offsetOf(url: string, signal?: AbortSignal): Promise<number | null> {
  const res = await fetch(url, {
    method: 'HEAD',
    credentials: 'same-origin',
    headers: tusHeaders(),
    cache: 'no-store',
    ...(signal ? { signal } : {}),
  });
  if (res.status === 404 || res.status === 410 || res.status === 403) return null;
  if (!res.ok) throw await errorFrom(res);
  return Number(res.headers.get('Upload-Offset') ?? '0');
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
  }
}

function patch(
  url: string,
  chunk: Blob,
  offset: number,
  onSent: (n: number) => void,
  signal?: AbortSignal,
): Promise<{ offset: number; headers: Headers }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PATCH', url);
    xhr.withCredentials = true;
    for (const [k, v] of Object.entries(tusHeaders())) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Upload-Offset', String(offset));
    xhr.setRequestHeader('Content-Type', 'application/offset+octet-stream');
    xhr.upload.onprogress = (e) => onSent(e.loaded);
    xhr.onload = () => {
      if (xhr.status !== 204 && xhr.status !== 200)
        return reject(new HttpFailure(xhr.status, xhr.responseText));
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
        const i = line.indexOf(':');
        if (i > 0) headers.append(line.slice(0, i).trim(), line.slice(i + 1).trim());
      }
      resolve({ offset: Number(xhr.getResponseHeader('Upload-Offset') ?? offset + chunk.size), headers });
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(chunk);
  });
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

/** Whether a failed PATCH is worth retrying after asking the server for its offset. */
const retriable = (e: unknown): boolean =>
  !(e instanceof DOMException && e.name === 'AbortError') &&
  (!(e instanceof HttpFailure) || e.status === 409 || e.status === 423 || e.status >= 500);

export async function upload(options: UploadOptions): Promise<UploadResult> {
  const { file, signal } = options;
  const chunkSize = options.chunkSize ?? 16 * 1024 * 1024;
  let url = remembered(options.resumeKey)?.url ?? null;
  let offset = url ? await offsetOf(url, signal) : null;
  if (url === null || offset === null) {
    url = await create(options);
    offset = 0;
    remember(options.resumeKey, { url });
  }
  const resumedFrom = offset;
  options.onProgress(offset, file.size);
  let headers = new Headers();
  let failures = 0;
  while (offset < file.size) {
    const start = offset;
    try {
      const done = await patch(
        url,
        file.slice(start, Math.min(start + chunkSize, file.size)),
        start,
        (n) => options.onProgress(start + n, file.size),
        signal,
      );
      offset = done.offset;
      headers = done.headers;
      failures = 0;
    } catch (e) {
      if (!retriable(e) || failures >= RETRY_DELAYS_MS.length) {
        if (e instanceof HttpFailure) throw await errorFrom(new Response(e.body, { status: e.status }));
        throw e;
      }
      await sleep(RETRY_DELAYS_MS[failures++] ?? 30000, signal);
      const known = await offsetOf(url, signal).catch(() => null);
      if (known !== null) offset = known;
    }
    options.onProgress(offset, file.size);
  }
  remember(options.resumeKey, null);
  return { url, headers, resumedFrom };
}
