/** FGS1-XSD, FGS1-REF, FGS1-STRUCT: schema validity, ID references and the structural map. */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

export const FGS1_VALIDITY: readonly Requirement[] = [
  requirement(
    'FGS1-XSD-1',
    'MUST',
    { en: 'sip.xml is valid against METS 1.12', sv: 'sip.xml är giltig mot METS 1.12' },
    "sip.xml validates against the shipped METS 1.12 schema. METS admits the ext: attributes through its lax attribute wildcards; Riksarkivet's CSPackageMETS.xsd and CSPackageExtensionMETS.xsd are not available, so their restrictions are checked by the FGS1 rules instead. Not applicable when schema validation did not run.",
  ),
  requirement(
    'FGS1-XSD-2',
    'SHOULD',
    {
      en: 'Referenced PREMIS and EAD metadata is valid',
      sv: 'Refererade PREMIS- och EAD-metadata är giltiga',
    },
    'Metadata files referenced by mdRef with MDTYPE PREMIS or EAD (e.g. metadata/premis.xml) validate against the shipped PREMIS 2.1/3.0 and EAD schemas. Not applicable when none is referenced or schema validation did not run.',
  ),
  requirement(
    'FGS1-REF-1',
    'MUST',
    {
      en: 'IDs are unique and every ID reference resolves',
      sv: 'ID:n är unika och varje ID-referens pekar rätt',
    },
    'IDs are unique in sip.xml and every ADMID, DMDID and FILEID points to an ID of sip.xml.',
  ),
  requirement(
    'FGS1-STRUCT-1',
    'MUST',
    { en: 'sip.xml has a structural map', sv: 'sip.xml har en strukturkarta' },
    'sip.xml has at least one structMap with a div, as METS requires. 1.x generators often write a single div with a free LABEL ("No structMap defined in this information package"); that is accepted.',
    '/mets/structMap',
  ),
];
