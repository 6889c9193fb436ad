/** Size and SHA-256 of a byte stream, read once: how a stored copy is compared with its record. */
import { createHash } from 'node:crypto';

export async function sizeAndSha256(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { size, sha256: hash.digest('hex') };
}
