/**
 * The checks SIP10–SIP31 apply to the agents that agents.ts recognises: exact spelling of ROLE and
 * TYPE, one name, the identification code note and its NOTETYPE, and the 0..1 cardinalities.
 */
import type { PackageContext } from '../../package-context.ts';
import { finding, notApplicable, type CheckResult, type Finding } from '../../rule.ts';
import type { NoteType } from '../../vocabularies.ts';
import { AGENT_LABEL, agentsOf, type AgentKind, type AgentRef } from './agents.ts';
import { at } from '../shared/locations.ts';
import { fixedValueMessage, shown } from '../shared/messages.ts';

/** An agent attribute must be spelled exactly as one of the allowed values. */
export function exactAttr(kind: AgentKind, attr: string, allowed: readonly string[]) {
  return (a: AgentRef): Finding[] => {
    const value = a.agent.attrs[attr];
    if (value !== undefined && allowed.includes(value)) return [];
    const label = AGENT_LABEL[kind];
    const subject = { en: `The ${label.en}`, sv: capital(label.sv) };
    const m = fixedValueMessage(subject, `@${attr}`, allowed, value);
    return [finding(m.en, m.sv, at(a.file, `${a.xpath}/@${attr}`, a.agent))];
  };
}

/**
 * ROLE of a submitting agent or contact person: exactly "CREATOR", or exactly "OTHER" with
 * OTHERROLE "SUBMITTER" (tolerated, see the header of this file).
 */
export function creatorRole(kind: 'submitter' | 'contact') {
  return (a: AgentRef): Finding[] => {
    const { ROLE: role, OTHERROLE: otherRole } = a.agent.attrs;
    if (role === 'CREATOR' || (role === 'OTHER' && otherRole === 'SUBMITTER')) return [];
    const label = AGENT_LABEL[kind];
    const written =
      otherRole === undefined
        ? shown(role)
        : {
            en: `${shown(role).en} with OTHERROLE "${otherRole}"`,
            sv: `${shown(role).sv} med OTHERROLE "${otherRole}"`,
          };
    return [
      finding(
        `@ROLE of the ${label.en} is ${written.en}; expected "CREATOR" (or "OTHER" with OTHERROLE "SUBMITTER"), spelled exactly so`,
        `@ROLE för ${label.sv} är ${written.sv}; förväntat "CREATOR" (eller "OTHER" med OTHERROLE "SUBMITTER"), stavat exakt så`,
        at(a.file, `${a.xpath}/@ROLE`, a.agent),
      ),
    ];
  };
}

/** The agent has exactly one name, and it is not empty (METS allows one name per agent). */
export function oneName(kind: AgentKind) {
  return (a: AgentRef): Finding[] => {
    const label = AGENT_LABEL[kind];
    const names = a.agent.names;
    if (names.length === 1 && names[0]?.text) return [];
    const where = at(a.file, `${a.xpath}/name`, names[0] ?? a.agent);
    if (names.length === 0) {
      return [finding(`The ${label.en} has no <name>`, `${capital(label.sv)} saknar <name>`, where)];
    }
    if (names.length > 1) {
      return [
        finding(
          `The ${label.en} has ${names.length} <name> elements; exactly one is expected`,
          `${capital(label.sv)} har ${names.length} <name>-element; exakt ett förväntas`,
          where,
        ),
      ];
    }
    return [finding(`The <name> of the ${label.en} is empty`, `<name> för ${label.sv} är tomt`, where)];
  };
}

/** At most one note, and not an empty one (SIP13, SIP19, SIP30: the identification code note). */
export function identificationNote(ctx: PackageContext, kind: AgentKind): CheckResult {
  const label = AGENT_LABEL[kind];
  return agentsOf(ctx, kind, (agents) => {
    const withNotes = agents.filter((a) => a.agent.notes.length > 0);
    if (withNotes.length === 0) {
      return notApplicable(`No ${label.en} has a <note>`, `Ingen ${label.svIndef} har någon <note>`);
    }
    return withNotes.flatMap((a): Finding[] => {
      const notes = a.agent.notes;
      if (notes.length > 1) {
        return [
          finding(
            `The ${label.en} has ${notes.length} <note> elements; at most one identification code note is expected`,
            `${capital(label.sv)} har ${notes.length} <note>-element; högst en anteckning med identifikationskod förväntas`,
            at(a.file, `${a.xpath}/note[2]`, notes[1]),
          ),
        ];
      }
      return notes[0]?.text
        ? []
        : [
            finding(
              `The <note> of the ${label.en} is empty`,
              `<note> för ${label.sv} är tom`,
              at(a.file, `${a.xpath}/note`, notes[0]),
            ),
          ];
    });
  });
}

const IDENTIFICATION_CODE: NoteType = 'IDENTIFICATIONCODE';

/** Every note of the agent is typed csip:NOTETYPE="IDENTIFICATIONCODE" (SIP14, SIP20, SIP31). */
export function identificationNoteType(ctx: PackageContext, kind: AgentKind): CheckResult {
  const label = AGENT_LABEL[kind];
  return agentsOf(ctx, kind, (agents) => {
    const notes = agents.flatMap((a) => a.agent.notes.map((note, i) => ({ a, note, i })));
    if (notes.length === 0) {
      return notApplicable(`No ${label.en} has a <note>`, `Ingen ${label.svIndef} har någon <note>`);
    }
    return notes.flatMap(({ a, note, i }): Finding[] => {
      const type = note.attrs['csip:NOTETYPE'];
      if (type === IDENTIFICATION_CODE) return [];
      return [
        finding(
          type === undefined
            ? `The <note> of the ${label.en} has no csip:NOTETYPE; expected "IDENTIFICATIONCODE"`
            : `The <note> of the ${label.en} has csip:NOTETYPE "${type}"; expected "IDENTIFICATIONCODE"`,
          type === undefined
            ? `<note> för ${label.sv} saknar csip:NOTETYPE; förväntat "IDENTIFICATIONCODE"`
            : `<note> för ${label.sv} har csip:NOTETYPE "${type}"; förväntat "IDENTIFICATIONCODE"`,
          at(a.file, `${a.xpath}/note[${i + 1}]/@csip:NOTETYPE`, note),
        ),
      ];
    });
  });
}

/** Wrapper requirements with cardinality 0..1 (SIP9, SIP26): absent is fine, two are not. */
export function atMostOne(ctx: PackageContext, kind: AgentKind): CheckResult {
  const label = AGENT_LABEL[kind];
  return agentsOf(ctx, kind, (agents) => {
    if (agents.length === 0) {
      return notApplicable(`The package METS has no ${label.en}`, `Paketets METS saknar ${label.svIndef}`);
    }
    return agents
      .slice(1)
      .map((a) =>
        finding(
          `The package METS has ${agents.length} ${label.enPlural}; at most one is allowed`,
          `Paketets METS har ${agents.length} ${label.svPlural}; högst en är tillåten`,
          at(a.file, a.xpath, a.agent),
        ),
      );
  });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
