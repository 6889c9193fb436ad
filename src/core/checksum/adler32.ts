/** Adler-32 (RFC 1950), a METS CHECKSUMTYPE that node:crypto does not offer. Incremental. */
const MOD = 65521;
/** Largest n such that 255n(n+1)/2 + (n+1)(MOD-1) stays below 2^32: defer the modulo that long. */
const NMAX = 5552;

export class Adler32 {
  private a = 1;
  private b = 0;

  update(chunk: Uint8Array): this {
    let { a, b } = this;
    let i = 0;
    while (i < chunk.length) {
      const end = Math.min(i + NMAX, chunk.length);
      for (; i < end; i++) {
        a += chunk[i] as number;
        b += a;
      }
      a %= MOD;
      b %= MOD;
    }
    this.a = a;
    this.b = b;
    return this;
  }

  digestHex(): string {
    return (((this.b << 16) | this.a) >>> 0).toString(16).padStart(8, '0');
  }
}
