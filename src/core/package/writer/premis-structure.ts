/**
 * What the writer records in PREMIS (premis.ts renders it):
 * - metadata/preservation/premis.xml: the intellectual entity (the package OBJID) with its
 *   representations as parts, the `information package creation` event, the agents (samarkiv with
 *   its version, the producing organisation) and, when the content is secret, a statute rights
 *   statement citing the OSL paragraph.
 * - representations/<rep>/metadata/preservation/premis.xml: the representation, each file with
 *   SHA-256 fixity, size, format and original name, and the `message digest calculation` event.
 * Identifiers are `urn:uuid:` URNs minted for this package, except the entity, which is the OBJID.
 */
import type { IdGenerator } from './ids.ts';
import type { WrittenFile } from './mets.ts';
import type { ContentFile, OrganisationAgent, PackageSpec } from './package-spec.ts';
import type { PremisAgent, PremisIdentifier, PremisModel, PremisObject } from './premis.ts';
import type { Software } from './mets-structure.ts';

export interface PremisIds {
  readonly entity: PremisIdentifier;
  readonly software: PremisIdentifier;
  /** Representation name → identifier, minted once and used by both PREMIS files. */
  readonly representations: ReadonlyMap<string, PremisIdentifier>;
}

const urn = (ids: IdGenerator): PremisIdentifier => ({ type: 'URN', value: ids.urn() });

export function premisIds(objid: string, spec: PackageSpec, software: Software, ids: IdGenerator): PremisIds {
  return {
    entity: { type: objid.startsWith('urn:') ? 'URN' : 'local', value: objid },
    software: { type: 'local', value: `${software.name}/${software.version}` },
    representations: new Map(spec.representations.map((r) => [r.name, urn(ids)])),
  };
}

function softwareAgent(p: PremisIds, software: Software): PremisAgent {
  return { id: p.software, name: software.name, type: 'software', version: software.version };
}

function organisationAgent(org: OrganisationAgent): PremisAgent {
  return {
    id: { type: 'local', value: org.identificationCode ?? org.name },
    name: org.name,
    type: 'organization',
  };
}

export function packagePremisModel(
  spec: PackageSpec,
  p: PremisIds,
  software: Software,
  now: Date,
  ids: IdGenerator,
  schemaLocation: string,
): PremisModel {
  const creation = urn(ids);
  const producer = spec.producer ?? spec.agents?.submitter;
  const rightsId = spec.secrecy ? urn(ids) : undefined;
  return {
    schemaLocation,
    objects: [
      {
        kind: 'intellectualEntity',
        id: p.entity,
        ...(spec.label !== undefined ? { originalName: spec.label } : {}),
        relationships:
          p.representations.size > 0
            ? [{ subType: 'has part', related: [...p.representations.values()] }]
            : [],
        eventIds: [creation],
        ...(rightsId ? { rightsIds: [rightsId] } : {}),
      },
    ],
    events: [
      {
        id: creation,
        type: { label: 'information package creation', code: 'ipc' },
        dateTime: now,
        detail: `E-ARK ${spec.profile} package written by ${software.name} ${software.version}`,
        outcome: 'success',
        agents: [
          { id: p.software, role: 'executing program' },
          ...(producer ? [{ id: organisationAgent(producer).id, role: 'implementer' }] : []),
        ],
        objects: [{ id: p.entity, role: 'outcome' }],
      },
    ],
    agents: [softwareAgent(p, software), ...(producer ? [organisationAgent(producer)] : [])],
    rights:
      spec.secrecy && rightsId
        ? [
            {
              id: rightsId,
              jurisdiction: 'se',
              citation: spec.secrecy.legalReference,
              ...(spec.secrecy.note !== undefined ? { note: spec.secrecy.note } : {}),
              act: 'disseminate',
              restriction: 'Sekretessprövning (menprövning) krävs före utlämnande',
              objects: [p.entity],
            },
          ]
        : [],
  };
}

export interface RepresentationFileFacts {
  readonly written: WrittenFile;
  readonly source: ContentFile;
}

/**
 * A representation's PREMIS in its parts: the representation object, one object per file (made
 * as each file's facts arrive) and the events, agents and rights after them.
 */
export function representationPremis(
  repName: string,
  p: PremisIds,
  software: Software,
  now: Date,
  ids: IdGenerator,
): {
  readonly object: PremisObject;
  readonly fileObject: (facts: RepresentationFileFacts) => PremisObject;
  readonly rest: Pick<PremisModel, 'events' | 'agents' | 'rights'>;
} {
  const repId = p.representations.get(repName) ?? urn(ids);
  const digest = urn(ids);
  return {
    object: {
      kind: 'representation',
      id: repId,
      originalName: repName,
      relationships: [{ subType: 'is part of', related: [p.entity] }],
      eventIds: [digest],
    },
    fileObject: ({ written, source }) => ({
      kind: 'file',
      id: urn(ids),
      file: written,
      formatName: written.mimeType,
      ...(source.puid !== undefined ? { puid: source.puid } : {}),
      originalName: source.originalName ?? source.path,
      relationships: [{ subType: 'is part of', related: [repId] }],
      eventIds: [digest],
    }),
    rest: {
      events: [
        {
          id: digest,
          type: { label: 'message digest calculation', code: 'mes' },
          dateTime: now,
          detail: 'SHA-256 computed while each file was written into the package (one read per file)',
          outcome: 'success',
          agents: [{ id: p.software, role: 'executing program' }],
          objects: [{ id: repId, role: 'source' }],
        },
      ],
      agents: [softwareAgent(p, software)],
      rights: [],
    },
  };
}
