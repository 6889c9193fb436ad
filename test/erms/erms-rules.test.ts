/**
 * SAMARKIV-ERMS-1…6 on generated CITS ERMS packages (erms-package.ts), gathered through the real
 * pipeline with the ERMS analyzer and the shipped ERMS schemas: the valid package passes every one,
 * and each break fails exactly the requirement it is about.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ermsAnalyzer } from '../../src/adapters/erms/erms-analyzer.ts';
import { ermsAnalysisOf } from '../../src/core/erms/erms-analysis.ts';
import type { PackageContext } from '../../src/core/validation/package-context.ts';
import type { Finding } from '../../src/core/validation/rule.ts';
import { ERMS_RULES } from '../../src/core/validation/rules/erms/index.ts';
import { gatherContext } from '../../src/services/validate/gather-context.ts';
import { outcomeOf, type Outcome } from '../support/check-rule.ts';
import { buildFixture } from '../support/fixture-package.ts';
import { memorySource } from '../support/memory-source.ts';
import { ermsContext, type ErmsPackageOptions } from './erms-package.ts';

type Outcomes = Record<string, Outcome>;

function outcomes(ctx: PackageContext): Outcomes {
  return Object.fromEntries(ERMS_RULES.map((r) => [r.id, outcomeOf(r.check(ctx))]));
}

function findings(ctx: PackageContext, id: string): readonly Finding[] {
  const rule = ERMS_RULES.find((r) => r.id === id);
  assert.ok(rule, id);
  const result = rule.check(ctx);
  assert.ok(!('notApplicable' in result), `${id} is not applicable`);
  return result as readonly Finding[];
}

const ALL_PASS: Outcomes = Object.fromEntries(ERMS_RULES.map((r) => [r.id, 'passed']));

/** Every ERMS requirement passes except `failing`, which fails. */
function onlyFailing(...failing: string[]): Outcomes {
  return { ...ALL_PASS, ...Object.fromEntries(failing.map((id) => [id, 'failed'])) };
}

async function check(options: ErmsPackageOptions): Promise<PackageContext> {
  return ermsContext(options, { schemaValidation: true });
}

describe('a valid CITS ERMS package', () => {
  test('v2.1 (ERMS file in metadata/descriptive, found by its mdRef) passes all SAMARKIV-ERMS requirements', async () => {
    const ctx = await check({});
    assert.deepEqual(outcomes(ctx), ALL_PASS);
    // The package itself is valid METS too, so no other rule is what makes these pass.
    assert.deepEqual(ctx.root?.schemaErrors, []);
    assert.deepEqual(ctx.representations[0]?.schemaErrors, []);
    const file = ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0];
    assert.equal(file?.foundBy, 'mdRef');
    assert.equal(file?.version, '2.1');
    assert.equal(file?.facts?.fileReferences.length, 4);
  });

  test('v3.0 passes all SAMARKIV-ERMS requirements and is checked as 3.0', async () => {
    const ctx = await check({ version: '3.0' });
    assert.deepEqual(outcomes(ctx), ALL_PASS);
    assert.equal(ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0]?.version, '3.0');
  });

  test('a legacy ERMS declaration is checked as the version the file is valid against', async () => {
    for (const version of ['2.1', '3.0'] as const) {
      const ctx = await check({ version, contentType: 'ERMS' });
      assert.deepEqual(outcomes(ctx), ALL_PASS, version);
      const file = ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0];
      assert.equal(file?.version, version);
      assert.match(file?.schema?.basis.en ?? '', /legacy ERMS/);
    }
  });

  test('an ERMS.xml in the data folder is found by name and is not an unreferenced data file', async () => {
    const ctx = await check({ ermsAt: 'data/ERMS.xml' });
    assert.deepEqual(outcomes(ctx), ALL_PASS);
    assert.equal(ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0]?.foundBy, 'name');
  });

  test('an ERMS export not named like one is found by its document element', async () => {
    const ctx = await check({ ermsAt: 'data/arenden_2019.xml' });
    assert.deepEqual(outcomes(ctx), ALL_PASS);
    const file = ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0];
    assert.equal(file?.path, 'representations/rep1/data/arenden_2019.xml');
    assert.equal(file?.foundBy, 'content');
  });

  test('a declaration on the package METS representation fileGrp alone is enough', async () => {
    const ctx = await check({ declaredOn: 'root' });
    assert.deepEqual(outcomes(ctx), ALL_PASS);
    assert.equal(ermsAnalysisOf(ctx)?.units[0]?.declaredAt.file, 'METS.xml');
  });

  test('appendix paths written as file:/// URIs or relative to the representation resolve', async () => {
    const ctx = await check({
      erms: (x) =>
        x
          .replace('path="beslut.pdf"', 'path="file:///beslut.pdf"')
          .replace(
            'path="handlingar/ritning situationsplan.pdf"',
            'path="file:///handlingar/ritning%20situationsplan.pdf"',
          )
          .replace('path="ansokan.pdf"', 'path="data/ansokan.pdf"'),
    });
    assert.deepEqual(outcomes(ctx), ALL_PASS);
  });
});

