/**
 * Child process of the erms-package benchmark: packs one generated export with `sip create --erms`
 * (the same code path as the CLI) and prints one JSON line with the in-process time and peak RSS.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { samarkivSoftware } from '../../src/adapters/package-writer/index.ts';
import { createErmsSipFromCli } from '../../src/cli/commands/sip-create-erms.ts';
import { parseDescription } from '../../src/core/package/description.ts';

const [erms, documents, descriptionFile, out] = process.argv.slice(2) as [string, string, string, string];
const t0 = performance.now();
const description = parseDescription(await readFile(descriptionFile, 'utf8'), descriptionFile);
const written = await createErmsSipFromCli({
  erms,
  documents,
  description,
  descriptionDir: dirname(resolve(descriptionFile)),
  out,
  format: 'zip',
  now: new Date(),
  software: samarkivSoftware(),
});
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(
  `${JSON.stringify({ seconds, peak_rss_mb: process.resourceUsage().maxRSS / 1024, files: written.files, bytes: written.bytes, content_files: written.contentFiles })}\n`,
);
