/**
 * Maps a producer's description file (description.ts) and the delivered files to a PackageSpec for
 * an E-ARK SIP (FGS Paketstruktur 2.0 = CSIP 2.1 + SIP 2.1, or the 2.2 versions), including the
 * generated EAD 2002 or EAD3 description (`descriptiveMetadata`) in metadata/descriptive/ead.xml.
 */
import type { Description } from '../description.ts';
import { EAD3_SCHEMA_LOCATION, EAD_SCHEMA_LOCATION } from './assemble-package.ts';
import { renderEad, type EadModel } from './ead.ts';
import { renderEad3 } from './ead3.ts';
import { EAD3_MDTYPEVERSION } from './schemas.ts';
import type { Software } from './mets-structure.ts';
import type { ContentFile, PackageSpec } from './package-spec.ts';

export interface SipInputs {
  readonly description: Description;
  readonly profile: 'sip-2.1' | 'sip-2.2';
  /** OBJID: the description's, or one the caller minted. */
  readonly objid: string;
  /** The delivered files, paths relative to representations/<rep>/data/. */
  readonly data: readonly ContentFile[];
  readonly documentation: readonly ContentFile[];
  readonly software: Software;
  readonly now: Date;
}

const orgCode = (orgnr: string): string => `ORG:${orgnr}`; // standards.md §7.1: ORG: + 10-digit organisationsnummer

export function sipSpecFromDescription(input: SipInputs): PackageSpec {
  const d = input.description;
  const scope = [
    ...(d.description !== undefined ? [d.description] : []),
    `Leverans från ${d.sourceSystem.name} version ${d.sourceSystem.version}.`,
    `Leveransöverenskommelse: ${d.submissionAgreement}.`,
  ];
  const ead3 = d.descriptiveMetadata === 'ead3';
  const model: EadModel = {
    schemaLocation: ead3 ? EAD3_SCHEMA_LOCATION : EAD_SCHEMA_LOCATION,
    eadId: input.objid,
    title: d.title,
    ...(d.referenceCode !== undefined ? { referenceCode: d.referenceCode } : {}),
    dates: d.dates,
    archivalCreator: d.archivalCreator.name,
    languageCode: d.language,
    scopeContent: scope,
    ...(d.secrecy.applies && d.secrecy.legalReference !== undefined
      ? {
          accessRestriction: {
            legalReference: d.secrecy.legalReference,
            ...(d.secrecy.note !== undefined ? { note: d.secrecy.note } : {}),
          },
        }
      : {}),
    ...(d.disposal.applied && d.disposal.decisionReference !== undefined
      ? {
          appraisal: {
            decisionReference: d.disposal.decisionReference,
            ...(d.disposal.note !== undefined ? { note: d.disposal.note } : {}),
          },
        }
      : {}),
    creator: `${input.software.name} ${input.software.version}`,
    maintenanceAgency: d.submitter.name,
    created: input.now,
  };
  const ead = ead3 ? renderEad3(model) : renderEad(model);

  const contactNotes = d.contact
    ? [d.contact.email, d.contact.phone].filter((n): n is string => n !== undefined)
    : [];
  return {
    profile: input.profile,
    objid: input.objid,
    label: d.title, // SIP1
    contentCategory: d.contentCategory,
    ...(d.otherContentCategory !== undefined ? { otherContentCategory: d.otherContentCategory } : {}),
    contentInformationType: d.contentInformationType,
    ...(d.otherContentInformationType !== undefined
      ? { otherContentInformationType: d.otherContentInformationType }
      : {}),
    recordStatus: d.recordStatus,
    agents: {
      archivalCreator: {
        name: d.archivalCreator.name,
        identificationCode: orgCode(d.archivalCreator.organisationNumber),
      },
      submitter: { name: d.submitter.name, identificationCode: orgCode(d.submitter.organisationNumber) },
      ...(d.contact ? { contacts: [{ name: d.contact.name, notes: contactNotes }] } : {}),
      ...(d.preservationOrganisation
        ? {
            preservation: {
              name: d.preservationOrganisation.name,
              identificationCode: orgCode(d.preservationOrganisation.organisationNumber),
            },
          }
        : {}),
    },
    altRecordIds: {
      submissionAgreement: d.submissionAgreement,
      ...(d.previousSubmissionAgreements
        ? { previousSubmissionAgreements: d.previousSubmissionAgreements }
        : {}),
      ...(d.referenceCode !== undefined ? { referenceCode: d.referenceCode } : {}),
      ...(d.previousReferenceCodes ? { previousReferenceCodes: d.previousReferenceCodes } : {}),
    },
    descriptive: [
      {
        path: 'ead.xml',
        source: { kind: 'buffer', data: new TextEncoder().encode(ead) },
        mimeType: 'application/xml',
        created: input.now,
        mdType: 'EAD',
        mdTypeVersion: ead3 ? EAD3_MDTYPEVERSION : '2002',
      },
    ],
    documentation: input.documentation,
    representations: [{ name: d.representation, data: input.data }],
    ...(d.secrecy.applies && d.secrecy.legalReference !== undefined
      ? {
          secrecy: {
            legalReference: d.secrecy.legalReference,
            ...(d.secrecy.note !== undefined ? { note: d.secrecy.note } : {}),
          },
        }
      : {}),
  };
}
