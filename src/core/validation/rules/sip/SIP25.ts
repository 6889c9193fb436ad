/**
 * SIP25 — Contact person agent additional information, metsHdr/agent/note (0..*):
 * "The submitting agent has one or more notes giving the contact information." (2.1.0: "The contact
 * person agent has one or more notes …"; the 2.2.0 wording is a slip, the requirement depends on
 * SIP21.)
 * Notes are free text (phone, e-mail); an empty note gives no contact information and fails.
 * No contact person with notes: not applicable. Package METS only (agents.ts).
 */
import { finding, notApplicable, type Finding, type Rule } from '../../rule.ts';
import { agentsOf } from './agents.ts';
import { at } from '../shared/locations.ts';

export const SIP25: Rule = {
  id: 'SIP25',
  check: (ctx) =>
    agentsOf(ctx, 'contact', (contacts) => {
      const notes = contacts.flatMap((a) => a.agent.notes.map((note, i) => ({ a, note, i })));
      if (notes.length === 0) {
        return notApplicable('No contact person has a <note>', 'Ingen kontaktperson har någon <note>');
      }
      return notes.flatMap(({ a, note, i }): Finding[] =>
        note.text
          ? []
          : [
              finding(
                'A <note> of the contact person is empty; it should give contact information such as phone or e-mail',
                'En <note> för kontaktpersonen är tom; den ska ge kontaktuppgifter som telefon eller e-post',
                at(a.file, `${a.xpath}/note[${i + 1}]`, note),
              ),
            ],
      );
    }),
};
