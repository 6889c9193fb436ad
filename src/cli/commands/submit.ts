/**
 * `samarkiv submit <package> --project <id> --server <url> --token <api token>`: uploads a package
 * to the archive service with tus (resumable: an interrupted upload continues from the offset the
 * server reports), sending the package's SHA-256 so that the server checks it on arrival.
 * With --wait, polls until delivery control is done and prints the verdict.
 * Exit codes as `validate`: 0 = received (and, with --wait, no errors), 1 = the package has
 * errors or was refused, 2 = it could not be submitted or checked.
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createTusClient, UploadRefused } from '../../adapters/upload/tus-client.ts';
import { ERRORS, archiveError, type ErrorCode, type Lang } from '../../core/errors.ts';
import { sha256OfFile } from '../../services/server/submissions-upload.ts';
import { createProgress } from '../progress.ts';

export interface SubmitOptions {
  readonly project: string;
  readonly server?: string;
  readonly token?: string;
  readonly wait?: boolean;
  readonly format?: string;
  readonly lang?: string;
  /** Continue an earlier upload (its URL, as printed when it started). */
  readonly uploadUrl?: string;
  /** MiB per request. */
  readonly chunkSize?: string;
  /** Seconds between polls with --wait. */
  readonly pollInterval?: string;
  /** Seconds to wait for control with --wait. */
  readonly timeout?: string;
}

