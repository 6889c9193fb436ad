/**
 * The PDF/A-1b documents of a generated W3D3-like export: one pdfkit template per document kind,
 * made once per run, then filled per document (pdfa-template.ts).
 */
import type { DocumentMaker } from '../../services/generate/w3d3/generate-w3d3.ts';
import { DOCUMENT_FIELDS, ORGANISATION } from '../../services/generate/w3d3/generate-w3d3.ts';
import type { TemplateKind } from '../../services/generate/w3d3/vocabulary.ts';
import { createPdfaTemplate, type PdfaTemplate } from './pdfa-template.ts';

const KINDS: Readonly<Record<TemplateKind, { heading: string; body: string }>> = {
  ansokan: {
    heading: 'Ansökan',
    body: 'Handlingen har kommit in till kommunen och registrerats i diariet. Sökanden har lämnat de uppgifter som behövs för att ärendet ska kunna prövas.',
  },
  beslut: {
    heading: 'Beslut',
    body: 'Beslutet kan överklagas. Överklagandet ska ha kommit in till kommunen inom tre veckor från den dag då klaganden fick del av beslutet.',
  },
  skrivelse: {
    heading: 'Skrivelse',
    body: 'Skrivelsen har upprättats inom förvaltningen som underlag för ärendets beredning.',
  },
  yttrande: {
    heading: 'Yttrande',
    body: 'Yttrandet avser det förslag som skickats ut på remiss. Synpunkterna lämnas inom angiven svarstid.',
  },
  protokoll: {
    heading: 'Protokollsutdrag',
    body: 'Utdrag ur protokoll fört vid sammanträde. Justerat och anslaget på kommunens digitala anslagstavla.',
  },
  bilaga: {
    heading: 'Bilaga',
    body: 'Bilagan har kommit in tillsammans med huvudhandlingen och registrerats under samma löpnummer.',
  },
};

export async function w3d3DocumentMaker(created: Date): Promise<DocumentMaker> {
  const templates = new Map<TemplateKind, PdfaTemplate>();
  for (const [kind, k] of Object.entries(KINDS) as [TemplateKind, (typeof KINDS)[TemplateKind]][]) {
    templates.set(
      kind,
      await createPdfaTemplate({
        title: k.heading,
        author: ORGANISATION,
        heading: k.heading,
        fields: DOCUMENT_FIELDS,
        body: [k.body],
        created,
      }),
    );
  }
  return (kind, fields) => (templates.get(kind) as PdfaTemplate).fill(fields);
}
