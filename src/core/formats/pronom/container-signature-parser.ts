/**
 * Streaming parser of a DROID container signature file (root ContainerSignatureMapping): per
 * container signature the entries that must exist (and the bytes they must hold), the mapping of
 * signatures to PUIDs, and the trigger PUIDs that say which binary results are containers.
 */
import { ArchiveError } from '../../errors.ts';
import { InternalSignatureBuilder } from './internal-signature-builder.ts';
import { createXmlStream, intAttr } from './signature-xml.ts';
import type {
  ContainerFile,
  ContainerSignature,
  ContainerSignatureFile,
  ContainerType,
  InternalSignature,
} from './signature-model.ts';

export const CONTAINER_ROOT = 'ContainerSignatureMapping';

export interface ContainerSignatureFileParser {
  write(chunk: Uint8Array): void;
  end(): ContainerSignatureFile;
}

function containerType(value: string | undefined): ContainerType | null {
  return value === 'ZIP' || value === 'OLE2' ? value : null;
}

export function createContainerSignatureParser(path: string): ContainerSignatureFileParser {
  const sigs = new InternalSignatureBuilder();
  const signatures: ContainerSignature[] = [];
  const mappings = new Map<number, string[]>();
  const triggers = new Map<string, ContainerType>();
  let root: string | null = null;
  let signatureVersion = '';
  let current: {
    id: number;
    type: ContainerType | null;
    description: string;
    files: ContainerFile[];
  } | null = null;
  let file: { path: string; signatures: InternalSignature[] } | null = null;

  const stream = createXmlStream(path, {
    open(local, attrs, depth) {
      if (depth === 1) {
        root = local;
        if (local !== CONTAINER_ROOT)
          throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [`${path}: root <${local}>`]);
        signatureVersion = attrs.signatureVersion ?? '';
        return;
      }
      if (sigs.open(local, attrs)) return;
      if (local === 'ContainerSignature') {
        current = {
          id: intAttr(attrs, 'Id', 0),
          type: containerType(attrs.ContainerType),
          description: '',
          files: [],
        };
      } else if (local === 'File' && current) file = { path: '', signatures: [] };
      else if (local === 'FileFormatMapping') {
        const id = intAttr(attrs, 'signatureId', -1);
        if (attrs.Puid) mappings.set(id, [...(mappings.get(id) ?? []), attrs.Puid]);
      } else if (local === 'TriggerPuid') {
        const type = containerType(attrs.ContainerType);
        if (type && attrs.Puid) triggers.set(attrs.Puid, type);
      }
    },
    close(local, text) {
      const done = sigs.close(local, text);
      if (done && file) file.signatures.push(done);
      if (local === 'Path' && file) file.path = text.trim();
      else if (local === 'Description' && current) current.description = text.trim();
      else if (local === 'File' && file && current) {
        if (file.path) current.files.push(file);
        file = null;
      } else if (local === 'ContainerSignature' && current) {
        // Container types DROID does not know are skipped, as DROID skips them.
        if (current.type) signatures.push({ ...current, type: current.type });
        current = null;
      }
    },
  });

  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      if (root !== CONTAINER_ROOT) {
        throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [
          `${path}: not a container signature file`,
        ]);
      }
      return { signatureVersion, signatures, mappings, triggers };
    },
  };
}
