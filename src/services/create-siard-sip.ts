/**
 * Use case `sip create --siard <db.siard>`: wraps a SIARD file as a CITS SIARD 1.0 package (E-ARK
 * SIP): mets/@TYPE Databases, citssiard_v1_0 and the CITS SIARD profile URLs on the package and
 * representation METS, SIARD_<version> on the representation, its file groups and the .siard file
 * itself (SIARD_7–16). The SIARD file is checked first with the archive's SIARD checks and refused
 * when it fails them; the check becomes the validation report in documentation/ (SIARD_18), and
 * ER diagrams of the original and the archived database go to documentation/database_diagrams/
 * (SIARD_30–30d), so the package passes delivery control without warnings.
 */
import { basename, resolve } from 'node:path';
import { archiveError } from '../core/errors.ts';
import type { Description } from '../core/package/description.ts';
import { createIdGenerator } from '../core/package/writer/ids.ts';
import type { Software } from '../core/package/writer/mets-structure.ts';
import type { ContentFile, PackageSpec } from '../core/package/writer/package-spec.ts';
import { sipSpecFromDescription } from '../core/package/writer/sip-from-description.ts';
import type { SiardDocument } from '../core/siard-export/metadata-reader.ts';
import type { OutputFormat, SipProfile, WriteResult } from './create-sip.ts';

export const CITS_SIARD_ROOT_PROFILE = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-ROOT.xml';
export const CITS_SIARD_REP_PROFILE = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-REPRESENTATION.xml';

export interface SiardFileFacts {
  readonly document: SiardDocument;
  readonly size: number;
  /** Problems the SIARD checks found (empty: passed). */
  readonly problems: readonly { readonly check: string; readonly en: string }[];
  readonly notChecked: readonly { readonly check: string; readonly en: string }[];
  readonly tableValidator: string | null;
}

export interface CreateSiardSipRequest {
  readonly siard: string;
  readonly description: Description;
  readonly descriptionDir: string;
  readonly out: string;
  readonly profile?: SipProfile;
  readonly format: OutputFormat;
}

export interface CreateSiardSipDeps<W extends WriteResult> {
  inspectSiard(path: string): Promise<SiardFileFacts>;
  renderDiagram(doc: SiardDocument, kind: 'original' | 'archived', created: Date): Promise<Uint8Array>;
  writePackage(spec: PackageSpec, target: { kind: OutputFormat; path: string }): Promise<W>;
  readonly software: Software;
  now(): Date;
  uuid?: () => string;
}

const enc = new TextEncoder();

export async function createSiardSip<W extends WriteResult>(
  req: CreateSiardSipRequest,
  deps: CreateSiardSipDeps<W>,
): Promise<W> {
  const siard = resolve(req.siard);
  const facts = await deps.inspectSiard(siard);
  const first = facts.problems[0];
  if (first)
    throw archiveError(
      'ARC_ERR_SIARD_FILE_INVALID',
      siard,
      `it fails the SIARD checks (${facts.problems.length} problem(s)); first: ${first.check}: ${first.en}`,
    );
  const version = facts.document.version;
  const other = `SIARD_${version}`;
  const now = deps.now();
  const name = basename(siard);
  const stem = name.replace(/\.siard$/i, '');
  const objid = req.description.objid ?? createIdGenerator(deps.uuid).urn();
  const diagrams: ContentFile[] = [];
  for (const kind of ['original', 'archived'] as const)
    diagrams.push({
      path: `database_diagrams/${kind === 'original' ? 'Original' : 'Archived'}_${stem}-er.pdf`,
      source: { kind: 'buffer', data: await deps.renderDiagram(facts.document, kind, now) },
      mimeType: 'application/pdf',
      created: now,
    });
  const documentation: ContentFile[] = [
    ...(req.description.documentation ?? []).map((p) => ({
      path: p.split(/[\\/]/).pop() ?? p,
      source: { kind: 'file' as const, path: resolve(req.descriptionDir, p) },
    })),
    {
      path: 'siard-valideringsrapport.txt',
      source: { kind: 'buffer', data: enc.encode(validationReport(name, facts, deps.software, now)) },
      mimeType: 'text/plain',
      created: now,
    },
    ...diagrams,
  ];
  const spec = sipSpecFromDescription({
    description: {
      ...req.description,
      contentCategory: 'Databases',
      contentInformationType: 'citssiard_v1_0',
    },
    profile: req.profile ?? 'sip-2.2',
    objid,
    data: [
      {
        path: name,
        source: { kind: 'file', path: siard },
        mimeType: 'application/zip',
        otherContentInformationType: other,
      },
    ],
    documentation,
    software: deps.software,
    now,
  });
  const rep = spec.representations[0];
  const cits: PackageSpec = {
    ...spec,
    profileUrl: CITS_SIARD_ROOT_PROFILE,
    representations: rep
      ? [{ ...rep, profileUrl: CITS_SIARD_REP_PROFILE, otherContentInformationType: other }]
      : [],
  };
  return deps.writePackage(cits, { kind: req.format, path: resolve(req.out) });
}

function validationReport(name: string, facts: SiardFileFacts, software: Software, now: Date): string {
  const tables = facts.document.schemas.flatMap((s) =>
    s.tables.map((t) => ({ schema: s.schema.name, ...t })),
  );
  const rows = tables.reduce((n, t) => n + (t.rows ?? 0), 0);
  return [
    `Valideringsrapport för SIARD-filen / validation report of the SIARD file: ${name}`,
    `Kontrollerad / checked: ${now.toISOString()} med / with ${software.name} ${software.version}`,
    `SIARD-version: ${facts.document.version}; databas / database: ${facts.document.dbname}; ${facts.size} byte`,
    `Tabellschemavalidering / table schema validation: ${facts.tableValidator ?? 'ej utförd / not run (xmllint missing)'}`,
    '',
    'Kontroller / checks: SAMARKIV-SIARD-1 (ZIP), 2 (struktur / layout), 3 (metadata.xml mot / against the SIARD schema),',
    '4 (tabellfiler / table files), 5 (tabeller mot sina XSD / tables against their XSD), 6 (rader och kolumner / rows and columns),',
    '7 (radantal / row counts), 8 (LOB-filer finns / LOB files present), 9 (LOB-längd och kontrollsumma / LOB length and digest).',
    `Resultat / result: ${facts.problems.length === 0 ? 'inga fel / no errors' : `${facts.problems.length} fel / errors`}`,
    ...facts.notChecked.map((n) => `Ej kontrollerat / not checked: ${n.check}: ${n.en}`),
    '',
    `Tabeller / tables (${tables.length}, ${rows} rader / rows):`,
    ...tables.map(
      (t) =>
        `  ${t.schema}.${t.table.name}: ${t.rows ?? '?'} rader / rows, ${t.table.columns.length} kolumner / columns`,
    ),
    '',
  ].join('\n');
}
