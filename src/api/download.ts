/** Response headers for a file the browser saves rather than shows. */
import type { FastifyReply } from 'fastify';

/**
 * Sets the content type and a content-disposition naming the file. The name is given twice, as
 * plain ASCII and RFC 5987-encoded, so that Swedish letters survive in every browser.
 */
export function asDownload(
  reply: FastifyReply,
  contentType: string,
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): FastifyReply {
  const ascii = filename
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '_');
  return reply
    .header('content-type', contentType)
    .header(
      'content-disposition',
      `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
}
