/**
 * Renders a PREMIS 3.0 document (premis-v3-0.xsd). The writer produces one for the package
 * (intellectual entity, package events, agents, rights) and one per representation (the
 * representation, its files with SHA-256 fixity, the digest calculation event), so no single file
 * grows with the whole package (research anchors P1–P4) and each representation METS can reference
 * its own provenance without pointing outside its folder.
 * Event and agent types come from the Library of Congress preservation vocabularies.
 */
import { XmlBuilder, type XmlAttrs } from './xml.ts';
import type { WrittenFile } from './mets.ts';

export interface PremisIdentifier {
  readonly type: string;
  readonly value: string;
}

export interface PremisRelationship {
  readonly subType: 'has part' | 'is part of';
  readonly related: readonly PremisIdentifier[];
}

export interface PremisEntityObject {
  readonly kind: 'intellectualEntity' | 'representation';
  readonly id: PremisIdentifier;
  readonly originalName?: string;
  readonly relationships: readonly PremisRelationship[];
  readonly eventIds: readonly PremisIdentifier[];
  readonly rightsIds?: readonly PremisIdentifier[];
}

export interface PremisFileObject {
  readonly kind: 'file';
  readonly id: PremisIdentifier;
  readonly file: WrittenFile;
  readonly formatName: string;
  readonly puid?: string;
  readonly originalName?: string;
  readonly relationships: readonly PremisRelationship[];
  readonly eventIds: readonly PremisIdentifier[];
}

export type PremisObject = PremisEntityObject | PremisFileObject;

export interface PremisEvent {
  readonly id: PremisIdentifier;
  /** LoC eventType label and its code (id.loc.gov/vocabulary/preservation/eventType/<code>). */
  readonly type: { readonly label: string; readonly code: string };
  readonly dateTime: Date;
  readonly detail?: string;
  readonly outcome: 'success' | 'failure';
  readonly agents: readonly { readonly id: PremisIdentifier; readonly role: string }[];
  readonly objects: readonly { readonly id: PremisIdentifier; readonly role?: string }[];
}

export interface PremisAgent {
  readonly id: PremisIdentifier;
  readonly name: string;
  /** LoC agentType: software (sof), organization (org), person (prs). */
  readonly type: 'software' | 'organization' | 'person';
  readonly version?: string;
  readonly notes?: readonly string[];
}

/** A statute-based rights statement, e.g. secrecy under OSL (offentlighets- och sekretesslagen). */
export interface PremisStatuteRights {
  readonly id: PremisIdentifier;
  readonly jurisdiction: string;
  readonly citation: string;
  readonly note?: string;
  readonly act: string;
  readonly restriction: string;
  readonly objects: readonly PremisIdentifier[];
}

export interface PremisModel {
  readonly schemaLocation: string;
  readonly objects: readonly PremisObject[];
  readonly events: readonly PremisEvent[];
  readonly agents: readonly PremisAgent[];
  readonly rights: readonly PremisStatuteRights[];
}

const P = 'premis:';
const LOC = 'http://id.loc.gov/vocabulary/preservation/';
const AGENT_TYPE_CODE = { software: 'sof', organization: 'org', person: 'prs' } as const;

function identifier(
  x: XmlBuilder,
  element: string,
  prefix: string,
  id: PremisIdentifier,
  extra: XmlAttrs = [],
): void {
  x.open(P + element, extra);
  x.text(`${P}${prefix}Type`, id.type);
  x.text(`${P}${prefix}Value`, id.value);
  x.close();
}

function relationships(x: XmlBuilder, rels: readonly PremisRelationship[]): void {
  for (const r of rels) {
    x.open(P + 'relationship');
    x.text(P + 'relationshipType', 'structural');
    x.text(P + 'relationshipSubType', r.subType);
    for (const id of r.related) identifier(x, 'relatedObjectIdentifier', 'relatedObjectIdentifier', id);
    x.close();
  }
}

function linkingEvents(x: XmlBuilder, ids: readonly PremisIdentifier[]): void {
  for (const id of ids) identifier(x, 'linkingEventIdentifier', 'linkingEventIdentifier', id);
}

function object(x: XmlBuilder, o: PremisObject): void {
  x.open(P + 'object', [['xsi:type', P + o.kind]]);
  identifier(x, 'objectIdentifier', 'objectIdentifier', o.id);
  if (o.kind === 'file') {
    x.open(P + 'objectCharacteristics');
    x.text(P + 'compositionLevel', '0');
    x.open(P + 'fixity');
    x.text(P + 'messageDigestAlgorithm', 'SHA-256');
    x.text(P + 'messageDigest', o.file.sha256);
    x.text(P + 'messageDigestOriginator', 'samarkiv');
    x.close();
    x.text(P + 'size', String(o.file.size));
    x.open(P + 'format');
    x.open(P + 'formatDesignation');
    x.text(P + 'formatName', o.formatName);
    x.close();
    if (o.puid) {
      x.open(P + 'formatRegistry');
      x.text(P + 'formatRegistryName', 'PRONOM');
      x.text(P + 'formatRegistryKey', o.puid);
      x.text(P + 'formatRegistryRole', 'specification');
      x.close();
    }
    x.close();
    x.close();
    if (o.originalName !== undefined) x.text(P + 'originalName', o.originalName);
    relationships(x, o.relationships);
    linkingEvents(x, o.eventIds);
  } else {
    if (o.originalName !== undefined) x.text(P + 'originalName', o.originalName);
    relationships(x, o.relationships);
    linkingEvents(x, o.eventIds);
    for (const id of o.rightsIds ?? []) {
      identifier(x, 'linkingRightsStatementIdentifier', 'linkingRightsStatementIdentifier', id);
    }
  }
  x.close();
}

