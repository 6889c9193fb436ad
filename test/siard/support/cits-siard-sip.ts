/**
 * Wraps a generated SIARD file in a CITS SIARD SIP: the shared valid E-ARK fixture package
 * (test/support/fixture-package.ts), turned into a database package — mets/@TYPE "Databases",
 * citssiard_v1_0 and SIARD_2.2 where CITS SIARD wants them, the CITS SIARD profile URLs, the
 * .siard file as the representation's data, and documentation with ER diagrams and a validation
 * report. Also writes such a package to disk as a folder or a ZIP.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildFixture, type FileTree, type FixtureOptions } from '../../support/fixture-package.ts';
import { sampleSiard, type SiardOptions } from './siard-builder.ts';
import { writeZip } from './zip-writer.ts';

const enc = new TextEncoder();
const CREATED = '2026-11-20T10:00:00+01:00';
export const ROOT_PROFILE = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-ROOT.xml';
export const REP_PROFILE = 'https://citssiard.dilcis.eu/profile/E-ARK-SIARD-REPRESENTATION.xml';
export const SIARD_PATH = 'representations/rep1/data/procapita.siard';

/** Documentation a CITS SIARD delivery brings (SIARD_18, SIARD_30–30d). */
export const DOCUMENTATION: ReadonlyMap<string, Uint8Array> = new Map([
  [
    'documentation/database_diagrams/Original_procapita-er.png',
    enc.encode('PNG stand-in: original ER diagram'),
  ],
  [
    'documentation/database_diagrams/Archived_procapita-er.png',
    enc.encode('PNG stand-in: archived ER diagram'),
  ],
  [
    'documentation/siard-valideringsrapport.txt',
    enc.encode('SIARD-filen validerad med samarkiv: inga fel.\n'),
  ],
]);

export interface CitsSiardOptions {
  readonly siard?: SiardOptions;
  /** The SIARD file's bytes; generated from `siard` when absent. */
  readonly siardBytes?: Uint8Array;
  /** The representation's (and its package file group's) OTHERCONTENTINFORMATIONTYPE. */
  readonly otherType?: string;
  /** Further edits after the CITS SIARD ones. */
  readonly rootMets?: (xml: string) => string;
  readonly repMets?: (xml: string) => string;
  readonly files?: (files: FileTree) => void;
}

function sha256(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function fileEl(id: string, href: string, bytes: Uint8Array, mime: string, extra = ''): string {
  return `      <mets:file ID="${id}" MIMETYPE="${mime}" SIZE="${bytes.length}" CREATED="${CREATED}" CHECKSUM="${sha256(bytes)}" CHECKSUMTYPE="SHA-256"${extra}>
        <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${href}"/>
      </mets:file>`;
}

/** Sets the CITS SIARD attributes on the first mets:mets start tag. */
function metsRoot(xml: string, profile: string, other: string | null): string {
  return xml.replace(/<mets:mets [^>]*>/, (tag) => {
    let t = tag
      .replace(/ TYPE="[^"]*"/, ' TYPE="Databases"')
      .replace(/csip:CONTENTINFORMATIONTYPE="[^"]*"/, 'csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"')
      .replace(/ PROFILE="[^"]*"/, ` PROFILE="${profile}"`);
    t =
      other === null
        ? t.replace(/ csip:OTHERCONTENTINFORMATIONTYPE="[^"]*"/, '')
        : t.replace(
            /csip:OTHERCONTENTINFORMATIONTYPE="[^"]*"/,
            `csip:OTHERCONTENTINFORMATIONTYPE="${other}"`,
          );
    return t;
  });
}

function fileGroup(xml: string, id: string, other: string): string {
  return xml.replace(new RegExp(`<mets:fileGrp ID="${id}"[^>]*>`), (tag) =>
    tag
      .replace(/csip:CONTENTINFORMATIONTYPE="[^"]*"/, 'csip:CONTENTINFORMATIONTYPE="citssiard_v1_0"')
      .replace(/csip:OTHERCONTENTINFORMATIONTYPE="[^"]*"/, `csip:OTHERCONTENTINFORMATIONTYPE="${other}"`),
  );
}

/** Fixture options (without the profile) for a CITS SIARD SIP holding one SIARD file. */
export function citsSiardFixture(options: CitsSiardOptions = {}): Omit<FixtureOptions, 'profile'> {
  const siard = options.siardBytes ?? sampleSiard(options.siard);
  const other = options.otherType ?? 'SIARD_2.2';
  const name = SIARD_PATH.slice('representations/rep1/'.length);
  return {
    repMets: (xml) => {
      let out = metsRoot(xml, REP_PROFILE, other);
      out = fileGroup(out, 'rep-grp-data', other);
      out = out.replace(
        /<mets:file ID="rep-file-1"[\s\S]*?<\/mets:file>/,
        fileEl(
          'rep-file-1',
          name,
          siard,
          'application/zip',
          ` csip:OTHERCONTENTINFORMATIONTYPE="${other}"`,
        ).trimStart(),
      );
      return options.repMets ? options.repMets(out) : out;
    },
    rootMets: (xml) => {
      let out = metsRoot(xml, ROOT_PROFILE, null);
      out = fileGroup(out, 'grp-rep1', other);
      const docs = [...DOCUMENTATION]
        .map(([path, bytes], i) =>
          fileEl(`file-doc-siard-${i + 1}`, path, bytes, path.endsWith('.png') ? 'image/png' : 'text/plain'),
        )
        .join('\n');
      out = out.replace(/(<mets:fileGrp ID="grp-doc"[^>]*>[\s\S]*?)(\n\s*<\/mets:fileGrp>)/, `$1\n${docs}$2`);
      return options.rootMets ? options.rootMets(out) : out;
    },
    files: (files) => {
      files.delete('representations/rep1/data/bygglov beslut.txt');
      files.set(SIARD_PATH, siard);
      for (const [path, bytes] of DOCUMENTATION) files.set(path, bytes);
      options.files?.(files);
    },
  };
}

/** The package as a file tree with its root folder name. */
export function citsSiardPackage(options: CitsSiardOptions = {}): { rootName: string; files: FileTree } {
  return buildFixture({ profile: 'sip-2.2', ...citsSiardFixture(options) });
}

/** Writes the package under a fresh temporary folder; returns the package folder. */
export async function writeFolderPackage(options: CitsSiardOptions = {}): Promise<string> {
  const { rootName, files } = citsSiardPackage(options);
  const root = join(await mkdtemp(join(tmpdir(), 'samarkiv-siard-test-')), rootName);
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), bytes);
  }
  return root;
}

/** Writes the package as a ZIP with one root folder; returns the ZIP's path. */
export async function writeZipPackage(options: CitsSiardOptions = {}): Promise<string> {
  const { rootName, files } = citsSiardPackage(options);
  const zip = writeZip([...files].map(([path, data]) => ({ name: `${rootName}/${path}`, data, method: 0 })));
  const path = join(await mkdtemp(join(tmpdir(), 'samarkiv-siard-test-')), `${rootName}.zip`);
  await writeFile(path, zip);
  return path;
}
