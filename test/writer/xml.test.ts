/** XML escaping: markup characters survive a round trip, characters XML 1.0 cannot carry are refused. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { XmlDocument } from 'libxml2-wasm';
import { isArchiveError } from '../../src/core/errors.ts';
import { XmlBuilder, escapeAttr, escapeText } from '../../src/core/package/writer/xml.ts';

test('escaped text and attributes parse back to the original', () => {
  const xmlChar = fc.string({ unit: 'grapheme', maxLength: 30 }).filter(
    // eslint-disable-next-line no-control-regex
    (s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s),
  );
  fc.assert(
    fc.property(xmlChar, xmlChar, (text, attr) => {
      const xml = new XmlBuilder().leaf('a', [['v', attr]], text).toString();
      const doc = XmlDocument.fromString(xml);
      try {
        assert.equal(doc.root.content, text);
        assert.equal(doc.root.attrs[0]?.value ?? '', attr);
      } finally {
        doc.dispose();
      }
    }),
    { numRuns: 300 },
  );
});

test('examples', () => {
  assert.equal(escapeText('a < b & c > d "e"'), 'a &lt; b &amp; c &gt; d "e"');
  assert.equal(escapeAttr('x"y\n\tz&'), 'x&quot;y&#10;&#9;z&amp;');
  assert.equal(escapeText('rad 1\r\nrad 2'), 'rad 1&#13;\nrad 2');
});

test('control characters and lone surrogates are refused, not dropped', () => {
  for (const bad of ['a\u0001b', 'a\uFFFEb', 'a\uD800b', 'a\uDC00']) {
    assert.throws(
      () => escapeText(bad),
      (e) => isArchiveError(e) && e.code === 'ARC_ERR_USAGE',
      JSON.stringify(bad),
    );
  }
  assert.equal(escapeText('😀 emoji and 𝄞'), '😀 emoji and 𝄞');
});
