/**
 * Virus scanning through clamd (Debian `clamav-daemon`) over its socket. A file is streamed with
 * `zINSTREAM`: chunks framed by a 4-byte big-endian length, ended by a zero length; clamd
 * answers "stream: OK", "stream: <signature> FOUND" or "<message> ERROR". Nothing is written to
 * disk and the file is never held in memory: each chunk waits until clamd has taken the last.
 * A file clamd could not scan completely (its size limits) is an error, never a clean result.
 */
import { ArchiveError } from '../../core/errors.ts';
import type { ScanResult, VirusScanner } from '../../ports/virus-scanner.ts';
import { describeAddress, type ClamdAddress } from './clamd-address.ts';
import { ClamdConnection, type ClamdTimeouts } from './clamd-connection.ts';

export interface ClamdScannerOptions extends Partial<ClamdTimeouts> {
  readonly address: ClamdAddress;
  /** Largest frame sent; default 64 KiB. Larger chunks from the source are split. */
  readonly frameBytes?: number;
}

const DEFAULTS = { connectTimeoutMs: 5_000, idleTimeoutMs: 60_000, frameBytes: 64 * 1024 };

export class ClamdScanner implements VirusScanner {
  private readonly timeouts: ClamdTimeouts;
  private readonly frameBytes: number;
  readonly where: string;

  constructor(private readonly options: ClamdScannerOptions) {
    this.timeouts = {
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      idleTimeoutMs: options.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs,
    };
    this.frameBytes = options.frameBytes ?? DEFAULTS.frameBytes;
    this.where = describeAddress(options.address);
  }

  /** "ClamAV 1.4.6/27000" (engine/database version), from `zVERSION`. */
  async describe(): Promise<string> {
    const reply = await this.command('zVERSION\0');
    if (!/^ClamAV /.test(reply)) throw this.unexpected(reply);
    return reply.split('/').slice(0, 2).join('/');
  }

  /** Resolves when clamd answers PONG: use it to check the configuration at start-up. */
  async ping(): Promise<void> {
    const reply = await this.command('zPING\0');
    if (reply !== 'PONG') throw this.unexpected(reply);
  }

  async scan(chunks: AsyncIterable<Uint8Array>): Promise<ScanResult> {
    const connection = await ClamdConnection.open(this.options.address, this.timeouts);
    try {
      await connection.write(Buffer.from('zINSTREAM\0', 'latin1'));
      let sent = 0;
      // Leaving the loop early (clamd answered already) closes the source through return().
      for await (const chunk of chunks) {
        if (connection.finished) break;
        for (let at = 0; at < chunk.length && !connection.finished; at += this.frameBytes) {
          const frame = chunk.subarray(at, at + this.frameBytes);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(frame.length);
          await connection.write(length);
          await connection.write(frame);
          sent += frame.length;
        }
      }
      await connection.write(Buffer.alloc(4));
      return this.interpret(await this.replyOrLimit(connection, sent));
    } finally {
      connection.destroy();
    }
  }

  /**
   * clamd refuses a stream over StreamMaxLength by answering and closing at once. When our next
   * write meets the closed socket first (EPIPE, ECONNRESET), the answer can be lost with it. If
   * clamd still answers PING, it closed this stream on purpose, which it does only at a size
   * limit: that is named as the limit, never as a clean file.
   */
  private async replyOrLimit(connection: ClamdConnection, sent: number): Promise<string> {
    try {
      return await connection.readReply();
    } catch (error) {
      const cut = connection.lost === 'EPIPE' || connection.lost === 'ECONNRESET';
      if (
        !cut ||
        !(await this.ping().then(
          () => true,
          () => false,
        ))
      )
        throw error;
      throw new ArchiveError('ARC_ERR_SCAN_LIMIT', [
        `clamd closed the stream after ${sent} bytes without an answer and is still running (StreamMaxLength)`,
      ]);
    }
  }

  private interpret(reply: string): ScanResult {
    if (reply === 'stream: OK') return { infected: false, signature: null };
    const found = reply.match(/^stream: (.+) FOUND$/);
    if (found) {
      const signature = found[1]!;
      // With AlertExceedsMax, clamd names the limit it hit instead of scanning the rest.
      if (signature.startsWith('Heuristics.Limits.Exceeded'))
        throw new ArchiveError('ARC_ERR_SCAN_LIMIT', [signature]);
      return { infected: true, signature };
    }
    if (/size limit exceeded/i.test(reply))
      throw new ArchiveError('ARC_ERR_SCAN_LIMIT', [`${reply} (clamd StreamMaxLength)`]);
    if (/ERROR$/.test(reply)) throw new ArchiveError('ARC_ERR_SCAN_FAILED', [`${this.where}: ${reply}`]);
    throw this.unexpected(reply);
  }

  private async command(text: string): Promise<string> {
    const connection = await ClamdConnection.open(this.options.address, this.timeouts);
    try {
      await connection.write(Buffer.from(text, 'latin1'));
      return await connection.readReply();
    } finally {
      connection.destroy();
    }
  }

  private unexpected(reply: string): ArchiveError {
    return new ArchiveError('ARC_ERR_SCAN_FAILED', [
      `unexpected reply from ${this.where}: ${JSON.stringify(reply.slice(0, 200))}`,
    ]);
  }
}
