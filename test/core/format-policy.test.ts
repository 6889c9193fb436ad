/**
 * The default format policy (data/policies/riksarkivet-2009-2.yaml) against the DROID signature file
 * it cites, policy parsing and per-agreement overrides, and the naming rule of checkpoint K11.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadPolicy, readPolicyFile } from '../../src/adapters/policy/policy-files.ts';
import { isArchiveError } from '../../src/core/errors.ts';
import { verdictFor, type FormatPolicy } from '../../src/core/formats/format-policy.ts';
import { checkFileName, namingRule, SWEDISH_NAMING_RULE } from '../../src/core/formats/naming-rule.ts';
import {
  mergePolicyOverride,
  parsePolicy,
  parsePolicyOverride,
} from '../../src/core/formats/policy/index.ts';

const DROID_V118 = new URL('../../data/pronom/DROID_SignatureFile_V118.xml', import.meta.url);

/** PUID → name of every FileFormat in the signature file (attributes in any order). */
function droidFormats(): Map<string, string> {
  const xml = readFileSync(DROID_V118, 'utf8');
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<FileFormat\s([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const puid = /\bPUID="([^"]+)"/.exec(attrs)?.[1];
    const name = /\bName="([^"]*)"/.exec(attrs)?.[1];
    if (puid) out.set(puid, name ?? '');
  }
  return out;
}

function rejects(fn: () => unknown, code: string, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(isArchiveError(e), 'an ArchiveError');
    assert.equal(e.code, code);
    assert.match(e.message, pattern);
    return true;
  });
}

let policy: FormatPolicy;
before(async () => {
  policy = await readPolicyFile();
});

describe('the default policy (Riksarkivet, RA-FS 2009:2)', () => {
  test('loads, and says unknown for what it does not list', () => {
    assert.equal(policy.id, 'riksarkivet-2009-2');
    assert.equal(policy.unlisted, 'unknown');
    assert.ok(policy.entries.length > 20);
    assert.deepEqual(verdictFor(policy, 'fmt/1071').verdict, 'unknown');
    assert.deepEqual(verdictFor(policy, null).verdict, 'unknown');
  });

  test('every PUID in it exists in the DROID signature file V118', () => {
    const formats = droidFormats();
    assert.ok(formats.size > 2000, 'the signature file was read');
    const missing = policy.entries.flatMap((e) =>
      e.puids.filter((p) => !formats.has(p)).map((p) => `${e.name}: ${p}`),
    );
    assert.deepEqual(missing, []);
  });

  test('each entry names its formats truthfully: PDF/A entries hold only DROID PDF/A formats', () => {
    const formats = droidFormats();
    for (const entry of policy.entries.filter((e) => e.name.startsWith('PDF/A'))) {
      for (const p of entry.puids) assert.match(formats.get(p) ?? '', /PDF\/A/, `${entry.name}: ${p}`);
    }
  });

  test('accepts the preservation formats the issue lists', () => {
    const accepted = {
      'PDF/A-1b': 'fmt/354',
      'PDF/A-1a': 'fmt/95',
      'PDF/A-2a/b/u': ['fmt/476', 'fmt/477', 'fmt/478'],
      TIFF: 'fmt/353',
      JPEG: 'fmt/43',
      PNG: 'fmt/13',
      XML: 'fmt/101',
      'plain text': 'x-fmt/111',
      CSV: 'x-fmt/18',
      SIARD: ['fmt/161', 'fmt/995', 'fmt/1196', 'fmt/1777'],
      WAV: 'fmt/141',
      MP3: 'fmt/134',
      'MPEG-2': 'x-fmt/386',
      'MPEG-4': 'fmt/199',
    };
    for (const [name, puids] of Object.entries(accepted)) {
      for (const p of [puids].flat())
        assert.equal(verdictFor(policy, p).verdict, 'accepted', `${name} (${p})`);
    }
  });

  test('asks for conversion of office documents and plain PDF, naming the target', () => {
    for (const p of ['fmt/412', 'fmt/40', 'fmt/290', 'fmt/291', 'fmt/18', 'fmt/276']) {
      const { verdict, entry } = verdictFor(policy, p);
      assert.equal(verdict, 'conversion', p);
      assert.equal(entry?.convertTo, 'PDF/A', p);
    }
    assert.equal(verdictFor(policy, 'x-fmt/66').entry?.convertTo, 'SIARD', 'Access database');
  });

  test('refuses executables and encrypted containers', () => {
    for (const p of ['x-fmt/409', 'x-fmt/411', 'fmt/899', 'fmt/900', 'fmt/690', 'fmt/494', 'fmt/754'])
      assert.equal(verdictFor(policy, p).verdict, 'refused', p);
  });

  test('every entry cites where it comes from', () => {
    for (const entry of policy.entries) assert.ok(entry.reference, `${entry.name} has a reference`);
  });
});

