/**
 * mets/@TYPE and ext:CONTENTTYPESPECIFICATION of 1.x → mets/@TYPE (content category, CSIP2/3) and
 * csip:CONTENTINFORMATIONTYPE (CSIP4/5) of 2.x (standards.md §7.2). Only ERMS has a CITS of its
 * own (citserms_v2_1, FGS Ärendehantering 2.0); the other 1.x types have no 2.x category of the
 * same meaning except where named below, so they become OTHER with the 1.x term kept in
 * csip:OTHERTYPE: nothing is lost and nothing is guessed.
 */

const CATEGORY: Readonly<Record<string, string>> = {
  ERMS: 'Textual works – Digital',
  Databases: 'Databases',
  Webpages: 'Websites',
  GIS: 'Geospatial Data',
};

export interface ContentTypeView {
  readonly type: string;
  readonly otherType?: string;
  readonly contentInformationType: string;
  readonly otherContentInformationType?: string;
}

export function contentTypeView(
  type: string | undefined,
  specification: string | undefined,
): ContentTypeView {
  const t = type?.trim() ?? '';
  const spec = specification?.trim() || undefined;
  const category = CATEGORY[t];
  const typePart = category ? { type: category } : { type: 'OTHER', otherType: t || 'FGS 1.x' };
  if (t === 'ERMS') return { ...typePart, contentInformationType: 'citserms_v2_1' };
  return {
    ...typePart,
    contentInformationType: 'OTHER',
    otherContentInformationType: spec ?? (t || 'FGS 1.x'),
  };
}
