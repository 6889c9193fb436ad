/**
 * Encryption and structure of a PDF from qpdf (Debian `qpdf`). One `qpdf --check` answers both
 * for most files: it prints the encryption parameters (or "File is not encrypted") before it
 * checks every object and stream. Only a file that needs a password to open stops it; then
 * `qpdf --show-encryption`, which works without the password, gives the details.
 * qpdf's exit codes: 0 = no problems, 3 = warnings (damage it worked around), 2 = errors.
 */
import { firstLines, runTool, type ToolRun } from './run-tool.ts';

export interface QpdfFindings {
  readonly encrypted: boolean;
  /** Encryption in words, e.g. "R = 6, AESv3; a password is needed to open it"; null if none. */
  readonly encryptionDetail: string | null;
  /** The file needs a user password: nothing else can be read from it. */
  readonly passwordRequired: boolean;
  /** 'ok', 'warnings' (qpdf repaired damage) or 'errors' (qpdf could not read all of it). */
  readonly structure: 'ok' | 'warnings' | 'errors';
  /** qpdf's warnings and errors, first lines only. */
  readonly messages: readonly string[];
  /** Set when qpdf did not finish. */
  readonly timedOut: boolean;
}

const MAX_MESSAGES = 10;

export async function qpdfCheck(qpdf: string, file: string, timeoutMs: number): Promise<QpdfFindings> {
  const options = { timeoutMs, debianPackage: 'qpdf', maxOutputBytes: 256 * 1024 };
  const check = await runTool(qpdf, ['--check', file], options);
  if (check.timedOut) {
    return {
      ...none,
      structure: 'errors',
      timedOut: true,
      messages: [`qpdf did not finish within ${timeoutMs} ms`],
    };
  }
  if (/invalid password/i.test(check.stderr)) {
    const show = await runTool(qpdf, ['--show-encryption', file], options);
    const detail = describeEncryption(show.stdout) ?? 'parameters unknown';
    return {
      encrypted: true,
      encryptionDetail: `PDF encryption (${detail}); a password is needed to open it`,
      passwordRequired: true,
      structure: 'ok',
      messages: [],
      timedOut: show.timedOut,
    };
  }
  const detail = /File is not encrypted/.test(check.stdout) ? null : describeEncryption(check.stdout);
  return {
    encrypted: detail !== null,
    encryptionDetail:
      detail === null
        ? null
        : `PDF encryption (${detail}) with an owner password: it opens without a password, but the owner password restricts its use`,
    passwordRequired: false,
    structure: check.exitCode === 0 ? 'ok' : check.exitCode === 3 ? 'warnings' : 'errors',
    messages: problems(check, file),
    timedOut: false,
  };
}

const none = { encrypted: false, encryptionDetail: null, passwordRequired: false } as const;

/** "R = 4", "P = -4" and "stream encryption method: AESv2" → "R = 4, P = -4, AESv2". */
function describeEncryption(out: string): string | null {
  const revision = out.match(/^R = (\d+)$/m)?.[1];
  if (revision === undefined) return null;
  const permissions = out.match(/^P = (-?\d+)$/m)?.[1];
  const method = out.match(/^stream encryption method: (\S+)$/m)?.[1];
  return [`R = ${revision}`, permissions === undefined ? null : `P = ${permissions}`, method ?? null]
    .filter((part) => part !== null)
    .join(', ');
}

/** qpdf's WARNING lines and its final error line, with the file name taken out. */
function problems(run: ToolRun, file: string): string[] {
  const lines = run.stderr
    .split(/\r?\n/)
    .map((line) => line.split(`${file}: `).join('').trim())
    .filter((line) => line.length > 0);
  if (run.exitCode !== 0 && lines.length === 0) {
    const fromStdout = firstLines(run.stdout.replace(/^checking .*$/m, ''));
    if (fromStdout) lines.push(fromStdout);
  }
  const kept = lines.slice(0, MAX_MESSAGES);
  if (lines.length > MAX_MESSAGES) kept.push(`… and ${lines.length - MAX_MESSAGES} more`);
  if (run.truncated) kept.push('(qpdf output truncated)');
  return kept;
}
