/**
 * Hostile XML: DTDs, external entities and entity expansion are refused before parsing, and schema
 * loading never leaves schemas/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { compileOffline, resolveSchemaFile } from '../../../src/adapters/xml/offline-schema-loader.ts';
import { SCHEMA_DIR } from '../../../src/adapters/xml/schema-catalog.ts';
import { declaresDoctype } from '../../../src/adapters/xml/xml-prolog.ts';
import { PARSE_OPTIONS, validateXml } from '../../../src/adapters/xml/xsd-validator.ts';
import { isArchiveError } from '../../../src/core/errors.ts';
import { eArkMets } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'samarkiv-xxe-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'TOP-SECRET-4711';
const secretFile = join(dir, 'secret.txt');
writeFileSync(secretFile, SECRET);

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<mets xmlns="http://www.loc.gov/METS/" LABEL="&lol9;"><structMap><div/></structMap></mets>`;

const XXE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE mets [ <!ENTITY secret SYSTEM "${pathToFileURL(secretFile).href}"> ]>
<mets xmlns="http://www.loc.gov/METS/" LABEL="&secret;"><structMap><div/></structMap></mets>`;

const EXTERNAL_DTD = `<?xml version="1.0"?>
<!DOCTYPE mets SYSTEM "http://www.loc.gov/standards/mets/mets.dtd">
${eArkMets().replace(/^<\?xml[^>]*>\n/, '')}`;

function utf16le(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

function refusedAsDtd(e: unknown): boolean {
  return isArchiveError(e) && e.code === 'ARC_ERR_XML_DTD_FORBIDDEN' && !e.message.includes(SECRET);
}

describe('documents with a DTD are refused before parsing', () => {
  const cases: [string, Uint8Array][] = [
    ['an external entity (XXE)', Buffer.from(XXE)],
    ['billion laughs', Buffer.from(BILLION_LAUGHS)],
    ['an external DTD', Buffer.from(EXTERNAL_DTD)],
    [
      'a DOCTYPE after comments and processing instructions',
      Buffer.from(`<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>\n${XXE.split('\n').slice(1).join('\n')}`),
    ],
    ['a UTF-16 document with a DOCTYPE', utf16le(XXE.replace('UTF-8', 'UTF-16'))],
  ];
  for (const [what, input] of cases) {
    it(`refuses ${what}`, async () => {
      await assert.rejects(validateXml(input, { name: 'METS.xml' }), refusedAsDtd);
    });
  }

  it('refuses a file on disk the same way', async () => {
    const path = join(dir, 'xxe.xml');
    writeFileSync(path, XXE);
    await assert.rejects(validateXml(path), refusedAsDtd);
  });
});

describe('the parse options, had a DOCTYPE got through', () => {
  it('do not read external entities', () => {
    const xml = XXE.replace('LABEL="&secret;">', '><metsHdr><agent><name>&secret;</name></agent></metsHdr>');
    let text = '';
    try {
      const doc = XmlDocument.fromString(xml, { option: PARSE_OPTIONS });
      text = doc.toString();
      doc.dispose();
    } catch (e) {
      text = String(e);
    }
    assert.ok(!text.includes(SECRET));
  });

  it('do not expand billion laughs', () => {
    let text = '';
    try {
      const doc = XmlDocument.fromString(BILLION_LAUGHS.replace('LABEL="&lol9;">', '><name>&lol9;</name>'), {
        option: PARSE_OPTIONS,
      });
      text = doc.toString();
      doc.dispose();
    } catch (e) {
      text = String(e);
    }
    assert.ok(text.length < 10_000, `${text.length} characters`);
  });
});

describe('declaresDoctype', () => {
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('finds a DOCTYPE in any letter case, after a BOM, declaration, comments and PIs', () => {
    assert.equal(declaresDoctype(text('<!DOCTYPE a><a/>')), true);
    assert.equal(
      declaresDoctype(text('\uFEFF<?xml version="1.0"?> <!-- x --> <?p?>\n<!doctype a><a/>')),
      true,
    );
    assert.equal(declaresDoctype(utf16le('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>')), true);
  });

  it('ignores DOCTYPE text in comments, in content and after the root element starts', () => {
    assert.equal(declaresDoctype(text('<!-- <!DOCTYPE a> --><a/>')), false);
    assert.equal(declaresDoctype(text('<a><![CDATA[<!DOCTYPE a>]]></a>')), false);
    assert.equal(declaresDoctype(text('<?xml version="1.0"?><a/>')), false);
    assert.equal(declaresDoctype(text('<!-- unterminated')), false);
    assert.equal(declaresDoctype(new Uint8Array()), false);
  });
});

describe('offline schema loading', () => {
  it('maps remote schemaLocations to shipped files', () => {
    assert.equal(
      resolveSchemaFile('http://www.loc.gov/standards/xlink/xlink.xsd'),
      join(SCHEMA_DIR, 'xlink.xsd'),
    );
    assert.equal(resolveSchemaFile('http://www.w3.org/2001/xml.xsd'), join(SCHEMA_DIR, 'xml.xsd'));
    assert.equal(
      resolveSchemaFile(pathToFileURL(join(SCHEMA_DIR, 'mets/mets.xsd')).href),
      join(SCHEMA_DIR, 'mets/mets.xsd'),
    );
  });

  it('refuses anything else: other hosts, files outside schemas/, non-schema files', () => {
    for (const name of [
      'http://www.loc.gov/standards/mets/mets.dtd',
      'https://example.com/evil.xsd',
      '/etc/passwd',
      join(SCHEMA_DIR, '../package.json'),
      join(SCHEMA_DIR, '..', 'src', 'x.xsd'),
      join(SCHEMA_DIR, 'profiles/E-ARK-CSIP-v2-2-0.xml'),
      'relative/mets.xsd',
    ]) {
      assert.equal(resolveSchemaFile(name), undefined, name);
    }
  });

  it('rejects a schema that imports a file outside schemas/, even one that exists', () => {
    const foreign = join(dir, 'foreign.xsd');
    writeFileSync(
      foreign,
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x"/>',
    );
    const driver = XmlDocument.fromString(
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">' +
        `<xs:import namespace="urn:x" schemaLocation="${pathToFileURL(foreign).href}"/></xs:schema>`,
    );
    try {
      assert.throws(
        () => compileOffline('test set', () => XsdValidator.fromDoc(driver)),
        (e) => isArchiveError(e) && e.code === 'ARC_ERR_SCHEMA_LOAD' && e.message.includes('foreign.xsd'),
      );
    } finally {
      driver.dispose();
    }
  });
});