describe('parsing a policy', () => {
  const minimal = (entries: string): string =>
    `id: test\nname: {en: Test, sv: Test}\nsource: test\nunlisted: unknown\nentries:\n${entries}`;

  test('a minimal policy parses', () => {
    const p = parsePolicy(minimal('  - {name: PDF/A-1b, puids: [fmt/354], verdict: accepted}\n'), 't.yaml');
    assert.equal(verdictFor(p, 'fmt/354').verdict, 'accepted');
  });

  test('refuses a conversion without convertTo, naming the field', () => {
    rejects(
      () => parsePolicy(minimal('  - {name: Word, puids: [fmt/412], verdict: conversion}\n'), 't.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /t\.yaml: entries\[0\]\.convertTo: is required when verdict is conversion/,
    );
  });

  test('refuses a PUID listed twice, a malformed PUID, an unknown verdict and an unknown key', () => {
    const twice =
      '  - {name: A, puids: [fmt/354], verdict: accepted}\n  - {name: B, puids: [fmt/354], verdict: refused}\n';
    rejects(
      () => parsePolicy(minimal(twice), 't.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /fmt\/354 is already listed in entry 0 \("A"\)/,
    );
    rejects(
      () => parsePolicy(minimal('  - {name: A, puids: [pdf], verdict: accepted}\n'), 't.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /entries\[0\]\.puids\[0\]: must be a PRONOM PUID/,
    );
    rejects(
      () => parsePolicy(minimal('  - {name: A, puids: [fmt/1], verdict: maybe}\n'), 't.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /entries\[0\]\.verdict/,
    );
    rejects(
      () =>
        parsePolicy(minimal('  - {name: A, puids: [fmt/1], verdict: accepted, convertto: x}\n'), 't.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /convertto/,
    );
  });

  test('refuses broken YAML and a key written twice', () => {
    rejects(
      () => parsePolicy('id: [unclosed', 'bad.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /^Invalid format policy: bad\.yaml: /,
    );
    rejects(
      () => parsePolicy('id: a\nid: b\n', 'twice.yaml'),
      'ARC_ERR_POLICY_INVALID',
      /twice\.yaml: .*[Mm]ap keys must be unique/,
    );
  });
});

describe('a submission agreement overrides entries by PUID', () => {
  test('accepting PDF/A-3 takes those PUIDs out of the base entry and leaves the rest alone', () => {
    const override = parsePolicyOverride(
      `id: LO-2026-17
extends: riksarkivet-2009-2
entries:
  - name: PDF/A-3 by agreement
    puids: [fmt/479, fmt/480, fmt/481]
    verdict: accepted
    reference: Leveransöverenskommelse LÖ-2026-17
`,
      'lo.yaml',
    );
    const merged = mergePolicyOverride(policy, override);
    assert.equal(merged.id, 'riksarkivet-2009-2+LO-2026-17');
    assert.equal(verdictFor(merged, 'fmt/480').verdict, 'accepted');
    assert.equal(verdictFor(merged, 'fmt/480').entry?.reference, 'Leveransöverenskommelse LÖ-2026-17');
    assert.ok(!merged.entries.some((e) => e.name.startsWith('PDF/A-3 (')), 'the emptied base entry is gone');
    assert.equal(verdictFor(merged, 'fmt/412').verdict, 'conversion', 'other entries are unchanged');
    const allPuids = merged.entries.flatMap((e) => e.puids);
    assert.equal(new Set(allPuids).size, allPuids.length, 'no PUID is in two entries');
    assert.equal(verdictFor(policy, 'fmt/480').verdict, 'conversion', 'the base policy is not changed');
  });

  test('replacing part of an entry keeps the other PUIDs of that entry', () => {
    const merged = mergePolicyOverride(
      policy,
      parsePolicyOverride(
        'id: lo-1\nentries:\n  - {name: ODT 1.2, puids: [fmt/291], verdict: accepted}\n',
        'lo.yaml',
      ),
    );
    assert.equal(verdictFor(merged, 'fmt/291').verdict, 'accepted');
    assert.equal(verdictFor(merged, 'fmt/290').verdict, 'conversion');
  });

  test('can change the verdict for unlisted formats, and refuses an override meant for another policy', () => {
    const lenient = mergePolicyOverride(
      policy,
      parsePolicyOverride('id: lo-2\nunlisted: conversion\n', 'lo.yaml'),
    );
    assert.equal(verdictFor(lenient, 'fmt/1071').verdict, 'conversion');
    rejects(
      () => mergePolicyOverride(policy, parsePolicyOverride('id: lo-3\nextends: other-policy\n', 'lo.yaml')),
      'ARC_ERR_POLICY_INVALID',
      /extends policy "other-policy", but the policy in use is "riksarkivet-2009-2"/,
    );
  });

  describe('from files', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'samarkiv-policy-'));
    });
    after(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    test('loadPolicy applies an override file to the default policy', async () => {
      const file = join(dir, 'override.yaml');
      await writeFile(
        file,
        'id: lo-4\nentries:\n  - {name: DOCX by agreement, puids: [fmt/412], verdict: accepted}\n',
      );
      const merged = await loadPolicy({ overrideFile: file });
      assert.equal(verdictFor(merged, 'fmt/412').verdict, 'accepted');
    });

    test('a missing policy file is ARC_ERR_INPUT_NOT_FOUND, a directory is not a policy', async () => {
      await assert.rejects(
        readPolicyFile(join(dir, 'nope.yaml')),
        (e: unknown) => isArchiveError(e) && e.code === 'ARC_ERR_INPUT_NOT_FOUND',
      );
      await assert.rejects(
        readPolicyFile(dir),
        (e: unknown) => isArchiveError(e) && e.code === 'ARC_ERR_POLICY_INVALID',
      );
    });
  });
});

describe('the naming rule (checkpoint K11)', () => {
  const reasons = (name: string): string[] => checkFileName(SWEDISH_NAMING_RULE, name).map((m) => m.en);

  test('accepts a lower-case name with digits, - and _ and one extension', () => {
    assert.deepEqual(reasons('bn-2019-0412_beslut.pdf'), []);
  });

  test('rejects "Beslut 2019.PDF" for its upper-case letters and its space', () => {
    const r = checkFileName(SWEDISH_NAMING_RULE, 'Beslut 2019.PDF');
    assert.equal(r.length, 2);
    assert.match(r[0]?.en ?? '', /^upper-case letters \(B P D F\): Windows and macOS/);
    assert.match(r[0]?.sv ?? '', /^versaler \(B P D F\)/);
    assert.match(r[1]?.en ?? '', /^spaces or other white space: they must be written %20/);
  });

  test('rejects "åtgärd.pdf" (composed or decomposed) for its letters outside a–z', () => {
    for (const name of ['åtgärd.pdf', 'åtgärd.pdf'.normalize('NFD')]) {
      const r = reasons(name);
      assert.equal(r.length, 1, name);
      assert.match(r[0] ?? '', /^letters outside a–z \(å ä\): .*macOS splits å/);
    }
  });

  test('rejects "a.b.pdf" for its second dot and "noext" for having no extension', () => {
    assert.deepEqual(
      reasons('a.b.pdf').map((r) => r.split(':')[0]),
      ['more than one dot'],
    );
    assert.deepEqual(
      reasons('noext').map((r) => r.split(':')[0]),
      ['no extension'],
    );
    assert.deepEqual(reasons('.pdf'), ['nothing before the extension']);
    assert.match(reasons('a&b.pdf')[0] ?? '', /characters other than a–z, 0–9, "-" and "_" \(&\)/);
  });

  test('a configured pattern replaces the default, and explains itself by its pattern', () => {
    const rule = namingRule(
      '^[A-Za-z0-9_-]+\\.[a-z]+$',
      { en: 'ASCII letters', sv: 'ASCII-bokstäver' },
      'kommun-x',
    );
    assert.deepEqual(checkFileName(rule, 'Beslut.pdf'), []);
    assert.deepEqual(
      checkFileName(rule, 'a.b.pdf').map((m) => m.en),
      ['does not match the pattern ^[A-Za-z0-9_-]+\\.[a-z]+$'],
    );
  });

  test('a pattern that does not compile, or matches the empty name, is ARC_ERR_NAMING_RULE_INVALID', () => {
    rejects(() => namingRule('[a-z'), 'ARC_ERR_NAMING_RULE_INVALID', /^Invalid naming rule: \[a-z: /);
    rejects(() => namingRule('.*'), 'ARC_ERR_NAMING_RULE_INVALID', /matches the empty name/);
  });
});
