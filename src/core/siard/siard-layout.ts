/**
 * The folder layout of a SIARD 2.x file (eCH-0165 SIARD 2.1 §4.1, SIARD 2.2 likewise): only
 * `header/` and `content/` at the top, `header/metadata.xml`, and an (empty) version folder
 * `header/siardversion/<version>/` whose name equals siardArchive/@version.
 */
import type { ProblemCollector } from './siard-analysis.ts';

const VERSION_FOLDER = /^header\/siardversion\/([^/]+)\//;

/**
 * Checks the names of a SIARD file's entries (folders end in `/`, as ZIP writes them) and returns
 * the versions its header/siardversion/ folders name.
 */
export function checkLayout(names: Iterable<string>, problems: ProblemCollector): string[] {
  const strayTop = new Set<string>();
  const versions = new Set<string>();
  let hasMetadata = false;
  for (const name of names) {
    const top = name.split('/')[0] as string;
    const isFolder = name.includes('/');
    if (!(isFolder && (top === 'header' || top === 'content'))) strayTop.add(isFolder ? `${top}/` : top);
    if (name === 'header/metadata.xml') hasMetadata = true;
    const version = VERSION_FOLDER.exec(name)?.[1];
    if (version) versions.add(version);
  }
  for (const top of strayTop) {
    problems.add(
      'layout',
      `"${top}" at the top of the SIARD file: only header/ and content/ are allowed there`,
      `"${top}" överst i SIARD-filen: där får bara header/ och content/ finnas`,
      top,
    );
  }
  if (!hasMetadata)
    problems.add(
      'layout',
      'header/metadata.xml is missing',
      'header/metadata.xml saknas',
      'header/metadata.xml',
    );
  if (versions.size === 0)
    problems.add(
      'layout',
      'The version folder header/siardversion/<version>/ is missing',
      'Versionsmappen header/siardversion/<version>/ saknas',
      'header/siardversion/',
    );
  if (versions.size > 1)
    problems.add(
      'layout',
      `header/siardversion/ names more than one version: ${[...versions].sort().join(', ')}`,
      `header/siardversion/ anger mer än en version: ${[...versions].sort().join(', ')}`,
      'header/siardversion/',
    );
  return [...versions].sort();
}

/** The version folder must name the version metadata.xml declares. */
export function checkVersionFolder(
  versions: readonly string[],
  version: string | null,
  problems: ProblemCollector,
) {
  if (version === null || versions.length === 0 || versions.includes(version)) return;
  problems.add(
    'layout',
    `header/siardversion/${versions.join(', ')}/ does not match siardArchive/@version "${version}"`,
    `header/siardversion/${versions.join(', ')}/ stämmer inte med siardArchive/@version "${version}"`,
    `header/siardversion/${versions[0] as string}/`,
  );
}
