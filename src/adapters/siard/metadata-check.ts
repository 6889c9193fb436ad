/**
 * Reads header/metadata.xml of a .siard file into the SIARD model (streaming) and validates it
 * against the shipped metadata schema of its version (SAMARKIV-SIARD-3): in memory with
 * libxml2-wasm up to MAX_IN_MEMORY, beyond that in a second, streaming pass through xmllint.
 */
import { join } from 'node:path';
import { isArchiveError } from '../../core/errors.ts';
import { SiardMetadataParser } from '../../core/siard/metadata-parser.ts';
import type { ProblemCollector } from '../../core/siard/siard-analysis.ts';
import type { SiardMetadata } from '../../core/siard/siard-model.ts';
import type { Message } from '../../core/validation/rule.ts';
import { SCHEMA_DIR, SCHEMA_SETS, type SchemaSetId } from '../xml/schema-catalog.ts';
import { validateXml } from '../xml/xsd-validator.ts';
import type { SiardZip } from './siard-zip.ts';
import { startXmllint, xmllintVersion } from './xmllint-stream.ts';

export const METADATA_XML = 'header/metadata.xml';
const MAX_IN_MEMORY = 64 * 1024 * 1024;

const SCHEMA_BY_VERSION: Readonly<Record<string, SchemaSetId>> = { '2.1': 'siard-2.1', '2.2': 'siard-2.2' };

export interface MetadataOutcome {
  readonly metadata: SiardMetadata | null;
  /** Why schema validation did not run, when it did not. */
  readonly notValidated?: Message;
}

export async function checkMetadata(zip: SiardZip, problems: ProblemCollector): Promise<MetadataOutcome> {
  const record = zip.files.get(METADATA_XML);
  if (!record) {
    if (!zip.listed.has(METADATA_XML))
      problems.add('metadata', 'header/metadata.xml is missing', 'header/metadata.xml saknas', METADATA_XML);
    return { metadata: null };
  }
  const parser = new SiardMetadataParser(METADATA_XML);
  const keep: Uint8Array[] | null = record.uncompressedSize <= MAX_IN_MEMORY ? [] : null;
  let metadata: SiardMetadata;
  try {
    for await (const chunk of zip.read(METADATA_XML)) {
      // A copy: chunks may be reused buffers, and Buffer#slice would only be a view of one.
      keep?.push(new Uint8Array(chunk));
      parser.write(chunk);
    }
    metadata = parser.end();
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    const check = e.code.startsWith('ARC_ERR_XML') ? 'metadata' : 'zip';
    problems.add(
      check,
      `header/metadata.xml: ${e.localized('en')}`,
      `header/metadata.xml: ${e.localized('sv')}`,
      METADATA_XML,
    );
    return { metadata: null };
  }
  const set = metadata.version === null ? undefined : SCHEMA_BY_VERSION[metadata.version];
  if (!set) {
    const v = metadata.version ?? '(none)';
    return {
      metadata,
      notValidated: {
        en: `metadata.xml declares SIARD version ${v}; samarkiv ships the metadata schemas of SIARD 2.1 and 2.2 only, so it was not schema-validated`,
        sv: `metadata.xml anger SIARD-version ${v}; samarkiv har metadatascheman för SIARD 2.1 och 2.2, så den har inte schemavaliderats`,
      },
    };
  }
  const errors = keep ? await inMemory(Buffer.concat(keep), set) : await streaming(zip, set);
  if ('notValidated' in errors) return { metadata, notValidated: errors.notValidated };
  for (const error of errors.list)
    problems.add(
      'metadata',
      `header/metadata.xml is not valid against the SIARD ${metadata.version} schema: ${error.message}`,
      `header/metadata.xml är inte giltig mot schemat för SIARD ${metadata.version}: ${error.message}`,
      METADATA_XML,
      error.line,
    );
  return { metadata };
}

type Errors = { list: readonly { message: string; line?: number }[] } | { notValidated: Message };

async function inMemory(bytes: Uint8Array, set: SchemaSetId): Promise<Errors> {
  try {
    return { list: await validateXml(bytes, { schemaSet: set, name: METADATA_XML }) };
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    return { list: [{ message: e.localized('en') }] };
  }
}

async function streaming(zip: SiardZip, set: SchemaSetId): Promise<Errors> {
  if ((await xmllintVersion()) === null)
    return {
      notValidated: {
        en: 'metadata.xml is larger than 64 MB and xmllint (libxml2-utils) is not installed to validate it streaming',
        sv: 'metadata.xml är större än 64 MB och xmllint (libxml2-utils) finns inte installerat för att validera den strömmande',
      },
    };
  const file = SCHEMA_SETS[set].imports[0]?.file as string;
  const run = startXmllint(join(SCHEMA_DIR, file));
  try {
    for await (const chunk of zip.read(METADATA_XML)) await run.write(chunk);
  } catch (e) {
    run.abort();
    throw e;
  }
  return { list: (await run.end()).errors };
}
