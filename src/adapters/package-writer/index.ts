/**
 * The package writer library: CSIP/SIP/AIP/DIP packages as a folder, a ZIP or a TAR.
 *
 *   const written = await writePackage(spec, { kind: 'zip', path: 'out/delivery.zip' });
 *
 * The package model and everything that decides METS/PREMIS/EAD content live in
 * src/core/package/writer/ (pure); this folder holds the I/O targets.
 */
export { writePackage, samarkivSoftware } from './write-package.ts';
export type { WriteOptions, WriteTarget, WrittenPackage } from './write-package.ts';
export type { TargetKind } from './target.ts';
export type {
  AgentType,
  Agents,
  AltRecordIds,
  ContentFile,
  ContentSource,
  MetadataFile,
  OaisPackageType,
  OrganisationAgent,
  PackageSpec,
  ProfileId,
  RecordStatus,
  RepresentationSpec,
  SecrecySpec,
} from '../../core/package/writer/package-spec.ts';
export { EAD_SCHEMA_LOCATION, PREMIS_SCHEMA_LOCATION } from '../../core/package/writer/assemble-package.ts';
export { folderNameForObjid, encodeHref } from '../../core/package/writer/paths.ts';
export { mimeTypeFor } from '../../core/package/writer/mime.ts';
