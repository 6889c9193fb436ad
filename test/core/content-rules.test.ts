/**
 * The content rules (SAMARKIV-FMT/NAME/ENC/PDF/VIR) on a real fixture package whose file facts are
 * spread with chosen identification, inspection and scan results, the way the format identifier,
 * content inspector and virus scanner will leave them. A pass and a fail per requirement ID, the
 * not-applicable cases, and the severities the engine gives them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { readPolicyFile } from '../../src/adapters/policy/policy-files.ts';
import { verdictFor, type FormatPolicy } from '../../src/core/formats/format-policy.ts';
import { namingRule, SWEDISH_NAMING_RULE } from '../../src/core/formats/naming-rule.ts';
import { CONTENT_REQUIREMENTS } from '../../src/core/validation/content-requirements.ts';
import { runRequirements } from '../../src/core/validation/engine.ts';
import type {
  ContentCheckSetup,
  FileFacts,
  PackageContext,
} from '../../src/core/validation/package-context.ts';
import type { CheckResult, Finding, Rule } from '../../src/core/validation/rule.ts';
import {
  contentFiles,
  namedFiles,
  policyVerdict,
} from '../../src/core/validation/rules/content/content-files.ts';
import { CONTENT_RULES } from '../../src/core/validation/rules/content/index.ts';
import { SAMARKIV_REQUIREMENTS } from '../../src/core/validation/samarkiv-requirements.ts';
import type { ContentFindings } from '../../src/ports/content-inspector.ts';
import type { FormatIdentification } from '../../src/ports/format-identifier.ts';
import { fixtureContext, outcomeOf } from '../support/check-rule.ts';

const RULES = new Map(CONTENT_RULES.map((r) => [r.id, r]));
const DATA = 'representations/rep1/data/bygglov-beslut.txt';
const SCANNER = 'ClamAV 1.0.7/27000';

function rule(id: string): Rule {
  const r = RULES.get(id);
  assert.ok(r, `rule ${id} exists`);
  return r;
}

function id(
  puid: string | null,
  formatName: string | null,
  formatVersion: string | null = null,
): FormatIdentification {
  return {
    puid,
    formatName,
    formatVersion,
    mimeType: null,
    method: puid ? 'signature' : 'none',
    candidates: [],
    warning: null,
  };
}

const PLAIN_TEXT = { ...id('x-fmt/111', 'Plain Text File'), method: 'extension' as const };
const XML = id('fmt/101', 'Extensible Markup Language', '1.0');
const CLEAN: ContentFindings = {
  encrypted: false,
  encryptionDetail: null,
  pdfa: null,
  inspectionError: null,
};

let policy: FormatPolicy;
let clean: PackageContext;
let spaced: PackageContext;

/** Every file identified by its extension, scanned clean, and the full setup configured. */
function configured(ctx: PackageContext): PackageContext {
  const files = new Map<string, FileFacts>();
  for (const [path, facts] of ctx.files) {
    files.set(path, {
      ...facts,
      format: path.endsWith('.txt') ? PLAIN_TEXT : XML,
      virus: { infected: false, signature: null },
    });
  }
  const content: ContentCheckSetup = {
    signatureVersions: { signature: '118', container: '20240501' },
    policy,
    scanner: SCANNER,
    namingRule: SWEDISH_NAMING_RULE,
  };
  return { ...ctx, files, content };
}

function withFile(ctx: PackageContext, path: string, patch: Partial<FileFacts>): PackageContext {
  const files = new Map(ctx.files);
  const facts = files.get(path);
  assert.ok(facts, `${path} was read`);
  files.set(path, { ...facts, ...patch });
  return { ...ctx, files };
}

function withSetup(ctx: PackageContext, patch: Partial<ContentCheckSetup>): PackageContext {
  assert.ok(ctx.content);
  return { ...ctx, content: { ...ctx.content, ...patch } };
}

