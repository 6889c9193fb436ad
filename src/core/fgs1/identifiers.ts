/**
 * Package identifiers of 1.x (mets/@OBJID) and their E-ARK form. 1.x generators write
 * `UUID:<uuid>` or `GUID:<uuid>` (standards.md §7.2), some a bare UUID; E-ARK uses
 * `urn:uuid:<uuid>` in lower case (RFC 9562), which a conversion writes and names the folder after.
 */

const UUID =
  /^(?:(?:UUID|GUID|urn:uuid):)?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/i;

/** The UUID inside a 1.x OBJID (lower case), or null when the OBJID is not one. */
export function uuidOfObjid(objid: string): string | null {
  const m = UUID.exec(objid.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The OBJID a conversion writes: `urn:uuid:<uuid>` when the 1.x OBJID holds a UUID, else unchanged. */
export function earkObjid(objid: string): string {
  const uuid = uuidOfObjid(objid);
  return uuid ? `urn:uuid:${uuid}` : objid.trim();
}
