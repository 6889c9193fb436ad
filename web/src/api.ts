/**
 * The UI's only way to the server: JSON over the REST API (OpenAPI at /openapi.json). A session
 * cookie identifies the user; every change carries the session's CSRF token in x-csrf-token.
 */
import type { Lang } from './i18n.tsx';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageSv: string,
  ) {
    super(message);
  }

  text(lang: Lang): string {
    return lang === 'sv' ? this.messageSv : this.message;
  }
}

let csrfToken = '';

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Turns a failed response into an ApiError, keeping the server's coded message in both languages. */
export async function errorFrom(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; message_sv?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON (a proxy's error page): fall back to the status line.
  }
  const message = body.message ?? `${res.status} ${res.statusText}`;
  return new ApiError(res.status, body.code ?? 'ARC_ERR_HTTP', message, body.message_sv ?? message);
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeader());
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw await errorFrom(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

type OpenApiDoc = { paths?: Record<string, Record<string, unknown>> };
let routes: Promise<Set<string>> | null = null;

/**
 * Whether the server offers a route ("GET /api/aips/{id}"), read from its OpenAPI document. Pages
 * whose API is absent (a feature not installed) say so instead of failing.
 */
export async function hasRoute(method: string, template: string): Promise<boolean> {
  routes ??= fetch('/openapi.json')
    .then((r): Promise<OpenApiDoc> | OpenApiDoc => (r.ok ? (r.json() as Promise<OpenApiDoc>) : {}))
    .then((doc) => {
      const set = new Set<string>();
      for (const [path, ops] of Object.entries(doc.paths ?? {}))
        for (const m of Object.keys(ops)) set.add(`${m.toUpperCase()} ${path}`);
      return set;
    })
    .catch(() => new Set<string>());
  return (await routes).has(`${method.toUpperCase()} ${template}`);
}
