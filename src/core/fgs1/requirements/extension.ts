/** FGS1-EXT: the ext: extension attributes (namespace ExtensionMETS) of a 1.x package. */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

export const FGS1_EXTENSION: readonly Requirement[] = [
  requirement(
    'FGS1-EXT-1',
    'MUST',
    {
      en: 'FGS extension attributes are in the namespace ExtensionMETS',
      sv: 'FGS-tilläggsattributen ligger i namnrymden ExtensionMETS',
    },
    'The FGS attributes (OAISTYPE, CONTENTTYPESPECIFICATION, ARCHIVALNAME, ORIGINALFILENAME …) are in the namespace `ExtensionMETS` (literally that string, usually with the prefix `ext`). The same names in another namespace, or without a namespace, are not FGS attributes and are reported.',
  ),
  requirement(
    'FGS1-EXT-2',
    'SHOULD',
    {
      en: 'The specification the content follows is named (ext:CONTENTTYPESPECIFICATION)',
      sv: 'Specifikationen som innehållet följer är angiven (ext:CONTENTTYPESPECIFICATION)',
    },
    'mets/@ext:CONTENTTYPESPECIFICATION names the FGS or specification the content follows (e.g. "FGS Personal, version 1"). A conversion uses it for csip:OTHERCONTENTINFORMATIONTYPE.',
    '/mets/@ext:CONTENTTYPESPECIFICATION',
  ),
  requirement(
    'FGS1-EXT-3',
    'SHOULD',
    { en: 'ext:APPRAISAL is Yes or No', sv: 'ext:APPRAISAL är Yes eller No' },
    'When present, mets/@ext:APPRAISAL (whether the content is subject to appraisal, gallring) is `Yes` or `No`, as public generators write it.',
    '/mets/@ext:APPRAISAL',
  ),
  requirement(
    'FGS1-EXT-4',
    'SHOULD',
    {
      en: 'ext:STARTDATE and ext:ENDDATE are dates in order',
      sv: 'ext:STARTDATE och ext:ENDDATE är datum i rätt ordning',
    },
    'When present, mets/@ext:STARTDATE and mets/@ext:ENDDATE are dates (YYYY, YYYY-MM, YYYY-MM-DD or an xs:dateTime) and the start is not after the end (kontrollpunkt K16: date range consistent).',
    '/mets/@ext:STARTDATE',
  ),
  requirement(
    'FGS1-EXT-5',
    'SHOULD',
    { en: 'ext:PACKAGENUMBER is a positive whole number', sv: 'ext:PACKAGENUMBER är ett positivt heltal' },
    'When present, mets/@ext:PACKAGENUMBER (the number of the package within a delivery session) is a whole number from 1.',
    '/mets/@ext:PACKAGENUMBER',
  ),
  requirement(
    'FGS1-EXT-6',
    'MAY',
    {
      en: 'Every ext: attribute is a known FGS attribute in its place',
      sv: 'Varje ext:-attribut är ett känt FGS-attribut på rätt plats',
    },
    'ext: attributes samarkiv does not know, or known ones on another element than their own, are listed so that the ingest report records them; a conversion cannot carry them over. Informational: the attribute list of CSPackageExtensionMETS.xsd is unconfirmed.',
  ),
];
