/**
 * CSIP19 (mets/dmdSec/@CREATED, 1..1): Creation date and time of the descriptive metadata in this
 * section.
 *
 * Every dmdSec: present and an xs:dateTime. Not applicable when the package has no dmdSec.
 */
import { finding, type Rule } from '../../rule.ts';
import { at } from '../shared/locations.ts';
import { quote } from '../shared/messages.ts';
import { everySection, sectionName } from '../shared/metadata-sections.ts';
import { isXsDateTime } from '../shared/xsd-datatypes.ts';

export const CSIP19: Rule = {
  id: 'CSIP19',
  check: (ctx) =>
    everySection(ctx, 'dmdSec', (s) => {
      const name = sectionName(s);
      const value = s.sec.attrs['CREATED'];
      const loc = at(s.mets, `${s.xpath}/@CREATED`, s.sec.line);
      if (value === undefined) {
        return [
          finding(
            `${name.en} has no CREATED attribute; it must record when the descriptive metadata was created`,
            `${name.sv} saknar attributet CREATED; det måste ange när de beskrivande metadata skapades`,
            loc,
          ),
        ];
      }
      if (isXsDateTime(value)) return [];
      return [
        finding(
          `${name.en}: CREATED ${quote(value)} is not a date and time (xs:dateTime, e.g. 2026-11-20T10:00:00+01:00)`,
          `${name.sv}: CREATED ${quote(value)} är inte en tidpunkt (xs:dateTime, t.ex. 2026-11-20T10:00:00+01:00)`,
          loc,
        ),
      ];
    }),
};
