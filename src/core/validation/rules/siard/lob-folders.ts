/**
 * The SIARD 2.2 folder structure for LOBs stored outside the .siard file (SIARD_22b, SIARD_22c):
 * [databaseName]_lobs/s<i>_t<j>_c<k>/seg_<n>/t<j>_c<k>_r<l>.<ext>, where a segment folder may
 * instead be a ZIP file seg_<n>.zip.
 */
import type { PackageContext } from '../../package-context.ts';
import { baseName, siardAnalysis } from './siard-support.ts';

export interface LobFolderFile {
  readonly path: string;
  /** The part below <databaseName>_lobs/. */
  readonly rest: string;
  /** The expected <databaseName>, from the .siard files beside the _lobs folder. */
  readonly databaseNames: readonly string[];
  readonly folder: string;
}

const LOB_FOLDER = /^(representations\/[^/]+\/data\/(?:.*\/)?)([^/]+)_lobs\/(.+)$/;

/** Files below a …_lobs/ folder in a representation's data, with the database names beside it. */
export function lobFolderFiles(ctx: PackageContext): LobFolderFile[] {
  const siards = (siardAnalysis(ctx)?.files ?? []).map((f) => f.path);
  const out: LobFolderFile[] = [];
  for (const e of ctx.entries.values()) {
    const m = e.type === 'file' ? LOB_FOLDER.exec(e.path) : null;
    if (!m) continue;
    const dir = m[1] as string;
    const names = siards
      .filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'))
      .map((p) => baseName(p).replace(/\.siard$/i, ''));
    out.push({
      path: e.path,
      rest: m[3] as string,
      databaseNames: names,
      folder: `${dir}${m[2] as string}_lobs`,
    });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** seg_<n>/t<j>_c<k>_r<l>[.ext] below s<i>_t<j>_c<k>/, with j and k the same, or seg_<n>.zip. */
export function followsLobStructure(rest: string): boolean {
  const m = /^s\d+_t(\d+)_c(\d+)\/seg_\d+(?:\.zip|\/t(\d+)_c(\d+)_r\d+(?:\.[A-Za-z0-9]+)?)$/.exec(rest);
  if (!m) return false;
  return m[3] === undefined || (m[3] === m[1] && m[4] === m[2]);
}
