/**
 * Checks a PackageSpec and fixes every derived value before a single byte is written: profile URL,
 * package type, OBJID and folder name, content types, and the full list of paths (so a duplicate
 * or a case-only clash is refused up front, as the package reader would refuse it later).
 */
import { archiveError } from '../../errors.ts';
import { CANONICAL_PROFILE_URL, PROFILES, isProfileId } from '../../validation/profiles.ts';
import type { IdGenerator } from './ids.ts';
import type { OaisPackageType, PackageSpec, RecordStatus, RepresentationSpec } from './package-spec.ts';
import { checkRelativePath, checkRepresentationName, folderNameForObjid, joinPath } from './paths.ts';
import { METS_SCHEMAS, SCHEMA, schemaForMdType, type SchemaRef } from './schemas.ts';
import { MD_TYPES, isContentCategory, isContentInformationType } from './vocabularies.ts';

/** Used when a content information type is OTHER and no other type was named (CSIP5, CSIP63). */
export const UNSPECIFIED_OTHER_CIT = 'Unstructured';

export interface PreparedRepresentation {
  readonly spec: RepresentationSpec;
  /** `representations/<name>` */
  readonly folder: string;
  readonly contentInformationType: string;
  readonly otherContentInformationType?: string;
  readonly schemas: readonly SchemaRef[];
}

export interface PreparedPackage {
  readonly spec: PackageSpec;
  readonly profileUrl: string;
  readonly oaisPackageType: OaisPackageType;
  readonly recordStatus?: RecordStatus;
  readonly objid: string;
  readonly folderName: string;
  readonly otherContentCategory?: string;
  readonly contentInformationType?: string;
  readonly otherContentInformationType?: string;
  readonly rootSchemas: readonly SchemaRef[];
  readonly representations: readonly PreparedRepresentation[];
}

function usage(message: string): never {
  throw archiveError('ARC_ERR_USAGE', message);
}

function checkCit(cit: string | undefined, where: string): void {
  if (cit !== undefined && !isContentInformationType(cit)) {
    usage(`${where}: content information type ${JSON.stringify(cit)} is not in the CSIP vocabulary`);
  }
}

function uniqueSchemas(refs: readonly SchemaRef[]): SchemaRef[] {
  return [...new Map(refs.map((r) => [r.fileName, r])).values()];
}

