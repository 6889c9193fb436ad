/**
 * Packages for the delivery-control tests: the valid example SIP, a broken copy of it (one
 * document changed after its checksum was recorded), and hostile archives whose names climb out of
 * the package (path traversal), as ZIP and as TAR.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { buildTar } from '../../adapters/package/support/raw-tar.ts';
import { buildZip } from '../../adapters/package/support/raw-zip.ts';

export const EXAMPLE_SIP = new URL('../../../examples/bygglov-sip.zip', import.meta.url).pathname;

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function entriesOf(zip: string): Promise<{ name: string; data: Buffer }[]> {
  const file = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zip, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  const out: { name: string; data: Buffer }[] = [];
  await new Promise<void>((resolve, reject) => {
    file.on('entry', (entry: yauzl.Entry) => {
      file.openReadStream(entry, (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          out.push({ name: entry.fileName, data: Buffer.concat(chunks) });
          file.readEntry();
        });
      });
    });
    file.on('end', () => resolve());
    file.on('error', reject);
    file.readEntry();
  });
  return out;
}

/** The example SIP with one document's bytes changed: its recorded SHA-256 no longer matches. */
export async function writeBrokenSip(dir: string): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const entry of await entriesOf(EXAMPLE_SIP)) {
    if (entry.name.endsWith('/')) zip.addEmptyDirectory(entry.name);
    else if (entry.name.endsWith('bn-2019-0412-beslut.txt'))
      zip.addBuffer(
        Buffer.concat([entry.data, Buffer.from('Ändrat efter att kontrollsumman räknades.\n')]),
        entry.name,
      );
    else zip.addBuffer(entry.data, entry.name);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const path = join(dir, 'bygglov-andrad.zip');
  writeFileSync(path, Buffer.concat(chunks));
  return path;
}

export const TRAVERSAL_TARGET = 'samarkiv-escaped.txt';

/** A ZIP with an entry named pkg/../../<TRAVERSAL_TARGET>. */
export function writeTraversalZip(dir: string): string {
  const path = join(dir, 'elak.zip');
  writeFileSync(
    path,
    buildZip([
      { name: 'pkg/METS.xml', data: Buffer.from('<mets/>') },
      { name: `pkg/../../${TRAVERSAL_TARGET}`, data: Buffer.from('escaped') },
    ]),
  );
  return path;
}

/** A TAR with an entry named pkg/../../<TRAVERSAL_TARGET> (TARs are unpacked into quarantine). */
export function writeTraversalTar(dir: string): string {
  const path = join(dir, 'elak.tar');
  writeFileSync(
    path,
    buildTar([
      { name: 'pkg/METS.xml', data: Buffer.from('<mets/>') },
      { name: `pkg/../../${TRAVERSAL_TARGET}`, data: Buffer.from('escaped') },
    ]),
  );
  return path;
}

export function read(path: string): Buffer {
  return readFileSync(path);
}
