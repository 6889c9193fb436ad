/**
 * samarkiv's requirements for CITS ERMS content (= FGS Ärendehantering 2.0), checked on every
 * representation that declares `citserms_v2_1`, `citserms_v3_0` or the legacy `ERMS` (standards.md
 * §8). CITS ERMS publishes no requirement IDs for these checks, so they are samarkiv's own and are
 * never reused. Each is not applicable when no representation declares ERMS content.
 */
import type { Requirement } from './requirement.ts';

export const ERMS_REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'SAMARKIV-ERMS-1',
    level: 'MUST',
    title: {
      en: 'Every representation declared as CITS ERMS holds an ERMS XML file',
      sv: 'Varje representation som deklareras som CITS ERMS innehåller en ERMS-XML-fil',
    },
    text: 'A representation whose @csip:CONTENTINFORMATIONTYPE is citserms_v2_1, citserms_v3_0 or ERMS holds its ERMS XML file: referenced from a dmdSec mdRef with OTHERMDTYPE ERMS, named erms*.xml in its data/ or metadata/descriptive/ folder, or recognised there by its erms document element. A package METS declaring ERMS needs a representation to hold it.',
  },
  {
    id: 'SAMARKIV-ERMS-2',
    level: 'MUST',
    title: {
      en: 'The ERMS XML is valid against the CITS ERMS schema of its version',
      sv: 'ERMS-XML:en är giltig mot CITS ERMS-schemat för sin version',
    },
    text: 'The ERMS file is well-formed and validates against ERMS.xsd (citserms_v2_1) or ERMS_v3.xsd (citserms_v3_0); a legacy ERMS declaration is checked as the version the file is valid against.',
  },
  {
    id: 'SAMARKIV-ERMS-3',
    level: 'MUST',
    title: {
      en: 'The ERMS XML satisfies the CITS ERMS Schematron rules of its version',
      sv: 'ERMS-XML:en uppfyller CITS ERMS Schematron-regler för sin version',
    },
    text: 'The co-occurrence constraints of erms.sch (2.1) or erms_v3.sch (3.0) hold: a value "other" (own_aggregation_definition, other_date, other_type, own_relation_definition) is accompanied by its other… attribute, and in 3.0 addressContactInformation is not empty.',
  },
  {
    id: 'SAMARKIV-ERMS-4',
    level: 'MUST',
    title: {
      en: 'Every document the ERMS XML refers to is in the package',
      sv: 'Varje dokument som ERMS-XML:en hänvisar till finns i paketet',
    },
    text: "Every appendix/@path and agentExtendingAppendix/@path resolves to a file in the package, relative to the representation's data folder.",
  },
  {
    id: 'SAMARKIV-ERMS-5',
    level: 'MUST',
    title: {
      en: 'Every file in the data folder of an ERMS representation is referred to by its ERMS XML',
      sv: 'Varje fil i data-mappen i en ERMS-representation refereras från dess ERMS-XML',
    },
    text: 'No file below representations/<rep>/data/ is delivered without an appendix in the ERMS XML describing it (the ERMS file itself excepted).',
  },
  {
    id: 'SAMARKIV-ERMS-6',
    level: 'MUST',
    title: {
      en: 'ERMS objectIds are unique and parentAggregationIds refer to aggregations in the file',
      sv: 'ERMS-objectId är unika och parentAggregationId pekar på akter i filen',
    },
    text: 'Each objectId of an aggregation or record occurs once in its ERMS file, and each parentAggregationId equals the objectId of an aggregation in the same file.',
  },
];
