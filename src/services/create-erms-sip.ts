/**
 * Use case `sip create --erms <file> --documents <folder>`: a case-management export (W3D3 and its
 * peers, CITS ERMS / FGS Ärendehantering) becomes an E-ARK SIP with one representation whose
 * content information type is citserms_v2_1 or citserms_v3_0, the documents in its data/ folder
 * and the ERMS file as its descriptive metadata (metadata/descriptive/erms.xml, dmdSec MDTYPE OTHER,
 * OTHERMDTYPE ERMS). Everything that would make delivery control refuse the package is checked
 * first (Schematron, identifiers, documents both ways); only then is anything written. The XSD
 * check of the ERMS file may still be running in xmllint while the package is built under its
 * temporary name: it is published only once that check says valid (docs/adr/0014).
 */
import { relative, resolve, sep } from 'node:path';
import { archiveError } from '../core/errors.ts';
import { ermsRuleProblems } from '../core/erms/erms-export-rules.ts';
import { DEFAULT_ERMS_VERSION, type ErmsFacts, type ErmsVersion } from '../core/erms/erms-facts.ts';
import {
  compareDocuments,
  describeInventory,
  ERMS_PACKAGE_PATH,
  ERMS_REPRESENTATION,
  listForMessage,
} from '../core/erms/erms-inventory.ts';
import type { Description } from '../core/package/description.ts';
import { createIdGenerator } from '../core/package/writer/ids.ts';
import type { ContentFile, PackageSpec } from '../core/package/writer/package-spec.ts';
import { sipSpecFromDescription } from '../core/package/writer/sip-from-description.ts';
import {
  formatForOutput,
  type CreateSipDeps,
  type ListedInputFile,
  type OutputFormat,
  type SipProfile,
  type WriteResult,
} from './create-sip.ts';

export const ERMS_CONTENT_TYPE: Readonly<Record<ErmsVersion, 'citserms_v2_1' | 'citserms_v3_0'>> = {
  '2.1': 'citserms_v2_1',
  '3.0': 'citserms_v3_0',
};

export interface ReadErms {
  readonly version: ErmsVersion;
  readonly facts: ErmsFacts;
  /**
   * When the schema check is still running: settles with the final reading (a file of no given
   * version may turn out to be 3.0) or rejects with ARC_ERR_ERMS_SCHEMA_INVALID.
   */
  readonly schemaChecked?: Promise<ReadErms>;
}

/** Lets the package be built while the ERMS schema check runs; awaited before it is published. */
export interface PublishGate {
  beforePublish(): Promise<void>;
}

export interface CreateErmsSipDeps<W extends WriteResult> extends Omit<CreateSipDeps<W>, 'writePackage'> {
  /**
   * Reads and schema-checks the ERMS file (throws ARC_ERR_ERMS_SCHEMA_INVALID); version undefined
   * = detect. The schema check may wait for `schemaCheckAfter` (the listing) to leave it the CPU.
   */
  readErms(
    path: string,
    version: ErmsVersion | undefined,
    options?: { schemaCheckAfter?: Promise<unknown> },
  ): Promise<ReadErms>;
  /** `signal` stops the build (its reason is thrown); `gate` is awaited before publishing. */
  writePackage(
    spec: PackageSpec,
    target: { kind: OutputFormat; path: string },
    gate?: PublishGate,
    signal?: AbortSignal,
  ): Promise<W>;
  /** The shipped XSD of a version, copied into the representation's schemas/. */
  ermsSchema(version: ErmsVersion): { fileName: string; path: string };
}