export interface SubmitIo {
  readonly fetch?: typeof fetch;
  readonly stdout?: (s: string) => void;
  readonly stderr?: (s: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface SubmissionState {
  readonly id: string;
  readonly version: number;
  readonly state: string;
  readonly errorCount: number | null;
  readonly warningCount: number | null;
  readonly failure: { code: string; message: string; message_sv: string } | null;
  readonly checkpoints?: { open: number; deviation: number; remaining: { key: string }[] };
}

const TEXT = {
  sv: {
    hashing: 'Beräknar SHA-256',
    uploading: 'Laddar upp',
    resume: 'Fortsätter uppladdningen',
    retry: 'Avbrott, fortsätter från byte',
    received: (id: string, v: number) => `Leveransversion ${id} (version ${v}) mottagen`,
    waiting: 'Väntar på leveranskontrollen …',
    verdict: (s: SubmissionState) =>
      `Leveranskontroll klar: ${s.errorCount ?? 0} fel, ${s.warningCount ?? 0} varningar; ` +
      `${s.checkpoints?.open ?? 0} kontrollpunkter öppna, ${s.checkpoints?.deviation ?? 0} med avvikelse`,
    timeout: 'Leveranskontrollen blev inte klar i tid',
  },
  en: {
    hashing: 'Computing SHA-256',
    uploading: 'Uploading',
    resume: 'Continuing the upload',
    retry: 'Interrupted, continuing from byte',
    received: (id: string, v: number) => `Submission ${id} (version ${v}) received`,
    waiting: 'Waiting for delivery control …',
    verdict: (s: SubmissionState) =>
      `Delivery control done: ${s.errorCount ?? 0} errors, ${s.warningCount ?? 0} warnings; ` +
      `${s.checkpoints?.open ?? 0} checkpoints open, ${s.checkpoints?.deviation ?? 0} in deviation`,
    timeout: 'Delivery control did not finish in time',
  },
} as const;

function exitCodeOfCode(code: string | null): number {
  return code && code in ERRORS ? ERRORS[code as ErrorCode].exitCode : 2;
}

function options(pkg: string, opts: SubmitOptions): { server: string; token: string } {
  const server = opts.server ?? process.env.SAMARKIV_SERVER;
  const token = opts.token ?? process.env.SAMARKIV_TOKEN;
  if (!server) throw archiveError('ARC_ERR_USAGE', '--server <url> (or SAMARKIV_SERVER) is required');
  if (!token) throw archiveError('ARC_ERR_USAGE', '--token <api token> (or SAMARKIV_TOKEN) is required');
  if (!opts.project) throw archiveError('ARC_ERR_USAGE', `--project is required for ${pkg}`);
  return { server: server.replace(/\/+$/, ''), token };
}

export async function submitCommand(pkg: string, opts: SubmitOptions, io: SubmitIo = {}): Promise<number> {
  const lang: Lang = opts.lang === 'en' ? 'en' : 'sv';
  const T = TEXT[lang];
  const out = io.stdout ?? ((s: string) => process.stdout.write(s));
  const err = io.stderr ?? ((s: string) => process.stderr.write(s));
  const json = opts.format === 'json';
  const { server, token } = options(pkg, opts);
  const info = await stat(pkg).catch(() => null);
  if (!info) throw archiveError('ARC_ERR_INPUT_NOT_FOUND', pkg);
  if (!info.isFile()) throw archiveError('ARC_ERR_INPUT_UNSUPPORTED', `${pkg} (submit a ZIP or TAR file)`);
  const headers = { authorization: `Bearer ${token}` };
  const progress = createProgress(T.uploading);
  const client = createTusClient({
    endpoint: `${server}/api/uploads`,
    headers,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.sleep ? { sleep: io.sleep } : {}),
    ...(opts.chunkSize
      ? { chunkSize: Math.max(64 * 1024, Math.round(Number(opts.chunkSize) * 1024 * 1024)) }
      : {}),
    onProgress: (sent, total) => progress.update(sent, total),
    onRetry: (offset, reason) => err(`${T.retry} ${offset}: ${reason}\n`),
  });
  let submission: SubmissionState;
  try {
    err(`${T.hashing} ${pkg}\n`);
    const { sha256 } = await sha256OfFile(pkg);
    const url =
      opts.uploadUrl ??
      (await client.create(info.size, { projectId: opts.project, filename: basename(pkg), sha256 }));
    err(`${opts.uploadUrl ? T.resume : T.uploading}: ${url}\n`);
    const done = await client.send(url, pkg, info.size);
    progress.stop();
    const id = done.get('samarkiv-submission-id') ?? new URL(url).pathname.split('/').pop() ?? '';
    submission = await fetchSubmission(io.fetch ?? fetch, server, headers, id);
  } catch (e) {
    progress.stop();
    if (!(e instanceof UploadRefused)) throw e;
    report(json, out, err, { error: { code: e.code ?? 'ARC_ERR_SUBMIT_SERVER', message: e.message } });
    return exitCodeOfCode(e.code);
  }
  if (!json) out(`${T.received(submission.id, submission.version)}\n`);
  if (!opts.wait) {
    if (json) out(`${JSON.stringify(submission, null, 2)}\n`);
    return 0;
  }
  err(`${T.waiting}\n`);
  const final = await waitForControl(io, server, headers, submission.id, opts);
  if (!final) {
    report(json, out, err, { error: { code: 'ARC_ERR_SUBMIT_SERVER', message: T.timeout } });
    return 2;
  }
  if (json) out(`${JSON.stringify(final, null, 2)}\n`);
  else if (final.failure)
    out(`${final.failure.code}: ${lang === 'sv' ? final.failure.message_sv : final.failure.message}\n`);
  else out(`${T.verdict(final)}\n`);
  if (final.failure) return exitCodeOfCode(final.failure.code);
  return (final.errorCount ?? 0) > 0 ? 1 : 0;
}

function report(
  json: boolean,
  out: (s: string) => void,
  err: (s: string) => void,
  body: { error: { code: string; message: string } },
): void {
  if (json) out(`${JSON.stringify(body, null, 2)}\n`);
  else err(`${body.error.code}: ${body.error.message}\n`);
}

async function fetchSubmission(
  doFetch: typeof fetch,
  server: string,
  headers: Record<string, string>,
  id: string,
): Promise<SubmissionState> {
  const res = await doFetch(`${server}/api/submissions/${encodeURIComponent(id)}`, { headers });
  if (res.status !== 200)
    throw new UploadRefused(res.status, null, `GET submission ${id}: HTTP ${res.status}`);
  return (await res.json()) as SubmissionState;
}

async function waitForControl(
  io: SubmitIo,
  server: string,
  headers: Record<string, string>,
  id: string,
  opts: SubmitOptions,
): Promise<SubmissionState | null> {
  const sleep = io.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const interval = Number(opts.pollInterval ?? 2) * 1000;
  const deadline = Date.now() + Number(opts.timeout ?? 3600) * 1000;
  for (;;) {
    const s = await fetchSubmission(io.fetch ?? fetch, server, headers, id);
    if (s.state !== 'received') return s;
    if (Date.now() > deadline) return null;
    await sleep(interval);
  }
}
