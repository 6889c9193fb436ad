/** FGS1-METS: the attributes of the mets element of a 1.x package. */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

export const FGS1_METS_ROOT: readonly Requirement[] = [
  requirement(
    'FGS1-METS-1',
    'MUST',
    { en: 'The package has an identifier (mets/@OBJID)', sv: 'Paketet har en identifierare (mets/@OBJID)' },
    'mets/@OBJID identifies the package and is not empty.',
    '/mets/@OBJID',
  ),
  requirement(
    'FGS1-METS-2',
    'SHOULD',
    { en: 'The package identifier is a UUID', sv: 'Paketets identifierare är ett UUID' },
    'mets/@OBJID is a UUID, written `UUID:<uuid>` or `GUID:<uuid>` in 1.x (a bare UUID or `urn:uuid:<uuid>` is accepted too), so that a conversion to E-ARK SIP can keep it as `urn:uuid:<uuid>` and name the package folder after it. samarkiv requirement for the conversion; 1.x itself does not fix the form.',
    '/mets/@OBJID',
  ),
  requirement(
    'FGS1-METS-3',
    'MUST',
    {
      en: "mets/@PROFILE is Riksarkivet's 1.x profile URL",
      sv: 'mets/@PROFILE är URL:en till Riksarkivets profil för 1.x',
    },
    'mets/@PROFILE is exactly `http://xml.ra.se/e-arkiv/METS/CommonSpecificationSwedenPackageProfile.xml`. The misspelling `…Profile.xmll` seen in public generator code is still recognised as 1.x but reported.',
    '/mets/@PROFILE',
  ),
  requirement(
    'FGS1-METS-4',
    'MUST',
    {
      en: 'The package states its content type (mets/@TYPE)',
      sv: 'Paketet anger sin innehållstyp (mets/@TYPE)',
    },
    'mets/@TYPE is present and not empty (e.g. `ERMS`, `Personnel`, `Unstructured`).',
    '/mets/@TYPE',
  ),
  requirement(
    'FGS1-METS-5',
    'SHOULD',
    {
      en: 'mets/@TYPE is a term of the 1.x content type list',
      sv: 'mets/@TYPE är en term i innehållstyplistan för 1.x',
    },
    'mets/@TYPE is one of ERMS, Personnel, Medical record, Economics, Databases, Webpages, GIS, No specification, AIC, Archival information, Unstructured, Single records, Publication (exact spelling). Level SHOULD: the list in CSPackageMETS.xsd could not be compared here; only ERMS, Personnel, Unstructured, Publication, No specification and Single records are confirmed by public sources.',
    '/mets/@TYPE',
  ),
  requirement(
    'FGS1-METS-6',
    'SHOULD',
    { en: 'The package has a title (mets/@LABEL)', sv: 'Paketet har en rubrik (mets/@LABEL)' },
    'mets/@LABEL gives the package a human-readable title; a conversion makes it the SIP1 label.',
    '/mets/@LABEL',
  ),
];
