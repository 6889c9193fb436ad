/**
 * `sip create --siard`: a SIARD file exported by samarkiv becomes a CITS SIARD package that passes
 * delivery control (the full content checks, as `samarkiv validate` runs them) with zero errors
 * and zero warnings but the virus-scan one, which only says that no clamd is configured here.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createFullDeps } from '../../src/cli/deps.ts';
import { createSiardSipFromCli } from '../../src/cli/commands/sip-create-siard.ts';
import { parseDescription } from '../../src/core/package/description.ts';
import { validatePackage } from '../../src/services/validate-package.ts';
import { exportTo, tempDir } from './support/round-trip.ts';

test('sip create --siard builds a CITS SIARD package that validates cleanly', async () => {
  const dir = await tempDir();
  const db = new Database(join(dir, 'omsorg.db'));
  db.exec(`CREATE TABLE klient (id INTEGER PRIMARY KEY, namn VARCHAR(100) NOT NULL, fodd DATE);
    CREATE TABLE beslut (id INTEGER PRIMARY KEY, klient_id INTEGER NOT NULL REFERENCES klient(id), text TEXT, bilaga BLOB);
    INSERT INTO klient VALUES (1, 'Åsa Öberg', '1948-03-02'), (2, 'Ünal Çelik', NULL);
    INSERT INTO beslut VALUES (1, 1, 'Beviljas hemtjänst', NULL), (2, 2, '${'Lång motivering. '.repeat(400)}', zeroblob(9000));`);
  db.close();
  const siard = join(dir, 'omsorg.siard');
  await exportTo(`sqlite:${join(dir, 'omsorg.db')}`, siard);
  const yaml = (await readFile(new URL('../../examples/delivery.yaml', import.meta.url), 'utf8'))
    .replace(/^documentation:[\s\S]*?(?=^\S|$(?![\s\S]))/m, '')
    .replace(/^title:.*$/m, 'title: Procapita socialtjänst 2001–2019');
  const description = parseDescription(yaml, 'delivery.yaml');
  const out = join(dir, 'omsorg-sip.zip');
  await createSiardSipFromCli({
    siard,
    description,
    descriptionDir: dir,
    out,
    format: 'zip',
    now: new Date('2026-11-26T10:00:00Z'),
    software: { name: 'samarkiv', version: 'test' },
  });
  const report = await validatePackage(await createFullDeps(), out, { lang: 'en' });
  const failed = report.results
    .filter((r) => r.status === 'failed')
    .map((r) => `${r.requirement}: ${r.message}`);
  const unexpected = failed.filter((f) => !f.startsWith('SAMARKIV-VIR-2:'));
  assert.deepEqual(unexpected, []);
  const passed = new Set(report.results.filter((r) => r.status === 'passed').map((r) => r.requirement));
  for (const id of [
    'SIARD_3',
    'SIARD_5',
    'SIARD_13',
    'SIARD_14',
    'SIARD_16',
    'SIARD_18',
    'SIARD_30c',
    'SIARD_30d',
    'SAMARKIV-SIARD-9',
  ])
    assert.ok(passed.has(id), `${id} passed`);
});
