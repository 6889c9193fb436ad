/**
 * The algorithm name behind each METS CHECKSUMTYPE samarkiv can compute: OpenSSL digest names
 * (node:crypto) for the cryptographic ones, and the two non-OpenSSL sums by name. Shared by the
 * in-process digester and the folder reader's worker threads so both compute the same thing.
 */
import type { ChecksumType } from '../validation/package-context.ts';

export const OPENSSL_DIGESTS: Partial<Record<ChecksumType, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  WHIRLPOOL: 'whirlpool',
};

/** The worker's name for a type: an OpenSSL digest name, 'crc32' or 'adler32'; undefined when none. */
export function digestAlgorithm(type: ChecksumType): string | undefined {
  if (type === 'CRC32') return 'crc32';
  if (type === 'Adler-32') return 'adler32';
  return OPENSSL_DIGESTS[type];
}
