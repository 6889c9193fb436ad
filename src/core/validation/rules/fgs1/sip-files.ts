/** The files listed in the fileSec of sip.xml, each with its XPath and the package path it points to. */
import type { MetsFile } from '../../../package/mets-model.ts';
import type { PackageContext } from '../../package-context.ts';
import { notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import { fileEntries } from '../shared/file-section.ts';
import { hrefFile, hrefTarget } from '../shared/package-paths.ts';
import { onOptionalSip, type SipMets } from './sip-mets.ts';

export interface SipFile {
  readonly file: MetsFile;
  readonly xpath: string;
  /** The package path of the first FLocat (null when it has none or it is not a package path). */
  readonly target: string | null;
  /** `target` when that file exists in the package. */
  readonly existing: string | null;
  /** How messages name the file: its ID, else its href. */
  readonly name: string;
}

const cache = new WeakMap<PackageContext, readonly SipFile[]>();

/** The listed files of sip.xml, built once per context: ten rules walk them. */
export function sipFiles(ctx: PackageContext, m: SipMets): readonly SipFile[] {
  let files = cache.get(ctx);
  if (!files) {
    files = build(ctx, m);
    cache.set(ctx, files);
  }
  return files;
}

function build(ctx: PackageContext, m: SipMets): SipFile[] {
  return fileEntries(m.doc).map(({ file, xpath }) => {
    const flocat = file.flocats[0];
    const href = flocat?.attrs['xlink:href'];
    const id = file.attrs['ID'];
    return {
      file,
      xpath,
      target: flocat ? hrefTarget(m, flocat) : null,
      existing: flocat ? hrefFile(ctx, m, flocat) : null,
      name: id ? `'${id}'` : href ? `'${href}'` : `at ${xpath}`,
    };
  });
}

/** Runs a check on every listed file; not applicable when sip.xml lists none (FGS1-FILE-1 reports that). */
export function everySipFile(
  ctx: PackageContext,
  check: (f: SipFile, m: SipMets) => readonly Finding[],
): CheckResult {
  return onOptionalSip(ctx, (m) => {
    const files = sipFiles(ctx, m);
    if (files.length === 0) {
      return notApplicable('sip.xml lists no files', 'sip.xml förtecknar inga filer');
    }
    return files.flatMap((f) => check(f, m));
  });
}
