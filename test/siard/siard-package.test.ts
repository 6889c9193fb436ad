/**
 * CITS SIARD packages end to end: a generated SIARD 2.2 database in a CITS SIARD SIP, gathered with
 * the SIARD analyzer and checked against every SIARD requirement. The valid package passes (or, for
 * manual checkpoints and unused options, is not applicable) as a folder on disk, as a ZIP and from
 * memory; the METS-level CITS SIARD requirements fail on what they name.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { openPackageSource } from '../../src/adapters/package/open-package-source.ts';
import { createSiardAnalyzer } from '../../src/adapters/siard/siard-analyzer.ts';
import type { SiardAnalysis } from '../../src/core/siard/siard-analysis.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';
import { memorySource } from '../support/memory-source.ts';
import { assertValid, check, contextOf, failed, result, siardResults } from './support/check-package.ts';
import { citsSiardPackage, writeFolderPackage, writeZipPackage } from './support/cits-siard-sip.ts';

describe('a valid CITS SIARD SIP with a SIARD 2.2 database', () => {
  it('passes every SIARD requirement from memory, and the analysis has the tables, rows and LOB', async () => {
    const { rootName, files } = citsSiardPackage();
    const ctx = await contextOf(memorySource(rootName, files));
    assertValid(siardResults(ctx));
    const analysis = ctx.analyses?.get('siard') as SiardAnalysis;
    assert.equal(analysis.files.length, 1);
    const file = analysis.files[0];
    assert.equal(file?.path, 'representations/rep1/data/procapita.siard');
    assert.equal(file?.version, '2.2');
    assert.equal(file?.dbname, 'procapita_test');
    assert.deepEqual(file?.versionFolders, ['2.2']);
    assert.deepEqual(
      { tables: file?.stats.tables, rows: file?.stats.rows, lobs: file?.stats.lobs },
      { tables: 2, rows: 7, lobs: 1 },
    );
  });

  it('passes as a folder on disk (the .siard is opened where it lies)', async () => {
    const folder = await writeFolderPackage();
    try {
      assertValid(siardResults(await contextOf(await openPackageSource(folder))));
    } finally {
      await rm(dirname(folder), { recursive: true, force: true });
    }
  });

  it('passes as a ZIP package (the .siard is copied to quarantine and removed after)', async () => {
    const zip = await writeZipPackage();
    const quarantine = await mkdtemp(join(tmpdir(), 'samarkiv-siard-quarantine-'));
    try {
      const source = await openPackageSource(zip);
      const analyzer = createSiardAnalyzer({ quarantineDir: quarantine });
      const ctx = await gatherContext(source, { profile: 'sip-2.2', analyzers: [analyzer] }).finally(() =>
        source.close(),
      );
      assertValid(siardResults(ctx));
      assert.deepEqual(await readdir(quarantine), [], 'the quarantine copy is gone');
    } finally {
      await rm(dirname(zip), { recursive: true, force: true });
      await rm(quarantine, { recursive: true, force: true });
    }
  });

  it('passes with a SIARD 2.1 database declared as SIARD_2.1 (metadata validated with the 2.1.1 schema)', async () => {
    const results = await check({ siard: { version: '2.1' }, otherType: 'SIARD_2.1' });
    assertValid(results);
  });

  it('passes with the SIARD file split into parts _part001, _part002 (SIARD_19a)', async () => {
    const { files } = citsSiardPackage();
    const whole = files.get('representations/rep1/data/procapita.siard') as Uint8Array;
    const results = await check({
      files: (f) => {
        f.delete('representations/rep1/data/procapita.siard');
        f.set('representations/rep1/data/procapita_part001.siard', whole.subarray(0, 1000));
        f.set('representations/rep1/data/procapita_part002.siard', whole.subarray(1000));
      },
    });
    assert.deepEqual(failed(results), []);
    assert.equal(result(results, 'SIARD_19a').status, 'passed');
    assert.equal(result(results, 'SAMARKIV-SIARD-9').status, 'passed');
  });
});

describe('the CITS SIARD METS requirements', () => {
  it('a package without a database has every SIARD requirement not applicable', async () => {
    const results = await check({
      rootMets: (x) =>
        x.replace(/csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"/g, 'csip:CONTENTINFORMATIONTYPE="OTHER"'),
      repMets: (x) =>
        x.replace(/csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"/g, 'csip:CONTENTINFORMATIONTYPE="OTHER"'),
      files: (f) => {
        f.delete('representations/rep1/data/procapita.siard');
        f.set('representations/rep1/data/beslut.txt', new TextEncoder().encode('Beslut'));
      },
    });
    assert.ok(results.length > 40);
    assert.deepEqual(
      results.filter((r) => r.status !== 'not-applicable').map((r) => r.requirement),
      [],
    );
    assert.match(result(results, 'SIARD_2').message.en, /holds no database/);
  });

  it('a version in METS that differs from the SIARD file fails SIARD_16', async () => {
    const results = await check({ otherType: 'SIARD_2.1' });
    assert.match(
      result(results, 'SIARD_16').message.en,
      /declares "SIARD_2\.1", but .*procapita\.siard is SIARD 2\.2/,
    );
  });

  it('a representation value outside the vocabulary fails SIARD_11 and SIARD_7', async () => {
    const results = await check({ otherType: 'SIARD 2.2' });
    assert.equal(result(results, 'SIARD_11').status, 'failed');
    assert.equal(result(results, 'SIARD_7').status, 'failed');
  });
});
