/** A virus scanner (clamd over its socket in production). */
export interface ScanResult {
  readonly infected: boolean;
  /** Signature name when infected, e.g. "Eicar-Test-Signature". */
  readonly signature: string | null;
}

export interface VirusScanner {
  /** Name and version shown in reports, e.g. "ClamAV 1.0.7/27000". */
  describe(): Promise<string>;
  scan(chunks: AsyncIterable<Uint8Array>): Promise<ScanResult>;
}
