/**
 * SAMARKIV-ERMS-1 — "A representation whose @csip:CONTENTINFORMATIONTYPE is citserms_v2_1,
 * citserms_v3_0 or ERMS holds its ERMS XML file […]. A package METS declaring ERMS needs a
 * representation to hold it."
 *
 * Where the analyzer looks is find-erms-files.ts (mdRef, then erms*.xml, then the document element).
 */
import { finding, type Rule } from '../../rule.ts';
import { withErms } from './erms-support.ts';

export const SAMARKIV_ERMS_1: Rule = {
  id: 'SAMARKIV-ERMS-1',
  check: (ctx) =>
    withErms(ctx, (analysis) => {
      const out = [];
      if (analysis.rootWithoutRepresentation) {
        out.push(
          finding(
            'The package METS declares CITS ERMS content, but no representation holds ERMS content',
            'Paketets METS deklarerar CITS ERMS-innehåll, men ingen representation innehåller ERMS',
            analysis.rootWithoutRepresentation,
          ),
        );
      }
      for (const unit of analysis.units) {
        if (unit.ermsFiles.length > 0) continue;
        const rep = unit.representation;
        out.push(
          finding(
            `${rep} is declared as ${unit.contentType} but holds no ERMS XML file (no dmdSec mdRef with OTHERMDTYPE ERMS, no erms*.xml and no XML file with an erms document element in ${rep}/data/ or ${rep}/metadata/descriptive/)`,
            `${rep} deklareras som ${unit.contentType} men innehåller ingen ERMS-XML-fil (ingen mdRef i dmdSec med OTHERMDTYPE ERMS, ingen erms*.xml och ingen XML-fil med dokumentelementet erms i ${rep}/data/ eller ${rep}/metadata/descriptive/)`,
            unit.declaredAt,
          ),
        );
      }
      return out;
    }),
};
