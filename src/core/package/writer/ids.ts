/**
 * Identifiers the writer mints: XML IDs for METS/PREMIS elements and the default package OBJID.
 * A METS @ID is an xs:ID, i.e. an NCName: it must not start with a digit, so a bare UUID is not
 * allowed. CSIP 5.2 ("The use of identifiers") asks for a prefix used consistently; samarkiv uses
 * `uuid-` for every ID it mints (standards.md §10).
 */

export type UuidSource = () => string;

const defaultUuid: UuidSource = () => globalThis.crypto.randomUUID();

export interface IdGenerator {
  /** A fresh NCName, `uuid-<lower-case uuid>`. */
  next(): string;
  /** A fresh `urn:uuid:<uuid>` (the default OBJID, AIP METS identifier convention). */
  urn(): string;
}

export function createIdGenerator(uuid: UuidSource = defaultUuid): IdGenerator {
  return {
    next: () => `uuid-${uuid().toLowerCase()}`,
    urn: () => `urn:uuid:${uuid().toLowerCase()}`,
  };
}

// NCName: no colon; first char a letter or underscore (ASCII subset is enough for IDs we mint or accept).
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export function isNcName(s: string): boolean {
  return NCNAME.test(s);
}