function event(x: XmlBuilder, e: PremisEvent): void {
  x.open(P + 'event');
  identifier(x, 'eventIdentifier', 'eventIdentifier', e.id);
  x.leaf(
    P + 'eventType',
    [
      ['authority', 'eventType'],
      ['authorityURI', `${LOC}eventType`],
      ['valueURI', `${LOC}eventType/${e.type.code}`],
    ],
    e.type.label,
  );
  x.text(P + 'eventDateTime', e.dateTime.toISOString());
  if (e.detail !== undefined) {
    x.open(P + 'eventDetailInformation');
    x.text(P + 'eventDetail', e.detail);
    x.close();
  }
  x.open(P + 'eventOutcomeInformation');
  x.text(P + 'eventOutcome', e.outcome);
  x.close();
  for (const a of e.agents) {
    x.open(P + 'linkingAgentIdentifier');
    x.text(P + 'linkingAgentIdentifierType', a.id.type);
    x.text(P + 'linkingAgentIdentifierValue', a.id.value);
    x.text(P + 'linkingAgentRole', a.role);
    x.close();
  }
  for (const o of e.objects) {
    x.open(P + 'linkingObjectIdentifier');
    x.text(P + 'linkingObjectIdentifierType', o.id.type);
    x.text(P + 'linkingObjectIdentifierValue', o.id.value);
    if (o.role !== undefined) x.text(P + 'linkingObjectRole', o.role);
    x.close();
  }
  x.close();
}

function agent(x: XmlBuilder, a: PremisAgent): void {
  x.open(P + 'agent');
  identifier(x, 'agentIdentifier', 'agentIdentifier', a.id);
  x.text(P + 'agentName', a.name);
  x.leaf(
    P + 'agentType',
    [
      ['authority', 'agentType'],
      ['authorityURI', `${LOC}agentType`],
      ['valueURI', `${LOC}agentType/${AGENT_TYPE_CODE[a.type]}`],
    ],
    a.type,
  );
  if (a.version !== undefined) x.text(P + 'agentVersion', a.version);
  for (const n of a.notes ?? []) x.text(P + 'agentNote', n);
  x.close();
}

function rights(x: XmlBuilder, r: PremisStatuteRights): void {
  x.open(P + 'rights');
  x.open(P + 'rightsStatement');
  identifier(x, 'rightsStatementIdentifier', 'rightsStatementIdentifier', r.id);
  x.text(P + 'rightsBasis', 'statute');
  x.open(P + 'statuteInformation');
  x.text(P + 'statuteJurisdiction', r.jurisdiction);
  x.text(P + 'statuteCitation', r.citation);
  if (r.note !== undefined) x.text(P + 'statuteNote', r.note);
  x.close();
  x.open(P + 'rightsGranted');
  x.text(P + 'act', r.act);
  x.text(P + 'restriction', r.restriction);
  x.close();
  for (const id of r.objects) {
    x.open(P + 'linkingObjectIdentifier');
    x.text(P + 'linkingObjectIdentifierType', id.type);
    x.text(P + 'linkingObjectIdentifierValue', id.value);
    x.close();
  }
  x.close();
  x.close();
}

export function renderPremis(m: PremisModel): string {
  return buildPremis(m, new XmlBuilder()).toString();
}

/** The same document as UTF-8 parts: a representation's PREMIS of 100,000 files is never one string. */
export function renderPremisBytes(m: PremisModel): Uint8Array[] {
  return buildPremis(m, new XmlBuilder({ bytes: true })).toBytes();
}

/** A PREMIS document rendered as it goes: objects one by one, in document order, then the rest. */
export interface PremisInProgress {
  object(o: PremisObject): void;
  /** Renders the events, agents and rights after the objects and returns the document's UTF-8 parts. */
  finish(rest: Pick<PremisModel, 'events' | 'agents' | 'rights'>): Uint8Array[];
}

/**
 * Lets a writer render each file's object as soon as its digest is known, while the other files
 * are still being copied, instead of all 100,000 after the copy (docs/adr/0014).
 */
export function startPremisBytes(schemaLocation: string): PremisInProgress {
  const x = new XmlBuilder({ bytes: true });
  const doc = premisOn(x, schemaLocation);
  return { object: doc.object, finish: (rest) => doc.close(rest).toBytes() };
}

function buildPremis(m: PremisModel, x: XmlBuilder): XmlBuilder {
  const doc = premisOn(x, m.schemaLocation);
  for (const o of m.objects) doc.object(o);
  return doc.close(m);
}

/** Opens the premis element in `x`; objects go in one by one, then close() adds the rest. */
function premisOn(
  x: XmlBuilder,
  schemaLocation: string,
): {
  object(o: PremisObject): void;
  close(rest: Pick<PremisModel, 'events' | 'agents' | 'rights'>): XmlBuilder;
} {
  x.open(P + 'premis', [
    ['xmlns:premis', 'http://www.loc.gov/premis/v3'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
    ['xsi:schemaLocation', schemaLocation],
    ['version', '3.0'],
  ]);
  let objects = 0;
  return {
    object(o) {
      object(x, o);
      objects++;
    },
    close(rest) {
      if (objects === 0) throw new Error('PREMIS needs at least one object');
      for (const e of rest.events) event(x, e);
      for (const a of rest.agents) agent(x, a);
      for (const r of rest.rights) rights(x, r);
      return x.close();
    },
  };
}
