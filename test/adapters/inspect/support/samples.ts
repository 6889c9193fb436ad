/**
 * Sample files made with Debian tools for the inspector tests: encrypted PDFs from `qpdf
 * --encrypt`, password-protected ZIPs from `zip -P`. A missing tool fails the test with the
 * package to install, never skips it.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import yazl from 'yazl';
import { tempDir } from '../../package/support/fixtures.ts';

/** Debian packages the inspector tests need (CI installs them in .ci/run). */
export const INSPECT_PACKAGES =
  'qpdf poppler-utils zip default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java';

function run(command: string, args: string[], cwd?: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT')
      throw new Error(`${command} is not installed: apt-get install ${INSPECT_PACKAGES}`);
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr?.toString() ?? e.message}`);
  }
}

/** Writes `pdf`, encrypts it with qpdf (AES-256) and returns the encrypted file's path. */
export async function encryptedPdf(t: TestContext, pdf: Buffer, userPassword: string): Promise<string> {
  const dir = await tempDir(t);
  const plain = join(dir, 'plain.pdf');
  const encrypted = join(dir, 'encrypted.pdf');
  await writeFile(plain, pdf);
  run('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', plain, encrypted]);
  return encrypted;
}

/** A ZIP made by Info-ZIP's `zip` with `-P password` (traditional ZipCrypto) for some of its files. */
export async function zipWithPassword(t: TestContext): Promise<string> {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'open.txt'), 'readable');
  await writeFile(join(dir, 'secret.txt'), 'not readable without the password');
  const out = join(dir, 'mixed.zip');
  run('zip', ['-q', out, 'open.txt'], dir);
  run('zip', ['-q', '-P', 'password', out, 'secret.txt'], dir);
  return out;
}

/** An OpenDocument text; with `encrypted`, its manifest declares encryption-data for content.xml. */
export async function odfDocument(t: TestContext, encrypted: boolean): Promise<string> {
  const encryption = encrypted
    ? `<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">` +
      `<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>` +
      `<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>` +
      `</manifest:encryption-data>`
    : '';
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">` +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>` +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry>` +
    `</manifest:manifest>`;
  const out = join(await tempDir(t), encrypted ? 'encrypted.odt' : 'plain.odt');
  await writeZip(out, [
    ['mimetype', Buffer.from('application/vnd.oasis.opendocument.text'), false],
    ['content.xml', Buffer.from('<office:document-content/>'), true],
    ['META-INF/manifest.xml', Buffer.from(manifest), true],
  ]);
  return out;
}

/** A ZIP written by yazl: [name, bytes, compress]. */
export function writeZip(file: string, entries: readonly [string, Buffer, boolean][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, data, compress] of entries) zip.addBuffer(data, name, { compress });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => writeFile(file, Buffer.concat(chunks)).then(resolve, reject));
    zip.outputStream.on('error', reject);
  });
}
