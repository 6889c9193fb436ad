/**
 * Runs an inspection tool (qpdf, pdfinfo, java) as a child process: an argument array and never a
 * shell, so no file name can become a command; a hard timeout, because a hostile file may keep a
 * tool busy forever; and a cap on the output kept, because a damaged file may make a tool warn
 * for every object it has.
 */
import { spawn } from 'node:child_process';
import { ArchiveError } from '../../core/errors.ts';

export interface ToolRun {
  /** Exit code, null when the process was killed. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  /** Output beyond maxOutputBytes was dropped. */
  readonly truncated: boolean;
}

export interface ToolOptions {
  readonly timeoutMs: number;
  /** Bytes kept of stdout and of stderr each; default 1 MiB. */
  readonly maxOutputBytes?: number;
  /** Debian package that provides the command, named in ARC_ERR_INSPECT_TOOL_MISSING. */
  readonly debianPackage: string;
}

/** Runs `command args…` and resolves with its output; rejects only when the command is missing. */
export function runTool(command: string, args: readonly string[], options: ToolOptions): Promise<ToolRun> {
  const cap = options.maxOutputBytes ?? 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Tool messages are parsed in English.
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    });
    const out = new CappedText(cap);
    const err = new CappedText(cap);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => out.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.add(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT' || error.code === 'EACCES') {
        reject(
          new ArchiveError('ARC_ERR_INSPECT_TOOL_MISSING', [command, options.debianPackage], {
            cause: error,
          }),
        );
      } else {
        reject(error);
      }
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({
        exitCode,
        stdout: out.text(),
        stderr: err.text(),
        timedOut,
        truncated: out.truncated || err.truncated,
      });
    });
  });
}

class CappedText {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  truncated = false;

  constructor(private readonly cap: number) {}

  add(chunk: Buffer): void {
    const room = this.cap - this.length;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (kept !== chunk) this.truncated = true;
    this.chunks.push(kept);
    this.length += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

/** The first non-empty lines of a tool's message, for reports. */
export function firstLines(text: string, count = 3): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, count)
    .join('; ');
}
