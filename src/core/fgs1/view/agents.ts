/**
 * The metsHdr agents of 1.x as 2.x agents (standards.md §7.2): the same ROLE and TYPE, notes typed
 * with csip:NOTETYPE where CSIP/SIP require it, a submitter promoted to the submitting organisation
 * when there is none, and samarkiv added as creating software when the package names none
 * (CSIP10–CSIP16 require that agent in 2.x).
 */
import type { MetsAgent } from '../../package/mets-model.ts';
import type { CsipAgentView, CsipNoteView } from './types.ts';

/** `ORG:2120001165`, `VAT:SE…`, `Local:10002`: a typed identification code. */
const CODE = /^[A-Za-z][A-Za-z0-9-]*:\s*\S/;

function range(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

interface Kind {
  readonly requirements: readonly string[];
  readonly noteType?: CsipNoteView['noteType'];
}

function kindOf(role: string, type: string, otherType: string | undefined): Kind {
  if (type === 'OTHER' && otherType === 'SOFTWARE') {
    return { requirements: role === 'CREATOR' ? range('CSIP', 10, 16) : [], noteType: 'SOFTWARE VERSION' };
  }
  if (role === 'ARCHIVIST' && type === 'ORGANIZATION')
    return { requirements: range('SIP', 9, 14), noteType: 'IDENTIFICATIONCODE' };
  if (role === 'CREATOR' && type === 'ORGANIZATION')
    return { requirements: range('SIP', 15, 20), noteType: 'IDENTIFICATIONCODE' };
  if (role === 'CREATOR' && type === 'INDIVIDUAL') return { requirements: range('SIP', 21, 25) };
  if (role === 'PRESERVATION' && type === 'ORGANIZATION')
    return { requirements: range('SIP', 26, 31), noteType: 'IDENTIFICATIONCODE' };
  return { requirements: [] };
}

function notesOf(agent: MetsAgent, noteType: CsipNoteView['noteType']): CsipNoteView[] {
  return agent.notes
    .map((n) => n.text.trim())
    .filter((t) => t !== '')
    .map((text) => {
      const typed = noteType === 'SOFTWARE VERSION' || (noteType === 'IDENTIFICATIONCODE' && CODE.test(text));
      return typed ? { text, noteType } : { text };
    });
}

function fromOf(a: MetsAgent): string {
  const role = a.attrs['ROLE'] === 'OTHER' ? `OTHER(${a.attrs['OTHERROLE'] ?? ''})` : (a.attrs['ROLE'] ?? '');
  const type = a.attrs['TYPE'] === 'OTHER' ? `OTHER(${a.attrs['OTHERTYPE'] ?? ''})` : (a.attrs['TYPE'] ?? '');
  return `${role}/${type}`;
}

function optional(key: 'otherRole' | 'otherType', value: string | undefined): Partial<CsipAgentView> {
  return value === undefined ? {} : { [key]: value };
}

export function agentViews(
  agents: readonly MetsAgent[],
  software: { readonly name: string; readonly version?: string },
): CsipAgentView[] {
  const hasSubmitterOrg = agents.some(
    (a) => a.attrs['ROLE'] === 'CREATOR' && a.attrs['TYPE'] === 'ORGANIZATION',
  );
  const out: CsipAgentView[] = agents.map((a) => {
    let role = a.attrs['ROLE'] ?? '';
    let otherRole = role === 'OTHER' ? a.attrs['OTHERROLE'] : undefined;
    const type = a.attrs['TYPE'] ?? '';
    const otherType = type === 'OTHER' ? a.attrs['OTHERTYPE'] : undefined;
    // SIP15: the submitting organisation is CREATOR/ORGANIZATION in 2.x.
    if (role === 'OTHER' && otherRole === 'SUBMITTER' && type === 'ORGANIZATION' && !hasSubmitterOrg) {
      role = 'CREATOR';
      otherRole = undefined;
    }
    const kind = kindOf(role, type, otherType);
    const name = a.names.map((n) => n.text.trim()).find((t) => t !== '') ?? null;
    return {
      role,
      ...optional('otherRole', otherRole),
      type,
      ...optional('otherType', otherType),
      name,
      notes: notesOf(a, kind.noteType),
      from: fromOf(a),
      requirements: kind.requirements,
    };
  });
  const hasCreatorSoftware = out.some((a) => a.role === 'CREATOR' && a.otherType === 'SOFTWARE' && a.name);
  if (!hasCreatorSoftware) {
    out.unshift({
      role: 'CREATOR',
      type: 'OTHER',
      otherType: 'SOFTWARE',
      name: software.name,
      notes: software.version ? [{ text: software.version, noteType: 'SOFTWARE VERSION' }] : [],
      from: null,
      requirements: range('CSIP', 10, 16),
    });
  }
  return out;
}
