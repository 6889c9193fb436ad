/**
 * One connection to clamd for one command. clamd answers a `z`-command with one NUL-terminated
 * reply and may send it early (an INSTREAM over its size limit is refused mid-stream, then the
 * connection is closed), so the reply is collected from the moment the socket opens and writers
 * can see that clamd has finished. Writes wait for 'drain': clamd's reading speed paces the sender.
 */
import { createConnection, type Socket } from 'node:net';
import { ArchiveError } from '../../core/errors.ts';
import { describeAddress, type ClamdAddress } from './clamd-address.ts';

export interface ClamdTimeouts {
  /** Time allowed to connect. */
  readonly connectTimeoutMs: number;
  /** Time clamd may stay silent (neither reading nor answering) before the scan is given up. */
  readonly idleTimeoutMs: number;
}

/** A reply longer than this is not from clamd. */
const MAX_REPLY_BYTES = 64 * 1024;

export class ClamdConnection {
  private readonly chunks: Buffer[] = [];
  private replyLength = 0;
  private settled = false;
  private readonly replyPromise: Promise<string>;
  private resolveReply!: (reply: string) => void;
  private rejectReply!: (error: ArchiveError) => void;
  private lostCause: string | null = null;

  private constructor(
    private readonly socket: Socket,
    private readonly where: string,
    idleTimeoutMs: number,
  ) {
    this.replyPromise = new Promise<string>((resolve, reject) => {
      this.resolveReply = resolve;
      this.rejectReply = reject;
    });
    this.replyPromise.catch(() => {}); // observed by readReply(); never an unhandled rejection
    socket.setTimeout(idleTimeoutMs);
    socket.on('timeout', () => this.fail(new ArchiveError('ARC_ERR_SCAN_TIMEOUT', [where, idleTimeoutMs])));
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (this.lostCause ??= error.code ?? error.message));
    socket.on('close', () => this.closed());
  }

  static open(address: ClamdAddress, timeouts: ClamdTimeouts): Promise<ClamdConnection> {
    const where = describeAddress(address);
    return new Promise((resolve, reject) => {
      const socket =
        'socketPath' in address
          ? createConnection(address.socketPath)
          : createConnection(address.port, address.host);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new ArchiveError('ARC_ERR_SCAN_UNAVAILABLE', [
            where,
            `no connection within ${timeouts.connectTimeoutMs} ms`,
          ]),
        );
      }, timeouts.connectTimeoutMs);
      const refused = (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          new ArchiveError('ARC_ERR_SCAN_UNAVAILABLE', [where, error.code ?? error.message], {
            cause: error,
          }),
        );
      };
      socket.once('error', refused);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', refused);
        resolve(new ClamdConnection(socket, where, timeouts.idleTimeoutMs));
      });
    });
  }

  /** Why the socket failed (an errno code such as EPIPE), or null. */
  get lost(): string | null {
    return this.lostCause;
  }

  /** clamd has answered or the connection is gone: further writes are pointless. */
  get finished(): boolean {
    return this.settled || this.socket.destroyed;
  }

  /** Writes and waits while the socket's buffer is full. */
  async write(data: Uint8Array): Promise<void> {
    if (this.finished) return;
    if (this.socket.write(data)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.socket.off('drain', done);
        this.socket.off('close', done);
        resolve();
      };
      this.socket.on('drain', done);
      this.socket.on('close', done);
    });
  }

  /** clamd's reply without its NUL terminator. */
  async readReply(): Promise<string> {
    try {
      return await this.replyPromise;
    } finally {
      this.socket.destroy();
    }
  }

  destroy(): void {
    this.socket.destroy();
    this.fail(new ArchiveError('ARC_ERR_SCAN_FAILED', [`connection to ${this.where} closed by samarkiv`]));
  }

  private receive(chunk: Buffer): void {
    if (this.settled) return;
    const end = chunk.indexOf(0);
    const part = end >= 0 ? chunk.subarray(0, end) : chunk;
    this.chunks.push(part);
    this.replyLength += part.length;
    if (end >= 0) this.succeed();
    else if (this.replyLength > MAX_REPLY_BYTES) {
      this.fail(
        new ArchiveError('ARC_ERR_SCAN_FAILED', [
          `reply from ${this.where} longer than ${MAX_REPLY_BYTES} bytes`,
        ]),
      );
    }
  }

  private closed(): void {
    // Some errors are sent without a terminator just before clamd closes the connection.
    if (this.replyLength > 0) return this.succeed();
    const why = this.lostCause
      ? `connection lost (${this.lostCause})`
      : 'clamd closed the connection without answering';
    this.fail(new ArchiveError('ARC_ERR_SCAN_FAILED', [`${this.where}: ${why}`]));
  }

  private succeed(): void {
    if (this.settled) return;
    this.settled = true;
    this.resolveReply(Buffer.concat(this.chunks).toString('utf8').trim());
  }

  private fail(error: ArchiveError): void {
    if (this.settled) return;
    this.settled = true;
    this.socket.destroy();
    this.rejectReply(error);
  }
}
