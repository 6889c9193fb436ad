/**
 * Streaming parser of a DROID signature file (root FFSignatureFile): internal signatures and the
 * file format collection with extensions and priorities. Feed it chunks; `end()` gives the model.
 */
import { ArchiveError } from '../../errors.ts';
import { InternalSignatureBuilder } from './internal-signature-builder.ts';
import { createXmlStream, intAttr, type XmlStream } from './signature-xml.ts';
import type { FileFormat, InternalSignature, SignatureFile } from './signature-model.ts';

export const DROID_ROOT = 'FFSignatureFile';

interface FormatDraft {
  id: number;
  puid: string;
  name: string;
  version: string | null;
  mimeType: string | null;
  extensions: string[];
  signatureIds: number[];
  priorityOver: number[];
}

export interface SignatureFileParser {
  write(chunk: Uint8Array): void;
  end(): SignatureFile;
}

export function createDroidSignatureParser(path: string): SignatureFileParser {
  const sigs = new InternalSignatureBuilder();
  const signatures: InternalSignature[] = [];
  const formats: FileFormat[] = [];
  let root: string | null = null;
  let version = '';
  let dateCreated: string | null = null;
  let format: FormatDraft | null = null;

  const stream: XmlStream = createXmlStream(path, {
    open(local, attrs, depth) {
      if (depth === 1) {
        root = local;
        if (local !== DROID_ROOT)
          throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [`${path}: root <${local}>`]);
        version = (attrs.Version ?? '').trim();
        dateCreated = attrs.DateCreated ?? null;
        return;
      }
      if (sigs.open(local, attrs)) return;
      if (local === 'FileFormat') {
        format = {
          id: intAttr(attrs, 'ID', 0),
          puid: attrs.PUID ?? '',
          name: attrs.Name ?? '',
          version: attrs.Version?.trim() || null,
          mimeType: attrs.MIMEType?.trim() || null,
          extensions: [],
          signatureIds: [],
          priorityOver: [],
        };
      }
    },
    close(local, text) {
      const done = sigs.close(local, text);
      if (done) signatures.push(done);
      if (!format) return;
      const value = text.trim();
      if (local === 'Extension' && value) format.extensions.push(value.toLowerCase());
      else if (local === 'InternalSignatureID' && value) format.signatureIds.push(Number(value));
      else if (local === 'HasPriorityOverFileFormatID' && value) format.priorityOver.push(Number(value));
      else if (local === 'FileFormat') {
        if (format.puid) formats.push(format);
        format = null;
      }
    },
  });

  return {
    write: (chunk) => stream.write(chunk),
    end() {
      stream.end();
      if (root !== DROID_ROOT || !version) {
        throw new ArchiveError('ARC_ERR_FORMAT_SIGNATURES_INVALID', [`${path}: not a DROID signature file`]);
      }
      return { version, dateCreated, signatures, formats };
    },
  };
}
