/**
 * The DILCIS Board's minimal CSIP example packages (/work/shared/samples/csip-examples, see its
 * index.md): "minimal_IP_invmets" is the one that fails schema validation, "minimal_IP_with_schemas"
 * is valid. Both unpack to a root folder named minimal_IP_with_schemas.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateXml } from '../../../src/adapters/xml/xsd-validator.ts';

const SAMPLES = new URL('../../../../shared/samples/csip-examples', import.meta.url).pathname;

function packageMets(zip: string): Uint8Array {
  return execFileSync('unzip', ['-p', `${SAMPLES}/${zip}`, 'minimal_IP_with_schemas/METS.xml'], {
    maxBuffer: 1 << 20,
  });
}

describe('CSIP example packages', { skip: !existsSync(SAMPLES) && 'samples not available' }, () => {
  it('minimal_IP_invmets.zip: the METS fails schema validation', async () => {
    const errors = await validateXml(packageMets('minimal_IP_invmets.zip'), { name: 'METS.xml' });
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? '',
      /Element '\{http:\/\/www.loc.gov\/METS\/\}namez': This element is not expected/,
    );
    assert.equal(errors[0]?.line, 27);
  });

  it('minimal_IP_with_schemas.zip: the METS is schema-valid', async () => {
    assert.deepEqual(await validateXml(packageMets('minimal_IP_with_schemas.zip'), { name: 'METS.xml' }), []);
  });
});
