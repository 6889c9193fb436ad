/** FGS1-STR: the package layout of FGS Paketstruktur 1.x. */
import type { Requirement } from '../../validation/requirement.ts';
import { requirement } from './define.ts';

export const FGS1_STRUCTURE: readonly Requirement[] = [
  requirement(
    'FGS1-STR-1',
    'MUST',
    {
      en: 'The package root holds the package METS sip.xml',
      sv: 'Paketets rot innehåller paketets METS, sip.xml',
    },
    'A 1.x package names its METS file `sip.xml` and keeps it in the package root (the archive top level or its single root folder). Some generators write `mets.xml`; samarkiv reads that too. File names are case-sensitive.',
  ),
  requirement(
    'FGS1-STR-2',
    'MUST',
    {
      en: 'sip.xml is well-formed XML with a METS document element',
      sv: 'sip.xml är välformad XML med METS som dokumentelement',
    },
    'The package METS parses as XML without a DOCTYPE and its document element is `mets` in the METS namespace `http://www.loc.gov/METS/`.',
  ),
  requirement(
    'FGS1-STR-3',
    'SHOULD',
    {
      en: 'The delivered files are in the content folder',
      sv: 'De levererade filerna ligger i mappen content',
    },
    'The fileSec lists files under `content/` (often `content/<n>/`; the letter case varies between generators, e.g. `Content/1/`, and is not checked). Metadata may lie under `metadata/` and XML schemas under `System/` or `schemas/`; files elsewhere, or a package without any file under `content/`, are reported. Level SHOULD: the folder list of RAFGS1V1.2 is not available to confirm it.',
  ),
  requirement(
    'FGS1-STR-4',
    'SHOULD',
    {
      en: 'Every file in the package is referenced from sip.xml',
      sv: 'Varje fil i paketet refereras från sip.xml',
    },
    'Each file of the package other than the package METS is referenced from sip.xml, by a fileSec FLocat or a metadata mdRef, so that nothing is delivered without a checksum (kontrollpunkt K05: manifest = file set).',
  ),
];
