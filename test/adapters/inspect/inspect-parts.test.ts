/**
 * The parts of the inspectors that need no PDF: reading the pdfaid claim from XMP packets as
 * they occur, reading PDFBox preflight's XML report, the tool runner's timeout and output cap,
 * and the concurrency limit.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Limiter } from '../../../src/adapters/inspect/concurrency.ts';
import { readPdfaClaim } from '../../../src/adapters/inspect/pdfa-claim.ts';
import { parseReport } from '../../../src/adapters/inspect/pdfbox-preflight.ts';
import { runTool } from '../../../src/adapters/inspect/run-tool.ts';
import { expectCode } from '../package/support/fixtures.ts';
import { xmpPacket } from './support/make-pdf.ts';

test('pdfa claim: attributes, elements, any prefix, PDF/A-4 without a level', () => {
  assert.equal(readPdfaClaim(xmpPacket({ part: 1, conformance: 'B' })).claim?.claimed, '1b');
  assert.equal(readPdfaClaim(xmpPacket({ part: 3, conformance: 'a' }, true)).claim?.claimed, '3a');
  const otherPrefix =
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description xmlns:id="http://www.aiim.org/pdfa/ns/id/" id:part="2" id:conformance="U"/></rdf:RDF></x:xmpmeta>';
  assert.deepEqual(readPdfaClaim(otherPrefix), {
    claim: { claimed: '2u', part: '2', conformance: 'U', problem: null },
    xmpError: null,
  });
  const four = readPdfaClaim(xmpPacket({ part: 4 }));
  assert.equal(four.claim?.claimed, '4');
  assert.equal(four.claim?.problem, null);
});

test('pdfa claim: none, malformed values, and XMP that is not well-formed', () => {
  assert.deepEqual(readPdfaClaim(''), { claim: null, xmpError: null });
  assert.deepEqual(readPdfaClaim('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>'), { claim: null, xmpError: null });
  assert.match(readPdfaClaim(xmpPacket({ part: 2 })).claim!.problem!, /conformance is missing/);
  assert.match(readPdfaClaim(xmpPacket({ part: 9, conformance: 'B' })).claim!.problem!, /not a PDF\/A part/);
  // A claim in a broken packet is still read, and the breakage is reported against it.
  const broken = readPdfaClaim('<rdf:Description pdfaid:part="1" pdfaid:conformance="B"><unclosed>');
  assert.equal(broken.claim?.claimed, '1b');
  assert.ok(broken.xmpError);
});

test('preflight report: verdict, codes and details, capped; garbage gives no verdict', () => {
  const errors = Array.from(
    { length: 25 },
    (_, i) => `<error count="1"><code>2.4.${i}</code><details>problem ${i}</details></error>`,
  ).join('');
  const report = parseReport(
    `<?xml version="1.0"?><preflight name="x.pdf"><isValid type="PDF/A1-b">false</isValid><errors count="25">${errors}</errors></preflight>`,
  );
  assert.equal(report.valid, false);
  assert.equal(report.messages[0], 'PDF/A-1b 2.4.0: problem 0');
  assert.equal(report.messages.length, 21);
  assert.equal(report.messages[20], '… and 5 more');
  assert.deepEqual(parseReport('<?xml version="1.0"?><preflight><isValid>true</isValid></preflight>'), {
    valid: true,
    messages: [],
  });
  assert.deepEqual(parseReport('Exception in thread "main"'), { valid: null, messages: [] });
  assert.deepEqual(parseReport('<?xml version="1.0"?><preflight><isValid>'), { valid: null, messages: [] });
});

test('runTool: a tool that runs too long is killed and reported', async () => {
  const run = await runTool('sleep', ['30'], { timeoutMs: 200, debianPackage: 'coreutils' });
  assert.equal(run.timedOut, true);
  assert.equal(run.exitCode, null);
});

test('runTool: output beyond the cap is dropped, not buffered', async () => {
  const run = await runTool('head', ['-c', '3000000', '/dev/zero'], {
    timeoutMs: 30_000,
    debianPackage: 'coreutils',
    maxOutputBytes: 1000,
  });
  assert.equal(run.exitCode, 0);
  assert.equal(run.truncated, true);
  assert.equal(Buffer.byteLength(run.stdout), 1000);
});

test('runTool: arguments are never interpreted by a shell', async () => {
  const run = await runTool('echo', ['$(id)', '; rm -rf /', '`x`'], {
    timeoutMs: 30_000,
    debianPackage: 'coreutils',
  });
  assert.equal(run.stdout, '$(id) ; rm -rf / `x`\n');
  await expectCode(
    runTool('no-such-tool-samarkiv', [], { timeoutMs: 1000, debianPackage: 'x' }),
    'ARC_ERR_INSPECT_TOOL_MISSING',
  );
});

test('limiter: never more tasks at once than allowed, and all of them run', async () => {
  const limiter = new Limiter(3);
  let running = 0;
  let peak = 0;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      limiter
        .run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((r) => setImmediate(r));
          running--;
          if (i === 7) throw new Error('task 7 fails');
          return i;
        })
        .catch((e: Error) => e.message),
    ),
  );
  assert.equal(peak, 3);
  assert.equal(results[7], 'task 7 fails');
  assert.equal(results[19], 19);
  assert.throws(() => new Limiter(0), RangeError);
});
