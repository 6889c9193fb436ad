/**
 * The PREMIS record of what happened to a delivery before it became an AIP, written into the AIP as
 * metadata/preservation/ingest-premis.xml: receipt, virus check, fixity check, format
 * identification, validation, approval and ingestion, with their agents (samarkiv, clamd, the
 * approving person, the municipality, the source system). It is also where the AIP says whose it
 * is (tenant, delivery project, submission), so that `samarkiv reindex` needs nothing but storage.
 * Event types: Library of Congress preservation vocabulary (id.loc.gov/vocabulary/preservation/eventType).
 */
import type {
  PremisAgent,
  PremisEvent,
  PremisIdentifier,
  PremisModel,
} from '../../../core/package/writer/premis.ts';
import type { Software } from '../../../core/package/writer/mets-structure.ts';
import type { ValidationReport } from '../../../core/validation/report.ts';

/** Identifier types samarkiv uses in ingest-premis.xml; the AIP reader looks for exactly these. */
export const ID_TYPE = {
  tenant: 'samarkiv-tenant',
  project: 'samarkiv-delivery-project',
  submission: 'samarkiv-submission',
  user: 'samarkiv-user',
  sourceSystem: 'samarkiv-source-system',
} as const;

export const INGEST_PREMIS_FILE = 'ingest-premis.xml';

export interface IngestFacts {
  readonly tenant: { readonly id: string; readonly name: string };
  readonly projectId: string;
  readonly systemName: string | null;
  readonly submission: {
    readonly id: string;
    readonly version: number;
    readonly fileName: string;
    readonly size: number;
    readonly sha256: string;
    readonly producerSha256: string | null;
    readonly receivedAt: string;
    readonly controlledAt: string;
  };
  readonly report: ValidationReport;
  readonly approval: {
    readonly userId: string;
    readonly name: string;
    readonly at: string;
    readonly keyId: string;
    readonly manifestSha256: string;
  } | null;
  readonly software: Software;
  readonly now: Date;
}

const statusOf = (r: ValidationReport, id: string) => r.results.find((x) => x.requirement === id)?.status;

/** Checksum requirements: file and metadata-reference checksums of every METS (CSIP, SAMARKIV). */
const FIXITY_RULES = ['CSIP29', 'CSIP30', 'CSIP43', 'CSIP44', 'CSIP56', 'CSIP57', 'CSIP71', 'CSIP72'];