function findings(result: CheckResult): readonly Finding[] {
  assert.ok(!('notApplicable' in result), 'the rule applies');
  return result as readonly Finding[];
}

function outcome(ruleId: string, ctx: PackageContext): string {
  return outcomeOf(rule(ruleId).check(ctx));
}

before(async () => {
  policy = await readPolicyFile();
  // The fixture's data file is named with a space; a clean package renames it (and its METS href).
  clean = configured(
    await fixtureContext({
      profile: 'sip-2.2',
      repMets: (xml) => xml.replace('data/bygglov%20beslut.txt', 'data/bygglov-beslut.txt'),
      files: (tree) => {
        const bytes = tree.get('representations/rep1/data/bygglov beslut.txt');
        assert.ok(bytes);
        tree.delete('representations/rep1/data/bygglov beslut.txt');
        tree.set(DATA, bytes);
      },
    }),
  );
  spaced = configured(await fixtureContext({ profile: 'sip-2.2' }));
});

test('a clean, fully checked package passes every content rule (PDF rules: nothing to check)', () => {
  for (const r of CONTENT_RULES) {
    const expected = r.id.startsWith('SAMARKIV-PDF') ? 'not-applicable' : 'passed';
    assert.equal(outcomeOf(r.check(clean)), expected, r.id);
  }
});

test('every content rule is not applicable when the content checks did not run', async () => {
  const structureOnly = await fixtureContext({ profile: 'sip-2.2' });
  assert.equal(structureOnly.content, undefined);
  for (const r of CONTENT_RULES) assert.equal(outcomeOf(r.check(structureOnly)), 'not-applicable', r.id);
});

describe('SAMARKIV-FMT-1 (identified)', () => {
  test('fails for a content file no signature matched, naming the signature versions', () => {
    const ctx = withFile(clean, DATA, {
      format: { ...id(null, null), warning: 'extension .txt but binary content' },
    });
    const [f, ...rest] = findings(rule('SAMARKIV-FMT-1').check(ctx));
    assert.equal(rest.length, 0);
    assert.deepEqual(f?.location, { file: DATA });
    assert.match(
      f?.message.en ?? '',
      /no format signature matched \(DROID signature file V118, container signatures 20240501\).*binary content/,
    );
    assert.match(f?.message.sv ?? '', /ingen formatsignatur matchade/);
  });

  test('fails for a content file without an identification result', () => {
    const ctx = withFile(clean, 'documentation/leveransbeskrivning.txt', { format: undefined });
    assert.match(
      findings(rule('SAMARKIV-FMT-1').check(ctx))[0]?.message.en ?? '',
      /has no format identification result/,
    );
  });

  test('does not count METS, schemas/ or metadata/ files as content', () => {
    let ctx = clean;
    for (const p of [
      'METS.xml',
      'representations/rep1/METS.xml',
      'schemas/fixture.xsd',
      'metadata/descriptive/ead.xml',
    ])
      ctx = withFile(ctx, p, { format: id(null, null) });
    assert.equal(outcome('SAMARKIV-FMT-1', ctx), 'passed');
  });

  test('is not applicable when identification did not run', () => {
    assert.equal(outcome('SAMARKIV-FMT-1', withSetup(clean, { signatureVersions: null })), 'not-applicable');
  });
});

