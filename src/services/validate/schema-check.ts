/**
 * Schema validation of one XML document during the one read of it: streamed to the validator when
 * it can stream (nothing kept in memory), otherwise the bytes are kept and validated at the end.
 */
import type {
  XmlSchemaIssue,
  XmlSchemaStream,
  XmlSchemaValidator,
} from '../../ports/xml-schema-validator.ts';

/** Documents larger than this are not kept for whole-document validation (reported as not checked). */
const MAX_KEPT_BYTES = 256 * 1024 * 1024;

export class SchemaCheck {
  private stream: XmlSchemaStream | undefined;
  private started = false;
  private kept: Uint8Array[] | null = [];
  private keptBytes = 0;

  constructor(
    private readonly validator: XmlSchemaValidator,
    private readonly name: string,
  ) {}

  async write(chunk: Uint8Array): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.stream = this.validator.startStream?.(chunk);
      if (this.stream) this.kept = null;
    }
    if (this.stream) return this.stream.write(chunk);
    if (!this.kept) return;
    this.keptBytes += chunk.length;
    // A real copy: sources reuse their read buffers (Buffer#slice would only be a view).
    if (this.keptBytes <= MAX_KEPT_BYTES) this.kept.push(Uint8Array.prototype.slice.call(chunk));
    else this.kept = null;
  }

  /** The schema issues; null when nothing was checked (no schema for it, or too large to keep). */
  async finish(): Promise<readonly XmlSchemaIssue[] | null> {
    if (this.stream) return this.stream.end();
    if (!this.kept) return null;
    return this.validator.validate(Buffer.concat(this.kept), this.name);
  }
}
