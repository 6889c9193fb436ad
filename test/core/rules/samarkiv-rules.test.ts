/**
 * The SAMARKIV rules on exact schema results: the case runner validates for real
 * (fixture.schemaValidation), while these tests spread chosen errors into a fixture context to pin
 * how each error becomes a finding (file, line, both languages).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PackageContext, ParsedMets } from '../../../src/core/validation/package-context.ts';
import type { Finding } from '../../../src/core/validation/rule.ts';
import { SAMARKIV_SUM_1 } from '../../../src/core/validation/rules/samarkiv/SAMARKIV-SUM-1.ts';
import { SAMARKIV_XSD_1 } from '../../../src/core/validation/rules/samarkiv/SAMARKIV-XSD-1.ts';
import { SAMARKIV_XSD_2 } from '../../../src/core/validation/rules/samarkiv/SAMARKIV-XSD-2.ts';
import { fixtureContext, outcomeOf } from '../../support/check-rule.ts';

async function validContext(): Promise<PackageContext> {
  return fixtureContext({ profile: 'sip-2.2' });
}

function withSchemaErrors(
  ctx: PackageContext,
  root: ParsedMets['schemaErrors'],
  rep: ParsedMets['schemaErrors'],
): PackageContext {
  assert.ok(ctx.root);
  return {
    ...ctx,
    root: { ...ctx.root, schemaErrors: root },
    representations: ctx.representations.map((r) => ({ ...r, schemaErrors: rep })),
  };
}

test('SAMARKIV-XSD-1 passes when every METS document validated without errors', async () => {
  const ctx = withSchemaErrors(await validContext(), [], []);
  assert.equal(outcomeOf(SAMARKIV_XSD_1.check(ctx)), 'passed');
});

test('SAMARKIV-XSD-1 reports each schema error with its file and line', async () => {
  const ctx = withSchemaErrors(
    await validContext(),
    [{ message: "Element 'mets:fileSec': This element is not expected.", line: 42 }],
    [{ message: "The attribute 'CHECKSUMTYPE' is not valid." }],
  );
  const result = SAMARKIV_XSD_1.check(ctx) as readonly Finding[];
  assert.equal(outcomeOf(result), 'failed');
  assert.deepEqual(
    result.map((f) => f.location),
    [{ file: 'METS.xml', line: 42 }, { file: 'representations/rep1/METS.xml' }],
  );
  assert.match(result[0]?.message.en ?? '', /METS\.xml is not valid .*not expected/);
  assert.match(result[0]?.message.sv ?? '', /är inte giltig/);
});

test('SAMARKIV-XSD-1 is not applicable when schema validation did not run', async () => {
  assert.equal(outcomeOf(SAMARKIV_XSD_1.check(await validContext())), 'not-applicable');
});

test('SAMARKIV-XSD-2 passes when the validated metadata has no errors', async () => {
  const ctx = await validContext();
  const metadataSchemaErrors = new Map([
    ['metadata/descriptive/ead.xml', []],
    ['metadata/preservation/premis.xml', []],
  ]);
  assert.equal(outcomeOf(SAMARKIV_XSD_2.check({ ...ctx, metadataSchemaErrors })), 'passed');
});

test('SAMARKIV-XSD-2 reports each error of a referenced metadata file', async () => {
  const ctx = await validContext();
  const metadataSchemaErrors = new Map([
    ['metadata/descriptive/ead.xml', [{ message: "Element 'archdesc': Missing child element(s).", line: 2 }]],
    ['metadata/preservation/premis.xml', []],
  ]);
  const result = SAMARKIV_XSD_2.check({ ...ctx, metadataSchemaErrors }) as readonly Finding[];
  assert.equal(outcomeOf(result), 'failed');
  assert.deepEqual(result[0]?.location, { file: 'metadata/descriptive/ead.xml', line: 2 });
});

test('SAMARKIV-SUM-1 still reports a type the gatherer saw when no element names it', async () => {
  const ctx = await validContext();
  const result = SAMARKIV_SUM_1.check({ ...ctx, unsupportedChecksumTypes: new Set(['HAVAL']) });
  assert.equal(outcomeOf(result), 'failed');
});