describe('SAMARKIV-FMT-2 (allowed by the policy)', () => {
  test('fails for a refused format (.exe), naming the PUID, format, verdict and rule reference', () => {
    const ctx = withFile(clean, DATA, { format: id('fmt/899', 'Windows Portable Executable', '32 bit') });
    const [f] = findings(rule('SAMARKIV-FMT-2').check(ctx));
    assert.deepEqual(f?.location, { file: DATA });
    assert.match(
      f?.message.en ?? '',
      /Windows Portable Executable 32 bit \(fmt\/899\) is refused \(verdict refused/,
    );
    assert.match(
      f?.message.en ?? '',
      /entry "Executable programs and code", RA-FS 2009:2 1 kap\. 4 §\): Programs/,
    );
    assert.match(
      f?.message.sv ?? '',
      /godtas inte \(bedömning refused, formatpolicyn "Riksarkivets bevarandeformat/,
    );
  });

  test('fails for a format the policy does not list (verdict unknown) and for an unidentified file', () => {
    let ctx = withFile(clean, DATA, { format: id('fmt/1071', 'Apple Disk Image') });
    ctx = withFile(ctx, 'documentation/leveransbeskrivning.txt', { format: id(null, null) });
    const result = findings(rule('SAMARKIV-FMT-2').check(ctx));
    assert.equal(result.length, 2);
    const byFile = new Map(result.map((f) => [f.location.file, f.message.en]));
    assert.match(
      byFile.get(DATA) ?? '',
      /Apple Disk Image \(fmt\/1071\) is not accepted \(verdict unknown.*does not list it\); the submission agreement can accept it/,
    );
    assert.match(
      byFile.get('documentation/leveransbeskrivning.txt') ?? '',
      /could not be identified, so it cannot be accepted \(verdict unknown/,
    );
  });

  test('passes a conversion format (that is SAMARKIV-FMT-3) and is not applicable without a policy', () => {
    const docx = withFile(clean, DATA, {
      format: id('fmt/412', 'Microsoft Word for Windows', '2007 onwards'),
    });
    assert.equal(outcome('SAMARKIV-FMT-2', docx), 'passed');
    assert.equal(outcome('SAMARKIV-FMT-2', withSetup(clean, { policy: null })), 'not-applicable');
  });
});

describe('SAMARKIV-FMT-3 (conversion)', () => {
  test('warns for a DOCX file, naming what to convert it to', () => {
    const ctx = withFile(clean, DATA, {
      format: id('fmt/412', 'Microsoft Word for Windows', '2007 onwards'),
    });
    const [f] = findings(rule('SAMARKIV-FMT-3').check(ctx));
    assert.match(
      f?.message.en ?? '',
      /Microsoft Word for Windows 2007 onwards \(fmt\/412\) should be converted to PDF\/A before preservation \(verdict conversion/,
    );
    assert.match(f?.message.sv ?? '', /bör konverteras till PDF\/A före bevarande/);
  });

  test('warns for plain PDF and, with `unlisted: conversion`, for an unlisted format', () => {
    const pdf = withFile(clean, DATA, {
      format: id('fmt/276', 'Acrobat PDF 1.7 - Portable Document Format', '1.7'),
    });
    assert.match(
      findings(rule('SAMARKIV-FMT-3').check(pdf))[0]?.message.en ?? '',
      /\(fmt\/276\) should be converted to PDF\/A/,
    );
    const lenient = withSetup(withFile(clean, DATA, { format: id('fmt/1071', 'Apple Disk Image') }), {
      policy: { ...policy, unlisted: 'conversion' },
    });
    assert.match(
      findings(rule('SAMARKIV-FMT-3').check(lenient))[0]?.message.en ?? '',
      /converted to a format the policy accepts/,
    );
    assert.equal(outcome('SAMARKIV-FMT-2', lenient), 'passed');
  });

  test('is not applicable without a policy', () => {
    assert.equal(outcome('SAMARKIV-FMT-3', withSetup(clean, { policy: null })), 'not-applicable');
  });
});

describe('SAMARKIV-NAME-1 (naming rule)', () => {
  test('fails for a file name with a space, saying why', () => {
    const [f, ...rest] = findings(rule('SAMARKIV-NAME-1').check(spaced));
    assert.equal(rest.length, 0, 'METS.xml and schemas/ are exempt; every other name follows the rule');
    assert.deepEqual(f?.location, { file: 'representations/rep1/data/bygglov beslut.txt' });
    assert.match(
      f?.message.en ?? '',
      /the name "bygglov beslut.txt" does not follow the naming rule \(letters a–z.*\): spaces/,
    );
    assert.match(f?.message.sv ?? '', /namnet "bygglov beslut.txt" följer inte namnregeln .*mellanslag/);
  });

  test('passes when every name follows the rule, and follows a configured rule instead of the default', () => {
    assert.equal(outcome('SAMARKIV-NAME-1', clean), 'passed');
    const anything = namingRule('^[^/]+$', { en: 'anything', sv: 'vad som helst' });
    assert.equal(outcome('SAMARKIV-NAME-1', withSetup(spaced, { namingRule: anything })), 'passed');
  });

  test('reports a hand-built rule with a broken pattern once instead of crashing', () => {
    const broken = { id: 'x', pattern: '[', description: { en: 'x', sv: 'x' } };
    const result = findings(rule('SAMARKIV-NAME-1').check(withSetup(clean, { namingRule: broken })));
    assert.equal(result.length, 1);
    assert.match(result[0]?.message.en ?? '', /Invalid naming rule/);
  });

  test('is not applicable without a naming rule', () => {
    assert.equal(outcome('SAMARKIV-NAME-1', withSetup(clean, { namingRule: null })), 'not-applicable');
  });
});

describe('SAMARKIV-ENC-1 (no encryption)', () => {
  test('fails for an encrypted PDF found by content inspection', () => {
    const ctx = withFile(clean, DATA, {
      format: id('fmt/276', 'Acrobat PDF 1.7 - Portable Document Format', '1.7'),
      content: { ...CLEAN, encrypted: true, encryptionDetail: 'PDF standard security handler, 128-bit AES' },
    });
    const [f] = findings(rule('SAMARKIV-ENC-1').check(ctx));
    assert.deepEqual(f?.location, { file: DATA });
    assert.match(f?.message.en ?? '', /is encrypted or password-protected: PDF standard security handler/);
    assert.match(f?.message.sv ?? '', /är krypterad eller lösenordsskyddad/);
  });

  test('fails for a file identified as an encrypted format even without inspection', () => {
    const ctx = withFile(clean, DATA, {
      format: id('fmt/494', 'Microsoft Office Encrypted Document', '2007 Onwards'),
    });
    assert.match(
      findings(rule('SAMARKIV-ENC-1').check(ctx))[0]?.message.en ?? '',
      /\(fmt\/494\), an encrypted or password-protected format/,
    );
    assert.equal(outcome('SAMARKIV-FMT-2', ctx), 'failed', 'the policy refuses it too');
  });

  test('passes inspected, unencrypted files; not applicable when neither identification nor inspection ran', () => {
    assert.equal(outcome('SAMARKIV-ENC-1', withFile(clean, DATA, { content: CLEAN })), 'passed');
    assert.equal(outcome('SAMARKIV-ENC-1', withSetup(clean, { signatureVersions: null })), 'not-applicable');
  });
});

describe('SAMARKIV-PDF-1 and SAMARKIV-PDF-2 (PDF/A claims)', () => {
  const PDFA_2B = id('fmt/477', 'Acrobat PDF/A - Portable Document Format', '2b');
  const pdfa = (valid: boolean | null, messages: string[] = []): ContentFindings => ({
    ...CLEAN,
    pdfa: { claimed: '1b', valid, tools: ['PDFBox preflight 2.0.29'], messages },
  });

  test('PDF-1 fails for a claim the tools found broken, with the tools and their messages', () => {
    const ctx = withFile(clean, DATA, {
      format: id('fmt/354', 'Acrobat PDF/A - Portable Document Format', '1b'),
      content: pdfa(false, ['6.3.4: font not embedded', '6.2.3: no OutputIntent', 'a', 'b']),
    });
    const [f] = findings(rule('SAMARKIV-PDF-1').check(ctx));
    assert.match(
      f?.message.en ?? '',
      /claims PDF\/A-1b but does not conform to it \(checked with PDFBox preflight 2\.0\.29\): 6\.3\.4: font not embedded; 6\.2\.3: no OutputIntent; a \(and 1 more\)/,
    );
    assert.match(f?.message.sv ?? '', /anger PDF\/A-1b men uppfyller det inte/);
    assert.equal(outcome('SAMARKIV-PDF-2', ctx), 'passed', 'the claim was verified');
  });

  test('PDF-1 passes a claim that holds', () => {
    assert.equal(outcome('SAMARKIV-PDF-1', withFile(clean, DATA, { content: pdfa(true) })), 'passed');
  });

  test('an unverifiable claim is no PDF-1 failure but a PDF-2 note, at INFO severity', () => {
    const unverified = { claimed: '2u', valid: null, tools: [], messages: ['no validator for PDF/A-2u'] };
    const ctx = withFile(clean, DATA, { content: { ...CLEAN, pdfa: unverified } });
    assert.equal(outcome('SAMARKIV-PDF-1', ctx), 'not-applicable');
    const [f] = findings(rule('SAMARKIV-PDF-2').check(ctx));
    assert.match(
      f?.message.en ?? '',
      /claims PDF\/A-2u, and the claim could not be verified: no validator for PDF\/A-2u/,
    );
    const result = runRequirements(ctx, CONTENT_REQUIREMENTS, RULES).find(
      (r) => r.requirement === 'SAMARKIV-PDF-2',
    );
    assert.equal(result?.status, 'failed');
    assert.equal(result?.severity, 'INFO');
  });

  test('PDF-2 lists files identified as PDF/A that no inspection checked', () => {
    const ctx = withFile(clean, DATA, { format: PDFA_2B });
    const [f] = findings(rule('SAMARKIV-PDF-2').check(ctx));
    assert.match(
      f?.message.en ?? '',
      /identified as Acrobat PDF\/A - Portable Document Format 2b \(fmt\/477\); its PDF\/A-2b claim could not be verified because no PDF inspection ran/,
    );
  });

  test('both are not applicable when no file claims PDF/A', () => {
    assert.equal(outcome('SAMARKIV-PDF-1', clean), 'not-applicable');
    assert.equal(outcome('SAMARKIV-PDF-2', clean), 'not-applicable');
  });
});

describe('SAMARKIV-VIR-1 and SAMARKIV-VIR-2 (viruses)', () => {
  test('VIR-1 fails for an infected file, naming the signature and the scanner', () => {
    const ctx = withFile(clean, DATA, { virus: { infected: true, signature: 'Eicar-Test-Signature' } });
    const [f] = findings(rule('SAMARKIV-VIR-1').check(ctx));
    assert.deepEqual(f?.location, { file: DATA });
    assert.equal(f?.message.en, `${DATA}: ${SCANNER} found Eicar-Test-Signature`);
    assert.equal(f?.message.sv, `${DATA}: ${SCANNER} hittade Eicar-Test-Signature`);
  });

  test('VIR-2 fails once for the package when no scanner is configured, and VIR-1 does not apply', () => {
    const ctx = withSetup(clean, { scanner: null });
    const result = findings(rule('SAMARKIV-VIR-2').check(ctx));
    assert.equal(result.length, 1);
    assert.match(result[0]?.message.en ?? '', /No virus scanner is configured, so no file was scanned/);
    assert.match(result[0]?.message.sv ?? '', /Ingen virussökning är konfigurerad/);
    assert.equal(outcome('SAMARKIV-VIR-1', ctx), 'not-applicable');
  });

  test('VIR-2 fails for a file the scanner did not scan', () => {
    const ctx = withFile(clean, 'metadata/descriptive/ead.xml', { virus: undefined });
    const result = findings(rule('SAMARKIV-VIR-2').check(ctx));
    assert.deepEqual(
      result.map((f) => f.location.file),
      ['metadata/descriptive/ead.xml'],
    );
    assert.match(result[0]?.message.en ?? '', new RegExp(`was not scanned for viruses by ${SCANNER}`));
  });
});

test('the engine gives refused an ERROR, conversion a WARNING and a bad name a WARNING', () => {
  let ctx = withFile(spaced, 'representations/rep1/data/bygglov beslut.txt', {
    format: id('fmt/899', 'Windows Portable Executable'),
  });
  ctx = withFile(ctx, 'documentation/leveransbeskrivning.txt', {
    format: id('fmt/40', 'Microsoft Word Document', '97-2003'),
  });
  const results = new Map(runRequirements(ctx, CONTENT_REQUIREMENTS, RULES).map((r) => [r.requirement, r]));
  assert.deepEqual(
    ['SAMARKIV-FMT-2', 'SAMARKIV-FMT-3', 'SAMARKIV-NAME-1'].map((i) => [
      results.get(i)?.status,
      results.get(i)?.severity,
    ]),
    [
      ['failed', 'ERROR'],
      ['failed', 'WARNING'],
      ['failed', 'WARNING'],
    ],
  );
});

test('which files are named and content files, also inside the submitted SIP of an AIP', () => {
  const paths = [
    'METS.xml',
    'representations/rep1/METS.xml',
    'representations/rep1/data/METS.xml',
    'representations/rep1/data/schemas/plan.pdf',
    'schemas/mets.xsd',
    'representations/rep1/schemas/DILCISExtensionMETS.xsd',
    'metadata/descriptive/ead.xml',
    'representations/rep1/metadata/preservation/premis.xml',
    'documentation/systembeskrivning.pdf',
    'submission/METS.xml',
    'submission/sip-1/METS.xml',
    'submission/sip-1/schemas/mets.xsd',
    'submission/sip-1/representations/rep1/METS.xml',
    'submission/sip-1/representations/rep1/data/beslut.pdf',
    'submission/sip-1.zip',
  ];
  const entries = new Map(paths.map((path) => [path, { path, type: 'file' as const, size: 1 }]));
  const ctx = { ...clean, entries, files: new Map() };
  assert.deepEqual(
    [...namedFiles(ctx)].map((f) => f.path),
    [
      'representations/rep1/data/METS.xml',
      'representations/rep1/data/schemas/plan.pdf',
      'metadata/descriptive/ead.xml',
      'representations/rep1/metadata/preservation/premis.xml',
      'documentation/systembeskrivning.pdf',
      'submission/sip-1/representations/rep1/data/beslut.pdf',
      'submission/sip-1.zip',
    ],
  );
  assert.deepEqual(
    [...contentFiles(ctx)].map((f) => f.path),
    [
      'representations/rep1/data/METS.xml',
      'representations/rep1/data/schemas/plan.pdf',
      'documentation/systembeskrivning.pdf',
      'submission/sip-1/representations/rep1/data/beslut.pdf',
      'submission/sip-1.zip',
    ],
  );
});

test('the indexed policy lookup of the rules gives exactly what verdictFor gives', () => {
  const puids = [...policy.entries.flatMap((e) => e.puids), 'fmt/1071', 'x-fmt/999', null];
  for (const p of puids) assert.deepEqual(policyVerdict(policy, p), verdictFor(policy, p), String(p));
  const lenient = { ...policy, unlisted: 'refused' as const };
  assert.deepEqual(policyVerdict(lenient, 'fmt/1071'), { verdict: 'refused', entry: null });
});

test('every content requirement has exactly one rule, and docs/requirements.md documents every samarkiv ID', () => {
  assert.deepEqual(
    CONTENT_REQUIREMENTS.map((r) => r.id),
    CONTENT_RULES.map((r) => r.id),
  );
  const doc = readFileSync(new URL('../../docs/requirements.md', import.meta.url), 'utf8');
  for (const req of [...SAMARKIV_REQUIREMENTS, ...CONTENT_REQUIREMENTS]) {
    assert.match(
      doc,
      new RegExp(`^\\| \`${req.id}\` +\\| ${req.level} +\\|`, 'm'),
      `${req.id} (${req.level}) is in the table`,
    );
  }
});
