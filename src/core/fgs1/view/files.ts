/**
 * Where the files of a 1.x package go in a 2.x package (standards.md §7.2): content/… (any letter
 * case) becomes the data of representation rep1, XML schemas go to schemas/, metadata files to
 * metadata/ (by the section that references them), anything else to documentation/.
 */
import type { MetsDocument } from '../../package/mets-model.ts';
import { allMdSecs, walkFiles } from '../../package/mets-model.ts';
import { resolveHref } from '../../validation/package-context.ts';
import type { CsipFileGroup, CsipFileView, CsipMetadataView } from './types.ts';

function split(path: string): { top: string; rest: string } {
  const i = path.indexOf('/');
  return i < 0 ? { top: '', rest: path } : { top: path.slice(0, i).toLowerCase(), rest: path.slice(i + 1) };
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The 2.x path and file group of a file the 1.x fileSec lists. */
export function fileTarget(source: string): { target: string; group: CsipFileGroup } {
  const { top, rest } = split(source);
  if (top === 'content')
    return { target: `representations/rep1/data/${rest}`, group: 'Representations/rep1' };
  if (source.toLowerCase().endsWith('.xsd'))
    return { target: `schemas/${basename(source)}`, group: 'Schemas' };
  if (top === 'metadata') return { target: `metadata/other/${rest}`, group: 'Metadata' };
  return { target: `documentation/${source}`, group: 'Documentation' };
}

const attr = (v: string | undefined): string | null => v ?? null;

export function fileViews(doc: MetsDocument): CsipFileView[] {
  const out: CsipFileView[] = [];
  for (const { file } of walkFiles(doc)) {
    const href = file.flocats[0]?.attrs['xlink:href'] ?? '';
    const source = href ? resolveHref(doc.path, href) : null;
    const placed = source ? fileTarget(source) : null;
    out.push({
      href,
      source,
      target: placed?.target ?? null,
      group: placed?.group ?? 'Documentation',
      mimeType: attr(file.attrs['MIMETYPE']),
      size: attr(file.attrs['SIZE']),
      created: attr(file.attrs['CREATED']),
      checksum: attr(file.attrs['CHECKSUM']),
      checksumType: attr(file.attrs['CHECKSUMTYPE']),
      originalName: attr(file.attrs['ext:ORIGINALFILENAME']),
    });
  }
  return out;
}

export function metadataViews(doc: MetsDocument): CsipMetadataView[] {
  return allMdSecs(doc).flatMap((sec) =>
    sec.mdRefs.map((ref) => {
      const href = ref.attrs['xlink:href'] ?? '';
      const source = href ? resolveHref(doc.path, href) : null;
      const folder = sec.kind === 'dmdSec' ? 'metadata/descriptive' : 'metadata/preservation';
      return {
        href,
        source,
        target: source ? `${folder}/${basename(source)}` : null,
        section: sec.kind,
        mdType: attr(ref.attrs['MDTYPE']),
      };
    }),
  );
}