export function preparePackage(spec: PackageSpec, ids: IdGenerator): PreparedPackage {
  if (!isProfileId(spec.profile)) throw archiveError('ARC_ERR_PROFILE_UNKNOWN', String(spec.profile));
  // FGS 1.x is read and checked, never written: new packages follow E-ARK 2.x (FGS Paketstruktur 2.0).
  if (spec.profile === 'fgs-1')
    throw archiveError('ARC_ERR_PROFILE_UNKNOWN', 'fgs-1 (samarkiv writes E-ARK 2.x packages only)');
  const fixedType = PROFILES[spec.profile].packageType;
  if (fixedType && spec.oaisPackageType && spec.oaisPackageType !== fixedType) {
    usage(`profile ${spec.profile} writes OAIS package type ${fixedType}, not ${spec.oaisPackageType}`);
  }
  const oaisPackageType = fixedType ?? spec.oaisPackageType ?? 'SIP';
  if (!isContentCategory(spec.contentCategory)) {
    usage(`content category ${JSON.stringify(spec.contentCategory)} is not in the CSIP vocabulary`);
  }
  if (spec.otherContentCategory !== undefined && spec.contentCategory !== 'Other') {
    usage('otherContentCategory is only allowed with content category Other');
  }
  checkCit(spec.contentInformationType, 'package');
  if (oaisPackageType === 'SIP' && PROFILES[spec.profile].packageType === 'SIP' && !spec.agents?.submitter) {
    usage('an E-ARK SIP names its submitting agent (SIP15)');
  }
  if (spec.submission && spec.profile !== 'aip-2.2') usage('a submission/ folder belongs in an AIP only');
  if (spec.representations.length === 0) usage('a package needs at least one representation');

  const objid = spec.objid ?? ids.urn();
  const folderName = folderNameForObjid(objid);
  const cit = spec.contentInformationType;
  const otherCit = cit === 'OTHER' ? (spec.otherContentInformationType ?? UNSPECIFIED_OTHER_CIT) : undefined;

  const paths = new Map<string, string>();
  const claim = (path: string): void => {
    const key = path.normalize('NFC').toLowerCase();
    const previous = paths.get(key);
    if (previous === path) throw archiveError('ARC_ERR_PKG_DUPLICATE_ENTRY', path);
    if (previous !== undefined) throw archiveError('ARC_ERR_PKG_CASE_DUPLICATE', `${previous} / ${path}`);
    paths.set(key, path);
  };
  const claimAll = (folder: string, files: readonly { path: string }[] | undefined): void => {
    for (const f of files ?? []) claim(joinPath(folder, checkRelativePath(f.path)));
  };
  const checkMd = (
    files: readonly { mdType: string; otherMdType?: string; path: string }[] | undefined,
  ): void => {
    for (const f of files ?? []) {
      if (!(MD_TYPES as readonly string[]).includes(f.mdType))
        usage(`${f.path}: MDTYPE ${f.mdType} is not a METS MDTYPE`);
      if (f.mdType === 'OTHER' && !f.otherMdType) usage(`${f.path}: MDTYPE OTHER needs otherMdType`);
    }
  };
  checkMd(spec.descriptive);
  checkMd(spec.preservation);
  checkMd(spec.otherMetadata);

  const mdSchemas = [...(spec.descriptive ?? []), ...(spec.preservation ?? []), ...(spec.otherMetadata ?? [])]
    .map((f) => schemaForMdType(f.mdType, f.mdTypeVersion))
    .filter((r): r is SchemaRef => r !== null);
  const rootSchemas = uniqueSchemas([...METS_SCHEMAS, SCHEMA.premis, ...mdSchemas]);

  claim('METS.xml');
  claim('metadata/preservation/premis.xml');
  for (const s of rootSchemas) claim(`schemas/${s.fileName}`);
  claimAll('metadata/descriptive', spec.descriptive);
  claimAll('metadata/preservation', spec.preservation);
  claimAll('metadata/other', spec.otherMetadata);
  claimAll('documentation', spec.documentation);
  claimAll('schemas', spec.schemas);
  claimAll('submission', spec.submission);

  const representations = spec.representations.map((rep): PreparedRepresentation => {
    checkRepresentationName(rep.name);
    const folder = `representations/${rep.name}`;
    claim(folder); // a second representation with the same (case-folded) name clashes here
    checkCit(rep.contentInformationType, folder);
    const repCit = rep.contentInformationType ?? cit ?? 'OTHER';
    const repOther =
      repCit === 'OTHER'
        ? (rep.otherContentInformationType ??
          (rep.contentInformationType === undefined ? otherCit : undefined) ??
          UNSPECIFIED_OTHER_CIT)
        : rep.otherContentInformationType; // a CITS type's own refinement, e.g. citssiard_v1_0 + SIARD_2.2
    const schemas = uniqueSchemas([...METS_SCHEMAS, SCHEMA.premis]);
    claim(`${folder}/METS.xml`);
    claim(`${folder}/metadata/preservation/premis.xml`);
    for (const s of schemas) claim(`${folder}/schemas/${s.fileName}`);
    claimAll(`${folder}/data`, rep.data);
    claimAll(`${folder}/documentation`, rep.documentation);
    checkMd(rep.descriptive);
    claimAll(`${folder}/metadata/descriptive`, rep.descriptive);
    claimAll(`${folder}/schemas`, rep.schemas);
    return {
      spec: rep,
      folder,
      contentInformationType: repCit,
      ...(repOther !== undefined ? { otherContentInformationType: repOther } : {}),
      schemas,
    };
  });

  return {
    spec,
    profileUrl: spec.profileUrl ?? CANONICAL_PROFILE_URL[spec.profile],
    oaisPackageType,
    ...(spec.recordStatus
      ? { recordStatus: spec.recordStatus }
      : oaisPackageType === 'SIP'
        ? { recordStatus: 'NEW' as const }
        : {}),
    objid,
    folderName,
    ...(spec.otherContentCategory !== undefined ? { otherContentCategory: spec.otherContentCategory } : {}),
    ...(cit !== undefined ? { contentInformationType: cit } : {}),
    ...(otherCit !== undefined ? { otherContentInformationType: otherCit } : {}),
    rootSchemas,
    representations,
  };
}