export interface CreateErmsSipRequest {
  readonly erms: string;
  readonly documents: string;
  readonly description: Description;
  readonly descriptionDir: string;
  readonly out: string;
  readonly profile?: SipProfile;
  readonly format?: OutputFormat;
  /** Given with --erms-version; otherwise the description's citserms_* type, otherwise detected. */
  readonly ermsVersion?: ErmsVersion;
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/** The version the description asks for, when it names a CITS ERMS content type. */
function declaredVersion(d: Description): ErmsVersion | undefined {
  if (d.contentInformationType === 'citserms_v2_1') return '2.1';
  if (d.contentInformationType === 'citserms_v3_0') return '3.0';
  return undefined;
}

function chooseVersion(req: CreateErmsSipRequest): ErmsVersion | undefined {
  const declared = declaredVersion(req.description);
  if (req.ermsVersion && declared && declared !== req.ermsVersion) {
    throw archiveError(
      'ARC_ERR_USAGE',
      `--erms-version ${req.ermsVersion} contradicts contentInformationType ${req.description.contentInformationType} of the description file`,
    );
  }
  return req.ermsVersion ?? declared;
}

export async function createErmsSip<W extends WriteResult>(
  req: CreateErmsSipRequest,
  deps: CreateErmsSipDeps<W>,
): Promise<W> {
  const documents = resolve(req.documents);
  const ermsPath = resolve(req.erms);
  const out = resolve(req.out);
  if (isInside(documents, out))
    throw archiveError('ARC_ERR_USAGE', `the output ${out} must not lie inside the documents folder`);

  // The folder is listed while the ERMS file is read: with 100,000 documents each takes seconds,
  // and a listing worker leaves the main thread to the parse (docs/adr/0014).
  const requested = chooseVersion(req);
  // A listFolder that throws at once becomes a rejection, reported below like any other.
  const listing = Promise.resolve().then(() => deps.listFolder(documents));
  listing.catch(() => undefined);
  const reading = deps.readErms(ermsPath, requested, { schemaCheckAfter: listing }).then((r) => {
    // Awaited later; a verdict arriving before that must not count as unhandled.
    r.schemaChecked?.catch(() => undefined);
    return r;
  });
  reading.catch(() => undefined);
  let listed: ListedInputFile[];
  try {
    listed = (await listing).filter((f) => resolve(f.absolutePath) !== ermsPath);
  } catch (e) {
    await reading.catch(() => undefined);
    throw e;
  }

  // The export is checked while the package is built under its temporary name: the first
  // problem found stops the build, which is then removed, and is reported as soon as the parse
  // has found it, as if nothing had been built; the package is published only after the check
  // passed and the schema said valid (docs/adr/0014).
  const checked = reading.then(async (erms) => {
    try {
      checkExport(erms, ermsPath, listed, documents);
    } catch (e) {
      await erms.schemaChecked; // a schema error is the first thing to fix: it is reported first
      throw e;
    }
    return erms;
  });
  const stop = new AbortController();
  checked.catch((e: unknown) => stop.abort(e));

  const target = { kind: req.format ?? formatForOutput(req.out), path: out };
  const write = (version: ErmsVersion, gate: PublishGate, signal?: AbortSignal): Promise<W> =>
    deps.writePackage(ermsSpec(req, deps, version, listed, ermsPath), target, gate, signal);
  const built = requested ?? DEFAULT_ERMS_VERSION;
  let final: ReadErms | undefined;
  const gate: PublishGate = {
    async beforePublish() {
      const erms = await checked;
      final = erms.schemaChecked ? await erms.schemaChecked : erms;
      if (final.version !== built) throw new ErmsVersionDiffers();
    },
  };
  try {
    return await write(built, gate, stop.signal);
  } catch (e) {
    // A problem of the export is what to fix first, even when the build failed before it was found.
    await checked;
    // Valid only as the other version (none was given): built again with its content type.
    if (!(e instanceof ErmsVersionDiffers) || !final) throw e;
    const again = final.version;
    return write(again, { beforePublish: async () => undefined });
  }
}

/** The package being built names a CITS ERMS version the schema check did not confirm. */
class ErmsVersionDiffers extends Error {}

function checkExport(
  erms: ReadErms,
  ermsPath: string,
  listed: readonly ListedInputFile[],
  documents: string,
): void {
  const problems = ermsRuleProblems(erms.facts, erms.version);
  if (problems.length > 0)
    throw archiveError('ARC_ERR_ERMS_RULES_FAILED', `${ermsPath}: ${listForMessage(problems)}`);
  const inventory = compareDocuments(
    erms.facts.fileReferences,
    listed.map((f) => f.path),
  );
  const mismatch = describeInventory(inventory, documents);
  if (mismatch.length > 0) throw archiveError('ARC_ERR_ERMS_DOCUMENTS_MISMATCH', listForMessage(mismatch));
  if (listed.length === 0) throw archiveError('ARC_ERR_USAGE', `${documents} contains no documents`);
}

function ermsSpec<W extends WriteResult>(
  req: CreateErmsSipRequest,
  deps: CreateErmsSipDeps<W>,
  version: ErmsVersion,
  listed: readonly ListedInputFile[],
  ermsPath: string,
): PackageSpec {
  const now = deps.now();
  const description: Description = {
    ...req.description,
    contentInformationType: ERMS_CONTENT_TYPE[version],
    representation: ERMS_REPRESENTATION.split('/')[1] as string,
  };
  delete (description as { otherContentInformationType?: string }).otherContentInformationType;
  const data: ContentFile[] = listed.map((f) => ({
    path: f.path,
    source: { kind: 'file', path: f.absolutePath, size: f.size },
    created: f.mtime,
  }));
  const documentation: ContentFile[] = (req.description.documentation ?? []).map((p) => ({
    path: p.split(/[\\/]/).pop() ?? p,
    source: { kind: 'file', path: resolve(req.descriptionDir, p) },
  }));
  const base = sipSpecFromDescription({
    description,
    profile: req.profile ?? 'sip-2.2',
    objid: req.description.objid ?? createIdGenerator(deps.uuid).urn(),
    data,
    documentation,
    software: deps.software,
    now,
  });
  const schema = deps.ermsSchema(version);
  const ermsName = ERMS_PACKAGE_PATH.slice(ERMS_PACKAGE_PATH.lastIndexOf('/') + 1);
  const originalName = ermsPath.slice(ermsPath.lastIndexOf(sep) + 1);
  return {
    ...base,
    representations: base.representations.map((rep) => ({
      ...rep,
      descriptive: [
        {
          path: ermsName,
          source: { kind: 'file', path: ermsPath },
          mimeType: 'application/xml',
          mdType: 'OTHER',
          otherMdType: 'ERMS',
          mdTypeVersion: version,
          ...(originalName !== ermsName ? { originalName } : {}),
        },
      ],
      schemas: [
        { path: schema.fileName, source: { kind: 'file', path: schema.path }, mimeType: 'application/xml' },
      ],
    })),
  };
}
