/**
 * `COPY … TO STDOUT` through pg's custom-query interface (a Submittable), without pg-copy-streams:
 * the server streams one CopyData message per row and pg hands each over as bytes, so no row
 * object, field array or type parsing happens in the driver. Rows are copied into batches of
 * whole lines (about 1 MB); when two batches wait unread the socket is paused, so memory stays bounded
 * whatever the table's size. Stopping early leaves the connection mid-COPY: `abandoned` tells
 * the owner to end the connection instead of reusing it.
 */
import type pg from 'pg';

/** A batch is handed over once it holds this many bytes or rows. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_ROWS = 5000;
/** Batches waiting unread before the socket is paused. */
const MAX_WAITING = 2;

interface Connection {
  query(text: string): void;
  sendCopyFail(message: string): void;
  readonly stream: { pause(): void; resume(): void };
}

export class CopyOut implements pg.Submittable {
  abandoned = false;
  private batch: Buffer | null = null;
  private batchBytes = 0;
  private batchRows = 0;
  private readonly ready: Buffer[] = [];
  private failure: Error | null = null;
  private finished = false;
  private wake: (() => void) | null = null;
  private connection: Connection | null = null;
  private paused = false;

  constructor(private readonly text: string) {}

  submit(connection: pg.Connection): void {
    // pg's typings omit the protocol methods (query, sendCopyFail, stream) this relies on.
    this.connection = connection as unknown as Connection;
    this.connection.query(this.text);
  }

  handleCopyData(msg: { chunk: Buffer }): void {
    if (this.abandoned) return;
    // The chunk is a view of pg's receive buffer, reused for the next messages: copy it out now.
    const chunk = msg.chunk;
    if (this.batch && this.batchBytes + chunk.length > this.batch.length) this.handOver();
    this.batch ??= Buffer.allocUnsafe(Math.max(BATCH_BYTES, chunk.length));
    chunk.copy(this.batch, this.batchBytes);
    this.batchBytes += chunk.length;
    if (++this.batchRows >= BATCH_ROWS) this.handOver();
  }

  private handOver(): void {
    if (this.batch && this.batchBytes > 0) this.ready.push(this.batch.subarray(0, this.batchBytes));
    this.batch = null;
    this.batchBytes = 0;
    this.batchRows = 0;
    if (this.ready.length >= MAX_WAITING && !this.paused && this.connection) {
      this.paused = true;
      this.connection.stream.pause();
    }
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  handleCommandComplete(): void {
    this.handOver();
  }

  handleReadyForQuery(): void {
    this.handOver();
    this.finished = true;
    this.signal();
  }

  handleError(e: Error): void {
    this.failure = e;
    this.finished = true;
    this.signal();
  }

  handleCopyInResponse(connection: Connection): void {
    connection.sendCopyFail('samarkiv sends no COPY data');
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}

  /** Batches of whole lines of COPY text (UTF-8) until the COPY completes. */
  async *batches(): AsyncGenerator<Buffer> {
    let complete = false;
    try {
      for (;;) {
        const next = this.ready.shift();
        if (next) {
          if (this.paused && this.ready.length < MAX_WAITING) {
            this.paused = false;
            this.connection?.stream.resume();
          }
          yield next;
          continue;
        }
        if (this.failure) throw this.failure;
        if (this.finished) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      complete = true;
    } finally {
      if (!complete && !this.finished) {
        this.abandoned = true;
        if (this.paused) this.connection?.stream.resume();
      }
    }
  }
}
