/**
 * The FormatIdentifier port over the shipped PRONOM signature files: parsed and compiled once per
 * process and folder (about half a second), then shared. Containers are read only when a binary
 * signature says ZIP or OLE2: from the sample when it holds the whole file, else through the
 * caller's RandomAccessFile (opened at most once, closed afterwards).
 */
import { join } from 'node:path';
import { ole2ContainerEntries } from '../../core/formats/pronom/ole2-compound-file.ts';
import { PronomEngine, type OpenContainer } from '../../core/formats/pronom/pronom-engine.ts';
import { SampledFile } from '../../core/formats/pronom/sampled-file.ts';
import type {
  ByteSample,
  FormatIdentification,
  FormatIdentifier,
  RandomAccessFile,
  SignatureVersions,
} from '../../ports/format-identifier.ts';
import {
  containerVersionOf,
  DEFAULT_PRONOM_DIR,
  parseContainerSignatureFile,
  parseSignatureFile,
  readCurrent,
} from './signature-store.ts';
import { zipContainerEntries } from './zip-container-entries.ts';

export class PronomFormatIdentifier implements FormatIdentifier {
  constructor(
    private readonly engine: PronomEngine,
    readonly versions: SignatureVersions,
  ) {}

  get headBytes(): number {
    return this.engine.headBytes;
  }

  get tailBytes(): number {
    return this.engine.tailBytes;
  }

  async identify(
    name: string,
    sample: ByteSample,
    open?: () => Promise<RandomAccessFile>,
  ): Promise<FormatIdentification> {
    // Containers are read through the sample first; the file itself is opened only for the middle.
    const file = new SampledFile(sample, open);
    const openContainer: OpenContainer | undefined =
      open || file.complete
        ? async (type) => (type === 'ZIP' ? zipContainerEntries(file) : ole2ContainerEntries(file))
        : undefined;
    try {
      return await this.engine.identify(name, sample, openContainer);
    } finally {
      await file.close();
    }
  }
}

const cache = new Map<string, Promise<PronomFormatIdentifier>>();

async function load(dir: string): Promise<PronomFormatIdentifier> {
  const current = await readCurrent(dir);
  const [signatures, containers] = await Promise.all([
    parseSignatureFile(join(dir, current.signatureFile)),
    parseContainerSignatureFile(join(dir, current.containerSignatureFile)),
  ]);
  return new PronomFormatIdentifier(new PronomEngine(signatures, containers), {
    signature: signatures.version,
    container: containerVersionOf(current.containerSignatureFile, containers),
  });
}

/** The identifier for a signature folder (the shipped data/pronom by default), built once per process. */
export function loadFormatIdentifier(dir: string = DEFAULT_PRONOM_DIR): Promise<PronomFormatIdentifier> {
  let loading = cache.get(dir);
  if (!loading) {
    loading = load(dir);
    cache.set(dir, loading);
    loading.catch(() => cache.delete(dir));
  }
  return loading;
}

/** Forgets loaded signatures (after `formats update` in the same process, and in tests). */
export function clearFormatIdentifierCache(): void {
  cache.clear();
}
