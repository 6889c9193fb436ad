/**
 * Small hand-written signature files in the DROID formats, for tests of the parser, the matcher
 * and the identification algorithm without the 3.5 MB real file.
 */
import { createContainerSignatureParser } from '../../../src/core/formats/pronom/container-signature-parser.ts';
import { createDroidSignatureParser } from '../../../src/core/formats/pronom/droid-signature-parser.ts';
import type {
  ContainerSignatureFile,
  SignatureFile,
} from '../../../src/core/formats/pronom/signature-model.ts';

export interface MiniFormat {
  readonly id: number;
  readonly puid: string;
  readonly name: string;
  readonly extensions?: readonly string[];
  readonly signatureIds?: readonly number[];
  readonly priorityOver?: readonly number[];
}

/** `signatures` are <InternalSignature> elements written out in full. */
export function droidXml(signatures: string, formats: readonly MiniFormat[], version = '999'): string {
  const formatXml = formats
    .map(
      (f) =>
        `<FileFormat ID="${f.id}" Name="${f.name}" PUID="${f.puid}">` +
        (f.signatureIds ?? []).map((s) => `<InternalSignatureID>${s}</InternalSignatureID>`).join('') +
        (f.extensions ?? []).map((e) => `<Extension>${e}</Extension>`).join('') +
        (f.priorityOver ?? [])
          .map((p) => `<HasPriorityOverFileFormatID>${p}</HasPriorityOverFileFormatID>`)
          .join('') +
        '</FileFormat>',
    )
    .join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<FFSignatureFile DateCreated="2024-01-01T00:00:00" Version="${version}" ` +
    `xmlns="http://www.nationalarchives.gov.uk/pronom/SignatureFile">\n<InternalSignatureCollection>\n${signatures}\n` +
    `</InternalSignatureCollection>\n<FileFormatCollection>\n${formatXml}\n</FileFormatCollection>\n</FFSignatureFile>\n`
  );
}

/** One internal signature with one BOF sequence `sequence` at [min, max]. */
export function bofSignature(id: number, sequence: string, min = 0, max = min): string {
  return (
    `<InternalSignature ID="${id}" Specificity="Specific"><ByteSequence Reference="BOFoffset">` +
    `<SubSequence Position="1" SubSeqMinOffset="${min}" SubSeqMaxOffset="${max}"><Sequence>${sequence}</Sequence>` +
    '</SubSequence></ByteSequence></InternalSignature>'
  );
}

export function containerXml(
  body: string,
  mappings: readonly [number, string][],
  triggers: readonly [string, string][],
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<ContainerSignatureMapping schemaVersion="1.0" signatureVersion="7">\n' +
    `<ContainerSignatures>${body}</ContainerSignatures>\n<FileFormatMappings>` +
    mappings.map(([id, puid]) => `<FileFormatMapping signatureId="${id}" Puid="${puid}"/>`).join('') +
    '</FileFormatMappings>\n<TriggerPuids>' +
    triggers.map(([type, puid]) => `<TriggerPuid ContainerType="${type}" Puid="${puid}"/>`).join('') +
    '</TriggerPuids>\n</ContainerSignatureMapping>\n'
  );
}

export function parseDroid(xml: string): SignatureFile {
  const p = createDroidSignatureParser('test.xml');
  p.write(Buffer.from(xml));
  return p.end();
}

export function parseContainers(xml: string): ContainerSignatureFile {
  const p = createContainerSignatureParser('container.xml');
  p.write(Buffer.from(xml));
  return p.end();
}

/** A sample of bytes that are the whole file. */
export function whole(bytes: Uint8Array | string): { head: Uint8Array; tail: Uint8Array; size: number } {
  const b = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  return { head: b, tail: b, size: b.length };
}