export function ingestPremisModel(f: IngestFacts, urn: () => string, schemaLocation: string): PremisModel {
  const software: PremisIdentifier = { type: 'local', value: `${f.software.name}/${f.software.version}` };
  const tenant: PremisIdentifier = { type: ID_TYPE.tenant, value: f.tenant.id };
  const sip: PremisIdentifier = { type: ID_TYPE.submission, value: f.submission.id };
  const agents: PremisAgent[] = [
    { id: software, name: f.software.name, type: 'software', version: f.software.version },
    { id: tenant, name: f.tenant.name, type: 'organization', notes: ['Arkivmyndighet (archive authority)'] },
  ];
  const scanner = f.report.contentChecks?.scanner ?? null;
  const scannerId: PremisIdentifier | null = scanner ? { type: 'local', value: scanner } : null;
  if (scannerId) agents.push({ id: scannerId, name: scanner as string, type: 'software' });
  const approver: PremisIdentifier | null = f.approval
    ? { type: ID_TYPE.user, value: f.approval.userId }
    : null;
  if (approver && f.approval) agents.push({ id: approver, name: f.approval.name, type: 'person' });
  const system: PremisIdentifier | null = f.systemName
    ? { type: ID_TYPE.sourceSystem, value: f.systemName }
    : null;
  if (system)
    agents.push({ id: system, name: f.systemName as string, type: 'software', notes: ['Källsystem'] });

  const event = (
    label: string,
    code: string,
    at: string,
    outcome: 'success' | 'failure',
    detail: string,
    who: { id: PremisIdentifier; role: string }[],
  ): PremisEvent => ({
    id: { type: 'URN', value: urn() },
    type: { label, code },
    dateTime: new Date(at),
    detail,
    outcome,
    agents: who,
    objects: [{ id: sip, role: 'source' }],
  });
  const run = { id: software, role: 'executing program' };
  const r = f.report;
  const s = f.submission;
  const events: PremisEvent[] = [
    event(
      'ingestion start',
      'ins',
      s.receivedAt,
      'success',
      `Leverans mottagen / delivery received: ${s.fileName}, version ${s.version}, ${s.size} bytes, SHA-256 ${s.sha256}` +
        (s.producerSha256
          ? `; producer checksum ${s.producerSha256 === s.sha256 ? 'matched' : 'DIFFERED'}`
          : ''),
      [run, { id: tenant, role: 'authorizer' }, ...(system ? [{ id: system, role: 'source system' }] : [])],
    ),
  ];
  const virus = statusOf(r, 'SAMARKIV-VIR-1');
  if (scannerId) {
    events.push(
      event(
        'virus check',
        'vir',
        s.controlledAt,
        virus === 'failed' ? 'failure' : 'success',
        `Scanned by ${scanner}`,
        [{ id: scannerId, role: 'executing program' }],
      ),
    );
  } else if (r.contentChecks) {
    events.push(
      event(
        'virus check',
        'vir',
        s.controlledAt,
        'failure',
        'No virus scanner was configured (SAMARKIV-VIR-2)',
        [run],
      ),
    );
  }
  const fixityFailed = FIXITY_RULES.some((id) => statusOf(r, id) === 'failed');
  events.push(
    event(
      'fixity check',
      'fix',
      s.controlledAt,
      fixityFailed ? 'failure' : 'success',
      `Every METS checksum verified on receipt (${r.summary.files} files, ${r.summary.bytes} bytes)`,
      [run],
    ),
  );
  if (r.contentChecks?.signatureVersion) {
    const identified = (r.files ?? []).filter((x) => x.puid).length;
    events.push(
      event(
        'format identification',
        'for',
        s.controlledAt,
        'success',
        `PRONOM DROID signature file V${r.contentChecks.signatureVersion}, container signatures ` +
          `${r.contentChecks.containerSignatureVersion ?? '-'}: ${identified} of ${(r.files ?? []).length} files identified`,
        [run],
      ),
    );
  }
  events.push(
    event(
      'validation',
      'val',
      s.controlledAt,
      r.valid ? 'success' : 'failure',
      `${r.profileLabel ?? r.profile ?? 'unknown profile'}: ${r.summary.errors} errors, ${r.summary.warnings} warnings`,
      [run],
    ),
  );
  events.push(
    event(
      'accession',
      'acc',
      f.approval?.at ?? f.now.toISOString(),
      'success',
      f.approval
        ? `Leveransgodkännande (approval) signed by ${f.approval.name}, key ${f.approval.keyId}, manifest SHA-256 ${f.approval.manifestSha256}`
        : 'Leveransgodkännande (approval) without a recorded signature',
      approver ? [{ id: approver, role: 'authorizer' }] : [run],
    ),
  );
  events.push(
    event(
      'ingestion end',
      'ine',
      f.now.toISOString(),
      'success',
      `E-ARK AIP 2.2 built by ${f.software.name} ${f.software.version}; the SIP is kept unchanged in submission/`,
      [run, { id: tenant, role: 'authorizer' }],
    ),
  );
  const container = /\.tar$/i.test(s.fileName)
    ? { mime: 'application/x-tar', name: 'Tape Archive Format', puid: 'x-fmt/265' }
    : { mime: 'application/zip', name: 'ZIP Format', puid: 'x-fmt/263' };
  return {
    schemaLocation,
    objects: [
      {
        kind: 'file',
        id: sip,
        file: {
          path: `submission/${s.fileName}`,
          size: s.size,
          sha256: s.sha256,
          created: new Date(s.receivedAt),
          mimeType: container.mime,
        },
        formatName: container.name,
        puid: container.puid,
        originalName: s.fileName,
        relationships: [{ subType: 'is part of', related: [{ type: ID_TYPE.project, value: f.projectId }] }],
        eventIds: events.map((e) => e.id),
      },
    ],
    events,
    agents,
    rights: [],
  };
}
