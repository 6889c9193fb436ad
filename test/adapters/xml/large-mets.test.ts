/**
 * A 100,000-file METS (about 31 MB) validates in a fresh process with peak RSS well under 512 MB,
 * and an error on its last file is reported on its real line (libxml2 itself caps lines at 65,535).
 *
 * The child loads libxml2-wasm before registering tsx, as bin/samarkiv.js should: tsx rewrites
 * the dynamic import in libxml2-wasm's 1 MB wasm glue file and builds a source map for it, which
 * costs about 160 MB RSS that has nothing to do with validation.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, it } from 'node:test';
import { eArkMets, metsFile } from './fixtures.ts';

const FILES = 100_000;
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'samarkiv-large-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = `
await import('libxml2-wasm');
const { register } = await import('tsx/esm/api');
register();
const { validateXml } = await import('./src/adapters/xml/xsd-validator.ts');
const start = performance.now();
const errors = await validateXml(process.argv[1]);
const ms = Math.round(performance.now() - start);
console.log(JSON.stringify({ errors, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
`;

/** Writes the METS line by line; returns its path and the line of the broken file. */
function writeLargeMets(): { path: string; brokenLine: number } {
  const marker = 'SIZE="many"';
  function* files(): Generator<string> {
    for (let n = 1; n <= FILES; n++)
      yield n === FILES ? metsFile(n).replace(/SIZE="\d+"/, marker) : metsFile(n);
  }
  const lines = eArkMets({ files: files() }).split('\n');
  const path = join(dir, 'METS.xml');
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < lines.length; i += 10_000)
      writeSync(fd, lines.slice(i, i + 10_000).join('\n') + '\n');
  } finally {
    closeSync(fd);
  }
  return { path, brokenLine: lines.findIndex((l) => l.includes(marker)) + 1 };
}

it(`validates a ${FILES}-file METS within the memory budget, with real line numbers`, async (t) => {
  const { path, brokenLine } = writeLargeMets();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', CHILD, path],
    { cwd: ROOT, timeout: 120_000, maxBuffer: 1 << 20 },
  );
  const result = JSON.parse(stdout) as {
    errors: { message: string; line: number }[];
    ms: number;
    maxRssMb: number;
  };
  t.diagnostic(`validated in ${result.ms} ms, peak RSS ${result.maxRssMb} MB`);
  assert.equal(result.errors.length, 1);
  assert.match(result.errors[0]?.message ?? '', /'many' is not a valid value/);
  assert.ok(brokenLine > 65_535);
  assert.equal(result.errors[0]?.line, brokenLine);
  assert.ok(result.maxRssMb < 450, `peak RSS ${result.maxRssMb} MB`);
});
