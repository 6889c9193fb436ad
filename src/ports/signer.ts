/**
 * Signing approvals: the archive's own key signs a detached JWS over an approval payload, and
 * anybody holding the public key checks it later (docs/approval.md, docs/adr/0009).
 */
export type SigningAlgorithm = 'ES256' | 'EdDSA';

/** A public JWK as JSON (kty, crv, x, y …) with its `kid` (RFC 7638 thumbprint) and `alg`. */
export type PublicJwk = Readonly<Record<string, unknown>> & {
  readonly kty: string;
  readonly kid: string;
  readonly alg: string;
};

export interface Signer {
  readonly publicKey: PublicJwk;
  /** A compact JWS with a detached payload (`header..signature`, RFC 7515 appendix F). */
  signDetached(payload: Uint8Array): Promise<string>;
}

export type DetachedVerdict =
  | { readonly valid: true; readonly kid: string | null; readonly alg: string }
  | { readonly valid: false; readonly reason: string };

export interface SignatureVerifier {
  /** The protected header of a compact JWS (throws ARC_ERR_APPROVAL_UNVERIFIABLE when it is not one). */
  header(jws: string): { readonly alg: string; readonly kid: string | null };
  verifyDetached(jws: string, payload: Uint8Array, publicJwk: PublicJwk): Promise<DetachedVerdict>;
  /** The RFC 7638 SHA-256 thumbprint of a public JWK, base64url. */
  thumbprint(publicJwk: Readonly<Record<string, unknown>>): Promise<string>;
}
