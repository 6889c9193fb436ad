/**
 * What an approval (leveransgodkännande) signs: the delivery, the package's manifest (every file
 * with size and SHA-256), the digest of the control report as stored, the checkpoint states, who
 * approved and when. The signature is a detached JWS over the canonical JSON of this object
 * (docs/approval.md); the manifest digest and report digest are also kept in their own columns
 * so that they can be compared without parsing the payload.
 */
import { canonicalJson } from './canonical-json.ts';

export const APPROVAL_PAYLOAD_TYPE = 'samarkiv-approval';
export const APPROVAL_PAYLOAD_VERSION = 1;

export interface ManifestFile {
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
}

export interface ApprovalCheckpoint {
  readonly key: string;
  readonly label: string;
  readonly state: string;
  readonly setBy: string | null;
  readonly setAt: string | null;
  readonly comment: string | null;
}

export interface ApprovalPayload {
  readonly type: typeof APPROVAL_PAYLOAD_TYPE;
  readonly version: typeof APPROVAL_PAYLOAD_VERSION;
  readonly approvalId: string;
  readonly submission: { readonly id: string; readonly version: number };
  readonly project: {
    readonly id: string;
    readonly title: string;
    readonly systemName: string;
    readonly agreementRef: string | null;
  };
  readonly municipality: { readonly id: string; readonly name: string };
  readonly recordsCreator: { readonly id: string; readonly name: string } | null;
  readonly package: {
    readonly fileName: string;
    readonly objid: string | null;
    readonly size: number | null;
    readonly sha256: string | null;
  };
  readonly manifest: {
    readonly sha256: string;
    readonly fileCount: number;
    readonly bytes: number;
    readonly files: readonly ManifestFile[];
  };
  readonly report: {
    readonly sha256: string;
    readonly profile: string | null;
    readonly checkedAt: string | null;
    readonly errors: number;
    readonly warnings: number;
  };
  readonly checkpoints: readonly ApprovalCheckpoint[];
  readonly approvedBy: { readonly userId: string; readonly name: string; readonly role: string };
  readonly approvedAt: string;
  readonly keyId: string;
}

const utf8 = new TextEncoder();

/** The manifest in path order (UTF-16 code units, as JCS sorts keys), digests in lower case. */
export function sortManifest(files: readonly ManifestFile[]): ManifestFile[] {
  return [...files]
    .map((f) => ({ path: f.path, size: f.size, sha256: f.sha256.toLowerCase() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The bytes whose SHA-256 is `manifest.sha256`: the canonical JSON of the sorted file list. */
export function manifestBytes(files: readonly ManifestFile[]): Uint8Array {
  return utf8.encode(canonicalJson(sortManifest(files)));
}

/** The bytes the JWS signs. */
export function payloadBytes(payload: ApprovalPayload): Uint8Array {
  return utf8.encode(canonicalJson(payload));
}

export interface ApprovalBundle {
  readonly format: 'samarkiv-approval-bundle';
  readonly formatVersion: 1;
  /** Compact JWS with a detached payload: `header..signature` (RFC 7515 appendix F). */
  readonly jws: string;
  readonly payload: ApprovalPayload;
  /** The signer's public key, for convenience: trust it only after comparing `kid` with the archive's list. */
  readonly publicKey?: Record<string, unknown>;
}

export function isApprovalPayload(value: unknown): value is ApprovalPayload {
  const v = value as Partial<ApprovalPayload> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.type === APPROVAL_PAYLOAD_TYPE &&
    typeof v.approvalId === 'string' &&
    typeof v.manifest === 'object' &&
    Array.isArray(v.manifest?.files) &&
    typeof v.report?.sha256 === 'string'
  );
}
