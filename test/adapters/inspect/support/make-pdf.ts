/**
 * Minimal PDFs written byte by byte, with a correct cross-reference table, so that every sample
 * the PDF tests use is generated here (encrypted ones are made from these with `qpdf --encrypt`).
 * The PDF/A-1b variant carries just what PDF/A-1b asks of a page without content: a binary
 * header comment, a file identifier and an XMP packet with the pdfaid claim.
 */

export interface PdfOptions {
  /** pdfaid:part and pdfaid:conformance written into the XMP packet, e.g. { part: 1, conformance: 'B' }. */
  readonly pdfa?: { readonly part: number; readonly conformance?: string };
  /** Write the claim as XMP elements instead of attributes (both forms occur in the wild). */
  readonly claimAsElements?: boolean;
  /** Leave out the trailer /ID (PDF/A-1 requires it: the claim then fails preflight). */
  readonly omitId?: boolean;
  /** Extra text shown on the page (makes files of different sizes). */
  readonly pageText?: string;
}

export function xmpPacket(pdfa: NonNullable<PdfOptions['pdfa']>, asElements = false): string {
  const conformance = pdfa.conformance === undefined ? '' : pdfa.conformance;
  const claim = asElements
    ? `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">` +
      `<pdfaid:part>${pdfa.part}</pdfaid:part>` +
      (conformance ? `<pdfaid:conformance>${conformance}</pdfaid:conformance>` : '') +
      `</rdf:Description>`
    : `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="${pdfa.part}"` +
      (conformance ? ` pdfaid:conformance="${conformance}"` : '') +
      `/>`;
  return [
    `<?xpacket begin="\u{feff}" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    claim,
    `</rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ].join('\n');
}

export function makePdf(options: PdfOptions = {}): Buffer {
  const objects: Buffer[] = [];
  const catalogExtra = options.pdfa ? ' /Metadata 5 0 R' : '';
  objects.push(Buffer.from(`<< /Type /Catalog /Pages 2 0 R${catalogExtra} >>`));
  objects.push(Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'));
  objects.push(
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>'),
  );
  // Content without text operators, so no font (and no font embedding rule) is involved.
  const content = `% ${options.pageText ?? 'samarkiv test page'}\n0 0 m 100 100 l\n`;
  objects.push(stream('', Buffer.from(content, 'latin1')));
  if (options.pdfa) {
    objects.push(
      stream(' /Type /Metadata /Subtype /XML', Buffer.from(xmpPacket(options.pdfa, options.claimAsElements))),
    );
  }

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(obj);
    length += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  const id = options.omitId
    ? ''
    : ' /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]';
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${id} >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

function stream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<<${dict} /Length ${data.length} >>\nstream\n`),
    data,
    Buffer.from('\nendstream'),
  ]);
}

/** A PDF whose cross-reference table and end were cut off: qpdf must repair it or fail. */
export function damagedPdf(): Buffer {
  const pdf = makePdf();
  return pdf.subarray(0, pdf.indexOf('xref'));
}

/** A PDF whose startxref points nowhere: qpdf rebuilds the cross-reference table and warns. */
export function repairablePdf(options: PdfOptions = {}): Buffer {
  const text = makePdf(options).toString('latin1');
  const at = text.lastIndexOf('startxref\n');
  return Buffer.from(`${text.slice(0, at)}startxref\n123\n%%EOF\n`, 'latin1');
}
