/** Shared set-up of the ERMS SIP tests: a small generated W3D3-like export and the CLI runner. */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { w3d3DocumentMaker } from '../../src/adapters/pdf/w3d3-documents.ts';
import type { ErmsVersion } from '../../src/core/erms/erms-facts.ts';
import { generateW3d3, type GeneratedExport } from '../../src/services/generate/w3d3/generate-w3d3.ts';

export const BIN = new URL('../../bin/samarkiv.js', import.meta.url).pathname;

export async function smallExport(
  cases: number,
  version: ErmsVersion = '2.1',
  seed = 11,
): Promise<GeneratedExport & { dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'samarkiv-erms-sip-'));
  const made = await generateW3d3(
    { out: join(dir, 'export'), cases, seed, ermsVersion: version },
    await w3d3DocumentMaker(new Date(Date.UTC(2021, 1, 1))),
  );
  return { ...made, dir };
}

export function samarkiv(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sipCreate(e: GeneratedExport, out: string, extra: readonly string[] = []) {
  return samarkiv([
    'sip',
    'create',
    '--erms',
    e.ermsFile,
    '--documents',
    e.documentsFolder,
    '--description',
    e.descriptionFile,
    '--out',
    out,
    ...extra,
  ]);
}
