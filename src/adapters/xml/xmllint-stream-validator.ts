/**
 * Streaming XSD validation of METS documents with Debian's xmllint (libxml2-utils): the METS bytes
 * are piped to `xmllint --stream --schema` as they are read, so a 100,000-file METS is validated
 * without a DOM, in bounded memory and on the second core (docs/adr/0002).
 *
 * libxml2's streaming validation does not track xs:ID uniqueness or IDREF targets; SAMARKIV-REF-2
 * and the CSIP ID rules check those on every METS, so nothing is lost. Remote schemaLocations are
 * mapped to the shipped files by an XML catalog, and --nonet forbids any download.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { XmlSchemaIssue } from '../../ports/xml-schema-validator.ts';
import {
  driverSchema,
  REMOTE_SCHEMA_LOCATIONS,
  SCHEMA_DIR,
  SCHEMA_SETS,
  schemaSetForNamespace,
  type SchemaSetId,
} from './schema-catalog.ts';

export interface SchemaStream {
  write(chunk: Uint8Array): Promise<void>;
  /** The schema errors (empty = valid). */
  end(): Promise<readonly XmlSchemaIssue[]>;
}

let setup: { dir: string; catalog: string } | null = null;
const drivers = new Map<SchemaSetId, string>();

/** The driver schema of a set, written once per process (drivers and catalog hold absolute paths). */
function driverFor(id: SchemaSetId): { driver: string; catalog: string } {
  const { dir, catalog } = catalogFile();
  let driver = drivers.get(id);
  if (!driver) {
    driver = join(dir, `${id}-driver.xsd`);
    writeFileSync(driver, driverSchema(SCHEMA_SETS[id]));
    drivers.set(id, driver);
  }
  return { driver, catalog };
}

function catalogFile(): { dir: string; catalog: string } {
  if (setup) return setup;
  const dir = mkdtempSync(join(tmpdir(), 'samarkiv-xsd-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const uris = Object.entries(REMOTE_SCHEMA_LOCATIONS)
    .map(([remote, file]) => `  <uri name="${remote}" uri="${pathToFileURL(join(SCHEMA_DIR, file)).href}"/>`)
    .join('\n');
  const catalog = join(dir, 'catalog.xml');
  writeFileSync(
    catalog,
    `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n${uris}\n</catalog>\n`,
  );
  setup = { dir, catalog };
  return setup;
}

let available: boolean | null = null;

/** Whether xmllint is installed; without it the caller falls back to libxml2-wasm. */
export function xmllintAvailable(): boolean {
  available ??= spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
  return available;
}

/** `-:12: Schemas validity error : Element '…': …` → { line: 12, message } (`-` = stdin, else the file). */
function parseIssues(stderr: string, source = '-'): XmlSchemaIssue[] {
  const out: XmlSchemaIssue[] = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith(`${source}:`)) continue;
    const m = /^(\d+): (?:element [^:]+: )?Schemas validity error : (.*)$/.exec(
      line.slice(source.length + 1),
    );
    if (m) out.push({ line: Number(m[1]), message: (m[2] as string).trim() });
  }
  return out;
}

/**
 * The schema set a document's root element selects, from its first bytes: the root's namespace
 * (default or prefixed). Null when the root is not in a namespace samarkiv ships schemas for.
 */
export function schemaSetOf(bytes: Uint8Array): SchemaSetId | null {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 8192));
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(
    head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  );
  if (!root) return null;
  const prefix = root[1] ? root[1].slice(0, -1) : null;
  const attr = prefix ? `xmlns:${prefix}` : 'xmlns';
  const start = head.indexOf(root[0]);
  const tagEnd = head.indexOf('>', start);
  const tag = head.slice(start, tagEnd < 0 ? undefined : tagEnd);
  const ns = new RegExp(`\\s${attr.replace(':', '\\:')}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
  return ns ? (schemaSetForNamespace(ns) ?? null) : null;
}

/** Validates a whole document held in memory through xmllint (no wasm heap growth). */
export async function validateWithXmllint(
  bytes: Uint8Array,
  id: SchemaSetId,
): Promise<readonly XmlSchemaIssue[]> {
  const stream = startSchemaStream(id);
  await stream.write(bytes);
  return stream.end();
}

/**
 * Validates a file that xmllint reads itself: nothing passes through this process, so a caller
 * parsing the same file is not held to xmllint's pace (the ERMS file of `sip create --erms`).
 */
export function validateFileWithXmllint(path: string, id: SchemaSetId): Promise<readonly XmlSchemaIssue[]> {
  const stream = startSchemaStream(id, path);
  return stream.end();
}

export function startSchemaStream(id: SchemaSetId, file?: string): SchemaStream {
  const { driver, catalog } = driverFor(id);
  const source = file ?? '-';
  const child = spawn('xmllint', ['--noout', '--nonet', '--stream', '--schema', driver, source], {
    env: { ...process.env, XML_CATALOG_FILES: catalog },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    // Keep the first megabyte: enough for thousands of messages, bounded for a hostile document.
    if (stderr.length < 1024 * 1024) stderr += d;
  });
  // A closed pipe (xmllint stopped early) must not crash the process; end() reports what it said.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    async write(chunk) {
      if (child.stdin.destroyed) return;
      // No copy: this settles once the pipe has taken every byte (or xmllint is gone), and callers
      // reuse the chunk only after that. Copying the 215 MB of METS and PREMIS of a 100,000-file
      // package cost more than the pipe itself (measured); the copy bought no overlap either,
      // since every 1 MiB chunk overran the pipe's high-water mark and waited for 'drain' anyway.
      const taken = new Promise<void>((resolve) => child.stdin.write(chunk, () => resolve()));
      await Promise.race([taken, exited]);
    },
    async end() {
      child.stdin.end();
      const code = await exited;
      const issues = parseIssues(stderr, source);
      if (code !== 0 && issues.length === 0) {
        // Not a validity error (e.g. not well-formed): the streaming parser reports those itself.
        const first = stderr.split('\n').find((l) => l.includes('error')) ?? `xmllint exited with ${code}`;
        return [
          { message: first.startsWith(`${source}:`) ? `line ${first.slice(source.length + 1)}` : first },
        ];
      }
      return issues;
    },
  };
}
