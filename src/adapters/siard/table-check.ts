/**
 * One pass over one table file: the bytes of content/schemaN/tableM/tableM.xml stream from the ZIP
 * into the structure checker (rows, columns, NULLs, LOB references) and, at the same time, into
 * xmllint validating against tableM.xsd. LOB references are verified between chunks, so the table
 * waits while a LOB is hashed and nothing accumulates: memory stays bounded for any table size.
 */
import { isArchiveError } from '../../core/errors.ts';
import type { ProblemCollector } from '../../core/siard/siard-analysis.ts';
import type { SiardTable } from '../../core/siard/siard-model.ts';
import { TableChecker, type LobReference } from '../../core/siard/table-checker.ts';
import type { LobVerifier } from './lob-verifier.ts';
import type { SiardZip } from './siard-zip.ts';
import { MAX_TABLE_SCHEMA_BYTES, vetTableSchema } from './table-schema.ts';
import { startXmllint, type XmllintRun } from './xmllint-stream.ts';

export interface TableJob {
  readonly zip: SiardZip;
  readonly schemaFolder: string;
  readonly table: SiardTable;
  readonly problems: ProblemCollector;
  readonly lobs: LobVerifier;
  /** Quarantine folder for the vetted table schemas; null when xmllint is not installed. */
  readonly schemaDir: string | null;
  /** Sequence number, so vetted schemas never share a file name. */
  readonly index: number;
}

/** Returns the rows counted, or null when the table file could not be read. */
export async function checkTable(job: TableJob): Promise<number | null> {
  const { zip, table, problems } = job;
  const folder = `content/${job.schemaFolder}/${table.folder}`;
  const xmlName = `${folder}/${table.folder}.xml`;
  const xsdName = `${folder}/${table.folder}.xsd`;
  const label = `${table.name} (${xmlName})`;
  if (!zip.listed.has(xmlName)) {
    problems.add(
      'tables',
      `Table ${label}: the table file is missing`,
      `Tabellen ${label}: tabellfilen saknas`,
      xmlName,
    );
    return null;
  }
  if (!zip.files.has(xmlName)) {
    // Encrypted or compressed with another method (SAMARKIV-SIARD-1): its content is unknown.
    problems.add(
      'tables',
      `Table ${label}: the table file cannot be read (see SAMARKIV-SIARD-1), so its rows, columns and LOBs were not checked`,
      `Tabellen ${label}: tabellfilen kan inte läsas (se SAMARKIV-SIARD-1), så dess rader, kolumner och LOB:ar har inte kontrollerats`,
      xmlName,
    );
    return null;
  }
  const run = await startValidation(job, xsdName, label);
  const pending: LobReference[] = [];
  const checker = new TableChecker({
    columns: table.columns,
    onLob: (ref) => pending.push(ref),
    onIssue: (issue) =>
      problems.add('structure', `${xmlName}: ${issue.en}`, `${xmlName}: ${issue.sv}`, xmlName, issue.line),
  });
  const lobContext = { table, tableFolder: folder, tableXml: xmlName };
  try {
    for await (const chunk of zip.read(xmlName)) {
      checker.write(chunk);
      // Not well-formed, or a DOCTYPE: stop before xmllint expands anything; the rest is moot.
      if (!checker.readable) break;
      await run?.write(chunk);
      for (const ref of pending.splice(0)) await job.lobs.verify(ref, lobContext);
    }
    if (checker.readable) checker.end();
    for (const ref of pending.splice(0)) await job.lobs.verify(ref, lobContext);
  } catch (e) {
    run?.abort();
    if (!isArchiveError(e)) throw e;
    problems.add(
      'zip',
      `${xmlName} cannot be read (${e.localized('en')}), so its rows, columns and LOBs were not fully checked`,
      `${xmlName} kan inte läsas (${e.localized('sv')}), så dess rader, kolumner och LOB:ar har inte kontrollerats helt`,
      xmlName,
    );
    return null;
  }
  if (!checker.readable) {
    run?.abort();
    problems.add(
      'tableSchema',
      `${xmlName} is not well-formed XML, so it is not valid against ${xsdName} (see SAMARKIV-SIARD-6)`,
      `${xmlName} är inte välformad XML och därmed inte giltig mot ${xsdName} (se SAMARKIV-SIARD-6)`,
      xmlName,
    );
    return null;
  }
  if (run) {
    const { errors, total } = await run.end();
    for (const error of errors)
      problems.add(
        'tableSchema',
        `${xmlName} is not valid against ${xsdName}: ${error.message}`,
        `${xmlName} är inte giltig mot ${xsdName}: ${error.message}`,
        xmlName,
        error.line,
      );
    problems.countMore('tableSchema', total - errors.length);
  }
  if (checker.readable) compareRows(table, checker.rows, xmlName, problems);
  return checker.rows;
}

async function startValidation(job: TableJob, xsdName: string, label: string): Promise<XmllintRun | null> {
  const { zip, problems } = job;
  if (!zip.listed.has(xsdName)) {
    problems.add(
      'tables',
      `Table ${label}: the table schema ${xsdName} is missing`,
      `Tabellen ${label}: tabellschemat ${xsdName} saknas`,
      xsdName,
    );
    return null;
  }
  const record = zip.files.get(xsdName);
  if (!record || job.schemaDir === null) return null;
  if (record.uncompressedSize > MAX_TABLE_SCHEMA_BYTES) {
    problems.add(
      'tableSchema',
      `${xsdName} is larger than 16 MB and was not used`,
      `${xsdName} är större än 16 MB och har inte använts`,
      xsdName,
    );
    return null;
  }
  const parts: Uint8Array[] = [];
  try {
    // Copies: chunks may be reused buffers, and Buffer#slice would only be a view of one.
    for await (const chunk of zip.read(xsdName)) parts.push(new Uint8Array(chunk));
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    problems.add(
      'zip',
      `${xsdName} cannot be read: ${e.localized('en')}`,
      `${xsdName} kan inte läsas: ${e.localized('sv')}`,
      xsdName,
    );
    return null;
  }
  const vetted = await vetTableSchema(Buffer.concat(parts), job.schemaDir, `table-${job.index}.xsd`);
  if ('problem' in vetted) {
    problems.add(
      'tableSchema',
      `${xsdName}: ${vetted.problem.en}`,
      `${xsdName}: ${vetted.problem.sv}`,
      xsdName,
    );
    return null;
  }
  return startXmllint(vetted.path, xsdName);
}

function compareRows(table: SiardTable, counted: number, xmlName: string, problems: ProblemCollector): void {
  if (table.rows === null) {
    problems.add(
      'rows',
      `Table ${table.name}: metadata.xml gives no row count`,
      `Tabellen ${table.name}: metadata.xml anger inget radantal`,
      xmlName,
    );
  } else if (table.rows !== counted) {
    problems.add(
      'rows',
      `Table ${table.name}: ${counted} rows in ${xmlName}, but metadata.xml says ${table.rows}`,
      `Tabellen ${table.name}: ${counted} rader i ${xmlName}, men metadata.xml anger ${table.rows}`,
      xmlName,
    );
  }
}
