/**
 * The PDF/A claim of a PDF: `pdfaid:part` and `pdfaid:conformance` in the XMP metadata of the
 * document catalog (ISO 19005-1 §6.7.11), written either as attributes of rdf:Description or as
 * elements; the prefix is whatever the packet binds to the pdfaid namespace.
 */
import { SaxesParser } from 'saxes';

export const PDFAID_NS = 'http://www.aiim.org/pdfa/ns/id/';

export interface PdfaClaim {
  /** e.g. "1b", "2u", "4", "4f": part followed by the conformance level in lower case. */
  readonly claimed: string;
  readonly part: string;
  readonly conformance: string | null;
  /** Why the claim itself is malformed (unknown part, level not defined for the part …); null if fine. */
  readonly problem: string | null;
}

export interface ClaimReading {
  readonly claim: PdfaClaim | null;
  /** The XMP packet is not well-formed XML (itself a PDF/A violation); the claim was read leniently. */
  readonly xmpError: string | null;
}

/** Conformance levels each PDF/A part defines (ISO 19005-1 to -4); '' = none given. */
const LEVELS: Readonly<Record<string, readonly string[]>> = {
  '1': ['A', 'B'],
  '2': ['A', 'B', 'U'],
  '3': ['A', 'B', 'U'],
  '4': ['', 'E', 'F'],
};

export function readPdfaClaim(xmp: string): ClaimReading {
  if (xmp.trim() === '') return { claim: null, xmpError: null };
  let values: { part?: string; conformance?: string };
  let xmpError: string | null = null;
  try {
    values = parseXmp(xmp);
  } catch (error) {
    xmpError = (error as Error).message.split('\n')[0] ?? 'not well-formed';
    values = scanLeniently(xmp);
  }
  if (values.part === undefined) return { claim: null, xmpError };
  return { claim: toClaim(values.part.trim(), values.conformance?.trim() ?? null), xmpError };
}

function toClaim(part: string, conformanceRaw: string | null): PdfaClaim {
  const conformance = conformanceRaw === null || conformanceRaw === '' ? null : conformanceRaw;
  const levels = LEVELS[part];
  let problem: string | null = null;
  if (!levels) problem = `pdfaid:part "${part}" is not a PDF/A part (1 to 4)`;
  else if (!levels.includes(conformance ?? '')) {
    problem =
      conformance === null
        ? `pdfaid:conformance is missing (PDF/A-${part} requires one of ${levels.join(', ')})`
        : `pdfaid:conformance "${conformance}" is not defined for PDF/A-${part}`;
  }
  return { claimed: `${part}${(conformance ?? '').toLowerCase()}`, part, conformance, problem };
}

function parseXmp(xmp: string): { part?: string; conformance?: string } {
  const found: { part?: string; conformance?: string } = {};
  const parser = new SaxesParser({ xmlns: true });
  let inside: 'part' | 'conformance' | null = null;
  let text = '';
  parser.on('opentag', (tag) => {
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === PDFAID_NS && (attribute.local === 'part' || attribute.local === 'conformance')) {
        found[attribute.local] ??= attribute.value;
      }
    }
    if (tag.uri === PDFAID_NS && (tag.local === 'part' || tag.local === 'conformance')) {
      inside = tag.local;
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (inside) text += t;
  });
  parser.on('closetag', () => {
    if (inside) found[inside] ??= text;
    inside = null;
  });
  parser.write(xmp.replace(/^\uFEFF/, '')).close();
  return found;
}

/** For packets that are not well-formed: the conventional `pdfaid:` prefix, either form. */
function scanLeniently(xmp: string): { part?: string; conformance?: string } {
  const pick = (name: string): string | undefined =>
    xmp.match(new RegExp(`pdfaid:${name}\\s*=\\s*["']([^"']*)["']`))?.[1] ??
    xmp.match(new RegExp(`<pdfaid:${name}>([^<]*)</pdfaid:${name}>`))?.[1];
  const found: { part?: string; conformance?: string } = {};
  const part = pick('part');
  const conformance = pick('conformance');
  if (part !== undefined) found.part = part;
  if (conformance !== undefined) found.conformance = conformance;
  return found;
}
