/**
 * Finds the ERMS XML file(s) of a representation. In order of how explicit the package is:
 *   1. mdRef  — a dmdSec mdRef of the representation METS (or one of the package METS pointing into
 *               the representation) with MDTYPE="OTHER" OTHERMDTYPE="ERMS" (any spelling with "erms");
 *   2. name   — a file named `erms*.xml` (commons-ip writes `ERMS.xml`) directly in the
 *               representation's `data/` or `metadata/descriptive/` folder;
 *   3. content — only when 1 and 2 found nothing: an `.xml` file directly in those folders whose
 *               document element is `erms` in the ERMS namespace (an export named `arenden.xml`).
 *               Only the first 64 KB are read, of at most MAX_SNIFFED files.
 */
import { documentElement } from '../../core/erms/document-element.ts';
import { ERMS_NS } from '../../core/erms/erms-facts.ts';
import { allMdSecs, type MetsDocument } from '../../core/package/mets-model.ts';
import { resolveHref, type PackageContext } from '../../core/validation/package-context.ts';
import type { PackageSource } from '../../ports/package-source.ts';

export interface FoundErmsFile {
  readonly path: string;
  readonly foundBy: 'mdRef' | 'name' | 'content';
}

const SNIFF_BYTES = 64 * 1024;
/** Bounds the cost of looking for an unnamed ERMS file in a data folder of many XML documents. */
export const MAX_SNIFFED = 200;

function namesErms(attrs: Readonly<Record<string, string>>): boolean {
  return /erms/i.test(attrs['MDTYPE'] === 'OTHER' ? (attrs['OTHERMDTYPE'] ?? '') : (attrs['MDTYPE'] ?? ''));
}

function mdRefTargets(doc: MetsDocument | null | undefined, metsPath: string): string[] {
  const out: string[] = [];
  for (const sec of doc ? allMdSecs(doc) : []) {
    if (sec.kind !== 'dmdSec') continue;
    for (const ref of sec.mdRefs) {
      const href = ref.attrs['xlink:href'];
      const path = href && namesErms(ref.attrs) ? resolveHref(metsPath, href) : null;
      if (path) out.push(path);
    }
  }
  return out;
}

/** Files directly in `folder` (not below it). */
function filesIn(ctx: PackageContext, folder: string): string[] {
  const out: string[] = [];
  for (const e of ctx.entries.values()) {
    if (e.type !== 'file' || !e.path.startsWith(`${folder}/`)) continue;
    if (!e.path.slice(folder.length + 1).includes('/')) out.push(e.path);
  }
  return out.sort();
}

async function head(source: PackageSource, path: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.read(path)) {
    const part = chunk.subarray(0, SNIFF_BYTES - length).slice();
    parts.push(part);
    length += part.length;
    if (length >= SNIFF_BYTES) break;
  }
  return Buffer.concat(parts);
}

export async function findErmsFiles(
  source: PackageSource,
  ctx: PackageContext,
  representation: string,
): Promise<FoundErmsFile[]> {
  const isFile = (p: string): boolean => ctx.entries.get(p)?.type === 'file';
  const found = new Map<string, FoundErmsFile['foundBy']>();
  const rep = ctx.representations.find((r) => r.representation === representation);
  const fromRoot = mdRefTargets(ctx.root?.doc, ctx.root?.path ?? 'METS.xml').filter((p) =>
    p.startsWith(`${representation}/`),
  );
  for (const p of [...mdRefTargets(rep?.doc, rep?.path ?? ''), ...fromRoot])
    if (isFile(p)) found.set(p, 'mdRef');

  const folders = [`${representation}/data`, `${representation}/metadata/descriptive`];
  const xmlFiles = folders.flatMap((f) => filesIn(ctx, f)).filter((p) => /\.xml$/i.test(p));
  for (const p of xmlFiles) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    if (/^erms.*\.xml$/i.test(name) && !found.has(p)) found.set(p, 'name');
  }
  if (found.size === 0) {
    for (const p of xmlFiles.slice(0, MAX_SNIFFED)) {
      let root;
      try {
        root = documentElement(await head(source, p));
      } catch {
        continue; // unreadable here is reported by whoever reads it for real; it is not ERMS to us
      }
      if (root?.uri === ERMS_NS && root.local === 'erms') found.set(p, 'content');
    }
  }
  return [...found].map(([path, foundBy]) => ({ path, foundBy }));
}
