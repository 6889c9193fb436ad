/**
 * `samarkiv formats update <signature.xml>`: installs a new PRONOM signature file. The file must be
 * a DROID signature file (root FFSignatureFile) or a container signature file (root
 * ContainerSignatureMapping) that parses completely; it is copied into data/pronom/ and
 * current.json is switched atomically, so every later report shows the new version.
 * Exit 0 when installed, 2 when the file is not usable (nothing is changed then).
 */
import { join } from 'node:path';
import { ArchiveError, isArchiveError } from '../../core/errors.ts';
import { clearFormatIdentifierCache } from '../../adapters/format/pronom-format-identifier.ts';
import {
  containerVersionOf,
  DEFAULT_PRONOM_DIR,
  installSignatureFile,
  parseContainerSignatureFile,
  parseSignatureFile,
  readCurrent,
  sniffSignatureKind,
  writeCurrent,
} from '../../adapters/format/signature-store.ts';

export interface FormatsUpdateOptions {
  /** Signature folder (tests); the shipped data/pronom by default. */
  readonly dir?: string;
}

export async function formatsUpdateCommand(file: string, opts: FormatsUpdateOptions = {}): Promise<number> {
  const dir = opts.dir ?? DEFAULT_PRONOM_DIR;
  try {
    let kind: Awaited<ReturnType<typeof sniffSignatureKind>>;
    try {
      kind = await sniffSignatureKind(file);
    } catch (e) {
      const code =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'ARC_ERR_INPUT_NOT_FOUND' : 'ARC_ERR_INPUT_READ';
      throw new ArchiveError(code, [file]);
    }
    if (!kind)
      throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [
        `${file}: root element is neither FFSignatureFile nor ContainerSignatureMapping`,
      ]);
    // Parse it completely before anything changes: a truncated or hostile file is refused here.
    const version =
      kind === 'signature'
        ? `DROID signature file V${(await parseSignatureFile(file)).version}`
        : `container signatures ${containerVersionOf(file, await parseContainerSignatureFile(file))}`;
    const current = await readCurrent(dir);
    const name = await installSignatureFile(dir, file);
    await writeCurrent(
      dir,
      kind === 'signature'
        ? { ...current, signatureFile: name }
        : { ...current, containerSignatureFile: name },
    );
    clearFormatIdentifierCache();
    process.stdout.write(`Installed ${name} in ${join(dir)}: ${version} is now in use.\n`);
    return 0;
  } catch (e) {
    if (!isArchiveError(e)) throw e;
    process.stderr.write(`${e.code}: ${e.message}\n`);
    return 2; // the file could not be used (even a DTD, which in a package is a refusal, exit 1)
  }
}
