/**
 * LOB digests as SIARD writes them: @digestType MD5, SHA-1 or SHA-256 (whitespace collapsed), and
 * the digest in hexadecimal of either case or, for the SHA variants, Base64 (metadata.xsd
 * messageDigestType documents both).
 */

/** SIARD digestType → node:crypto algorithm name. */
export const LOB_DIGEST_ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
};

export function lobDigestAlgorithm(digestType: string): string | null {
  return LOB_DIGEST_ALGORITHMS[digestType.trim().toUpperCase()] ?? null;
}

/** Whether a declared digest equals the computed one (lower-case hex). */
export function digestMatches(declared: string, actualHex: string): boolean {
  const d = declared.trim();
  if (/^[0-9a-fA-F]+$/.test(d)) return d.toLowerCase() === actualHex;
  return d === Buffer.from(actualHex, 'hex').toString('base64');
}

/** Counts the characters (code points) of UTF-8 bytes: every byte that does not continue one. */
export function countUtf8Chars(chunk: Uint8Array): number {
  let n = 0;
  for (const byte of chunk) if ((byte & 0xc0) !== 0x80) n++;
  return n;
}