describe('each break fails its requirement', () => {
  test('a document the ERMS refers to is missing: SAMARKIV-ERMS-4, with the file and line', async () => {
    const ctx = await check({ documents: (d) => d.delete('beslut.pdf') });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-4'));
    const [f] = findings(ctx, 'SAMARKIV-ERMS-4');
    assert.equal(f?.location.file, 'representations/rep1/metadata/descriptive/ERMS.xml');
    assert.equal(f?.location.line, 41);
    assert.match(
      f?.message.en ?? '',
      /appendix\/@path "beslut\.pdf".*representations\/rep1\/data\/beslut\.pdf/,
    );
    assert.match(f?.message.sv ?? '', /pekar inte på någon fil/);
  });

  test('a data file no appendix refers to: SAMARKIV-ERMS-5, naming the file', async () => {
    const ctx = await check({
      documents: (d) => d.set('kvitto.pdf', new TextEncoder().encode('%PDF-1.4\n')),
    });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-5'));
    assert.deepEqual(
      findings(ctx, 'SAMARKIV-ERMS-5').map((f) => f.location.file),
      ['representations/rep1/data/kvitto.pdf'],
    );
  });

  test('a duplicate objectId: SAMARKIV-ERMS-6', async () => {
    const ctx = await check({
      erms: (x) => x.replace('<objectId>BN-2019-0001-2</objectId>', '<objectId>BN-2019-0001-1</objectId>'),
    });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-6'));
    const [f] = findings(ctx, 'SAMARKIV-ERMS-6');
    assert.match(
      f?.message.en ?? '',
      /objectId "BN-2019-0001-1" of a record occurs again \(first on line 44\)/,
    );
    assert.equal(f?.location.line, 53);
  });

  test('a parentAggregationId naming nothing, or a record: SAMARKIV-ERMS-6', async () => {
    const ctx = await check({
      erms: (x) =>
        x
          .replace(
            '<parentAggregationId>BN-2019-0001-A</parentAggregationId>',
            '<parentAggregationId>BN-2019-9999</parentAggregationId>',
          )
          .replace(
            /(<objectId>BN-2019-0001-A<\/objectId>\s*<parentAggregationId>)BN-2019-0001</,
            '$1BN-2019-0001-1<',
          ),
    });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-6'));
    const messages = findings(ctx, 'SAMARKIV-ERMS-6').map((f) => f.message.en);
    assert.deepEqual(messages, [
      'parentAggregationId "BN-2019-0001-1" of aggregation "BN-2019-0001-A" names a record (line 44), not an aggregation',
      'parentAggregationId "BN-2019-9999" of record "BN-2019-0001-A-1" names no aggregation in the file',
    ]);
  });

  test('a schema violation: SAMARKIV-ERMS-2, with the libxml2 message and line', async () => {
    const ctx = await check({ erms: (x) => x.replace(' systemIdentifier="2003"', '') });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-2'));
    const [f] = findings(ctx, 'SAMARKIV-ERMS-2');
    assert.equal(f?.location.line, 52);
    assert.match(
      f?.message.en ?? '',
      /not valid against CITS ERMS 2\.1 \(declared citserms_v2_1\).*systemIdentifier/,
    );
  });

  test('a 2.1 Schematron violation (agentType other without otherAgentType): SAMARKIV-ERMS-3', async () => {
    const ctx = await check({ erms: (x) => x.replace(' otherAgentType="exportsystem"', '') });
    assert.deepEqual(outcomes(ctx), onlyFailing('SAMARKIV-ERMS-3'));
    const [f] = findings(ctx, 'SAMARKIV-ERMS-3');
    assert.match(f?.message.en ?? '', /otherAgentType attribute must be used \(erms\.sch#agentType\)/);
    assert.equal(f?.location.line, 15);
  });

  test('a 3.0 Schematron violation (empty addressContactInformation) fails SAMARKIV-ERMS-3 only in 3.0', async () => {
    const empty = (x: string): string =>
      x.replace(
        /<addressContactInformation>[\s\S]*?<\/addressContactInformation>/,
        '<addressContactInformation/>',
      );
    const v3 = await check({ version: '3.0', erms: empty });
    assert.deepEqual(outcomes(v3), onlyFailing('SAMARKIV-ERMS-3'));
    assert.match(
      findings(v3, 'SAMARKIV-ERMS-3')[0]?.message.en ?? '',
      /erms_v3\.sch#addressContactInformation/,
    );
    // In 2.1 the XSD itself demands an addressLine and a contactLine, and erms.sch has no such rule.
    const v21 = await check({ version: '2.1', erms: empty });
    assert.deepEqual(outcomes(v21), onlyFailing('SAMARKIV-ERMS-2'));
  });

  test('no ERMS file in an ERMS representation: SAMARKIV-ERMS-1, the rest not applicable', async () => {
    const ctx = await check({ files: (f) => f.delete('representations/rep1/metadata/descriptive/ERMS.xml') });
    assert.deepEqual(outcomes(ctx), {
      'SAMARKIV-ERMS-1': 'failed',
      'SAMARKIV-ERMS-2': 'not-applicable',
      'SAMARKIV-ERMS-3': 'not-applicable',
      'SAMARKIV-ERMS-4': 'not-applicable',
      'SAMARKIV-ERMS-5': 'not-applicable',
      'SAMARKIV-ERMS-6': 'not-applicable',
    });
    assert.equal(findings(ctx, 'SAMARKIV-ERMS-1')[0]?.location.file, 'representations/rep1/METS.xml');
  });

  test('an ERMS file that is not well-formed or declares a DTD: SAMARKIV-ERMS-2, nothing else is judged', async () => {
    for (const [edit, code] of [
      [(x: string) => x.replace('</aggregations>', ''), 'ARC_ERR_XML_MALFORMED'],
      [
        (x: string) => x.replace('<erms ', '<!DOCTYPE erms [<!ENTITY a "a">]>\n<erms '),
        'ARC_ERR_XML_DTD_FORBIDDEN',
      ],
    ] as const) {
      const ctx = await check({ erms: edit });
      assert.deepEqual(outcomes(ctx), {
        'SAMARKIV-ERMS-1': 'passed',
        'SAMARKIV-ERMS-2': 'failed',
        'SAMARKIV-ERMS-3': 'not-applicable',
        'SAMARKIV-ERMS-4': 'not-applicable',
        'SAMARKIV-ERMS-5': 'not-applicable',
        'SAMARKIV-ERMS-6': 'not-applicable',
      });
      assert.equal(ermsAnalysisOf(ctx)?.units[0]?.ermsFiles[0]?.readError?.code, code);
    }
  });
});

describe('when there is no ERMS content', () => {
  test('a package that does not declare ERMS gets no analysis, and every ERMS rule is not applicable', async () => {
    const { rootName, files } = buildFixture({ profile: 'sip-2.1' });
    const ctx = await gatherContext(memorySource(rootName, files), {
      profile: 'sip-2.1',
      analyzers: [ermsAnalyzer],
    });
    assert.equal(ctx.analyses, undefined);
    for (const outcome of Object.values(outcomes(ctx))) assert.equal(outcome, 'not-applicable');
  });

  test('a package METS declaring ERMS without any representation: SAMARKIV-ERMS-1', async () => {
    const ctx = await check({
      files: (f) => {
        for (const p of [...f.keys()]) if (p.startsWith('representations/')) f.delete(p);
      },
    });
    const analysis = ermsAnalysisOf(ctx);
    assert.equal(analysis?.units.length, 0);
    assert.equal(analysis?.rootWithoutRepresentation?.file, 'METS.xml');
    assert.equal(outcomes(ctx)['SAMARKIV-ERMS-1'], 'failed');
  });
});
