/**
 * All checks of one .siard file, in the order each depends on the one before: the ZIP container,
 * the layout, metadata.xml, then every table with its rows and LOBs. A check that cannot run
 * because an earlier one failed is recorded in `notChecked` with the reason, never passed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isArchiveError } from '../../core/errors.ts';
import {
  ProblemCollector,
  SIARD_CHECKS,
  type SiardCheck,
  type SiardFileAnalysis,
  type SiardStats,
} from '../../core/siard/siard-analysis.ts';
import { checkLayout, checkVersionFolder } from '../../core/siard/siard-layout.ts';
import type { SiardMetadata } from '../../core/siard/siard-model.ts';
import type { SiardTarget } from '../../core/siard/siard-targets.ts';
import type { ListedEntry } from '../../core/validation/package-context.ts';
import type { Message } from '../../core/validation/rule.ts';
import type { PackageSource } from '../../ports/package-source.ts';
import { localSiardFile } from './local-siard-file.ts';
import { LobVerifier } from './lob-verifier.ts';
import { checkMetadata } from './metadata-check.ts';
import { openSiardZip, type SiardZip } from './siard-zip.ts';
import { checkTable } from './table-check.ts';

export interface SiardFileOptions {
  readonly source: PackageSource;
  readonly entries: ReadonlyMap<string, ListedEntry>;
  readonly quarantineDir?: string;
  /** Whether xmllint is installed (table XSD validation). */
  readonly xmllint: boolean;
}

const TABLE_CHECKS: readonly SiardCheck[] = [
  'tables',
  'tableSchema',
  'structure',
  'rows',
  'lobPresence',
  'lobDigest',
];

export async function checkSiardFile(
  target: SiardTarget,
  options: SiardFileOptions,
): Promise<SiardFileAnalysis> {
  const problems = new ProblemCollector();
  const notChecked: Partial<Record<SiardCheck, Message>> = {};
  const skip = (checks: readonly SiardCheck[], en: string, sv: string): void => {
    for (const c of checks) notChecked[c] ??= { en, sv };
  };
  const base = { path: target.path, parts: target.parts, representation: target.representation };
  let local;
  try {
    local = await localSiardFile(options.source, target, options.quarantineDir);
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    problems.add(
      'zip',
      `${target.path} cannot be read from the package: ${e.localized('en')}`,
      `${target.path} kan inte läsas ur paketet: ${e.localized('sv')}`,
      '',
    );
    skip(SIARD_CHECKS.slice(1), 'the SIARD file could not be read', 'SIARD-filen kunde inte läsas');
    return finish(base, problems, notChecked, null, [], emptyStats(), []);
  }
  const zip = await openSiardZip(local.path, target.path, problems);
  try {
    if (!zip) {
      skip(
        SIARD_CHECKS.slice(1),
        'the SIARD file is not a readable ZIP file',
        'SIARD-filen är ingen läsbar ZIP-fil',
      );
      return finish(base, problems, notChecked, null, [], emptyStats(), []);
    }
    const versions = checkLayout(zip.names, problems);
    const { metadata, notValidated } = await checkMetadata(zip, problems);
    if (notValidated) notChecked.metadata = notValidated;
    if (!metadata) {
      skip(TABLE_CHECKS, 'header/metadata.xml could not be read', 'header/metadata.xml kunde inte läsas');
      return finish(base, problems, notChecked, null, versions, emptyStats(), []);
    }
    checkVersionFolder(versions, metadata.version, problems);
    if (!options.xmllint)
      notChecked.tableSchema = {
        en: 'xmllint (Debian package libxml2-utils) is not installed, so table files were not validated against their XSD',
        sv: 'xmllint (Debian-paketet libxml2-utils) är inte installerat, så tabellfilerna har inte validerats mot sina XSD',
      };
    const lobs = new LobVerifier(
      zip,
      options.source,
      options.entries,
      target.path,
      metadata.lobFolder,
      problems,
    );
    const rows = await checkTables(zip, metadata, problems, lobs, options);
    checkUndescribedTables(zip, metadata, problems);
    const stats = { ...statsOf(metadata), rows, lobs: lobs.lobs };
    return finish(base, problems, notChecked, metadata, versions, stats, lobs.external);
  } finally {
    zip?.close();
    await local.release();
  }
}

async function checkTables(
  zip: SiardZip,
  metadata: SiardMetadata,
  problems: ProblemCollector,
  lobs: LobVerifier,
  options: SiardFileOptions,
): Promise<number> {
  const schemaDir = options.xmllint
    ? await mkdtemp(join(options.quarantineDir ?? tmpdir(), 'samarkiv-siard-xsd-'))
    : null;
  let rows = 0;
  let index = 0;
  try {
    for (const schema of metadata.schemas) {
      for (const table of schema.tables) {
        const counted = await checkTable({
          zip,
          schemaFolder: schema.folder,
          table,
          problems,
          lobs,
          schemaDir,
          index: index++,
        });
        rows += counted ?? 0;
      }
    }
  } finally {
    if (schemaDir) await rm(schemaDir, { recursive: true, force: true });
  }
  return rows;
}

/** Table files under content/ that metadata.xml does not describe. */
function checkUndescribedTables(zip: SiardZip, metadata: SiardMetadata, problems: ProblemCollector): void {
  const known = new Set<string>();
  for (const s of metadata.schemas)
    for (const t of s.tables) known.add(`content/${s.folder}/${t.folder}/${t.folder}.xml`);
  for (const name of zip.names) {
    const m = /^content\/[^/]+\/([^/]+)\/([^/]+)\.xml$/.exec(name);
    if (!m || m[1] !== m[2] || known.has(name)) continue;
    problems.add(
      'tables',
      `${name} is a table file that metadata.xml does not describe`,
      `${name} är en tabellfil som metadata.xml inte beskriver`,
      name,
    );
  }
}

function statsOf(metadata: SiardMetadata): Omit<SiardStats, 'rows' | 'lobs'> {
  const tables = metadata.schemas.flatMap((s) => s.tables);
  const columns = tables.flatMap((t) => t.columns);
  return {
    tables: tables.length,
    tablesUndescribed: tables.filter((t) => !t.described).length,
    columns: columns.length,
    columnsUndescribed: columns.filter((c) => !c.described).length,
    views: metadata.schemas.reduce((n, s) => n + s.views, 0),
  };
}

function emptyStats(): SiardStats {
  return { tables: 0, rows: 0, lobs: 0, tablesUndescribed: 0, columns: 0, columnsUndescribed: 0, views: 0 };
}

function finish(
  base: Pick<SiardFileAnalysis, 'path' | 'parts' | 'representation'>,
  problems: ProblemCollector,
  notChecked: Partial<Record<SiardCheck, Message>>,
  metadata: SiardMetadata | null,
  versionFolders: readonly string[],
  stats: SiardStats,
  externalLobs: readonly string[],
): SiardFileAnalysis {
  return {
    ...base,
    version: metadata?.version ?? null,
    versionFolders,
    dbname: metadata?.dbname ?? null,
    problems: problems.result(),
    notChecked,
    externalLobs,
    stats,
  };
}
