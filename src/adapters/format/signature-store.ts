/**
 * The shipped PRONOM signature files (data/pronom/): current.json names the DROID signature file
 * and the container signature file in use; `formats update` swaps one of them atomically. Files
 * are parsed by streaming them through the core parsers (DTDs refused).
 */
import { createReadStream } from 'node:fs';
import { copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArchiveError, isArchiveError } from '../../core/errors.ts';
import { createContainerSignatureParser } from '../../core/formats/pronom/container-signature-parser.ts';
import { createDroidSignatureParser } from '../../core/formats/pronom/droid-signature-parser.ts';
import type { ContainerSignatureFile, SignatureFile } from '../../core/formats/pronom/signature-model.ts';

export const DEFAULT_PRONOM_DIR = fileURLToPath(new URL('../../../data/pronom/', import.meta.url));

export interface CurrentSignatureFiles {
  readonly signatureFile: string;
  readonly containerSignatureFile: string;
}

export async function readCurrent(dir: string): Promise<CurrentSignatureFiles> {
  const path = join(dir, 'current.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [
      `${path}: ${e instanceof Error ? e.message : String(e)}`,
    ]);
  }
  const c = parsed as Partial<CurrentSignatureFiles> | null;
  if (typeof c?.signatureFile !== 'string' || typeof c.containerSignatureFile !== 'string') {
    throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [
      `${path}: needs signatureFile and containerSignatureFile`,
    ]);
  }
  // Only names inside the folder: current.json never points elsewhere.
  return {
    signatureFile: basename(c.signatureFile),
    containerSignatureFile: basename(c.containerSignatureFile),
  };
}

/** Writes current.json through a temporary file and a rename, so a reader never sees half of it. */
export async function writeCurrent(dir: string, current: CurrentSignatureFiles): Promise<void> {
  const path = join(dir, 'current.json');
  const temp = join(dir, `.current.json.${process.pid}.tmp`);
  await writeFile(temp, `${JSON.stringify(current, null, 2)}\n`);
  await rename(temp, path);
}

async function parseFile<T>(path: string, parser: { write(c: Uint8Array): void; end(): T }): Promise<T> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }))
      parser.write(chunk as Buffer);
    return parser.end();
  } catch (e) {
    if (isArchiveError(e)) throw e;
    throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [
      `${path}: ${e instanceof Error ? e.message : String(e)}`,
    ]);
  }
}

export function parseSignatureFile(path: string): Promise<SignatureFile> {
  return parseFile(path, createDroidSignatureParser(path));
}

export function parseContainerSignatureFile(path: string): Promise<ContainerSignatureFile> {
  return parseFile(path, createContainerSignatureParser(path));
}

/** The container file's version: the date in its name (container-signature-20240501.xml), as DROID shows it. */
export function containerVersionOf(fileName: string, parsed: ContainerSignatureFile): string {
  return /(\d{8})/.exec(fileName)?.[1] ?? parsed.signatureVersion;
}

export type SignatureKind = 'signature' | 'container';

/** Which kind of signature file this is, by its root element (null: neither). */
export async function sniffSignatureKind(path: string): Promise<SignatureKind | null> {
  const handle = createReadStream(path, { start: 0, end: 4095 });
  let text = '';
  for await (const chunk of handle) text += (chunk as Buffer).toString('latin1');
  // The first element that is not a declaration, comment or processing instruction.
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(
    text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  )?.[2];
  if (root === 'FFSignatureFile') return 'signature';
  if (root === 'ContainerSignatureMapping') return 'container';
  return null;
}

/** Copies a validated file into the folder under its own name (through a temporary name). */
export async function installSignatureFile(dir: string, source: string): Promise<string> {
  const name = basename(source);
  const temp = join(dir, `.${name}.${process.pid}.tmp`);
  await copyFile(source, temp);
  await rename(temp, join(dir, name));
  return name;
}
